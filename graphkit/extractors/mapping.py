"""Any CSV, TSV, JSON or GeoJSON file, imported through a small declarative YAML mapping.

A mapping file (the source path points at it) names the data file and says, per row, which
column gives the subject and the object (or a fixed value), their types, the relation (fixed,
or from a column through a lookup), the qualifiers and the citation:

    data: ../data/awards.csv            # relative to the mapping file
    subject: {column: vendor, type: Company}
    relation: supplies                  # or {column: kind, lookup: {sells to: supplies}}
    object: {value: ICE, type: GovernmentAgency}
    qualifiers: {amount: value, currency: {value: USD}, start: date, contract: award_id}
    citation: {url: link, locator: "award {award_id}"}
    also:                               # more facts from the same row
      - {subject: {column: vendor, type: Company}, relation: partOf,
         object: {column: parent, type: Company}}
      - {subject: {value: ICE}, relation: partOf, object: {value: DHS}, once: true}

A subject or object whose cell names several ("DHS, CBP") takes `split: ","` (or a list of
separators) and makes a fact for each name, each item of a JSON list too; `ignore: [No data,
N/A]` drops placeholders (cells.py reads such cells). See examples/ for mappings of real files.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

from ..exc import InputError, Location, Notice
from ..model import Citation, Entity, Fact, NameHint, SourceDoc
from ..names import name_key
from ..vocab import RELATIONS
from .base import ExtractContext
from .cells import ColumnNames, agency_unit
from .mapping_cells import (
    end_names,
    filled,
    template,
    unnamed_of,
    value,
)
from .mapping_json import json_records
from .mapping_names import Acronyms, named_as
from .mapping_qualifiers import (
    CONTRACT,
    GroupSums,
    date_columns,
    file_order,
    qualify,
    total_row,
)
from .mapping_scopes import Scopes
from .mapping_spec import check_columns, identity_columns, load_spec, named_columns
from .mapping_templates import TemplatedDates, UnreadTemplate
from .merged import CellsAbove
from .row_rank import row_rank
from .shared_sources import shared_source
from .stated_once import StatedOnce
from .table_columns import ColumnsRead, folded
from .tables import Row, header_key, read_table

NAME = "mapping"
VERSION = "25"
SUFFIXES = (".yaml", ".yml")
PER_FILE = False  # reads a data file besides its own, and describes sources build-wide
OPTIONS = ("data",)  # another data file than the mapping names, relative to the project
DATA_FORMATS = {".csv": "csv", ".tsv": "tsv", ".json": "json", ".geojson": "geojson"}
# files of one JSON value a line (JSON Lines, NDJSON, GeoJSON sequences), read as one document
DATA_FORMATS |= {
    ".jsonl": "json",
    ".ndjson": "json",
    ".geojsonl": "geojson",
    ".geojsons": "geojson",
}


def extract(file: Path, context: ExtractContext) -> Iterator[Fact | Entity]:
    """The facts a mapping file's rules make from its data file's rows."""
    shown = context.display(file)
    spec = load_spec(file, shown, context)
    data = _data_file(spec["data"], file)
    data_shown = context.display(data)
    once = StatedOnce()  # `once: true` facts, cited by the row row_rank.py picks
    names, identity = ColumnNames(), identity_columns(spec)
    sums = GroupSums(spec, identity - identity_columns(spec, dates=False))
    rows, cells, as_written, comma = _records(data, data_shown, spec, context, shown)
    dates = file_order(spec, cells(date_columns(spec)), data_shown, context.report, comma)
    ends = [c for _, key, c, need in named_columns(spec) if need and key in ("subject", "object")]
    above = CellsAbove(cells(ends, True))  # cells a sheet merged
    # a name's scope its record leaves empty, read from its other records
    scopes = Scopes(
        spec, cells, context, data_shown, lambda c: as_written(Notice("", field=c)).field
    )
    for notice in scopes.notices:
        context.notice(notice)
    acronyms = Acronyms(context.registry)  # agencies named by an acronym nothing gives in full
    templated = TemplatedDates()  # rows whose templated dates give none, said once
    for row in rows:
        record = any(filled(row, column) for column in identity)
        if record and sums.adds_up(row, identity):
            record = False  # "Patrol Total" dated, its amount the sum of its group's
        total = None if record else total_row(row, ends, names, sums, data_shown)
        sums.saw(row, record, total is not None)
        if total is not None:
            context.notice(as_written(total))
            continue

        def no_one(text: str, column: str | None, record=record) -> bool:
            # a name ending in "Total" is a subtotal's label only on a row that is no
            # record, or under its group's rows (cells.names_no_one)
            return names.names_no_one(text, column or "", record)

        for rule in spec["rules"]:
            try:
                facts = _facts(
                    rule,
                    spec,
                    row,
                    data_shown,
                    context,
                    no_one,
                    (dates, templated),
                    scopes,
                    acronyms,
                )
            except InputError as err:
                if not isinstance(err, UnreadTemplate):  # said with the file's others, once
                    err.path = err.path or data_shown
                    context.report(above.explain(as_written(err)))
                break  # one message per row is enough; the next row still imports
            for fact in facts:
                if rule.get("once"):
                    # `once: true`: a fact every row repeats (an office's department) is
                    # stated once, cited by one row (stated_once.py), not by thousands.
                    rank = fact.citations[0].rank
                    once.offer(_statement(fact), rank, partial(_with_award, fact))
                else:
                    yield from _with_award(fact)
    yield from once.stated()
    for said in templated.said(data_shown):
        context.report(said)
    for notice in acronyms.notices(data_shown):
        context.notice(as_written(notice))


def _with_award(fact: Fact) -> list[Fact]:
    """The fact, and where it supplies under a contract, that its subject holds the contract
    (so the contract names its holder, and is never a loose entity)."""
    if not (fact.contract and fact.relation == "supplies"):
        return [fact]
    held = Fact(
        fact.subject,
        "awardedContract",
        fact.contract,
        citations=fact.citations,
        where=fact.where,
        start=fact.start,
        end=fact.end,
        hints={"subject": fact.hints["subject"], "object": CONTRACT},
    )
    return [fact, held]


def _statement(fact: Fact) -> tuple:
    """What makes two rows state one fact: names of one name_key, with the same hints."""
    ends = [(name_key(getattr(fact, k)), fact.hints[k]) for k in ("subject", "object")]
    return (*ends, fact.relation)


def _data_file(data: str | list, mapping: Path) -> Path:
    """The data file: `data` is a path, or a list of places to look (a download folder, a
    shared copy), the first that exists winning; relative paths start at the mapping."""
    places = [Path(str(p)) for p in (data if isinstance(data, list) else [data])]
    # normpath, not resolve: `examples/../downloads` reads as `downloads`, links stay links
    places = [Path(os.path.normpath(p if p.is_absolute() else mapping.parent / p)) for p in places]
    return next((p for p in places if p.is_file()), places[0])


def _records(
    data: Path, shown: str, spec: dict, context: ExtractContext, mapping_shown: str
) -> tuple[Iterable[Row], Callable[..., Iterator[tuple[int, str, str]]], Callable, bool]:
    """The data's rows, what gives (line, column, text) of the cells of some columns (the
    empty ones too if asked), as tables.Table.cells does: how the file writes its dates, and
    where its cells look merged, are read from them; what makes an error about a cell
    name its column as the file spells it; and whether it was saved with semicolons
    (tables.Table.decimal_comma)."""
    fmt = spec.get("format") or DATA_FORMATS.get(data.suffix.lower())
    if fmt not in DATA_FORMATS.values():
        what = f"unknown format {fmt!r}" if fmt else f"no format known for a {data.suffix!r} file"
        formats = ", ".join(dict.fromkeys(DATA_FORMATS.values()))
        raise InputError(
            f"{what}; formats are {formats} (say which with `format:` in the mapping)",
            path=shown,
            field="format",
        )
    if not data.is_file():
        raise InputError("no such data file (the path is relative to the mapping file)", path=shown)
    if fmt in ("csv", "tsv"):
        return _table(data, shown, spec, context, mapping_shown, fmt)
    return (*json_records(data, shown, spec, context, mapping_shown, fmt), False)


def _table(data: Path, shown: str, spec: dict, context, mapping_shown: str, fmt: str):
    """A CSV or TSV file's rows, cells and columns (`_records`). Its headers match the
    mapping's columns without case, spaces or punctuation ("Vendor Name" is `vendor_name`,
    said once), as USAspending's do, unless two of the mapping's columns, or two of the
    file's headers, are one so: those are read as written. A header a user retyped refused
    the whole file as missing."""
    named = [column for _, _, column, _ in named_columns(spec)]
    by_key = folded(named)
    fold = header_key if by_key else str
    read = {fold(column) for column in named}
    needed = {fold(column) for _, _, column, need in named_columns(spec) if need}
    table = read_table(
        data,
        shown,
        context,
        lambda name: fold(name) in read,
        "\t" if fmt == "tsv" else ",",
        lacks=lambda cells: _lacks(needed, [fold(cell) for cell in cells]),
    )
    names = ColumnsRead(table.header, by_key)
    if names.renamed:
        said = ", ".join(f"{name!r} as {column!r}" for name, column in names.renamed.items())
        context.notice(
            Notice(f"columns read as the mapping names them: {said}", path=shown, line=table.line)
        )
    has = set(names.header).__contains__
    check_columns(spec, mapping_shown, shown, has, table.header, context.report)

    def cells(columns, empty: bool = False):
        return table.cells(names.written(set(columns).__contains__), empty)

    return map(names.row, table.rows), cells, names.as_written, table.decimal_comma


def _lacks(needed: set[str], cells: list[str]) -> list[str]:
    """What a row lacks of the columns a mapping needs; a row of one cell is a title's, never
    the header's, whatever it says."""
    return sorted(needed - set(cells)) if len(cells) > 1 else sorted(needed) or [""]


