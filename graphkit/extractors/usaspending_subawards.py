"""USAspending.gov "Subawards" downloads of contracts (**Download → Awards → Contracts**,
`Contracts_Subawards_*.csv`): the subcontracts a prime awardee reports under its award.

A row: the subawardee `supplies` the prime awardee (role subcontractor) under the prime award's
Contract, with the subaward's amount and the date of its action, as its start and its end (an
action made on that day, not a tie that runs on from it); the prime awardee `awardedContract`
the award and `supplies` its awarding office, without an amount (the row gives the prime's
figure only as a total of another date), the office placed under its sub-agency and
department, and another department's funding office `funds` it where it pays; the subawardee
is `partOf` its parent.
A row whose subawardee is the prime awardee itself states no subcontract. Each fact cites the
row's permalink, the prime award's PIID (and the subaward's number and report) as locator, and
the day the report was last changed (FSRS's or SAM's column) as when it was reported: the
action date is when the subcontract was made (valid time), the report's when the prime
awardee said so (reporting time), which the award's page as a document does not give.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from ..exc import Location, Notice
from ..model import Citation, Entity, Fact, NameHint
from ..names import slugify
from .record_dates import FileDates
from .record_parents import parent_years
from .record_values import cell_amount, cell_identifier
from .stated_once import StatedOnce
from .tables import Row
from .usaspending_agencies import agency_chain, funding_facts, place
from .usaspending_columns import listed_type
from .usaspending_reports import SubawardReports, report_id
from .usaspending_rows import (
    award_id,
    award_record,
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
from .usaspending_subgrants import last_reported


def subaward_facts(
    row: Row,
    shown: str,
    once: StatedOnce,
    cite: Callable[..., Citation],
    dates: FileDates,
    reports: SubawardReports,
    notice: Callable[[Notice], None],
) -> Iterator[Fact | Entity]:
    """What a subawards row says (the module's docstring); `cite(row, award, where, dated)`
    gives the row's citation, `notice` takes what is worth a look."""
    key = require(row, "prime_award_unique_key", shown, "prime award key")
    piid = award_id(row, "prime_award_piid", shown, "prime_award_unique_key", 2) or key
    sub_name = named(row, "subawardee_name", shown, "subawardee")
    prime_name = named(row, "prime_awardee_name", shown, "prime awardee")
    require(row, "usaspending_permalink", shown, "permalink (the row's citation)")
    amount = cell_amount(row, "subaward_amount", shown)
    when = dates.cell(row, "subaward_action_date", shown)
    where = Location(shown, row.line)
    number = cell_identifier(row, "subaward_number", shown)
    locator = f"{piid} subaward {number}" if number else piid
    # FSRS's report id; SAM's since subaward reporting moved there (2025 downloads)
    report = report_id(row)
    if report:
        locator += f" (report {report})"
    # a re-report of one subaward ranks by when it was reported (row_rank.py), else its date;
    # when it was reported is the citation's date (reporting time, beside the action's day)
    last = last_reported(row, dates)
    reported = last or when
    citation = replace(cite(row, piid, where, reported), locator=locator, reported=last)
    sub_kind = listed_type(row.get("subawardee_business_types"), sub_name)
    sub = hint(sub_kind, row, "subawardee_uei", duns="subawardee_duns")
    prime_kind = listed_type(row.get("prime_awardee_business_types"), prime_name)
    prime = hint(prime_kind, row, "prime_awardee_uei", duns="prime_awardee_duns")
    contract_id = slugify(key)
    prime_start = dates.cell(row, "prime_award_period_of_performance_start_date", shown)
    prime_end = dates.cell(row, "prime_award_period_of_performance_current_end_date", shown)
    base = dates.cell(row, "prime_award_base_action_date", shown)
    latest = dates.cell(row, "prime_award_latest_action_date", shown)
    parent = award_id(row, "prime_award_parent_piid", shown, "prime_award_unique_key", 4)
    contract = award_record(
        row,
        "prime_award_",
        cite(row, piid, where, reported),
        key,
        parent_award=parent or None,
        base_action_date=base,
        latest_action_date=latest,
        performance_start=prime_start,
        performance_end=prime_end,
    )
    # The prime award's buyer, and its payer where another department pays, as the row names
    # them: a subawards file alone linked no agency. The prime award's figure is its own
    # record's to state (the row gives only a total of another date). Each of the award's
    # subaward rows says so: stated once, with the award as the row describes it.
    fact = citing(contract.details.citation, where)
    dated = {"contract": contract_id, "start": prime_start or base, "end": prime_end}
    rank = citation.rank
    buyer = _prime_buyer(row, once, (prime_name, prime), fact, rank, **dated, as_of=latest)
    described(once, contract, [contract, *buyer])
    itself = _own_subaward(sub, prime, sub_name, shown, row.line)
    if itself is not None:
        # The prime awardee filed itself as its subawardee (a real ICE award's report reads
        # "we have no subcontractor but the system would not allow me to leave this page
        # blank"): no subcontract, so no fact of one; the row still says who holds the award.
        notice(itself)
    else:
        yield Fact(
            sub_name,
            "supplies",
            prime_name,
            hints={"subject": sub, "object": prime},
            citations=[citation],
            where=where,
            contract=contract_id,
            start=when,
            end=when,
            **usd(amount),
            role="subcontractor",
            award=subaward_key(
                row, key, number, sub_name, reports.action_report(row), when, amount
            ),
        )
    # Held over the prime award's period, as the row gives it for the award's buyer: the
    # holding was undated beside a supply of the same award that was dated.
    yield Fact(
        prime_name,
        "awardedContract",
        contract_id,
        citations=[citation],
        where=where,
        hints={"subject": prime},
        start=dated["start"],
        end=dated["end"],
    )
    owner = parent_name(row, "subawardee_parent_name", "subawardee_parent_uei")
    if owner:
        owner_hint = parent_hint(sub_kind, row, "subawardee_parent_uei")
        yield Fact(
            sub_name,
            "partOf",
            owner,
            citations=[citation],
            where=where,
            hints={"subject": sub, "object": owner_hint},
            **parent_years(when),
        )


def _own_subaward(
    sub: NameHint, prime: NameHint, name: str, shown: str, line: int
) -> Notice | None:
    """A Notice where the subawardee is the prime awardee itself, by a UEI or DUNS both give;
    else None. Stated, the firm supplied itself as its own subcontractor (0 USD, on a real
    download), and was listed among its own customers."""
    same = sorted(set(sub.identifiers) & set(prime.identifiers))
    if not same:
        return None
    scheme, value = same[-1]  # the UEI, where both give it
    column = dict(sub.columns)[scheme]
    return Notice(
        f"the subawardee is the prime awardee itself ({name}, {scheme} {value}): a firm is not "
        "its own subcontractor, so the row states no subaward; the award it holds is kept",
        path=shown,
        line=line,
        field=column,
    )


def _prime_buyer(
    row: Row, once: StatedOnce, prime: tuple[str, NameHint], fact, rank: str, **dated
) -> list[Fact]:
    """The prime awardee `supplies` the prime award's awarding office under the award, and a
    funding office of another department `funds` it, as the prime award's own row says
    (`_prime`); the offices are placed under their sub-agencies and departments (`once`).
    `rank`: the row's (row_rank.py); `dated`: the award's contract, start and end."""
    buyer, structure = agency_chain(row, "prime_award_awarding")
    place(structure, fact, once, rank)
    stated = []
    if buyer:
        hints = {"subject": prime[1], "object": buyer[1]}
        stated.append(fact(prime[0], "supplies", buyer[0], hints=hints, **dated))
    key = row.get("prime_award_unique_key")
    stated += funding_facts(
        row, fact, prime, "prime_award_", once=once, rank=rank, award=f"funding {key}", **dated
    )
    return stated
