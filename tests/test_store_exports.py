"""`export --format nquads` and `--format jsonld` read straight from an Oxigraph store
(export/store_nquads.py, store_jsonld.py) write the bytes rdflib's way writes for the same graph:
on fixture projects' built stores, and on graphs whose text needs every kind of escaping or
holds what no build writes."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from support import TESTS, copy_project, invoke
from test_store_records import UNUSUAL

from graphkit.export import rdf as rdf_export
from graphkit.export.network import export
from graphkit.export.store_jsonld import store_jsonld
from graphkit.rdf.records import reads_natively
from graphkit.rdf.store import load_graph, new_dataset, new_graph, open_store

CLAIMS = TESTS / "fixtures" / "claims"
PRIME = TESTS / "fixtures" / "records" / "prime_awards.csv"
TG = "https://w3id.org/techgov/ontology#"
ENT = "https://w3id.org/techgov/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"
# Text rdflib's writer escapes (quotes, backslashes, line ends) and text it leaves as it is
# (tabs, form feeds, U+2028, accents); a triple two sources state; a relationship whose citation
# has no source, one whose source is text, a blank-node citation; facts of two sources.
ESCAPES = f"""
<{ENT}rel/a> a <{TG}Relationship> ; <{TG}subject> <{ENT}x> ; <{TG}relation> <{TG}supplies> ;
    <{TG}object> <{ENT}y> ; <{TG}citation> <{ENT}cit/1> , <{ENT}cit/2> , _:c3 ;
    <{TG}amount> "10"^^<{XSD}decimal> ; <{TG}note> "tab\\there, feed\\fthere, \\u2028 and é" .
<{ENT}x> <{TG}supplies> <{ENT}y> ; <http://www.w3.org/2000/01/rdf-schema#label> "Say \\"hi\\" \\\\ back\\nnow\\r" .
<{ENT}cit/1> a <{TG}Citation> ; <{TG}source> <{ENT}source/s1> ; <{TG}quote> "«quoted»"@fr .
<{ENT}cit/2> a <{TG}Citation> ; <{TG}source> <{ENT}source/s2> ; <{TG}locator> "p. 2" .
_:c3 a <{TG}Citation> ; <{TG}source> "a source written as text" .
<{ENT}source/s1> <{TG}title> "One" ; <{TG}published> "2020-01"^^<{XSD}gYearMonth> .
<{ENT}source/s2> <{TG}title> "Two" ; <{TG}retrieved> "2021-02-03T04:05:06Z"^^<{XSD}dateTime> .
<{ENT}rel/b> a <{TG}Relationship> ; <{TG}citation> <{ENT}cit/none> ; <{TG}subject> "text" .
<{ENT}cit/none> a <{TG}Citation> .
<{ENT}y> <{TG}count> "007"^^<{XSD}integer> ; <{TG}flag> "TRUE"^^<{XSD}boolean> , "true"^^<{XSD}boolean> .
"""


def _through_rdflib(graph, monkeypatch, write=rdf_export.to_nquads) -> bytes:
    with monkeypatch.context() as patched:
        patched.setattr(rdf_export, "reads_natively", lambda graph: False)
        return write(graph)


def _store_graph(turtle: str):
    graph = new_graph("oxigraph")
    graph.store._inner.load(input=turtle, format=ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())
    assert reads_natively(graph)
    return graph


@pytest.mark.parametrize("fixture", ["mini_output", "explain_output", "hostile_output"])
def test_a_built_store_exports_the_nquads_rdflib_writes(fixture, request, monkeypatch):
    out = request.getfixturevalue(fixture)
    graph = open_store(out / "store")
    assert reads_natively(graph)
    native = rdf_export.to_nquads(graph)
    assert native == _through_rdflib(graph, monkeypatch)
    # And the same as the graph file read into rdflib's own memory store gives.
    assert native == rdf_export.to_nquads(load_graph(out / "graph.ttl", store="memory"))


@pytest.mark.parametrize("turtle", [ESCAPES, UNUSUAL], ids=["escapes", "unusual"])
def test_text_and_values_written_any_way_export_as_rdflib_writes_them(turtle, monkeypatch):
    graph = _store_graph(turtle)
    native = rdf_export.to_nquads(graph)
    assert native == _through_rdflib(graph, monkeypatch)
    text = native.decode("utf-8")
    if turtle is ESCAPES:
        # Each source's statements in its graph; the shared triple in both; the rest, the
        # registry's. rdflib escapes quotes, backslashes and line ends, and nothing else.
        assert text.count(f"<{ENT}x> <{TG}supplies> <{ENT}y> ") == 2
        assert '"Say \\"hi\\" \\\\ back\\nnow\\r"' in text
        assert '"tab\there, feed\fthere, \u2028 and é"' in text
        registry = "<https://w3id.org/techgov/graph/registry> .\n"
        assert f'<{ENT}rel/b> <{TG}subject> "text" {registry}' in text
        # A source written as text names no graph: its citation's statements are the registry's.
        assert f'<{TG}source> "a source written as text" {registry}' in text
        dataset = new_dataset()
        dataset.parse(data=text, format="nquads")  # every line a quad N-Quads readers take
        assert sum(1 for _ in dataset.quads()) == text.count("\n")  # (not splitlines: U+2028)


def test_the_command_exports_each_graph_file_of_a_build_as_its_store(explain_output, tmp_path):
    expected = export(open_store(explain_output / "store"), "nquads")["graph.nquads"]
    for name in ("graph.ttl", "graph.nq", "graph.jsonld"):
        target = tmp_path / f"{name}.nq"
        result = invoke(
            "export", "--format", "nquads", "-o", target, "--graph", explain_output / name
        )
        assert result.exit_code == 0, result.stderr
        assert target.read_bytes() == expected, name


# What rdflib's JSON-LD writer does with values no build writes: numbers and booleans in every
# spelling (JSON's own values), a value that is false before a true one (rdflib's writer then
# keeps only the later), blank nodes as subjects and objects and as a type, text as a type.
VALUES = f"""
<{ENT}a> a <{TG}Company> , _:kind , "a type as text" ; <{TG}count> "007"^^<{XSD}integer> , "x"^^<{XSD}integer> ;
    <{TG}ratio> "1.0E6"^^<{XSD}double> , "NaN"^^<{XSD}double> , "-0"^^<{XSD}double> , "INF"^^<{XSD}double> ;
    <{TG}flag> "TRUE"^^<{XSD}boolean> , "0"^^<{XSD}boolean> ; <{TG}label> "" , "later" ;
    <{TG}amount> "5"^^<{XSD}decimal> ; <{TG}when> "2020-03-01Z"^^<{XSD}date> ;
    <{TG}quote> "Hallo"@de , "hello"@en-GB ; <{TG}by> _:someone , <{ENT}b> , <urn:other:thing> .
