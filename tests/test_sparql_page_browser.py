"""The query panel in a real Chromium: the page's own SPARQL engine against `graphkit query`."""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from support import REPO, TESTS, invoke

from graphkit.query.named import named_queries

ENT = "https://w3id.org/techgov/id/"
XSD_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"
# Each named query with the parameters it is asked with; optional ones with and without.
CASES = [
    ("connections", {"entity": "Palantir"}),
    ("connections", {"entity": "amazon-employees"}),
    ("connections", {"entity": "the american civil liberties union"}),
    ("conflicts", {}),
    ("conflicts", {"entity": "Clearview AI"}),
    ("contracts", {"agency": "ICE"}),
    ("contracts", {"agency": "DHS"}),
    ("customers", {"company": "Palantir"}),
    ("customers", {"company": "Amazon"}),
    ("funded-suppliers", {"agency": "ICE"}),
    ("opposition", {}),
    ("opposition", {"target": "Amazon Rekognition"}),
    ("products-in-use", {}),
    ("products-in-use", {"user": "ICE"}),
    ("single-source", {}),
    ("subagencies", {"agency": "DHS"}),
    ("suppliers", {"agency": "ICE"}),
    ("suppliers", {"agency": "U.S. Department of Homeland Security"}),
]


@pytest.fixture(scope="module")
def bundled(tmp_path_factory) -> Path:
    """The bundled data built for real: graph.ttl, store/ and the graph.html under test."""
    out = tmp_path_factory.mktemp("bundled")
    result = invoke("build", "--config", REPO / "graphkit.toml", "--out", out)
    assert result.exit_code == 0, result.stderr
    return out


def cli_rows(out: Path, name: str, params: dict) -> Counter:
    args = ["query", name, "--graph", out / "graph.ttl", "--format", "json"]
    for key, value in params.items():
        args += ["--param", f"{key}={value}"]
    result = invoke(*args)
    assert result.exit_code == 0, result.stderr
    return as_multiset(json.loads(result.stdout)["results"]["bindings"])


def as_multiset(bindings: list[dict]) -> Counter:
    """Bindings as comparable values: the same number is the same, however it is written.

    rdflib writes an xsd:decimal as "224000.0", Oxigraph in its canonical form "224000"; they
    are one value. Every other term must match exactly.
    """
    return Counter(
        json.dumps({k: _value(term) for k, term in b.items()}, sort_keys=True) for b in bindings
    )


def _value(term: dict) -> dict:
    if term.get("datatype") == XSD_DECIMAL:
        return dict(term, value=str(Decimal(term["value"]).normalize()))
    return term


def run_in_panel(watched, text: str) -> None:
    watched.page.select_option("#sparql-query", "")
    watched.page.fill("#sparql-text", text)
    watched.page.click("#sparql-run")
    watched.page.wait_for_selector("body[data-sparql=done]", state="attached")


def message(watched) -> str:
    return watched.page.inner_text("#sparql-message")


def test_every_named_query_answers_as_the_command_line_does(watched, bundled):
    assert {name for name, _ in CASES} == set(named_queries())  # a new query needs a case here
    watched.open(bundled / "graph.html")
    for name, params in CASES:
        expected = cli_rows(bundled, name, params)
        got = as_multiset(
            watched.js("([n, p]) => window.graphkit.sparqlNamed(n, p)", [name, params])
        )
        assert got == expected, f"{name} {params}"
        # The bundled sources agree with one another: no disputes there (see the test below).
        # (nor an award one department made with another's money: funded-suppliers is empty)
        may_be_empty = {"opposition", "conflicts", "funded-suppliers"}
        assert expected or name in may_be_empty, f"{name} {params} should find something"
    assert watched.outside_requests(bundled / "graph.html") == []
    assert watched.errors == []


def test_disputed_facts_answer_as_the_command_line_does(watched, tmp_path):
    out = tmp_path / "claims"
    result = invoke(
        "build", "--config", TESTS / "fixtures" / "claims" / "graphkit.toml", "--out", out
    )
    assert result.exit_code == 0, result.stderr
    watched.open(out / "graph.html")
    for params in ({}, {"entity": "Clearview AI"}, {"entity": "Palantir"}):
        expected = cli_rows(out, "conflicts", params)
        got = as_multiset(
            watched.js("([n, p]) => window.graphkit.sparqlNamed(n, p)", ["conflicts", params])
        )
        assert got == expected, params
    assert len(cli_rows(out, "conflicts", {"entity": "Clearview AI"})) == 1
    assert watched.outside_requests(out / "graph.html") == []
    assert watched.errors == []


