"""The bundled data/ builds cleanly, every fact is cited, and it covers the founding story."""

import json

import pytest
from rdflib import RDF
from support import invoke

from graphkit.rdf.store import load_graph
from graphkit.vocab import ENT, TG

# The facts of the document the project started from (entity ids of data/entities.yaml).
FOUNDING_FACTS = [
    ("amazon-employees", "worksFor", "amazon"),
    ("jeff-bezos", "leads", "amazon"),
    ("amazon", "develops", "amazon-rekognition"),
    ("amazon-employees", "opposes", "amazon-rekognition"),
    ("amazon-employees", "opposes", "palantir"),
    ("amazon", "hosts", "palantir"),
    ("amazon", "supplies", "ice"),
    ("amazon", "supplies", "dhs"),
    ("amazon-employees", "opposes", "ice"),
    ("aclu", "investigates", "amazon"),
    ("aclu", "opposes", "amazon-rekognition"),
    ("aclu", "supports", "amazon-employees"),
    ("nicole-ozer", "worksFor", "aclu"),
]


@pytest.fixture(scope="module")
def built(bundled_build):
    return bundled_build


def test_the_bundled_data_builds_without_skips_and_conforms(built):
    result, out = built
    assert result.exit_code == 0, result.stderr
    report = json.loads((out / "report.json").read_text())
    assert report["skipped"] == []
    assert report["validation"] == {"conforms": True, "violations": []}
    assert report["counts"]["entities"] >= 60
    assert report["counts"]["relationships"] >= 120


def test_every_relationship_cites_a_source_with_a_url_or_locator(built):
    graph = load_graph(built[1] / "graph.ttl")
    rels = list(graph.subjects(RDF.type, TG.Relationship))
    assert rels
    for rel in rels:
        citations = list(graph.objects(rel, TG.citation))
        assert citations, rel
        for cite in citations:
            source = graph.value(cite, TG.source)
            assert (
                graph.value(source, TG.url) is not None or graph.value(cite, TG.locator) is not None
            )


def test_every_cited_document_has_url_title_and_publisher(built):
    graph = load_graph(built[1] / "graph.ttl")
    sources = set(graph.subjects(RDF.type, TG.Source))
    assert len(sources) >= 20
    for source in sources:
        url = str(graph.value(source, TG.url))
        assert url.startswith(("https://", "http://")), source
        assert graph.value(source, TG.title) is not None, url
        assert graph.value(source, TG.publisher) is not None, url


@pytest.mark.parametrize(("subject", "relation", "obj"), FOUNDING_FACTS)
def test_the_founding_document_facts_are_in_the_graph(built, subject, relation, obj):
    graph = load_graph(built[1] / "graph.ttl")
    assert (ENT[subject], TG[relation], ENT[obj]) in graph


def test_suppliers_of_ice_name_the_companies_of_the_story(built):
    result = invoke(
        "query",
        "suppliers",
        "-p",
        "agency=ICE",
        "--graph",
        built[1] / "graph.ttl",
        "--format",
        "csv",
    )
    suppliers = {line.split(",")[0] for line in result.stdout.splitlines()[1:]}
    assert {
        "Palantir Technologies",
        "Microsoft",
        "Clearview AI",
        "Amazon",
        "GitHub",
        "West Publishing Corporation",
        "LexisNexis",
    } <= suppliers


def test_show_palantir_groups_facts_with_citations(built):
    text = invoke("show", "Palantir", "--graph", built[1] / "graph.ttl").stdout
    assert text.startswith("Palantir Technologies  (Company, palantir)\n")
    assert "\nsupplies (" in text and "\nhosted by (" in text
    assert "https://www.usaspending.gov/award/" in text
