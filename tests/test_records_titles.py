"""A title above a table's header ("Report generated 2021-05-07", "Prime award summaries", a
blank line), as spreadsheets and reporting tools write one: the header below it is found, and
the lines above it are said as a warning: the table is read whole, and the build exits 0."""

import csv
import io

import pytest
import records_support as rs

TITLE = "Report generated 2021-05-07\nPrime award summaries\n\n"


def _prime_file(tmp_path, title: str):
    path = rs.write_rows(tmp_path / "plain.csv", rs.prime_rows()[:2])
    titled = tmp_path / "Contracts_PrimeAwardSummaries_titled.csv"
    titled.write_text(title + path.read_text(encoding="utf-8"), encoding="utf-8")
    return titled


def test_a_usaspending_download_below_a_title_imports(tmp_path):
    """Every row was lost to "missing column(s) contract_award_unique_key …"."""
    path = _prime_file(tmp_path, TITLE.replace("\n\n", ",,,\n,,,\n"))  # as Excel pads them
    result = rs.build_with(("usaspending", path))
    awards = [r for r in rs.relationships(result, "supplies") if r.contract]
    assert sorted(r.contract for r in awards) == [
        "cont-awd-test0001-7012-none-none",
        "cont-awd-test0002-7012-none-none",
    ]
    # each row keeps its own line in the file
    assert sorted(c.where.line for r in awards for c in r.citations) == [5, 6]
    assert rs.problems(result) == []  # the table is read whole: nothing is wrong with it
    assert rs.other_warnings(result) == [
        (
            path.name,
            1,
            None,
            "the header is on line 4: lines 1-3 above it ('Report generated 2021-05-07'; "
            "'Prime award summaries') are no rows and are skipped",
        )
    ]


def test_a_header_too_far_down_is_not_looked_for(tmp_path):
    """A header below ten lines is no header: the file is refused as before."""
    result = rs.build_with(("usaspending", _prime_file(tmp_path, "Report\n" * 10)))
    assert [(p[1], p[3][:34]) for p in rs.problems(result)] == [
        (1, "the header has 1 column; is this a")
    ]


def test_a_header_below_a_title_that_lacks_a_column_is_named_with_what_it_lacks(tmp_path):
    """It was refused as "the header has 1 column; is this a CSV file?", at the title's line
    1: the message now names the header's line and the column it lacks."""
    rows = [{k: v for k, v in row.items() if k != "recipient_name"} for row in rs.prime_rows()]
    path = rs.write_rows(tmp_path / "Contracts_PrimeAwardSummaries_cut.csv", rows)
    path.write_text("Report generated 2021-05-07\n" + path.read_text(encoding="utf-8"))
    result = rs.build_with(("usaspending", path))
    assert [w[:2] for w in rs.warnings(result)] == [(path.name, 1)]  # the title, said
    assert rs.problems(result) == [
        (
            path.name,
            2,
            "recipient_name",
            "not a USAspending Prime Award Summaries (contracts) download: missing column(s) "
            "recipient_name in the header on line 2",
        ),
    ]
    assert not [r for r in rs.relationships(result, "supplies") if r.contract]


def test_an_atlas_header_below_a_title_without_its_technology_column(tmp_path):
    path = tmp_path / "atlas.csv"
    header = rs.ATLAS_HEADER.replace("Technology", "Tech")
    row = rs.atlas_row(1, "Testville Police Department", "Drones", "DJI")
    path.write_text("Atlas of Surveillance export\n" + header + row, encoding="utf-8")
    result = rs.build_with(("atlas", path))
    assert [(p[1], p[2], p[3]) for p in rs.problems(result)] == [
        (
            2,
            "technology",
            "not an Atlas of Surveillance file: no 'technology' column in the header on line 2 "
            "(expected AOSNUMBER, Agency, Technology, Vendor, Link 1 …)",
        )
    ]


def test_a_mapped_sheet_below_its_title_without_a_column_names_the_one_it_has(tmp_path):
    """The title's cells were taken for the columns: "its columns are City of Springfield
    purchase orders, , "."""
    rows = "City of Springfield purchase orders,,\nSupplier,Amount,PO\nAcme Inc,100.00,PO-1\n"
    result = rs.build_with(("mapping", rs.mapping_of(tmp_path, rows, rs.CITY_ORDERS)))
    said = [(p[0], p[1], p[3].replace(f"{tmp_path}/", "")) for p in rs.problems(result)]
    assert [w[:2] for w in rs.warnings(result)] == [("awards.csv", 1)]
    assert said == [
        (
            "awards.yaml",
            2,
            "column 'Vendor' is not in awards.csv; its columns are Supplier, Amount, PO",
        ),
    ]


