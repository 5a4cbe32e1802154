"""`graphkit query suppliers` and `contracts` of an office that only one source's claim of a
disputed fact names as the buyer (Torn Apart's "Detention Compliance And Removals" for an award
USAspending gives another office): the claim's row, marked claimed, with the claim's supplier,
figures and source. Both gave 0 rows for such an office, with exit 0."""

from __future__ import annotations

import csv
import io

import pytest
from records_support import TRACKER, prime_rows, tracker_claims
from servers import checkpoint, start_virtuoso, virtuoso_binary
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
    if virtuoso_binary() is None:
        pytest.skip("no `virtuoso-t`: apt-get install virtuoso-opensource")
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    try:
        pushed = invoke(
            "push", "--endpoint", server.store_url, "--graph", "https://example.org/graph/claims",
            "--from", built / "graph.ttl", "--user", server.user, "--password", server.password,
        )  # fmt: skip
        assert pushed.exit_code == 0, pushed.stderr
        checkpoint(server)
        for query, agency in (
            ("suppliers", "TEST OFFICE BETA"),
            ("suppliers", "TEST OFFICE GAMMA"),
            ("suppliers", "TEST OFFICE ALPHA"),
            ("contracts", "TEST OFFICE BETA"),
            ("customers", "Meridian Toner & Ink"),
            ("connections", "Meridian Toner & Ink"),
            ("connections", "TEST OFFICE BETA"),
        ):
            param = {"customers": "company", "connections": "entity"}.get(query, "agency")
            args = ["query", query, "-p", f"{param}={agency}", "--format", "csv"]
            local = invoke(*args, "--graph", built / "graph.ttl")
            remote = invoke(*args, "--endpoint", server.query_url)
            assert remote.exit_code == 0, remote.stderr
            # The amounts listed apart too: Virtuoso wrote the separator between them as "?".
            assert remote.stdout == local.stdout, (query, agency)
            assert len(local.stdout.splitlines()) > 1, (query, agency)
    finally:
        server.stop()
