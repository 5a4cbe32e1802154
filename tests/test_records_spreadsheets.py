"""Record files opened and saved again in a spreadsheet: a byte-order mark and CRLF line ends,
amounts written as accountants write them, long numbers saved in scientific notation, and a
total row at the end of the sheet."""

import csv
from decimal import Decimal

from records_support import (
    CITY_ORDERS,
    ENT,
    RECORDS,
    TG,
    build_with,
    decimal,
    mapping_of,
    other_warnings,
    prime_rows,
    problems,
    relationships,
    write_rows,
)

REWRITTEN = (
    "'1.23457E+11' is a number a spreadsheet saved in scientific notation: its last digits are "
    "lost, and with them which award it is; the row is skipped (format the column as text, or "
    "as a number with all its digits, and save the file again)"
)


def _city_contracts(tmp_path, rows: str):
    """The build of a city's sheet of orders (`rows`: Vendor, Amount, Contract No), and what
    it says each vendor supplies the city: (vendor, contract, amount), sorted."""
    spec = CITY_ORDERS.replace(
        "currency: {value: USD}}", "currency: {value: USD}, contract: Contract No}"
    )
    spec = spec.replace("PO {PO}", "contract {Contract No}")
    result = build_with(("mapping", mapping_of(tmp_path, rows, spec)))
    supplied = sorted(
        (r.subject, r.contract, r.amount) for r in relationships(result, obj="city-of-springfield")
    )
    return result, supplied


def test_a_download_saved_again_by_a_spreadsheet(tmp_path):
    """A de-obligation written "(250.00)" and "-$75.00" was refused as no amount, and a PIID
    the spreadsheet turned into "1.23457E+11" became the award's PIID without a word."""
    rows = prime_rows()[:4]
    rows[0]["total_obligated_amount"] = "$1,000.50"
    rows[1]["total_obligated_amount"] = "(250.00)"
    rows[2]["award_id_piid"] = "1.23457E+11"
    rows[3]["contract_award_unique_key"] = "CONT_AWD_TEST0009_7012_-NONE-_-NONE-"
    rows[3]["total_obligated_amount"] = "-$75.00"
    total = dict.fromkeys(rows[0], "") | {"total_obligated_amount": "$675.50"}
    path = write_rows(
        tmp_path / "Contracts_PrimeAwardSummaries_resaved.csv",
        [*rows, total],
        encoding="utf-8-sig",
        lineterminator="\r\n",
    )
    result = build_with(("usaspending", path))
    amounts = {r.contract: r.amount for r in relationships(result, "supplies")}
    assert amounts["cont-awd-test0001-7012-none-none"] == Decimal("1000.50")
    assert amounts["cont-awd-test0002-7012-none-none"] == Decimal("-250.00")
    assert amounts["cont-awd-test0009-7012-none-none"] == Decimal("-75.00")
    assert "cont-awd-test0003-7012-none-none" not in amounts
    assert problems(result) == [
        (path.name, 4, "award_id_piid", REWRITTEN),
        (path.name, 6, "contract_award_unique_key", "missing award key; the row is skipped"),
    ]
    assert not result.violations


def test_a_mapped_sheet_with_rewritten_award_ids(tmp_path):
    """Two awards whose ids a spreadsheet saved as "1.23457E+11" were one contract, held by
    two companies (one shown as disputing the other); an amount in parentheses was refused as
    a number with a misplaced comma."""
    rows = (
        "Vendor,Amount,Contract No\r\n"
        'Acme Analytics Inc,"$1,234.50",123456789012\r\n'
        'ACME ANALYTICS LLC,"(1,000.00)",123456789013\r\n'
        "Beta Corp,200,1.23457E+11\r\n"
        "Gamma Co,300,1.23457E+11\r\n"
    )
    result, supplied = _city_contracts(tmp_path, rows)
    assert supplied == [
        ("acme-analytics", "123456789012", Decimal("1234.50")),
        ("acme-analytics", "123456789013", Decimal("-1000.00")),
    ]
    assert not [r for r in result.relationships if r.disputed]
    assert [(p[1], p[2], p[3]) for p in problems(result)] == [
        (4, "Contract No", REWRITTEN),
        (5, "Contract No", REWRITTEN),
    ]


