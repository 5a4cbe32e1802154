"""Reading record tables (CSV/TSV) defensively: encoding, truncation and header problems
become InputErrors naming file, line and column, and every readable row still comes through.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..exc import InputError, Notice
from ..files import not_utf8, not_utf8_at
from .base import ExtractContext
from .table_text import curly_quoted, ends_in_quote, header_key, separator, table_text, trimmed

__all__ = ["Row", "Table", "header_key", "read_table", "trimmed"]

# A byte that is not UTF-8 (kept as a surrogate), or a NUL byte, which no text holds.
_BAD_BYTE = re.compile("[\x00\udc80-\udcff]")
csv.field_size_limit(1 << 24)  # award descriptions can be long


@dataclass
class Row:
    """One data row: the line it starts on and its cells by header name; `unnamed`, the
    non-empty cells under columns the header leaves without a name; `decimal_comma`, whether
    its table writes amounts with a decimal comma, as one saved with semicolons does
    (decimal_comma.py)."""

    line: int
    cells: dict[str, str]
    unnamed: tuple[str, ...] = ()
    decimal_comma: bool = False

    def get(self, column: str) -> str:
        return trimmed(self.cells.get(column) or "")


@dataclass
class Table:
    """A table's header, the line it is on, and its rows (read as they are asked for)."""

    header: list[str]
    line: int
    rows: Iterator[Row]
    _text: str = field(repr=False)
    _delimiter: str = ","

    @property
    def decimal_comma(self) -> bool:
        """Whether the table was saved with semicolons, as spreadsheets save it where the comma
        is the decimal mark and dates are written day first."""
        return self._delimiter == ";"

    def cells(self, columns: Iterable[str], empty: bool = False) -> Iterator[tuple[int, str, str]]:
        """(line, column, text) of every cell of `columns` below the header (the empty ones
        too if `empty`, in rows not wholly empty), the file read again, unreported: what a
        reader weighs before it reads the rows (how the file writes its dates). Rows the
        header does not fit are passed over."""
        columns = set(columns)
        wanted = [(at, name) for at, name in enumerate(self.header) if name in columns]
        reader = csv.reader(io.StringIO(self._text, newline=""), delimiter=self._delimiter)
        start = 1
        try:
            for cells in reader:
                if start > self.line and len(cells) == len(self.header):
                    some = empty and any(map(trimmed, cells))
                    for at, name in wanted:
                        if (text := trimmed(cells[at])) or some:
                            yield start, name, text
                start = reader.line_num + 1
        except csv.Error:
            return


