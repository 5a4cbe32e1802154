"""`graphkit stats` counted by the store: the same figures as reading every relationship's
record, on the fixture projects and on graphs stating things twice."""

import json
from collections import Counter

import pytest
from rdflib import RDF, RDFS, Literal, URIRef
from support import invoke
from test_document_counts import DISPUTED, _built

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
    single = [r.independent_sources for r in records if r.independent_sources is not None]
    return {
        "triples": len(graph),
        "entities": sum(types.values()),
        "entities_by_type": dict(sorted(types.items())),
        "relationships": sum(relations.values()),
        "relationships_by_relation": dict(sorted(relations.items())),
        "citations": sum(1 for _ in graph.subjects(RDF.type, TG.Citation)),
        "sources": sum(1 for _ in graph.subjects(RDF.type, TG.Source)),
        "single_source_relationships": sum(1 for n in single if n < 2),
        "most_connected": [{"entity": str(labels[n]), "relationships": d} for n, d in hubs],
    }


@pytest.mark.parametrize("fixture", ["mini_output", "explain_output", "hostile_output"])
def test_the_counts_are_those_of_the_relationships_records(fixture, request):
    graph = load_graph(request.getfixturevalue(fixture) / "graph.ttl")
    assert graph_stats(graph) == _from_records(graph)


def test_single_source_counts_independent_originals_as_the_report_and_the_query(tmp_path):
    """Three outlets republishing one letter are one witness: `stats`, report.json and the
    single-source query count the same facts."""
    import json  # noqa: PLC0415

    from support import TESTS, built_graph, invoke  # noqa: PLC0415

    graph_file = built_graph(TESTS / "fixtures" / "claims", tmp_path)
    stats = graph_stats(load_graph(graph_file))
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    listed = invoke("query", "single-source", "--graph", graph_file, "--format", "jsonl")
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    # The query also lists disputed facts, however many originals state them.
    resting_on_one = [row for row in rows if int(row["independent"]["value"]) < 2]
    assert len(rows) > len(resting_on_one)
    assert stats["single_source_relationships"] == report["counts"]["single_source"]
    assert report["counts"]["single_source"] == len(resting_on_one)
    assert stats["single_source_relationships"] == 6


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


def test_stats_counts_a_disputed_facts_citations_once_as_the_build_does(tmp_path):
    # Each claim of a disputed fact holds a citation node of its own: stats counted them
    # beside the relationship's, "citations 25" where the build said "22 citations".
    out, said = _built(tmp_path, again=DISPUTED)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))["counts"]
    stats = json.loads(invoke("stats", "--graph", out / "graph.ttl", "--format", "json").stdout)
    assert f"{report['citations']} citations from" in said
    assert (stats["citations"], stats["sources"]) == (report["citations"], report["sources"])
