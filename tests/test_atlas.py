"""EFF Atlas of Surveillance files: uses/supplies facts, every link a citation, loose headers."""

import csv

import pytest
from records_support import (
    ATLAS_HEADER,
    DATASETS,
    RECORDS,
    build_with,
    problems,
    relationships,
    warnings,
)
from support import MINI, copy_project

from graphkit.extractors.atlas import vendors
from graphkit.model import PartialDate


@pytest.fixture(scope="module")
def atlas():
    return build_with(("atlas", RECORDS / "atlas.csv"), ("atlas", RECORDS / "atlas_retyped.csv"))


def test_agency_uses_the_technology_and_the_vendor_supplies_it(atlas):
    [uses] = relationships(atlas, "uses", "testville-police-department-mn", "body-worn-cameras")
    [supplies] = relationships(atlas, "supplies", "axon", "testville-police-department-mn")
    assert supplies.product == "body-worn-cameras"
    assert atlas.registry.get("body-worn-cameras").type == "Product"
    assert atlas.registry.get("testville-police-department-mn").type == "GovernmentAgency"
    assert uses.citations == supplies.citations


def test_every_link_is_a_citation_with_its_snapshot_and_repeats_count_once(atlas):
    [uses] = relationships(atlas, "uses", "testville-police-department-mn", "body-worn-cameras")
    cited = [
        (c.source.url, c.source.archive, c.source.published, c.locator) for c in uses.citations
    ]
    assert cited == [
        (
            "https://atlasofsurveillance.org/",
            "https://web.archive.org/web/2020/https://atlasofsurveillance.org/",
            PartialDate(2012, 12, 27),
            "Atlas of Surveillance TEST000001",
        ),
        # atlas_retyped.csv describes the link too, dated 11/4/2016 where atlas.csv dates it
        # 2019-05-01: cited without a date (shared_sources.py), whichever file is read first
        ("https://www.eff.org/", None, None, "Atlas of Surveillance TEST000001"),
    ]


def test_a_row_without_vendor_still_says_the_agency_uses_the_technology(atlas):
    [uses] = relationships(atlas, "uses", "testville-police-department-mn", "drones")
    [citation] = uses.citations
    # no link: the Atlas itself is cited with the row's number
    assert citation.source.url == "https://atlasofsurveillance.org/"
    assert citation.locator == "Atlas of Surveillance TEST000002"
    assert not relationships(
        atlas, "supplies", obj="testville-police-department-mn", subject="drones"
    )


def test_same_agency_name_in_another_state_is_another_agency(atlas):
    assert relationships(atlas, "uses", "testville-police-department-wi", "drones")


def test_registry_agency_and_other_links(atlas):
    [uses] = relationships(atlas, "uses", "ice", "face-recognition")
    assert sorted(c.source.url for c in uses.citations) == [
        "https://atlasofsurveillance.org/",
        "https://www.eff.org/",
    ]
    assert relationships(atlas, "supplies", "clearview-ai", "ice")


def test_retyped_headers_import_too(atlas):
    [rel] = relationships(atlas, "uses", "test-college-police-department-mn", "body-worn-cameras")
    assert rel.citations[0].locator == "Atlas of Surveillance TEST-EDU1"
    assert rel.citations[0].source.url == "https://www.eff.org/"


def test_bad_cells_are_reported_and_the_rest_imports(atlas):
    assert problems(atlas) == [
        ("atlas.csv", 6, "Agency", "missing agency; the row is skipped"),
        ("atlas.csv", 7, "Link 1", "'not a link' is not an http(s) link; it is not cited"),
    ]
    assert not atlas.violations


def test_a_vendor_cell_naming_two_companies_makes_two_suppliers(tmp_path):
    """A cell "DJI, Yuneec" names two vendors, each supplying the agency; "Axon Enterprise, Inc."
    names one."""
    with open(RECORDS / "atlas.csv", newline="", encoding="utf-8") as handle:
        header, first = list(csv.reader(handle))[:2]
    rows = []
    for number, vendor in (("TEST000101", "DJI, Yuneec"), ("TEST000102", "Axon Enterprise, Inc.")):
        row = list(first)
        row[header.index("AOSNUMBER")], row[header.index("Vendor")] = number, vendor
        rows.append(row)
    path = tmp_path / "atlas.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([header, *rows])
    result = build_with(("atlas", path))
    suppliers = {r.subject for r in relationships(result, "supplies")}
    assert {"dji", "yuneec"} <= suppliers and "dji-yuneec" not in suppliers
    [axon] = [s for s in suppliers if s.startswith("axon")]
    assert result.registry.get(axon).label == "Axon Enterprise, Inc."


