"""A named query that shows an amount lists each source's amount of a fact they give apart.

Two downloads of one award (the prime awards fixture holds TEST0001 with 1000.50 and, on a
later row, 1500.00) make one fact of two claims: the queries printed 1500 alone, the first
claim's, with `disputed` true and no word of the other figure."""

from __future__ import annotations

import csv
import io
import json

import pytest
import records_support as rs
from support import invoke

from graphkit.build.outputs import write_outputs

BOTH = "1000.50 USD (USAspending.gov) | 1500 USD (USAspending.gov)"
QUERIES = [
    ("suppliers", ("-p", "agency=ice")),
    ("customers", ("-p", "company=west-publishing")),
    ("contracts", ("-p", "agency=ice")),
    ("single-source", ()),
]


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    out = tmp_path_factory.mktemp("amounts") / "out"
    write_outputs(rs.build_with(("usaspending", rs.RECORDS / "prime_awards.csv")), out)
    return out / "graph.ttl"


def _ask(graph, name: str, params: tuple, fmt: str) -> str:
    result = invoke("query", name, *params, "--graph", graph, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(("name", "params"), QUERIES)
@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_each_claim_s_amount_in_csv_and_tsv(graph, name, params, fmt):
    text = _ask(graph, name, params, fmt)
    rows = list(csv.DictReader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t"))
    told = {r["amount"]: r["amounts"] for r in rows if "usaspending.gov" in r["sources"]}
    assert told["1500"] == BOTH
    # A fact its sources agree on lists nothing: its amount is the only one.
    assert told["250"] == ""


@pytest.mark.parametrize(("name", "params"), QUERIES)
def test_each_claim_s_amount_in_json_and_jsonl(graph, name, params):
    bindings = json.loads(_ask(graph, name, params, "json"))["results"]["bindings"]
    disputed = [b for b in bindings if b.get("amount", {}).get("value") == "1500"]
    assert [b["amounts"]["value"] for b in disputed] == [BOTH]
    lines = [json.loads(line) for line in _ask(graph, name, params, "jsonl").splitlines()]
    assert [r["amounts"]["value"] for r in lines if r.get("amount", {}).get("value") == "1500"] == [
        BOTH
    ]


def test_the_text_table_shows_each_claim_s_amount_as_money(graph):
    text = _ask(graph, "suppliers", ("-p", "agency=ice", "--wide"), "text")
    [line] = [line for line in text.splitlines() if "$1,500 " in line]
    # last: the flags no row sets (`undated_tie`, `claimed`) are left out, --wide too
    assert line.rstrip().endswith("$1,000.50 (USAspending.gov) | $1,500 (USAspending.gov)")
    assert text.splitlines()[0].split()[-1] == "amounts"
