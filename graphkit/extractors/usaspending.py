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

from collections.abc import Iterator
from functools import partial
from pathlib import Path

from ..exc import InputError, Location, Notice
from ..model import Citation, Entity, Fact, NameHint, SourceDoc
from ..names import slugify
from .base import ExtractContext
from .cells import ColumnNames
from .merged import CellsAbove
from .record_dates import FileDates, file_dates
from .record_values import cell_amount, cell_identifier
from .table_columns import ColumnsRead
from .tables import Row, header_key, read_table, require_columns, shared_source
from .usaspending_agencies import agency_chain, funding_facts, placed
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
from .usaspending_rows import (
    Contracts,
    Withheld,
    award_entity,
    award_id,
    citing,
    ids,
    named,
    parent_name,
    require,
    subaward_key,
    subtotal_row,
    usd,
)
from .usaspending_subgrants import subgrant_facts

NAME = "usaspending"
VERSION = "22"  # raised when a file gives other facts or ids: cached extractions are not reused
SUFFIXES = (".csv",)
PER_FILE = False  # its sources are described once for the whole build (tables.shared_source)
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
        read_row, lacks = _subaward, lacking_lists(header, shown, table.line)
    require_columns(header, columns, shown, f"a USAspending {what} download", table.line)
    for notice in lacks:
        context.notice(notice)
    contracts = Contracts()
    stated: set[tuple] = set()
    groups = ColumnNames()  # the names above a sheet's subtotal rows
    dates, said = file_dates(table.cells(names.written(lambda c: c.endswith("_date"))), shown)
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
    # the names a sheet may have merged down a group's rows (not an award's own key or link)
    merged = names.written(lambda column: column in columns and column.endswith("_name"))
    above = CellsAbove(table.cells(merged, empty=True))
    for row in rows:
        try:
            passed = subtotal_row(row, columns[0], groups, shown)
            if passed is not None:
                context.notice(names.as_written(passed))
                continue
            yield from read_row(row, shown, contracts, stated, context, dates)
        except Withheld:
            continue
        except InputError as err:
            context.report(above.explain(names.as_written(err)))


def _lacks(cells: list[str]) -> list[str]:
    """What a row lacks of the columns the kind of download it is closest to needs."""
    read = {COLUMNS_BY_KEY.get(header_key(cell), cell) for cell in cells}
    kinds = (PRIME_COLUMNS, SUB_COLUMNS, ASSISTANCE_COLUMNS, SUBGRANT_COLUMNS)
    return min(([c for c in kind if c not in read] for kind in kinds), key=len)


def _assistance(row: Row, shown: str, contracts, stated, context, dates: FileDates):
    return assistance_facts(row, shown, contracts, stated, partial(_cite, context), dates)


def _subgrant(row: Row, shown: str, contracts, stated, context, dates: FileDates):
    return subgrant_facts(row, shown, contracts, stated, partial(_cite, context), dates)


def _cite(context: ExtractContext, row: Row, award: str, where: Location) -> Citation:
    """The row's permalink, the award's id as locator."""
    source = _source(row, award, context)
    return Citation(
        source=source, locator=award, extractor=NAME, extractor_version=VERSION, where=where
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


def _prime(row: Row, shown: str, contracts: dict, stated: set, context, dates: FileDates, lacking):
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
    citation = Citation(
        source=_source(row, piid, context),
        locator=piid,
        extractor=NAME,
        extractor_version=VERSION,
        where=where,
    )

    fact = citing(citation, where)
    kind = recipient_type(row, lacking)
    recipient = NameHint(kind, ids(row, "recipient_uei", "cage_code"))
    buyer, structure = agency_chain(row, stated)
    yield from placed(structure, fact)
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
    if contracts.describe(contract):
        yield contract  # before the facts that name it
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
        stated,
        fact,
        (recipient_name, recipient),
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
        owner_hint = NameHint(kind, ids(row, "recipient_parent_uei"))
        yield fact(
            recipient_name, "partOf", owner, hints={"subject": recipient, "object": owner_hint}
        )


def _subaward(row: Row, shown: str, contracts: dict, stated: set, context, dates: FileDates):
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
    report = row.get("subaward_fsrs_report_id") or row.get("subaward_sam_report_id")
    if report:
        locator += f" (report {report})"
    citation = Citation(
        source=_source(row, piid, context),
        locator=locator,
        extractor=NAME,
        extractor_version=VERSION,
        where=where,
    )
    sub_kind = listed_type(row.get("subawardee_business_types"), sub_name)
    sub = NameHint(sub_kind, ids(row, "subawardee_uei", duns="subawardee_duns"))
    prime_kind = listed_type(row.get("prime_awardee_business_types"), prime_name)
    prime = NameHint(prime_kind, ids(row, "prime_awardee_uei", duns="prime_awardee_duns"))
    contract_id = slugify(key)
    prime_start = dates.cell(row, "prime_award_period_of_performance_start_date", shown)
    prime_end = dates.cell(row, "prime_award_period_of_performance_current_end_date", shown)
    base = dates.cell(row, "prime_award_base_action_date", shown)
    latest = dates.cell(row, "prime_award_latest_action_date", shown)
    parent = award_id(row, "prime_award_parent_piid", shown, "prime_award_unique_key", 4)
    contract = _contract(
        row,
        "prime_award_",
        _cite(context, row, piid, where),
        key,
        parent_award=parent or None,
        base_action_date=base,
        latest_action_date=latest,
        performance_start=prime_start,
        performance_end=prime_end,
    )
    if contracts.describe(contract):  # the award as this row gives it, where no row before did
        yield contract  # before the facts that name it
        # The prime award's buyer, and its payer where another department pays, as the row
        # names them: a subawards file alone linked no agency. The prime award's figure is its
        # own record's to state (the row gives only a total of another date).
        fact = citing(contract.details.citation, where)
        dated = {"contract": contract_id, "start": prime_start or base, "end": prime_end}
        yield from _prime_buyer(row, stated, (prime_name, prime), fact, **dated, as_of=latest)
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
        award=subaward_key(row, key, number, when, sub_name),
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
        owner_hint = NameHint(sub_kind, ids(row, "subawardee_parent_uei"))
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
        description=row.get("prime_award_base_transaction_description") or None,
        naics=row.get(f"{prefix}naics_code") or None,
        naics_description=row.get(f"{prefix}naics_description") or None,
        **described,
    )


def _prime_buyer(row: Row, stated: set, prime: tuple[str, NameHint], fact, **dated):
    """The prime awardee `supplies` the prime award's awarding office under the award (the
    office placed under its sub-agency and department), and a funding office of another
    department `funds` it, as the prime award's own row says (`_prime`); `dated`: the award's
    contract, start and end."""
    buyer, structure = agency_chain(row, stated, "prime_award_awarding")
    yield from placed(structure, fact)
    if buyer:
        hints = {"subject": prime[1], "object": buyer[1]}
        yield fact(prime[0], "supplies", buyer[0], hints=hints, **dated)
    key = row.get("prime_award_unique_key")
    yield from funding_facts(
        row, stated, fact, prime, "prime_award_", award=f"funding {key}", **dated
    )
