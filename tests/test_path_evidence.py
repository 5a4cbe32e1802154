"""Paths ranked by evidence: the weakest hop decides, stances only when asked, reasons shown."""

import json

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from support import EXPLAIN, REPO, built_graph, invoke

from graphkit.explain.evidence import claim_strength, independent_sources, strength_key
from graphkit.explain.path import expand_relations, find_paths, format_text
from graphkit.network import to_network
from graphkit.rdf.store import load_graph
from graphkit.vocab import ENT, ONTOLOGY_IRI, TG

DISPUTED = URIRef(ONTOLOGY_IRI + "#disputed")


@pytest.fixture(scope="module")
def explain_graph(tmp_path_factory):
    return built_graph(EXPLAIN, tmp_path_factory.mktemp("evidence"))


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    if not (REPO / "data" / "entities.yaml").is_file():
        pytest.skip("the bundled data (data/entities.yaml) is not in this checkout")
    return built_graph(REPO, tmp_path_factory.mktemp("bundled"))


def _as_dict(strength):
    return strength._asdict()


def test_status_outranks_disputes_which_outrank_source_counts():
    confirmed_one = claim_strength(1, "confirmed", False)
    reported_five = claim_strength(5, "reported", False)
    alleged_three = claim_strength(3, "alleged", False)
    confirmed_disputed = claim_strength(4, "confirmed", True)
    order = sorted(
        [alleged_three, confirmed_disputed, reported_five, confirmed_one],
        key=lambda s: strength_key(_as_dict(s)),
        reverse=True,
    )
    assert order == [confirmed_one, confirmed_disputed, reported_five, alleged_three]
    assert claim_strength(1, "alleged", True).describe() == "one source, alleged, disputed"
    assert claim_strength(2, None, False).describe() == "2 sources, status not stated"


def test_two_locators_in_one_document_are_one_source():
    cites = [
        {"url": "https://a.example/x", "locator": "paragraph 1"},
        {"url": "https://a.example/x", "locator": "paragraph 4"},
        {"url": None, "title": "Letter to the CEO"},
    ]
    assert independent_sources(cites) == 2


def test_stance_relations_are_walked_only_when_asked():
    default = expand_relations(())
    assert "supplies" in default and "partOf" in default and "opposes" not in default
    assert expand_relations(("stance",)) == ("opposes", "supports", "investigates")
    assert "opposes" in expand_relations((), every=True)


def test_bundled_amazon_to_ice_puts_the_hosting_and_supply_chain_first(bundled):
    result = invoke("path", "Amazon", "ICE", "--graph", bundled)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    first = lines.index(
        "Path 1: Amazon → Palantir Technologies → U.S. Immigration and Customs Enforcement"
    )
    assert lines[first + 1] == "   weakest hop: 3 sources, reported"
    assert lines[first + 2].startswith("  1. Amazon —hosts→ Palantir Technologies")
    weakest = [line for line in lines if line.startswith("   weakest hop: ")]
    assert "one source" not in weakest[0] and "one source" not in weakest[1]
    for word in ("opposes", "supports", "investigates"):
        assert f"—{word}→" not in result.stdout and f"←{word}—" not in result.stdout


def test_bundled_paths_are_ordered_by_their_weakest_hop_and_cite_once(bundled):
    result = invoke(
        "path", "Amazon", "ICE", "--all", "--max-hops", "3", "--graph", bundled, "--format", "json"
    )
    answer = json.loads(result.stdout)
    keys = [strength_key(p["weakest"]) for p in answer["paths"]]
    assert keys == sorted(keys, reverse=True)
    text = format_text(answer)
    for block in text.split("\nPath ")[1:]:
        cited = [line for line in block.splitlines() if line.startswith("     - ") and "<" in line]
        assert len(cited) == len(set(cited)), block


def test_stances_come_after_business_ties_when_every_relation_is_walked(bundled):
    net = to_network(load_graph(bundled))
    answer = find_paths(
        net,
        str(ENT["amazon"]),
        str(ENT["ice"]),
        relations=expand_relations((), every=True),
        limit=40,
    )
    stance = [
        any(
            f["relation"] in ("opposes", "supports", "investigates")
            for f in (h["facts"][0] for h in p["hops"])
        )
        for p in answer["paths"]
    ]
    assert stance[0] is False and True in stance
    assert stance == sorted(stance)
    only = invoke("path", "Amazon", "ICE", "--relation", "stance", "--graph", bundled)
    assert only.exit_code == 0 and "—supplies→" not in only.stdout and "—opposes→" in only.stdout


def test_a_disputed_hop_is_marked_and_ranks_below_an_undisputed_one(explain_graph):
    graph = load_graph(explain_graph)
    before = find_paths(to_network(graph), str(ENT["palantir"]), str(ENT["ice"]), all_paths=True)
    assert [p["length"] for p in before["paths"]][:2] == [1, 2]
    for rel in graph.subjects(TG.relation, TG.supplies):
        if graph.value(rel, TG.subject) == ENT["palantir"]:
            graph.set((rel, DISPUTED, Literal(True, datatype=XSD.boolean)))
    answer = find_paths(to_network(graph), str(ENT["palantir"]), str(ENT["ice"]), all_paths=True)
    # the direct supply fact is now disputed: the chain through ELITE ranks above it
    assert [[h["to"]["id"] for h in p["hops"]] for p in answer["paths"]][:2] == [
        ["elite", "ice"],
        ["ice"],
    ]
    text = format_text(answer)
    assert "  1. Palantir Technologies —supplies→ U.S. Immigration and Customs Enforcement" in text
    assert "⚠ disputed" in text
    assert "   weakest hop: one source, reported, disputed" in text