def _facts(
    rule: dict, spec: dict, row: Row, shown: str, context, no_one, dated, scopes: Scopes, acronyms
) -> list[Fact]:
    """The rule's facts from one row: one, or with `split:` one for each name of the subject's
    cell with each name of the object's, all with the row's qualifiers and citation; `dated`:
    how the file writes dates, and its TemplatedDates."""
    where = Location(shown, row.line)

    def fail(message: str, column: str | None) -> InputError:
        return InputError(message, path=shown, line=row.line, field=column)

    citation = _citation(spec["citation"], row, shown, fail, context)  # no citation, no entities
    ends: dict[str, list[_Named]] = {}
    for end in ("subject", "object"):
        ref = rule[end]
        if "split" in ref or "ignore" in ref:
            names, placeholder, column = end_names(ref, row, context)
        else:  # the cell as written, as mappings without these keys have always read it
            text, column = value(ref, row)
            names, placeholder = [text] if text else [], False
        names = named_as(ref, names)
        if unnamed := unnamed_of(ref, names, lambda name, column=column: no_one(name, column)):
            names = [n for n in names if n not in unnamed]
            if not names and rule is spec and not placeholder:
                raise fail(
                    f"{end} {unnamed[0]!r} names no one; the row is skipped (list it in the "
                    f"{end}'s ignore: to pass such rows over)",
                    column,
                )
        if not names:
            if rule is not spec or placeholder:
                # an `also` fact whose cell is empty, and a cell that says "No data" (a value
                # of `ignore:`), are simply not stated
                return []
            raise fail(f"missing {end}; the row is skipped", column)
        acronyms.saw(end, ref, names, row.line, column)
        scope = value(ref["scope"], row)[0] if ref.get("scope") else ""
        # an empty scope ("N/A" too) is the one the name's other records give (mapping_scopes)
        within = partial(scopes.of, ref, row=row, text=scope)
        ends[end] = _units_within(names, ref.get("type", "Company"), within)
    relation = _relation(rule["relation"], row, fail)
    facts = []
    for subject, object_ in itertools.product(ends["subject"], ends["object"]):
        hints = {"subject": subject.hint, "object": object_.hint}
        fact = Fact(subject.name, relation, object_.name, where=where, hints=hints)
        qualify(fact, rule.get("qualifiers") or {}, row, fail, *dated)
        fact.citations.append(citation)
        facts.append(fact)
    for named in itertools.chain(ends["subject"], ends["object"]):
        if named.body:  # the unit is part of the body it was written within
            body_hint = NameHint("GovernmentAgency", scope=named.scope)
            hints = {"subject": named.hint, "object": body_hint}
            facts.append(
                Fact(
                    named.name, "partOf", named.body, where=where, hints=hints, citations=[citation]
                )
            )
    return facts


