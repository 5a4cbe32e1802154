"""What tables write for no name ("Not Provided", "TBD", "Unknown vendor", a sheet's "Grand
Total") names no party in any importer: the Atlas, USAspending and a mapping read such texts
by one list (cells.names_no_one)."""

import pytest
from records_support import (
    ATLAS_HEADER,
    CITY_ORDERS,
    atlas_row,
    build_with,
    label,
    mapping_of,
    prime_rows,
    problems,
    relationships,
    warnings,
    write_rows,
)

from graphkit.extractors.atlas import vendors
from graphkit.extractors.cells import names_no_one


@pytest.mark.parametrize(
    "text",
    [
        *("Not Provided", "TBD", "Unknown vendor", "Vendor unknown", "Vendor: not provided"),
        *("No vendor", "Various vendors", "(unknown)", "[N/A]", "Not specified", "Undisclosed"),
        *("Grand Total", "TOTAL", "#REF!", "Unknown parent company", "Name withheld"),
        *("Total for FY2020", "FY2021 Total", "Subtotal", "Total - Police Department"),
        *("TOTAL (all vendors)", "Axon Enterprise Total", "Grand Total FY2020", "Sub-Total:"),
        *("Total Amount Paid", "Total FY 2019-2020", "Total of all vendors", "Total to date"),
    ],
)
def test_texts_that_name_no_one(text):
    assert names_no_one(text)


@pytest.mark.parametrize(
    "text",
    [
        *("Axon", "Unknown Corp", "Total Wine", "Vendor Unknown Inc", "No Name Brand"),
        *("Blank Vendor", "Total Wine & More", "Total Recall Corp", "TotalEnergies"),
        *("Totality Systems", "Total Security Services Inc", "360 Total Concept Consulting"),
        *("Total In Home Care", "Total Contract Services", "Total S.A.", "Total Vision 2020 Inc"),
    ],
)
def test_names_that_only_hold_such_words_are_names(text):
    assert not names_no_one(text)


def test_atlas_cells_that_name_no_one_make_no_vendor_and_no_agency(tmp_path):
    """The Atlas kept a short list of its own ("unknown", "n/a", "none"): "Not Provided",
    "TBD" and "Unknown vendor" each became a company supplying the agencies of such rows,
    "Vendor unknown" the company "Vendor", an agency "N/A" one agency using everything such
    rows name, and a technology "Unknown" a product."""
    path = tmp_path / "atlas.csv"
    cells = ["Not Provided", "TBD", "Unknown vendor", "Vendor unknown", "NA", "-", "(unknown)"]
    rows = [atlas_row(n, f"Agency {n} Police Department", "Drones", v) for n, v in enumerate(cells)]
    rows += [
        atlas_row(7, "Agency 7 Police Department", "Drones", "Axon; Not Provided"),
        atlas_row(8, "N/A", "Drones", "Axon"),
        atlas_row(9, "Agency 9 Police Department", "Unknown", "Axon"),
        atlas_row(10, "Agency 10 Police Department", "Drones", "", state="N/A"),
    ]
    path.write_text(ATLAS_HEADER + "".join(rows), encoding="utf-8")
    result = build_with(("atlas", path))
    supplied = sorted((r.subject, r.object) for r in relationships(result, "supplies"))
    assert [pair for pair in supplied if pair[1].startswith("agency")] == [
        ("axon", "agency-7-police-department-mn")
    ]
    users = {r.subject for r in relationships(result, "uses", obj="drones")}
    assert {f"agency-{n}-police-department-mn" for n in range(8)} <= users
    assert "agency-10-police-department" in users  # a state "N/A" places the agency nowhere
    ends = {r.subject for r in result.relationships} | {r.object for r in result.relationships}
    assert not {"n-a-mn", "unknown"} & ends
    assert problems(result) == [
        ("atlas.csv", 10, "Agency", "agency 'N/A' names no one; the row is skipped"),
        ("atlas.csv", 11, "Technology", "technology 'Unknown' names no one; the row is skipped"),
    ]


@pytest.mark.parametrize(
    ("cell", "named"),
    [
        ("Vendor unknown", []),
        ("Not Provided", []),
        ("TBD, Axon", ["Axon"]),
        ("Axon / Unknown vendor", ["Axon"]),
        ("DJI, Yuneec", ["DJI", "Yuneec"]),
    ],
)
def test_an_atlas_vendor_cell_drops_what_names_no_one(cell, named):
    assert vendors(cell) == named


def test_usaspending_units_recipients_and_parents_that_name_no_one(tmp_path):
    """An office written "N/A" was an office of ICE supplied by every such row's recipient, a
    sub-agency "Not Provided" a unit of the department, a recipient "Unknown vendor" and a
    parent "Unknown parent" companies. Now the recipient supplies the unit above a nameless
    office, and such a recipient is reported."""
    rows = prime_rows()[:4]
    rows[0]["awarding_office_name"] = "N/A"
    rows[1]["awarding_office_name"] = "UNKNOWN"
    rows[1]["awarding_sub_agency_name"] = "Not Provided"
    rows[1]["awarding_sub_agency_code"] = ""
    rows[2]["recipient_name"] = "Unknown vendor"
    rows[3]["recipient_parent_name"], rows[3]["recipient_parent_uei"] = "Unknown parent", ""
    path = write_rows(tmp_path / "prime.csv", rows)
    result = build_with(("usaspending", path))
    bought = {(r.contract, r.object) for r in relationships(result, "supplies")}
    assert ("cont-awd-test0001-7012-none-none", "ice") in bought
    assert ("cont-awd-test0002-7012-none-none", "dhs") in bought
    named = {label(result, r.subject) for r in result.relationships if r.relation != "uses"}
    named |= {label(result, r.object) for r in result.relationships if r.relation == "partOf"}
    assert not {"N/A", "UNKNOWN", "Not Provided", "Unknown vendor", "Unknown parent"} & named
    assert problems(result) == [
        (
            "prime.csv",
            4,
            "recipient_name",
            "recipient 'Unknown vendor' names no one; the row is skipped",
        )
    ]


