"""A figure two records give apart is said to be disputed wherever a named query shows it.

Two downloads of one award (the prime awards fixture holds TEST0001 with 1000.50 and, on a
later row, 1500.00) make one relationship with both figures as claims, marked disputed.
`contracts` said so in its `disputed` column; `suppliers`, `customers` and `funded-suppliers`
showed the figure the rule picks as if it were the only one, `confirmed`, with exit 0."""

from __future__ import annotations

import csv
import io

import records_support as rs
from support import invoke
from test_usaspending_funding import FUNDED_BY_ICE, GSA

from graphkit.build.outputs import write_outputs

PRIME = rs.RECORDS / "prime_awards.csv"


def _graph(tmp_path, path) -> object:
    out = tmp_path / "out"
    write_outputs(rs.build_with(("usaspending", path)), out)
    return out / "graph.ttl"


def _answer(graph, name: str, **params: str) -> list[dict[str, str]]:
    """`graphkit query NAME --format csv`, by column, of the rows the records give."""
    args = ["query", name, "--graph", graph, "--format", "csv"]
    for key, value in params.items():
        args += ["-p", f"{key}={value}"]
    result = invoke(*args)
    assert result.exit_code == 0, result.stderr
    rows = csv.DictReader(io.StringIO(result.stdout))
    return [row for row in rows if "usaspending.gov" in row["sources"]]


def _amounts(rows) -> list[tuple[str, str]]:
    return sorted((row["amount"], row.get("disputed")) for row in rows)


def test_suppliers_and_customers_say_which_figure_records_dispute(tmp_path):
    graph = _graph(tmp_path, PRIME)
    # West's TEST0001: 1000.50 and 1500.00 in two records; TEST0002 one (TEST0007 is
    # another firm's of that name, known by its UEI)
    expected = [("1500", "true"), ("250", "false")]
    suppliers = _answer(graph, "suppliers", agency="ice")
    west = [row for row in suppliers if row["supplier"] == "WEST PUBLISHING CORPORATION"]
    assert _amounts(west) == [*expected, ("75.25", "false")]
    assert _amounts(_answer(graph, "customers", company="west-publishing")) == expected
    # the records' other awards agree with themselves
    assert {row["disputed"] for row in suppliers if row not in west} == {"false"}


def test_funded_suppliers_say_which_figure_records_dispute(tmp_path):
    """The award GSA made for ICE, in two downloads that give it apart."""
    rows = rs.prime_rows()
    path = rs.write_rows(
        tmp_path / "Contracts_PrimeAwardSummaries_paid.csv",
        [rows[0] | GSA | FUNDED_BY_ICE, rows[8] | GSA | FUNDED_BY_ICE, rows[1]],
    )
    graph = _graph(tmp_path, path)
    paid = _answer(graph, "funded-suppliers", agency="ice")
    assert [(r["contract"], r["amount"], r.get("disputed")) for r in paid] == [
        ("TEST0001", "1500", "true")
    ]
    # and each record's figure, where the first claim's was the only one shown
    assert paid[0]["amounts"] == "1000.50 USD (USAspending.gov) | 1500 USD (USAspending.gov)"


def test_the_text_table_marks_a_disputed_figure(tmp_path):
    graph = _graph(tmp_path, PRIME)
    result = invoke("query", "suppliers", "--graph", graph, "-p", "agency=ice", "--wide")
    assert result.exit_code == 0, result.stderr
    [line] = [line for line in result.stdout.splitlines() if "$1,500" in line]
    assert "true" in line.split("$1,500")[1]