def test_a_sheet_saved_with_old_mac_line_ends(tmp_path):
    """Excel for Mac's "CSV (Macintosh)" ends lines with a lone CR and none after the last row:
    every row was refused as the last, then the last alone, as "the last row has no line end".
    Every row is read."""
    rows = "Vendor,Amount,PO\rAcme Analytics Inc,100.00,PO-1\rBeta Corp,200.00,PO-2"
    for text in (rows, rows + "\r"):
        result = build_with(("mapping", mapping_of(tmp_path, text, CITY_ORDERS)))
        supplied = {(r.subject, r.amount) for r in relationships(result, obj="city-of-springfield")}
        assert supplied == {("acme-analytics", Decimal("100.00")), ("beta", Decimal("200.00"))}
        assert not problems(result)


def test_amounts_in_scientific_notation_or_accounting_format(tmp_path):
    """Amounts saved as "$1.2E+06" and "(1.2E+06)" (1,234,567 rounded) were read as 1,200,000
    and -1,200,000, while "1.2E+06" alone was refused; the accounting format's "$ (1,000.00)" was refused as a
    number with a misplaced comma; and an order numbered "2E0457", which no spreadsheet
    writes for a number (it writes the exponent's sign: "2E+457"), was refused as one."""
    rows = (
        "Vendor,Amount,Contract No\n"
        'Acme Analytics Inc,"$1.2E+06",C-1\n'
        "Beta Corp,(1.2E+06),C-2\n"
        'Gamma Co,"$ (1,000.00)",C-3\n'
        'Delta Co,"$(250.00)",C-4\n'
        "Epsilon Co,300.00,2E0457\n"
    )
    result, supplied = _city_contracts(tmp_path, rows)
    assert supplied == [
        ("delta", "c-4", Decimal("-250.00")),
        ("epsilon", "2e0457", Decimal("300.00")),
        ("gamma", "c-3", Decimal("-1000.00")),
    ]
    assert [(p[1], p[2], p[3][:50]) for p in problems(result)] == [
        (2, "Amount", "'$1.2E+06' is a number a spreadsheet saved in scie"),
        (3, "Amount", "'(1.2E+06)' is a number a spreadsheet saved in sci"),
    ]


def test_a_rounded_piid_is_read_whole_from_the_award_key(tmp_path):
    """A numeric PIID a spreadsheet saved as "1.23457E+11" skipped the row, while the award's
    unique key beside it holds the PIID whole: it is read from there (the parent award's
    from its part of the key too), where the two agree in every digit the spreadsheet kept;
    a key whose PIID rounds to another number still skips the row."""
    rows = prime_rows()[:3]
    rows[0]["contract_award_unique_key"] = "CONT_AWD_123456789012_7012_470987654321_4732"
    rows[0]["award_id_piid"] = "1.23457E+11"
    rows[0]["parent_award_id_piid"] = "4.70988E+11"
    rows[1]["contract_award_unique_key"] = "CONT_AWD_123999999999_7012_-NONE-_-NONE-"
    rows[1]["award_id_piid"] = "1.23457E+11"
    path = write_rows(tmp_path / "Contracts_PrimeAwardSummaries_resaved.csv", rows)
    result = build_with(("usaspending", path))
    contract = ENT["cont-awd-123456789012-7012-470987654321-4732"]
    assert str(result.graph.value(contract, TG.piid)) == "123456789012"
    assert str(result.graph.value(contract, TG.parentAward)) == "470987654321"
    [supplied] = [
        r for r in relationships(result, "supplies") if r.contract == contract[len(ENT) :]
    ]
    assert supplied.citations[0].locator == "123456789012"
    assert problems(result) == [(path.name, 3, "award_id_piid", REWRITTEN)]


