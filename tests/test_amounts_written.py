"""An amount is printed as the decimal it was written, in every format that prints one:
`graphkit query` as csv, tsv, json and jsonl printed `1500000.0` (a float's spelling) and
`1500000.5` for cents written `1,500,000.50`; `export --format csv` wrote `1500000.5`."""

from __future__ import annotations

import csv
import io
import json

import pytest
from support import build_with_facts, invoke

from graphkit.amounts import amount_text

FACTS = """\
- subject: palantir
  relation: supplies
  object: hsi
  amount: 1500000
  currency: USD
  citations:
    - source: 404media-elite
      locator: paragraph 4
- subject: clearview-ai
  relation: supplies
  object: hsi
  amount: "1,500,000.50"
  currency: EUR
  citations:
    - source: techcrunch-clearview-ice
      locator: paragraph 5
"""
WRITTEN = {"Palantir Technologies": "1500000", "Clearview AI": "1500000.50"}


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("amounts")
    ran, _ = build_with_facts(tmp_path, {"amounts.yaml": FACTS})
    assert ran.exit_code == 0, ran.stderr
    return tmp_path / "out" / "graph.ttl"


def _query(graph, fmt: str) -> str:
    ran = invoke("query", "suppliers", "-p", "agency=HSI", "--graph", graph, "--format", fmt)
    assert ran.exit_code == 0, ran.stderr
    return ran.stdout


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_a_query_s_delimited_rows_print_amounts_as_written(graph, fmt):
    rows = csv.DictReader(io.StringIO(_query(graph, fmt)), delimiter="," if fmt == "csv" else "\t")
    assert {r["supplier"]: r["amount"] for r in rows if r["supplier"] in WRITTEN} == WRITTEN


def test_a_query_s_json_and_json_lines_print_amounts_as_written(graph):
    answer = json.loads(_query(graph, "json"))["results"]["bindings"]
    lines = [json.loads(line) for line in _query(graph, "jsonl").splitlines()]
    for bindings in (answer, lines):
        found = {b["supplier"]["value"]: b["amount"] for b in bindings}
        assert {k: found[k]["value"] for k in WRITTEN} == WRITTEN
        assert {found[k]["datatype"] for k in WRITTEN} == {
            "http://www.w3.org/2001/XMLSchema#decimal"
        }


def test_export_prints_amounts_as_written(graph, tmp_path):
    ran = invoke("export", "--format", "csv", "-o", tmp_path / "csv", "--graph", graph)
    assert ran.exit_code == 0, ran.stderr
    edges = csv.DictReader(io.StringIO((tmp_path / "csv" / "edges.csv").read_text()))
    amounts = {(e["source"], e["amount"]) for e in edges if e["target"] == "hsi"}
    assert amounts >= {("palantir", "1500000"), ("clearview-ai", "1500000.50")}
    ran = invoke("export", "--format", "graphml", "-o", tmp_path / "g.graphml", "--graph", graph)
    assert ran.exit_code == 0, ran.stderr
    text = (tmp_path / "g.graphml").read_text(encoding="utf-8")
    assert ">1500000.50<" in text and ">1500000<" in text


@pytest.mark.parametrize(
    ("stored", "shown"),
    [("1500000.0", "1500000"), ("1500000.5", "1500000.50"), ("0.125", "0.125"), ("x", "x")],
)
def test_an_amount_s_text(stored, shown):
    assert amount_text(stored) == shown


@pytest.mark.parametrize("command", ["show", "timeline"])
def test_the_explaining_commands_json_print_amounts_as_written(graph, command):
    """`show` and `timeline` as JSON printed "1500000.5" for 1,500,000.50 (and "224000.0")."""
    ran = invoke(command, "clearview-ai", "--format", "json", "--graph", graph)
    assert ran.exit_code == 0, ran.stderr
    assert '"amount": "1500000.50"' in ran.stdout
    assert '"amount": "224000"' in ran.stdout and '"amount": "224000.0"' not in ran.stdout