@pytest.mark.parametrize(
    ("cell", "named"),
    [
        ("DJI, Yuneec", ["DJI", "Yuneec"]),
        ("Axon Enterprise, Inc.", ["Axon Enterprise, Inc."]),
        ("Motorola Solutions, Inc.; Axon", ["Motorola Solutions, Inc.", "Axon"]),
        ("Axon, Motorola Solutions, Inc.", ["Axon", "Motorola Solutions, Inc."]),
        ("Unknown, Axon Enterprise, Inc.", ["Axon Enterprise, Inc."]),
        ("Unknown", []),
    ],
)
def test_a_vendor_cell_is_read_name_by_name(cell, named):
    assert vendors(cell) == named


def test_a_file_without_agency_or_technology_is_refused(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("Name,Thing\nA,B\n", encoding="utf-8")
    result = build_with(("atlas", path))
    assert problems(result) == [
        (
            "other.csv",
            1,
            "agency",
            "not an Atlas of Surveillance file: no "
            "'agency' column (expected AOSNUMBER, Agency, Technology, "
            "Vendor, Link 1 …)",
        )
    ]


def test_a_column_read_given_twice_refuses_the_file_and_the_rest_builds(tmp_path):
    # "Link 1" and "Link1" are one column to the reader: the row kept the second link only.
    twice = tmp_path / "twice.csv"
    twice.write_text(
        "AOSNUMBER,State,Agency,Technology,Vendor,Link 1,Link1\n"
        "T1,MN,Twice Police Department,Drones,DJI,https://example.org/a,https://example.org/b\n",
        encoding="utf-8",
    )
    result = build_with(("atlas", twice), ("atlas", RECORDS / "atlas.csv"))
    assert [p for p in problems(result) if p[0] == "twice.csv"] == [
        (
            "twice.csv",
            1,
            "Link1",
            "column 'Link1' (column 7) is column 'Link 1' (column 6) again: a row would keep "
            "one of its cells and drop the other; remove or rename one",
        )
    ]
    assert not [r for r in result.relationships if r.subject.startswith("twice-police")]
    assert relationships(result, "uses", "testville-police-department-mn", "body-worn-cameras")


def test_repeated_empty_headers_are_no_matter(tmp_path):
    blank = tmp_path / "blank.csv"
    blank.write_text(
        "AOSNUMBER,State,Agency,Technology,Vendor,Link 1,,\n"
        "T1,MN,Blank Police Department,Drones,DJI,https://example.org/a,,\n",
        encoding="utf-8",
    )
    result = build_with(("atlas", blank))
    assert [p for p in problems(result) if p[0] == "blank.csv"] == []
    assert relationships(result, "uses", "blank-police-department-mn", "drones")


def _built(path, head: str, rows: str):
    """The mini project built with an Atlas file at `path`: its header `head` and then
    Technology, Vendor and Link 1, and its `rows`."""
    path.write_text(f"{head},Technology,Vendor,Link 1\n{rows}", encoding="utf-8")
    return build_with(("atlas", path))


@pytest.mark.parametrize("header", ["State Abbreviation", "State Code", "ST", "state_code"])
def test_the_state_column_under_another_name_still_tells_agencies_apart(tmp_path, header):
    """Two states' Springfield Police Department are two agencies, as with a State column:
    read without it they were one, using both states' technology, with exit 0."""
    rows = (
        "T1,IL,Springfield Police Department,Drones,DJI,https://example.org/a\n"
        "T2,MO,Springfield Police Department,Face Recognition,,https://example.org/b\n"
    )
    result = _built(tmp_path / "renamed.csv", f"AOSNUMBER,{header},Agency", rows)
    used = {
        (r.subject, r.object) for r in relationships(result, "uses") if "springfield" in r.subject
    }
    assert used == {
        ("springfield-police-department-il", "drones"),
        ("springfield-police-department-mo", "face-recognition"),
    }
    assert not problems(result) and not warnings(result)


def test_a_file_without_a_state_column_says_its_agencies_are_known_by_name_alone(tmp_path):
    rows = "T1,Springfield Police Department,Drones,DJI,https://example.org/a\n"
    result = _built(tmp_path / "stateless.csv", "AOSNUMBER,Agency", rows)
    assert relationships(result, "uses", "springfield-police-department", "drones")
    assert not problems(result)
    assert warnings(result) == [
        (
            "stateless.csv",
            1,
            "State",
            "the file has no State column, which tells apart agencies of one name in two "
            "states: each agency is known by its name alone, so two states' 'Springfield "
            "Police Department' are one agency, and each agency is another entity than in a "
            "file that has the column (add the column back, or name it State)",
        )
    ]


REAL = DATASETS / "eff-atlas"


@pytest.mark.slow
@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/datasets/eff-atlas is not present")
def test_real_atlas_files_every_row_is_facts_or_a_reported_reason():
    result = build_with(("atlas", REAL))
    for name in (
        "atlas-of-surveillance.FIRST13ROWS.csv",
        "scholars_unders_surveillance_dataset_03-03-2021.csv",
    ):
        starts = []  # the line each data row starts on (cells may hold line breaks)
        with (REAL / name).open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            last = 1
            for row in reader:
                if reader.line_num > 1 and any(c.strip() for c in row):
                    starts.append(last + 1)
                last = reader.line_num
        # a relationship keeps the file:line of every row that stated it, repeats included
        lines = {
            w.line for r in relationships(result, "uses") for w in r.where if w.file.endswith(name)
        }
        skipped = {
            p.line
            for p in result.problems
            if p.path.endswith(name) and p.message.endswith("the row is skipped")
        }
        assert lines | skipped == set(starts), name
    # the published file repeats AOS000002 exactly: one fact, one citation
    [shotspotter] = relationships(
        result, "supplies", "shotspotter", "rockford-police-department-il"
    )
    assert len(shotspotter.citations) == 1
    assert len(shotspotter.where) == 2
    assert not result.violations


LINK = "https://example.org/news/body-cameras"


def _credited_apart(tmp_path):
    """An Atlas file whose two rows credit one link to "The Example Times" and "Example Times"."""
    rows = "".join(
        f'TEST{n:06d},Testville,Test County,MN,"{agency}",Police,TEST DATA,Municipal,'
        f'"Body-worn Cameras",,{LINK},,{source},News,2016-09-04,\n'
        for n, agency, source in [
            (1, "Testville Police Department", "The Example Times"),
            (2, "Otherville Police Department", "Example Times"),
        ]
    )
    path = tmp_path / "atlas.csv"
    path.write_text(ATLAS_HEADER + rows, encoding="utf-8")
    return path


def test_a_link_two_rows_credit_to_two_sources_is_said_at_their_lines(tmp_path):
    """EFF's campus police file credits one AJC article to "The Atlanta Journal-Constitution"
    on one row and "Atlanta Journal Constitution" on another: the warning that the link is
    cited without a title named no file nor line ("<input>", each title "(a record)")."""
    path = _credited_apart(tmp_path)
    result = build_with(("atlas", path))
    said = [w for w in warnings(result) if "titles" in w[3]]
    assert [(w[0], w[1], w[2]) for w in said] == [("atlas.csv", 2, "Link 1 Source")]
    assert "'The Example Times' (line 2), 'Example Times' (line 3)" in said[0][3]


def test_a_link_two_rows_credit_apart_says_what_an_atlas_user_can_do_and_that_does_it(
    tmp_path,
):
    """The warning advised writing a mapping's `title:`, which a user importing an Atlas
    download has none of: it names the catalogue, whose description every row then cites."""
    path = _credited_apart(tmp_path)
    [said] = [w[3] for w in warnings(build_with(("atlas", path))) if "titles" in w[3]]
    assert "mapping" not in said and "column" not in said
    assert said.endswith(
        "so it is cited without one, each row by its own locator (to cite it with its title, "
        "list the URL in the project's catalogue (the `documents` file in graphkit.toml, e.g. "
        "data/sources.yaml) with an id, its title and publisher: every row then cites that)"
    )
    project = copy_project(MINI, tmp_path / "p")
    with (project / "data" / "sources.yaml").open("a", encoding="utf-8") as catalogue:
        catalogue.write(
            f"- id: example-times-cameras\n  url: {LINK}\n  title: Police buy body cameras\n"
            "  publisher: The Example Times\n"
        )
    result = build_with(("atlas", path), config=project / "graphkit.toml")
    assert [w for w in warnings(result) if "titles" in w[3]] == []
    cited = {
        c.source.title
        for f in relationships(result, "uses", obj="body-worn-cameras")
        for c in f.citations
    }
    assert cited == {"Police buy body cameras"}
