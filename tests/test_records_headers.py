"""Headers as spreadsheet users retype them: a USAspending column's name changed in case or
spacing, the same column given twice under two spellings, and a header repeated at a page
break in capitals."""

import csv

import pytest
import records_support as rs

from graphkit.extractors.tables import header_key
from graphkit.extractors.usaspending_columns import (
    COLUMNS_BY_KEY,
    COLUMNS_READ,
    RECIPIENT_TYPES,
)

RETYPED = {
    "recipient_name": "Recipient Name",
    "total_obligated_amount": "total obligated amount ",
    "award_base_action_date": "AWARD_BASE_ACTION_DATE",
    "contract_award_unique_key": "Contract Award Unique Key",
    "awarding_office_name": "Awarding Office Name",
}


def _retyped(rows: list[dict[str, str]], renames: dict[str, str]) -> list[dict[str, str]]:
    return [{renames.get(column, column): text for column, text in row.items()} for row in rows]


def _awards(result) -> list[tuple]:
    awards = [r for r in rs.relationships(result, "supplies") if r.contract]
    return sorted((r.subject, r.object, r.contract, str(r.amount), str(r.start)) for r in awards)


def test_a_usaspending_header_retyped_in_case_or_spacing_is_read(tmp_path):
    """ "Recipient Name" or "RECIPIENT_NAME" refused the whole download as "missing column(s)
    recipient_name", while the Atlas's headers matched so; a message about a cell names the
    column as the file spells it."""
    rows = rs.prime_rows()[:4]
    original = rs.build_with(("usaspending", rs.write_rows(tmp_path / "a.csv", rows)))
    rows[3]["recipient_name"] = ""
    path = rs.write_rows(
        tmp_path / "Contracts_PrimeAwardSummaries_retyped.csv", _retyped(rows, RETYPED)
    )
    result = rs.build_with(("usaspending", path))
    assert _awards(result) == [a for a in _awards(original) if "test0004" not in a[2]]
    assert rs.problems(result) == [
        (path.name, 5, "Recipient Name", "missing recipient; the row is skipped")
    ]


def test_one_column_under_two_spellings_is_refused_naming_both(tmp_path):
    """ "recipient_name" and "Recipient Name" are one column to the reader: a row would keep
    one of their cells and drop the other, so the file is refused, naming both places."""
    rows = [{**row, "Recipient Name": "ANOTHER FIRM LLC"} for row in rs.prime_rows()[:2]]
    path = rs.write_rows(tmp_path / "Contracts_PrimeAwardSummaries_twice.csv", rows)
    result = rs.build_with(("usaspending", path))
    first = list(rows[0]).index("recipient_name") + 1
    assert rs.problems(result) == [
        (
            path.name,
            1,
            "Recipient Name",
            f"column 'Recipient Name' (column {len(rows[0])}) is column 'recipient_name' "
            f"(column {first}) again: a row would keep one of its cells and drop the other; "
            "remove or rename one",
        )
    ]
    assert not _awards(result)


def test_a_header_repeated_in_capitals_at_a_page_break_is_no_row(tmp_path):
    """A report repeating its header in capitals after a page break had it read as an award
    ("missing award key", or a recipient "RECIPIENT_NAME"), and in a mapped sheet as a company
    "VENDOR" supplying the city."""
    rows = rs.prime_rows()[:3]
    upper = {column: column.upper() for column in rows[0]}
    path = rs.write_rows(
        tmp_path / "Contracts_PrimeAwardSummaries_pages.csv", [rows[0], upper, *rows[1:]]
    )
    result = rs.build_with(("usaspending", path))
    assert len(_awards(result)) == 3
    assert not rs.problems(result)
    unpriced = rs.CITY_ORDERS.replace("qualifiers: {amount: Amount, currency: {value: USD}}\n", "")
    data = "Vendor,Amount,PO\nAcme Analytics Inc,1.00,PO-1\nVENDOR,AMOUNT,PO\nBeta Corp,2.00,PO-2\n"
    result = rs.build_with(("mapping", rs.mapping_of(tmp_path, data, unpriced)))
    supplied = rs.relationships(result, obj="city-of-springfield")
    assert sorted(r.subject for r in supplied) == ["acme-analytics", "beta"]
    assert not rs.problems(result)


def test_no_two_usaspending_columns_are_one_without_case_or_spacing():
    assert len(COLUMNS_BY_KEY) == len(COLUMNS_READ)


