"""Dates, amounts and award ids as record tables write them, spreadsheets' ways included: a
date as "5/7/20" or "12/31/2021 12:00:00 AM", an amount as "$1,234.50", "(1,234.50)" or the
accounting format's "$ -", and a number saved in scientific notation ("1.23457E+11") refused
where its lost digits matter. Each reader of a cell raises an InputError naming the column.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

from ..currencies import SIGN_PATTERN, currency_code, currency_mark, unread_mark
from ..exc import InputError
from ..model import PartialDate, parse_amount
from .cells import formula_error, names_no_one, says_none
from .decimal_comma import Ambiguous, comma_decimal
from .tables import Row

# A date a spreadsheet saved as its serial number, the days since 1899-12-30 as Excel,
# LibreOffice and Google Sheets count them (44561 is 2021-12-31; a fraction is the time of
# day): five digits, from 1970, when awards start at the earliest, to 2099. Four digits are a
# year, and a year with a digit after it (20211, the first quarter of 2021) is no serial: read
# as one, it was a date in 1955.
_SERIAL = re.compile(r"(\d{5})(?:\.\d+)?")
_SERIALS = range(25569, 73051)
_EPOCH = date(1899, 12, 30)


def refuse_lost(row: Row, column: str, shown: str) -> None:
    """InputError for a value cell that holds a spreadsheet's formula error ("#VALUE!", "#N/A"
    where a lookup failed): read as no value, an award lost its amount or date with exit 0."""
    value = row.get(column)
    if value and formula_error(value):
        raise InputError(
            f"{value!r} is a spreadsheet's formula error where a value was: the value is lost; "
            "the row is skipped (download the file again, or mend the cell)",
            path=shown,
            line=row.line,
            field=column,
        )


class Unread(ValueError):
    """An amount or a date refused for a reason its message says (not merely "not an amount"
    or "not a date")."""


def parse_record_date(text: str, day_first: bool = False) -> PartialDate:
    """Dates as record downloads and spreadsheets write them: 2020-05-07, 2021-05-11 00:00:00,
    2021-05-07T00:00:00Z or with an offset (-04:00), 20210507, 5/7/20, 5/7/2020, 12/31/2021
    12:00:00 AM (as city data portals export them), 2021/05/07, 7.5.2021, 07-May-21,
    7 May 2021, May 7, 2021 (with a weekday before it, as a long date), May 2021, and a
    spreadsheet's serial number (44561). A date and a month both written as numbers, "5/7/20",
    are month first unless `day_first`; ValueError for text that is no date."""
    text = " ".join(text.split())
    iso = _ISO.fullmatch(text)
    if iso:
        # The date as written, its time and zone aside: shifted to UTC, a row stamped
        # "2021-05-07T22:00:00-04:00" would be dated the 8th, a day the record never names.
        return _day(int(iso[1]), int(iso[3]), int(iso[4]), text)
    iso = _COMPACT.fullmatch(text)
    if iso:
        return _day(int(iso[1]), int(iso[2]), int(iso[3]), text)
    numbers = _NUMBERS.fullmatch(text)
    if numbers:
        first, second, year = int(numbers[1]), int(numbers[3]), _year(numbers[4])
        # "5/7/20" is 7 May or 5 July as the file's convention has it (the caller's
        # `day_first`); "7.5.2021", dotted, is written day first wherever dots are used.
        if day_first or numbers[2] == ".":
            first, second = second, first
        return _day(year, first, second, text)
    named = _DAY_MONTH.fullmatch(text) or _MONTH_DAY.fullmatch(text)
    if named:
        month = _month(named["month"], text)
        found = _day(_year(named["year"]), month, int(named["day"]), text)
        weekday = named["weekday"]
        if weekday and not _WEEKDAYS[date(found.year, month, found.day).weekday()].startswith(
            weekday.casefold().rstrip(".")[:3]
        ):
            raise ValueError(f"{text!r} is no {weekday}: its weekday and its date disagree")
        return found
    month_year = _MONTH_YEAR.fullmatch(text)
    if month_year:
        return PartialDate(int(month_year[2]), _month(month_year[1], text))
    serial = _SERIAL.fullmatch(text)
    if serial and int(serial[1]) in _SERIALS:
        return PartialDate.parse(_EPOCH + timedelta(days=int(serial[1])))
    return _shortened(text) or PartialDate.parse(text)


# A month's name and a number of one or two digits alone ("16-Oct", "Oct-16", "May-21"), as a
# spreadsheet shows a date it formats "d-mmm" (16 October, its year not shown) or "mmm-yy" and
# "yy-mmm" (October 2016), and saves as shown. Which of them the number is, no cell says: in
# the Atlas's own export "16-Oct" and "18-Oct" cite documents of October 2016 and 2018, while
# Excel's default shows 16 October so. Read either way, a link or an award got a wrong date.
_SHORTENED = re.compile(
    r"(?:(?P<a>\d{1,2})[- ](?P<month>[a-z]{3,9})\.?|(?P<m>[a-z]{3,9})\.?[- ](?P<b>\d{1,2}))",
    re.IGNORECASE,
)


def _shortened(text: str) -> PartialDate | None:
    """A date a spreadsheet shortened to a month and a number (`_SHORTENED`): a month where the
    number can be no day ("99-Oct" is October 1999), else Unread; None for other text."""
    found = _SHORTENED.fullmatch(text)
    if found is None:
        return None
    try:
        month = _month(found["month"] or found["m"], text)
    except ValueError:
        return None
    number = found["a"] or found["b"]
    name = _MONTHS[month - 1].capitalize()
    year = _year(f"{int(number):02d}")
    if not 1 <= int(number) <= 31:
        return PartialDate(year, month)
    raise Unread(
        f"{text!r} is {name} {year} or {int(number)} {name} of a year not written, as "
        "spreadsheets shorten dates, and no cell says which: write it whole "
        f"({year}-{month:02d}, or the day with its year; in the spreadsheet, format the column "
        "as YYYY-MM-DD before saving)"
    )


# A time of day after a date, as databases and spreadsheets add it, with its zone if any.
_ZONE = r"(?: ?(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?))?"
_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?: ?[AP]M)?" + _ZONE + ")?"
_ISO = re.compile(r"(\d{4})([-/])(\d{2})\2(\d{2})" + _TIME, re.IGNORECASE)
# ISO 8601's basic form, year first ("20210507"), from 1900 to 2099: no one writes a date
# in eight digits day or month first, and "05072021" is refused rather than read as one.
_COMPACT = re.compile(r"((?:19|20)\d{2})(\d{2})(\d{2})")
_NUMBERS = re.compile(r"(\d{1,2})([/.])(\d{1,2})\2(\d{2}|\d{4})" + _TIME, re.IGNORECASE)
_MONTH = r"(?P<month>[a-z]{3,9})\.?"
_WEEKDAY = r"(?:(?P<weekday>[a-z]{3,9})\.?,? )?"
_DAY_MONTH = re.compile(
    _WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?[- ]" + _MONTH + r",?[- ](?P<year>\d{4}|\d{2})",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    _WEEKDAY + _MONTH + r"[- ](?P<day>\d{1,2})(?:st|nd|rd|th)?,? (?P<year>\d{4})", re.IGNORECASE
)
_MONTH_YEAR = re.compile(r"([a-z]{3,9})\.?[- ,]+(\d{4})", re.IGNORECASE)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august")
_MONTHS += ("september", "october", "november", "december")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _month(word: str, text: str) -> int:
    """A month's number from its English name or its abbreviation ("Sep", "Sept", "May")."""
    word = word.casefold()
    for number, name in enumerate(_MONTHS, 1):
        if name.startswith(word) and len(word) >= 3 or word == "sept" and number == 9:
            return number
    raise ValueError(f"{text!r} is not a date: {word!r} is no month")