def test_a_parameter_names_an_entity_as_on_the_command_line(watched, bundled):
    """An alias, a label with a legal form or a "U.S." the graph's label lacks: the panel finds
    the entity `graphkit query` finds, and refuses what it refuses."""
    watched.open(bundled / "graph.html")
    for name, params in (
        ("customers", {"company": "Palantir USG"}),
        ("customers", {"company": "Palantir Technologies Inc."}),
        ("suppliers", {"agency": "Immigration and Customs Enforcement"}),
    ):
        expected = cli_rows(bundled, name, params)
        got = as_multiset(
            watched.js("([n, p]) => window.graphkit.sparqlNamed(n, p)", [name, params])
        )
        assert expected and got == expected, params
    refused = watched.js(
        "() => window.graphkit.sparqlNamed('customers', {company: 'No Such Company'})"
        ".then(() => 'answered', (error) => String(error))"
    )
    assert "no entity called" in refused
    assert watched.errors == []


def test_named_query_through_the_panel_with_a_value_picked_from_the_graph(watched, bundled):
    watched.open(bundled / "graph.html")
    watched.page.click("#sparql-toggle")
    watched.page.wait_for_selector("#sparql-entities option", state="attached")
    options = watched.js(
        "[...document.querySelectorAll('#sparql-entities option')].map(o => o.value)"
    )
    assert "Palantir Technologies (Company)" in options
    watched.page.select_option("#sparql-query", "customers")
    watched.page.fill("input[data-param=company]", "Palantir Technologies (Company)")
    watched.page.click("#sparql-run")
    watched.page.wait_for_selector("body[data-sparql=done]", state="attached")
    expected = cli_rows(bundled, "customers", {"company": "Palantir"})
    rows = sum(expected.values())
    assert message(watched) == f"{rows} rows"
    assert watched.page.locator(".sparql-table tbody tr").count() == min(rows, 100)
    headers = watched.js(
        "[...document.querySelectorAll('.sparql-table th')].map(t => t.textContent)"
    )
    assert headers[:4] == ["customer", "supplier", "product", "amount"]

    # An entity cell focuses that entity on the canvas.
    cell = watched.page.locator(
        ".sparql-table button.sparql-entity", has_text="Homeland Security Investigations"
    ).first
    cell.click()
    assert watched.js("window.graphkit.network.getSelectedNodes()") == [ENT + "hsi"]
    assert watched.page.locator("#panel h2").inner_text() == "Homeland Security Investigations"


def test_ad_hoc_select_and_csv_export(watched, bundled, tmp_path):
    watched.open(bundled / "graph.html")
    watched.page.click("#sparql-toggle")
    run_in_panel(
        watched,
        'SELECT ?label WHERE { ?e a tg:Person ; rdfs:label ?label FILTER(STRSTARTS(?label, "J")) }'
        " ORDER BY ?label",
    )
    cli = invoke(
        "query",
        "--graph",
        bundled / "graph.ttl",
        "--format",
        "csv",
        "-e",
        'SELECT ?label WHERE { ?e a tg:Person ; rdfs:label ?label FILTER(STRSTARTS(?label, "J")) }'
        " ORDER BY ?label",
    )
    with watched.page.expect_download() as download:
        watched.page.click("#sparql-csv")
    saved = tmp_path / "people.csv"
    download.value.save_as(saved)
    assert download.value.suggested_filename == "query.csv"
    assert saved.read_text(encoding="utf-8") == cli.stdout
    assert "Jeff Bezos" in cli.stdout
    # An ASK's bare answer and a blank node's `_:label`, as the command line writes them.
    ask = "ASK { ?s ?p ?o }"
    csv_of = "t => window.graphkitSparql.adHoc(t).then(r => window.graphkitSparql.toCsv(r))"
    cli_ask = invoke("query", "--graph", bundled / "graph.ttl", "--format", "csv", "-e", ask)
    assert watched.js(csv_of, ask) == cli_ask.stdout == "true\n"
    blank = watched.js(csv_of, "SELECT ?b WHERE { BIND(BNODE() AS ?b) }")
    assert blank.splitlines()[0] == "b" and blank.splitlines()[1].startswith("_:")
    assert watched.outside_requests(bundled / "graph.html") == []