def test_a_rounded_prime_piid_of_a_subaward_is_read_from_its_key(tmp_path):
    with open(RECORDS / "subawards.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))[:1]
    rows[0]["prime_award_unique_key"] = "CONT_AWD_123456789012_7012_-NONE-_-NONE-"
    rows[0]["prime_award_piid"] = "1.23457E+11"
    path = write_rows(tmp_path / "Contracts_Subawards_resaved.csv", rows)
    result = build_with(("usaspending", path))
    contract = ENT["cont-awd-123456789012-7012-none-none"]
    assert str(result.graph.value(contract, TG.piid)) == "123456789012"
    [sub] = [r for r in relationships(result, "supplies") if r.role == "subcontractor"]
    assert sub.citations[0].locator.startswith("123456789012 subaward ")
    assert not problems(result)


def test_a_zero_in_the_accounting_format_is_zero(tmp_path):
    """The accounting format writes zero as a dash, "$ -" or " -   ": such rows were refused
    as no amount. Each is an order of $0, as "0" is (an empty cell is no amount at all)."""
    rows = (
        "Vendor,Amount,Contract No\n"
        'Acme Analytics Inc," $ -   ",C-1\n'
        'Beta Corp," -   ",C-2\n'
        "Gamma Co,$-,C-3\n"
        "Delta Co,0,C-4\n"
        "Epsilon Co,,C-5\n"
    )
    result, supplied = _city_contracts(tmp_path, rows)
    assert supplied == [
        ("acme-analytics", "c-1", Decimal(0)),
        ("beta", "c-2", Decimal(0)),
        ("delta", "c-4", Decimal(0)),
        ("epsilon", "c-5", None),
        ("gamma", "c-3", Decimal(0)),
    ]
    assert not problems(result)
    rows = prime_rows()[:2]
    rows[0]["total_obligated_amount"] = " $ -   "
    rows[1]["potential_total_value_of_award"] = "$ -"
    path = write_rows(tmp_path / "Contracts_PrimeAwardSummaries_resaved.csv", rows)
    result = build_with(("usaspending", path))
    amounts = {r.contract: r.amount for r in relationships(result, "supplies")}
    assert amounts["cont-awd-test0001-7012-none-none"] == Decimal(0)
    contract = ENT["cont-awd-test0002-7012-none-none"]
    assert decimal(result.graph.value(contract, TG.potentialValue)) == Decimal(0)
    assert not problems(result)


def test_dates_a_spreadsheet_or_a_data_portal_wrote(tmp_path):
    """A date saved as the spreadsheet's serial number (44561, 2021-12-31) and a date with its
    time as data portals export it ("12/31/2021 12:00:00 AM") were refused as no date, the row
    skipped; a five-digit number out of the serials' years still is."""
    spec = CITY_ORDERS.replace("currency: {value: USD}}", "currency: {value: USD}, start: Date}")
    rows = (
        "Vendor,Amount,PO,Date\n"
        "Acme Analytics Inc,100.00,PO-1,44561\n"
        "Beta Corp,200.00,PO-2,12/31/2021 12:00:00 AM\n"
        "Gamma Co,300.00,PO-3,5/7/2021 1:30 PM\n"
        "Delta Co,400.00,PO-4,99999\n"
    )
    result = build_with(("mapping", mapping_of(tmp_path, rows, spec)))
    started = {r.subject: str(r.start) for r in relationships(result, obj="city-of-springfield")}
    assert started == {"acme-analytics": "2021-12-31", "beta": "2021-12-31", "gamma": "2021-05-07"}
    assert [(p[1], p[2]) for p in problems(result)] == [(5, "Date")]
    rows = prime_rows()[:1]
    rows[0]["award_base_action_date"] = "43845"
    rows[0]["period_of_performance_start_date"] = "1/15/2020 12:00:00 AM"
    path = write_rows(tmp_path / "Contracts_PrimeAwardSummaries_resaved.csv", rows)
    result = build_with(("usaspending", path))
    contract = ENT["cont-awd-test0001-7012-none-none"]
    assert str(result.graph.value(contract, TG.baseActionDate)) == "2020-01-15"
    [supplied] = [r for r in relationships(result, "supplies") if r.contract]
    assert str(supplied.start) == "2020-01-15"
    assert not problems(result)


def test_a_negative_amount_with_its_minus_after_it(tmp_path):
    """Ledgers export a credit with its minus after the figure ("1,234.50-"): such rows were
    refused as no amount. A credit written "CR" is left refused (a credit on a vendor's
    account is money owed it, not a refund), and told as no number, not as a misplaced
    comma, but as a mark whose sign is the ledger's."""
    rows = (
        "Vendor,Amount,Contract No\n"
        'Acme Analytics Inc,"1,234.50-",C-1\n'
        "Beta Corp,$75.00-,C-2\n"
        'Gamma Co,"1,234.50 CR",C-3\n'
    )
    result, supplied = _city_contracts(tmp_path, rows)
    assert supplied == [
        ("acme-analytics", "c-1", Decimal("-1234.50")),
        ("beta", "c-2", Decimal("-75.00")),
    ]
    assert [(p[1], p[2], p[3]) for p in problems(result)] == [
        (
            4,
            "Amount",
            "'1,234.50 CR' is marked a credit or debit, which is money in or out as the ledger "
            "is kept: write a refund or de-obligation with a minus (-1234.50), a payment "
            "without the mark",
        )
    ]


def test_cells_that_say_there_is_no_value(tmp_path):
    """A contract "N/A" was one award held by every vendor of such rows (each disputing the
    others), a date the sheet shows for zero ("12/30/1899") a start in 1899, and an amount
    "TBD" or a date "0000-00-00" (a database's zero) skipped the row. Each is no value, as an
    empty cell is; a vendor "#SPILL!" (a formula's error) names no one."""
    spec = CITY_ORDERS.replace(
        "currency: {value: USD}}", "currency: {value: USD}, contract: Contract No, start: Date}"
    )
    rows = (
        "Vendor,Amount,PO,Contract No,Date\n"
        "Acme Analytics Inc,100.00,PO-1,N/A,12/30/1899\n"
        "Beta Corp,200.00,PO-2,n/a,0000-00-00\n"
        "Gamma Co,TBD,PO-3,C-3,1/0/1900\n"
        "Delta Co,0.00,PO-4,TBD,2021-05-07\n"
        "#SPILL!,50.00,PO-5,C-5,2021-05-07\n"
    )
    result = build_with(("mapping", mapping_of(tmp_path, rows, spec)))
    supplied = sorted(
        (r.subject, r.contract, r.amount, str(r.start) if r.start else None)
        for r in relationships(result, obj="city-of-springfield")
    )
    assert supplied == [
        ("acme-analytics", None, Decimal("100.00"), None),
        ("beta", None, Decimal("200.00"), None),
        ("delta", None, Decimal("0.00"), "2021-05-07"),
        ("gamma", "c-3", None, None),
    ]
    assert not [r for r in result.relationships if r.disputed]
    assert [(p[1], p[2], p[3][:30]) for p in problems(result)] == [
        (6, "Vendor", "subject '#SPILL!' names no one")
    ]
    rows = prime_rows()[:1]
    rows[0]["period_of_performance_current_end_date"] = "12/30/1899"
    rows[0]["potential_total_value_of_award"] = "N/A"
    path = write_rows(tmp_path / "Contracts_PrimeAwardSummaries_resaved.csv", rows)
    result = build_with(("usaspending", path))
    [supplied] = [r for r in relationships(result, "supplies") if r.contract]
    assert supplied.end is None
    assert result.graph.value(ENT[supplied.contract], TG.potentialValue) is None
    assert not problems(result)


def test_an_amount_with_the_minus_sign_of_a_web_page(tmp_path):
    """Text copied from a web page writes a negative amount with the minus sign U+2212
    ("\u22121,000.00"): such rows were refused as no amount."""
    rows = 'Vendor,Amount,Contract No\nAcme Analytics Inc,"\u22121,000.00",C-1\n'
    result, supplied = _city_contracts(tmp_path, rows)
    assert supplied == [("acme-analytics", "c-1", Decimal("-1000.00"))]
    assert not problems(result)


def test_a_formula_error_where_a_value_was_skips_its_row_and_a_note_says_it_is_one(tmp_path):
    """ "#VALUE!" or "#N/A" (a failed lookup) where an award's amount or start was read as no
    value: the award had no amount, or started on its base date, with exit 0. A note typed
    below the table ("Source: USAspending.gov") was an award "missing recipient"."""
    rows = prime_rows()[:3]
    rows[0]["total_obligated_amount"] = "#VALUE!"
    rows[1]["period_of_performance_start_date"] = "#N/A"
    rows.append(dict.fromkeys(rows[0], "") | {"contract_award_unique_key": "Source: USAspending"})
    path = write_rows(tmp_path / "Contracts_PrimeAwardSummaries_errors.csv", rows)
    result = build_with(("usaspending", path))
    lost = "is a spreadsheet's formula error where a value was: the value is lost; the row is "
    lost += "skipped (download the file again, or mend the cell)"
    assert [(p[1], p[2], p[3]) for p in problems(result)] == [
        (2, "total_obligated_amount", f"'#VALUE!' {lost}"),
        (3, "period_of_performance_start_date", f"'#N/A' {lost}"),
    ]
    assert [(w[1], w[2], w[3]) for w in other_warnings(result)] == [
        (
            5,
            "contract_award_unique_key",
            "'Source: USAspending' is a note below the table, not an award; the row is skipped",
        ),
    ]
    rows = "Vendor,Amount,Contract No\nAcme Analytics Inc,#DIV/0!,C-1\nBeta Corp,75.00,C-2\n"
    result, supplied = _city_contracts(tmp_path, rows)
    assert supplied == [("beta", "c-2", Decimal("75.00"))]
    assert [(p[1], p[2], p[3]) for p in problems(result)] == [
        (2, "Amount", "'#DIV/0!' is a spreadsheet's formula error where the amount was")
    ]