@pytest.mark.skipif(not rs.DATASETS.is_dir(), reason="needs ../shared/datasets (real downloads)")
def test_no_two_columns_of_the_real_downloads_are_one_without_case_or_spacing():
    folder = rs.DATASETS / "usaspending"
    columns = (folder / "prime_award_summaries_contracts_columns.txt").read_text().split()
    with open(folder / "Contracts_Subawards_ICE_dev.csv", encoding="utf-8", newline="") as file:
        columns += next(csv.reader(file))
    for names in (columns[:286], columns[286:]):
        assert len({header_key(name) for name in names}) == len(names)


MERGED = (
    "the cell is empty below {name!r} on line {line}, as in other rows of the column: a "
    "spreadsheet leaves so the cells it merged, its value in the first row only; unmerge them "
    "and fill the value into each row"
)


def test_cells_a_sheet_merged_are_refused_saying_they_look_merged(tmp_path):
    """A vendor's name merged down its group's rows is left in the first row only: the rows
    below were "missing subject", with nothing to say why. They are still refused (an empty
    cell is also a record without that party, and a name carried down on a wrong guess gives
    another firm the award with exit 0), now saying what the rows above show. One empty cell
    alone looks like one missing value, and says no more."""
    data = (
        "Vendor,Amount,PO\n"
        "Acme Analytics Inc,1.00,PO-1\n,2.00,PO-2\n,3.00,PO-3\n"
        "Beta Corp,4.00,PO-4\n,5.00,PO-5\n"
    )
    result = rs.build_with(("mapping", rs.mapping_of(tmp_path, data, rs.CITY_ORDERS)))
    supplied = rs.relationships(result, obj="city-of-springfield")
    assert sorted(r.subject for r in supplied) == ["acme-analytics", "beta"]
    missing = "missing subject; the row is skipped"
    assert rs.problems(result) == [
        ("awards.csv", line, "Vendor", f"{missing} ({MERGED.format(name=name, line=above)})")
        for line, name, above in [
            (3, "Acme Analytics Inc", 2),
            (4, "Acme Analytics Inc", 2),
            (6, "Beta Corp", 5),
        ]
    ]
    one = data.replace(",3.00,PO-3", "Gamma Co,3.00,PO-3").replace(",5.00,PO-5", "Eps,5.00,PO-5")
    result = rs.build_with(("mapping", rs.mapping_of(tmp_path, one, rs.CITY_ORDERS)))
    assert rs.problems(result) == [("awards.csv", 3, "Vendor", missing)]


def test_a_usaspending_recipient_merged_down_its_awards(tmp_path):
    rows = rs.prime_rows()[:4]
    for row in rows[1:3]:
        row["recipient_name"] = ""
    path = rs.write_rows(tmp_path / "Contracts_PrimeAwardSummaries_merged.csv", rows)
    result = rs.build_with(("usaspending", path))
    name = rows[0]["recipient_name"]
    assert rs.problems(result) == [
        (
            path.name,
            line,
            "recipient_name",
            f"missing recipient; the row is skipped ({MERGED.format(name=name, line=2)})",
        )
        for line in (3, 4)
    ]


def test_an_atlas_agency_merged_down_its_rows(tmp_path):
    rows = [
        rs.atlas_row(n, "Testville Police Department" if n == 1 else "", "Drones", "DJI")
        for n in (1, 2, 3)
    ]
    path = tmp_path / "atlas.csv"
    path.write_text(rs.ATLAS_HEADER + "".join(rows), encoding="utf-8")
    result = rs.build_with(("atlas", path))
    said = MERGED.format(name="Testville Police Department", line=2)
    assert rs.problems(result) == [
        ("atlas.csv", line, "Agency", f"missing agency; the row is skipped ({said})")
        for line in (3, 4)
    ]


# A city's purchase orders mapped by the columns its export wrote first.
SNAKE_ORDERS = (
    rs.CITY_ORDERS.replace("column: Vendor", "column: vendor_name")
    .replace("amount: Amount", "amount: amount, start: order_date")
    .replace("'PO {PO}'", "'PO {po_number}'")
)


def _mapped(tmp_path, rows: str, spec: str = SNAKE_ORDERS):
    result = rs.build_with(("mapping", rs.mapping_of(tmp_path, rows, spec)))
    supplied = rs.relationships(result, "supplies", obj="city-of-springfield")
    return result, sorted((r.subject, str(r.amount), str(r.start)) for r in supplied)


