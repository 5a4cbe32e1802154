"""A mapped row's qualifiers read from their cells: dates day or month first as the mapping
says, amounts with the currency written beside them, contracts, products, roles, statuses."""

from __future__ import annotations

from ..model import Fact, NameHint, PartialDate, parse_amount
from .mapping_cells import typed_number, value
from .record_dates import only_day_first
from .record_values import (
    no_value,
    parse_record_date,
    record_identifier,
    record_money,
    same_currency,
)
from .tables import Row

CONTRACT = NameHint("Contract")


def qualify(fact: Fact, qualifiers: dict, row: Row, fail, dates: str | None) -> None:
    """Set a fact's qualifiers from the row's cells; `fail(message, column)` makes the
    InputError that skips the row; `dates`: the mapping's `dates:`.

    An amount written with its currency ("1,234.50 EUR", "€1,234.50") gives the fact its
    currency where the mapping gives none, and must be the mapping's where it gives one: read
    as the mapping's USD, "€1,234.50" was $1,234.50 with exit 0, and so was "$1,234.50" as
    euros. A "$" alone says dollars (or pesos), not which.
    """
    written = None
    for key, ref in qualifiers.items():
        text, column = value(ref, row)
        # a cell that says there is none ("N/A", "TBD", "12/30/1899") is left out, as an
        # empty one: read, "N/A" was one contract held by every such row's vendor
        word = key in ("role", "status", "currency")  # "Pending" is a status
        if text and not no_value(text, amount=key == "amount", word=word):
            typed = typed_number(row, column)
            found = _qualify(fact, key, text, column, ref, fail, typed, dates)
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
    fact: Fact, key: str, text: str, column, ref, fail, typed: bool = False, dates=None
) -> str | None:
    """Set one qualifier from its text, and give the currency an amount is written in;
    `typed`: a JSON number (mapping_cells.typed_number); `dates`: the mapping's `dates:`."""
    try:
        if key in ("start", "end"):
            setattr(fact, key, _date(text, dates == "day-first"))
        elif key == "amount":
            if typed:
                fact.amount = parse_amount(text)
            else:
                fact.amount, currency = record_money(text)
                return currency
        elif key == "product":
            kind = ref.get("type", "Product") if isinstance(ref, dict) else "Product"
            fact.product, fact.hints["product"] = text, NameHint(kind)
        elif key == "contract":
            contract = text if typed else record_identifier(text)
            fact.contract, fact.hints["contract"] = contract, CONTRACT
        else:
            setattr(fact, key, text)
    except ValueError as err:
        raise fail(str(err), column) from None
    return None


def _date(text: str, day_first: bool) -> PartialDate:
    """A date cell read as record_values reads dates, day or month first as the mapping says;
    a slash date that can only be day first ("25/07/2021") says how to say so."""
    try:
        return parse_record_date(text, day_first)
    except ValueError as err:
        if not day_first and only_day_first(text):
            raise ValueError(
                f"{err}: if the file writes the day first (25/07/2021), add `dates: day-first` "
                "to the mapping"
            ) from None
        raise
