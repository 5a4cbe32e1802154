"""Cells a spreadsheet merged: a group's name (a recipient, an agency) kept in its first row
only, the rows below it empty in that column once the sheet is saved as CSV.

Such a row is still refused, as any row missing what it must name, and its message says what
the rows above show: the cell is empty below a name, as merged cells leave it, and how to mend
the sheet. The name above is not carried down. An empty cell is also what a record without
that party looks like, and what a row whose cell was cleared or a total row below its group
looks like; a name carried down on a wrong guess would give that group's firm another's award
with exit 0, while refusing costs a fill-down the message explains. A download from USAspending
or the Atlas never merges cells.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..exc import InputError


class CellsAbove:
    """Where a table's columns are empty as merged cells leave them: in two rows at least
    (not wholly empty), each below a name in that column (no such column is empty from the
    first row on).

    `cells`: (line, column, text) of every cell of the columns whose emptiness refuses a row,
    the empty ones too, row by row (tables.Table.cells). One row's empty cell looks like one
    missing value and is not said to look merged."""

    def __init__(self, cells: Iterable[tuple[int, str, str]]) -> None:
        rows: dict[int, dict[str, str]] = {}
        for line, column, text in cells:
            rows.setdefault(line, {})[column] = text
        above: dict[str, tuple[int, str]] = {}
        empty: dict[str, list[tuple[int, tuple[int, str] | None]]] = {}
        for line, row in rows.items():
            for column, text in row.items():
                if text:
                    above[column] = (line, text)
                else:
                    empty.setdefault(column, []).append((line, above.get(column)))
        self._below = {
            (column, line): name
            for column, lines in empty.items()
            if len(lines) >= 2 and all(name for _, name in lines)
            for line, name in lines
        }

    def explain(self, error: InputError) -> InputError:
        """`error`, about a cell that looks merged, saying so; any other error as it is."""
        name = self._below.get((error.field, error.line))
        if name is None:
            return error
        line, text = name
        more = (
            f" (the cell is empty below {text!r} on line {line}, as in other rows of the "
            "column: a spreadsheet leaves so the cells it merged, its value in the first row "
            "only; unmerge them and fill the value into each row)"
        )
        return InputError(error.message + more, path=error.path, line=error.line, field=error.field)
