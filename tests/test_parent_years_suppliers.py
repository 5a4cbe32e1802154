"""A group's `suppliers` hold a member's purchases only within the years it was part of the
group, as its `customers` hold its sales: West Publishing's subcontracts of 2015 under Reuters
News & Media, its parent then, its subcontract of 2021 under Thomson Reuters (Markets); the
Federal Protective Service's purchase of 2008 under ICE, its parent until 2009, its purchase of
2012 under the directorate it moved to. Each group listed every purchase of its member, with
exit 0; `contracts` too. A purchase of no date is listed, and `undated_tie` says it could not
be tested."""

from __future__ import annotations

import pytest
from records_support import RECORDS, cli_build, prime_rows, table_rows, write_rows
from remote_parity import assert_virtuoso_answers_as_locally
from support import invoke, query_rows

REUTERS = "REUTERS NEWS & MEDIA INC"
MARKETS = "THOMSON REUTERS (MARKETS) LLC"
WEST = "WEST PUBLISHING CORPORATION"
ICE = "U.S. Immigration and Customs Enforcement"
FPS = "Federal Protective Service"
NPPD = "National Protection and Programs Directorate"

# The Federal Protective Service was part of ICE from 2003 to 2009, then of NPPD.
TIES = f"unit,parent,start,end\n{FPS},{ICE},2003,2009\n{FPS},{NPPD},2010,\n"
TIES_MAP = (
    "data: ties.csv\n"
    "subject: {column: unit, type: GovernmentAgency}\n"
    "relation: partOf\n"
    "object: {column: parent, type: GovernmentAgency}\n"
    "qualifiers: {start: start, end: end}\n"
    "citation:\n"
    "  source: {url: 'https://registry.example/units.csv', title: Units}\n"
    "  locator: 'row {unit} {parent}'\n"
)
ORDERS = (
    "vendor,office,start,end\n"
    f"Kappa Guard Services Inc,{FPS},2008-02-01,2008-12-31\n"
    f"Lambda Locks LLC,{FPS},2012-05-01,\n"
    f"Mu Radio Corp,{FPS},,\n"
)
ORDERS_MAP = (
    "data: orders.csv\n"
    "subject: {column: vendor, type: Company}\n"
    "relation: supplies\n"
    "object: {column: office, type: GovernmentAgency}\n"
    "qualifiers: {start: start, end: end}\n"
    "citation:\n"
    "  source: {url: 'https://orders.example/fps.csv', title: FPS orders}\n"
    "  locator: 'row {vendor}'\n"
)
EARLY, LATE = ("2015-03-05", "2015-12-31"), ("2021-01-15", "2022-12-31")
ASKED = (REUTERS, MARKETS, WEST, ICE, NPPD, FPS)


def _prime_award(row: dict[str, str], key: str, day: str, end: str) -> dict[str, str]:
    return dict(
        row,
        contract_award_unique_key=f"CONT_AWD_{key}_7012_-NONE-_-NONE-",
        award_id_piid=key,
        period_of_performance_start_date=day,
        period_of_performance_current_end_date=end,
        award_base_action_date=day,
        award_latest_action_date=day,
        usaspending_permalink=f"https://www.usaspending.gov/award/CONT_AWD_{key}_7012_-NONE-_-NONE-/",
    )


