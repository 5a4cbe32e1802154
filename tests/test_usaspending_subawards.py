"""USAspending Subawards downloads: a subcontract names its prime award's agency, and a
sub-grant (an assistance Subawards download) says who passed a grant's money on to whom."""

from __future__ import annotations

import csv
from decimal import Decimal

import records_support as rs

from graphkit.query.named import bind_params, get_query, run

SUBGRANTS = rs.RECORDS / "subgrants.csv"
SUBS = rs.RECORDS / "subawards.csv"
PRIMES = rs.RECORDS / "prime_awards.csv"
ASSISTANCE = rs.RECORDS / "assistance_awards.csv"
FEMA_OFFICE = "fema-grant-programs-directorate-7022"


def _suppliers(result, agency: str) -> set[str]:
    query = get_query("suppliers")
    params = bind_params(result.graph, query, {"agency": agency})
    return {str(row[0]) for row in run(result.graph, query.text, params)}


def test_a_subawards_file_alone_names_the_prime_awards_agency():
    """Imported alone, a subcontracts file linked no agency: `suppliers -p agency=ICE` was
    empty though every row names ICE's office as the prime award's buyer."""
    result = rs.build_with(("usaspending", SUBS))
    assert "WEST PUBLISHING CORPORATION" in _suppliers(result, "ICE")
    [prime] = [r for r in rs.relationships(result, "supplies", "west-publishing") if not r.role]
    assert prime.amount is None  # the prime's figure is its own record's to state
    assert prime.contract == "cont-awd-test0001-7012-none-none"
    assert {c.locator for c in prime.citations} == {"TEST0001"}
    # the fixture's fifth row names no subawardee, as before
    assert [p[1:3] for p in rs.problems(result)] == [(5, "subawardee_name")]
    assert not result.violations


def test_with_its_prime_award_file_the_prime_is_one_undisputed_relationship():
    """The subaward rows' statement of the prime award (its buyer, ICE, the office's agency,
    and no figure) agrees with the prime award's own rows: it disputes nothing they say (the
    two figures the prime file gives the award, a modification's, are its only dispute)."""
    result = rs.build_with(("usaspending", PRIMES), ("usaspending", SUBS))
    [prime] = [
        r
        for r in rs.relationships(result, "supplies", "west-publishing")
        if r.contract == "cont-awd-test0001-7012-none-none"
    ]
    assert prime.amount == Decimal("1500.00") and prime.disputed_fields == ["amount"]
    files = {
        c.where.file.rsplit("/", 1)[-1]: claim.object
        for claim in prime.claims
        for c in claim.citations
    }
    assert files == {"prime_awards.csv": "test-office-alpha-7012", "subawards.csv": "ice"}