class _Named(NamedTuple):
    name: str
    hint: NameHint
    body: str = ""  # the body an agency unit is within, where its name says so
    scope: str = ""  # the end's own scope, the body's


def _units_within(names: list[str], type_: str, within: Callable[..., str]) -> list[_Named]:
    """Each name of an end as the fact names it. An agency written inverted with its unit after
    it ("Justice, Department of, FBI") is the unit, known by the body it is within (as a
    USAspending sub-agency is by its department), and part of that body: read whole, it was
    one agency named after neither. `within` gives a name's scope."""
    named = []
    for name in names:
        hint = NameHint(type_, scope=within(name=name))
        unit = agency_unit(name) if type_ == "GovernmentAgency" else None
        if unit is None:
            named.append(_Named(name, hint))
            continue
        unit_hint = NameHint(type_, scope=name_key(unit[1]))
        named.append(_Named(unit[0], unit_hint, unit[1], hint.scope))
    return named


def _relation(ref: Any, row: Row, fail) -> str:
    if isinstance(ref, str):
        return ref
    text, column = value({"column": ref.get("column")}, row)
    relation = (ref.get("lookup") or {}).get(text, text)
    if relation not in RELATIONS:
        raise fail(f"{text!r} gives no relation; add it to the lookup", column)
    return relation


