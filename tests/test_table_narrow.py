"""A query's table in a terminal too narrow for all its columns leaves out the last ones, and
names them, rather than squeezing every text column to three or four characters.

`graphkit query suppliers -p agency=ICE` on the real build, 12 columns in 100 characters,
printed "A2Z…", "Mis…", "git…", "HSC…": no supplier, office, source or award could be read.
Now each column shown keeps at least ten characters (or its whole value), amounts and dates
whole; the footer says which columns --wide (or csv, json) adds."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner
from records_support import ICE_PRIME, RECORDS, cli_build

from graphkit.cli import cli
from graphkit.query.display import text_table

ICE = "agency=ICE"
# The fewest characters of a cut cell, its ellipsis included, that still name something.
READABLE = 10


def _ask(graph, *args, columns: int | None = None) -> str:
    env = {"COLUMNS": str(columns)} if columns else {}
    result = CliRunner().invoke(
        cli, ["query", *map(str, args), "--graph", str(graph)], env=env, catch_exceptions=False
    )
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    """The mini project and a Prime Award Summaries download of ICE's awards (three of its
    rows are bad on purpose, skipped with exit status 1)."""
    out = tmp_path_factory.mktemp("narrow") / "out"
    result = cli_build(out, ("usaspending", RECORDS / "prime_awards.csv"))
    assert result.exit_code == 1 and "3 entries skipped" in result.stderr, result.stderr
    return out / "graph.ttl"


def _shown(text: str) -> tuple[list[str], list[list[str]], str]:
    """The header, the rows cut at the header's column starts, and the footer."""
    lines = text.splitlines()
    header, rule, rows, footer = lines[0], lines[1], lines[2:-1], lines[-1]
    starts = [i for i, c in enumerate(rule) if c == "-" and (i == 0 or rule[i - 1] == " ")]
    ends = [*starts[1:], None]
    cut = [[row[a:b].strip() for a, b in zip(starts, ends, strict=True)] for row in rows]
    return header.split(), cut, footer


def _whole(graph) -> dict[str, list[str]]:
    rows = list(csv.DictReader(io.StringIO(_ask(graph, "suppliers", "-p", ICE, "--format", "csv"))))
    return {name: [row[name] for row in rows] for name in rows[0]}


def test_suppliers_at_100_columns_are_readable(graph):
    header, rows, footer = _shown(_ask(graph, "suppliers", "-p", ICE, columns=100))
    assert header[:2] == ["supplier", "buyer"]
    for row in rows:
        for cell in row:
            # whole, or cut after at least nine characters and the ellipsis
            assert not cell.endswith("…") or len(cell) >= READABLE, (cell, row)
    suppliers = [row[0] for row in rows]
    assert "Palantir Tech…" in suppliers or "Palantir Technologies" in suppliers
    assert "$42,000,000" in [row[header.index("amount")] for row in rows]
    assert footer.endswith("3 more columns: contract, award, amounts)"), footer


def test_wide_and_csv_keep_the_columns_the_table_left_out(graph):
    wide = _ask(graph, "suppliers", "-p", ICE, "--wide", columns=100).splitlines()[0].split()
    assert {"contract", "award"} <= set(wide)
    assert {"contract", "award", "sources"} <= set(_whole(graph))


def test_first_column_and_a_set_flag_are_kept_last():
    columns = ["firm", "notes", "more", "claimed"]
    rows = [["Acme Analytics Holdings", "x" * 40, "y" * 40, "true"]]
    lines = text_table(columns, rows, width=40, flags=["claimed"]).splitlines()
    assert lines[0].split() == ["firm", "notes", "claimed"]
    assert lines[-1] == "(1 row; 1 more column with --wide)"
    assert all(len(line) <= 40 for line in lines)


@pytest.mark.skipif(not ICE_PRIME.is_file(), reason="../shared/datasets/usaspending is not here")
def test_the_real_ice_downloads_suppliers_read_at_100_columns(tmp_path):
    out = tmp_path / "out"
    assert cli_build(out, ("usaspending", ICE_PRIME)).exit_code == 0
    text = _ask(out / "graph.ttl", "suppliers", "-p", ICE, columns=100)
    assert max(len(line) for line in text.splitlines()) <= 100
    header, rows, _ = _shown(text)
    assert header[:2] == ["supplier", "buyer"]
    # "INVES…", "usasp…", "HSCEO…": the office, the source and the award named nothing
    cut_short = [c for row in rows for c in row if c.endswith("…") and len(c) < READABLE]
    assert cut_short == []
