"""A mapped row's qualifiers read from their cells: dates day or month first as the mapping
says, amounts with the currency written beside them, contracts, products, roles, statuses."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..currencies import read_currency
from ..exc import InputError
from ..model import Fact, NameHint, PartialDate, parse_amount
from .cells import ColumnNames, formula_error, labels_total, names_no_one
from .mapping_cells import filled, typed_number, value
from .record_dates import Doubtful, FileDates, file_dates, only_day_first
from .record_values import (
    no_value,
    record_identifier,
    record_money,
    same_currency,
)
from .tables import Row
from .totals import only_numbers, total_label, unlabelled_total

CONTRACT = NameHint("Contract")


def qualify(fact: Fact, qualifiers: dict, row: Row, fail, dates: FileDates, templated=None) -> None:
    """Set a fact's qualifiers from the row's cells; `fail(message, column)` makes the
    InputError that skips the row; `dates`: how the file writes its dates (`file_order`);
    `templated`: the file's TemplatedDates, which counts dates its templates give none of.

    An amount written with its currency ("1,234.50 EUR", "€1,234.50") gives the fact its
    currency where the mapping gives none, and must be the mapping's where it gives one: read
    as the mapping's USD, "€1,234.50" was $1,234.50 with exit 0, and so was "$1,234.50" as
    euros. A "$" alone says dollars (or pesos), not which.
    """
    written = None
    for key, ref in qualifiers.items():
        text, column = value(ref, row)
        shape = templated.template(ref) if templated and key in ("start", "end") else None
        if shape and templated.empty(key, shape, row):
            continue  # "{Year}-01-01" on a row with no year: no date given, as an empty cell
        if key in ("amount", "start", "end") and text and formula_error(text):
            raise fail(f"{text!r} is a spreadsheet's formula error where the {key} was", column)
        # a cell that says there is none ("N/A", "TBD", "12/30/1899") is left out, as an
        # empty one: read, "N/A" was one contract held by every such row's vendor
        word = key in ("role", "status", "currency")  # "Pending" is a status
        if text and not no_value(text, amount=key == "amount", word=word):
            typed = typed_number(row, column)
            try:
                found = _qualify(
                    fact, key, text, column, ref, fail, typed, dates, row.decimal_comma
                )
            except InputError as err:
                if shape:
                    raise templated.unread(key, shape, row, text, err.message) from None
                raise
            written = (text, column, found) if found else written
    if written is not None:
        text, column, currency = written
        if fact.currency and not same_currency(currency, fact.currency):
            said = "dollars" if currency == "$" else currency
            raise fail(
                f"{text!r} is in {said}, and the mapping's currency is {fact.currency}", column
            )
        if currency != "$":
            fact.currency = fact.currency or currency
    if fact.amount is not None and not fact.currency:
        raise fail("an amount needs a currency: add qualifiers: {currency: {value: USD}}", None)


def _qualify(
    fact: Fact, key: str, text: str, column, ref, fail, typed: bool, dates: FileDates, comma=False
) -> str | None:
    """Set one qualifier from its text, and give the currency an amount is written in;
    `typed`: a JSON number (mapping_cells.typed_number); `dates`: as `qualify` has them;
    `comma`: the row's table writes amounts with a decimal comma."""
    try:
        if key in ("start", "end"):
            setattr(fact, key, _date(text, dates))
        elif key == "amount":
            if typed:
                fact.amount = parse_amount(text)
            else:
                fact.amount, currency = record_money(text, comma)
                return currency
        elif key == "product":
            kind = ref.get("type", "Product") if isinstance(ref, dict) else "Product"
            fact.product, fact.hints["product"] = text, NameHint(kind)
        elif key == "contract":
            contract = text if typed else record_identifier(text)
            fact.contract, fact.hints["contract"] = contract, CONTRACT
        elif key == "currency":
            fact.currency = read_currency(text)
        else:
            setattr(fact, key, text)
    except ValueError as err:
        raise fail(str(err), column) from None
    return None


def _date(text: str, dates: FileDates) -> PartialDate:
    """A date cell read as record_values reads dates, day or month first as the mapping or
    the file says; a slash date that can only be day first ("25/07/2021") in a mapping that
    says `dates: month-first` says how to say otherwise."""
    try:
        return dates.date(text)
    except Doubtful as err:
        raise ValueError(f"{err} (save the file with dates as YYYY-MM-DD)") from None
    except ValueError as err:
        if not dates.day_first and only_day_first(text):
            raise ValueError(
                f"{err}: if the file writes the day first (25/07/2021), add `dates: day-first` "
                "to the mapping"
            ) from None
        raise


def date_columns(spec: dict) -> list[str]:
    """The columns any rule of a mapping reads as dates."""
    refs = (
        (rule.get("qualifiers") or {}).get(key)
        for rule in spec["rules"]
        for key in ("start", "end")
    )
    columns = (ref.get("column") if isinstance(ref, dict) else ref for ref in refs if ref)
    return list(dict.fromkeys(str(column) for column in columns if column))


