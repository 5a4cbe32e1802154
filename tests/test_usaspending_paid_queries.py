"""The named queries follow an agency's money: a firm that GSA contracted for ICE, with ICE's
money, is among the firms ICE paid (`funded-suppliers`: the buyer of record, GSA's office, and
the ICE unit that funded the award), GSA's suppliers and contracts and the firm's customers say
whose money paid; on Oxigraph and on rdflib's own engine alike."""

from __future__ import annotations

import csv
import io

import pytest
import records_support as rs
from support import invoke
from test_usaspending_funding import FUNDED_BY_ICE, GSA

from graphkit.build.outputs import write_outputs
from graphkit.query.named import format_table, get_query, run, to_table
from graphkit.rdf.store import load_graph
from graphkit.vocab import ENT

ICE_MN = rs.DATASETS / "usaspending" / "Contracts_PrimeAwardSummaries_ICE_MN_dev.csv"
ICE_OFFICE = "DETENTION COMPLIANCE AND REMOVALS"


def _graph(tmp_path, *sources) -> object:
    out = tmp_path / "out"
    write_outputs(rs.build_with(*sources), out)
    return out / "graph.ttl"


def _answer(graph, name: str, **params: str) -> list[dict[str, str]]:
    """`graphkit query NAME --format csv` as a user runs it (on Oxigraph), by column; the same
    text as rdflib's own engine gives on its memory store."""
    args = ["query", name, "--graph", graph, "--format", "csv"]
    for key, value in params.items():
        args += ["-p", f"{key}={value}"]
    result = invoke(*args)
    assert result.exit_code == 0, result.stderr
    query = get_query(name)
    memory = load_graph(graph, "memory")
    bindings = {key: ENT[value] for key, value in params.items()}
    table = to_table(run(memory, query.text, bindings), query.lists)
    assert format_table(table, "csv", None) == result.stdout
    return list(csv.DictReader(io.StringIO(result.stdout)))


@pytest.fixture(scope="module")
def paid(tmp_path_factory):
    """West's award TEST0001 made by GSA's FAS for ICE with ICE's money; TEST0002 ICE's own."""
    folder = tmp_path_factory.mktemp("paid")
    rows = rs.prime_rows()
    path = folder / "Contracts_PrimeAwardSummaries_paid.csv"
    rs.write_rows(path, [rows[0] | GSA | FUNDED_BY_ICE, rows[1]])
    return _graph(folder, ("usaspending", path))


def _pick(rows, *columns):
    """The columns of the rows the records give (the mini project's own facts left out)."""
    records = [row for row in rows if "usaspending.gov" in row["sources"]]
    return [tuple(row[c] for c in columns) for row in records]


def test_a_firm_gsa_contracted_with_ices_money_is_among_the_firms_ice_paid(paid):
    """`suppliers -p agency=ICE` follows `supplies` to ICE's units; the firm GSA's office bought
    from with ICE's money is in `funded-suppliers`, with the unit that paid."""
    assert _pick(_answer(paid, "suppliers", agency="ice"), "supplier", "buyer", "amount") == [
        ("WEST PUBLISHING CORPORATION", "TEST OFFICE ALPHA", "250"),
    ]
    paid_for = _answer(paid, "funded-suppliers", agency="ice")
    assert _pick(paid_for, "supplier", "buyer", "funded_by", "amount", "contract") == [
        ("WEST PUBLISHING CORPORATION", "GSA/FAS AAS REGION 3", ICE_OFFICE, "1000.50", "TEST0001")
    ]
    # ICE's department paid for it too; GSA, the buyer of record, lists it with whose money
    assert _pick(_answer(paid, "funded-suppliers", agency="dhs"), "buyer") == [
        ("GSA/FAS AAS REGION 3",)
    ]
    gsa = _answer(paid, "suppliers", agency="gsa-fas-aas-region-3-4732")
    assert _pick(gsa, "supplier", "funded_by", "amount") == [
        ("WEST PUBLISHING CORPORATION", ICE_OFFICE, "1000.50")
    ]
    # an office that buys with its own money pays no one through another's contract
    assert (
        _pick(_answer(paid, "funded-suppliers", agency="gsa-fas-aas-region-3-4732"), "award") == []
    )


