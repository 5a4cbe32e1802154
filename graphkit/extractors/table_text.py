"""A record table's text as spreadsheets save it, before any row is read: UTF-8 or UTF-16 (Excel's
"Unicode Text"), a `sep=,` line declaring the separator, tabs where a CSV was expected, and the
characters around and inside a cell that are typography, not data (a no-break space, curly
quotes around a whole cell).
"""

from __future__ import annotations

import codecs
import csv
import re

from ..exc import InputError

_UTF16 = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}
_PROBE = 256  # the bytes looked at for UTF-16 without its byte-order mark


def table_text(data: bytes, shown: str) -> str:
    """A table file's text: UTF-8, its undecodable bytes kept as surrogates (tables.py refuses
    only the rows holding them), or UTF-16 with or without its byte-order mark.

    Excel saves "Unicode Text" as UTF-16, and database exports write it without the mark, each
    letter then followed (or preceded) by a NUL byte, which no UTF-8 text holds. Either reads
    one way only, so it is read rather than refused: the file was refused whole before.
    """
    encoding = next((name for bom, name in _UTF16.items() if data.startswith(bom)), None)
    if encoding:
        data = data[2:]
    else:
        halves = (data[1:_PROBE:2], data[:_PROBE:2])  # the NULs after letters: little-endian
        mostly_nul = [half.count(0) * 4 >= len(half) * 3 for half in halves]
        if len(data) >= 4 and any(mostly_nul):
            encoding = "utf-16-le" if mostly_nul[0] else "utf-16-be"
    if encoding is None:
        return data.decode("utf-8", "surrogateescape").removeprefix("\ufeff")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError(
            f"the file is UTF-16, but its bytes at {err.start} are not: save it as UTF-8",
            path=shown,
            line=1,
        ) from None


# Excel's first line naming the separator ("sep=;"), which Excel reads and some exports write.
_SEP = re.compile(r'"?sep=(.)"?[ \t]*(?:\r\n|\r|\n)', re.IGNORECASE)
_SEPARATORS = {",": "','", "\t": "a tab", ";": "';'", "|": "'|'"}


def separator(text: str, delimiter: str, shown: str) -> tuple[str, bool]:
    """The separator a table's text uses, and whether its first line is Excel's `sep=` line,
    which names it and is no row.

    A `sep=,`, `sep=;` or `sep=\\t` line is the file's own word: it is passed over, unreported
    (it was reported as a title above the header). A CSV whose first line holds tabs and no
    comma is tab-separated, as Excel's "Unicode Text" is: a tab is in no amount or date; one
    whose first line splits into more cells at semicolons than at commas is separated by
    semicolons, as a spreadsheet saves "CSV" where the comma is the decimal mark (its rows'
    amounts are read so: decimal_comma.py). A reader that knows its columns reads the
    separator of the header it finds instead, below a title too (tables.read_table). A file
    that says it is separated otherwise (`sep=|`) is refused.
    """
    declared = _SEP.match(text)
    if declared is not None:
        said = declared[1]
        if said in (",", "\t", ";"):
            return said, True
        raise InputError(
            f"the file says its columns are separated by {_SEPARATORS.get(said, repr(said))} "
            f"(its first line, {declared[0].strip()!r}): save it with {delimiter!r}, as a "
            "spreadsheet's CSV with commas, or as UTF-8 CSV",
            path=shown,
            line=1,
        )
    first = next((line for line in text[:65536].splitlines() if line.strip()), "")
    if delimiter == "," and "\t" in first and "," not in first:
        return "\t", False
    if delimiter == "," and _cells(first, ";") > _cells(first, ","):
        return ";", False
    return delimiter, False


def _cells(line: str, delimiter: str) -> int:
    """How many cells a line holds, separated by `delimiter` (quotes kept together)."""
    try:
        return len(next(csv.reader([line], delimiter=delimiter), []))
    except csv.Error:
        return 0


# Spaces and the characters no one sees around a cell's text: a zero-width space or joiner
# pasted from a web page, a byte-order mark where files were joined. Left on, "N/A\u200b" was a
# company, and "\u200b1,234.50" no amount.
_EDGES = re.compile(r"^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$")
# No-break spaces inside a cell (a word processor's or a web page's): a space. Kept, "Beta
# Corp" was labelled with a character no search for it finds.
_NO_BREAK = re.compile("[\u00a0\u2007\u202f]")
# A whole cell in curly double quotes (a word processor's "smart quotes", which a CSV reader
# does not take for quotes): the quotes are typography around the value, not part of it.
_CURLY = re.compile("[\u201c\u201e](?P<text>[^\u201c\u201d\u201e]*)\u201d")
# A spreadsheet's mark that a cell is text, typed before a number, date, code or id to keep it
# from being converted ("'070", "'2021-05-07", "'$1,234.50", "'ZQGGHJH74DW7"), which a file
# written by hand or by a tool that guards against formulas keeps: no part of the value. Left
# on, an agency's code "'070" was another department than "070" (the award said to be paid for
# by another department, with exit 0) and a UEI no UEI. A name's own apostrophe ("'Ohana
# Security") is not such a mark: it starts no number and the name has no digit.
_TEXT_MARK = re.compile(r"'(?=[-+$(.=@\d]|\S*\d\S*$)")


def trimmed(text: str) -> str:
    """A cell's text without the spaces and invisible characters around it, a no-break space
    within it a space, and curly quotes around the whole of it, or a spreadsheet's text mark
    before a number or code ("'070"), left off."""
    text = _EDGES.sub("", _NO_BREAK.sub(" ", text))
    quoted = _CURLY.fullmatch(text)
    text = _EDGES.sub("", quoted["text"]) if quoted else text
    return text[1:] if _TEXT_MARK.match(text) else text


def curly_quoted(cells: list[str]) -> bool:
    """Whether a row's cells hold curly quotes: a separator within them splits the cell."""
    return any(re.search("[\u201c\u201d\u201e]", cell) for cell in cells)


def header_key(name: str) -> str:
    """Headers compared without case, spaces or punctuation: "Type of LEA" == "TypeofLEA"."""
    return re.sub(r"[^a-z0-9]", "", name.casefold())


def ends_in_quote(text: str, delimiter: str, lines: int) -> bool:
    """Whether `text`, which has no line end after its last row, ends inside a quoted cell (a
    quote opened and never closed): the file was cut off in that cell. `lines` is how many
    lines the last row spans. A reader that is not strict takes such a cell as whole, so the
    last row's own text is read here as the reader reads it, a doubled quote within quotes
    being a quote."""
    end, begin = len(text), 0
    for _ in range(lines):  # back to the line end before the row
        at = max(text.rfind("\n", 0, end), text.rfind("\r", 0, end))
        if at < 0:
            begin = 0
            break
        begin = at + 1
        end = at - 1 if text[at] == "\n" and text[at - 1 : at] == "\r" else at
    quoted = after_quote = False
    at_start = True
    for char in text[begin:]:
        if quoted:
            if char == '"':
                quoted, after_quote = False, True
            continue
        if char == '"' and (at_start or after_quote):
            quoted = True  # opens the cell, or is the second of a doubled quote within it
        at_start, after_quote = char == delimiter, False
    return quoted
