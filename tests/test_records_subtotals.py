"""A sheet's subtotal rows as Excel's Data > Subtotal writes them ("Acme Inc Count", "Grand
Average"), told apart from firms whose names end in such a word ("Seguridad Total", "Min
Systems") by the row's evidence: its own cells, and the rows above it."""

import pytest
import records_support as rs

from graphkit.extractors.atlas import vendors
from graphkit.extractors.cells import names_no_one

SUBTOTALS = ["Acme Inc Count", "Grand Count", "Acme Inc Average", "Grand Average"]
SUBTOTALS += ["Acme Inc Max", "Grand Min", "Acme LLC Min", "Acme Inc Sum", "Grand StdDev"]
NAMES = ["Count Data LLC", "Maximus Inc", "Min Systems", "Protección Total S.A.", "Mad Max"]
NAMES += ["Counting House", "Average Joe's"]


@pytest.mark.parametrize("label", SUBTOTALS)
def test_a_subtotal_rows_label_names_no_one(label):
    """Each was a company, supplying the buyer the count or the average of the rows above."""
    assert names_no_one(label)
    assert names_no_one(label, record=True)


@pytest.mark.parametrize("name", NAMES)
def test_a_name_with_such_a_word_is_a_name(name):
    assert not names_no_one(name)
    assert not names_no_one(name, record=True)


def test_a_name_ending_in_total_is_a_firm_on_a_row_of_its_own():
    """A "Seguridad Total" on a row with its own id or link is a firm; with nothing beside its
    sums it is a total row, as before; under rows of "Seguridad" it is their subtotal."""
    assert not names_no_one("Seguridad Total", record=True)
    assert names_no_one("Seguridad Total")
    assert names_no_one("Seguridad Total", record=True, above={"seguridad"})
    assert names_no_one("Axon Count", above={"axon"})
    assert not names_no_one("Axon Count")
    assert names_no_one("FY2021 Total", record=True)


def test_a_sheet_with_excels_subtotals_supplies_only_its_firms(tmp_path):
    """Excel's subtotal rows under each group ("Acme Analytics Count", "Min Systems Max",
    "Grand Count") were companies supplying the city with exit 0, and the firm "Seguridad
    Total", on a row with its order number, was reported as naming no one and lost."""
    rows = (
        "Vendor,Amount,PO\n"
        "Acme Analytics,100.00,PO-1\n"
        "Acme Analytics,50.00,PO-2\n"
        "Acme Analytics Count,2,\n"
        "Seguridad Total,20.00,PO-3\n"
        "Seguridad Total Count,1,\n"
        "Min Systems,10.00,PO-4\n"
        "Min Systems Max,10.00,\n"
        "Protección Total S.A.,7.00,PO-5\n"
        "Protección Total S.A. Average,7.00,\n"
        "Patrol Total,187.00,\n"
        "Grand Count,5,\n"
    )
    result = rs.build_with(("mapping", rs.mapping_of(tmp_path, rows, rs.CITY_ORDERS)))
    supplied = rs.relationships(result, obj="city-of-springfield")
    assert sorted({r.subject for r in supplied}) == [
        "acme-analytics",
        "min-systems",
        "proteccion-total",
        "seguridad-total",
    ]
    # each a warning, the build's exit status 0: a total row loses nothing (it was 1)
    assert rs.problems(result) == []
    assert [(w[1], w[3].split(" labels")[0]) for w in rs.warnings(result)] == [
        (4, "'Acme Analytics Count'"),
        (6, "'Seguridad Total Count'"),
        (8, "'Min Systems Max'"),
        (10, "'Protección Total S.A. Average'"),
        (11, "'Patrol Total'"),
        (12, "'Grand Count'"),
    ]


def test_a_recipient_named_total_holds_its_award(tmp_path):
    """A recipient "SEGURIDAD TOTAL" on a row with its award key was reported as naming no
    one and the award skipped; a subtotal "ACME INC COUNT" is still no recipient."""
    rows = rs.prime_rows()[:2]
    rows[0]["recipient_name"] = "SEGURIDAD TOTAL"
    rows[1]["recipient_name"] = "ACME INC COUNT"
    path = rs.write_rows(tmp_path / "Contracts_PrimeAwardSummaries_total.csv", rows)
    result = rs.build_with(("usaspending", path))
    assert [r.contract for r in rs.relationships(result, "supplies", "seguridad-total")] == [
        "cont-awd-test0001-7012-none-none"
    ]
    assert rs.problems(result) == [
        (
            path.name,
            3,
            "recipient_name",
            "recipient 'ACME INC COUNT' names no one; the row is skipped",
        )
    ]


