"""graphkit validate as users run it: the store's checks by default, --shacl, every kind of graph."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import RDFS, Graph, Literal, URIRef
from support import MINI, invoke

from graphkit.exc import GraphkitError
from graphkit.rdf.checks import validate_store
from graphkit.rdf.store import load_graph
from graphkit.rdf.validation import graph_store, validate_graph
from graphkit.vocab import ENT, REL, TG


def broken_file(mini_output, tmp_path):
    """The mini graph with a wrongly typed leader, a second label and a second relation."""
    graph = Graph().parse(mini_output / "graph.ttl")
    graph.add((ENT["amazon-rekognition"], TG.leads, ENT.amazon))
    graph.add((ENT.dhs, RDFS.label, Literal("DHS")))
    graph.add((REL["49c6483a3421c8a37e4f"], TG.relation, TG.uses))
    path = tmp_path / "broken.ttl"
    graph.serialize(path, format="turtle")
    return path


def test_validate_and_validate_shacl_print_the_same_violations(mini_output, tmp_path):
    path = broken_file(mini_output, tmp_path)
    fast = invoke("validate", "--graph", path)
    full = invoke("validate", "--graph", path, "--shacl")
    assert (fast.exit_code, fast.stdout, fast.stderr) == (full.exit_code, full.stdout, full.stderr)
    assert fast.exit_code == 1
    assert fast.stdout == (
        "Amazon Rekognition — leads — leads: the leader must be a Person\n"
        "Amazon Rekognition — leads — no cited relationship states Amazon\n"
        "DHS — label — every entity needs exactly one label\n"
        "data/facts/ice.yaml:15 [relation], data/facts/ice.yaml:17 [relation]: "
        "Palantir Technologies supplies U.S. Immigration and Customs Enforcement — relation — "
        "a relationship needs exactly one relation from the ontology\n"
    )
    assert fast.stderr == "4 violations\n"


def test_validate_reads_every_graph_format_and_the_built_store(mini_output):
    for name in ("graph.ttl", "graph.nq", "graph.jsonld"):
        result = invoke("validate", "--graph", mini_output / name)
        assert (result.exit_code, result.stdout, result.stderr) == (0, "", "conforms\n"), name
    assert validate_graph(load_graph(mini_output / "store")) == []


def test_both_stores_give_the_same_violations(mini_output):
    memory = load_graph(mini_output / "graph.ttl", store="memory")
    oxigraph = load_graph(mini_output / "graph.ttl", store="oxigraph")
    for graph in (memory, oxigraph):
        graph.remove((ENT.ice, RDFS.label, None))
    assert validate_graph(memory) == validate_graph(oxigraph) != []


def test_an_oxigraph_graph_is_checked_in_its_own_store_without_a_copy(mini_output):
    graph = load_graph(mini_output / "graph.ttl", store="oxigraph")
    assert graph_store(graph) is graph.store._inner


def test_the_checks_read_only_the_default_graph(mini_output):
    # A build's store keeps each source's quads in a named graph and their union in the
    # default graph: a fact in a named graph alone is not part of the checked union.
    store = graph_store(load_graph(mini_output / "graph.ttl"))
    copy = ox.Store()
    copy.bulk_extend(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    stray = ox.NamedNode("https://w3id.org/techgov/graph/stray")
    copy.add(
        ox.Quad(
            ox.NamedNode(str(ENT.amazon)),
            ox.NamedNode(str(TG.hosts)),
            ox.NamedNode(str(ENT.ice)),
            stray,
        )
    )
    assert validate_store(copy) == []
    copy.add(
        ox.Quad(
            ox.NamedNode(str(ENT.amazon)), ox.NamedNode(str(TG.hosts)), ox.NamedNode(str(ENT.ice))
        )
    )
    assert [str(v) for v in validate_store(copy)] == [
        "Amazon — hosts — no cited relationship states U.S. Immigration and Customs Enforcement"
    ]


def test_a_node_with_two_labels_is_named_the_same_way_every_time(mini_output):
    graph = load_graph(mini_output / "graph.ttl", store="memory")
    graph.add((ENT.dhs, RDFS.label, Literal("DHS")))
    first = validate_graph(graph)
    assert [str(v) for v in first] == ["DHS — label — every entity needs exactly one label"]
    assert validate_graph(graph, "shacl") == first


def test_an_unknown_engine_is_an_error_naming_the_engines(mini_output):
    with pytest.raises(GraphkitError, match="use one of checks, shacl"):
        validate_graph(load_graph(mini_output / "graph.ttl"), engine="fast")


def test_a_relationship_is_named_by_its_ends_and_relation(mini_output):
    graph = load_graph(mini_output / "graph.ttl", store="memory")
    rel = REL["49c6483a3421c8a37e4f"]
    graph.remove((rel, TG.disputed, None))
    # Without tg:disputed false, the relationship also fails to show it is undisputed.
    assert [str(v) for v in validate_graph(graph)] == [
        "data/facts/ice.yaml:15, data/facts/ice.yaml:17: Palantir Technologies supplies U.S. "
        "Immigration and Customs Enforcement — (node) — "
        "a disputed relationship lists its competing claims (two or more tg:claim)",
        "data/facts/ice.yaml:15, data/facts/ice.yaml:17: Palantir Technologies supplies U.S. "
        "Immigration and Customs Enforcement — disputed — "
        "a relationship says once whether it is disputed (xsd:boolean)",
    ]


def test_a_dataset_is_checked_as_the_union_it_shows():
    from graphkit.build.pipeline import build  # noqa: PLC0415
    from graphkit.config import load_config  # noqa: PLC0415

    # rdflib's memory dataset shows the union of its named graphs (the built store keeps
    # that union as its default graph instead).
    dataset = build(load_config(MINI / "graphkit.toml"), validate=False, store="memory").dataset
    assert validate_graph(dataset) == []
    dataset.graph(URIRef("https://w3id.org/techgov/graph/extra")).add(
        (ENT.amazon, TG.hosts, ENT.ice)
    )
    assert [str(v) for v in validate_graph(dataset)] == [
        "Amazon — hosts — no cited relationship states U.S. Immigration and Customs Enforcement"
    ]
