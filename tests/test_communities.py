"""graphkit communities: Louvain groups with members and the relations that tie them."""

import json
import subprocess
import sys

import pytest
from support import REPO, invoke


@pytest.fixture(scope="module")
def explain_graph(explain_output):
    return explain_output / "graph.ttl"


def test_two_groups_amazon_side_and_ice_side(explain_graph):
    result = invoke("communities", "--graph", explain_graph)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "2 communities (Louvain, resolution 1.0, seed 0, modularity 0.272)\n"
        "\n"
        "Community 1: 4 entities, 4 facts (hosts 1, opposes 1, partOf 1, worksFor 1)\n"
        "  Amazon (Company, amazon)  2 facts inside\n"
        "  Amazon Web Services (Company, aws)  2 facts inside\n"
        "  Amazon employees (EmployeeGroup, amazon-employees)  2 facts inside\n"
        "  Palantir Technologies (Company, palantir)  2 facts inside\n"
        "\n"
        "Community 2: 4 entities, 3 facts (partOf 1, supplies 1, uses 1)\n"
        "  U.S. Immigration and Customs Enforcement (GovernmentAgency, ice)  3 facts inside\n"
        "  Clearview AI (Company, clearview-ai)  1 fact inside\n"
        "  ELITE (Product, elite)  1 fact inside\n"
        "  U.S. Department of Homeland Security (GovernmentAgency, dhs)  1 fact inside\n"
    )


def test_json_and_min_size(explain_graph):
    result = invoke("communities", "--format", "json", "--min-size", "5", "--graph", explain_graph)
    assert result.exit_code == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["communities"] == []
    assert answer["algorithm"] == "louvain" and answer["seed"] == 0
    result = invoke("communities", "--format", "json", "--graph", explain_graph)
    groups = json.loads(result.stdout)["communities"]
    members = sorted(m["id"] for g in groups for m in g["members"])
    assert members == sorted(
        ["amazon", "aws", "amazon-employees", "palantir", "ice", "clearview-ai", "elite", "dhs"]
    )


def test_a_graph_without_ties_has_no_communities():
    import networkx as nx

    from graphkit.explain.communities import communities, format_text

    net = nx.MultiDiGraph()
    net.add_node("x", label="X", type="Company")
    answer = communities(net)
    assert answer["communities"] == [] and answer["modularity"] == 0.0
    assert format_text(answer).startswith("0 communities (Louvain")


def test_bad_resolution_is_a_usage_error(explain_graph):
    assert invoke("communities", "--resolution", "0", "--graph", explain_graph).exit_code == 2


@pytest.mark.slow
@pytest.mark.skipif(
    not (REPO / "data" / "entities.yaml").is_file(),
    reason="the bundled data (data/entities.yaml) is not in this checkout",
)
def test_bundled_communities_are_stable_across_runs_and_hash_seeds(bundled_output):
    outputs = {
        subprocess.run(
            [
                sys.executable,
                "-m",
                "graphkit",
                "communities",
                "--graph",
                str(bundled_output / "graph.ttl"),
            ],
            capture_output=True,
            text=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
            check=True,
        ).stdout
        for seed in ("0", "7", "123")
    }
    assert len(outputs) == 1
    text = outputs.pop()
    assert text.count("\nCommunity ") >= 2
    in_process = invoke("communities", "--graph", bundled_output / "graph.ttl")
    assert in_process.stdout == text
