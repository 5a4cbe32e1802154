"""A table's header read as its reader names its columns: a header a spreadsheet user retyped
("Recipient Name", "RECIPIENT_NAME", "Vendor Name" for `vendor_name`) is the column it folds to
(table_text.header_key: without case, spaces or punctuation), and a message about a cell
names the column as the file spells it, where the user finds it. USAspending downloads and
mapped tables read their headers so; the Atlas's reader folds its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from ..exc import InputError
from .table_text import header_key
from .tables import Row


def folded(columns: Iterable[str]) -> dict[str, str]:
    """The reader's columns by their folded header, {} where two are one so (a mapping's
    "Vendor" and "vendor"): those are read exactly as written."""
    columns = list(dict.fromkeys(columns))
    keys = {header_key(column): column for column in columns}
    return keys if len(keys) == len(columns) else {}


class ColumnsRead:
    """A header as its reader reads it: each column in `by_key` (folded header: the reader's
    name) under the reader's name however the file spells it. Two headers of the file that fold
    to one column are each read as written, as before (a reader that reads such a column
    refuses the file: tables.refuse_repeated_columns)."""

    def __init__(self, header: list[str], by_key: Mapping[str, str]) -> None:
        read = {name: by_key.get(header_key(name), name) for name in header}
        twice = {column for column, n in Counter(read.values()).items() if n > 1}
        read = {name: name if column in twice else column for name, column in read.items()}
        self._renamed = {name: column for name, column in read.items() if name != column}
        self._spelt = {column: name for name, column in self._renamed.items()}
        self.header = [read[name] for name in header]
        self._written = header

    @property
    def renamed(self) -> dict[str, str]:
        """The headers read under another name: as the file writes them -> as read."""
        return dict(self._renamed)

    def row(self, row: Row) -> Row:
        """A row with its cells under the names the reader reads."""
        if not self._renamed:
            return row
        cells = {self._renamed.get(name, name): text for name, text in row.cells.items()}
        return replace(row, cells=cells)

    def written(self, read: Callable[[str], bool]) -> list[str]:
        """The file's headers, as written, of the columns whose read names `read` takes."""
        return [
            name for name, column in zip(self._written, self.header, strict=True) if read(column)
        ]

    def spelt(self, column: str) -> str:
        """A column the reader reads, as the file spells its header."""
        return self._spelt.get(column, column)

    def as_written(self, error: InputError) -> InputError:
        """`error` naming its column as the file spells it."""
        error.field = self._spelt.get(error.field, error.field)
        return error
