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
from ..model import Citation, Entity, Fact, PartialDate, SourceDoc
from ..names import slugify
from .base import ExtractContext
from .cells import ColumnNames
from .merged import CellsAbove
from .record_dates import FileDates, file_dates
from .record_parents import parent_years
from .record_values import cell_amount
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
    recipient_type,
    refuse_transactions,
)
from .usaspending_layouts import required
from .usaspending_reports import ACTION_COLUMNS, REPORT_COLUMNS, SubawardReports
from .usaspending_rows import (
    Withheld,
    award_id,
    award_record,
    citing,
    described,
    hint,
    named,
    parent_hint,
    parent_name,
    require,
    subtotal_row,
    usd,
)
from .usaspending_subawards import subaward_facts
from .usaspending_subgrants import subgrant_facts

NAME = "usaspending"
VERSION = "30"  # raised when a file gives other facts or ids: cached extractions are not reused
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
    contract = award_record(
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
            recipient_name,
            "partOf",
            owner,
            hints={"subject": recipient, "object": owner_hint},
            **parent_years(start or base),
        )


def _subaward(row: Row, shown: str, once: StatedOnce, context, dates: FileDates, reports):
    return subaward_facts(row, shown, once, partial(_cite, context), dates, reports, context.notice)
