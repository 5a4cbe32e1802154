"""One reader of relationship resources: every command sees the same fields for a fact."""

from decimal import Decimal

from rdflib import RDF

from graphkit.explain.diff import snapshot
from graphkit.explain.show import describe
from graphkit.network import to_network
from graphkit.rdf.records import read_relationships
from graphkit.rdf.store import load_graph
from graphkit.vocab import ENT, RELATIONS, TG


def test_a_fact_reads_back_with_its_qualifiers_citations_and_sources(mini_output):
    graph = load_graph(mini_output / "graph.ttl")
    records = list(read_relationships(graph))
    assert len(records) == len(set(graph.subjects(RDF.type, TG.Relationship))) > 10
    [clearview] = [
        r for r in records if r.subject == str(ENT["clearview-ai"]) and r.relation == "supplies"
    ]
    assert (clearview.object, clearview.object_label) == (
        str(ENT.ice),
        "U.S. Immigration and Customs Enforcement",
    )
    assert Decimal(clearview.amount) == 224000
    assert (clearview.currency, clearview.start) == ("USD", "2020-08")
    [cite] = clearview.citations
    assert cite.quote == "the new contract is worth $224,000"
    assert cite.locator == "paragraph 2"
    assert cite.source.publisher == "TechCrunch"
    assert cite.source.date is not None
    assert all(r.relation in RELATIONS for r in records)


def test_records_about_an_entity_are_the_facts_it_is_an_end_of(mini_output):
    graph = load_graph(mini_output / "graph.ttl")
    about = {r.iri for r in read_relationships(graph, about=ENT.palantir)}
    expected = {
        r.iri for r in read_relationships(graph) if str(ENT.palantir) in (r.subject, r.object)
    }
    assert about == expected
    assert len(about) >= 2


def test_network_show_and_diff_agree_on_every_fact(mini_output):
    graph = load_graph(mini_output / "graph.ttl")
    net = to_network(graph)
    facts = snapshot(graph)
    for record in read_relationships(graph):
        edge = net.edges[record.subject, record.object, record.iri]
        fact = facts[record.id]
        assert edge["start"] == fact["fields"]["start"] == record.start
        assert edge["status"] == fact["fields"]["status"] == record.status
        dates = sorted(c["date"] or "" for c in edge["citations"])
        assert dates == sorted(c["date"] or "" for c in fact["citations"].values())
    shown = describe(graph, ENT.palantir)
    supplied = shown["relations"]["supplies"]
    assert {f["other"]["id"] for f in supplied} >= {"ice"}
    torn_apart = [c for f in supplied for c in f["citations"] if c["publisher"] == "xpmethod"]
    assert torn_apart and "date" in torn_apart[0]
