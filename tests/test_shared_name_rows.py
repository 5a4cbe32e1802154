"""A row that names, without an identifier, a firm whose name two registrations share (a
tracker's "MOTOROLA SOLUTIONS, INC." beside USAspending's two UEIs of it) is given to one of
them that nothing in the row chose: the build says so, as a warning naming both, where it
counted the tracker's awards as one registration's with exit 0 and no word."""

from __future__ import annotations

import json

from records_support import cli_build, mapping_of, prime_rows, write_rows

TRACKER = (
    "subject: {column: vendor, type: Company}\n"
    "relation: supplies\n"
    "object: {value: City of Springfield, type: GovernmentAgency}\n"
    "citation:\n"
    "  source: {url: 'https://tracker.example/vendors.csv', title: Tracker}\n"
    "  locator: 'row {n}'\n"
)


def _build(tmp_path, vendor_rows: str):
    rows = [r for r in prime_rows() if r["award_id_piid"] in ("TEST0001", "TEST0007")]
    prime = write_rows(tmp_path / "prime.csv", rows)
    mapping = mapping_of(tmp_path, "vendor,n\n" + vendor_rows, TRACKER)
    result = cli_build(tmp_path / "out", ("usaspending", prime), ("mapping", mapping))
    assert result.exit_code == 0, result.stderr
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    return result, [w for w in report["warnings"] if "firms the records tell apart" in w["message"]]


def test_a_row_naming_two_registrations_alike_without_an_identifier_is_said(tmp_path):
    result, warned = _build(tmp_path, "WEST PUBLISHING CORPORATION,1\nWest Publishing Corp,2\n")
    [warning] = warned
    assert warning["file"].endswith("awards.csv") and warning["line"] == 2
    message = warning["message"]
    assert message.startswith(
        "'WEST PUBLISHING CORPORATION' names 2 firms the records tell apart: "
    )
    assert "(cage TST01, uei TESTWESTPUB1)" in message and "(uei TESTWESTPUB2)" in message
    assert "rows of this file (the first here)" in message
    assert "firms the records tell apart" in result.stderr


def test_a_name_one_firm_holds_alone_is_not_said(tmp_path):
    _result, warned = _build(tmp_path, "PALANTIR TECHNOLOGIES INC.,1\n")
    assert warned == []
