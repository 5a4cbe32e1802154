"""USAspending.gov downloads: "Prime Award Summaries — Contracts" and "Subawards" (here), and
"Prime Award Summaries — Assistance" (grants: usaspending_assistance.py).

Prime award row: the recipient `supplies` the awarding office (office `partOf` sub-agency
`partOf` agency; an office is known by its sub-agency and office code, as usaspending_agencies
says), under a Contract whose award id, codes, obligated amount and potential value
(kept apart), dates and period of performance the record describes; the recipient is `partOf`
its parent company. An award made for another department (GSA's for ICE) says that the
funding office `funds` the recipient under it (usaspending_agencies.funded_elsewhere).
Subaward row: the subawardee `supplies` the prime awardee under the prime award's Contract.
Every fact cites the row's `usaspending_permalink`, with the award id as locator. Amounts are
never summed: the relationship carries the record's own figure, and a repeated row (the same
award again) merges into the same relationship.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path

from ..exc import InputError, Location, Notice
from ..model import Citation, Entity, Fact, NameHint, PartialDate, SourceDoc
from ..names import slugify
from .base import ExtractContext
from .cells import ColumnNames
from .merged import CellsAbove
from .record_dates import FileDates, file_dates
from .record_values import cell_amount, cell_identifier
from .row_rank import row_rank
from .shared_sources import shared_source
from .stated_once import StatedOnce
from .table_columns import ColumnsRead
from .tables import Row, header_key, read_table, require_columns
from .usaspending_agencies import agency_chain, funding_facts, place
from .usaspending_assistance import ASSISTANCE_COLUMNS, assistance_facts
from .usaspending_codes import SubAgencyCodes, columns_read
from .usaspending_columns import (
    COLUMNS_BY_KEY,
    PRIME_COLUMNS,
    SUB_COLUMNS,
    SUBGRANT_COLUMNS,
    lacking_lists,
    lacking_types,
    listed_type,
    recipient_type,
    refuse_transactions,
)
from .usaspending_layouts import description, required
from .usaspending_reports import ACTION_COLUMNS, REPORT_COLUMNS, SubawardReports, report_id
from .usaspending_rows import (
    Withheld,
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
    subtotal_row,
    usd,
)
from .usaspending_subgrants import last_reported, subgrant_facts

NAME = "usaspending"
VERSION = "27"  # raised when a file gives other facts or ids: cached extractions are not reused
SUFFIXES = (".csv",)
PER_FILE = False  # its sources are described once for the whole build (shared_sources.py)
PUBLISHER = "USAspending.gov"


def extract(file: Path, context: ExtractContext) -> Iterator[Fact | Entity]:
    """Facts and contracts of one Prime Award Summaries (contracts or assistance) or Subawards
    download."""
    shown = context.display(file)
    table = read_table(
        file, shown, context, COLUMNS_BY_KEY.__contains__, key=header_key, lacks=_lacks
    )
    names = ColumnsRead(table.header, COLUMNS_BY_KEY)
    header, rows = names.header, map(names.row, table.rows)
    refuse_transactions(table.header, shown, table.line)
    lacks: list[Notice] = []  # what a prime award file lacks to type its recipients
    if "assistance_award_unique_key" in header:
        columns, what = ASSISTANCE_COLUMNS, "Prime Award Summaries (assistance)"
        read_row = _assistance
    elif "contract_award_unique_key" in header:
        columns, what = PRIME_COLUMNS, "Prime Award Summaries (contracts)"
        lacking, lacks = lacking_types(header, shown, table.line)
        read_row = partial(_prime, lacking=lacking)
    elif "prime_award_fain" in header and "prime_award_piid" not in header:
        columns, what = SUBGRANT_COLUMNS, "Subawards (assistance)"
        read_row = _subgrant
    else:
        columns, what = SUB_COLUMNS, "Prime Award Summaries or Subawards"
        lacks = lacking_lists(header, shown, table.line)
        read_row = _subaward
    columns = required(columns, header)  # an older download's DUNS for its UEI columns
    require_columns(header, columns, shown, f"a USAspending {what} download", table.line)
    for notice in lacks:
        context.notice(notice)
    once = StatedOnce()  # what the file states once, cited by the row row_rank.py picks
    groups = ColumnNames()  # the names above a sheet's subtotal rows
    dated = table.cells(names.written(lambda c: c.endswith("_date")))
    dates, said = file_dates(dated, shown, semicolons=table.decimal_comma)
    for notice in said:
        context.notice(notice)
    # the sub-agency codes a user deleted, which the offices are known by, as the file shows them
    read_as = dict(zip(table.header, header, strict=True))
    cells = table.cells(names.written(set(columns_read()).__contains__))
    codes = SubAgencyCodes(
        ((at, read_as[column], text) for at, column, text in cells), header, shown, table.line
    )
    for notice in codes.notices:
        context.notice(names.as_written(notice))
    rows = map(codes.fill, rows)
    if read_row in (_subaward, _subgrant):  # rows that report one action (usaspending_reports)
        reported = table.cells(names.written(set(ACTION_COLUMNS + REPORT_COLUMNS).__contains__))
        reports = SubawardReports((at, read_as[column], text) for at, column, text in reported)
        read_row = partial(read_row, reports=reports)
    # the names a sheet may have merged down a group's rows (not an award's own key or link)
    merged = names.written(lambda column: column in columns and column.endswith("_name"))
    above = CellsAbove(table.cells(merged, empty=True))
    for row in rows:
        try:
            passed = subtotal_row(row, columns[0], groups, shown)
            if passed is not None:
                context.notice(names.as_written(passed))
                continue
            yield from _columns_written(names, read_row(row, shown, once, context, dates))
        except Withheld:
            continue
        except InputError as err:
            context.report(above.explain(names.as_written(err)))
    yield from _columns_written(names, once.stated())


def _columns_written(names: ColumnsRead, read: Iterable) -> Iterator:
    """What a row gives (facts, awards), each identifier's column in a fact's hints as the
    file spells it (`Recipient UEI`), for the resolver's messages about it."""
    for fact in read:
        if not (names.renamed and isinstance(fact, Fact)):
            yield fact
            continue
        if any(h.columns for h in fact.hints.values()):
            fact.hints = {
                key: replace(h, columns=tuple((s, names.spelt(c)) for s, c in h.columns))
                for key, h in fact.hints.items()
            }
        yield fact


