"""A sheet's total and subtotal rows ("Patrol Total", "Grand Total", Excel's "Axon Count", a row
holding only a sum): no record, passed over with a warning (exc.Notice), as every record
importer says it. Reported as a problem, each made a build exit 1 though nothing was lost."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..exc import Notice

# A cell a total row fills: a sum or a count, as a sheet writes money and numbers.
_NUMBER = re.compile(r"[-+(]?\s*[$€£]?\s*[\d.,]+\)?-?")


def total_label(text: str, shown: str, line: int, column: str, what: str) -> Notice:
    """The warning for a row labelled a total (`what`: the records its sum adds up)."""
    return _passed(f"{text!r} labels a total row", what, shown, line, column)


def only_numbers(cells: Iterable[str]) -> bool:
    """Whether a row's filled cells are all numbers (one at least): a sum or a count with no
    label, no name, no id, no date."""
    filled = [text.strip() for text in cells if text and text.strip()]
    return bool(filled) and all(_NUMBER.fullmatch(text) for text in filled)


def unlabelled_total(column: str, text: str, shown: str, line: int, what: str) -> Notice:
    """The warning for a row holding only a sum (`text`, in `column`) of the `what` above."""
    said = f"a row with only {text!r}, no name nor id, is a total row"
    return _passed(said, what, shown, line, column)


def _passed(said: str, what: str, shown: str, line: int, column: str) -> Notice:
    return Notice(
        f"{said}, which adds up the {what} above it and is none; the row is skipped",
        path=shown,
        line=line,
        field=column,
    )