def _year(text: str) -> int:
    """A year as written; two digits as spreadsheets shorten it: awards and the links that
    report them start in the 1970s at the earliest, so 70 to 99 are the 1900s."""
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _day(year: int, month: int, day: int, text: str) -> PartialDate:
    try:
        date(year, month, day)
    except ValueError:
        if not 1 <= month <= 12:
            raise ValueError(f"{text!r} has no month {month}") from None
        raise ValueError(f"{text!r} has no day {day} in month {month}") from None
    return PartialDate(year, month, day)


# A date that is zero as spreadsheets and databases show it: read as a date, "12/30/1899" was
# a contract that started in 1899.
_ZERO_DATE = re.compile(
    r"(?:0{4}-00-00|0?0/0?0/0{4}|1899-12-30|12/30/1899|1900-01-00|1/0/1900)"
    r"(?:[ T][\d:.]*(?: ?[AP]M)?)?",
    re.IGNORECASE,
)


def no_value(text: str, amount: bool = False, word: bool = False) -> bool:
    """Whether a value cell says there is none, as an empty one does: what tables write for no
    name or value ("N/A", "TBD", "Unknown": cells.names_no_one), or a zero date ("12/30/1899",
    "1/0/1900", "0000-00-00"). In an `amount` a dash is the accounting format's zero, a value.
    A `word` (a role, a status) is none only as cells.says_none has it: "Pending", "Multiple"
    or "Total" name no company, yet are a status or a role."""
    if amount and _DASH_ZERO.fullmatch(text):
        return False
    none = says_none(text) if word else names_no_one(text)
    return none or _ZERO_DATE.fullmatch(text) is not None


