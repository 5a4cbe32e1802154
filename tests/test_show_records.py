"""`graphkit show` prints what a record says of an entity beside its facts: a firm's UEI and
DUNS (all that tells apart two firms of one name, `eaton` and `eaton-2`, both "EATON
CORPORATION") and an award's own record (its figures, dates, description, codes and
permalink). `show TEST0003` printed only who holds it, and a firm no identifier at all."""

from __future__ import annotations

import json

import pytest
from records_support import cli_build, prime_rows, write_rows
from support import invoke

AWARD = "TEST0003"
# A parent firm the registry does not hold: the row's identifiers are all that say which it is.
PARENT = {"recipient_parent_uei": "TESTPARENT01", "recipient_parent_name": "GOTHAM HOLDINGS LLC"}
PERMALINK = "https://www.usaspending.gov/award/CONT_AWD_TEST0003_7012_-NONE-_-NONE-/"


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    """A download's award TEST0003, and a later download of it with its end moved."""
    folder = tmp_path_factory.mktemp("show")
    row = next(r for r in prime_rows() if r["award_id_piid"] == AWARD) | PARENT
    first = write_rows(folder / "first.csv", [row])
    later = write_rows(
        folder / "later.csv", [row | {"period_of_performance_current_end_date": "2026-01-31"}]
    )
    # Another award, whose recipient and its parent are two firms of one name.
    acme = {
        "contract_award_unique_key": "CONT_AWD_TEST0099_7012_-NONE-_-NONE-",
        "award_id_piid": "TEST0099",
        "usaspending_permalink": PERMALINK.replace("TEST0003", "TEST0099"),
        "recipient_name": "ACME LOGISTICS LLC",
        "recipient_uei": "TESTACME0001",
        "recipient_parent_name": "ACME LOGISTICS LLC",
        "recipient_parent_uei": "TESTACME0002",
    }
    acme = write_rows(folder / "acme.csv", [row | acme])
    out = folder / "out"
    result = cli_build(out, ("usaspending", first), ("usaspending", later), ("usaspending", acme))
    assert result.exit_code == 0, result.stderr
    return out / "graph.ttl"


def test_an_award_shows_its_record(graph):
    shown = invoke("show", AWARD, "--graph", graph)
    assert shown.exit_code == 0, shown.stderr
    lines = shown.stdout.splitlines()
    start = lines.index("award record  [⚠ disputed: period end; see `graphkit conflicts`]")
    record = lines[start + 1 : lines.index("", start)]
    assert "  obligated: 42,000,000 USD" in record
    assert "  period end: 2022-12-31" in record
    assert "  PIID: TEST0003" in record
    assert "  award id: CONT_AWD_TEST0003_7012_-NONE-_-NONE-" in record
    assert record[-1] == f"  record: <{PERMALINK}>"
    data = json.loads(invoke("show", AWARD, "--graph", graph, "--format", "json").stdout)
    award = data["award"]
    assert award["fields"]["obligatedAmount"] == "42000000.0"
    assert award["fields"]["performanceEnd"] == "2022-12-31"
    assert award["disputed"] == ["performanceEnd"]
    assert award["record"] == PERMALINK


def test_a_firm_shows_its_identifiers(graph):
    shown = invoke("show", "Gotham Holdings", "--graph", graph)
    assert shown.exit_code == 0, shown.stderr
    assert shown.stdout.splitlines()[1] == "  uei: TESTPARENT01"
    data = json.loads(
        invoke("show", "Gotham Holdings", "--graph", graph, "--format", "json").stdout
    )
    assert data["identifiers"] == {"uei": ["TESTPARENT01"]}
    assert data["award"] is None


def test_a_name_two_firms_share_is_refused_with_what_tells_them_apart(graph):
    for command in (["show"], ["path", "ICE"], ["timeline"]):
        shown = invoke(command[0], "Acme Logistics", *command[1:], "--graph", graph)
        assert shown.exit_code == 1
        assert shown.stderr == (
            "Error: 'Acme Logistics' is ambiguous: it names acme-logistics (uei TESTACME0001), "
            "acme-logistics-2 (uei TESTACME0002); use an id\n"
        )
    asked = invoke("query", "customers", "-p", "company=ACME LOGISTICS LLC", "--graph", graph)
    assert asked.exit_code == 1
    assert "acme-logistics (uei TESTACME0001), acme-logistics-2" in asked.stderr
