"""Two awards between the same parties are two rows a user can tell apart: `suppliers`,
`single-source` and `customers` name the award as `contracts` does (its contract and award
key). Each printed two identical rows for West Publishing's two ICE purchase orders of the same
amount and dates."""

from __future__ import annotations

import csv
import io

import records_support as rs
from support import invoke

from graphkit.build.outputs import write_outputs


def _two_awards(tmp_path):
    """West's ICE order TEST0001 and a second order alike in all but its id."""
    first = rs.prime_rows()[0]
    second = first | {
        "contract_award_unique_key": "CONT_AWD_TEST0101_7012_-NONE-_-NONE-",
        "award_id_piid": "TEST0101",
    }
    path = rs.write_rows(tmp_path / "Contracts_PrimeAwardSummaries_two.csv", [first, second])
    write_outputs(rs.build_with(("usaspending", path)), tmp_path / "out")
    return tmp_path / "out" / "graph.ttl"


def _rows(graph, *args) -> list[dict[str, str]]:
    ran = invoke("query", *args, "--graph", graph, "--format", "csv")
    assert ran.exit_code == 0, ran.stderr
    return list(csv.DictReader(io.StringIO(ran.stdout)))


def test_suppliers_and_single_source_name_each_award(tmp_path):
    graph = _two_awards(tmp_path)
    west = [
        row
        for row in _rows(graph, "suppliers", "-p", "agency=ICE")
        if row["supplier"].casefold().startswith("west publishing")
    ]
    assert [(row["award"], row["amount"]) for row in west] == [
        ("CONT_AWD_TEST0001_7012_-NONE-_-NONE-", "1000.50"),
        ("CONT_AWD_TEST0101_7012_-NONE-_-NONE-", "1000.50"),
    ]
    assert len({tuple(row.values()) for row in west}) == 2
    contracts = {
        (row["contract"], row["award"])
        for row in _rows(graph, "contracts", "-p", "agency=ICE")
        if row["supplier"] == west[0]["supplier"]
    }
    assert {(row["contract"], row["award"]) for row in west} == contracts
    supplied = [
        row
        for row in _rows(graph, "single-source")
        if row["subject"] == west[0]["supplier"] and row["relation"] == "supplies"
    ]
    assert {(row["contract"], row["award"]) for row in supplied} == contracts
    assert len(supplied) == 2
    customers = [
        row
        for row in _rows(graph, "customers", "-p", f"company={west[0]['supplier']}")
        if row["customer"] == west[0]["buyer"]
    ]
    assert {(row["contract"], row["award"]) for row in customers} == contracts
    assert len(customers) == 2
