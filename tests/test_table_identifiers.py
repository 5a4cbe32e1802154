"""An identifier in a query's text table is never cut, as amounts and dates are not: at 120
characters `graphkit query suppliers -p agency=ICE` on the real records printed the awards'
PIIDs as `HSCEMR14P…` and `70CMSD18F…`, which name no award (a dozen share each start), with
exit 0. Names and links give way first; a column of identifiers too wide for the terminal is
left out and named in the footer, as any column."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner
from records_support import HAVE_FREEZER, NO_FREEZER, freezer_build, prime_rows, tracker_claims

from graphkit.cli import cli

PIIDS = ("HSCEMR14P00012", "HSCETC16J00077", "70CMSD18FR0000056")
SHEET = (
    f"Twenty Four Seven Delivery Services LLC,TEST OFFICE ALPHA,82001.36,{PIIDS[0]}\n"
    f"Three Sixty Information Technology Integration Inc,TEST OFFICE ALPHA,3353415.04,{PIIDS[1]}\n"
    f"Allied Universal Security Services Corporation,TEST OFFICE ALPHA,18323192.43,{PIIDS[2]}\n"
)


def _ask(graph, *args, columns: int = 120) -> str:
    env = {"COLUMNS": str(columns)}
    result = CliRunner().invoke(
        cli, ["query", *map(str, args), "--graph", str(graph)], env=env, catch_exceptions=False
    )
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _column(text: str, name: str) -> list[str]:
    """The cells of one column of a text table, cut at the rule's column starts."""
    lines = text.splitlines()
    header, rule, rows = lines[0], lines[1], lines[2:-1]
    starts = [i for i, c in enumerate(rule) if c == "-" and (i == 0 or rule[i - 1] == " ")]
    ends = [*starts[1:], None]
    names = [header[a:b].strip() for a, b in zip(starts, ends, strict=True)]
    at = names.index(name)
    return [row[starts[at] : ends[at]].strip() for row in rows]


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    """A tracker's three awards of long-named firms at TEST OFFICE ALPHA, beside a download's."""
    folder = tmp_path_factory.mktemp("identifiers")
    prime = [r for r in prime_rows() if r["award_id_piid"] == "TEST0007"]
    return tracker_claims(folder, prime, SHEET) / "graph.ttl"


def test_suppliers_keep_each_award_s_piid_whole(graph):
    shown = _ask(graph, "suppliers", "-p", "agency=ICE")
    assert all(len(line) <= 120 for line in shown.splitlines()), shown
    contracts = _column(shown, "contract")
    assert set(PIIDS) <= set(contracts), shown
    assert not any(cell.endswith("…") for cell in contracts), shown
    # The names gave way instead, each still readable.
    assert any(cell.startswith("Three Sixty") for cell in _column(shown, "supplier"))
    # The award keys do not fit beside them whole: left out, and named.
    assert "award" not in shown.splitlines()[0].split()
    assert "award" in shown.splitlines()[-1], shown


def test_connections_keep_piids_whole_where_a_column_mixes_them_with_names(graph):
    shown = _ask(graph, "connections", "-p", "entity=TEST OFFICE ALPHA")
    assert all(len(line) <= 120 for line in shown.splitlines()), shown
    assert set(PIIDS) <= set(_column(shown, "contract")), shown


@pytest.mark.skipif(not HAVE_FREEZER, reason=NO_FREEZER)
def test_the_real_ice_suppliers_piids_are_whole_or_left_out(tmp_path):
    graph = freezer_build(tmp_path / "out") / "graph.ttl"
    rows = list(
        csv.DictReader(io.StringIO(_ask(graph, "suppliers", "-p", "agency=ICE", "--format", "csv")))
    )
    # At 120 characters the longest PIIDs (37 characters, "GI000200306AP0303GI0017…") do
    # not fit beside the names whole: the column is left out, and named, as a date's would be.
    narrow = _ask(graph, "suppliers", "-p", "agency=ICE")
    assert "contract" not in narrow.splitlines()[0].split()
    assert "contract" in narrow.splitlines()[-1]
    assert "HSCEMR14P…" not in narrow
    # Wide enough, every one is printed whole, row by row as csv gives it.
    wide = _ask(graph, "suppliers", "-p", "agency=ICE", columns=160)
    assert _column(wide, "contract") == [row["contract"] for row in rows]
