"""Two facts between the same two entities are two rows told apart. `graphkit query
single-source` names each fact's product: one vendor's two technologies at one agency (the
Atlas's Avigilon at Grand Valley State University's Department of Public Safety: face
recognition and video analytics, two rows) were printed as one row twice, every column alike,
with exit 0. `connections` names each fact's award, amount and product: Torn Apart's undated
awards of one firm at one office (69 such repeats at Mission Support Dallas) were one row
repeated. `timeline` names each fact's award: two IDVs of one firm at one office, alike in date
and amount, were one line twice."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

import pytest
from records_support import ATLAS_HEADER, DATASETS, atlas_row, cli_build, prime_rows, tracker_claims
from support import invoke

SCHOLARS = DATASETS / "eff-atlas" / "scholars_unders_surveillance_dataset_03-03-2021.csv"


def _single_source(out) -> list[dict[str, str]]:
    return _rows(out, "single-source")


def _rows(out, *query: str) -> list[dict[str, str]]:
    asked = invoke("query", *query, "--graph", out / "graph.ttl", "--format", "csv")
    assert asked.exit_code == 0, asked.stderr
    return list(csv.DictReader(io.StringIO(asked.stdout)))


def test_one_vendors_two_technologies_are_two_rows(tmp_path):
    atlas = tmp_path / "atlas.csv"
    atlas.write_text(
        ATLAS_HEADER
        + atlas_row(1, "Lakeside University Police Department", "Face Recognition", "Avigilon")
        + atlas_row(2, "Lakeside University Police Department", "Video Analytics", "Avigilon"),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    built = cli_build(out, ("atlas", atlas))
    assert built.exit_code == 0, built.stderr
    rows = _single_source(out)
    supplied = [r for r in rows if r["relation"] == "supplies" and r["subject"] == "Avigilon"]
    assert sorted(r["product"] for r in supplied) == ["Face Recognition", "Video Analytics"]
    # The columns before keep their places, and amounts stays last.
    assert list(rows[0])[-3:] == ["end", "product", "amounts"]
    repeated = Counter(tuple(r.values()) for r in rows)
    assert [row for row, n in repeated.items() if n > 1] == []


@pytest.mark.skipif(not SCHOLARS.is_file(), reason="../shared/datasets/eff-atlas is not here")
def test_the_real_atlas_rows_are_told_apart(tmp_path):
    out = tmp_path / "out"
    built = cli_build(out, ("atlas", SCHOLARS))
    assert built.exit_code in (0, 1), built.stderr  # the file's shortened dates are reported
    rows = _single_source(out)
    grand_valley = [
        r["product"]
        for r in rows
        if r["subject"] == "Avigilon"
        and r["object"] == "Grand Valley State University Department of Public Safety"
    ]
    assert sorted(grand_valley) == ["Face Recognition", "Video Analytics"]
    repeated = Counter(tuple(r.values()) for r in rows)
    assert [row for row, n in repeated.items() if n > 1] == []


def _two_awards(folder, first: str, second: str):
    """A tracker's two awards, TEST0101 and TEST0102, of one firm at one office, of these
    amounts, beside a download's award to another firm; the output folder."""
    return tracker_claims(
        folder,
        [r for r in prime_rows() if r["award_id_piid"] == "TEST0007"],
        f"Meridian Toner & Ink,TEST OFFICE BETA,{first},TEST0101\n"
        f"Meridian Toner & Ink,TEST OFFICE BETA,{second},TEST0102\n",
    )


def test_connections_tells_apart_two_awards_of_one_firm_at_one_office(tmp_path):
    out = _two_awards(tmp_path, "75.25", "80.50")
    rows = _rows(out, "connections", "-p", "entity=Meridian Toner & Ink")
    supplied = [r for r in rows if r["relation"] == "supplies"]
    assert sorted((r["contract"], r["amount"], r["currency"]) for r in supplied) == [
        ("TEST0101", "75.25", "USD"),
        ("TEST0102", "80.50", "USD"),
    ]
    # The columns before keep their places, and claimed stays last.
    assert list(rows[0])[-6:] == ["sources", "contract", "amount", "currency", "product", "claimed"]
    repeated = Counter(tuple(r.values()) for r in rows)
    assert [row for row, n in repeated.items() if n > 1] == []


def test_timeline_names_each_fact_s_award(tmp_path):
    # VISTA OUTDOOR SALES LLC's two IDVs at Mission Support Washington, 0 USD each, begun on
    # 2011-09-29, were one line twice.
    out = _two_awards(tmp_path, "0", "0")
    shown = invoke("timeline", "Meridian Toner & Ink", "--graph", out / "graph.ttl")
    assert shown.exit_code == 0, shown.stderr
    supplies = [line.strip() for line in shown.stdout.splitlines() if " supplies " in line]
    assert sorted(supplies) == [
        f"Meridian Toner & Ink supplies TEST OFFICE BETA  [0 USD; award: {award}]  "
        "(reported date unknown)"
        for award in ("TEST0101", "TEST0102")
    ]
    as_json = invoke(
        "timeline", "Meridian Toner & Ink", "--graph", out / "graph.ttl", "--format", "json"
    )
    labels = [
        f["contract_label"]
        for f in json.loads(as_json.stdout)["undated"]
        if f["relation"] == "supplies"
    ]
    assert sorted(labels) == ["TEST0101", "TEST0102"]
