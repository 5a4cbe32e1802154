"""Record files as Excel and word processors save them: UTF-16 ("Unicode Text", tab-separated),
a `sep=,` first line, curly quotes and no-break spaces in cells."""

import codecs
from decimal import Decimal

import records_support as rs


def _city(tmp_path, data: bytes, spec: str = rs.CITY_ORDERS):
    (tmp_path / "awards.csv").write_bytes(data)
    (tmp_path / "awards.yaml").write_text("data: awards.csv\n" + spec, encoding="utf-8")
    result = rs.build_with(("mapping", tmp_path / "awards.yaml"))
    supplied = rs.relationships(result, obj="city-of-springfield")
    return result, sorted((r.subject, r.amount) for r in supplied)


ORDERS = 'Vendor,Amount,PO\nAcme Analytics Inc,100.00,PO-1\nBeta Corp,"1,234.50",PO-2\n'
READ = [("acme-analytics", Decimal("100.00")), ("beta", Decimal("1234.50"))]


def test_a_sheet_saved_as_utf16_is_read(tmp_path):
    """Excel's "Unicode Text" is UTF-16 with tabs between cells, and database exports write
    UTF-16 without its byte-order mark: each was refused whole ("save it as UTF-8")."""
    tabbed = ORDERS.replace(",P", "\tP").replace("Inc,", "Inc\t").replace("Corp,", "Corp\t")
    tabbed = tabbed.replace("Vendor,Amount", "Vendor\tAmount").replace('"1,234.50"', "1,234.50")
    saved = {
        "Unicode Text": codecs.BOM_UTF16_LE + tabbed.replace("\n", "\r\n").encode("utf-16-le"),
        "UTF-16 CSV": ORDERS.encode("utf-16"),
        "no mark, little-endian": ORDERS.encode("utf-16-le"),
        "no mark, big-endian": ORDERS.encode("utf-16-be"),
    }
    for how, data in saved.items():
        result, supplied = _city(tmp_path, data)
        assert (how, supplied) == (how, READ)
        assert (how, rs.problems(result)) == (how, [])


def test_a_utf16_usaspending_download_imports(tmp_path):
    rows = rs.prime_rows()[:3]
    path = rs.write_rows(tmp_path / "Contracts_PrimeAwardSummaries_u16.csv", rows)
    expected = rs.build_with(("usaspending", path))
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    result = rs.build_with(("usaspending", path))
    assert not rs.problems(result)
    assert sorted(map(str, result.relationships)) == sorted(map(str, expected.relationships))


def test_utf16_cut_off_mid_character_is_refused(tmp_path):
    result, supplied = _city(tmp_path, ORDERS.encode("utf-16")[:-1])
    assert supplied == []
    assert [(p[1], p[3][:21]) for p in rs.problems(result)] == [(1, "the file is UTF-16, b")]


def test_excels_sep_line_is_no_title(tmp_path):
    """A first line "sep=," (which Excel reads, and some exports write for it) was reported as
    a title above the header, so every such file built with exit 1."""
    for line in ("sep=,\n", "sep=,\r\n", '"sep=,"\n'):
        result, supplied = _city(tmp_path, (line + ORDERS).encode())
        assert supplied == READ
        assert rs.problems(result) == []
    result, supplied = _city(tmp_path, ("sep=,\nTitle of the sheet\n" + ORDERS).encode())
    assert supplied == READ
    assert rs.problems(result) == []
    assert [w[1:] for w in rs.warnings(result)] == [
        (
            2,
            None,
            "the header is on line 3: line 2 above it ('Title of the sheet') is no row and "
            "is skipped",
        )
    ]


def test_curly_quotes_and_no_break_spaces_in_cells(tmp_path):
    """A name in a word processor's curly quotes kept them in its label ("“Acme Analytics
    Inc”"); a no-break space inside a name was kept in its label; a comma inside curly quotes
    split the cell, and the row was refused without saying why."""
    rows = (
        "Vendor,Amount,PO\n"
        "\u201cAcme Analytics Inc\u201d,\u201c100.00\u201d,PO-1\n"
        '"Beta\u00a0Corp","1,234.50\u00a0",PO-2\n'
        "\u201cGamma, Inc\u201d,5.00,PO-3\n"
        '"The \u201cDelta\u201d Group",7.00,PO-4\n'
    )
    result, supplied = _city(tmp_path, rows.encode())
    assert supplied == [*READ, ("delta-group", Decimal("7.00"))]
    labels = {result.registry.get(s).label for s, _ in supplied}
    assert labels == {"Acme Analytics Inc", "Beta Corp", "The \u201cDelta\u201d Group"}
    assert [p[1:] for p in rs.problems(result)] == [
        (
            4,
            None,
            "the row has 4 columns, the header has 3: its cells hold curly quotes (\u201c "
            "\u201d), which are no quotes to a CSV reader, so a separator within them splits "
            'the cell: write straight quotes (")',
        )
    ]


def test_an_atlas_export_in_utf16_with_curly_quotes(tmp_path):
    path = tmp_path / "atlas.csv"
    row = rs.atlas_row(1, "Testville Police Department", "Drones", "\u201cDJI\u201d")
    path.write_bytes((rs.ATLAS_HEADER + row).encode("utf-16"))
    result = rs.build_with(("atlas", path))
    [supplied] = rs.relationships(result, "supplies", obj="testville-police-department-mn")
    assert supplied.subject == "dji"
    assert result.registry.get("dji").label == "DJI"
    assert not rs.problems(result)


def test_a_spreadsheets_text_mark_before_a_code_is_no_part_of_it(tmp_path):
    """A leading apostrophe typed to keep a spreadsheet from converting a cell ("'070",
    "'2020-01-15") stays in a CSV that a tool or a hand wrote: an award made and paid for by
    DHS whose awarding agency's code read "'070" was said to be paid for by another department
    ("070"), with exit 0, and its amount and date were refused."""
    row = rs.prime_rows()[0]
    row |= {"funding_agency_code": "070", "funding_agency_name": "Department of Homeland Security"}
    row |= {"funding_office_name": "TEST PROGRAM OFFICE", "funding_sub_agency_code": "7012"}
    expected = rs.build_with(("usaspending", rs.write_rows(tmp_path / "plain.csv", [row])))
    marked = ("awarding_agency_code", "awarding_sub_agency_code", "total_obligated_amount")
    marked += ("award_base_action_date", "period_of_performance_start_date", "recipient_uei")
    row |= {column: "'" + row[column] for column in marked}
    result = rs.build_with(("usaspending", rs.write_rows(tmp_path / "marked.csv", [row])))
    assert not rs.problems(result)
    assert not rs.relationships(result, "funds")
    assert _read(result) == _read(expected)
    assert ("funds", "test-program-office-7012") not in {r[1:3] for r in _read(result)}


def test_a_names_own_apostrophe_is_kept(tmp_path):
    result, supplied = _city(tmp_path, b"Vendor,Amount,PO\n'Ohana Security,'100.00,PO-1\n")
    assert supplied == [("ohana-security", Decimal("100.00"))]
    assert result.registry.get("ohana-security").label == "'Ohana Security"


def _read(result) -> list[tuple]:
    """What a build says, without where: each relationship's ends, contract, dates and amount."""
    return sorted(
        (r.subject, r.relation, r.object, r.contract, r.start, r.end, r.amount)
        for r in result.relationships
    )