def test_an_atlas_file_below_a_blank_line_and_a_title_imports(tmp_path):
    path = tmp_path / "atlas.csv"
    rows = rs.ATLAS_HEADER + rs.atlas_row(1, "Testville Police Department", "Drones", "DJI")
    path.write_text("\nAtlas of Surveillance export\n" + rows, encoding="utf-8")
    result = rs.build_with(("atlas", path))
    assert [(r.subject, r.object) for r in rs.relationships(result, "supplies", "dji")] == [
        ("dji", "testville-police-department-mn")
    ]
    assert rs.problems(result) == []
    assert [(p[1], p[3]) for p in rs.warnings(result)] == [
        (
            1,
            "the header is on line 3: lines 1-2 above it ('Atlas of Surveillance export') are no "
            "rows and are skipped",
        )
    ]


def test_a_mapped_sheet_below_its_title_imports(tmp_path):
    rows = (
        "City of Springfield purchase orders,,\nVendor,Amount,PO\nAcme Analytics Inc,100.00,PO-1\n"
    )
    result = rs.build_with(("mapping", rs.mapping_of(tmp_path, rows, rs.CITY_ORDERS)))
    supplied = rs.relationships(result, obj="city-of-springfield")
    assert [(r.subject, str(r.amount)) for r in supplied] == [("acme-analytics", "100.00")]
    assert rs.problems(result) == []
    assert [(p[1], p[3]) for p in rs.warnings(result)] == [
        (
            1,
            "the header is on line 2: line 1 above it ('City of Springfield purchase orders') "
            "is no row and is skipped",
        )
    ]


def _tabbed(path, title: str, encoding: str = "utf-8"):
    """The CSV at `path` saved with tabs between its cells, below `title`."""
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    text = title + "".join("\t".join(row) + "\n" for row in rows)
    path.write_bytes(text.encode(encoding))
    return path


TABBED_TITLES = ["Report generated 2021-05-07\n", "Report generated May 7, 2021\n\n"]


@pytest.mark.parametrize("title", TABBED_TITLES)
def test_a_tab_separated_usaspending_download_below_a_title_imports(tmp_path, title):
    """A title line (which holds no tab, or a comma) above a tab-separated header made the
    file one column wide: refused whole, "the header has 1 column"."""
    path = rs.write_rows(tmp_path / "Contracts_PrimeAwardSummaries_tabbed.csv", rs.prime_rows()[:2])
    result = rs.build_with(("usaspending", _tabbed(path, title)))
    awards = [r for r in rs.relationships(result, "supplies") if r.contract]
    assert sorted(r.contract for r in awards) == [
        "cont-awd-test0001-7012-none-none",
        "cont-awd-test0002-7012-none-none",
    ]
    assert rs.problems(result) == []
    line = title.count("\n") + 1
    assert [w[3][:24] for w in rs.other_warnings(result)] == [f"the header is on line {line}:"]


@pytest.mark.parametrize("title", TABBED_TITLES)
def test_a_tab_separated_atlas_file_below_a_title_imports(tmp_path, title):
    path = tmp_path / "atlas.csv"
    path.write_text(
        rs.ATLAS_HEADER + rs.atlas_row(1, "Testville Police Department", "Drones", "DJI"),
        encoding="utf-8",
    )
    result = rs.build_with(("atlas", _tabbed(path, title, "utf-16")))  # Excel's Unicode Text
    assert [(r.subject, r.object) for r in rs.relationships(result, "supplies", "dji")] == [
        ("dji", "testville-police-department-mn")
    ]
    assert rs.problems(result) == []


@pytest.mark.parametrize("title", TABBED_TITLES)
def test_a_tab_separated_mapped_sheet_below_a_title_imports(tmp_path, title):
    rows = "Vendor,Amount,PO\nAcme Analytics Inc,100.00,PO-1\n"
    mapping = rs.mapping_of(tmp_path, rows, rs.CITY_ORDERS)
    _tabbed(tmp_path / "awards.csv", title)
    result = rs.build_with(("mapping", mapping))
    supplied = rs.relationships(result, obj="city-of-springfield")
    assert [(r.subject, str(r.amount)) for r in supplied] == [("acme-analytics", "100.00")]
    assert rs.problems(result) == []


def test_a_comma_separated_table_whose_title_holds_tabs_is_read_with_commas(tmp_path):
    """The header found decides, not the first line: a title that holds tabs and no comma."""
    rows = "Springfield\tpurchase orders\nVendor,Amount,PO\nAcme Analytics Inc,100.00,PO-1\n"
    result = rs.build_with(("mapping", rs.mapping_of(tmp_path, rows, rs.CITY_ORDERS)))
    supplied = rs.relationships(result, obj="city-of-springfield")
    assert [(r.subject, str(r.amount)) for r in supplied] == [("acme-analytics", "100.00")]
    assert rs.problems(result) == []
