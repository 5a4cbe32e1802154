"""A group's `funded-suppliers` hold a unit's money only within the years the unit was part of
the group, as its `suppliers` hold a unit's purchases: the Secret Service was part of the
Treasury until 2002 and of Homeland Security since, so an award GSA made in 2021 with the
Secret Service's money is Homeland Security's funded supplier, not the Treasury's. The
Treasury listed it, with exit 0. The award's record names the funding office, which is part of
the Secret Service by the record and so of its groups for the Secret Service's years there."""

from __future__ import annotations

import pytest
from records_support import cli_build, prime_rows, write_rows
from remote_parity import assert_virtuoso_answers_as_locally
from support import query_rows
from test_usaspending_funding import GSA

USSS = "U.S. Secret Service"
TREASURY = "Department of the Treasury"
DHS = "Department of Homeland Security"
FUNDED_BY_USSS = {
    "funding_agency_code": "070",
    "funding_agency_name": DHS,
    "funding_sub_agency_code": "7009",
    "funding_sub_agency_name": USSS,
    "funding_office_code": "70US01",
    "funding_office_name": "USSS PROCUREMENT DIVISION",
}
# The Secret Service was part of the Treasury until 2002, then of Homeland Security.
TIES = f"unit,parent,start,end\n{USSS},{TREASURY},1865,2002\n{USSS},{DHS},2003,\n"
TIES_MAP = (
    "data: ties.csv\n"
    "subject: {column: unit, type: GovernmentAgency}\n"
    "relation: partOf\n"
    "object: {column: parent, type: GovernmentAgency}\n"
    "qualifiers: {start: start, end: end}\n"
    "citation:\n"
    "  source: {url: 'https://registry.example/units.csv', title: Units}\n"
    "  locator: 'row {unit} {parent}'\n"
)


def _dated(row: dict[str, str], key: str, first: str, last: str) -> dict[str, str]:
    unique = f"CONT_AWD_{key}_4732_-NONE-_-NONE-"
    return dict(
        row,
        contract_award_unique_key=unique,
        award_id_piid=key,
        award_base_action_date=first,
        award_latest_action_date=first,
        period_of_performance_start_date=first,
        period_of_performance_current_end_date=last,
        usaspending_permalink=f"https://www.usaspending.gov/award/{unique}/",
    )


REGISTRY = f"""\
- id: dhs
  label: {DHS}
  type: GovernmentAgency
- id: treasury
  label: {TREASURY}
  type: GovernmentAgency
- id: secret-service
  label: {USSS}
  type: GovernmentAgency
  aliases: [Secret Service, USSS]
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """GSA's award TEST0101 of 2021 paid with the Secret Service's money; its award TEST0102
    of no dates, paid so too; the Secret Service's ties; a registry that knows the three."""
    folder = tmp_path_factory.mktemp("parent-years-funders")
    (folder / "data").mkdir()
    (folder / "data" / "entities.yaml").write_text(REGISTRY, encoding="utf-8")
    config = folder / "graphkit.toml"
    config.write_text('[registry]\nentities = ["data/entities.yaml"]\n', encoding="utf-8")
    row = prime_rows()[0] | GSA | FUNDED_BY_USSS
    dated = _dated(row, "TEST0101", "2021-03-01", "2022-02-28")
    undated = _dated(row, "TEST0102", "", "")
    prime = write_rows(folder / "Contracts_PrimeAwardSummaries_usss.csv", [dated, undated])
    (folder / "ties.csv").write_text(TIES, encoding="utf-8")
    (folder / "ties.yaml").write_text(TIES_MAP, encoding="utf-8")
    out = folder / "out"
    result = cli_build(
        out, ("usaspending", prime), ("mapping", folder / "ties.yaml"), config=config
    )
    assert result.exit_code == 0, result.stderr
    return out


def _funded(out, agency: str) -> list[tuple[str, ...]]:
    rows = query_rows("funded-suppliers", out / "graph.ttl", agency=agency)
    return [(r["award"], r["funded_by"], r["start"], r["undated_tie"]) for r in rows]


def test_a_unit_s_money_counts_under_a_group_only_within_its_years(built):
    office = "USSS PROCUREMENT DIVISION"
    assert _funded(built, DHS) == [
        ("CONT_AWD_TEST0102_4732_-NONE-_-NONE-", office, "", "true"),
        ("CONT_AWD_TEST0101_4732_-NONE-_-NONE-", office, "2021-03-01", "false"),
    ]
    # The Treasury's years with the Secret Service ended in 2002: not its money in 2021.
    assert _funded(built, TREASURY) == [
        ("CONT_AWD_TEST0102_4732_-NONE-_-NONE-", office, "", "true"),
    ]
    # The Secret Service itself lists both, none marked.
    assert [r[3] for r in _funded(built, USSS)] == ["false", "false"]


@pytest.mark.server
def test_virtuoso_answers_the_funders_years_as_oxigraph_does(built, tmp_path_factory):
    calls = [["funded-suppliers", "-p", f"agency={a}"] for a in (DHS, TREASURY, USSS)]
    assert_virtuoso_answers_as_locally(built / "graph.ttl", tmp_path_factory.mktemp("v"), calls)
