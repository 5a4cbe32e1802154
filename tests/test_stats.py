"""`graphkit stats` counted by the store: the same figures as reading every relationship's
record, on the fixture projects and on graphs stating things twice."""

from collections import Counter

import pytest
from rdflib import RDF, RDFS, Literal, URIRef

from graphkit.explain.stats import graph_stats
from graphkit.rdf.records import read_relationships
from graphkit.rdf.store import load_graph
from graphkit.vocab import ENTITY_TYPES, TG


def _from_records(graph, top: int = 10) -> dict:
    """The figures as the relationships' records give them, one record at a time."""
    names = {iri: name for name, iri in ENTITY_TYPES.items()}
    types = Counter(names[t] for t in graph.objects(None, RDF.type) if t in names)
    records = list(read_relationships(graph))
    relations = Counter(record.relation for record in records)
    degree, labels = Counter(), {}
    for record in records:
        for end, label in (
            (record.subject, record.subject_label),
            (record.object, record.object_label),
        ):
            degree[end] += 1
            labels[end] = label
    hubs = sorted(degree.items(), key=lambda kv: (-kv[1], str(labels[kv[0]])))[:top]
    single = [len({c.source.iri if c.source else None for c in r.citations}) for r in records]
    return {
        "triples": len(graph),
        "entities": sum(types.values()),
        "entities_by_type": dict(sorted(types.items())),
        "relationships": sum(relations.values()),
        "relationships_by_relation": dict(sorted(relations.items())),
        "citations": sum(1 for _ in graph.subjects(RDF.type, TG.Citation)),
        "sources": sum(1 for _ in graph.subjects(RDF.type, TG.Source)),
        "single_source_relationships": sum(1 for n in single if n == 1),
        "most_connected": [{"entity": str(labels[n]), "relationships": d} for n, d in hubs],
    }


@pytest.mark.parametrize("fixture", ["mini_output", "explain_output", "hostile_output"])
def test_the_counts_are_those_of_the_relationships_records(fixture, request):
    graph = load_graph(request.getfixturevalue(fixture) / "graph.ttl")
    assert graph_stats(graph) == _from_records(graph)


def test_repeated_sources_and_a_citation_without_one(mini_output):
    """Two citations of one source are one source; a citation naming none is one more."""
    graph = load_graph(mini_output / "graph.ttl")
    before = graph_stats(graph)
    rel = next(
        r for r in read_relationships(graph) if len({c.source.iri for c in r.citations}) == 1
    )
    node = URIRef(rel.iri)
    source = URIRef(rel.citations[0].source.iri)
    twin = URIRef(rel.citations[0].iri + "-twin")
    graph.add((twin, RDF.type, TG.Citation))
    graph.add((twin, TG.source, source))
    graph.add((node, TG.citation, twin))
    assert (
        graph_stats(graph)["single_source_relationships"] == before["single_source_relationships"]
    )
    bare = URIRef(rel.citations[0].iri + "-bare")
    graph.add((bare, RDF.type, TG.Citation))
    graph.add((node, TG.citation, bare))
    after = graph_stats(graph)
    assert after["single_source_relationships"] == before["single_source_relationships"] - 1
    assert after == _from_records(graph)


def test_an_entity_with_two_labels_counts_its_relationships_once(mini_output):
    graph = load_graph(mini_output / "graph.ttl")
    (hub, count) = next(
        iter(
            Counter(
                e for r in read_relationships(graph) for e in (r.subject, r.object)
            ).most_common(1)
        )
    )
    graph.add((URIRef(hub), RDFS.label, Literal("AAA another name")))
    top = graph_stats(graph)["most_connected"][0]
    assert top == {"entity": "AAA another name", "relationships": count}


def test_a_relation_named_alike_in_another_namespace_adds_to_its_count(mini_output):
    graph = load_graph(mini_output / "graph.ttl")
    before = graph_stats(graph)
    node = next(URIRef(r.iri) for r in read_relationships(graph) if r.relation == "supplies")
    graph.remove((node, TG.relation, TG.supplies))
    graph.add((node, TG.relation, URIRef("http://example.org/other#supplies")))
    after = graph_stats(graph)
    assert after["relationships"] == before["relationships"]
    assert after["relationships_by_relation"] == before["relationships_by_relation"]
    assert after == _from_records(graph)