def test_a_mapped_sheet_whose_headers_were_retyped_is_read_and_says_how(tmp_path):
    """ "Vendor Name" for the mapping's `vendor_name`, "AMOUNT", "PO Number": the whole file
    was refused as "column 'vendor_name' is not in awards.csv". Read as USAspending's headers
    are, each header read under another name is said once; a cell's message names its column
    as the file spells it."""
    rows = (
        "Vendor Name,AMOUNT,PO Number,Order Date\n"
        "Acme Analytics Inc,100.00,1,2021-05-07\n"
        "Beta Corp,lots,2,2021-05-08\n"
    )
    result, supplied = _mapped(tmp_path, rows)
    assert supplied == [("acme-analytics", "100.00", "2021-05-07")]
    [order] = rs.relationships(result, "supplies", "acme-analytics")
    assert [c.locator for c in order.citations] == ["PO 1"]
    assert rs.problems(result) == [("awards.csv", 3, "AMOUNT", "'lots' is not a number")]
    assert rs.warnings(result) == [
        (
            "awards.csv",
            1,
            None,
            "columns read as the mapping names them: 'Vendor Name' as 'vendor_name', 'AMOUNT' "
            "as 'amount', 'PO Number' as 'po_number', 'Order Date' as 'order_date'",
        )
    ]


def test_a_mapped_sheet_with_two_headers_of_one_column_reads_them_as_written(tmp_path):
    """ "vendor_name" and "Vendor Name" are one column folded: neither is read for the other;
    the mapping's own spelling is read, as before."""
    rows = (
        "Vendor Name,vendor_name,amount,po_number,order_date\n"
        "Someone Else LLC,Acme Analytics Inc,100.00,1,2021-05-07\n"
    )
    result, supplied = _mapped(tmp_path, rows)
    assert supplied == [("acme-analytics", "100.00", "2021-05-07")]
    assert rs.problems(result) == rs.warnings(result) == []


def test_a_mapping_whose_own_columns_fold_alike_matches_exactly(tmp_path):
    """A mapping reading "Vendor" and "vendor" (two columns) cannot be matched loosely."""
    spec = rs.CITY_ORDERS + "also:\n  - {subject: {column: vendor, type: Company}, "
    spec += "relation: partOf, object: {column: Parent, type: Company}}\n"
    rows = "VENDOR,vendor,Amount,PO,Parent\nAcme Analytics Inc,Acme,100.00,PO-1,Acme Group\n"
    result = rs.build_with(("mapping", rs.mapping_of(tmp_path, rows, spec)))
    assert [(p[0], p[3].split(" is not in ")[0]) for p in rs.problems(result)] == [
        ("awards.yaml", "column 'Vendor'")
    ]


def test_a_sheet_without_its_business_type_columns_types_no_recipient_a_company(tmp_path):
    """A user who deletes most of a download's 286 columns deletes the ones that say what a
    recipient is: the state university was then a government (its university columns gone)
    or a company (all of them gone), with exit 0. A row that cannot say is an organisation,
    and the file says once what it lacks."""
    with open(rs.RECORDS / "prime_awards_recipients.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    business = {column for columns, _ in RECIPIENT_TYPES for column in columns} - {"individual"}
    for deleted in ({"educational_institution", "1862_land_grant_college"}, business):
        slim = [{c: text for c, text in row.items() if c not in deleted} for row in rows]
        result = rs.build_with(("usaspending", rs.write_rows(tmp_path / "slim.csv", slim)))
        types = {
            e.label: e.type
            for e in result.registry
            if e.type != "Contract" and e.label.startswith(("TEST", "REG"))
        }
        assert types == {
            "REGENTS OF TEST STATE UNIVERSITY": "Organization",
            "TEST COUNTY SHERIFFS OFFICE": "Organization",
            "TEST LEGAL AID SOCIETY": "Organization",
            "TEST SOLUTIONS INC": "Organization",
            "TEST OFFICE ALPHA": "GovernmentAgency",
        }
        assert not rs.problems(result)
        [(line, field, message)] = [w[1:] for w in rs.warnings(result)]
        assert (line, field) == (1, None)
        assert message.startswith(f"the file lacks {len(deleted)} of the columns that say ")
        assert "typed an organisation, not a company" in message
    # a university's columns are looked at first: without a later kind's, it is still one
    slim = [{c: text for c, text in row.items() if c != "for_profit_organization"} for row in rows]
    result = rs.build_with(("usaspending", rs.write_rows(tmp_path / "slim.csv", slim)))
    types = {
        e.label: e.type
        for e in result.registry
        if e.type != "Contract" and e.label.startswith(("TEST", "REG"))
    }
    assert types["REGENTS OF TEST STATE UNIVERSITY"] == "ResearchOrganization"
    assert types["TEST COUNTY SHERIFFS OFFICE"] == "GovernmentAgency"
    assert types["TEST SOLUTIONS INC"] == "Organization"