def read_table(
    file: Path,
    shown: str,
    context: ExtractContext,
    reads: Callable[[str], bool],
    delimiter: str = ",",
    key: Callable[[str], str] = str,
    lacks: Callable[[list[str]], Sequence[str]] | None = None,
) -> Table:
    """The header and the rows of a CSV file; bad rows are reported and left out.

    `reads(key(name))` says whether the reader takes anything from a column (`key`: how it
    matches headers). Raises InputError for a file that cannot be a table at all (empty,
    UTF-16, no header) or that gives a column the reader reads twice. `lacks(cells)` is what
    a row lacks of the columns the reader needs: when the first row lacks some and one of the
    next few lacks none, or holds more of the columns read, that row is the header (the
    reader then names what it lacks, at its line), and the lines above it are said (a
    notice). The header is looked for with commas and with tabs: the separator is the one
    whose header lacks nothing, or holds more of the columns read.

    A row holding a byte that is not UTF-8 is skipped whichever cell holds it, read or not:
    the file is in another encoding as a whole, saving it as UTF-8 mends every row at once, and
    which rows are read does not hang on which columns a reader (a mapping) takes.
    """
    data = file.read_bytes()
    text = table_text(data, shown)
    if not text.strip():
        raise InputError("the file is empty", path=shown, line=1)
    delimiter, declared = separator(text, delimiter, shown)
    title = 0
    if lacks is not None:
        found = {
            # the header each separator finds, a file's own `sep=` line the only one
            candidate: _header_row(text, candidate, lacks, lambda name: reads(key(name)), declared)
            for candidate in ((delimiter,) if declared else (delimiter, *_TRIED))
        }
        # The separator of the header found, not of the first line: a tab-separated table
        # below a title line (which holds no tab) read as one column, "the header has 1 column".
        delimiter = max(found, key=lambda c: (found[c][1:], c == delimiter))
        title = found[delimiter][0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    if declared:
        next(reader)  # Excel's "sep=," line: the file's word on its separator, no row
    top = reader.line_num + 1
    above = [" ".join(filter(None, map(trimmed, next(reader)))) for _ in range(title)]
    if title:
        context.report(_title_skipped(above, top, reader.line_num, shown))
    first = reader.line_num + 1
    try:
        header = [trimmed(h) for h in next(reader)]
    except csv.Error as err:
        raise InputError(
            f"not a readable {_kind(delimiter)} header: {err}", path=shown, line=first
        ) from None
    if "\x00" in "".join(header):
        raise InputError(
            "the header holds a NUL byte: the file must be UTF-8 text", path=shown, line=first
        )
    if _BAD_BYTE.search("".join(header)):  # no row can be read without its column names
        raise not_utf8_at(data, _first_bad_byte(data), shown)
    if len(header) < 2:
        # Spreadsheets in countries that write a decimal comma save "CSV" with semicolons.
        other = next((s for s in (";", "\t", ",") if s != delimiter and s in header[0]), None)
        hint = f" (its columns are separated by {other!r}: save it with {delimiter!r})"
        raise InputError(
            f"the header has {len(header)} column; is this a {_kind(delimiter)} file?"
            + (hint if other else ""),
            path=shown,
            line=first,
        )
    refuse_repeated_columns(header, reads, shown, key, first)
    whole = text.endswith(("\n", "\r"))
    # Lines as the reader counts them: a lone "\r" ends one too (Excel for Mac's "CSV
    # (Macintosh)"), or every row of such a file would be taken for its last.
    ends = text.count("\n") + text.count("\r") - text.count("\r\n")
    total_lines = ends + (0 if whole else 1)
    # how the message of a row skipped for a byte that is not UTF-8 ends, by column
    skipped = (
        {name: _SKIPPED if reads(key(name)) else _SKIPPED_UNREAD for name in header}
        if _BAD_BYTE.search(text)
        else None
    )
    # A last row without its line end is read, as most spreadsheets and portals write it; one
    # the file was cut off in has fewer cells than the header, or a quote left open.
    cut = None if whole else (lambda start: ends_in_quote(text, delimiter, total_lines - start + 1))
    rows = _rows(reader, header, shown, context, total_lines, skipped, cut, reader.line_num)
    if delimiter == ";":  # a spreadsheet's where the comma is the decimal mark
        rows = (replace(row, decimal_comma=True) for row in rows)
    return Table(header, first, rows, text, delimiter)


# How far down a header is looked for, below a title, a report's date and blank lines. A row
# is taken for the header when it holds every column the reader needs by name (twenty named
# columns of a USAspending download, the Atlas's Agency and Technology, each column a mapping
# needs), which no title line and no row of data does; the lines above it are reported with
# their numbers and text, so nothing is passed over unsaid. Refusing the file instead would
# only make the user delete those lines by hand, the reading being the same. Where no row
# holds them all, the row that holds the most columns the reader reads (one at least) is the
# header that lacks the rest: the file is refused naming its line and what it lacks, not the
# title's "1 column".
_HEADER_ROWS = 10


_TRIED = (",", "\t", ";")  # the separators a table's header is looked for with


def _header_row(
    text: str,
    delimiter: str,
    lacks: Callable[[list[str]], Sequence[str]],
    known: Callable[[str], bool],
    skip: int = 0,
) -> tuple[int, bool, int]:
    """How many rows come above the header, read with `delimiter`: 0 when the first row is
    one, or no row of the first `_HEADER_ROWS` holds a column the reader reads (`known`: the
    first row is then read as the header, and found wanting); whether that header lacks
    nothing, and how many of the columns read it holds."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    best, most = 0, 0
    try:
        for number, cells in enumerate(itertools.islice(reader, skip, skip + _HEADER_ROWS)):
            cells = [trimmed(c) for c in cells]
            held = len({c for c in cells if known(c)})
            if not lacks(cells):
                return number, True, held
            if held > most:
                best, most = number, held
    except csv.Error:
        pass
    return best, False, most


def _title_skipped(above: list[str], top: int, last: int, shown: str) -> Notice:
    """What the lines above a header found below them are: a title, said as a notice (the
    table is read whole; they hold no row, lacking the header's columns)."""
    lines = f"line {top}" if last == top else f"lines {top}-{last}"
    said = "; ".join(repr(text) for text in above if text) or "blank"
    are = "is no row and is" if last == top else "are no rows and are"
    return Notice(
        f"the header is on line {last + 1}: {lines} above it ({said}) {are} skipped",
        path=shown,
        line=top,
    )


_SKIPPED = " (only this row is skipped)"
_SKIPPED_UNREAD = (
    " (only this row is skipped, though no fact is read from this column: a row is read only "
    "when all of it is UTF-8)"
)


def _rows(
    reader,
    header: list[str],
    shown: str,
    context: ExtractContext,
    total_lines: int,
    skipped: dict[str, str] | None,
    cut: Callable[[int], bool] | None,
    last: int,
) -> Iterator[Row]:
    names = header  # the order the last header wrote
    # A header repeated below is known without case, spaces or punctuation (a report's page
    # header in capitals), unless two columns are one so (a mapping's "Vendor" and "vendor").
    keys = [header_key(name) for name in header if name]
    fold = header_key if len(set(keys)) == len(keys) else str
    spelt = {fold(name): name for name in header}
    columns = sorted(map(fold, header))
    blank = [at for at, name in enumerate(header) if not name]  # a spreadsheet's blank columns
    while True:
        start = last + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            last = reader.line_num
            context.report(InputError(f"unreadable row: {err}", path=shown, line=start))
            continue
        last = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(cells) == len(header) and sorted(fold(trimmed(c)) for c in cells) == columns:
            # The header again, where exports were joined (with a byte-order mark) or a report
            # repeats it after a page break: no row. Read as one, it made a company "Vendor".
            # A joined file's columns may come in another order; the rows below follow it.
            names = [spelt[fold(trimmed(c))] for c in cells]
            blank = [at for at, name in enumerate(names) if not name]
            continue
        if len(cells) != len(header):
            at_end = reader.line_num >= total_lines
            hint = (
                "the file looks truncated (cut off in this row)"
                if at_end and len(cells) < len(header)
                else "its cells hold curly quotes (\u201c \u201d), which are no quotes to a CSV "
                'reader, so a separator within them splits the cell: write straight quotes (")'
                if curly_quoted(cells)
                else "a separator or quote is probably missing or extra"
            )
            context.report(
                InputError(
                    f"the row has {len(cells)} columns, the header has {len(header)}: {hint}",
                    path=shown,
                    line=start,
                )
            )
            continue
        # One search over the whole row (cheap); the cell is looked for only when it fails.
        bad = (
            next(i for i, c in enumerate(cells) if _BAD_BYTE.search(c))
            if skipped is not None and _BAD_BYTE.search("\x1f".join(cells))
            else None
        )
        if bad is not None:
            char = _BAD_BYTE.search(cells[bad]).group()
            what = (
                "a NUL byte (0x00) is not text: the file must be UTF-8 text"
                if char == "\x00"
                else not_utf8(ord(char) - 0xDC00)
            )
            report = InputError(
                what + skipped[names[bad]], path=shown, line=start, field=names[bad]
            )
            context.report(report)
            continue
        if cut is not None and reader.line_num >= total_lines and cut(start):
            context.report(
                InputError(
                    "the last row ends inside a quoted cell (its quote is never closed): the "
                    "file looks truncated",
                    path=shown,
                    line=start,
                )
            )
            continue
        unnamed = tuple(cells[at].strip() for at in blank if cells[at].strip())
        yield Row(start, dict(zip(names, cells, strict=True)), unnamed)


def _first_bad_byte(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return err.start
    raise AssertionError("called only for data that is not UTF-8")


def _kind(delimiter: str) -> str:
    return "TSV" if delimiter == "\t" else "CSV"


def require_columns(
    header: list[str], required: Sequence[str], shown: str, what: str, line: int = 1
) -> None:
    """InputError at the header's `line` naming the first required columns it lacks."""
    missing = [c for c in required if c not in header]
    if missing:
        more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
        raise InputError(
            f"not {what}: missing column(s) {', '.join(missing[:3])}{more}{header_line(line)}",
            path=shown,
            line=line,
            field=missing[0],
        )


def header_line(line: int) -> str:
    """Where a message about the header's columns says it is: "" on line 1, " in the header
    on line 3" below a title, which the message could be taken to be about."""
    return "" if line == 1 else f" in the header on line {line}"


def refuse_repeated_columns(
    header: list[str], reads: Callable[[str], bool], shown: str, key=lambda name: name, line=1
) -> None:
    """InputError at the header's `line` for a column given twice that the reader reads
    (`reads(key(name))`): a row would keep one of its cells and drop the other, unsaid. A
    repeated column it does not read (the empty headers of a spreadsheet's blank columns)
    changes nothing and passes.

    `key` is how the reader matches headers: columns of one key are one column to it.
    """
    first: dict[str, tuple[int, str]] = {}
    for number, name in enumerate(header, 1):
        wanted = key(name)
        if not reads(wanted):
            continue
        if wanted not in first:
            first[wanted] = (number, name)
            continue
        before, spelt = first[wanted]
        twice = (
            f"column {name!r} appears twice (columns {before} and {number})"
            if spelt == name
            else f"column {name!r} (column {number}) is column {spelt!r} (column {before}) again"
        )
        raise InputError(
            f"{twice}: a row would keep one of its cells and drop the other; remove or rename one",
            path=shown,
            line=line,
            field=name,
        )