TOTAL = "labels a total row, which adds up the rows above it and is none; the row is skipped"


def test_a_sheets_total_row_is_no_company(tmp_path):
    """A city's export whose buyer is the city itself ends in a total row: "Grand Total" was a
    company supplying the city the sum of every award above it."""
    rows = (
        "Vendor,Amount,PO\n"
        "Acme Analytics Inc,100.00,PO-1\n"
        "Unknown vendor,50.00,PO-2\n"
        "Grand Total,150.00,\n"
    )
    result = build_with(("mapping", mapping_of(tmp_path, rows, CITY_ORDERS)))
    supplied = [(r.subject, r.amount) for r in relationships(result, obj="city-of-springfield")]
    assert [(s, str(a)) for s, a in supplied] == [("acme-analytics", "100.00")]
    assert [(p[1], p[2], p[3][:36]) for p in problems(result)] == [
        (3, "Vendor", "subject 'Unknown vendor' names no on"),
    ]
    # a total row loses nothing: a warning, the build's exit status 0 (it was 1)
    assert [(w[1], w[2], w[3][:34]) for w in warnings(result)] == [
        (4, "Vendor", "'Grand Total' labels a total row, ")
    ]


def test_a_total_row_labelled_with_a_colon_is_no_company(tmp_path):
    """Sheets label their total row "Total:" or "Grand Total:", and type "N / A" with spaces:
    each was a company, "Grand Total:" supplying the city the sum of the sheet, with exit 0."""
    rows = (
        "Vendor,Amount,PO\n"
        "Acme Analytics Inc,100.00,PO-1\n"
        "N / A,50.00,PO-2\n"
        "Subtotal:,150.00,\n"
        "Total Wine & More,20.00,PO-3\n"
        "Grand Total:,170.00,\n"
    )
    result = build_with(("mapping", mapping_of(tmp_path, rows, CITY_ORDERS)))
    supplied = sorted(
        (r.subject, str(r.amount)) for r in relationships(result, obj="city-of-springfield")
    )
    assert supplied == [
        ("acme-analytics", "100.00"),
        ("total-wine-and-more", "20.00"),
    ]
    assert [(p[1], p[3][:30]) for p in problems(result)] == [
        (3, "subject 'N / A' names no one; "),
    ]
    assert [(w[1], w[3][:30]) for w in warnings(result)] == [
        (4, "'Subtotal:' labels a total row"),
        (6, "'Grand Total:' labels a total "),
    ]
    assert vendors("Axon, Unknown:") == ["Axon"]


def test_total_rows_with_more_words_are_no_company(tmp_path):
    """A sheet's total rows labelled "Total for FY2020", "FY2021 Total", "Subtotal", "Total -
    Police Department", "TOTAL (all vendors)" or as Excel labels a group's subtotal ("Acme
    Analytics Inc Total") were each a company supplying the city the sum of the rows above
    it, with exit 0; firms whose names start with "Total" still supply it."""
    labels = ["Total for FY2020", "FY2021 Total", "Subtotal", "Total - Police Department"]
    labels += ["TOTAL (all vendors)", "Acme Analytics Inc Total"]
    firms = ["Total Wine & More", "Total Recall Corp", "TotalEnergies", "Totality Systems"]
    rows = "Vendor,Amount,PO\nAcme Analytics Inc,100.00,PO-1\n"
    rows += "".join(f"{firm},10.00,PO-{n}\n" for n, firm in enumerate(firms, 2))
    rows += "".join(f"{total},140.00,\n" for total in labels)
    result = build_with(("mapping", mapping_of(tmp_path, rows, CITY_ORDERS)))
    supplied = sorted(r.subject for r in relationships(result, obj="city-of-springfield"))
    assert supplied == [
        "acme-analytics",
        "total-recall",
        "total-wine-and-more",
        "totalenergies",
        "totality-systems",
    ]
    assert problems(result) == []
    assert [(w[1], w[2], w[3]) for w in warnings(result)] == [
        (line, "Vendor", f"{total!r} {TOTAL}") for line, total in enumerate(labels, 7)
    ]
    assert vendors("Axon; Total for FY2020") == ["Axon"]


def test_a_sheets_notes_and_a_pivot_tables_blank_are_no_company(tmp_path):
    """The notes a sheet ends with, typed into its first column ("Source: Finance
    Department", "Note: ...", "* Preliminary", "Data as of 1/31/2024"), and a pivot table's
    "(blank)" group were each a company supplying the city, with exit 0; "The Source" and
    "Blank Vendor" stay names."""
    notes = ["Source: Springfield Finance Department", "Note: amounts are obligations"]
    notes += ["* Preliminary figures", "Data as of 1/31/2024", "(blank)"]
    rows = "Vendor,Amount,PO\nThe Source,10.00,PO-1\nBlank Vendor,20.00,PO-2\n"
    rows += "".join(f'"{note}",,\n' for note in notes)
    spec = CITY_ORDERS.replace("qualifiers: {amount: Amount, currency: {value: USD}}\n", "")
    result = build_with(("mapping", mapping_of(tmp_path, rows, spec)))
    supplied = sorted(r.subject for r in relationships(result, obj="city-of-springfield"))
    assert supplied == ["blank-vendor", "source"]
    assert [(p[1], p[3].split(";")[0]) for p in problems(result)] == [
        (line, f"subject {note!r} names no one") for line, note in enumerate(notes, 4)
    ]