def test_an_atlas_vendor_named_total_supplies_the_agency(tmp_path):
    """An Atlas row (with its number) whose vendor is "Seguridad Total" named no vendor."""
    path = tmp_path / "atlas.csv"
    rows = rs.atlas_row(1, "Testville Police Department", "Drones", "Seguridad Total")
    rows += rs.atlas_row(2, "Testville Police Department", "Drones", "Axon; Grand Count")
    path.write_text(rs.ATLAS_HEADER + rows, encoding="utf-8")
    result = rs.build_with(("atlas", path))
    supplied = rs.relationships(result, "supplies", obj="testville-police-department-mn")
    assert sorted(r.subject for r in supplied) == [
        "axon",
        "seguridad-total",
    ]
    assert vendors("Seguridad Total; Axon") == ["Axon"]  # no row's evidence: a total, as before
    assert not rs.problems(result)


def test_a_usaspending_sheet_with_excels_subtotals_says_they_are_subtotals(tmp_path):
    """Excel's subtotal rows, with no award key, were each reported as "missing award key",
    an award gone wrong; they now say what they are, and every award still imports."""
    rows = rs.prime_rows()[:2]
    blank = dict.fromkeys(rows[0], "")
    rows.insert(1, blank | {"recipient_name": "WEST PUBLISHING CORPORATION Total"})
    rows.insert(2, blank | {"recipient_name": "West Publishing Corp Count", "award_id_piid": "1"})
    rows.append(blank | {"recipient_name": "Grand Total", "total_obligated_amount": "1250.50"})
    rows.append(
        blank | {"contract_award_unique_key": f"{rows[0]['contract_award_unique_key']} Count"}
    )
    rows.append(blank | {"recipient_name": "Palantir", "total_obligated_amount": "5"})
    path = rs.write_rows(tmp_path / "Contracts_PrimeAwardSummaries_subtotals.csv", rows)
    result = rs.build_with(("usaspending", path))
    awards = [r for r in rs.relationships(result, "supplies") if r.contract]
    assert sorted(r.contract for r in awards) == [
        "cont-awd-test0001-7012-none-none",
        "cont-awd-test0002-7012-none-none",
    ]
    total = "labels a total row, which adds up the awards above it and is none; the row is skipped"
    # a row without its award's key is no award whatever it says: said, as a warning
    assert rs.other_warnings(result) == [
        (path.name, 3, "recipient_name", f"'WEST PUBLISHING CORPORATION Total' {total}"),
        (path.name, 4, "recipient_name", f"'West Publishing Corp Count' {total}"),
        (path.name, 6, "recipient_name", f"'Grand Total' {total}"),
        (
            path.name,
            7,
            "contract_award_unique_key",
            f"'CONT_AWD_TEST0001_7012_-NONE-_-NONE- Count' {total}",
        ),
    ]
    # a row of no award that labels no total is still an award without its key
    assert rs.problems(result) == [
        (
            path.name,
            8,
            "contract_award_unique_key",
            "missing award key; the row is skipped",
        ),
    ]


def _dated_sheet(tmp_path, rows: str):
    spec = rs.CITY_ORDERS.replace("currency: {value: USD}}", "currency: {value: USD}, start: Date}")
    spec = spec.replace("  locator: 'PO {PO}'\n", "")
    result = rs.build_with(
        ("mapping", rs.mapping_of(tmp_path, "Vendor,Amount,Date\n" + rows, spec))
    )
    supplied = rs.relationships(result, obj="city-of-springfield")
    assert rs.problems(result) == []
    return sorted({r.subject for r in supplied}), [
        (w[1], w[3].split(" labels")[0]) for w in rs.warnings(result)
    ]


def test_a_dated_total_row_that_adds_up_its_group_is_a_total(tmp_path):
    """A hand-made sheet's "Patrol Total", dated as its rows are, was a firm supplying the city
    the sum of its group, with exit 0: its amount is the sum of the rows above it since the
    last total, so it is a total row. "Seguridad Total", whose amount is its own, is a firm; a
    one-row group's equal amount is a total only where the sheet totals its groups."""
    rows = (
        "Axon,100.00,2021-05-01\n"
        "Motorola,50.00,2021-05-02\n"
        "Patrol Total,150.00,2021-05-31\n"
        "Seguridad Total,20.00,2021-06-01\n"
        "Investigations Total,20.00,2021-06-30\n"
        "Acme Analytics,70.00,2021-07-01\n"
        "Acme Analytics,70.00,2021-07-02\n"
    )
    firms, said = _dated_sheet(tmp_path, rows)
    assert firms == ["acme-analytics", "axon", "motorola", "seguridad-total"]
    assert said == [(4, "'Patrol Total'"), (6, "'Investigations Total'")]


