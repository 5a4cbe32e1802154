"""The page draws a disputed fact between the ends one source's claim gives it too (Torn Apart's
"American Toner & Ink" for the award USAspending gives "JEREMY MEYER"), as `show`, `path` and
the exports read it: with the claim's figure and the citations of its sources alone, and the
evidence panel saying whose claim it is. The firm was a node of no tie, with exit 0."""

from __future__ import annotations

import json
import re

import pytest
from records_support import HAVE_FREEZER, NO_FREEZER, freezer_build, prime_rows, tracker_claims
from test_viz_browser import click_edge

from graphkit.network import to_network
from graphkit.rdf.store import load_graph
from graphkit.viz.render import render_html
from graphkit.viz.sparql import sparql_addon

BLOCK = re.compile(r'<script id="graph-data" type="application/json">(.*?)</script>', re.S)
ENT = "https://w3id.org/techgov/id/"
FIRM, OFFICE = ENT + "meridian-toner-and-ink", ENT + "test-office-beta-7012"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A download's award TEST0007 to WEST PUBLISHING CORPORATION at TEST OFFICE ALPHA, which a
    tracker's sheet gives Meridian Toner & Ink at TEST OFFICE BETA for 80.50 USD."""
    folder = tmp_path_factory.mktemp("page-claims")
    [row] = [r for r in prime_rows() if r["award_id_piid"] == "TEST0007"]
    return tracker_claims(folder, [row], "Meridian Toner & Ink,TEST OFFICE BETA,80.50,TEST0007\n")


def _edges(html: str) -> list[dict]:
    """The page's facts, their ends as entity IRIs (the packed data numbers them)."""
    data = json.loads(BLOCK.search(html).group(1))
    nodes = [data["bases"]["nodes"] + n["key"] for n in data["nodes"]]
    defaults = data["defaults"]["facts"]
    return [
        {**defaults, **e, "from": nodes[e["from"]], "to": nodes[e["to"]]} for e in data["edges"]
    ]


def test_the_build_s_page_draws_the_claimed_supply(built):
    edges = _edges((built / "graph.html").read_text(encoding="utf-8"))
    [supply] = [e for e in edges if (e["from"], e["to"]) == (FIRM, OFFICE)]
    assert (supply["amount"], supply["claimed"], len(supply["citations"])) == (
        "80.50",
        "Tracker",
        1,
    )
    assert supply["key"].endswith("-1") and supply["relation"] == "supplies"
    assert {e["relation"] for e in edges if FIRM in (e["from"], e["to"])} == {
        "supplies",
        "awardedContract",
    }
    # The record's own fact keeps its ends, figure and both citations.
    [record] = [e for e in edges if e["key"] == supply["key"][:-2]]
    assert (record["to"], record["amount"], len(record["citations"])) == (
        ENT + "test-office-alpha-7012",
        "75.25",
        2,
    )
    assert "claimed" not in record


def test_the_graph_s_page_is_the_build_s(built):
    # `graphkit viz` draws from the written graph what the build drew from its model.
    graph = load_graph(built / "graph.ttl")
    ttl = (built / "graph.ttl").read_text(encoding="utf-8")
    page = render_html(to_network(graph), addons=(sparql_addon(graph, ttl),))
    assert page.encode("utf-8") == (built / "graph.html").read_bytes()


@pytest.mark.browser
def test_the_panel_says_whose_claim_it_is(watched, built):
    watched.open(built / "graph.html")
    click_edge(watched, "meridian-toner-and-ink", "supplies", "test-office-beta-7012")
    text = watched.page.locator("#panel").inner_text()
    assert "named only in the claim of Tracker" in text and "80.50 USD" in text
    assert watched.errors == []


@pytest.mark.skipif(not HAVE_FREEZER, reason=NO_FREEZER)
def test_the_real_records_claimed_supplier_has_its_ties(tmp_path):
    out = freezer_build(tmp_path / "out")
    edges = _edges((out / "graph.html").read_text(encoding="utf-8"))
    toner = ENT + "american-toner-and-ink"
    mine = sorted((e["relation"], e.get("amount")) for e in edges if toner in (e["from"], e["to"]))
    assert mine == [("awardedContract", None), ("supplies", "23132.85")]


def test_the_award_stays_beside_the_record_s_holder(built):
    # Drawn by the claim's firm (first by id), "Meridian Toner & Ink", where the download
    # gives it to WEST PUBLISHING CORPORATION.
    data = json.loads(BLOCK.search((built / "graph.html").read_text(encoding="utf-8")).group(1))
    [award] = [n for n in data["nodes"] if n["key"] == "cont-awd-test0007-7012-none-none"]
    assert award["anchor"] == ENT + "west-publishing"
