"""graphkit path: cited chains of facts, direction shown honestly, text and JSON."""

import json

import pytest
from support import REPO, TESTS, invoke

from graphkit.exc import QueryError
from graphkit.explain.path import find_paths, undirected
from graphkit.network import to_network
from graphkit.vocab import ENT

EXPLAIN = TESTS / "fixtures" / "explain"


@pytest.fixture(scope="module")
def explain_graph(explain_output):
    return explain_output / "graph.ttl"


@pytest.fixture(scope="module")
def net(explain_graph):
    from graphkit.rdf.store import load_graph

    return to_network(load_graph(explain_graph))


def test_the_chain_from_amazon_to_dhs_reads_with_honest_directions(explain_graph):
    result = invoke("path", "Amazon", "DHS", "--graph", explain_graph)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:2] == [
        "Amazon to U.S. Department of Homeland Security: 2 paths up to 6 hops, best supported first",
        "(business and structure ties; --all-relations adds stances)",
    ]
    assert lines[3:5] == [
        "Path 1: Amazon → Amazon Web Services → Palantir Technologies → "
        "U.S. Immigration and Customs Enforcement → "
        "U.S. Department of Homeland Security",
        "   weakest hop: one source, reported",
    ]
    # partOf is stated AWS -> Amazon; walked from Amazon it reads backwards, with the inverse label.
    assert lines[5] == "  1. Amazon ←partOf— Amazon Web Services"
    assert lines[6] == "     (Amazon has part Amazon Web Services)"
    assert lines[7] == "     one source, reported"
    assert "  2. Amazon Web Services —hosts→ Palantir Technologies" in lines
    assert (
        "  3. Palantir Technologies —supplies→ U.S. Immigration and Customs Enforcement  "
        "[2025-09 onwards, end not known; 29,900,000 USD; product: ELITE; role: contract addendum for "
        "configuration and engineering services]"
    ) in lines
    assert (
        "     - 404 Media, 2026-01-15: 'ELITE': The Palantir App ICE Uses to Find "
        "Neighborhoods to Raid <https://www.404media.co/elite-the-palantir-app-ice-uses-to-"
        "find-neighborhoods-to-raid/> (paragraph 17)"
    ) in lines
    assert (
        "  4. U.S. Immigration and Customs Enforcement —partOf→ "
        "U.S. Department of Homeland Security"
    ) in lines
    assert lines[-1].startswith("     - TechCrunch, 2020-08-14: Clearview AI landed")
    # the best citation of a hop comes with its quote
    i = lines.index("  2. Amazon Web Services —hosts→ Palantir Technologies")
    assert lines[i + 3] == "       “Palantir runs its software on Amazon's cloud”"


def test_the_walk_back_reads_backwards(explain_graph):
    result = invoke("path", "DHS", "aws", "--graph", explain_graph)
    assert result.exit_code == 0, result.stderr
    assert (
        "  1. U.S. Department of Homeland Security ←partOf— "
        "U.S. Immigration and Customs Enforcement"
    ) in result.stdout
    assert "  3. Palantir Technologies ←hosts— Amazon Web Services" in result.stdout
    assert "(Palantir Technologies hosted by Amazon Web Services)" in result.stdout


def test_json_gives_hops_with_relation_ids_labels_and_citation_urls(explain_graph):
    result = invoke(
        "path",
        "amazon",
        "ice",
        "--graph",
        explain_graph,
        "--format",
        "json",
        "--relation",
        "partOf",
        "--relation",
        "hosts",
        "--relation",
        "supplies",
    )
    assert result.exit_code == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["from"] == {"id": "amazon", "label": "Amazon", "type": "Company"}
    assert answer["shortest_hops"] == 3
    [path] = answer["paths"]
    hops = [
        (h["from"]["id"], [(f["relation"], f["direction"]) for f in h["facts"]], h["to"]["id"])
        for h in path["hops"]
    ]
    assert hops == [
        ("amazon", [("partOf", "backward")], "aws"),
        ("aws", [("hosts", "forward")], "palantir"),
        ("palantir", [("supplies", "forward")], "ice"),
    ]
    first = path["hops"][0]["facts"][0]
    assert first["subject"]["id"] == "aws" and first["object"]["id"] == "amazon"
    urls = {c["url"] for c in path["hops"][1]["facts"][0]["citations"]}
    assert urls == {
        "https://techgenyz.com/amazons-face-recognition-contracts-with-law-enforcement",
        "https://static-ssl.insider.com/amazon-employees-letter-protest-palantir-ice-camps-2019-7",
    }


