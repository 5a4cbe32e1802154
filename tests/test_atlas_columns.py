"""Atlas files whose user renamed a column to a label of their own: read as the Atlas's column,
and what is not read (no vendor column, links under a name no reader knows) said."""

from records_support import ATLAS_HEADER, atlas_row, build_with, problems, relationships, warnings

from graphkit.model import PartialDate

ROWS = (
    atlas_row(1, "Springfield Police Department", "Drones", "DJI", "IL"),
    atlas_row(2, "Springfield Police Department", "Body-worn Cameras", "Axon", "IL"),
)


def _atlas(folder, header: str, rows=ROWS, links: tuple[str, ...] = ()):
    """The test file with `header` for its header, and `links` for the last cells of its rows
    (its Link 1 … Other Links, empty where not given)."""
    text = header
    for row, link in zip(rows, links or ("",) * len(rows), strict=True):
        cells = row.rstrip("\n").split(",")
        if link:
            cells[-6:] = link.split(",")
        text += ",".join(cells) + "\n"
    path = folder / "atlas.csv"
    path.write_text(text, encoding="utf-8")
    return build_with(("atlas", path))


def test_a_vendor_column_renamed_to_a_label_is_read(tmp_path):
    """Under 'Vendor Name' (or 'Vendor(s)', 'Company') the vendors were not read: no company
    supplied any agency, with exit 0 and no word."""
    for label in ("Vendor Name", "Vendor(s)", "Company"):
        header = ATLAS_HEADER.replace(",Vendor,", f",{label},")
        result = _atlas(tmp_path, header)
        agency = "springfield-police-department-il"
        assert {r.subject for r in relationships(result, "supplies", obj=agency)} == {
            "dji",
            "axon",
        }, label
        assert not problems(result) and not warnings(result)


def test_a_file_without_a_vendor_column_says_so(tmp_path):
    header = ATLAS_HEADER.replace(",Vendor,", ",Notes,")
    result = _atlas(tmp_path, header)
    assert relationships(result, "uses", "springfield-police-department-il", "drones")
    assert not relationships(result, "supplies", obj="springfield-police-department-il")
    assert warnings(result) == [
        (
            "atlas.csv",
            1,
            "Vendor",
            "the file has no Vendor column: no row names a vendor, so no company is said to "
            "supply an agency (add the column back, or name it Vendor)",
        )
    ]


LINKS = (
    "https://news.example/drones,,Example News,News article,12/27/2012,",
    "https://news.example/cameras,,Example News,News article,2019-05-01,",
)


def test_link_columns_renamed_to_labels_are_read_with_their_dates(tmp_path):
    """'Link 1 URL' and 'Date of Link 1' were not read: each row cited the Atlas itself,
    without its source or date."""
    header = ATLAS_HEADER.replace("Link 1,", "Link 1 URL,").replace("Link 1 Date", "Date of Link 1")
    result = _atlas(tmp_path, header, links=LINKS)
    [uses] = relationships(result, "uses", "springfield-police-department-il", "drones")
    assert [(c.source.url, c.source.published) for c in uses.citations] == [
        ("https://news.example/drones", PartialDate(2012, 12, 27))
    ]
    assert not problems(result) and not warnings(result)


def test_a_column_of_links_the_reader_does_not_read_is_said(tmp_path):
    """Links under a name of the user's ('Source URL') are not guessed at, but said: each row
    cites the Atlas itself, which the user would otherwise not know."""
    header = ATLAS_HEADER.replace("Link 1,", "Source URL,")
    result = _atlas(tmp_path, header, links=LINKS)
    [uses] = relationships(result, "uses", "springfield-police-department-il", "drones")
    assert [c.source.url for c in uses.citations] == ["https://atlasofsurveillance.org/"]
    assert warnings(result) == [
        (
            "atlas.csv",
            1,
            "Source URL",
            "column 'Source URL' holds links (2 rows), which are not read: a row's sources are "
            "read from Link 1, Link 2, Link 3 (each with its Date, Source, Type and Snapshot) "
            "and Other Links, and a row without them cites the Atlas itself (name the column "
            "as one of them)",
        )
    ]
