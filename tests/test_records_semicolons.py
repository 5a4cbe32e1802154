"""Tables a spreadsheet saved where the comma is the decimal mark: "CSV" with semicolons between
the cells and amounts as "1.234.567,89" or "1 234 567,89". Each was refused whole ("the header
has 1 column", or, with Excel's `sep=;` line, "save it with ','"); they are read, and an amount
that may be read two ways is refused at its line and column, never read wrong."""

from decimal import Decimal

import pytest
import records_support as rs
from support import build_with_facts

from graphkit.extractors.decimal_comma import Ambiguous, comma_decimal


def _orders(tmp_path, rows: str):
    result = rs.build_with(("mapping", rs.mapping_of(tmp_path, rows, rs.CITY_ORDERS)))
    supplied = rs.relationships(result, obj="city-of-springfield")
    return result, sorted((r.subject, r.amount) for r in supplied)


def test_a_mapped_sheet_with_semicolons_reads_its_decimal_commas(tmp_path):
    rows = (
        "Vendor;Amount;PO\n"
        "Acme Analytics Inc;1.234.567,89;PO-1\n"
        "Beta Corp;1 234,50;PO-2\n"
        "Gamma LLC;100,5;PO-3\n"
        'Delta Inc;"€ 2.500,00";PO-4\n'
        "Epsilon Inc;1,234;PO-5\n"
    )
    spec = rs.CITY_ORDERS.replace("currency: {value: USD}", "currency: {value: EUR}")
    result = rs.build_with(("mapping", rs.mapping_of(tmp_path, rows, spec)))
    supplied = rs.relationships(result, obj="city-of-springfield")
    assert sorted((r.subject, r.amount) for r in supplied) == [
        ("acme-analytics", Decimal("1234567.89")),
        ("beta", Decimal("1234.50")),
        ("delta", Decimal("2500.00")),
        ("gamma", Decimal("100.5")),
    ]
    # 1,234 is 1.234 as the file writes decimals, or 1234 as the US writes thousands
    assert rs.problems(result) == [
        (
            "awards.csv",
            6,
            "Amount",
            "'1,234' may be 1234 or 1.234: in a table saved with semicolons a comma is the "
            "decimal mark and a point separates thousands, yet a table may hold amounts "
            "written either way, and money is not counted in thousandths; write it 1234 if it "
            "is thousands, or with two decimal places (1,23)",
        )
    ]


def test_excel_sep_line_naming_semicolons_is_read(tmp_path):
    """Excel's first line `sep=;` was refused as a separator other than commas."""
    result, supplied = _orders(tmp_path, "sep=;\nVendor;Amount;PO\nAcme Analytics Inc;12,50;PO-1\n")
    assert supplied == [("acme-analytics", Decimal("12.50"))]
    assert rs.problems(result) == rs.warnings(result) == []


def test_a_comma_separated_sheet_keeps_its_commas_as_thousands(tmp_path):
    result, supplied = _orders(tmp_path, 'Vendor,Amount,PO\nAcme Analytics Inc,"1,250",PO-1\n')
    assert supplied == [("acme-analytics", Decimal("1250"))]


def test_a_usaspending_download_resaved_with_semicolons_imports(tmp_path):
    rows = rs.prime_rows()[:3]
    rows[0]["total_obligated_amount"] = "1.000,50"
    rows[1]["total_obligated_amount"] = "250,00"
    rows[2]["total_obligated_amount"] = "42.000.000,00"
    path = rs.write_rows(tmp_path / "Contracts_PrimeAwardSummaries_1.csv", rows, delimiter=";")
    result = rs.build_with(("usaspending", path))
    assert rs.problems(result) == []
    amounts = sorted(r.amount for r in rs.relationships(result, "supplies") if r.contract)
    assert amounts == [Decimal("250.00"), Decimal("1000.50"), Decimal("42000000.00")]


FACTS = "subject;relation;object;amount;currency;url;title;locator\n"


def test_a_fact_table_saved_with_semicolons_reads_and_refuses_what_reads_two_ways(tmp_path):
    rows = (
        "microsoft;supplies;hsi;1.500.000,00;USD;https://example.org/a;A title;p1\n"
        "palantir;supplies;ice;12.500;EUR;https://example.org/b;B title;p2\n"
    )
    ran, report = build_with_facts(tmp_path, {"f.csv": FACTS + rows})
    assert ran.exit_code == 1  # an entry skipped, said; the rest built
    [skipped] = report["skipped"]
    assert (skipped["line"], skipped["field"]) == (3, "amount")
    assert skipped["message"].startswith("'12.500' may be 12500 or 12.500:")
    graph = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "tg:amount 1500000.0 ;" in graph


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("1.234.567,89", "1234567.89"),
        ("1 234 567,89", "1234567.89"),
        ("1\u00a0234,5", "1234.5"),
        ("-1.234,50 EUR", "-1234.50 EUR"),
        ("(1.234,50)", "(1234.50)"),
        ("0,125", "0.125"),
        ("1.234.567", "1234567"),
        ("1,234.50", "1,234.50"),  # the US's way: one reading, left to the reader
        ("1.5", "1.5"),
    ],
)
def test_decimal_comma_amounts(written, read):
    assert comma_decimal(written) == read


@pytest.mark.parametrize("written", ["1,234", "1.234", "$12,500", "1.23,4", "1 23,5"])
def test_an_amount_that_reads_two_ways_or_none_is_refused(written):
    with pytest.raises(Ambiguous):
        comma_decimal(written)


def test_a_sheet_saved_with_semicolons_writes_its_dates_day_first(tmp_path):
    """Where the comma is the decimal mark (France, Spain, Italy, Brazil) dates are written day
    first: 05/07/2021 of such a sheet was read as 7 May, with exit 0."""
    spec = rs.CITY_ORDERS.replace("currency: {value: USD}}", "currency: {value: USD}, start: Date}")
    rows = "Vendor;Amount;PO;Date\nAcme Analytics Inc;12,50;PO-1;05/07/2021\n"
    result = rs.build_with(("mapping", rs.mapping_of(tmp_path, rows, spec)))
    [order] = rs.relationships(result, obj="city-of-springfield")
    assert str(order.start) == "2021-07-05"
    [(_, line, field, message)] = rs.warnings(result)
    assert (line, field) == (2, "Date")
    assert "saved with semicolons" in message
    # a date that can only be month first says how the sheet writes them
    rows += "Beta Corp;1,00;PO-2;07/25/2021\n"
    result = rs.build_with(("mapping", rs.mapping_of(tmp_path, rows, spec)))
    starts = sorted(str(r.start) for r in rs.relationships(result, obj="city-of-springfield"))
    assert starts == ["2021-05-07", "2021-07-25"]
