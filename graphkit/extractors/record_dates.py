"""A record file's dates read by the file's own convention: a date whose day and month are
both numbers ("05/07/2021") is 7 May or 5 July as the file's other dates show. USAspending
files, an Atlas file's link dates and a mapped file's dates, where its mapping says no
`dates:`, are read so.

A USAspending download writes its dates as YYYY-MM-DD; one written with slashes was saved by
a spreadsheet, which writes every date of the file in its one locale's order. So a file whose
slash dates include one that can only be day first ("25/07/2021") and none that can only be
month first ("07/25/2021") was saved day first, and its dates that read either way are read
day first too, the reading said once for the file. Read month first, as before, they were a
wrong date each with exit 0 while the rows whose day was above 12 were refused, though the
file says how all of them are written; refusing them all would lose every such row to a
doubt the file itself settles. A file with dates only either way can be (a file joined from
two saved differently) settles nothing: its dates that read either way are refused, row by
row, saying why. A file with no date that can only be day first is month first, as US
records are written; where none can only be month first either, that reading is a guess, and
it is said once for the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..exc import InputError, Notice
from ..model import PartialDate
from .record_values import Unread, no_value, parse_record_date, refuse_lost
from .tables import Row

_SLASHED = re.compile(r"\s*(\d{1,2})/(\d{1,2})/\d{2,4}\b.*")


def only_day_first(text: str) -> bool:
    """Whether a date with slashes can only be day first ("25/07/2021")."""
    found = _SLASHED.fullmatch(text)
    return found is not None and int(found[1]) > 12 >= int(found[2])


def either_way(text: str) -> bool:
    """Whether a date with slashes reads as a date day first and month first ("05/07/2021")."""
    found = _SLASHED.fullmatch(text)
    return found is not None and int(found[1]) <= 12 and int(found[2]) <= 12


class Doubtful(ValueError):
    """A date that reads either way in a file that writes dates both ways."""


@dataclass(frozen=True)
class FileDates:
    """How one file writes a date's day and month in numbers: `day_first`, or in `doubt` (why
    a date that reads either way is refused) where it writes both. `declared`: the order is
    the user's word (a mapping's `dates:`), which a date that can only be the other way
    contradicts."""

    day_first: bool = False
    doubt: str = ""
    declared: bool = False

    def date(self, text: str) -> PartialDate:
        """The date `text` is in this file; Doubtful or ValueError if none is known."""
        if self.doubt and either_way(text):
            raise Doubtful(f"{text!r} may be day or month first: {self.doubt}")
        return parse_record_date(text, self.day_first or not self.declared and only_day_first(text))

    def cell(self, row: Row, column: str, shown: str) -> PartialDate | None:
        """The date in a cell, None if empty or no date (`no_value`); InputError naming the
        column if unreadable, or if it reads either way in a file that writes both."""
        value = row.get(column)
        refuse_lost(row, column, shown)
        if not value or no_value(value):
            return None
        try:
            return self.date(value)
        except Doubtful as err:
            message = (
                f"{err}; the row is skipped (download the file again, or save it with dates "
                "as YYYY-MM-DD)"
            )
            raise InputError(message, path=shown, line=row.line, field=column) from None
        except Unread as err:  # a date a spreadsheet shortened ("16-Oct"), saying why
            message = f"{err}; the row is skipped"
            raise InputError(message, path=shown, line=row.line, field=column) from None
        except ValueError:
            message = f"{value!r} is not a date (expected YYYY-MM-DD, M/D/YYYY or 7 May 2021)"
            raise InputError(message, path=shown, line=row.line, field=column) from None

    def weighed(self, row: Row, column: str) -> PartialDate | None:
        """The date in a cell as `cell` reads it, None where it reads none: a date a row is
        ranked by (row_rank.py), which is never a reason to skip the row."""
        try:
            return self.cell(row, column, "")
        except InputError:
            return None


def file_dates(
    cells: Iterable[tuple[int, str, str]],
    shown: str,
    advice: str = "",
    semicolons=False,
    undecided: str = "",
) -> tuple[FileDates, list]:
    """How a file writes its dates, from its date cells ((line, column, text), as
    tables.Table.cells gives them), and what is to be said of it once: that it is read day
    first, and from which date (with `advice`, how to say so where the reader can be told): a
    Notice, as every date is then read right. A file whose every such date reads either way
    is read month first, said once too, with `undecided` (how to say the order), as the
    reading is then a guess.

    A table saved with `semicolons` was saved where the comma is the decimal mark, and there
    (France, Spain, Italy, Brazil …) dates are written day first: its dates that read either
    way are read so unless one of its dates can only be month first, said once. Read month
    first, 05/07/2021 of such a file was 7 May, with exit 0."""
    day = month = either = None
    count = 0  # the dates that read either way
    for line, column, text in cells:
        found = _SLASHED.fullmatch(text)
        if found is None:
            continue
        first, second = int(found[1]), int(found[2])
        if first <= 12 and second <= 12:
            count += 1
            either = either or (line, column, text)
        if day is None and first > 12 >= second:
            day = (line, column, text)
        elif month is None and second > 12 >= first:
            month = (line, column, text)
        if day and month:
            return FileDates(doubt=_doubt(day, month)), []
    if day is None and semicolons and either and month is None:
        line, column, text = either
        notice = Notice(
            f"{text!r} may be written day or month first, and no date of this file is written "
            "month first: the file is saved with semicolons, as spreadsheets save it where "
            "dates are written day first, and its dates are read so (05/07/2021 is 5 July)"
            + advice,
            path=shown,
            line=line,
            field=column,
        )
        return FileDates(day_first=True), [notice]
    if day is None and month is None and either:
        return FileDates(), [_month_first(either, count, shown, undecided)]
    if day is None:
        return FileDates(), []
    line, column, text = day
    notice = Notice(
        f"{text!r} is a date written day first, and no date of this file is written month "
        "first: a spreadsheet saved the file with its dates day first, and they are all read "
        "so (05/07/2021 is 5 July)" + advice,
        path=shown,
        line=line,
        field=column,
    )
    return FileDates(day_first=True), [notice]


def _month_first(either: tuple[int, str, str], count: int, shown: str, advice: str) -> Notice:
    """What is said of a file whose every date in numbers reads either way: that they are read
    month first, as US records are written, and from which date. Read so without a word, a
    British or Australian sheet's "03/04/2024" (3 April) was 4 March, with exit 0."""
    line, column, text = either
    try:
        read = f" ({parse_record_date(text)})"
    except ValueError:  # no date either way ("04/00/2021"), refused at its row
        read = ""
    many = f", and so are {count - 1} more of its dates" if count > 1 else ""
    return Notice(
        f"{text!r} may be written day or month first, and no date of this file shows which: "
        f"it is read month first, as US records are written{read}{many}"
        + (advice or "; if it was saved day first, save it again with dates as YYYY-MM-DD"),
        path=shown,
        line=line,
        field=column,
    )


def _doubt(day: tuple[int, str, str], month: tuple[int, str, str]) -> str:
    return (
        f"this file writes dates day first ({day[2]!r}, line {day[0]}) and month first "
        f"({month[2]!r}, line {month[0]}), so no row says which"
    )
