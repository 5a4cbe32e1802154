"""`graphkit query suppliers` and `contracts` of an office that only one source's claim of a
disputed fact names as the buyer (Torn Apart's "Detention Compliance And Removals" for an award
USAspending gives another office): the claim's row, marked claimed, with the claim's supplier,
figures and source. Both gave 0 rows for such an office, with exit 0."""

from __future__ import annotations

import csv
import io

import pytest
from records_support import TRACKER, prime_rows, tracker_claims
from remote_parity import assert_virtuoso_answers_as_locally
from support import invoke

TONER = "CONT_AWD_TEST0007_7012_-NONE-_-NONE-"
ANALYTICS = "CONT_AWD_TEST0003_7012_-NONE-_-NONE-"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A download's awards at TEST OFFICE ALPHA, and a tracker's sheet giving one to another
    firm at TEST OFFICE BETA, and the other to the same firm at TEST OFFICE GAMMA."""
    folder = tmp_path_factory.mktemp("claimed-buyers")
    rows = [r for r in prime_rows() if r["award_id_piid"] in ("TEST0003", "TEST0007")]
    return tracker_claims(
        folder,
        rows[1:],
        "Meridian Toner & Ink,TEST OFFICE BETA,75.25,TEST0007\n"
        "PALANTIR TECHNOLOGIES INC.,TEST OFFICE GAMMA,41000000,TEST0003\n",
    )


def _rows(query: str, agency: str, *where: str) -> list[dict[str, str]]:
    asked = invoke("query", query, "-p", f"agency={agency}", *where, "--format", "csv")
    assert asked.exit_code == 0, asked.stderr
    return list(csv.DictReader(io.StringIO(asked.stdout)))


@pytest.mark.parametrize("graph", ["graph.ttl", "graph.nq"])
def test_suppliers_of_an_office_only_a_claim_names(built, graph):
    rows = _rows("suppliers", "TEST OFFICE BETA", "--graph", str(built / graph))
    assert [
        (r["supplier"], r["buyer"], r["amount"], r["disputed"], r["claimed"]) for r in rows
    ] == [("Meridian Toner & Ink", "TEST OFFICE BETA", "75.25", "true", "true")]
    [row] = rows
    assert (row["sources"], row["award"]) == (TRACKER, TONER)
    # A claim that names the fact's own supplier at another office: that supplier, by its claim.
    gamma = _rows("suppliers", "TEST OFFICE GAMMA", "--graph", str(built / graph))
    assert [(r["supplier"], r["amount"], r["claimed"], r["sources"]) for r in gamma] == [
        ("Palantir Technologies", "41000000", "true", TRACKER)
    ]


def test_the_record_s_office_keeps_its_own_rows_alone(built):
    """The office the record names lists each fact once, by the record, not the claim again."""
    rows = _rows("suppliers", "TEST OFFICE ALPHA", "--graph", str(built / "graph.ttl"))
    assert sorted((r["supplier"], r["award"], r["claimed"]) for r in rows) == [
        ("Palantir Technologies", ANALYTICS, "false"),
        ("WEST PUBLISHING CORPORATION", TONER, "false"),
    ]


def test_contracts_of_an_office_only_a_claim_names(built):
    rows = _rows("contracts", "TEST OFFICE BETA", "--graph", str(built / "graph.ttl"))
    assert [
        (r["supplier"], r["amount"], r["currency"], r["award"], r["claimed"]) for r in rows
    ] == [("Meridian Toner & Ink", "75.25", "USD", TONER, "true")]
    alpha = _rows("contracts", "TEST OFFICE ALPHA", "--graph", str(built / "graph.ttl"))
    assert {r["claimed"] for r in alpha} == {"false"} and len(alpha) == 2


@pytest.mark.server
def test_virtuoso_answers_the_claim_rows_as_oxigraph_does(built, tmp_path_factory):
    # (the amounts listed apart too: Virtuoso once wrote the separator between them as "?")
    asked = (
        ("suppliers", "agency", "TEST OFFICE BETA"),
        ("suppliers", "agency", "TEST OFFICE GAMMA"),
        ("suppliers", "agency", "TEST OFFICE ALPHA"),
        ("contracts", "agency", "TEST OFFICE BETA"),
        ("customers", "company", "Meridian Toner & Ink"),
        ("connections", "entity", "Meridian Toner & Ink"),
        ("connections", "entity", "TEST OFFICE BETA"),
    )
    calls = [[query, "-p", f"{param}={name}"] for query, param, name in asked]
    assert_virtuoso_answers_as_locally(built / "graph.ttl", tmp_path_factory.mktemp("v"), calls)
