"""A subaward's row gives the day its report was last changed
(`subaward_fsrs_report_last_modified_date`, `subaward_sam_report_last_modified_date` since
2025): that is when the prime awardee reported the subaward, the citation's date, beside the
action's day, which is when the subaward was made. `timeline` said "reported date unknown" for
every subcontract, and `show` gave its citation no date, with exit 0."""

from __future__ import annotations

import json

import pytest
import records_support as rs
from support import invoke

SUBS = rs.RECORDS / "subawards.csv"
SUBGRANTS = rs.RECORDS / "subgrants.csv"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Two subcontracts under TEST0001, one reported on 2021-09-23 (its row's FSRS
    last-modified time, as downloads write it), one whose row leaves the column empty; the
    sub-grants file, one of whose rows gives SAM's last-modified date."""
    folder = tmp_path_factory.mktemp("subaward-reported")
    rows = [dict(row) for row in rs.table_rows(SUBS) if row["subawardee_name"]]
    first = dict(rows[0], subaward_fsrs_report_last_modified_date="2021-09-23 00:00:00+00")
    second = dict(rows[-1], subaward_fsrs_report_last_modified_date="")
    subs = rs.write_rows(folder / "Contracts_Subawards_reported.csv", [first, second])
    grants = rs.table_rows(SUBGRANTS)
    for row in grants:
        if row["subawardee_name"] == "CENTER FOR POLICING EXAMPLES":
            row["subaward_sam_report_last_modified_date"] = "2023-07-14 00:00:00+00"
    subgrants = rs.write_rows(folder / "Assistance_Subawards_reported.csv", grants)
    out = folder / "out"
    result = rs.cli_build(out, ("usaspending", subs), ("usaspending", subgrants))
    assert result.exit_code == 0, result.stderr
    return out / "graph.ttl"


def _dates(graph, entity: str, relation: str) -> dict[str, list]:
    """Each fact's start, and its citations' dates, as `show --format json` gives them."""
    shown = invoke("show", entity, "--graph", graph, "--format", "json")
    assert shown.exit_code == 0, shown.stderr
    every = [f for facts in json.loads(shown.stdout)["relations"].values() for f in facts]
    facts = [f for f in every if f["relation"] == relation]
    return {f["start"]: [c["date"] for c in f["citations"]] for f in facts}


def test_a_subcontract_s_citation_is_dated_by_its_report(built):
    # The action of 2021-02-03 was reported on 2021-09-23; the other row does not say.
    assert _dates(built, "TEST SUBCONTRACTOR LLC", "supplies") == {
        "2021-02-03": ["2021-09-23"],
        "2021-04-01": [None],
    }
    timeline = invoke("timeline", "TEST SUBCONTRACTOR LLC", "--graph", built)
    assert timeline.exit_code == 0, timeline.stderr
    assert "(reported 2021-09-23, USAspending.gov)" in timeline.stdout
    assert timeline.stdout.count("date unknown") == 1  # the row that does not say


def test_a_subgrant_s_citation_is_dated_by_its_report(built):
    funds = _dates(built, "CENTER FOR POLICING EXAMPLES", "funds")
    assert funds == {"2023-06-01": ["2023-07-14"]}
