"""An amount is printed as the decimal it was written, in every format that prints one:
`graphkit query` as csv, tsv, json and jsonl printed `1500000.0` (a float's spelling) and
`1500000.5` for cents written `1,500,000.50`; `export --format csv` wrote `1500000.5`."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
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


# An edge's amount is numeric only under its currency's own attribute (`amount_USD`,
# `amount_EUR`), in GraphML, GEXF, Cypher and CSV, so a tool that adds up a column (Gephi's
# statistics, yEd, networkx, a Neo4j `sum`) adds one currency; `amount` is the decimal as
# written, text beside `currency`. GraphML and GEXF gave every edge one numeric `amount`, and a
# sum of it added 1,500,000.50 euros to 1,500,000 dollars.
READERS = {
    "graphml": lambda data: nx.read_graphml(io.BytesIO(data), force_multigraph=True),
    "gexf": lambda data: nx.read_gexf(io.BytesIO(data)),
}


def _exported(graph, fmt, tmp_path) -> bytes:
    out = tmp_path / f"graph.{fmt}"
    ran = invoke("export", "--graph", graph, "--format", fmt, "-o", out)
    assert ran.exit_code == 0, ran.stderr
    return out.read_bytes()


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_a_sum_of_an_amount_attribute_adds_one_currency(graph, tmp_path, fmt):
    net = READERS[fmt](_exported(graph, fmt, tmp_path))
    to_hsi = [d for _, target, d in net.edges(data=True) if target == "hsi"]
    totals: dict[str, float] = {}
    for data in to_hsi:
        for name, value in data.items():
            if isinstance(value, float):
                totals[name] = totals.get(name, 0.0) + value
    assert totals == {"amount_EUR": 1500000.5, "amount_USD": 1500000.0}
    written = {(d["amount"], d["currency"]) for d in to_hsi if "amount" in d}
    assert written == {("1500000", "USD"), ("1500000.50", "EUR")}


def test_cypher_gives_each_currency_its_property(graph, tmp_path):
    text = _exported(graph, "cypher", tmp_path).decode("utf-8")
    assert "`amount`: '1500000.50', `amount_EUR`: 1500000.5, " in text
    assert "`amount`: '1500000', `amount_USD`: 1500000.0, " in text


def test_csv_gives_each_currency_its_column(graph, tmp_path):
    out = tmp_path / "tables"
    assert invoke("export", "--graph", graph, "--format", "csv", "-o", out).exit_code == 0
    with open(out / "edges.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0])[-2:] == ["amount_EUR", "amount_USD"]
    to_hsi = {
        (r["amount"], r["currency"], r["amount_EUR"], r["amount_USD"])
        for r in rows
        if r["target"] == "hsi" and r["amount"]
    }
    assert to_hsi == {("1500000", "USD", "", "1500000"), ("1500000.50", "EUR", "1500000.50", "")}
