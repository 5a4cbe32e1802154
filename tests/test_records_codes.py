"""Codes of fixed width that a spreadsheet saved as numbers, their leading zeros gone ("070" as
"70", "0900" as "900"): the same agencies, offices and firms as from the file as downloaded."""

import records_support as rs

from graphkit.extractors.tables import Row
from graphkit.extractors.usaspending_rows import code


def _offices(tmp_path, name: str, agency: str, sub_agency: str, cage: str):
    rows = rs.prime_rows()[:2]
    for row in rows:
        row |= {"awarding_agency_code": agency, "awarding_agency_name": "Department of Testing"}
        row |= {"awarding_sub_agency_code": sub_agency, "cage_code": cage}
        row["awarding_sub_agency_name"] = "Test Sub Agency"
    # an office known by its agency's code, its sub-agency not named
    rows[1] |= {"awarding_sub_agency_code": "", "awarding_sub_agency_name": ""}
    rows[1]["awarding_office_name"] = "TEST OFFICE BETA"
    path = rs.write_rows(tmp_path / f"Contracts_PrimeAwardSummaries_{name}.csv", rows)
    result = rs.build_with(("usaspending", path))
    assert not result.problems
    facts = sorted((r.subject, r.relation, r.object) for r in result.relationships)
    ids = {e.id: dict(e.identifiers) for e in result.registry if e.identifiers}
    return facts, ids


OFFICES = ("alpha-0900", "beta-012")  # each office's id ends in its scope's code


def test_codes_without_their_leading_zeros_give_the_same_entities(tmp_path):
    """Each office under "900" or "12" was a new office apart from the same one under "0900"
    or "012", with exit 0, and a CAGE code "1234" no code: its firm was known by name alone."""
    written = _offices(tmp_path, "written", "012", "0900", "01234")
    stripped = _offices(tmp_path, "stripped", "12", "900", "1234")
    assert stripped == written
    facts, ids = written
    assert {("west-publishing", "supplies", f"test-office-{office}") for office in OFFICES} <= set(
        facts
    )
    assert ids["west-publishing"]["cage"] == "01234"


def test_only_a_number_shorter_than_its_column_gets_its_zeros_back():
    row = Row(2, {"awarding_agency_code": "70", "awarding_sub_agency_code": "97AS"})
    row.cells |= {"funding_sub_agency_code": "900", "subawardee_duns": "7901598"}
    row.cells |= {"awarding_agency_code_2": "1601", "recipient_duns": "1234567890"}
    assert code(row, "awarding_agency_code") == "070"
    assert code(row, "awarding_sub_agency_code") == "97AS"
    assert code(row, "funding_sub_agency_code") == "0900"
    assert code(row, "subawardee_duns") == "007901598"
    assert code(row, "recipient_duns") == "1234567890"
