"""USAspending.gov "Subawards" downloads of assistance (**Download → Awards → Assistance**,
`Assistance_Subawards_*.csv`): the sub-grants a grant's recipient makes, as a state passes a
DHS grant on to a city's police department.

A row: the prime awardee (the pass-through entity) `funds` the subawardee with the subaward's
amount, on its date (its start and its end: an action made that day, as a subcontract's); the
prime award's awarding office `funds` the prime awardee under the prime award, without an
amount (the row gives the prime's figure only as a total, which the prime award's own record
states), the office placed under its sub-agency and department, and another department's
funding office too where it pays (as for a prime award). Only grants and cooperative
agreements report subawards (USAspending's note on subaward data: FSRS takes no other
assistance type's), so the prime is money given: the download has no column that gives the
prime award's type (its prime award columns are the FAIN, amounts, dates, units and
assistance listings; `subaward_type` is "sub-grant"). The subawardee is `partOf` its parent,
in the sub-grant's year. Each fact cites the row's permalink, the prime award's FAIN as
locator; the sub-grant's own facts are reported on the day its report was last changed, as a
subcontract's are. The row describes the prime award's node as a contract's subaward row does
(its FAIN, dates and description, not its figure: the row gives only a total of another
date), and the prime awardee `awardedContract` it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from ..exc import InputError, Location
from ..model import Entity, Fact, PartialDate
from .record_dates import FileDates
from .record_parents import parent_years
from .record_values import cell_amount, cell_identifier
from .stated_once import StatedOnce
from .tables import Row
from .usaspending_agencies import agency_chain, funding_facts, place
from .usaspending_assistance import assistance_recipient_type
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
    subaward_key,
    usd,
)

# When a subaward's report was last changed: of two reports of one subaward, the later is cited.
# FSRS's column, or SAM's since subaward reporting moved there (downloads of 2025 on): read by
# FSRS's name alone, a SAM download's re-reports of one subaward of one date were told apart by
# their content alone (row_rank.py), and the earlier report's figure could be shown, exit 0.
LAST_REPORTED = (
    "subaward_fsrs_report_last_modified_date",
    "subaward_sam_report_last_modified_date",
)


def last_reported(row: Row, dates: FileDates) -> PartialDate | None:
    """When the row's report was last changed, None where the row does not say."""
    return next(filter(None, (dates.weighed(row, column) for column in LAST_REPORTED)), None)


def _party(row: Row, shown: str, column: str, what: str) -> tuple[str, str]:
    """A party's name and the entity type its business types give; an individual is no one
    the graph names."""
    name = named(row, f"{column}_name", shown, what)
    kind = assistance_recipient_type(row, f"{column}_business_types")
    if kind == "Person":
        raise InputError(
            f"{what} {name!r} is an individual; the row is skipped",
            path=shown,
            line=row.line,
            field=f"{column}_business_types",
        )
    return name, kind


def subgrant_facts(
    row: Row, shown: str, once: StatedOnce, cite: Callable, dates: FileDates, reports
) -> Iterator[Fact | Entity]:
    """One row's facts. `once` takes what the file states once (the units' places, the prime
    awards' funders), from the row stated_once.py picks; `cite(row, award, where, date)` is
    the row's citation; `reports`, the file's SubawardReports."""
    key = require(row, "prime_award_unique_key", shown, "prime award key")
    fain = award_id(row, "prime_award_fain", shown, "prime_award_unique_key", 2) or key
    sub_name, sub_kind = _party(row, shown, "subawardee", "subawardee")
    prime_name, prime_kind = _party(row, shown, "prime_awardee", "prime awardee")
    require(row, "usaspending_permalink", shown, "permalink (the row's citation)")
    amount = cell_amount(row, "subaward_amount", shown)
    when = dates.cell(row, "subaward_action_date", shown)
    number = cell_identifier(row, "subaward_number", shown)
    performance_start = dates.cell(row, "prime_award_period_of_performance_start_date", shown)
    base = dates.cell(row, "prime_award_base_action_date", shown)
    latest = dates.cell(row, "prime_award_latest_action_date", shown)
    start = performance_start or base
    end = dates.cell(row, "prime_award_period_of_performance_current_end_date", shown)
    where = Location(shown, row.line)
    # a re-report of one sub-grant ranks by when it was reported (row_rank.py), else its date;
    # when it was reported is the citation's date, as a subcontract's (usaspending_subawards)
    # (the sub-grant's own facts: the prime award's, as the row describes it, are not dated so)
    last = last_reported(row, dates)
    citation = cite(row, fain, where, last or when)
    reported = citing(replace(citation, reported=last), where)

    grant = award_entity(
        key,
        citation,
        description=description(row),
        base_action_date=base,
        latest_action_date=latest,
        performance_start=performance_start,
        performance_end=end,
    )
    fact = citing(citation, where)
    sub = hint(sub_kind, row, "subawardee_uei", duns="subawardee_duns")
    prime = hint(prime_kind, row, "prime_awardee_uei", duns="prime_awardee_duns")
    # the prime award's funders, stated once per file (each of its sub-grants' rows says so)
    funder, structure = agency_chain(row, "prime_award_awarding")
    place(structure, fact, once, citation.rank)
    dated = {"contract": grant.id, "start": start, "end": end, "as_of": latest}
    funders = []
    if funder:
        hints = {"subject": funder[1], "object": prime}
        # the prime award's own relationship (usaspending_assistance), its figure left out
        award = f"assistance {key}"
        funders.append(fact(funder[0], "funds", prime_name, hints=hints, award=award, **dated))
    funders += funding_facts(
        row,
        fact,
        (prime_name, prime),
        "prime_award_",
        once=once,
        rank=citation.rank,
        award=f"funding {key}",
        **dated,
    )
    held = {"start": start, "end": end, "as_of": latest}
    funders.append(fact(prime_name, "awardedContract", grant.id, hints={"subject": prime}, **held))
    once.offer(("prime", key), citation.rank, lambda: funders)
    described(once, grant, [grant])  # the prime award as the row describes it
    # the subaward: the pass-through entity's money to the subawardee, on the subaward's date,
    # dated to that day as a subcontract's action is (the row gives no period of the subaward:
    # dated by its start alone, a sub-grant ran on, and counted in every later year's test)
    passed = {"start": when, "end": when, "role": "pass-through entity", **usd(amount)}
    award = subaward_key(row, key, number, sub_name, reports.action_report(row), when, amount)
    hints = {"subject": prime, "object": sub}
    yield reported(prime_name, "funds", sub_name, hints=hints, award=award, **passed)
    owner = parent_name(row, "subawardee_parent_name", "subawardee_parent_uei")
    if owner:
        owner_hint = parent_hint(sub_kind, row, "subawardee_parent_uei")
        # the parent the row names, as of the sub-grant's year (as a subcontract's row gives it)
        hints = {"subject": sub, "object": owner_hint}
        yield reported(sub_name, "partOf", owner, hints=hints, **parent_years(when))
