"""A copy of a publisher's records is no second witness; a parent read from dated rows is
dated by them."""

from __future__ import annotations

import csv
import io

import pytest
from records_support import (
    COPY,
    FREEZER,
    ICE_PRIME,
    NO_FREEZER,
    cli_build,
    mapping_of,
    prime_rows,
    write_rows,
)
from support import REPO, invoke


def _rows(out, *args) -> list[dict]:
    result = invoke("query", *args, "--graph", out / "graph.ttl", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


def _palantir(tmp_path, spec: str):
    prime = write_rows(tmp_path / "prime.csv", [prime_rows()[2]])  # TEST0003, Palantir's
    sheet = "vendor,office,value,award\nPalantir Technologies Inc.,TEST OFFICE ALPHA,42000000,TEST0003\n"
    mapping = mapping_of(tmp_path, sheet, spec)
    out = tmp_path / "out"
    result = cli_build(out, ("usaspending", prime), ("mapping", mapping))
    assert result.exit_code == 0, result.stderr
    return out


def test_a_copy_of_the_record_stating_an_award_does_not_corroborate_it(tmp_path):
    out = _palantir(tmp_path, COPY)
    single = _rows(out, "single-source")
    supply = [r for r in single if r["relation"] == "supplies" and "TEST0003" in r["award"]]
    assert [(r["subject"], r["object"], r["independent"]) for r in supply] == [
        ("Palantir Technologies", "TEST OFFICE ALPHA", "1")
    ]


def test_a_tracker_that_is_no_copy_still_corroborates(tmp_path):
    out = _palantir(tmp_path, COPY.replace("  derived_from: USAspending.gov\n", ""))
    single = _rows(out, "single-source")
    assert not [r for r in single if r["relation"] == "supplies" and "TEST0003" in r["award"]]


def test_derived_from_must_name_a_source(tmp_path):
    spec = COPY.replace("derived_from: USAspending.gov", "derived_from: {column: vendor}")
    mapping = mapping_of(tmp_path, "vendor,office,value,award\n", spec)
    result = cli_build(tmp_path / "out", ("mapping", mapping))
    assert result.exit_code == 1
    assert (
        "awards.yaml:9 [derived_from]: derived_from names the source the rows copy: a "
        "publisher's name (USAspending.gov), a source id from the catalogue or the original's "
        "URL, or a list of them"
    ) in result.stderr


def _west(tmp_path):
    """West Publishing's two awards: one begun in 2015 under Reuters News & Media, one in 2020
    under Thomson Reuters (Markets)."""
    rows = prime_rows()
    early, late = dict(rows[1]), dict(rows[0])
    early.update(
        recipient_parent_name="REUTERS NEWS & MEDIA INC",
        period_of_performance_start_date="2015-03-05",
        award_base_action_date="2015-03-05",
        award_latest_action_date="2021-03-05",
    )
    prime = write_rows(tmp_path / "prime.csv", [early, late])
    out = tmp_path / "out"
    result = cli_build(out, ("usaspending", prime))
    assert result.exit_code == 0, result.stderr
    return out


def test_a_parent_read_from_dated_rows_carries_their_years(tmp_path):
    out = _west(tmp_path)
    shown = invoke("show", "--graph", out / "graph.ttl", "WEST PUBLISHING CORPORATION")
    assert "  REUTERS NEWS & MEDIA INC  [2015 to 2015]\n" in shown.stdout
    assert "  THOMSON REUTERS (MARKETS) LLC  [2020 to 2020]\n" in shown.stdout


@pytest.mark.skipif(not (ICE_PRIME.is_file() and FREEZER.is_file()), reason=NO_FREEZER)
def test_the_freezer_with_the_ice_download_the_real_files(tmp_path):
    mapping = REPO / "examples" / "torn-apart-freezer.yaml"
    out = tmp_path / "out"
    result = cli_build(out, ("usaspending", ICE_PRIME), ("mapping", mapping))
    assert result.exit_code == 0, result.stderr
    single = _rows(out, "single-source")
    # Torn Apart and the download both give award HSCECR12F00030 to West Publishing: one
    # witness, USAspending's record.
    assert [r for r in single if "HSCECR12F00030" in r["award"] and r["relation"] == "supplies"]
    shown = invoke("show", "--graph", out / "graph.ttl", "WEST PUBLISHING CORPORATION")
    assert "  REUTERS NEWS & MEDIA INC  [2004 to 2017]\n" in shown.stdout
    assert "  THOMSON REUTERS (MARKETS) LLC  [2017 to 2021]\n" in shown.stdout
