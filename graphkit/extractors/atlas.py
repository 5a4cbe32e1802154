"""EFF Atlas of Surveillance CSV files, in the published layout or with re-typed headers.

Each row says that an agency `uses` a technology (a Product: the Atlas's technology category,
or a registry product of that name; each of several a cell names) and, when a vendor is named,
that the vendor `supplies` the agency with it (without a product where the row names
several). Every link of the row is a citation, its archived snapshot kept as the source's
archive URL; a row without links cites the Atlas itself with its row number.
Headers match without case, spaces or punctuation ("Type of LEA" == "TypeofLEA").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from ..exc import InputError, Location, Notice
from ..model import Citation, Entity, Fact, NameHint, SourceDoc
from ..names import name_key
from .atlas_columns import COLUMNS_READ, REQUIRED, lacking, read_as, unread_links
from .atlas_columns import URL as _URL
from .base import ExtractContext
from .cells import (
    ColumnNames,
    agency_unit,
    known_names,
    names_no_one,
    separators_pattern,
    split_names,
)
from .merged import CellsAbove
from .record_dates import Doubtful, FileDates, file_dates
from .record_scopes import NameScopes, given
from .record_values import Unread, no_value
from .row_rank import row_rank
from .shared_sources import CATALOGUED_TITLE, shared_source
from .tables import Row, header_key, header_line, read_table
from .totals import only_numbers, total_label, unlabelled_total

NAME = "atlas"
VERSION = "22"  # raised when a file gives other facts or problems: cached extractions not reused
SUFFIXES = (".csv",)
PER_FILE = False  # its sources are described once for the whole build (shared_sources.py)
PRODUCT = NameHint("Product")
VENDOR = NameHint("Company")
ATLAS = SourceDoc(
    url="https://atlasofsurveillance.org/",
    title="Atlas of Surveillance",
    publisher="Electronic Frontier Foundation",
    kind="dataset",
)


def extract(file: Path, context: ExtractContext) -> Iterator[Fact | Entity]:
    """The facts of one Atlas of Surveillance CSV; a bad row is reported and skipped."""
    shown = context.display(file)
    table = read_table(
        file,
        shown,
        context,
        COLUMNS_READ.__contains__,
        key=header_key,
        lacks=lambda cells: _lacks(read_as({header_key(c): c for c in cells})),
    )
    headers = {header_key(h): h for h in table.header}
    columns = read_as(headers)
    missing = _lacks(columns)
    if missing:
        raise InputError(
            f"not an Atlas of Surveillance file: no {missing[0]!r} column"
            f"{header_line(table.line)} (expected AOSNUMBER, Agency, Technology, Vendor, Link 1 …)",
            path=shown,
            line=table.line,
            field=missing[0],
        )
    for notice in lacking(columns, shown, table.line):
        context.notice(notice)
    unread = [h for key, h in headers.items() if key not in COLUMNS_READ]
    for notice in unread_links(table.cells(unread), shown, table.line):
        context.notice(notice)
    names = ColumnNames()  # the groups a subtotal row of the sheet adds up
    # Its links' dates, day or month first as the file's own dates show (record_dates.py)
    dated = [columns[f"link{n}date"] for n in (1, 2, 3) if f"link{n}date" in columns]
    dates, said = file_dates(table.cells(dated), shown, semicolons=table.decimal_comma)
    for notice in said:
        context.notice(notice)
    above = CellsAbove(table.cells([columns[key] for key in REQUIRED], empty=True))
    places = _states(table, columns, context)
    for row in table.rows:
        cells = _Cells(row, columns, dates)
        total = _total_row(cells, shown, names)
        if total is not None:
            context.notice(total)
            continue
        try:
            yield from _row(cells, shown, context, names, places)
        except InputError as err:
            err.path = err.path or shown
            context.report(above.explain(err))
    for notice in places.notices(shown):
        context.notice(notice)


def _states(table, columns: dict[str, str], context: ExtractContext) -> NameScopes:
    """The states the file's rows place each agency in, to place an agency whose row leaves
    its State empty (record_scopes.py): known by its name alone, it was another entity than
    the same agency on its other rows, with exit 0."""
    places = NameScopes(context.registry)
    if "state" not in columns:
        return places
    read = (columns["agency"], columns["state"])
    rows: dict[int, dict[str, str]] = {}
    for line, column, text in table.cells(read, empty=True):
        rows.setdefault(line, {})[column] = text
    for line, cells in rows.items():
        agency, state = cells.get(read[0], ""), given(cells.get(read[1], ""))
        if agency and state and agency_unit(agency) is None:
            places.saw("agency", "GovernmentAgency", read[1], line, [agency], state)
    return places


def _record(cell: _Cells) -> bool:
    """Whether a row has its own number or a link: a record, never a sheet's total row (its
    "Seguridad Total" is a firm: cells.names_no_one)."""
    return any(cell(key) for key in ("aosnumber", "ref", "link1", "link2", "link3"))


def _total_row(cell: _Cells, shown: str, names: ColumnNames) -> Notice | None:
    """Why a row is a sheet's total or subtotal row ("Grand Total", "Axon Enterprise Total"
    under Axon's rows, "Drones Count", or a count alone), or None. Each was reported as a row
    missing its agency, or as an agency or a vendor naming no one, and the build exited 1."""
    if _record(cell):
        return None
    line = cell.row.line
    label = names.total_label({key: cell(key) for key in ("agency", "technology", "vendor")})
    if label is not None:
        return total_label(label[1], shown, line, cell.column(label[0]), "rows")
    if any(cell(key) for key in ("agency", "technology", "vendor")):
        return None
    if only_numbers(cell.row.cells.values()):
        column, text = next((c, v) for c, v in cell.row.cells.items() if v and v.strip())
        return unlabelled_total(column, text.strip(), shown, line, "rows")
    return None


def _lacks(columns) -> list[str]:
    return [c for c in REQUIRED if c not in columns]


class _Cells:
    """A row read through normalised header names."""

    def __init__(self, row: Row, columns: dict[str, str], dates: FileDates) -> None:
        self.row, self.columns, self.dates = row, columns, dates

    def __call__(self, key: str) -> str:
        column = self.columns.get(key)
        return self.row.get(column) if column else ""

    def column(self, key: str) -> str:
        return self.columns.get(key, key)


def _row(cell: _Cells, shown: str, context: ExtractContext, names: ColumnNames, places: NameScopes):
    line = cell.row.line
    where = Location(shown, line)
    record = _record(cell)

    def no_one(text: str, key: str) -> bool:
        return names.names_no_one(text, key, record)

    agency_name, technology = cell("agency"), cell("technology")
    for key, value in (("agency", agency_name), ("technology", technology)):
        if not value:
            raise InputError(
                f"missing {key}; the row is skipped", path=shown, line=line, field=cell.column(key)
            )
        if no_one(value, key):
            # read as a name, "N/A" was one agency using every technology of such rows
            raise InputError(
                f"{key} {value!r} names no one; the row is skipped",
                path=shown,
                line=line,
                field=cell.column(key),
            )
    row_id = cell("aosnumber") or cell("ref") or f"row {line}"
    citations = _citations(cell, row_id, shown, line, context)
    # Two states' "Police Department" are two agencies: the state scopes the agency's name.
    # An empty state ("N/A" too) is the one the agency's other rows give (record_scopes.py).
    state = given(cell("state"))
    within = agency_unit(agency_name)
    if not state and within is None and "state" in cell.columns:
        column = cell.column("state")
        places.saw("agency", "GovernmentAgency", column, line, [agency_name], "")
        state = places.of("agency", agency_name, "", line, column)
    agency = NameHint("GovernmentAgency", scope=state)
    if within is not None:
        # "Justice, Department of, FBI": the unit, known by the body it is within and part of
        # it; read whole, it was one agency named after neither
        agency_name, body = within
        unit = NameHint("GovernmentAgency", scope=name_key(body))
        hints = {"subject": unit, "object": agency}
        yield Fact(agency_name, "partOf", body, citations=citations, where=where, hints=hints)
        agency = unit
    # "Drones; Body-worn Cameras": the agency uses each. Read whole, the cell was one product
    # of that name, in place of either.
    known = known_names(context.registry)
    technologies = vendors(technology, known, lambda text: no_one(text, "technology"))
    if not technologies:
        raise InputError(
            f"technology {technology!r} names none; the row is skipped",
            path=shown,
            line=line,
            field=cell.column("technology"),
        )
    hints = {"subject": agency, "object": PRODUCT}
    for used in technologies:
        yield Fact(agency_name, "uses", used, citations=citations, where=where, hints=hints)
    # A vendor supplies the one technology its row names; of several, the row does not say
    # which, and the vendor supplies the agency without a product.
    product = technologies[0] if len(technologies) == 1 else None
    for vendor_name in vendors(cell("vendor"), known, lambda text: no_one(text, "vendor")):
        hints = {"subject": VENDOR, "object": agency}
        if product:
            hints["product"] = PRODUCT
        yield Fact(
            vendor_name,
            "supplies",
            agency_name,
            product=product,
            citations=citations,
            where=where,
            hints=hints,
        )


# A vendor cell's separators (cells.py reads the cell).
_LIST = separators_pattern([";", ",", " / "])
_ENDS = re.compile(r"[;,]")  # where a cell's first name ends and its last begins


def vendors(
    text: str,
    whole: Callable[[str], bool] | None = None,
    no_one: Callable[[str], bool] = names_no_one,
) -> list[str]:
    """The companies a vendor cell names: "DJI, Yuneec" is two, each supplying the agency;
    "Axon Enterprise, Inc." is one, its comma before a legal form, and so is a name `whole`
    takes for one (cells.known_names: one the registry knows). A cell or a part of it that
    names no one ("Not Provided", "Unknown vendor": cells.names_no_one, as every importer
    reads such texts, or `no_one` with the row's evidence) names no vendor; the agency still
    uses the technology."""
    # Not split: "N/A" at "/" would be "N" and "A". A cell that begins and ends with a name
    # may read whole as a total ("Total Per Diem Services LLC; Axon" as "Total per ..."): it
    # is split ("Axon Enterprise, Inc. Total", a subtotal's label, is not).
    ends = _ENDS.split(text)
    if no_one(text) and (no_one(ends[0]) or no_one(ends[-1])):
        return []
    return [name for name in split_names(text, _LIST, None, whole).names if not no_one(name)]


def _citations(
    cell: _Cells, row_id: str, shown: str, line: int, context: ExtractContext
) -> list[Citation]:
    found: list[Citation] = []
    locator = f"Atlas of Surveillance {row_id}"
    rank = row_rank(cell.row.cells)  # which of two rows one citation names (row_rank.py)
    for n in (1, 2, 3):
        url = cell(f"link{n}")
        if not url:
            continue
        if not _URL.fullmatch(url):
            context.report(
                InputError(
                    f"{url!r} is not an http(s) link; it is not cited",
                    path=shown,
                    line=line,
                    field=cell.column(f"link{n}"),
                )
            )
            continue
        source = shared_source(
            context,
            url,
            lambda n=n, url=url: _link_source(cell, n, url, shown, context),
            Location(shown, line, cell.column(f"link{n}source")),
            CATALOGUED_TITLE,
        )
        found.append(_cite(source, locator, shown, line, rank))
    for url in (u.rstrip(".,;)") for u in _URL.findall(cell("otherlinks"))):
        where = Location(shown, line, cell.column("otherlinks"))
        source = shared_source(context, url, lambda url=url: SourceDoc(url=url), where)
        found.append(_cite(source, locator, shown, line, rank))
    if not found:
        atlas = shared_source(context, ATLAS.url, lambda: ATLAS)
        found.append(_cite(atlas, locator, shown, line, rank))
    return found


def _link_source(cell: _Cells, n: int, url: str, shown: str, context) -> SourceDoc:
    """Link n of a row as a source: publisher, date, type and archived snapshot."""
    published = None
    # The Atlas writes some dates loosely ("Fall 2019"); the link still counts without one.
    # Its numeric dates are month first ("12/27/2012", "1/7/2015"), as its US sources write,
    # unless the file's own dates show it was saved day first (record_dates.py).
    written = cell(f"link{n}date")
    try:
        published = cell.dates.date(written) if written and not no_value(written) else None
    except (Doubtful, Unread) as err:
        # a date that reads either way, or one a spreadsheet shortened ("16-Oct": October
        # 2016 in the Atlas's own export), is lost, said; a loose one ("Fall 2019") is not
        fix = " (save the file with dates as YYYY-MM-DD)" if isinstance(err, Doubtful) else ""
        context.report(
            InputError(
                f"{err}; the link is cited without its date{fix}",
                path=shown,
                line=cell.row.line,
                field=cell.column(f"link{n}date"),
            )
        )
    except ValueError:
        pass
    snapshot = cell(f"link{n}snapshot")
    return SourceDoc(
        url=url,
        title=cell(f"link{n}source") or None,
        publisher=cell(f"link{n}source") or None,
        published=published,
        archive=snapshot if _URL.fullmatch(snapshot) else None,
        kind=cell(f"link{n}type") or None,
    )


def _cite(source: SourceDoc, locator: str, shown: str, line: int, rank: str) -> Citation:
    return Citation(
        source=source,
        locator=locator,
        extractor=NAME,
        extractor_version=VERSION,
        where=Location(shown, line),
        rank=rank,
    )
