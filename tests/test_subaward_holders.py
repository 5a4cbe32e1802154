"""A subawards row says who holds the prime award, over the prime award's period as the row
gives it, as it dates the award's supply to its office: `timeline` listed KNOWLEDGEBANK's
award 70CMSD20FR0000061 among its undated facts, beside its supply of the same award dated
2020-05-27 to 2025-09-26, with exit 0."""

from __future__ import annotations

import pytest
from records_support import DATASETS, RECORDS, build_with, relationships

SUBAWARDS = DATASETS / "usaspending" / "Contracts_Subawards_ICE_dev.csv"


def _dates(result, relation: str, holder: str, award: str | None = None) -> set:
    return {
        (str(r.start), str(r.end))
        for r in relationships(result, relation, holder, award)
        if award or r.role is None
    }


def test_the_prime_award_s_holder_is_dated_as_its_supply(tmp_path):
    result = build_with(("usaspending", RECORDS / "subawards.csv"))
    award = "cont-awd-test0001-7012-none-none"
    held = _dates(result, "awardedContract", "west-publishing", award)
    assert held == {("2020-01-15", "None")}  # the fixture gives its base action date alone
    # The award's supply to the office the row names is dated so too.
    assert _dates(result, "supplies", "west-publishing") == held


@pytest.mark.skipif(not SUBAWARDS.is_file(), reason="../shared/datasets/usaspending is not here")
def test_the_real_knowledgebank_award(tmp_path):
    result = build_with(("usaspending", SUBAWARDS))
    firm = result.registry.by_identifier("uei", "MWMKKLFMK8B4").id
    award = "cont-awd-70cmsd20fr0000061-7012-gs02q16dcr0095-4732"
    assert _dates(result, "awardedContract", firm, award) == {("2020-05-27", "2025-09-26")}
