"""A parent's `customers` hold a subsidiary's facts only within the years the
subsidiary was part of it: West Publishing's award of 2015 under Reuters News & Media, its award
of 2020 under Thomson Reuters (Markets). Each parent listed every fact of West's, with exit 0.
A fact without dates, or a tie without years, is still listed, and `undated_tie` says so."""

from __future__ import annotations

import pytest
from records_support import (
    DATASETS,
    cli_build,
    prime_rows,
    write_rows,
)
from remote_parity import assert_virtuoso_answers_as_locally
from support import REPO, invoke, query_rows

REUTERS = "REUTERS NEWS & MEDIA INC"
MARKETS = "THOMSON REUTERS (MARKETS) LLC"
WEST = "WEST PUBLISHING CORPORATION"

# West's own subcontractors (a sheet of its purchases): one while Reuters News & Media was its
# parent, one while Thomson Reuters (Markets) was, one of no date.
PURCHASES = (
    "vendor,buyer,start,end\n"
    "Gamma Couriers Inc,WEST PUBLISHING CORPORATION,2015-06-01,2015-11-30\n"
    "Delta Binding LLC,WEST PUBLISHING CORPORATION,2020-06-01,2020-09-30\n"
    "Epsilon Paper Co,WEST PUBLISHING CORPORATION,,\n"
)
PURCHASES_MAP = (
    "data: purchases.csv\n"
    "subject: {column: vendor, type: Company}\n"
    "relation: supplies\n"
    "object: {column: buyer, type: Company}\n"
    "qualifiers: {start: start, end: end}\n"
    "citation:\n"
    "  source: {url: 'https://west.example/purchases.csv', title: West purchases}\n"
    "  locator: 'row {vendor}'\n"
)
# A tracker's undated word that West supplies an office.
UNDATED = "vendor,office\nWEST PUBLISHING CORPORATION,TEST OFFICE BETA\n"
UNDATED_MAP = (
    "data: undated.csv\n"
    "subject: {column: vendor, type: Company}\n"
    "relation: supplies\n"
    "object: {column: office, type: GovernmentAgency, scope: {value: '7012'}}\n"
    "citation:\n"
    "  source: {url: 'https://tracker.example/west.csv', title: Tracker}\n"
    "  locator: 'row {office}'\n"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """West's award TEST0002 of 2015 naming Reuters News & Media, TEST0001 of 2020 naming
    Thomson Reuters (Markets), its purchases and an undated supply."""
    folder = tmp_path_factory.mktemp("parent-years")
    rows = prime_rows()
    early, late = dict(rows[1]), dict(rows[0])
    early.update(
        recipient_parent_name=REUTERS,
        period_of_performance_start_date="2015-03-05",
        period_of_performance_current_end_date="2015-12-31",
        award_base_action_date="2015-03-05",
        award_latest_action_date="2015-12-31",
    )
    prime = write_rows(folder / "prime.csv", [early, late])
    (folder / "purchases.csv").write_text(PURCHASES, encoding="utf-8")
    (folder / "purchases.yaml").write_text(PURCHASES_MAP, encoding="utf-8")
    (folder / "undated.csv").write_text(UNDATED, encoding="utf-8")
    (folder / "undated.yaml").write_text(UNDATED_MAP, encoding="utf-8")
    out = folder / "out"
    result = cli_build(
        out,
        ("usaspending", prime),
        ("mapping", folder / "purchases.yaml"),
        ("mapping", folder / "undated.yaml"),
    )
    assert result.exit_code == 0, result.stderr
    return out


def _customers(out, company: str) -> list[tuple[str, ...]]:
    rows = query_rows("customers", out / "graph.ttl", company=company)
    return [(r["customer"], r["start"], r["undated_tie"]) for r in rows]


def test_a_parent_s_customers_are_its_subsidiary_s_of_its_years(built):
    assert _customers(built, REUTERS) == [
        ("TEST OFFICE ALPHA", "2015-03-05", "false"),
        ("TEST OFFICE BETA", "", "true"),
    ]
    assert _customers(built, MARKETS) == [
        ("TEST OFFICE ALPHA", "2020-01-15", "false"),
        ("TEST OFFICE BETA", "", "true"),
    ]
    # The firm itself lists all of its own, none marked.
    assert _customers(built, WEST) == [
        ("TEST OFFICE ALPHA", "2015-03-05", "false"),
        ("TEST OFFICE ALPHA", "2020-01-15", "false"),
        ("TEST OFFICE BETA", "", "false"),
    ]


def test_the_table_shows_the_mark_only_where_a_row_sets_it(built):
    graph = str(built / "graph.ttl")
    west = invoke("query", "customers", "-p", f"company={WEST}", "--graph", graph)
    assert "undated_tie" not in west.stdout.splitlines()[0]
    reuters = invoke("query", "customers", "-p", f"company={REUTERS}", "--graph", graph, "--wide")
    # --wide too: `claimed`, which no row sets, is left out there as well
    assert reuters.stdout.splitlines()[0].split()[-1] == "undated_tie"


@pytest.mark.server
def test_virtuoso_answers_the_parent_years_as_oxigraph_does(built, tmp_path_factory):
    calls = [["customers", "-p", f"company={c}"] for c in (REUTERS, MARKETS, WEST)]
    assert_virtuoso_answers_as_locally(built / "graph.ttl", tmp_path_factory.mktemp("v"), calls)


FREEZER = DATASETS / "torn-apart" / "freezer.csv"
ICE_PRIME = DATASETS / "usaspending" / "Contracts_PrimeAwardSummaries_ICE_MN_dev.csv"


@pytest.mark.skipif(
    not (ICE_PRIME.is_file() and FREEZER.is_file()),
    reason="../shared/datasets (the ICE download and Torn Apart's freezer) is not here",
)
def test_west_publishing_s_parents_on_the_real_files(tmp_path):
    out = tmp_path / "out"
    mapping = REPO / "examples" / "torn-apart-freezer.yaml"
    result = cli_build(out, ("usaspending", ICE_PRIME), ("mapping", mapping))
    assert result.exit_code == 0, result.stderr
    counts = {
        parent: len(_customers(out, parent))
        for parent in (WEST, REUTERS, MARKETS, "THE THOMSON COMPANY INC")
    }
    # Awards begun 2004 to 2017 under Reuters News & Media; those running in 2017 to 2021
    # under Thomson Reuters (Markets); the award of 2024 under The Thomson Company.
    assert counts == {WEST: 53, REUTERS: 49, MARKETS: 7, "THE THOMSON COMPANY INC": 1}