def cell_amount(row: Row, column: str, shown: str) -> Decimal | None:
    """The amount in US dollars in a cell (`record_amount`), None if empty or no amount
    ("N/A": `no_value`); InputError naming the column if unreadable or in another currency."""
    value = row.get(column)
    refuse_lost(row, column, shown)
    if not value or no_value(value, amount=True):
        return None
    try:
        return record_amount(value, "USD", row.decimal_comma)
    except ValueError as err:
        message = str(err) if isinstance(err, Unread) else f"{value!r} is not an amount"
        raise InputError(message, path=shown, line=row.line, field=column) from None


def cell_identifier(row: Row, column: str, shown: str) -> str:
    """An award's identifier in a cell (`record_identifier`), "" if empty."""
    try:
        return record_identifier(row.get(column))
    except ValueError as err:
        raise InputError(str(err), path=shown, line=row.line, field=column) from None


# A number a spreadsheet saved as it shows it, in scientific notation ("1.23457E+11"): the
# digits past the first few are gone, so two awards' ids become one and an amount is rounded.
# Spreadsheets write the exponent's sign, so "1E4567" (a subaward's number) is no such number.
_SCIENTIFIC = re.compile(r"[-+]?\d(?:\.\d+)?E[-+]\d+", re.IGNORECASE)
_REWRITTEN = (
    "{!r} is a number a spreadsheet saved in scientific notation: its last digits are lost{}; "
    "the row is skipped (format the column as text, or as a number with all its digits, and "
    "save the file again)"
)
# A negative amount as accountants write it: "(1,234.50)", "($1,234.50)", and "$(1,234.50)"
# or "$ (1,234.50)" as a spreadsheet's accounting format saves it.
_BRACKETED = re.compile(r"(?:\$\s*)?\(\s*([^()-]*?)\s*\)")
# One point with three digits after it and one to three before ("12.500", "$1.234"): where
# a point separates thousands (Germany, Brazil, Spain, Italy), twelve thousand five hundred;
# in the US, twelve and a half. Money is not counted in thousandths, so no rule says which:
# read as a decimal, "12.500" euros were 12.5, with exit 0.
_POINT_THOUSANDS = re.compile(r"[-+]?\$?\s*[1-9]\d{0,2}\.\d{3}")
# Zero as the accounting format writes it: "$ -", "$-", " -   " (a dash where the figure goes).
_DASH_ZERO = re.compile(r"(?:\$\s*)?-")


def record_identifier(text: str) -> str:
    """An award's id or number as a record gives it; ValueError for one a spreadsheet saved in
    scientific notation, which may be another award's id as well (1.23457E+11)."""
    if _SCIENTIFIC.fullmatch(text):
        raise ValueError(_REWRITTEN.format(text, ", and with them which award it is"))
    return text


def record_amount(text: str, currency: str | None = None, decimal_comma: bool = False) -> Decimal:
    """The amount of `record_money`; one written in a currency (a code or a sign) other than
    `currency` is refused (Unread): "€1,234.50" in a file of dollars is no $1,234.50."""
    value, written = _written(text)
    if currency and written and not same_currency(written, currency):
        raise Unread(f"{text!r} is in {'dollars' if written == '$' else written}, not {currency}")
    return _amount(value, text, decimal_comma)


def same_currency(written: str, currency: str) -> bool:
    """Whether an amount written in `written` (a code, or "$") may be in `currency`."""
    return written == currency.upper() or written == "$" and currency.upper() in _DOLLARS


def record_money(text: str, decimal_comma: bool = False) -> tuple[Decimal, str | None]:
    """A money amount as record tables write it, and the currency written with it (an ISO code,
    or "$" for a dollar sign alone, which many currencies use; None if neither).

    The amount: "1234.5", "$1,234.50", "1234.50 USD", "USD 1,234.50", "€1,234.50", and
    negative (a de-obligation, a refund) as "-1234.5", "-$1,234.50" or, as accountants write
    it, "(1,234.50)" or "$ (1,234.50)", or with the minus after it as ledgers export it
    ("1,234.50-"); zero as the accounting format writes it, "$ -" or "-".
    ValueError (`parse_amount`'s) for text that is no amount; Unread, saying why, for an
    amount a spreadsheet saved in scientific notation (rounded), with a currency sign or in
    brackets too ("$1.2E+06", "(1.2E+06)"), one whose point may separate thousands
    ("12.500"), thousands separated by spaces ("1 234,50"), two currencies, and a credit or
    debit ("1,234.50 CR"), whose sign depends on whose ledger it is.

    With `decimal_comma` (a table saved with semicolons), "1.234.567,89", "1 234 567,89" and
    "1234,5" are read with their decimal comma, and one that may be thousands or decimals
    ("1,234", "1.234") is refused (Unread): decimal_comma.py."""
    value, written = _written(text)
    return _amount(value, text, decimal_comma), written