_:someone <{TG}name> "Someone" ; <{TG}knows> _:nobody .
<{ENT}b> <{TG}first> "false"^^<{XSD}boolean> ; <{TG}first> "true"^^<{XSD}boolean> .
_:loose <{TG}name> "a blank node no one names" .
"""


def test_a_value_oxigraph_keeps_as_written_places_the_direct_triple_as_rdflib_does(monkeypatch):
    """A relationship whose object is a value Oxigraph keeps as written (" 1" as an integer,
    "TRUE" as a boolean): whether its direct triple is the graph's is asked, as rdflib's way
    asks it, in rdflib's form of the value."""
    for value, stated in (
        ('" 1"^^xsd:integer', '" 1"^^xsd:integer'),
        ('"TRUE"^^xsd:boolean', "true"),
    ):
        graph = _store_graph(
            f"""@prefix tg: <{TG}> . @prefix xsd: <{XSD}> .
            <urn:r> tg:citation <urn:c> ; tg:subject <urn:x> ; tg:relation <urn:p> ; tg:object {value} .
            <urn:c> tg:source <urn:s> .
            <urn:x> <urn:p> {stated} ."""
        )
        assert rdf_export.to_nquads(graph) == _through_rdflib(graph, monkeypatch), value


@pytest.mark.parametrize("fixture", ["mini_output", "explain_output", "hostile_output"])
def test_a_built_store_exports_the_jsonld_rdflib_writes(fixture, request, monkeypatch):
    out = request.getfixturevalue(fixture)
    graph = open_store(out / "store")
    assert store_jsonld(graph.store._inner) is not None  # read natively, not handed to rdflib
    native = rdf_export.to_jsonld(graph)
    assert native == _through_rdflib(graph, monkeypatch, rdf_export.to_jsonld)
    assert native == rdf_export.to_jsonld(load_graph(out / "graph.ttl", store="memory"))


@pytest.mark.parametrize("turtle", [ESCAPES, UNUSUAL, VALUES], ids=["escapes", "unusual", "values"])
def test_values_written_any_way_export_as_rdflibs_jsonld(turtle, monkeypatch):
    graph = _store_graph(turtle)
    assert store_jsonld(graph.store._inner) is not None
    native = rdf_export.to_jsonld(graph)
    assert native == _through_rdflib(graph, monkeypatch, rdf_export.to_jsonld)
    if turtle is VALUES:
        node = next(n for n in json.loads(native)["@graph"] if n["@id"] == "ent:a")
        assert node["tg:flag"] is True  # as rdflib's writer: the false value gave way
        assert sorted(node["tg:count"], key=str) == [7, "x"]
        assert node["tg:amount"] == {"@type": "xsd:decimal", "@value": "5.0"}