def _derived_from(refs) -> tuple[str, ...]:
    """A citation's `derived_from:` (one reference or a list of them) as the source holds it."""
    return tuple(r.strip() for r in (refs if isinstance(refs, list) else [refs] if refs else []))


def _citation(ref: dict, row: Row, shown: str, fail, sources: ExtractContext) -> Citation:
    """The row's citation: a URL column (or the first non-empty of a list), or a fixed source.
    A text that is no URL is reported at the column it came from (Link2's, not Link1's)."""
    columns = ref.get("url") or []
    columns = columns if isinstance(columns, list) else [columns]
    given = [value(c, row) for c in columns]
    url, column = next(((u, c) for u, c in given if u), ("", given[0][1] if given else None))
    fixed = ref.get("source") or {}
    url = url or str(fixed.get("url") or "")
    if not url.startswith(("http://", "https://")) or " " in url:
        raise fail(f"no http(s) URL to cite ({url!r}); the row is skipped", column or "citation")
    title = template(str(ref.get("title") or fixed.get("title") or ""), row) or None
    # One description per URL (the one shared_sources.py picks), so a source never carries
    # two titles.
    source = shared_source(
        sources,
        url,
        lambda: SourceDoc(
            url=url,
            title=title,
            kind=str(fixed.get("kind") or "record"),
            publisher=str(ref.get("publisher") or fixed.get("publisher") or "") or None,
            derived_from=_derived_from(ref.get("derived_from")),
        ),
        Location(shown, row.line),
    )
    locator = template(str(ref["locator"]), row) if ref.get("locator") else f"row {row.line}"
    return Citation(
        source=source,
        locator=locator,
        extractor=NAME,
        extractor_version=VERSION,
        where=Location(shown, row.line),
        rank=row_rank(row.cells),
    )