def _lacks(cells: list[str]) -> list[str]:
    """What a row lacks of the columns the kind of download it is closest to needs."""
    read = [COLUMNS_BY_KEY.get(header_key(cell), cell) for cell in cells]
    kinds = (PRIME_COLUMNS, SUB_COLUMNS, ASSISTANCE_COLUMNS, SUBGRANT_COLUMNS)
    return min(([c for c in required(kind, read) if c not in read] for kind in kinds), key=len)


def _assistance(row: Row, shown: str, once: StatedOnce, context, dates: FileDates):
    return assistance_facts(row, shown, once, partial(_cite, context), dates)


def _subgrant(row: Row, shown: str, once: StatedOnce, context, dates: FileDates, reports):
    return subgrant_facts(row, shown, once, partial(_cite, context), dates, reports)


def _cite(
    context: ExtractContext, row: Row, award: str, where: Location, dated: PartialDate | None
) -> Citation:
    """The row's permalink, the award's id as locator; ranked by its content and the row's
    date (`dated`: its latest action's, or its subaward's), as row_rank.py ranks rows."""
    source = _source(row, award, context)
    return Citation(
        source=source,
        locator=award,
        extractor=NAME,
        extractor_version=VERSION,
        where=where,
        rank=row_rank(row.cells, dated),
    )


def _source(row: Row, piid: str, context: ExtractContext) -> SourceDoc:
    # Prime and subaward rows of one award share its permalink, so one title for both.
    url = row.get("usaspending_permalink")
    return shared_source(
        context,
        url,
        lambda: SourceDoc(
            url=url, title=f"USAspending.gov award {piid}", publisher=PUBLISHER, kind="record"
        ),
    )