def test_update_is_refused_and_changes_nothing(watched, bundled):
    watched.open(bundled / "graph.html")
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    before = watched.js("t => window.graphkit.sparql(t)", count)
    watched.page.click("#sparql-toggle")
    for update in (
        "INSERT DATA { ent:x rdfs:label 'x' }",
        "PREFIX ex: <http://example.org/>\n# a comment\nDELETE WHERE { ?s ?p ?o }",
        "  clear all",
    ):
        run_in_panel(watched, update)
        assert message(watched) == "UPDATE is refused: this page never changes the graph"
        assert "error" in watched.page.get_attribute("#sparql-message", "class")
    assert watched.js("t => window.graphkit.sparql(t)", count) == before
    with pytest.raises(Exception, match="UPDATE is refused"):
        watched.js("t => window.graphkit.sparql(t)", "DROP ALL")
    # Federation cannot reach out either: the engine has no client, and the CSP no host.
    run_in_panel(watched, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert "error" in watched.page.get_attribute("#sparql-message", "class")
    assert watched.outside_requests(bundled / "graph.html") == []


def test_a_malformed_query_shows_the_engines_message_and_the_page_goes_on(watched, bundled):
    watched.open(bundled / "graph.html")
    watched.page.click("#sparql-toggle")
    run_in_panel(watched, "SELECT ?s WHERE { ?s ?p }")
    text = message(watched)
    assert text.startswith("error at 1:") and "expected" in text, text
    run_in_panel(watched, "SELECT ?s WHERE {\n  ?s a tg:Company ;\n  rdfs:label }")
    assert message(watched).startswith("error at 3:"), message(watched)  # the reader's own line
    run_in_panel(watched, "SELECT ?s WHERE { ?s a tg:Company }")
    assert message(watched).endswith("rows")
    assert watched.page.locator(".sparql-table tbody tr").count() > 5
    assert watched.errors == [] and watched.dialogs == []


def test_a_hundred_thousand_rows_are_paged_and_the_page_stays_responsive(watched, bundled):
    watched.open(bundled / "graph.html")
    watched.page.click("#sparql-toggle")
    run_in_panel(watched, "SELECT ?a ?b WHERE { ?a ?p ?x . ?b rdfs:label ?y } LIMIT 100000")
    assert message(watched) == "100,000 rows"
    assert watched.page.locator(".sparql-table tbody tr").count() == 100
    assert watched.page.inner_text("#sparql-page") == "Rows 1–100 of 100,000"
    watched.page.click("#sparql-next")
    assert watched.page.inner_text("#sparql-page") == "Rows 101–200 of 100,000"
    assert watched.page.locator(".sparql-table tbody tr").count() == 100
    # The canvas and its controls still answer at once.
    took = watched.js("""() => { const t0 = performance.now();
        window.graphkit.focusNode(window.graphkit.search('Palantir')[0]);
        return performance.now() - t0; }""")
    assert watched.js("window.graphkit.network.getSelectedNodes()") == [ENT + "palantir"]
    assert took < 2000
    assert watched.errors == []


def test_viz_sparql_adds_the_panel_and_plain_viz_does_not(watched, bundled, tmp_path):
    plain, queried = tmp_path / "plain.html", tmp_path / "queried.html"
    graph = bundled / "graph.ttl"
    assert invoke("viz", "--graph", graph, "--focus", "Palantir", "-o", plain).exit_code == 0
    result = invoke("viz", "--graph", graph, "--focus", "Palantir", "--sparql", "-o", queried)
    assert result.exit_code == 0, result.stderr
    assert "sparql-graph" not in plain.read_text() and "wasm-unsafe-eval" not in plain.read_text()
    watched.open(queried)
    # The panel answers over the whole graph, not only the entities drawn around Palantir.
    rows = watched.js("window.graphkit.sparqlNamed('suppliers', {agency: 'ICE'})")
    assert as_multiset(rows) == cli_rows(bundled, "suppliers", {"agency": "ICE"})
    assert watched.outside_requests(queried) == []
