"""Curated fact files written by people: YAML lists or CSV tables, every fact cited."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..currencies import read_currency
from ..exc import InputError, Location
from ..model import Citation, Fact, PartialDate, SourceDoc, parse_amount
from ..names import did_you_mean
from ..sources.catalog import SOURCE_FIELDS, source_from_mapping
from ..sources.documents import document_address
from ..vocab import RELATIONS, STATUSES
from ..yamlio import load_yaml_list, one_value, text_of
from .base import ExtractContext
from .decimal_comma import Ambiguous, comma_decimal
from .record_values import record_money, same_currency
from .table_columns import ColumnsRead, folded
from .tables import header_key, read_table, trimmed

NAME = "facts"
VERSION = "5"
SUFFIXES = (".yaml", ".yml", ".csv", ".tsv")
PER_FILE = True  # reads only its file and the catalogue: safe to extract in parallel, cache

FACT_FIELDS = {
    "subject",
    "relation",
    "object",
    "start",
    "end",
    "amount",
    "currency",
    "product",
    "contract",
    "role",
    "status",
    "ongoing",
    "citations",
    "note",
}
# A citation names a catalogue entry (`source`) or describes its document inline, with the
# catalogue's own fields but for the entry's id and what it derives from.
CITATION_FIELDS = (SOURCE_FIELDS - {"id", "derived_from"}) | {
    "source",
    "locator",
    "quote",
    "confidence",
    "note",
}
# A CSV row is one fact with one citation; its columns are both sets of names.
CSV_COLUMNS = (FACT_FIELDS | CITATION_FIELDS) - {"citations"}
# A spreadsheet's header in any case, with spaces around its names ("Subject", " relation "):
# the column it folds to. Two of a file's headers that fold to one column are refused.
_COLUMNS_BY_KEY = folded(CSV_COLUMNS)
# An amount in thousands, millions or billions ("1.5M", "$2bn", "300k"): no sum as written.
_SCALED = re.compile(r"[$€£]?\s*\d[\d,.]*\s*(?:k|m|mn|mm|b|bn|million|billion)", re.IGNORECASE)

LineOf = Callable[[str], int | None]


def extract(file: Path, context: ExtractContext) -> Iterator[Fact]:
    """The facts of one YAML, CSV or TSV fact file; a bad fact is reported and skipped."""
    shown = context.display(file)
    suffix = file.suffix.lower()
    rows = (
        _csv_rows(file, shown, context, "\t" if suffix == ".tsv" else ",")
        if suffix in (".csv", ".tsv")
        else _yaml_rows(file, shown, context)
    )
    for row, line_of, citation_rows in rows:
        try:
            yield _fact(row, line_of, citation_rows, context, shown)
        except InputError as err:
            err.path = shown
            context.report(err)


def _yaml_rows(file: Path, shown: str, context: ExtractContext):
    """Each fact mapping with its citations, or the InputError its citations deserve."""
    for row in load_yaml_list(file, shown, context.report, trim=True):
        citations = row.get("citations")
        if not citations:
            problem = InputError(
                "a fact needs at least one citation",
                line=row.line_of("citations"),
                field="citations",
            )
            yield row, row.line_of, problem
        elif not isinstance(citations, list) or not all(isinstance(c, Mapping) for c in citations):
            problem = InputError(
                "citations must be a list of mappings",
                line=row.line_of("citations"),
                field="citations",
            )
            yield row, row.line_of, problem
        else:
            yield row, row.line_of, [(c, c.line_of) for c in citations]


def _csv_rows(file: Path, shown: str, context: ExtractContext, delimiter: str):
    """Each row of a CSV or TSV file as a fact with one citation; rows with too few or too many
    columns, or cut off at the end of the file, are reported by read_table and left out."""
    table = read_table(file, shown, context, CSV_COLUMNS.__contains__, delimiter, key=_column_of)
    columns = ColumnsRead(table.header, _COLUMNS_BY_KEY)
    rows = map(columns.row, table.rows)
    unknown = [  # blank columns may follow
        written
        for written, read in zip(table.header, columns.header, strict=True)
        if written and read not in CSV_COLUMNS
    ]
    if unknown:
        raise InputError(
            f"unknown column {unknown[0]!r}; columns are {', '.join(sorted(CSV_COLUMNS))}",
            path=shown,
            line=table.line,
            field=unknown[0],
        )
    for row in rows:
        # as record tables read a cell: a spreadsheet's text mark ('2021-05-07), curly
        # quotes around it, spaces no one sees around it are no part of it
        clean = {k: text for k, v in row.cells.items() if k and (text := trimmed(v))}
        if row.unnamed:
            # what a cell under no name says cannot be read, and is not dropped unsaid
            message = (
                f"a cell under a column without a name ({row.unnamed[0]!r}): name the column or "
                "empty the cell; the row is skipped"
            )
            context.report(InputError(message, path=shown, line=row.line))
            continue
        line_of = lambda key, line=row.line: line  # noqa: E731 - one line per row
        if row.decimal_comma and clean.get("amount"):
            # a table saved with semicolons writes its amounts with a decimal comma
            try:
                clean["amount"] = comma_decimal(clean["amount"])
            except Ambiguous as err:
                context.report(InputError(str(err), path=shown, line=row.line, field="amount"))
                continue
        yield clean, line_of, [(clean, line_of)]


def _column_of(name: str) -> str:
    return _COLUMNS_BY_KEY.get(header_key(name), name)


def _fact(
    row: Mapping, line_of: LineOf, citation_rows, context: ExtractContext, shown: str
) -> Fact:
    def fail(message: str, key: str) -> InputError:
        return InputError(message, path=shown, line=line_of(key), field=key)

    unknown = sorted(
        k for k in map(str, row) if k not in FACT_FIELDS | _csv_extra(citation_rows, row)
    )
    if unknown:
        raise fail(
            f"unknown field {unknown[0]!r}; fields are {', '.join(sorted(FACT_FIELDS))}", unknown[0]
        )
    if (nested := one_value(row, {"citations"})) is not None:
        raise fail(nested.message, nested.field)
    for key in ("subject", "relation", "object"):
        if not row.get(key):
            raise fail(f"missing {key}", key)
    relation = str(row["relation"])
    if relation not in RELATIONS:
        hint = did_you_mean(relation, RELATIONS, cutoff=0.5)
        hint = f"{hint} " if hint else ""
        raise fail(
            f"unknown relation {relation!r}; {hint}relations are {', '.join(RELATIONS)}", "relation"
        )
    if isinstance(citation_rows, InputError):
        citation_rows.path = shown
        raise citation_rows
    fact = Fact(
        subject=text_of(row, "subject"),
        relation=relation,
        object=text_of(row, "object"),
        where=Location(shown, line_of("subject")),
    )
    set_qualifiers(fact, row, fail)
    for citation_row, citation_line_of in citation_rows:
        fact.citations.append(_citation(citation_row, citation_line_of, context, shown))
    return fact


def set_qualifiers(fact: Fact, row: Mapping, fail: Callable[[str, str], InputError]) -> None:
    """Dates, amount and currency, product, contract, role and status from a row, checked."""
    for key in ("start", "end"):
        if row.get(key) not in (None, ""):
            try:
                setattr(fact, key, PartialDate.parse(row[key]))
            except ValueError as err:
                raise fail(str(err), key) from None
    if fact.start and fact.end and _latest(fact.end) < _earliest(fact.start):
        raise fail(f"end {fact.end} is before start {fact.start}", "end")
    if row.get("currency"):
        try:  # as a mapped table reads its cell: "usd" is USD, "UDS" a currency of its own
            fact.currency = read_currency(text_of(row, "currency"))
        except ValueError as err:
            raise fail(str(err), "currency") from None
    if row.get("amount") not in (None, ""):
        _set_amount(fact, row["amount"], text_of(row, "amount"), fail)
    for key in ("product", "contract", "role"):
        if row.get(key):
            setattr(fact, key, text_of(row, key))
    if row.get("status"):
        if row["status"] not in STATUSES:
            raise fail(f"status must be one of {', '.join(STATUSES)}", "status")
        fact.status = str(row["status"])
    if row.get("ongoing") not in (None, ""):
        value = str(row["ongoing"]).strip().lower()
        if value not in ("true", "false", "yes", "no"):
            raise fail("ongoing is true (a source says the fact still holds) or false", "ongoing")
        if value in ("true", "yes"):
            if fact.end:
                raise fail(f"a fact that ended {fact.end} is not ongoing", "ongoing")
            fact.ongoing = True


def _set_amount(fact: Fact, value, text: str, fail: Callable[[str, str], InputError]) -> None:
    """The amount as written (YAML reads 123456789012.123456 as a float, which keeps 17
    digits), read as record tables read theirs: with its currency beside it ("USD 5,000",
    "€1,500"), which gives the fact its currency or must agree with it; a figure a spreadsheet
    rounded (1.23457E+11), or whose point may separate thousands (12.500), is refused. A YAML
    number written with an exponent (`amount: 2.5e6`) is a number as written, not a cell."""
    try:
        if isinstance(value, float) and "e" in text.lower():
            fact.amount, written = parse_amount(text), None
        else:
            fact.amount, written = record_money(text)
    except ValueError as err:
        message = str(err)
        if _SCALED.fullmatch(text.strip()):
            message += ": write the amount in full (1500000), not in thousands or millions"
        raise fail(message, "amount") from None
    if fact.amount < 0:
        raise fail(f"amount {text} is negative; an amount is a sum paid", "amount")
    if written and fact.currency and not same_currency(written, fact.currency):
        said = "dollars" if written == "$" else written
        raise fail(f"{text!r} is in {said}, and the fact's currency is {fact.currency}", "amount")
    if written and written != "$":  # "$" is the sign of many currencies
        fact.currency = fact.currency or written
    if not fact.currency:
        raise fail("an amount needs a currency (e.g. currency: USD)", "currency")


def _csv_extra(citation_rows, row) -> set[str]:
    # In a CSV row the citation's columns sit beside the fact's.
    if isinstance(citation_rows, list) and citation_rows and citation_rows[0][0] is row:
        return CITATION_FIELDS
    return set()


def _earliest(date: PartialDate) -> tuple[int, int, int]:
    return (date.year, date.month or 1, date.day or 1)


def _latest(date: PartialDate) -> tuple[int, int, int]:
    # "end: 2018" with "start: 2018-06" is fine: the year 2018 lasts past June.
    return (date.year, date.month or 12, date.day or 31)


def _citation(row: Mapping, line_of: LineOf, context: ExtractContext, shown: str) -> Citation:
    def fail(message: str, key: str) -> InputError:
        return InputError(message, path=shown, line=line_of(key), field=key)

    fields = CITATION_FIELDS | (FACT_FIELDS if "subject" in row else set())
    unknown = sorted(k for k in map(str, row) if k not in fields)
    if unknown:
        fields_text = ", ".join(sorted(CITATION_FIELDS))
        raise fail(f"unknown citation field {unknown[0]!r}; fields are {fields_text}", unknown[0])
    if (nested := one_value(row)) is not None:
        raise fail(nested.message, nested.field)
    if row.get("source"):
        source_id = text_of(row, "source")
        if source_id not in context.catalog:
            hint = did_you_mean(source_id, context.catalog)
            hint = f"{hint} " if hint else ""
            raise fail(
                f"unknown source {source_id!r}; {hint}add it to the source catalogue", "source"
            )
        source = context.catalog[source_id]
        _check_catalogued(row, line_of, source, source_id, shown)
    else:
        try:
            source = source_from_mapping(row, line_of)
        except InputError as err:
            err.path = shown
            raise
    locator = text_of(row, "locator").strip() if row.get("locator") else None
    if not source.url and not locator:
        raise fail("a citation needs a source with a url, or a locator", "url")
    confidence = Decimal(1)
    if row.get("confidence") not in (None, ""):
        try:
            confidence = Decimal(str(row["confidence"]))
        except InvalidOperation:
            raise fail(f"confidence {row['confidence']!r} is not a number", "confidence") from None
        if not Decimal(0) <= confidence <= Decimal(1):
            raise fail("confidence must be between 0 and 1", "confidence")
    return Citation(
        source=source,
        locator=locator,
        quote=" ".join(text_of(row, "quote").split()) if row.get("quote") else None,
        extractor=NAME,
        extractor_version=VERSION,
        confidence=confidence,
        where=Location(shown, line_of("source") or line_of("url")),
    )


# What a citation may say of its document inline, by the SourceDoc attribute that holds it.
_DOCUMENT_ATTRS = {
    "url": "url",
    "title": "title",
    "publisher": "publisher",
    "date": "published",
    "retrieved": "retrieved",
    "archive": "archive",
    "kind": "kind",
}


def _check_catalogued(
    row: Mapping, line_of: LineOf, source: SourceDoc, source_id: str, shown: str
) -> None:
    """InputError for a citation naming a catalogue entry and describing another document (a
    URL, title or date that is not the entry's): it was cited to the entry, what it gave
    dropped unsaid. What agrees with the entry (its URL written another way too) is fine."""
    given = [key for key in _DOCUMENT_ATTRS if row.get(key) not in (None, "")]
    if not given:
        return
    try:
        inline = source_from_mapping(row, line_of)
    except InputError as err:
        err.path = shown
        raise
    for key in given:
        mine, theirs = getattr(inline, _DOCUMENT_ATTRS[key]), getattr(source, _DOCUMENT_ATTRS[key])
        if key in ("url", "archive") and theirs:
            mine, theirs = document_address(mine), document_address(theirs)
        if mine != theirs:
            has = f"{key} {str(getattr(source, _DOCUMENT_ATTRS[key]))!r}" if theirs else f"no {key}"
            raise InputError(
                f"source {source_id!r} has {has}, this citation {text_of(row, key).strip()!r}: "
                "give the document by its catalogue id or inline (url, title, ...), not both",
                path=shown,
                line=line_of(key),
                field=key,
            )