def _prime(row: Row, shown: str, once: StatedOnce, context, dates: FileDates, lacking):
    key = require(row, "contract_award_unique_key", shown, "award key")
    piid = award_id(row, "award_id_piid", shown, "contract_award_unique_key", 2) or key
    recipient_name = named(row, "recipient_name", shown, "recipient")
    require(row, "usaspending_permalink", shown, "permalink (the row's citation)")
    obligated = cell_amount(row, "total_obligated_amount", shown)
    potential = cell_amount(row, "potential_total_value_of_award", shown)
    base = dates.cell(row, "award_base_action_date", shown)
    latest = dates.cell(row, "award_latest_action_date", shown)
    start = dates.cell(row, "period_of_performance_start_date", shown)
    end = dates.cell(row, "period_of_performance_current_end_date", shown)
    where = Location(shown, row.line)
    citation = _cite(context, row, piid, where, latest)

    fact = citing(citation, where)
    kind = recipient_type(row, lacking)
    recipient = hint(kind, row, "recipient_uei", "cage_code", duns="recipient_duns")
    buyer, structure = agency_chain(row)
    place(structure, fact, once, citation.rank)
    contract_id = slugify(key)
    parent = award_id(row, "parent_award_id_piid", shown, "contract_award_unique_key", 4)
    contract = _contract(
        row,
        "",
        citation,
        key,
        parent_award=parent or None,
        award_type=row.get("award_type") or None,
        psc=row.get("product_or_service_code") or None,
        psc_description=row.get("product_or_service_code_description") or None,
        obligated=obligated,
        potential=potential,
        base_action_date=base,
        latest_action_date=latest,
        performance_start=start,
        performance_end=end,
    )
    described(once, contract, [contract])
    if buyer:
        buyer_name, buyer_hint = buyer
        yield fact(
            recipient_name,
            "supplies",
            buyer_name,
            hints={"subject": recipient, "object": buyer_hint},
            contract=contract_id,
            start=start or base,
            end=end,
            **usd(obligated),
            as_of=latest,
        )
    yield fact(
        recipient_name,
        "awardedContract",
        contract_id,
        start=start or base,
        end=end,
        hints={"subject": recipient},
        as_of=latest,
    )
    # An award made by one agency for another (GSA's for ICE, with ICE's money): the funding
    # unit, lost before, `funds` the recipient under the award.
    yield from funding_facts(
        row,
        fact,
        (recipient_name, recipient),
        once=once,
        rank=citation.rank,
        contract=contract_id,
        start=start or base,
        end=end,
        award=f"funding {key}",  # one award, one relationship, as a grant's
        as_of=latest,
    )
    owner = parent_name(row, "recipient_parent_name", "recipient_parent_uei")
    if owner:
        # A county office's parent is the county, a university campus's its university. A
        # parent that resolves to the recipient itself is dropped in the resolve stage.
        owner_hint = parent_hint(kind, row, "recipient_parent_uei")
        yield fact(
            recipient_name, "partOf", owner, hints={"subject": recipient, "object": owner_hint}
        )


def _subaward(row: Row, shown: str, once: StatedOnce, context, dates: FileDates, reports):
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
    # a re-report of one subaward ranks by when it was reported (row_rank.py), else its date
    reported = last_reported(row, dates) or when
    citation = replace(_cite(context, row, piid, where, reported), locator=locator)
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
    contract = _contract(
        row,
        "prime_award_",
        _cite(context, row, piid, where, reported),
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
    yield Fact(
        sub_name,
        "supplies",
        prime_name,
        hints={"subject": sub, "object": prime},
        citations=[citation],
        where=where,
        contract=contract_id,
        start=when,
        **usd(amount),
        role="subcontractor",
        award=subaward_key(row, key, number, sub_name, reports.action_report(row), when, amount),
    )
    yield Fact(
        prime_name,
        "awardedContract",
        contract_id,
        citations=[citation],
        where=where,
        hints={"subject": prime},
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
        )


def _contract(row: Row, prefix: str, citation: Citation, key: str, **described) -> Entity:
    """The award `key` as a row describes it (`prefix`: of its NAICS columns, a subaward
    row's "prime_award_"), cited by `citation`, with the `described` details."""
    return award_entity(
        key,
        citation,
        piid=citation.locator,
        description=description(row),
        naics=row.get(f"{prefix}naics_code") or None,
        naics_description=row.get(f"{prefix}naics_description") or None,
        **described,
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