def _subaward(row: dict[str, str], key: str, prime: tuple[str, str], **cells: str) -> dict:
    """A subaward under the prime award `key`, which ran `prime` (its first and last day)."""
    unique = f"CONT_AWD_{key}_7012_-NONE-_-NONE-"
    return dict(
        row,
        prime_award_unique_key=unique,
        prime_award_piid=key,
        prime_award_base_action_date=prime[0],
        prime_award_latest_action_date=prime[0],
        prime_award_period_of_performance_start_date=prime[0],
        prime_award_period_of_performance_current_end_date=prime[1],
        usaspending_permalink=f"https://www.usaspending.gov/award/{unique}/",
        **cells,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """West's award TEST0002 of 2015 naming Reuters News & Media as its parent, TEST0001 of
    2021 naming Thomson Reuters (Markets); the subcontracts West reported under each (one of
    no date); the Federal Protective Service's ties and orders."""
    folder = tmp_path_factory.mktemp("parent-years-suppliers")
    late, early = prime_rows()[:2]
    early = dict(_prime_award(early, "TEST0002", *EARLY))
    early.update(recipient_parent_name=REUTERS, recipient_name=WEST)
    late = _prime_award(late, "TEST0001", *LATE)
    prime = write_rows(folder / "prime.csv", [early, late])
    first = table_rows(RECORDS / "subawards.csv")[0]
    subawards = write_rows(
        folder / "subawards.csv",
        [
            _subaward(first, "TEST0002", EARLY, subaward_number="SUB-1",
                      subaward_action_date="2015-08-03"),
            _subaward(first, "TEST0001", LATE, subaward_number="SUB-2",
                      subaward_action_date="2021-02-03", subawardee_name="NU PRINTING INC",
                      subawardee_uei="TESTNUPRINT1", subawardee_parent_uei="",
                      subawardee_parent_name=""),
            _subaward(first, "TEST0001", LATE, subaward_number="SUB-3",
                      subaward_action_date="", subawardee_name="XI COURIERS LLC",
                      subawardee_uei="TESTXICOUR01", subawardee_parent_uei="",
                      subawardee_parent_name=""),
        ],
    )  # fmt: skip
    for name, text in (
        ("ties.csv", TIES),
        ("ties.yaml", TIES_MAP),
        ("orders.csv", ORDERS),
        ("orders.yaml", ORDERS_MAP),
    ):
        (folder / name).write_text(text, encoding="utf-8")
    out = folder / "out"
    result = cli_build(
        out,
        ("usaspending", prime),
        ("usaspending", subawards),
        ("mapping", folder / "ties.yaml"),
        ("mapping", folder / "orders.yaml"),
    )
    assert result.exit_code == 0, result.stderr
    return out


def _suppliers(out, agency: str) -> list[tuple[str, ...]]:
    rows = query_rows("suppliers", out / "graph.ttl", agency=agency)
    return [(r["supplier"], r["buyer"], r["start"], r["undated_tie"]) for r in rows]


def test_a_parent_firm_s_suppliers_are_its_subsidiary_s_of_its_years(built):
    # Reuters News & Media was West's parent in 2015, Thomson Reuters (Markets) in 2021.
    assert _suppliers(built, REUTERS) == [
        ("TEST SUBCONTRACTOR LLC", WEST, "2015-08-03", "false"),
        ("XI COURIERS LLC", WEST, "", "true"),
    ]
    assert _suppliers(built, MARKETS) == [
        ("NU PRINTING INC", WEST, "2021-02-03", "false"),
        ("XI COURIERS LLC", WEST, "", "true"),
    ]
    # The firm itself lists all of its own, none marked.
    assert _suppliers(built, WEST) == [
        ("NU PRINTING INC", WEST, "2021-02-03", "false"),
        ("TEST SUBCONTRACTOR LLC", WEST, "2015-08-03", "false"),
        ("XI COURIERS LLC", WEST, "", "false"),
    ]


def test_an_agency_s_suppliers_are_its_unit_s_of_its_years(built):
    fps = [r for r in _suppliers(built, ICE) if r[1] == FPS]
    assert fps == [
        ("Kappa Guard Services Inc", FPS, "2008-02-01", "false"),
        ("Mu Radio Corp", FPS, "", "true"),
    ]
    # A purchase with a start and no end runs on: Lambda's of 2012 is NPPD's, not ICE's.
    assert _suppliers(built, NPPD) == [
        ("Lambda Locks LLC", FPS, "2012-05-01", "false"),
        ("Mu Radio Corp", FPS, "", "true"),
    ]
    assert len(_suppliers(built, FPS)) == 3


def test_a_parent_s_contracts_are_its_subsidiary_s_of_its_years(built):
    rows = query_rows("contracts", built / "graph.ttl", agency=REUTERS)
    assert [(r["supplier"], r["start"], r["undated_tie"]) for r in rows] == [
        ("TEST SUBCONTRACTOR LLC", "2015-08-03", "false"),
        ("XI COURIERS LLC", "", "true"),
    ]


def test_the_table_shows_the_mark_only_where_a_row_sets_it(built):
    graph = str(built / "graph.ttl")
    west = invoke("query", "suppliers", "-p", f"agency={WEST}", "--graph", graph)
    assert "undated_tie" not in west.stdout.splitlines()[0]
    reuters = invoke("query", "suppliers", "-p", f"agency={REUTERS}", "--graph", graph, "--wide")
    # --wide too: `claimed`, which no row sets, is left out there as well
    assert reuters.stdout.splitlines()[0].split()[-1] == "undated_tie"


def test_an_export_of_the_graph_file_keeps_the_marks_in_the_registry_graph(built, tmp_path):
    """The marks are the build's, in the registry graph: exported from graph.ttl (no named
    graphs), each was placed in the graph of every source citing its supply as well."""
    target = tmp_path / "from-ttl.nq"
    exported = invoke("export", "--format", "nquads", "-o", target, "--graph", built / "graph.ttl")
    assert exported.exit_code == 0, exported.stderr
    marks = [line for line in target.read_text(encoding="utf-8").splitlines() if "Outside>" in line]
    assert marks and all(line.endswith("/graph/registry> .") for line in marks)
    nquads = sorted((built / "graph.nq").read_text(encoding="utf-8").splitlines())
    assert target.read_text(encoding="utf-8").splitlines() == nquads


@pytest.mark.server
def test_virtuoso_answers_the_years_as_oxigraph_does(built, tmp_path_factory):
    calls = [["suppliers", "-p", f"agency={a}"] for a in ASKED]
    calls.append(["contracts", "-p", f"agency={REUTERS}"])
    assert_virtuoso_answers_as_locally(built / "graph.ttl", tmp_path_factory.mktemp("v"), calls)
