"""A disputed fact on the network page, in a real Chromium: marked, with every claim shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import TESTS, invoke
from test_viz_browser import click_edge

CLAIMS = TESTS / "fixtures" / "claims"


@pytest.fixture(scope="module")
def claims_page(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("claims")
    result = invoke("build", "--config", CLAIMS / "graphkit.toml", "--out", out)
    assert result.exit_code == 0, result.stderr
    return out / "graph.html"


def test_a_disputed_fact_shows_a_warning_and_each_source_s_claim(watched, claims_page):
    watched.open(claims_page)
    click_edge(watched, "clearview-ai", "supplies", "ice")
    fact = watched.page.locator("#panel .fact.disputed")
    assert fact.count() == 1
    assert "⚠ disputed" in fact.locator("h3").inner_text()
    claims = fact.locator("ul.claims li").all_inner_texts()
    assert claims == [
        "2020-08 – end not known; 224,000 USD; reported — "
        "TEST Clearview AI wins a $224,000 ICE contract",
        "2020-08 – end not known; 250,000 USD; reported — "
        "TEST Clearview AI's ICE deal is worth $250,000",
        "denies it — TEST Statement on reports of an ICE contract",
    ]
    hrefs = fact.locator("ul.claims a").evaluate_all("links => links.map(a => a.href)")
    assert hrefs[2] == "https://clearview.example.com/statement-on-ice"
    assert watched.errors == [] and watched.dialogs == []


def test_an_agreed_fact_has_no_warning_and_an_unknown_end_says_so(watched, claims_page):
    watched.open(claims_page)
    click_edge(watched, "amazon-employees", "opposes", "palantir")
    panel = watched.page.locator("#panel")
    assert panel.locator(".fact.disputed").count() == 0
    assert "2018-06 – end not known" in panel.inner_text()
    click_edge(watched, "amazon", "hosts", "palantir")
    assert "2019-07 – present (ongoing)" in panel.inner_text()
