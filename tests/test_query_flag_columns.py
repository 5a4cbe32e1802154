"""The text table leaves out a flag column (`# flag:` in a query's header) that no row sets,
as it leaves out a column no row fills: DHS's suppliers on the real build printed `claimed`
false on each of their rows, and its room squeezed the supplier's name to four characters.
Where a row sets it, the table shows it; csv and json keep it always. --wide, which prints
every other column whole, printed a flag no row sets too, a column of `false`."""

from __future__ import annotations

import csv
import io

import pytest
from records_support import prime_rows, tracker_claims
from support import invoke

from graphkit.query.display import text_table
from graphkit.query.named import get_query

AWARD = "TEST0007"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A download's award to WEST PUBLISHING CORPORATION at TEST OFFICE ALPHA, and a tracker's
    sheet naming Meridian Toner & Ink its supplier at TEST OFFICE BETA."""
    folder = tmp_path_factory.mktemp("flag-columns")
    [row] = [r for r in prime_rows() if r["award_id_piid"] == AWARD]
    out = tracker_claims(folder, [row], f"Meridian Toner & Ink,TEST OFFICE BETA,80.50,{AWARD}\n")
    return out / "graph.ttl"


def _ask(graph, *args: str) -> str:
    result = invoke("query", *args, "--graph", graph)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _claimed(graph, name: str, param: str) -> list[str]:
    text = _ask(graph, name, "-p", param, "--format", "csv")
    return [row["claimed"] for row in csv.DictReader(io.StringIO(text))]


@pytest.mark.parametrize(
    ("name", "param"),
    [
        ("suppliers", "agency=TEST OFFICE ALPHA"),
        ("contracts", "agency=TEST OFFICE ALPHA"),
        ("customers", "company=west-publishing"),
        ("connections", "entity=west-publishing"),
    ],
)
def test_table_leaves_out_a_flag_no_row_sets(built, name, param):
    assert set(_claimed(built, name, param)) == {"false"}
    header = _ask(built, name, "-p", param).splitlines()[0].split()
    assert not [column for column in header if column.startswith("cl")], header
    # --wide prints every other column, as it prints every cell whole: the flags no row sets
    # (`claimed`, and `undated_tie` where the query has it) are left out there too.
    flags = get_query(name).flags
    every = _ask(built, name, "-p", param, "--format", "csv").splitlines()[0].split(",")
    wide = _ask(built, name, "-p", param, "--wide").splitlines()[0].split()
    # (the currency folded into the amount, as at any width)
    assert wide == [column for column in every if column not in (*flags, "currency")]


@pytest.mark.parametrize(
    ("name", "param"),
    [("suppliers", "agency=TEST OFFICE BETA"), ("customers", "company=Meridian Toner & Ink")],
)
def test_table_shows_a_flag_a_row_sets(built, name, param):
    assert "true" in _claimed(built, name, param)
    header = _ask(built, name, "-p", param).splitlines()[0].split()
    assert header[-1].startswith("cl"), header


def test_the_queries_that_mark_claims_declare_the_flag():
    assert get_query("connections").flags == ("claimed",)
    # A group's rows listed without testing the years of a tie to it are marked too.
    for name in ("suppliers", "contracts", "customers"):
        assert get_query(name).flags == ("undated_tie", "claimed")
    assert get_query("funded-suppliers").flags == ("undated_tie",)


def test_a_flag_column_any_row_sets_stays():
    table = text_table(["firm", "claimed"], [["Acme", "false"], ["Beta", "true"]], 80, ["claimed"])
    assert table.splitlines()[0].split() == ["firm", "claimed"]
    table = text_table(["firm", "claimed"], [["Acme", "false"]], 80, ["claimed"])
    assert table.splitlines()[0].split() == ["firm"]
    # At any width: --wide (no width) keeps a column no row fills, not a flag no row sets.
    table = text_table(["firm", "note", "claimed"], [["Acme", "", "false"]], None, ["claimed"])
    assert table.splitlines()[0].split() == ["firm", "note"]
    table = text_table(
        ["firm", "claimed"], [["Acme", "false"], ["Beta", "true"]], None, ["claimed"]
    )
    assert table.splitlines()[0].split() == ["firm", "claimed"]
