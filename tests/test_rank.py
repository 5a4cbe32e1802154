"""graphkit rank: degree, betweenness (exact, or sampled and saying so) and PageRank."""

import json
import subprocess
import sys

import networkx as nx
import pytest
from support import REPO, invoke

from graphkit.exc import QueryError
from graphkit.explain.rank import pagerank, rank


@pytest.fixture(scope="module")
def explain_graph(explain_output):
    return explain_output / "graph.ttl"


def test_degree_table_is_exact(explain_graph):
    result = invoke("rank", "--top", "3", "--graph", explain_graph)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "rank  degree  facts  entity\n"
        "   1       4      4  Palantir Technologies (Company, palantir)\n"
        "   2       4      4  U.S. Immigration and Customs Enforcement (GovernmentAgency, ice)\n"
        "   3       2      2  Amazon (Company, amazon)\n"
    )


def test_betweenness_puts_the_bridge_first_and_type_filters_the_list(explain_graph):
    result = invoke(
        "rank",
        "--by",
        "betweenness",
        "--type",
        "GovernmentAgency",
        "--format",
        "json",
        "--graph",
        explain_graph,
    )
    assert result.exit_code == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["approximate"] is None
    assert [r["id"] for r in answer["entities"]] == ["ice", "dhs"]
    assert answer["entities"][0] == {
        "id": "ice",
        "label": "U.S. Immigration and Customs Enforcement",
        "type": "GovernmentAgency",
        "score": 0.52381,
        "facts": 4,
        "rank": 1,
    }


def test_sampled_betweenness_says_so(explain_graph):
    result = invoke("rank", "--by", "betweenness", "--samples", "3", "--graph", explain_graph)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == (
        "betweenness estimated from 3 sampled entities of 8 (seed 0); use --samples to change"
    )


def test_large_graphs_sample_betweenness_by_default():
    net = nx.MultiDiGraph()
    for i in range(1100):
        net.add_node(f"n{i}", label=f"N {i:04d}", type="Company")
        if i:
            net.add_edge(f"n{i}", f"n{i // 2}", key=f"e{i}", relation="partOf")
    answer = rank(net, "betweenness", top=3)
    assert answer["approximate"] == {"samples": 128, "entities": 1100, "seed": 0}
    assert answer["entities"][0]["id"] in {"n0", "n1", "n2"}  # the root and its children
    assert rank(net, "betweenness", top=3) == answer  # a fixed seed: the same answer


def test_pagerank_matches_networkx_definition_on_a_small_graph():
    graph = nx.DiGraph()
    graph.add_edge("a", "b", weight=2)
    graph.add_edge("b", "c", weight=1)
    graph.add_edge("c", "a", weight=1)
    graph.add_node("d")  # dangling
    scores = pagerank(graph)
    assert abs(sum(scores.values()) - 1) < 1e-9
    # a cycle of three plus an isolated node: the cycle shares rank evenly
    assert abs(scores["a"] - scores["b"]) < 1e-6 and scores["d"] < scores["a"]


def test_pagerank_text(explain_graph):
    result = invoke("rank", "--by", "pagerank", "--top", "2", "--graph", explain_graph)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "rank  pagerank  facts  entity\n"
        "   1  0.202367      2  ELITE (Product, elite)\n"
        "   2  0.183541      4  U.S. Immigration and Customs Enforcement (GovernmentAgency, ice)\n"
    )


def test_bad_measure_and_type_are_errors(explain_graph):
    assert invoke("rank", "--by", "closeness", "--graph", explain_graph).exit_code == 2
    assert invoke("rank", "--type", "company", "--graph", explain_graph).exit_code == 2
    with pytest.raises(QueryError, match="did you mean 'Company'"):
        rank(nx.MultiDiGraph(), "degree", types=("Compny",))


@pytest.mark.slow
@pytest.mark.skipif(
    not (REPO / "data" / "entities.yaml").is_file(),
    reason="the bundled data (data/entities.yaml) is not in this checkout",
)
def test_bundled_rankings_are_stable_across_runs_and_hash_seeds(bundled_output):
    outputs = set()
    for seed in ("1", "2"):
        for by in ("degree", "betweenness", "pagerank"):
            proc = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "graphkit",
                    "rank",
                    "--by",
                    by,
                    "--top",
                    "15",
                    "--graph",
                    str(bundled_output / "graph.ttl"),
                ],
                capture_output=True,
                text=True,
                env={"PYTHONHASHSEED": seed, "PATH": ""},
                check=True,
            )
            outputs.add((by, proc.stdout))
    assert len(outputs) == 3
    degree = dict(outputs)["degree"].splitlines()
    assert len(degree) == 16  # the heading and fifteen entities
    # ICE is tied to about twice as many entities as anyone else in the bundled data.
    assert degree[1].startswith("   1 ") and degree[1].endswith("(GovernmentAgency, ice)")
