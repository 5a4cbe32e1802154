"""An award made by one agency for another (GSA's Federal Acquisition Service buying for ICE,
with ICE's money): the recipient supplies the awarding office, which the record names its
buyer, and the funding office, lost before, funds the recipient under the award."""

from __future__ import annotations

import records_support as rs

GSA = {
    "awarding_agency_code": "047",
    "awarding_agency_name": "General Services Administration",
    "awarding_sub_agency_code": "4732",
    "awarding_sub_agency_name": "Federal Acquisition Service",
    "awarding_office_code": "47QFCA",
    "awarding_office_name": "GSA/FAS AAS REGION 3",
}
FUNDED_BY_ICE = {
    "funding_agency_code": "070",
    "funding_agency_name": "Department of Homeland Security",
    "funding_sub_agency_code": "7012",
    "funding_sub_agency_name": "U.S. Immigration and Customs Enforcement",
    "funding_office_code": "70CDCR",
    "funding_office_name": "DETENTION COMPLIANCE AND REMOVALS",
}
OFFICE = "detention-compliance-and-removals-7012"


def _built(tmp_path, rows):
    path = rs.write_rows(tmp_path / "Contracts_PrimeAwardSummaries_funded.csv", rows)
    return rs.build_with(("usaspending", path))


def test_an_award_made_for_another_agency_says_whose_money_it_is(tmp_path):
    """ICE was nowhere in the graph of such an award: `show ICE` and the paths from it knew
    nothing of a firm ICE paid through GSA."""
    [row] = rs.prime_rows()[:1]
    result = _built(tmp_path, [row | GSA | FUNDED_BY_ICE])
    [supplies] = [r for r in rs.relationships(result, "supplies") if r.contract]
    assert supplies.subject == "west-publishing"
    assert rs.label(result, supplies.object) == "GSA/FAS AAS REGION 3"  # the buyer of record
    [funds] = rs.relationships(result, "funds", obj="west-publishing")
    assert funds.subject == OFFICE
    assert rs.label(result, funds.subject) == "DETENTION COMPLIANCE AND REMOVALS"
    # the same award, its dates, and no second figure: the amount is stated once
    assert funds.contract == supplies.contract
    assert (funds.start, funds.end) == (supplies.start, supplies.end)
    assert funds.amount is None and supplies.amount is not None
    assert [c.locator for c in funds.citations] == [c.locator for c in supplies.citations]
    # the funding office is placed under ICE, which the registry knows, within DHS
    assert [r.object for r in rs.relationships(result, "partOf", OFFICE)] == ["ice"]
    assert rs.problems(result) == []
    assert not result.violations


def test_an_award_funded_within_its_own_department_states_nothing_more(tmp_path):
    """A program office funding its department's contracting office (most of ICE's awards),
    or a closed-out award's closeout account, changes nothing: the buyer is already of the
    department, and "DHS CLOSEOUT INITIATIVE funds" each firm would be a wrong reading."""
    [row] = rs.prime_rows()[:1]
    result = _built(tmp_path, [row | FUNDED_BY_ICE])
    assert rs.relationships(result, "funds", obj="west-publishing") == []
    closeout = FUNDED_BY_ICE | {
        "funding_sub_agency_code": "7055",
        "funding_sub_agency_name": "Office of the Chief Procurement Officer",
        "funding_office_name": "DHS CLOSEOUT INITIATIVE",
    }
    result = _built(tmp_path, [row | closeout])
    assert rs.relationships(result, "funds", obj="west-publishing") == []


def test_departments_told_apart_by_name_where_codes_are_not_given(tmp_path):
    [row] = rs.prime_rows()[:1]
    unnumbered = {"awarding_agency_code": "", "funding_agency_code": ""}
    result = _built(tmp_path, [row | GSA | FUNDED_BY_ICE | unnumbered])
    assert [r.subject for r in rs.relationships(result, "funds")] == [OFFICE]
    result = _built(tmp_path, [row | FUNDED_BY_ICE | unnumbered])
    assert rs.relationships(result, "funds") == []


def test_rows_of_one_award_funded_elsewhere_are_one_funding_relationship(tmp_path):
    row = rs.prime_rows()[0] | GSA | FUNDED_BY_ICE
    later = row | {"award_latest_action_date": "2021-03-01"}
    result = _built(tmp_path, [row, later])
    [funds] = rs.relationships(result, "funds", obj="west-publishing")
    assert len(funds.citations) == 1


def test_funding_columns_retyped_in_a_spreadsheet_are_read(tmp_path):
    """A header retyped "Funding Agency Name" was no column the importer read: the award GSA
    made with ICE's money said nothing of ICE, with exit 0, while the awarding columns so
    retyped were read."""
    row = rs.prime_rows()[0] | GSA | FUNDED_BY_ICE
    retyped = {
        (column.replace("_", " ").title() if column.startswith("funding_") else column): text
        for column, text in row.items()
    }
    assert "Funding Agency Name" in retyped
    result = _built(tmp_path, [retyped])
    [funds] = rs.relationships(result, "funds", obj="west-publishing")
    assert funds.subject == OFFICE
    assert [r.object for r in rs.relationships(result, "partOf", OFFICE)] == ["ice"]


def test_a_funding_column_given_twice_is_refused(tmp_path):
    row = rs.prime_rows()[0] | GSA | FUNDED_BY_ICE
    twice = row | {"Funding Agency Name": "Department of Justice"}
    result = _built(tmp_path, [twice])
    [(name, line, field, message)] = rs.problems(result)
    assert (line, field) == (1, "Funding Agency Name")
    assert "is column 'funding_agency_name' (column 31) again" in message
    assert rs.relationships(result, "funds") == []
