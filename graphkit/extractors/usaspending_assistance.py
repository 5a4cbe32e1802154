"""USAspending.gov "Prime Award Summaries — Assistance" rows: grants, cooperative agreements,
loans and direct payments, the money agencies give cities, counties, states, universities and
non-profits (a DHS grant paying for a police department's licence-plate readers).

A grant, a cooperative agreement or a direct payment: the awarding office `funds` the recipient
(office `partOf` sub-agency `partOf` agency, as for contracts), with the award's obligated
amount and its period of performance. A direct loan: the office `funds` the recipient as its
lender, with no amount (the loan's face value is lent, not given, and its obligation is none).
A loan guarantee, insurance or other assistance pays the recipient nothing the graph can state:
the row is passed over with a warning (usaspending_types.py). An award another department pays
for also says its funding office `funds` the recipient, as a contract does. The recipient is
`partOf` its parent. The fact cites the row's `usaspending_permalink`, with the award's FAIN
(or URI, or unique key) as locator. Amounts are never summed: a repeated row merges into the
same relationship.

The award itself is a `Contract` node, as a contract's is: its FAIN, type, description,
obligated amount, base and latest action dates and period, as the row describes them; the
recipient `awardedContract` it and the facts name it. Two rows or files describing one award
differently (two downloads of different dates) are weighed as a contract's records are
(resolve/award_records.py): the figure shown is the one of the latest `award_latest_action_date`
whatever the order of rows, and each row's description stays a claim citing its row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..exc import InputError, Location
from ..model import Entity, Fact
from .record_dates import FileDates
from .record_parents import parent_years
from .record_values import cell_amount
from .stated_once import StatedOnce
from .tables import Row
from .usaspending_agencies import agency_chain, funding_facts, place
from .usaspending_layouts import description
from .usaspending_rows import (
    award_entity,
    award_id,
    citing,
    described,
    hint,
    named,
    parent_hint,
    parent_name,
    require,
    usd,
)
from .usaspending_types import LOAN, assistance_kind

ASSISTANCE_COLUMNS = [
    "assistance_award_unique_key",
    "total_obligated_amount",
    "award_base_action_date",
    "period_of_performance_start_date",
    "period_of_performance_current_end_date",
    "awarding_agency_name",
    "awarding_sub_agency_name",
    "awarding_office_name",
    "recipient_name",
    "recipient_parent_name",
    "assistance_type_code",
    "usaspending_permalink",
]
# Read where the file has them (their names and presence vary between releases).
ASSISTANCE_OPTIONAL = [
    "award_id_fain",
    "award_id_uri",
    "recipient_uei",
    "recipient_duns",
    "recipient_parent_uei",
    "recipient_parent_duns",
    "business_types_description",
    "assistance_type_description",
    # how the award stood when the file was downloaded: which of two downloads is the later
    "award_latest_action_date",
    "prime_award_base_transaction_description",
]
# What kind of organisation a recipient is, from its business types as USAspending words them
# ("CITY OR TOWNSHIP GOVERNMENT", "PUBLIC/STATE CONTROLLED INSTITUTION OF HIGHER EDUCATION"):
# the first that a description holds, in this order ("NONPROFIT WITH 501C3 IRS STATUS (OTHER
# THAN AN INSTITUTION OF HIGHER EDUCATION)" is a non-profit, not a university).
_KINDS = (
    ("NONPROFIT", "AdvocacyGroup"),
    ("HIGHER EDUCATION", "ResearchOrganization"),
    ("GOVERNMENT", "GovernmentAgency"),
    ("AUTHORITY", "GovernmentAgency"),  # housing, port, transit authorities
    ("SCHOOL DISTRICT", "GovernmentAgency"),
    ("TERRITORY OR POSSESSION", "GovernmentAgency"),
    ("FOREIGN PUBLIC ENTITY", "GovernmentAgency"),
    ("INDIVIDUAL", "Person"),
    ("FOR-PROFIT", "Company"),
    ("SMALL BUSINESS", "Company"),
)


def assistance_recipient_type(row: Row, column: str = "business_types_description") -> str:
    """The entity type a row's business types (`column`) give its recipient (an organisation
    if none)."""
    described = (row.get(column) or "").upper()
    return next((type_ for words, type_ in _KINDS if words in described), "Organization")


def assistance_facts(
    row: Row, shown: str, once: StatedOnce, cite: Callable, dates: FileDates
) -> Iterator[Fact | Entity]:
    """One row's award and facts. `once` takes what the file states once (the award as the row
    describes it, the units' places, as usaspending_agencies.place offers them);
    `cite(row, award, where, date)` is the row's citation (usaspending.py); `dates`, how the
    file writes its dates."""
    key = require(row, "assistance_award_unique_key", shown, "award key")
    award = (
        award_id(row, "award_id_fain", shown, "assistance_award_unique_key", 2)
        or award_id(row, "award_id_uri", shown, "assistance_award_unique_key", 2)
        or key
    )
    recipient_name = named(row, "recipient_name", shown, "recipient")
    require(row, "usaspending_permalink", shown, "permalink (the row's citation)")
    recipient_type = assistance_recipient_type(row)
    if (
        recipient_type == "Person"
    ):  # no one to show: a person is funded by name nowhere in the graph
        raise InputError(
            f"recipient {recipient_name!r} is an individual; the row is skipped",
            path=shown,
            line=row.line,
            field="business_types_description",
        )
    kind = assistance_kind(row, shown, recipient_name)  # a Notice where it states nothing
    # A loan's obligation is none (USAspending leaves it blank or 0): its face value is lent.
    obligated = None if kind == LOAN else cell_amount(row, "total_obligated_amount", shown)
    base = dates.cell(row, "award_base_action_date", shown)
    latest = dates.cell(row, "award_latest_action_date", shown)
    start = dates.cell(row, "period_of_performance_start_date", shown)
    end = dates.cell(row, "period_of_performance_current_end_date", shown)
    where = Location(shown, row.line)
    citation = cite(row, award, where, dates.weighed(row, "award_latest_action_date"))

    grant = award_entity(
        key,
        citation,
        award_type=row.get("assistance_type_description") or None,
        description=description(row),
        obligated=obligated,
        base_action_date=base,
        latest_action_date=latest,
        performance_start=start,
        performance_end=end,
    )
    described(once, grant, [grant])
    fact = citing(citation, where)
    recipient = hint(recipient_type, row, "recipient_uei", duns="recipient_duns")
    # `as_of`: of two rows of the award, the later download's figure is the relationship's
    dated = {"contract": grant.id, "start": start or base, "end": end, "as_of": latest}
    role = "lender" if kind == LOAN else None
    funder, structure = agency_chain(row)
    place(structure, fact, once, citation.rank)
    if funder:
        funder_name, funder_hint = funder
        yield fact(
            funder_name,
            "funds",
            recipient_name,
            hints={"subject": funder_hint, "object": recipient},
            **dated,
            **usd(obligated),
            role=role,
            # One award, one relationship, whichever spelling of the recipient a row gives.
            award=f"assistance {key}",
        )
    # Another department's money, as for a contract: its funding office funds the recipient
    # too, without the amount, which the awarding office's fact states once.
    yield from funding_facts(
        row,
        fact,
        (recipient_name, recipient),
        once=once,
        rank=citation.rank,
        **dated,
        role=role,
        award=f"funding {key}",
    )
    # The recipient holds the award, as a contract's recipient does: the award's node is
    # shown beside it, and the award's records (a later download) are one relationship.
    yield fact(
        recipient_name,
        "awardedContract",
        grant.id,
        hints={"subject": recipient},
        start=start or base,
        end=end,
        as_of=latest,
    )
    owner = parent_name(row, "recipient_parent_name", "recipient_parent_uei")
    if owner:
        owner_hint = parent_hint(recipient_type, row, "recipient_parent_uei")
        yield fact(
            recipient_name,
            "partOf",
            owner,
            hints={"subject": recipient, "object": owner_hint},
            **parent_years(start or base),
        )
