"""Records read straight from an Oxigraph store (rdf/store_records.py) are the records rdflib's
reader gives for the same graph: on every fixture project's built store, and on a graph
written the unusual ways a foreign or hand-edited graph can be."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from support import TESTS, invoke

from graphkit.network import to_network
from graphkit.rdf import records
from graphkit.rdf.records import read_entities, read_relationships, reads_natively
from graphkit.rdf.store import load_graph, new_graph, open_store

CLAIMS = TESTS / "fixtures" / "claims"


def _through_rdflib(graph, monkeypatch, read):
    with monkeypatch.context() as patched:
        patched.setattr(records, "reads_natively", lambda graph: False)
        return list(read(graph))


def _same_records(graph, monkeypatch) -> list:
    assert reads_natively(graph)
    relationships = list(read_relationships(graph))
    assert relationships == _through_rdflib(graph, monkeypatch, read_relationships)
    assert list(read_entities(graph)) == _through_rdflib(graph, monkeypatch, read_entities)
    return relationships


@pytest.fixture(scope="module")
def claims_output(tmp_path_factory):
    out = tmp_path_factory.mktemp("claims")
    result = invoke("build", "--config", CLAIMS / "graphkit.toml", "--out", out)
    assert result.exit_code == 0, result.stderr
    return out


@pytest.mark.parametrize(
    "fixture", ["mini_output", "explain_output", "hostile_output", "claims_output"]
)
def test_a_built_store_gives_the_records_rdflib_reads(fixture, request, monkeypatch):
    out = request.getfixturevalue(fixture)
    for graph in (open_store(out / "store"), load_graph(out / "graph.ttl")):
        relationships = _same_records(graph, monkeypatch)
        assert relationships and all(r.citations for r in relationships)
    if fixture == "claims_output":  # the claims of disputed facts are read too
        assert any(r.disputed and len(r.claims) >= 2 for r in relationships)


def test_the_network_of_a_store_is_the_one_rdflib_reads(explain_output, monkeypatch):
    graph = open_store(explain_output / "store")
    native = to_network(graph)
    with monkeypatch.context() as patched:
        patched.setattr(records, "reads_natively", lambda graph: False)
        through_rdflib = to_network(graph)
    assert list(native.nodes(data=True)) == list(through_rdflib.nodes(data=True))
    assert list(native.edges(keys=True, data=True)) == list(
        through_rdflib.edges(keys=True, data=True)
    )


TG = "https://w3id.org/techgov/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
ENT, REL = "https://w3id.org/techgov/id/", "https://w3id.org/techgov/id/rel/"
# Values written as no build writes them: repeated, in non-canonical forms, typed and tagged.
UNUSUAL = f"""
<{ENT}acme> a <{TG}Company> , <{TG}Product> ; <http://www.w3.org/2000/01/rdf-schema#label> "Acme" , "ACME Corp" ;
    <{TG}alias> "Zeta" , "Acme Inc"@en , "acme"^^<{XSD}string> ; <{TG}wikidata> "Q1" , "Q0" .
<{ENT}dhs> a <{TG}GovernmentAgency> ; <http://www.w3.org/2000/01/rdf-schema#label> "" .
<{ENT}nobody> a <{TG}Person> .
<{REL}r1> a <{TG}Relationship> ; <{TG}subject> <{ENT}acme> ; <{TG}object> <{ENT}dhs> ;
    <{TG}relation> <{TG}supplies> ; <{TG}startDate> "2020-01-01"^^<{XSD}date> , "2019-05" ;
    <{TG}amount> "5"^^<{XSD}decimal> ; <{TG}currency> "USD" ; <{TG}independentSources> "02"^^<{XSD}integer> ;
    <{TG}disputed> "1"^^<{XSD}boolean> ; <{TG}ongoing> "TRUE"^^<{XSD}boolean> ;
    <{TG}disputedField> "amount" , "end" ; <{TG}status> "reported" , "alleged" ;
    <{TG}citation> _:c1 , <{ENT}cit/c2> , <{ENT}cit/c0> ; <{TG}product> <{ENT}acme> .
_:c1 a <{TG}Citation> ; <{TG}source> <{ENT}src/s1> ; <{TG}quote> "It said so"@en ;
    <{TG}confidence> "0.5"^^<{XSD}decimal> , "0.25"^^<{XSD}decimal> .
<{ENT}cit/c2> a <{TG}Citation> ; <{TG}locator> "p. 3" .
<{ENT}cit/c0> a <{TG}Citation> ; <{TG}source> <{ENT}src/s1> ; <{TG}confidence> "1"^^<{XSD}decimal> .
<{ENT}src/s1> a <{TG}Source> ; <{TG}url> "https://example.org/a" , "https://example.org/b" ;
    <{TG}title> "A report" ; <{TG}published> "2020"^^<{XSD}gYear> .
<{REL}r2> a <{TG}Relationship> ; <{TG}subject> <{ENT}nobody> ; <{TG}object> "not an entity" ;
    <{TG}disputed> "false"^^<{XSD}boolean> ; <{TG}ongoing> "0"^^<{XSD}boolean> .
<{REL}r3> <{TG}subject> <{ENT}acme> .
<{REL}r4> a <{TG}Relationship> ; <{TG}subject> <{ENT}zero> ; <{TG}object> <{ENT}off> ;
    <{TG}startDate> "2019-01-01T00:00:00Z"^^<{XSD}dateTime> ; <{TG}endDate> "2020-03-01Z"^^<{XSD}date> ;
    <{TG}amount> "1.0E6"^^<{XSD}double> ; <{TG}role> " x "^^<{XSD}token> ;
    <{TG}independentSources> "3"^^<{XSD}integer> .
<{ENT}zero> a <{TG}Company> ; <http://www.w3.org/2000/01/rdf-schema#label> "0"^^<{XSD}integer> .
<{ENT}off> a <{TG}Company> ; <http://www.w3.org/2000/01/rdf-schema#label> "false"^^<{XSD}boolean> .
"""


def test_values_written_in_unusual_ways_read_as_rdflib_reads_them(monkeypatch):
    graph = new_graph("oxigraph")
    graph.store._inner.load(input=UNUSUAL, format=ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())
    relationships = {r.iri: r for r in _same_records(graph, monkeypatch)}
    assert sorted(relationships) == [REL + "r1", REL + "r2", REL + "r4"]  # r3 has no type
    # Typed values in rdflib's own canonical form, as its reader gives them.
    fourth = relationships[REL + "r4"]
    assert (fourth.start, fourth.end) == ("2019-01-01T00:00:00+00:00", "2020-03-01")
    assert (fourth.amount, fourth.role) == ("1000000", "x")
    first = relationships[REL + "r1"]
    assert (first.amount, first.independent_sources, first.disputed) == ("5", 2, True)
    assert first.disputed_fields == ("amount", "end") and len(first.citations) == 3
    assert first.start in ("2019-05", "2020-01-01") and first.status in ("alleged", "reported")
    entities = {e.iri: e for e in read_entities(graph)}
    assert entities[ENT + "acme"].types == ("Company", "Product")
    assert entities[ENT + "dhs"].label == ENT + "dhs"  # an empty label: the IRI, as rdflib
    assert entities[ENT + "nobody"].label == ENT + "nobody"
    # A label rdflib judges false (the number 0, false) gives the IRI, as rdflib's reader does.
    assert (entities[ENT + "zero"].label, entities[ENT + "off"].label) == (
        ENT + "zero",
        ENT + "off",
    )