# Graphs rdflib's JSON-LD writer treats in ways of its own: left to it, and the same bytes.
ONLY_RDFLIB = {
    "a list": f'<{ENT}a> <{TG}members> ( <{ENT}b> <{ENT}c> ) ; <{TG}label> "A" . <{ENT}b> <{TG}label> "B" .',
    "an empty list": f'<{ENT}a> <{TG}members> () . <{ENT}b> <{TG}label> "B" .',
    "a namespace as predicate": f'<{ENT}a> <{TG}> "x" . <{ENT}b> <{TG}label> "B" .',
    "two ids one short form": f'<tg:x> <{TG}label> "one" . <{TG}x> <{TG}label> "two" .',
    "blank nodes naming each other": (
        f'_:x <{TG}knows> _:y . _:y <{TG}knows> _:x ; <{TG}name> "Y" . <{ENT}b> <{TG}label> "B" .'
    ),
    "a blank node naming itself": f'_:x <{TG}knows> _:x . <{ENT}b> <{TG}label> "B" .',
    "one node": f'<{ENT}a> <{TG}label> "A" , "B" , "C" .',
    "no node": "",
}


@pytest.mark.parametrize("turtle", list(ONLY_RDFLIB.values()), ids=list(ONLY_RDFLIB))
def test_graphs_only_rdflib_writes_go_to_rdflib(turtle, monkeypatch):
    graph = _store_graph(turtle)
    assert store_jsonld(graph.store._inner) is None
    assert rdf_export.to_jsonld(graph) == _through_rdflib(graph, monkeypatch, rdf_export.to_jsonld)


# A second source of one claim of the dispute, and a fact about a contract that another source
# than its award record states.
MORE_CLAIMS = """\
- subject: clearview-ai
  relation: supplies
  object: ice
  start: 2020-08
  amount: 224000
  currency: USD
  citations:
  - source: outlet-a-letter
    locator: paragraph 4
- subject: cont-awd-test0003-7012-none-none
  relation: funds
  object: palantir
  citations:
  - source: outlet-a-hosting
    locator: paragraph 2
"""


def _claims_with_records(tmp_path) -> Path:
    """The claims fixture (disputed facts, a letter republished by three outlets) with the
    USAspending prime awards (contracts their records describe), built."""
    project = copy_project(CLAIMS, tmp_path / "claims")
    (project / "data" / "facts" / "more.yaml").write_text(MORE_CLAIMS, encoding="utf-8")
    out = tmp_path / "out"
    result = invoke(
        "build",
        "--config",
        project / "graphkit.toml",
        "--out",
        out,
        "--source",
        f"usaspending:{PRIME}",
    )
    assert (out / "graph.nq").is_file(), result.stderr
    return out


def test_nquads_exports_hold_what_graph_nq_holds_in_the_same_graphs(tmp_path):
    """Claims in the graph of the source making them, the originals a source reports described
    in its graph, a contract's details in its record's graph: from the store, and placed again
    from each graph file that keeps no named graphs."""
    out = _claims_with_records(tmp_path)
    built = sorted(out.joinpath("graph.nq").read_text(encoding="utf-8").splitlines())
    text = "\n".join(built)
    assert f"<{TG}claim>" in text and f"<{TG}derivedFrom>" in text
    assert f"<{TG}describedBy>" in text and f"<{TG}funds>" in text
    # A claim the letter's outlet makes too, beside the source that made it first.
    assert any(f"<{TG}claim>" in line and "source/outlet-a-letter>" in line for line in built)
    stored = export(open_store(out / "store"), "nquads")["graph.nquads"].decode("utf-8")
    assert stored.splitlines() == built
    for given in ("graph.ttl", "graph.jsonld", "graph.nq"):
        target = tmp_path / f"{given}.nq"
        result = invoke("export", "--format", "nquads", "-o", target, "--graph", out / given)
        assert result.exit_code == 0, result.stderr
        assert target.read_text(encoding="utf-8") == stored, given


def test_rdflib_places_a_claim_and_a_derivation_as_the_build_does(tmp_path, monkeypatch):
    """The writer through rdflib (graphs in rdflib's memory store) holds graph.nq's quads too."""
    out = _claims_with_records(tmp_path)
    built = sorted(out.joinpath("graph.nq").read_text(encoding="utf-8").splitlines())
    graph = load_graph(out / "graph.ttl")
    assert _through_rdflib(graph, monkeypatch).decode("utf-8").splitlines() == built
