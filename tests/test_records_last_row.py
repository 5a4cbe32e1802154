"""A record file whose last row has no line end, as spreadsheets and portals save one, reads as
the same file with it: every reader (USAspending prime awards, subawards, assistance and
subgrants, the Atlas, a mapped table) read that row as maybe cut off and refused it, its facts
lost. A row that is cut, in a quote left open, is still refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from records_support import RECORDS, build_with


def stated(result) -> tuple[list[tuple], list[tuple]]:
    """What a build states (each relationship with its amount and the lines citing it) and
    what it reports."""
    facts = sorted(
        (
            r.subject,
            r.relation,
            r.object,
            str(r.amount),
            sorted((Path(w.file).name, w.line) for w in r.where),
        )
        for r in result.relationships
    )
    return facts, sorted((str(p.path), p.line, p.field, p.message) for p in result.problems)


@pytest.mark.parametrize(
    ("kind", "source", "data"),
    [
        ("usaspending", "prime_awards.csv", "prime_awards.csv"),
        ("usaspending", "subawards.csv", "subawards.csv"),
        ("usaspending", "assistance_awards.csv", "assistance_awards.csv"),
        ("usaspending", "subgrants.csv", "subgrants.csv"),
        ("atlas", "atlas.csv", "atlas.csv"),
        ("mapping", "awards.yaml", "awards.csv"),
        ("mapping", "orders.yaml", "orders.csv"),
    ],
)
def test_every_reader_reads_a_last_row_without_its_line_end(tmp_path, kind, source, data):
    shutil.copy(RECORDS / source, tmp_path / source)
    text = (RECORDS / data).read_bytes()
    assert text.endswith(b"\n")
    (tmp_path / data).write_bytes(text.rstrip(b"\r\n"))
    ended = stated(build_with((kind, RECORDS / source)))
    unended = stated(build_with((kind, tmp_path / source)))
    assert unended[0] == ended[0]
    assert [p[1:] for p in unended[1]] == [p[1:] for p in ended[1]]


def test_a_last_row_cut_in_a_quoted_cell_is_refused(tmp_path):
    rows = (
        "Agency,Technology,Vendor,City,State,Link\n"
        "Yakima Police Department,Automated License Plate Readers,Vigilant Solutions,Yakima,WA,"
        '"https://www.documentcloud.org/documents/4432253-Data-Sharing-Report-Yakima'
    )
    (tmp_path / "atlas.csv").write_text(rows, encoding="utf-8")
    result = build_with(("atlas", tmp_path / "atlas.csv"))
    assert [(p.line, p.message) for p in result.problems] == [
        (
            2,
            "the last row ends inside a quoted cell (its quote is never closed): the file "
            "looks truncated",
        )
    ]
    (tmp_path / "atlas.csv").write_text(rows + '.html"', encoding="utf-8")
    result = build_with(("atlas", tmp_path / "atlas.csv"))
    assert not result.problems
    assert "yakima-police-department-wa" in {r.subject for r in result.relationships}
