"""A USAspending file whose user deleted a sub-agency code column (or emptied it) names its
offices as the unedited download does: an office is known by its sub-agency's code, and an
office read by its sub-agency's name was a second entity in a project holding both files."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import records_support as rs

OFFICES = rs.RECORDS / "prime_awards_offices.csv"
SUBS = rs.RECORDS / "subawards.csv"
CODES = ("awarding_sub_agency_code", "funding_sub_agency_code")
AT_ICE = "test-office-of-procurement-operations-7012"
AT_CBP = "test-office-of-procurement-operations-7014"


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _without(rows: list[dict[str, str]], path: Path, *columns: str) -> Path:
    """`rows` written to `path` without `columns`, as a user hides them in a spreadsheet."""
    return rs.write_rows(path, [{k: v for k, v in r.items() if k not in columns} for r in rows])


def _offices(result) -> dict[str, set[str]]:
    """Each office a recipient supplies by a record, with the recipients that supply it."""
    supplied: dict[str, set[str]] = {}
    for rel in rs.relationships(result, "supplies"):
        recorded = any(c.extractor == "usaspending" for c in rel.citations)
        if recorded and result.registry.get(rel.object).type == "GovernmentAgency":
            supplied.setdefault(rel.object, set()).add(rel.subject)
    return supplied


def test_offices_of_a_file_without_its_code_columns_are_the_unedited_files(tmp_path):
    edited = _without(_rows(OFFICES), tmp_path / "slim.csv", *CODES)
    unedited = _offices(rs.build_with(("usaspending", OFFICES)))
    result = rs.build_with(("usaspending", edited))
    assert _offices(result) == unedited
    assert {AT_ICE, AT_CBP} <= set(unedited)
    assert not result.problems and not result.violations
    assert rs.warnings(result) == [
        (
            "slim.csv",
            1,
            "awarding_sub_agency_code",
            "the file lacks awarding_sub_agency_code, the code an office is known by: each "
            "sub-agency's code is read from the file's other rows or its award keys (U.S. "
            "Customs and Border Protection: 7014, U.S. Immigration and Customs Enforcement: "
            "7012), so its offices are those of a download that has it",
        )
    ]


def test_a_project_with_the_edited_and_the_unedited_file_has_each_office_once(tmp_path):
    edited = _without(_rows(OFFICES), tmp_path / "slim.csv", *CODES)
    both = rs.build_with(("usaspending", OFFICES), ("usaspending", edited))
    alone = rs.build_with(("usaspending", OFFICES))
    assert _offices(both) == _offices(alone)
    assert len(rs.relationships(both, "supplies", obj=AT_CBP)) == 1


def test_a_code_emptied_on_some_rows_is_the_one_its_sub_agency_has_on_the_others(tmp_path):
    rows = _rows(OFFICES)
    rows[0]["awarding_sub_agency_code"] = ""  # ICE's first award; ICE's others keep 7012
    rows[0]["contract_award_unique_key"] = "CONT_IDV_TESTF001_7012"  # no code read from a key
    result = rs.build_with(("usaspending", rs.write_rows(tmp_path / "part.csv", rows)))
    assert rs.relationships(result, "supplies", "test-ice-vendor", AT_ICE)
    assert [w[:3] for w in rs.warnings(result)] == [("part.csv", 1, "awarding_sub_agency_code")]
    assert "is empty in awarding_sub_agency_code" in rs.warnings(result)[0][3]


def test_a_sub_agency_whose_code_the_file_does_not_show_keeps_its_name_and_says_so(tmp_path):
    """An IDV's key holds the code of the agency whose vehicle it is, not always the awarding
    one's: no code is read from it, and the office, known by its sub-agency's name, is said
    to stand apart from a coded file's."""
    rows = [r for r in _rows(OFFICES) if "7014" in r["contract_award_unique_key"]]
    rows[0]["contract_award_unique_key"] = "CONT_IDV_TESTF002_7001"
    result = rs.build_with(("usaspending", _without(rows, tmp_path / "idv.csv", *CODES)))
    offices = set(_offices(result))
    assert len(offices) == 1 and AT_CBP not in offices
    assert rs.warnings(result) == [
        (
            "idv.csv",
            2,
            "awarding_sub_agency_code",
            "the file lacks awarding_sub_agency_code, the code an office is known by, and no "
            "code of 'U.S. Customs and Border Protection' is in the file: its offices are known "
            "by its name, apart from the same offices read from a download that has the codes "
            "(download the file again to have the column)",
        )
    ]


def test_one_sub_agency_name_under_two_departments_keeps_each_departments_code(tmp_path):
    path = rs.RECORDS / "prime_awards_sub_agencies.csv"
    edited = _without(_rows(path), tmp_path / "slim.csv", *CODES)
    assert _offices(rs.build_with(("usaspending", edited))) == _offices(
        rs.build_with(("usaspending", path))
    )


def test_a_subawards_file_without_the_prime_awards_code_names_its_office_alike(tmp_path):
    rows = _rows(SUBS)
    for row in rows:
        row["prime_award_awarding_sub_agency_code"] = "7012"
        row["prime_award_awarding_office_name"] = "TEST OFFICE ALPHA"
    coded = rs.build_with(("usaspending", rs.write_rows(tmp_path / "coded.csv", rows)))
    codes = ("prime_award_awarding_sub_agency_code",)
    slim = rs.build_with(("usaspending", _without(rows, tmp_path / "slim.csv", *codes)))
    assert rs.relationships(coded, "supplies", "west-publishing", "test-office-alpha-7012")
    assert _offices(slim) == _offices(coded)
    assert [w[2] for w in rs.warnings(slim)] == ["prime_award_awarding_sub_agency_code"]


# --- the real download ---------------------------------------------------------------------------

REAL = rs.DATASETS / "usaspending" / "Contracts_PrimeAwardSummaries_UMN.csv"


@pytest.mark.skipif(not REAL.is_file(), reason="../shared/datasets/usaspending is not present")
def test_the_real_download_without_its_code_columns_names_the_same_offices(tmp_path):
    with open(REAL, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    edited = _without(rows, tmp_path / "slim.csv", *CODES)
    assert _offices(rs.build_with(("usaspending", edited))) == _offices(
        rs.build_with(("usaspending", REAL))
    )