def test_relation_filter_can_cut_every_path(explain_graph):
    result = invoke("path", "Amazon", "DHS", "--relation", "supplies", "--graph", explain_graph)
    assert result.exit_code == 1
    assert result.stdout == (
        "Amazon and U.S. Department of Homeland Security are not tied by "
        "any chain of facts using only supplies\n"
    )


def test_max_hops_below_the_shortest_says_how_long_it_is(explain_graph):
    result = invoke("path", "Amazon", "DHS", "--max-hops", "3", "--graph", explain_graph)
    assert result.exit_code == 1
    assert result.stdout == (
        "no path of at most 3 hops from Amazon to U.S. Department of Homeland Security "
        "through business and structure ties (--all-relations adds stances); "
        "the shortest has 4 hops (raise --max-hops)\n"
    )


def test_all_lists_longer_paths_and_limit_truncates(net):
    source, target = str(ENT["palantir"]), str(ENT["ice"])
    answer = find_paths(net, source, target, all_paths=True, max_hops=3)
    lengths = [p["length"] for p in answer["paths"]]
    assert lengths == sorted(lengths) and lengths[0] == 1 and max(lengths) <= 3
    # Palantir develops ELITE, which ICE uses: a two-hop path through the product.
    assert [[h["to"]["id"] for h in p["hops"]] for p in answer["paths"]][:2] == [
        ["ice"],
        ["elite", "ice"],
    ]
    first = find_paths(net, source, target, all_paths=True, max_hops=3, limit=1)
    assert first["truncated"] and len(first["paths"]) == 1


def test_parallel_facts_are_one_hop_listing_each_fact(net):
    net = net.copy()
    net.add_edge(
        str(ENT["palantir"]),
        str(ENT["ice"]),
        key="extra",
        relation="hosts",
        status="alleged",
        citations=[{"url": "https://example.org/"}],
    )
    answer = find_paths(net, str(ENT["palantir"]), str(ENT["ice"]))
    [hop] = answer["paths"][0]["hops"]
    # strongest first: the reported supply before the alleged hosting fact
    assert [f["relation"] for f in hop["facts"]] == ["supplies", "hosts"]
    assert hop["strength"] == hop["facts"][0]["strength"]
    assert undirected(net, ("hosts",)).has_edge(str(ENT["palantir"]), str(ENT["ice"]))


def test_unknown_entity_and_relation_and_same_entity_are_clear_errors(explain_graph, net):
    result = invoke("path", "Amazn", "ICE", "--graph", explain_graph)
    assert result.exit_code == 1
    assert result.stderr == "Error: no entity called 'Amazn' in the graph; did you mean 'Amazon'?\n"
    result = invoke("path", "Amazon", "ICE", "--relation", "partof", "--graph", explain_graph)
    assert result.exit_code == 2
    with pytest.raises(QueryError, match="did you mean 'partOf'"):
        find_paths(net, str(ENT["amazon"]), str(ENT["ice"]), relations=("partof",))
    result = invoke("path", "ICE", "ice", "--graph", explain_graph)
    assert result.exit_code == 1
    assert "the two entities are the same" in result.stderr


def test_mini_fixture_path_through_a_product(mini_output):
    out = invoke(
        "path",
        "Amazon",
        "Orlando Police Department",
        "--all",
        "--max-hops",
        "2",
        "--graph",
        mini_output / "graph.ttl",
    )
    assert out.exit_code == 0, out.stderr
    assert (
        "  1. Amazon —supplies→ Orlando Police Department  [? to 2019-07; product: Amazon "
        "Rekognition; ended]" in out.stdout
    )
    assert (
        "  2. Amazon Rekognition ←uses— Orlando Police Department  [2018-10 to 2019-07; ended]"
        in out.stdout
    )


@pytest.mark.skipif(
    not (REPO / "data" / "entities.yaml").is_file(),
    reason="the bundled data (data/entities.yaml) is not in this checkout",
)
def test_bundled_data_amazon_is_tied_to_ice_and_every_hop_is_cited(bundled_output):
    for args in ((), ("--all", "--max-hops", "4", "--limit", "50")):
        out = invoke(
            "path",
            "Amazon",
            "ICE",
            "--format",
            "json",
            "--graph",
            bundled_output / "graph.ttl",
            *args,
        )
        assert out.exit_code == 0, out.stderr
        answer = json.loads(out.stdout)
        assert answer["paths"], "no path from Amazon to ICE"
        for path in answer["paths"]:
            assert path["hops"][0]["from"]["id"] == "amazon"
            assert path["hops"][-1]["to"]["id"] == "ice"
            for hop in path["hops"]:
                assert hop["facts"]
                for fact in hop["facts"]:
                    assert fact["citations"], fact
                    assert all(c["url"] or c["locator"] for c in fact["citations"]), fact
