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
    out = folder / "out"
    result = cli_build(out, ("usaspending", first), ("usaspending", later))
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
