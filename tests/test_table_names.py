"""A name a table writes with a separator after it ("Elevated Technologies, LLC,", as EFF's
DHS vendor directory writes one) is the name without it, in every reader of tables: a mapped
table, an Atlas export, a USAspending download. Each such firm or agency was labelled with the
comma, in `show`, `entities`, the exports and the page."""

from __future__ import annotations

import pytest
from records_support import (
    ATLAS_HEADER,
    DATASETS,
    atlas_row,
    build_with,
    label,
    mapping_of,
    prime_rows,
    write_rows,
)
from support import REPO

from graphkit.names import bare_name

SPEC = (
    "subject: {column: Company Name, type: Company}\nrelation: supplies\n"
    "object: {column: Agencies, type: GovernmentAgency, split: ','}\n"
    "citation:\n  source: {url: 'https://example.org/vendors.csv', title: Vendors}\n"
    "  locator: 'row {Ref}'\n"
)


def test_a_mapped_name_loses_the_separator_after_it(tmp_path):
    rows = (
        'Ref,Company Name,Agencies\nT1,"Elevated Technologies, LLC,","DHS, Springfield Agency,"\n'
        'T2,"Kestrel Optics;",Springfield Agency /\n'
    )
    result = build_with(("mapping", mapping_of(tmp_path, rows, SPEC)))
    assert not result.problems
    assert label(result, "elevated-technologies") == "Elevated Technologies, LLC"
    assert label(result, "kestrel-optics") == "Kestrel Optics"
    assert label(result, "springfield-agency") == "Springfield Agency"


def test_an_atlas_row_s_names_lose_the_separators_after_them(tmp_path):
    path = tmp_path / "atlas.csv"
    path.write_text(
        ATLAS_HEADER + atlas_row(1, "Testville Police Department,", "Drones;", "Skyward Inc.,"),
        encoding="utf-8",
    )
    result = build_with(("atlas", path))
    assert not result.problems
    assert label(result, "testville-police-department-mn") == "Testville Police Department"
    assert label(result, "skyward") == "Skyward Inc."
    assert label(result, "drones") == "Drones"


def test_a_state_written_with_a_separator_after_it_is_the_state(tmp_path):
    """Read as written, "Minnesota;" was another scope than "MN": a second Testville Police
    Department, apart from the one of the file's other row."""
    path = tmp_path / "atlas.csv"
    rows = atlas_row(1, "Testville Police Department", "Drones", "Skyward", "MN")
    rows += atlas_row(2, "Testville Police Department", "Body-worn Cameras", "Axon", "Minnesota;")
    path.write_text(ATLAS_HEADER + rows, encoding="utf-8")
    result = build_with(("atlas", path))
    assert not result.problems
    users = {r.subject for r in result.relationships if r.relation == "uses"}
    assert {u for u in users if u.startswith("testville")} == {"testville-police-department-mn"}


def test_a_download_s_recipient_loses_the_separator_after_it(tmp_path):
    row = next(r for r in prime_rows() if r["award_id_piid"] == "TEST0007")
    path = write_rows(tmp_path / "awards.csv", [row | {"recipient_name": "KESTREL DATA LLC,"}])
    result = build_with(("usaspending", path))
    assert not result.problems
    assert label(result, "kestrel-data") == "KESTREL DATA LLC"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Acme Inc.,", "Acme Inc."),
        (" Acme;", "Acme"),
        ("Acme /", "Acme"),
        ("Acme Inc. -", "Acme Inc."),
        (", Acme", "Acme"),
        ("A-B", "A-B"),
        ("N/A", "N/A"),
        ("-", "-"),
    ],
)
def test_a_name_s_loose_ends(written, name):
    assert bare_name(written) == name


EXAMPLE = DATASETS / "eff-dhs-vendors" / "surveillance_vendors.FIRST13ROWS.csv"


@pytest.mark.skipif(not EXAMPLE.exists(), reason="needs ../shared/datasets/eff-dhs-vendors")
def test_the_dhs_vendors_example_names_its_firms_without_a_trailing_comma():
    result = build_with(("mapping", REPO / "examples" / "eff-dhs-vendors.yaml"))
    assert label(result, "elevated-technologies") == "Elevated Technologies, LLC"
    labels = [str(o) for s, p, o in result.graph if str(p).endswith("#label")]
    assert not [text for text in labels if text.rstrip() != bare_name(text)]
