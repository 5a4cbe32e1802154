"""USAspending downloads made before April 2022, when the UEI replaced the DUNS number: a party
is known by its DUNS (`recipient_duns`, `subawardee_duns`, …) and the file has no `*_uei`
column; the oldest describe an award in `award_description` and give no action dates. Such a
file was refused whole as "missing column(s) recipient_uei"."""

from decimal import Decimal

import pytest
import records_support as rs
from rdflib import Literal

from graphkit.vocab import ENT, TG

DUNS_FILE = rs.RECORDS / "prime_awards_duns.csv"  # the 2020 layout, our own rows


@pytest.fixture(scope="module")
def older():
    return rs.build_with(("usaspending", DUNS_FILE))


def test_an_older_download_is_read_each_recipient_known_by_its_duns(older):
    assert rs.problems(older) == []
    assert rs.warnings(older) == []
    [sale] = rs.relationships(older, "supplies", "west-publishing")
    assert sale.amount == Decimal("2000.00")
    assert str(older.graph.value(ENT["west-publishing"], TG.duns)) == "000000011"
    # its parent, by name, with the parent's DUNS
    [owner] = rs.relationships(older, "partOf", "west-publishing")
    assert str(older.graph.value(ENT[owner.object], TG.duns)) == "000000022"


def test_the_award_is_described_as_the_older_download_describes_it(older):
    contract = ENT["cont-awd-test1001-7012-none-none"]
    assert older.graph.value(contract, TG.description) == Literal(
        "TEST DATA - NOT A REAL AWARD (1)"
    )
    assert older.graph.value(contract, TG.baseActionDate) is None  # the file gives none
    [award] = rs.relationships(older, "awardedContract", "west-publishing")
    assert str(award.start) == "2019-10-01"  # its period of performance


def test_a_parent_known_only_by_its_duns_is_named_by_it_and_types_follow_the_columns(older):
    """The spreadsheet saved the DUNS 000000055 as 55: its zeros are put back."""
    [owner] = rs.relationships(older, "partOf", "test-vendor-three")
    assert rs.label(older, owner.object) == "DUNS 000000055"
    university = older.registry.get("test-state-university")
    assert university.type == "ResearchOrganization"


def test_a_registry_entity_is_met_by_its_duns_whatever_the_name(tmp_path):
    config = rs.registry_project(
        tmp_path,
        "- id: palantir-usg\n  label: Palantir USG\n  type: Company\n  duns: '000000033'\n",
    )
    result = rs.build_with(("usaspending", DUNS_FILE), config=config)
    assert rs.relationships(result, "supplies", "palantir-usg")


def test_an_older_and_a_current_download_meet_at_the_duns_both_give(tmp_path):
    """The current download gives the firm's UEI and its DUNS, under another name than the
    older one's: one firm holding both awards, not two."""
    rows = rs.prime_rows()[:1]
    rows[0] |= {"recipient_duns": "000000011", "recipient_name": "THOMSON WEST"}
    current = rs.write_rows(tmp_path / "Contracts_PrimeAwardSummaries_1.csv", rows)
    result = rs.build_with(("usaspending", DUNS_FILE), ("usaspending", current))
    sales = rs.relationships(result, "supplies", "west-publishing")
    assert sorted(r.amount for r in sales) == [Decimal("1000.50"), Decimal("2000.00")]
    assert "THOMSON WEST" in result.registry.get("west-publishing").aliases


def test_an_older_subawards_download_is_read_by_its_duns(tmp_path):
    rows = rs.table_rows(rs.RECORDS / "subawards.csv")
    for row in rows:
        for party in ("prime_awardee", "subawardee"):
            row.pop(f"{party}_uei")
            row.pop(f"{party}_parent_uei", None)
        row["prime_award_description"] = row.pop("prime_award_base_transaction_description")
    rows[0]["subawardee_duns"] = "000000077"
    path = rs.write_rows(tmp_path / "Contracts_Subawards_1.csv", rows)
    result = rs.build_with(("usaspending", path))
    assert not [p for p in rs.problems(result) if "missing column" in p[3]]
    sub = rs.relationships(result, "supplies")
    assert any(r.role == "subcontractor" for r in sub)
    assert any(
        str(result.graph.value(ENT[r.subject], TG.duns)) == "000000077"
        for r in sub
        if r.role == "subcontractor"
    )


def test_an_older_assistance_download_without_action_dates_is_read(tmp_path):
    """A grant download of 2020 has no award_base_action_date: it was refused as missing it."""
    rows = rs.table_rows(rs.RECORDS / "assistance_awards.csv")
    for row in rows:
        for column in ("recipient_uei", "recipient_parent_uei", "award_base_action_date"):
            row.pop(column)
        row.pop("award_latest_action_date")
        row["award_description"] = row.pop("prime_award_base_transaction_description")
    path = rs.write_rows(tmp_path / "Assistance_PrimeAwardSummaries_1.csv", rows)
    result = rs.build_with(("usaspending", path))
    assert not [p for p in rs.problems(result) if "missing column" in p[3]]
    assert rs.relationships(result, "funds")
