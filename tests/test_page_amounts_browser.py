"""The page prints an amount as the command line does, in a real Chromium: its query panel as
`graphkit query` (`1000.50`, where the page's engine gave `1000.5`), its evidence and tie
panels as `graphkit show` (`1,000.50 USD`, `1,500,000.125 EUR`: every digit as written)."""

from __future__ import annotations

import json

import pytest
from support import build_with_facts, invoke
from test_viz_browser import tie_id

pytestmark = pytest.mark.browser


def _supplies_hsi(company: str, amount: str, currency: str, source: str) -> str:
    return (
        f"- {{subject: {company}, relation: supplies, object: hsi, amount: '{amount}', "
        f"currency: {currency}, citations: [{{source: {source}, locator: paragraph 4}}]}}\n"
    )


FACTS = _supplies_hsi("palantir", "1000.50", "USD", "404media-elite") + _supplies_hsi(
    "clearview-ai", "1,500,000.125", "EUR", "techcrunch-clearview-ice"
)
SHOWN = {"palantir": "1,000.50 USD", "clearview-ai": "1,500,000.125 EUR"}
AD_HOC = """SELECT ?supplier ?amount WHERE {
  ?r tg:subject ?s ; tg:relation tg:supplies ; tg:object ent:hsi ; tg:amount ?amount .
  ?s rdfs:label ?supplier } ORDER BY ?supplier"""


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("page-amounts")
    ran, _ = build_with_facts(tmp_path, {"amounts.yaml": FACTS})
    assert ran.exit_code == 0, ran.stderr
    return tmp_path / "out"


def _amounts(bindings: list[dict]) -> dict[str, str]:
    return {b["supplier"]["value"]: b["amount"]["value"] for b in bindings if "amount" in b}


def test_the_query_panel_prints_amounts_as_graphkit_query_does(watched, out):
    asked = invoke(
        "query", "suppliers", "-p", "agency=HSI", "--graph", out / "graph.ttl", "--format", "json"
    )
    assert asked.exit_code == 0, asked.stderr
    expected = _amounts(json.loads(asked.stdout)["results"]["bindings"])
    assert expected == {"Palantir Technologies": "1000.50", "Clearview AI": "1500000.125"}
    watched.open(out / "graph.html")
    named = watched.js(
        "([n, p]) => window.graphkit.sparqlNamed(n, p)", ["suppliers", {"agency": "HSI"}]
    )
    assert _amounts(named) == expected
    typed = watched.js("t => window.graphkitSparql.adHoc(t)", AD_HOC)
    assert [row["amount"]["value"] for row in typed["rows"]] == ["1500000.125", "1000.50"]
    cli = invoke("query", "--graph", out / "graph.ttl", "--format", "csv", "-e", AD_HOC)
    assert (
        cli.stdout == "supplier,amount\nClearview AI,1500000.125\nPalantir Technologies,1000.50\n"
    )
    assert watched.js("r => window.graphkitSparql.toCsv(r)", typed) == cli.stdout
    # and in the panel's own table, as a reader sees it
    watched.page.click("#sparql-toggle")
    watched.page.select_option("#sparql-query", "")
    watched.page.fill("#sparql-text", AD_HOC)
    watched.page.click("#sparql-run")
    watched.page.wait_for_selector("body[data-sparql=done]", state="attached")
    cells = watched.js("[...document.querySelectorAll('.sparql-table td')].map(c => c.innerText)")
    assert "1000.50" in cells and "1500000.125" in cells
    assert watched.errors == []


@pytest.mark.parametrize("company", sorted(SHOWN))
def test_the_evidence_panel_prints_amounts_as_graphkit_show_does(watched, out, company):
    shown = invoke("show", company, "--graph", out / "graph.ttl")
    assert shown.exit_code == 0, shown.stderr
    assert SHOWN[company] in shown.stdout
    watched.open(out / "graph.html")
    watched.js("id => window.graphkit.focus(id)", tie_id(company, "supplies", "hsi"))
    watched.page.wait_for_selector("#panel dd", state="attached")
    text = watched.page.locator("#panel").inner_text()
    # once in the tie's sum, once beside the fact
    assert text.count(SHOWN[company]) == 2, text
    assert watched.errors == []


def test_a_tie_s_summary_writes_an_amount_below_a_thousand_as_written(watched, out):
    watched.open(out / "graph.html")
    money = "([v, c, w]) => window.graphkitTies.money(v, c, w)"
    assert watched.js(money, [999.5, "USD", "999.50"]) == "$999.50"  # it was rounded to $1,000
    assert watched.js(money, [1500000.125, "EUR", "1500000.125"]) == "1.5M EUR"


def test_the_query_panel_lists_each_source_s_amount_as_graphkit_query_does(watched, tmp_path):
    """A disputed fact's `amounts` list wrote each amount as the engine spells it
    (`249999.5 USD (…)`), where `graphkit query` writes `249999.50 USD (…)`."""
    facts = _supplies_hsi("microsoft", "249999.50", "USD", "thehill-microsoft-ice")
    facts += _supplies_hsi("microsoft", "250100", "USD", "404media-elite")
    ran, _ = build_with_facts(tmp_path, {"disputed.yaml": facts})
    assert ran.exit_code == 0, ran.stderr
    out = tmp_path / "out"
    asked = invoke(
        "query", "suppliers", "-p", "agency=HSI", "--graph", out / "graph.ttl", "--format", "json"
    )
    assert asked.exit_code == 0, asked.stderr
    listed = {
        b["supplier"]["value"]: b["amounts"]["value"]
        for b in json.loads(asked.stdout)["results"]["bindings"]
        if b.get("amounts", {}).get("value")
    }
    assert list(listed) == ["Microsoft"]
    assert "249999.50 USD (" in listed["Microsoft"] and "250100 USD (" in listed["Microsoft"]
    watched.open(out / "graph.html")
    named = watched.js(
        "([n, p]) => window.graphkit.sparqlNamed(n, p)", ["suppliers", {"agency": "HSI"}]
    )
    page = {b["supplier"]["value"]: b["amounts"]["value"] for b in named if "amounts" in b}
    assert page["Microsoft"] == listed["Microsoft"]
    assert watched.errors == []