def test_a_subcontract_under_an_award_another_department_pays_for_names_the_payer(tmp_path):
    with open(SUBS, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    gsa = {
        "prime_award_awarding_agency_code": "047",
        "prime_award_awarding_agency_name": "General Services Administration",
        "prime_award_awarding_sub_agency_code": "4732",
        "prime_award_awarding_sub_agency_name": "Federal Acquisition Service",
        "prime_award_awarding_office_code": "47QFCA",
        "prime_award_awarding_office_name": "GSA/FAS AAS REGION 3",
        "prime_award_funding_agency_code": "070",
        "prime_award_funding_agency_name": "Department of Homeland Security (DHS)",
        "prime_award_funding_sub_agency_code": "7012",
        "prime_award_funding_sub_agency_name": "U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT",
        "prime_award_funding_office_code": "70CDCR",
        "prime_award_funding_office_name": "DETENTION COMPLIANCE AND REMOVALS",
    }
    path = rs.write_rows(tmp_path / "Contracts_Subawards_gsa.csv", [r | gsa for r in rows])
    result = rs.build_with(("usaspending", path))
    [funds] = rs.relationships(result, "funds", obj="west-publishing")
    assert funds.subject == "detention-compliance-and-removals-7012"
    assert funds.amount is None
    buyers = {r.object for r in rs.relationships(result, "supplies", "west-publishing")}
    assert {rs.label(result, b) for b in buyers} == {"GSA/FAS AAS REGION 3"}


def test_a_subgrant_says_who_passed_the_grant_on():
    """An assistance Subawards download was refused whole as "missing column(s)
    prime_award_piid": the state passing FEMA's grant to a city's police was not in the graph."""
    result = rs.build_with(("usaspending", SUBGRANTS))
    given = {
        (r.subject, r.object): (r.amount, r.role, str(r.start) if r.start else None)
        for r in rs.relationships(result, "funds")
    }
    assert given == {
        (FEMA_OFFICE, "state-of-testland"): (None, None, "2021-09-01"),
        ("state-of-testland", "city-of-brandle-falls"): (
            150000,
            "pass-through entity",
            "2022-03-15",
        ),
        ("state-of-testland", "orrick-county-sheriff-s-office"): (
            85000,
            "pass-through entity",
            "2022-04-01",
        ),
        ("bureau-of-justice-assistance-1550", "state-university-of-testland"): (
            None,
            None,
            "2023-03-01",
        ),
        ("state-university-of-testland", "center-for-policing-examples"): (
            30000,
            "pass-through entity",
            "2023-06-01",
        ),
    }
    [city] = rs.relationships(result, "funds", obj="city-of-brandle-falls")
    assert len(city.citations) == 1  # the repeated row is the same report
    assert [c.locator for c in city.citations] == ["EMWTEST0007"]
    types = {e.id: e.type for e in result.registry}
    assert types["state-of-testland"] == "GovernmentAgency"
    assert types["center-for-policing-examples"] == "AdvocacyGroup"
    assert types["state-university-of-testland"] == "ResearchOrganization"
    parts = {(r.subject, r.object) for r in rs.relationships(result, "partOf")}
    assert ("orrick-county-sheriff-s-office", "orrick-county") in parts
    assert rs.problems(result) == [] and not result.violations


def test_a_subgrant_file_with_its_prime_grants_states_each_grant_once():
    result = rs.build_with(("usaspending", ASSISTANCE), ("usaspending", SUBGRANTS))
    [grant] = rs.relationships(result, "funds", obj="state-university-of-testland")
    assert grant.subject == "bureau-of-justice-assistance-1550"
    assert grant.amount == 120000 and not grant.disputed
    # the subgrant file's row cites the same record (permalink and FAIN): one citation
    assert [c.locator for c in grant.citations] == ["15PBJATEST04"]


def test_a_subgrant_file_missing_a_column_names_its_kind(tmp_path):
    with open(SUBGRANTS, encoding="utf-8", newline="") as handle:
        rows = [
            {k: v for k, v in row.items() if k != "subawardee_name"}
            for row in csv.DictReader(handle)
        ]
    path = rs.write_rows(tmp_path / "Assistance_Subawards_cut.csv", rows)
    result = rs.build_with(("usaspending", path))
    [(_, line, field, message)] = rs.problems(result)
    assert (line, field) == (1, "subawardee_name")
    assert message == (
        "not a USAspending Subawards (assistance) download: missing column(s) subawardee_name"
    )


# A user's mapping of a Subawards download: each subawardee supplies the prime awardee, cited
# by the row's permalink, which is the prime award's.
SUBAWARDS_MAPPING = """\
subject: {column: subawardee_name, type: Company}
relation: supplies
object: {column: prime_awardee_name, type: Company}
qualifiers:
  amount: subaward_amount
  currency: {value: USD}
  contract: prime_award_piid
  start: subaward_action_date
  role: {value: subcontractor}
citation:
  url: usaspending_permalink
  locator: "{prime_award_piid} subaward {subaward_number}"
"""


def test_a_mapped_subawards_file_keeps_each_subcontractor(tmp_path):
    """A fact citing an award whose buyer is a firm states a subcontract under it, not the
    award. Mapped, every subcontract of one prime award (its PIID, its permalink) was read as
    that award: one relationship, the first subcontractor its supplier and the others competing
    claims to hold it, so `query suppliers` lost them, with exit 0 (the real subawards file
    kept 71 of its 153 subcontracts). With the prime award file the award is still its own."""
    with open(SUBS, encoding="utf-8", newline="") as handle:
        first = next(csv.DictReader(handle))
    others = [("TEST SECOND SUB INC", "TESTSECOND01", "75.00"), ("TEST THIRD SUB", "", "5.00")]
    rows = [first] + [
        first | {"subawardee_name": name, "subawardee_uei": uei, "subaward_amount": amount}
        for name, uei, amount in others
    ]
    rs.write_rows(tmp_path / "awards.csv", rows)
    (tmp_path / "awards.yaml").write_text("data: awards.csv\n" + SUBAWARDS_MAPPING)
    prime = rs.write_rows(tmp_path / "Contracts_PrimeAwardSummaries_1.csv", rs.prime_rows()[:1])
    for sources in ([], [("usaspending", prime)]):
        result = rs.build_with(("mapping", tmp_path / "awards.yaml"), *sources)
        subs = rs.relationships(result, "supplies", obj="west-publishing")
        assert sorted((r.subject, r.amount, r.disputed) for r in subs) == [
            ("test-second-sub", Decimal("75.00"), False),
            ("test-subcontractor", Decimal("300.00"), False),
            ("test-third-sub", Decimal("5.00"), False),
        ]
        assert {r.contract for r in subs} == {
            "cont-awd-test0001-7012-none-none" if sources else "test0001"
        }
        assert not rs.problems(result)
    [award] = rs.relationships(result, "supplies", "west-publishing", "test-office-alpha-7012")
    assert not award.disputed and award.amount == Decimal("1000.50")


def test_a_sam_era_download_shows_a_subawards_later_report(tmp_path):
    """Downloads since subaward reporting moved to SAM (2025) say when a report was last
    changed in subaward_sam_report_last_modified_date: read by FSRS's column name alone, two
    reports of one subaward of one date were told apart by their content alone, and the
    earlier report's figure could be shown, with exit 0."""
    rows = rs.table_rows(rs.RECORDS / "subawards.csv")[:1] * 2
    rows = [dict(row) for row in rows]
    reports = (("300.00", "2025-06-01"), ("250.00", "2025-05-01"))  # the later corrects
    for row, (amount, changed) in zip(rows, reports, strict=True):
        row["subaward_sam_report_id"] = row.pop("subaward_fsrs_report_id")
        row.pop("subaward_fsrs_report_last_modified_date")
        row |= {"subaward_amount": amount, "subaward_sam_report_last_modified_date": changed}
    path = rs.write_rows(tmp_path / "Contracts_Subawards_1.csv", rows)
    for ordered in (path, rs.write_rows(tmp_path / "reversed.csv", rows[::-1])):
        result = rs.build_with(("usaspending", ordered))
        [sub] = [r for r in rs.relationships(result, "supplies") if r.role == "subcontractor"]
        assert sub.amount == Decimal("300.00")
        assert sub.disputed_fields == ["amount"]


def _reports(tmp_path, reports: list[tuple[str, str, str]]):
    """A subawards file of one subaward (SUB-1 of TEST0001) reported as (date, amount,
    report id), built with the prime awards file."""
    first = rs.table_rows(SUBS)[0]
    rows = [
        first
        | {
            "subaward_action_date": day,
            "subaward_amount": amount,
            "subaward_fsrs_report_id": report,
        }
        for day, amount, report in reports
    ]
    path = rs.write_rows(tmp_path / "Contracts_Subawards_1.csv", rows)
    result = rs.build_with(("usaspending", PRIMES), ("usaspending", path))
    return result, [r for r in rs.relationships(result, "supplies") if r.role == "subcontractor"]


def test_a_subawards_reports_are_its_actions_each_with_its_figure(tmp_path):
    """Each report in force is an action of the subaward, of its own date and amount; reports
    that repeat a date and amount are one action filed again. Read as corrections, two
    reports of one date and two amounts were one disputed fact showing one figure."""
    result, subs = _reports(
        tmp_path,
        [
            ("2021-09-26", "43294.99", "R-1"),
            ("2021-09-26", "442174.08", "R-2"),
            ("2021-10-26", "9357.39", "R-3"),
            ("2021-10-26", "9357.39", "R-4"),  # filed again in a later month
        ],
    )
    assert sorted((str(r.start), r.amount, r.disputed) for r in subs) == [
        ("2021-09-26", Decimal("43294.99"), False),
        ("2021-09-26", Decimal("442174.08"), False),
        ("2021-10-26", Decimal("9357.39"), False),
    ]
    [refiled] = [r for r in subs if r.amount == Decimal("9357.39")]
    assert sorted(c.locator for c in refiled.citations) == [
        "TEST0001 subaward SUB-1 (report R-3)",
        "TEST0001 subaward SUB-1 (report R-4)",
    ]
    # single-source tells the rows apart by their figures and dates, after its other columns
    query = get_query("single-source")
    rows = [
        [str(value) if value is not None else "" for value in row]
        for row in run(result.graph, query.text, {})
        if str(row[0]) == "TEST SUBCONTRACTOR LLC" and str(row[1]) == "supplies"
    ]
    # (its last column, amounts, lists each source's figure only where they give it apart;
    # product, before it, names none here)
    assert sorted(row[-6:-1] for row in rows) == [
        ["43294.99", "USD", "2021-09-26", "2021-09-26", ""],
        ["442174.08", "USD", "2021-09-26", "2021-09-26", ""],
        ["9357.39", "USD", "2021-10-26", "2021-10-26", ""],
    ]


def test_one_report_given_twice_with_two_figures_is_one_amended_report(tmp_path):
    """The same report id in two rows (two downloads joined, the later holding the report as
    amended) is one report: its figures are claims of one fact, not two actions."""
    _, subs = _reports(tmp_path, [("2021-09-26", "100.00", "R-1"), ("2021-09-26", "180.00", "R-1")])
    [sub] = subs
    assert sub.disputed_fields == ["amount"]


def test_a_subaward_s_action_is_dated_to_its_day(tmp_path):
    """A row gives the day a subaward's action was made, and no end: the action was a supply
    with a start alone, which runs on, so that a subcontract of 2015 under a prime award of
    that year counted under a parent its buyer joined in 2021 (`suppliers`, `customers`). It
    is dated to its day, start and end, whatever the prime award's own period."""
    rows = [dict(row) for row in rs.table_rows(SUBS) if row["subawardee_name"]][:2]
    rows[0].update(
        subaward_action_date="2015-08-03",
        prime_award_period_of_performance_current_end_date="2015-12-31",
    )
    rows[1].update(subaward_action_date="2021-04-01", subaward_number="SUB-9")
    result = rs.build_with(("usaspending", rs.write_rows(tmp_path / "subawards.csv", rows)))
    subs = rs.relationships(result, "supplies", obj="west-publishing")
    dated = sorted((str(r.start), str(r.end)) for r in subs)
    assert dated == [("2015-08-03", "2015-08-03"), ("2021-04-01", "2021-04-01")]


def test_a_subgrant_is_dated_to_its_day_as_a_subcontract_is():
    """A sub-grant's row gives the day its action was made and no period: the money passed on
    had a start alone, so it ran on and met every later year a group's test of its parties'
    years asked about. It is dated to its day, start and end, and its parent is the row's in that year, as a
    subcontract's row gives them."""
    result = rs.build_with(("usaspending", SUBGRANTS))
    passed = [r for r in rs.relationships(result, "funds") if r.role == "pass-through entity"]
    assert sorted((r.object, str(r.start), str(r.end)) for r in passed) == [
        ("center-for-policing-examples", "2023-06-01", "2023-06-01"),
        ("city-of-brandle-falls", "2022-03-15", "2022-03-15"),
        ("orrick-county-sheriff-s-office", "2022-04-01", "2022-04-01"),
    ]
    [parent] = rs.relationships(result, "partOf", obj="orrick-county")
    assert (str(parent.start), str(parent.end)) == ("2022", "2022")
