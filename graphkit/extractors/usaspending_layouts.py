"""USAspending downloads made before April 2022, when the government's Unique Entity Identifier
(UEI) replaced Dun & Bradstreet's DUNS number: the same files, but a party is identified by its
DUNS (`recipient_duns`, `recipient_parent_duns`, `prime_awardee_duns`, `subawardee_duns`) and
there is no `*_uei` column. Older ones still (2020 and before) describe an award in
`award_description` (a subaward row its prime award in `prime_award_description`) and give no
base or latest action date of a prime award.

Such a file is read as a current download is, a party known by its DUNS, which the registry
matches as it matches a UEI; it was refused as missing recipient_uei.
"""

from __future__ import annotations

from collections.abc import Sequence

from .tables import Row

# A party's UEI column, and the DUNS column that took its place before April 2022
UEI_TO_DUNS = {
    "recipient_uei": "recipient_duns",
    "recipient_parent_uei": "recipient_parent_duns",
    "prime_awardee_uei": "prime_awardee_duns",
    "prime_awardee_parent_uei": "prime_awardee_parent_duns",
    "subawardee_uei": "subawardee_duns",
    "subawardee_parent_uei": "subawardee_parent_duns",
}
# An award's description, under the name older downloads give it
DESCRIPTION = "prime_award_base_transaction_description"
_OLDER_DESCRIPTIONS = ("award_description", "prime_award_description")
# A prime award's action dates, which downloads before 2021 do not give: such a row is dated by
# its period of performance, and of two records of one award it weighs as an undated one does.
_DATED = ("award_base_action_date", "award_latest_action_date")

COLUMNS = (*UEI_TO_DUNS.values(), *_OLDER_DESCRIPTIONS)


def before_uei(header: Sequence[str]) -> bool:
    """Whether a download's `header` is of one made before April 2022: DUNS columns and no UEI
    column of the parties it names."""
    held = set(header)
    return not held.intersection(UEI_TO_DUNS) and bool(held.intersection(UEI_TO_DUNS.values()))


def required(columns: Sequence[str], header: Sequence[str]) -> list[str]:
    """The columns of `columns` (a kind of download's) that a file of `header` must have: in an
    older download's, each party's DUNS column for its UEI one, the award's description under
    either name, and no action dates."""
    if not before_uei(header):
        return list(columns)
    described = DESCRIPTION in header or any(c in header for c in _OLDER_DESCRIPTIONS)
    return [
        UEI_TO_DUNS.get(column, column)
        for column in columns
        if column not in _DATED and not (column == DESCRIPTION and described)
    ]


def description(row: Row) -> str | None:
    """An award's description as a row gives it, under its current name or an older one."""
    return row.get(DESCRIPTION) or next(
        (row.get(c) for c in _OLDER_DESCRIPTIONS if row.get(c)), None
    )
