"""A link two rows date apart is cited without either date, and the build says so: the real
Atlas's scholars file links one AJC article from six campuses' rows, three dated 11/4/2016 and
three 9/4/2016, and `show` and `timeline` gave every one of them "2016-11-04" (the row's own
date of Atlanta Metropolitan State College's was 9/4/2016), with exit 0. Dates that agree at
different precision ("2016-09", "2016-09-12") are one date, the more precise."""

from __future__ import annotations

import json

import pytest
from records_support import DATASETS, cli_build
from support import invoke

HEADER = "AOSNUMBER,State,Agency,Technology,Vendor,Link 1,Link 1 Source,Link 1 Type,Link 1 Date\n"
SHARED = "https://gazette.example/campus-cameras"
OTHER = "https://herald.example/drones"
SCHOLARS = DATASETS / "eff-atlas" / "scholars_unders_surveillance_dataset_03-03-2021.csv"


def _row(number: int, agency: str, url: str, date: str) -> str:
    return f"TEST{number},MN,{agency},Body-worn Cameras,,{url},Test Gazette,News article,{date}\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dated")
    atlas = folder / "atlas.csv"
    atlas.write_text(
        HEADER
        + _row(1, "Alpha Police Department", SHARED, "11/4/2016")
        + _row(2, "Beta Police Department", SHARED, "9/4/2016")
        + _row(3, "Gamma Police Department", OTHER, "2016-09")
        + _row(4, "Delta Police Department", OTHER, "2016-09-12"),
        encoding="utf-8",
    )
    out = folder / "out"
    result = cli_build(out, ("atlas", atlas))
    assert result.exit_code == 0, result.stderr
    return result, out


def _reported(out, agency: str) -> str:
    shown = invoke("timeline", agency, "--graph", out / "graph.ttl")
    assert shown.exit_code == 0, shown.stderr
    [line] = [line for line in shown.stdout.splitlines() if " uses " in line]
    return line.rsplit("(", 1)[1]


def test_a_link_two_rows_date_apart_is_cited_without_a_date(built):
    result, out = built
    assert _reported(out, "Alpha Police Department") == "reported date unknown, Test Gazette)"
    assert _reported(out, "Beta Police Department") == "reported date unknown, Test Gazette)"
    data = json.loads(
        invoke(
            "show", "Beta Police Department", "--graph", out / "graph.ttl", "--format", "json"
        ).stdout
    )
    [uses] = data["relations"]["uses"]
    assert [c["date"] for c in uses["citations"]] == [None]
    assert (
        f"rows cite {SHARED} under 2 dates: 2016-11-04 (line 2), 2016-09-04 (line 3); a "
        "document has one date, so it is cited without one"
    ) in result.stderr


def test_dates_that_agree_are_one_date_the_more_precise(built):
    _result, out = built
    for agency in ("Gamma Police Department", "Delta Police Department"):
        assert _reported(out, agency) == "reported 2016-09-12, Test Gazette)"


@pytest.mark.skipif(not SCHOLARS.is_file(), reason="../shared/datasets/eff-atlas is not here")
def test_the_real_ajc_article_is_dated_by_no_row_it_was_not_given_by(tmp_path):
    out = tmp_path / "out"
    result = cli_build(out, ("atlas", SCHOLARS))
    assert result.exit_code in (0, 1), result.stderr  # the file's shortened dates are reported
    # Its row cites a Facebook page too, which dates it now.
    reported = _reported(out, "Atlanta Metropolitan State College Police Department")
    assert "2016-11-04" not in reported, reported
    reported = _reported(out, "Abraham Baldwin Agricultural College Police Department")
    assert reported.startswith("reported date unknown, "), reported
    assert "under 2 dates: 2016-11-04 (line 2), 2016-09-04 (line 8)" in result.stderr
