"""Whose claim a fact rests on is named one way everywhere: by the publisher of the documents
its claims cite, else their title, else their URL.

On the real build, Torn Apart's supplier of an award USAspending gives another firm was
"named only in claims of xpmethod, Columbia University" in `graphkit show` and the export's
`claimed` column, but "named only in the claim of Torn Apart / Separados: the freezer (ICE
awards, FY2013-2018)" in the page's evidence panel, and a USAspending claim was
"USAspending.gov" in one and "USAspending.gov award HSCEMD16J00044" in the other: a reader
could not tell they were one claimant."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from records_support import (
    HAVE_FREEZER,
    NO_FREEZER,
    cli_build,
    freezer_build,
    mapping_of,
    prime_rows,
    write_rows,
)
from support import invoke

BLOCK = re.compile(r'<script id="graph-data" type="application/json">(.*?)</script>', re.S)
PUBLISHER = "Test Tracker Collective"
FIRM = "meridian-toner-and-ink"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    """A download's award TEST0007 to WEST PUBLISHING CORPORATION, which a tracker's sheet,
    published by a collective under a title of its own, gives Meridian Toner & Ink."""
    folder = tmp_path_factory.mktemp("claimants")
    [row] = [r for r in prime_rows() if r["award_id_piid"] == "TEST0007"]
    mapping = mapping_of(
        folder,
        "vendor,office,value,award\nMeridian Toner & Ink,TEST OFFICE BETA,80.50,TEST0007\n",
        "subject: {column: vendor, type: Company}\n"
        "relation: supplies\n"
        "object: {column: office, type: GovernmentAgency, scope: {value: '7012'}}\n"
        "qualifiers: {amount: value, currency: {value: USD}, contract: award}\n"
        "citation:\n"
        "  source: {url: 'https://tracker.example/awards.csv', title: 'The award tracker',"
        f" publisher: '{PUBLISHER}'}}\n"
        "  locator: 'award {award}'\n",
    )
    prime = write_rows(folder / "prime.csv", [row])
    result = cli_build(folder / "out", ("usaspending", prime), ("mapping", mapping))
    assert result.exit_code == 0, result.stderr
    return folder / "out"


def _page_claimed(html: str) -> set[str]:
    data = json.loads(BLOCK.search(html).group(1))
    return {e["claimed"] for e in data["edges"] if e.get("claimed")}


def _export_claimed(out, folder) -> set[str]:
    result = invoke("export", "--format", "csv", "-o", folder, "--graph", out / "graph.ttl")
    assert result.exit_code == 0, result.stderr
    rows = csv.DictReader(io.StringIO((folder / "edges.csv").read_text(encoding="utf-8")))
    return {row["claimed"] for row in rows if row["claimed"]}


def _shown_claimants(out, entity: str) -> set[str]:
    shown = invoke("show", entity, "--graph", out / "graph.ttl")
    assert shown.exit_code == 0, shown.stderr
    return set(re.findall(r"\(named only in claims of ([^)]*)\)", shown.stdout))


def test_page_show_and_export_name_the_claimant_alike(out, tmp_path):
    assert _shown_claimants(out, FIRM) == {PUBLISHER}
    assert _export_claimed(out, tmp_path / "csv") == {PUBLISHER}
    assert _page_claimed((out / "graph.html").read_text(encoding="utf-8")) == {PUBLISHER}


def test_a_source_is_named_by_its_publisher_then_its_title_then_its_url():
    from graphkit.explain.wording import claimants, source_name  # noqa: PLC0415

    assert source_name({"publisher": "P", "title": "T", "url": "https://u.example"}) == "P"
    assert source_name({"publisher": None, "title": "T", "url": "https://u.example"}) == "T"
    assert source_name({"url": "https://u.example"}) == "https://u.example"
    claims = [
        {"sources": [{"publisher": "B", "title": "x"}, {"title": "A"}]},
        {"sources": [{"publisher": "B"}]},
    ]
    assert claimants(claims) == ["A", "B"]


@pytest.mark.skipif(not HAVE_FREEZER, reason=NO_FREEZER)
def test_the_real_freezers_claimant_is_named_alike_on_the_page_and_in_the_export(tmp_path):
    out = freezer_build(tmp_path / "out")
    page = _page_claimed((out / "graph.html").read_text(encoding="utf-8"))
    exported = _export_claimed(out, tmp_path / "csv")
    assert page == exported and "xpmethod, Columbia University" in page