def test_ices_contracts_and_the_award_gsa_made_for_it_count_it_once(paid):
    rows = _answer(paid, "contracts", agency="ice")
    assert _pick(rows, "contract", "buyer", "funded_by", "amount") == [
        ("TEST0002", "TEST OFFICE ALPHA", "", "250"),
    ]
    gsa = _answer(paid, "contracts", agency="gsa-fas-aas-region-3-4732")
    assert _pick(gsa, "contract", "funded_by", "amount") == [("TEST0001", ICE_OFFICE, "1000.50")]
    assert len(_pick(_answer(paid, "contracts", agency="dhs"), "award")) == 1


def test_a_firms_customers_say_whose_money_paid(paid):
    rows = _answer(paid, "customers", company="west-publishing")
    assert _pick(rows, "customer", "funded_by", "amount") == [
        ("GSA/FAS AAS REGION 3", ICE_OFFICE, "1000.50"),
        ("TEST OFFICE ALPHA", "", "250"),
    ]
    # connections followed every relation already: the funding office's is there
    rows = _answer(paid, "connections", entity="west-publishing")
    assert ("in", "funds", ICE_OFFICE) in _pick(rows, "direction", "relation", "other")


def test_a_grant_makes_no_supplier_of_its_recipient(tmp_path):
    """FEMA funds a city's plate readers: the city sells FEMA nothing. Only a unit that funds
    a firm under the award the firm supplies under pays a supplier."""
    graph = _graph(tmp_path, ("usaspending", rs.RECORDS / "assistance_awards.csv"))
    assert _pick(_answer(graph, "suppliers", agency="dhs"), "supplier") == []
    assert _pick(_answer(graph, "contracts", agency="dhs"), "supplier") == []
    assert ("in", "funds") in _pick(
        _answer(graph, "connections", entity="city-of-brandle-falls"), "direction", "relation"
    )


@pytest.mark.skipif(not ICE_MN.is_file(), reason="../shared/datasets/usaspending absent")
def test_real_ice_awards_and_one_made_by_gsa_for_ice(tmp_path):
    """The real download: every award is ICE's own (500 rows funded by DHS's closeout account
    name no funder), and a row of it made by GSA's FAS for ICE, as such a download writes it,
    is among the firms ICE paid, with the ICE unit that paid, and not among ICE's own contracts."""
    with ICE_MN.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    funded = next(r for r in rows if r["funding_office_name"] == ICE_OFFICE)
    key = funded["contract_award_unique_key"]
    funded |= {f"awarding_{k}": v for k, v in _unprefixed(GSA).items()}
    path = tmp_path / "Contracts_PrimeAwardSummaries_ICE_edited.csv"
    rs.write_rows(path, [*[r for r in rows if r["contract_award_unique_key"] != key], funded])
    out = tmp_path / "out"
    write_outputs(rs.build_unvalidated(("usaspending", path)), out)
    listed = _cli_rows(out / "graph.ttl", "contracts")
    awards = {r["contract_award_unique_key"] for r in rows}
    assert {r["award"] for r in listed} >= awards - {key}
    assert key not in {r["award"] for r in listed}
    assert not any(r["funded_by"] for r in listed)
    [row] = _cli_rows(out / "graph.ttl", "funded-suppliers")
    assert (row["award"], row["buyer"], row["funded_by"]) == (
        key,
        "GSA/FAS AAS REGION 3",
        ICE_OFFICE,
    )


def _cli_rows(graph, name: str) -> list[dict[str, str]]:
    answer = invoke("query", name, "-p", "agency=ICE", "--graph", graph, "--format", "csv")
    assert answer.exit_code == 0, answer.stderr
    return list(csv.DictReader(io.StringIO(answer.stdout)))


def _unprefixed(columns: dict[str, str]) -> dict[str, str]:
    return {k.removeprefix("awarding_"): v for k, v in columns.items()}
