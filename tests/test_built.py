"""The built graph's page comes from the model the build holds: the same network, record for
record, and the same page bytes, as reading the written graph back through rdflib; and the
build's own N-Triples answer node by node as the store does."""

import re
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph
from support import MINI, REPO, TESTS, copy_project

from graphkit.build.outputs import write_outputs
from graphkit.build.pipeline import build
from graphkit.config import SourceSpec, load_config
from graphkit.model import Citation, Entity, Fact, PartialDate, SourceDoc
from graphkit.network import model_network, to_network
from graphkit.rdf.model_records import model_entities, model_relationships
from graphkit.rdf.quads import graph_quads
from graphkit.rdf.records import read_entities, read_relationships
from graphkit.rdf.store import load_graph
from graphkit.resolve.merge import merge
from graphkit.sources.registry import Registry
from graphkit.viz.layout import LayoutMemo
from graphkit.viz.render import model_page, render_html
from graphkit.viz.sparql import sparql_addon

RECORDS = TESTS / "fixtures" / "records"
# Every fixture project the tests build, with the sources they add to it.
FIXTURES = {
    "hostile": (TESTS / "fixtures" / "viz" / "hostile", ()),  # markup, quotes, newlines
    "claims": (TESTS / "fixtures" / "claims", ()),  # disputed facts with competing claims
    "explain": (TESTS / "fixtures" / "explain", ()),
    "mini": (MINI, ()),
    # Award records: contracts with their details, recipients with identifiers, bad rows.
    "usaspending": (
        MINI,
        (("usaspending", RECORDS / "prime_awards.csv"), ("usaspending", RECORDS / "subawards.csv")),
    ),
    "atlas": (MINI, (("atlas", RECORDS / "atlas.csv"),)),
    "articles": (MINI, (("article", TESTS / "fixtures" / "articles"),)),
    "bundled": (REPO, ()),  # the repository's own data/
}


@pytest.fixture(scope="module", params=sorted(FIXTURES))
def written(request, tmp_path_factory) -> tuple[Path, object]:
    tmp = tmp_path_factory.mktemp(request.param)
    folder, extra = FIXTURES[request.param]
    config = folder / "graphkit.toml"
    if folder != REPO:
        config = copy_project(folder, tmp / "project") / "graphkit.toml"
    sources = [SourceSpec(kind, path) for kind, path in extra]
    result = build(load_config(config), extra_sources=sources)
    out = tmp / "out"
    write_outputs(result, out)
    return out, result


def test_the_model_gives_the_records_the_written_graph_gives(written):
    out, result = written
    graph = load_graph(out / "graph.ttl")
    model = model_relationships(result.registry, result.relationships, result.provenance)
    by_iri = {r.iri: r for r in read_relationships(graph)}
    assert by_iri
    for record in model:
        assert record == by_iri.pop(record.iri)
    assert not by_iri  # the model has every relationship the graph has
    assert list(model_entities(result.registry)) == list(read_entities(graph))


def test_the_model_gives_the_network_the_written_graph_gives(written):
    out, result = written
    net = model_network(result.registry, result.relationships, result.provenance)
    expected = to_network(load_graph(out / "graph.ttl"))
    assert net.number_of_edges() and list(net.nodes(data=True)) == list(expected.nodes(data=True))
    assert list(net.edges(keys=True, data=True)) == list(expected.edges(keys=True, data=True))


def test_the_page_is_the_one_the_written_graph_gives(written):
    out, _ = written
    for source in (out / "graph.ttl", out / "store"):
        graph = load_graph(source)
        ttl = (out / "graph.ttl").read_text(encoding="utf-8")
        page = render_html(to_network(graph), addons=(sparql_addon(graph, ttl),))
        assert page.encode("utf-8") == (out / "graph.html").read_bytes(), source.name


def test_the_build_page_in_one_call_is_the_written_page(written):
    out, result = written
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    layouts = LayoutMemo()
    page = model_page(
        result.registry, result.relationships, result.provenance, turtle=ttl, layouts=layouts
    )
    assert page.encode("utf-8") == (out / "graph.html").read_bytes()
    assert layouts.used  # the layout is kept for the next build
    # Made again from the same model: the network it drew was its own to empty.
    again = model_page(result.registry, result.relationships, result.provenance, turtle=ttl)
    assert again == page


def test_documents_under_one_source_iri_read_as_the_graph_merges_them():
    """Two documents with one catalogue id make one source node: the reader keeps the smallest
    title and date, and the model's records do the same."""
    entities = [Entity(id="acme", label="Acme", type="Company", aliases=("ACME", "Acme Inc")),
                Entity(id="city", label="City", type="GovernmentAgency", wikidata="Q1")]  # fmt: skip
    later = SourceDoc(id="doc", title="Zeta report", published=PartialDate(2021, 5))
    earlier = SourceDoc(id="doc", title="Alpha report", published=PartialDate(2020))
    facts = [
        Fact("acme", "supplies", "city", [Citation(later, locator="p. 2")], amount=Decimal(5)),
        Fact("acme", "supplies", "city", [Citation(earlier, quote='a "quote"\nline')], amount=Decimal(7)),
    ]  # fmt: skip
    relationships, _ = merge(facts)
    quads = graph_quads(entities, relationships)
    graph = Graph().parse(data="".join(quads.union()), format="nt")
    records = list(model_relationships(entities, relationships))
    assert records == list(read_relationships(graph))
    assert records[0].disputed and {c.source.title for c in records[0].citations} == {
        "Alpha report"
    }
    assert list(model_entities(entities)) == list(read_entities(graph))
    expected = to_network(graph)
    net = model_network(Registry(entities), relationships)
    assert list(net.edges(keys=True, data=True)) == list(expected.edges(keys=True, data=True))


@pytest.mark.parametrize(
    ("entity", "refused"),
    [
        (Entity(id="acme\n", label="Acme", type="Company"), "entity id 'acme\\n'"),
        (Entity(id="Acme Inc", label="Acme", type="Company"), "entity id 'Acme Inc'"),
        (Entity(id="acme", label="Acme", type="Company", wikidata="Q1\n"), "Wikidata id 'Q1\\n'"),
        (
            Entity(id="acme", label="Acme", type="Company", homepage="https://acme.example/%zz"),
            "homepage 'https://acme.example/%zz'",
        ),
    ],
)
def test_the_writer_refuses_a_name_that_is_no_iri(entity, refused):
    # Its text is read leniently by the store and the serialisers: it must never hold one.
    with pytest.raises(ValueError, match=re.escape(f"{refused} cannot be written as an IRI")):
        graph_quads([entity], [])