def test_a_firm_named_total_whose_amount_only_matches_one_row_stays_a_firm(tmp_path):
    """Two equal fees, one from "Seguridad Total": no total row above says the sheet totals
    its groups, so the equal amount is no sign."""
    rows = "Axon,100.00,2021-05-01\nSeguridad Total,100.00,2021-05-02\nAxon,30.00,2021-05-03\n"
    rows += "Seguridad Total,130.00,2021-06-01\n"  # not 230.00: its own figure
    firms, said = _dated_sheet(tmp_path, rows)
    assert firms == ["axon", "seguridad-total"]
    assert said == []


def test_a_mapped_sheets_sum_rows_are_totals_and_other_bare_amounts_are_not(tmp_path):
    """A row holding only a sum ("=SUM(B2:B3)" saved as its value, no label) is a total row
    where it adds up its group's rows or every row above: it was "missing subject", exit 1.
    A bare amount that adds up nothing may be a record whose vendor was cleared: refused."""
    rows = "Vendor,Amount,PO\nAxon,100.00,PO-1\nMotorola,50.00,PO-2\n,150.00,\n"
    rows += "Acme Analytics,20.00,PO-3\n,20.00,\n,170.00,\n,99.00,\n"
    result = rs.build_with(("mapping", rs.mapping_of(tmp_path, rows, rs.CITY_ORDERS)))
    firms = {r.subject for r in rs.relationships(result, obj="city-of-springfield")}
    assert firms == {"acme-analytics", "axon", "motorola"}
    sums = "no name nor id, is a total row, which adds up the rows above it and is none"
    assert [(w[1], w[2], w[3].split("; ")[0]) for w in rs.warnings(result)] == [
        (4, "Amount", f"a row with only '150.00', {sums}"),
        (6, "Amount", f"a row with only '20.00', {sums}"),
        (7, "Amount", f"a row with only '170.00', {sums}"),
    ]
    assert [(p[1], p[2], p[3].split(";")[0]) for p in rs.problems(result)] == [
        (8, "Vendor", "missing subject")
    ]


def test_an_atlas_sheets_total_rows_are_warnings(tmp_path):
    """An Atlas export sorted and subtotalled in a spreadsheet: "Axon Total" under Axon's rows,
    "Drone Count", "Grand Total" and a count alone were each reported (a row missing its
    agency, or an agency naming no one), exit 1; none was a record. A row with its number
    stays a record, its vendor "Seguridad Total" a firm."""
    path = tmp_path / "atlas.csv"
    rows = rs.atlas_row(1, "Testville Police Department", "Drones", "Axon")
    rows += rs.atlas_row(2, "Testville Police Department", "Drones", "DJI")
    rows += ",,,,,,,,,Axon Total,,,,,,\n"
    rows += ",,,,,,,,Drones Count,,,,,,,\n"
    rows += ',,,,Grand Total,,,,,,,,,,,"2"\n'
    rows += ",,,,,,,,,,,,,,,2\n"
    rows += rs.atlas_row(3, "Testville Sheriff's Office", "Drones", "Seguridad Total")
    path.write_text(rs.ATLAS_HEADER + rows, encoding="utf-8")
    result = rs.build_with(("atlas", path))
    users = {r.subject for r in rs.relationships(result, "uses", obj="drones")}
    assert users == {"testville-police-department-mn", "testville-sheriff-s-office-mn"}
    assert "seguridad-total" in {r.subject for r in rs.relationships(result, "supplies")}
    assert rs.problems(result) == []
    total = "labels a total row, which adds up the rows above it and is none; the row is skipped"
    assert [(w[1], w[2], w[3]) for w in rs.warnings(result)] == [
        (4, "Vendor", f"'Axon Total' {total}"),
        (5, "Technology", f"'Drones Count' {total}"),
        (6, "Agency", f"'Grand Total' {total}"),
        (
            7,
            "Other Links",
            "a row with only '2', no name nor id, is a total row, which adds up the rows above "
            "it and is none; the row is skipped",
        ),
    ]
