"""An amount one source writes in whole dollars and another to the cent, the one the other
rounded, is one amount known to two precisions, as "2020-08" and "2020-08-14" are one date:
surveillance-radar gives Motorola's ICE awards as 1,853,941 and 2,992,767 where Torn Apart
gives 1,853,940.77 and 2,992,767.49, and `graphkit conflicts` said "disputed: amount" of both,
`suppliers` and `customers` `disputed` true, with exit 0. The fact shows the figure to the
cent; an amount a cent or a dollar apart at one precision (or beyond what the coarser one
rounds) is still disputed."""

from __future__ import annotations

import csv
import io

import pytest
from records_support import HAVE_RADAR, NO_RADAR, prime_rows, radar_build, tracker_claims
from support import invoke


def _award(tmp_path, tracked: str):
    """A download's award TEST0007 (75.25 USD) and a tracker's figure for it; output folder."""
    prime = [r for r in prime_rows() if r["award_id_piid"] == "TEST0007"]
    sheet = f"WEST PUBLISHING CORPORATION,TEST OFFICE ALPHA,{tracked},TEST0007\n"
    return tracker_claims(tmp_path, prime, sheet)


def _supplies(out) -> dict[str, str]:
    asked = invoke(
        "query", "suppliers", "-p", "agency=ICE", "--graph", out / "graph.ttl", "--format", "csv"
    )
    assert asked.exit_code == 0, asked.stderr
    [row] = [r for r in csv.DictReader(io.StringIO(asked.stdout)) if r["contract"] == "TEST0007"]
    return row


@pytest.mark.parametrize("tracked", ["75", "75.3"])
def test_a_figure_in_whole_dollars_agrees_with_the_cents_it_rounds(tmp_path, tracked):
    out = _award(tmp_path, tracked)
    shown = invoke("conflicts", "--graph", out / "graph.ttl")
    assert shown.exit_code == 0, shown.stderr
    assert "no disputed facts" in shown.stdout, shown.stdout
    row = _supplies(out)
    assert (row["amount"], row["disputed"], row["amounts"]) == ("75.25", "false", "")


@pytest.mark.parametrize("tracked", ["76", "75.20", "75.4"])
def test_figures_apart_at_one_precision_are_disputed(tmp_path, tracked):
    out = _award(tmp_path, tracked)
    row = _supplies(out)
    assert row["disputed"] == "true"
    assert tracked in row["amounts"] and "75.25" in row["amounts"]


@pytest.mark.skipif(not HAVE_RADAR, reason=NO_RADAR)
def test_the_real_motorola_awards_differ_only_where_their_figures_do(tmp_path):
    out = radar_build(tmp_path / "out")
    shown = invoke("conflicts", "MOTOROLA SOLUTIONS, INC.", "--graph", out / "graph.ttl")
    heads = [line for line in shown.stdout.splitlines() if " supplies " in line]
    amounts = [head for head in heads if "amount" in head.split("(disputed: ")[1]]
    assert len(heads) == 3 and len(amounts) == 1, heads  # 13,461,505 against 13,301,999.50