def _written(text: str) -> tuple[str, str | None]:
    """An amount's text without the currency codes and signs written with it (but "$"), and
    that currency (`record_money`'s); Unread for two currencies, or a ledger's mark."""
    value = text.strip().replace("\u2212", "-")  # the minus sign of text copied from the web
    if _LEDGER.search(value):
        raise Unread(
            f"{text!r} is marked a credit or debit, which is money in or out as the ledger "
            "is kept: write a refund or de-obligation with a minus (-1234.50), a payment "
            "without the mark"
        )
    if not any(character.isdigit() for character in value):  # "lots": no amount, nor currency
        return value, "$" if "$" in value else None
    marks = _CURRENCY.findall(value)
    codes = {currency_code(mark) for mark in marks}
    for mark in marks:  # "Ksh", "USDD": no currency, so no amount (it was "not a number")
        if why := unread_mark(mark):
            raise Unread(f"{text!r}: {why}")
    if len(codes) > 1:
        raise Unread(f"{text!r} is not an amount in one currency ({', '.join(sorted(codes))})")
    value = _CURRENCY.sub("", value).strip()
    other = _OTHER_MARK.search(value)
    # a currency written otherwise ("R 12,000", "KSh1,500", "100 zł")
    if other and currency_mark(other[0]):
        raise Unread(f"{text!r}: {unread_mark(other[0]) or 'no amount'}")
    return value, next(iter(codes), "$" if "$" in value else None)


# A currency written with an amount: an ISO code or a sign ("USD 1,234.50", "1234.50 EUR",
# "€1,234.50", "US$1,234.50"); a bare "$" is left for the amount's reading below, and says
# one of the currencies that write it (`_DOLLARS`), not which.
_DOLLARS = frozenset(
    ["USD", "CAD", "AUD", "NZD", "MXN", "HKD", "SGD", "TWD", "BRL", "CLP", "COP", "ARS"]
)
_CURRENCY = re.compile(SIGN_PATTERN + r"|\b[A-Z]{3,4}\b", re.IGNORECASE)
# What is left of an amount's text that is no figure, sign, bracket nor "$": a currency's
# letters or sign that no code says ("R", "KSh", "zł", "¢"), or a word.
_OTHER_MARK = re.compile(r"[^\d\s$().,+\-]+")
# A ledger's credit or debit mark after an amount ("1,234.50 CR", "1,234.50DR").
_LEDGER = re.compile(r"\d\s*(?:CR|DR)\.?$", re.IGNORECASE)
# Thousands set apart by spaces, as French, Scandinavian and SI style write them ("1 234,50",
# often with a no-break space): read, "1 234,50" was no amount at best.
_SPACED = re.compile(r"\d[ \u00a0\u202f]\d{3}(?:\D|$)")


def _amount(value: str, text: str, decimal_comma: bool = False) -> Decimal:
    """`record_money`'s amount, its currency codes and signs but "$" taken away."""
    if decimal_comma:
        try:
            value = comma_decimal(value)
        except Ambiguous as err:
            raise Unread(str(err).replace(repr(value), repr(text), 1)) from None
    if _SCIENTIFIC.search(value):
        raise Unread(_REWRITTEN.format(text, ""))
    if _SPACED.search(value):
        raise Unread(
            f"{text!r} separates its thousands with spaces, and its decimals may follow a "
            "comma: write it 1234.50"
        )
    if _POINT_THOUSANDS.fullmatch(value.strip("()- ")):
        raise Unread(
            f"{text!r} may be thousands written with a point or a decimal with three places: "
            "write it without the point if it is thousands (12500), or with two decimal "
            "places (12.50)"
        )
    if _DASH_ZERO.fullmatch(value):
        return Decimal(0)
    bracketed = _BRACKETED.fullmatch(value)
    if bracketed:
        return -parse_amount(bracketed[1])
    if value.startswith("-$") and "-" not in value[1:]:
        return -parse_amount(value[1:])
    if value.endswith("-") and "-" not in value[:-1] and value[-2:-1].isdigit():
        return -parse_amount(value[:-1])
    return parse_amount(value)
