"""A mapping's date made of a row's cells (`start: {value: "{Year}-01-01"}`) that gives no
date: said once for the file, naming the qualifier and counting the rows. Each row was reported
apart naming no field ("'-01-01' is not a date"), and skipped, its fact lost where the row had
only no year to give."""

from __future__ import annotations

import records_support as rs

SPEC = (
    "subject: {column: Vendor, type: Company}\nrelation: supplies\n"
    "object: {value: City of Springfield, type: GovernmentAgency}\n"
    "qualifiers: {amount: Amount, currency: {value: USD}, start: {value: '{Year}-{Month}'}}\n"
    "citation:\n  source: {url: 'https://springfield.example/po.csv', title: POs}\n"
    "  locator: 'PO {PO}'\n"
)


def _built(tmp_path, rows: str):
    table = "Vendor,Amount,Year,Month,PO\n" + rows
    return rs.build_with(("mapping", rs.mapping_of(tmp_path, table, SPEC)))


def _starts(result) -> list[tuple[str, str | None]]:
    supplied = rs.relationships(result, "supplies", obj="city-of-springfield")
    return sorted((r.subject, r.start and str(r.start)) for r in supplied)


def test_rows_whose_template_cells_are_empty_keep_their_facts_said_once(tmp_path):
    result = _built(
        tmp_path,
        "Acme Analytics Inc,100,2021,03,PO-1\nBeta Corp,200,,,PO-2\n"
        "Gamma Corp,300,,,PO-3\nDelta Corp,400,N/A,N/A,PO-4\nEpsilon Corp,500,2022,11,PO-5\n",
    )
    assert rs.problems(result) == []
    assert _starts(result) == [
        ("acme-analytics", "2021-03"),
        ("beta", None),
        ("delta", None),
        ("epsilon", "2022-11"),
        ("gamma", None),
    ]
    assert rs.warnings(result) == [
        (
            "awards.csv",
            3,
            "start",
            "qualifier start: '{Year}-{Month}' gives no date on 3 rows (lines 3, 4, 5), whose "
            "Year and Month are empty or say none: their facts are kept without a start",
        )
    ]


def test_rows_whose_template_makes_no_date_are_skipped_said_once(tmp_path):
    rows = "".join(f"Vendor {n},100,20{n}1,13,PO-{n}\n" for n in range(1, 8))
    result = _built(tmp_path, "Acme Analytics Inc,100,2021,03,PO-0\n" + rows)
    assert _starts(result) == [("acme-analytics", "2021-03")]
    assert rs.problems(result) == [
        (
            "awards.csv",
            3,
            "start",
            "qualifier start: '{Year}-{Month}' gives no date on 7 rows (lines 3, 4, 5, 6, 7 "
            "and 2 more) (line 3: '2011-13' has no month 13); they are skipped",
        )
    ]