def record_cells(
    rows: list[Row], columns: list[str], empty: bool = False
) -> Iterator[tuple[int, str, str]]:
    """(line, column, text) of the cells of JSON records in `columns` (the empty ones too if
    `empty`), as tables.Table.cells gives a table's."""
    for row in rows:
        for column in columns:
            text = _text(column, row)
            if text or empty:
                yield row.line, column, text


def file_order(spec: dict, cells, shown: str, report, semicolons: bool = False) -> FileDates:
    """How a mapped file writes a date whose day and month are both numbers: as the mapping's
    `dates:` says, or, where it says nothing, as the file's own dates show (record_dates.py),
    what is found `report`ed once. A mapping without `dates:` read "05/07/2021" as 7 May in a
    file whose other dates ("25/07/2021") show it was saved day first, with exit 0."""
    if spec.get("dates"):
        return FileDates(day_first=spec["dates"] == "day-first", declared=True)
    advice = "; say `dates: day-first` in the mapping to read it so without this notice"
    undecided = "; say `dates: day-first` or `dates: month-first` in the mapping"
    dates, said = file_dates(cells, shown, advice, semicolons, undecided)
    for notice in said:
        report(notice)
    return dates


class GroupSums:
    """The amounts of a mapped sheet's rows since its last total row, by the main rule's
    `amount`: what tells a hand-made sheet's "Patrol Total" row, dated as its rows are, from a
    firm named so.

    A row whose end is labelled as a total ("Patrol Total") and that has a date but no other
    cell of a record's own (`dates`: the identity columns that are dates) is a total row when
    its amount is the sum of the rows above it since the last total row: of two rows at
    least, or of one where the sheet has totalled a group before. Read as a firm, "Patrol
    Total" supplied the city the sum of its group, with exit 0. A firm's own figure equal to
    two or more rows' sum by chance is rarer than a typo, and one row's equal amount (two
    equal monthly fees) is no sign at all, unless the sheet's totals show it totals each
    group, one row or many.
    """

    def __init__(self, spec: dict, dates: set[str]) -> None:
        self._amount = (spec.get("qualifiers") or {}).get("amount")
        self._ends = [spec[end] for end in ("subject", "object") if "column" in spec[end]]
        self._dates = dates
        self._sum: Decimal | None = Decimal(0)
        self._whole: Decimal | None = Decimal(0)  # every row's, for a grand total
        self._rows = 0
        self._totalled = False  # a total row closed a group above

    def _label(self, row) -> str:
        """The text of the row's end that labels a total, "" if none does."""
        texts = (_text(ref, row) for ref in self._ends)
        return next((text for text in texts if text and labels_total(text)), "")

    def _row_amount(self, row) -> Decimal | None:
        text = _text(self._amount, row) if self._amount is not None else ""
        try:
            return record_money(text, row.decimal_comma)[0] if text else Decimal(0)
        except ValueError:
            return None

    def adds_up(self, row, identity: set[str]) -> bool:
        """Whether a row with only dates of a record's cells is its group's total row."""
        if self._amount is None or self._sum is None or not self._label(row):
            return False
        if any(filled(row, column) for column in identity - self._dates):
            return False
        enough = self._rows >= 2 or self._rows == 1 and self._totalled
        return enough and self._row_amount(row) == self._sum

    def sums_up(self, row) -> str:
        """The amount of a row holding only it, where it is the sum of its group's rows or of
        every row above (a grand total); "" where it is not, or the mapping reads no amount."""
        if self._amount is None or not self._rows and not self._totalled:
            return ""
        amount = self._row_amount(row)
        if amount is None or amount not in (self._sum, self._whole):
            return ""
        return _text(self._amount, row)

    def saw(self, row, record: bool, total: bool = False) -> None:
        """A row read: a total row (`total`, or `record` False with a label no record has)
        closes its group; any other adds its amount to it."""
        label = self._label(row)
        if total or label and names_no_one(label, record):
            self._sum, self._rows, self._totalled = Decimal(0), 0, True
            return
        amount = self._row_amount(row)
        self._sum = None if amount is None or self._sum is None else self._sum + amount
        self._whole = None if amount is None or self._whole is None else self._whole + amount
        self._rows += 1


def total_row(row: Row, ends: list[str], names: ColumnNames, sums: GroupSums, shown: str):
    """Why a row of no record's own is a sheet's total row ("Patrol Total", "Grand Total",
    "Axon Count" under Axon's rows, or only the sum of the rows above), or None."""
    label = names.total_label({column: row.get(column) for column in ends})
    if label is not None:
        return total_label(label[1], shown, row.line, label[0], "rows")
    if any(row.get(column) for column in ends) or not only_numbers(row.cells.values()):
        return None
    amount = sums.sums_up(row)
    return (
        unlabelled_total(_amount_column(row, amount), amount, shown, row.line, "rows")
        if amount
        else None
    )


def _amount_column(row: Row, text: str) -> str:
    return next((column for column, cell in row.cells.items() if (cell or "").strip() == text), "")


def _text(ref, row) -> str:
    """A cell's text; "" where a JSON record holds no value there (the rules report it)."""
    try:
        return value(ref, row)[0]
    except InputError:
        return ""
