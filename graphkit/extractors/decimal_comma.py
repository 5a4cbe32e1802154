"""Amounts of a table saved where a comma is the decimal mark ("1.234.567,89", "1 234 567,89",
"1234,5"): what a spreadsheet writes in Germany, France, Spain, Italy or Brazil, where it also
separates a CSV's columns with semicolons, not commas (its list separator). A semicolon-separated
table's amounts are read so (tables.read_table marks its rows); a comma-separated one's are not,
its commas being thousands.

An amount is rewritten with a decimal point and no thousands, for the record readers to read as
any other (record_values.record_money). What may be read two ways is refused, never guessed:
"1,234" is 1.234 where the comma is decimal and 1234 where it separates thousands, and "1.234"
is 1234 or 1.234, money not being counted in thousandths either way.
"""

from __future__ import annotations

import re

# The number within an amount's text: digits with the marks that group or end them, its
# currency and sign left as written ("-1.234,50 €", "(1 234,50)", "EUR 1.234,50").
_NUMBER = re.compile(r"\d[\d.,' \u00a0\u202f]*\d|\d")
_SPACES = re.compile(r"[ \u00a0\u202f]")
# Whole thousands after the first group: "1.234.567", "1 234 567"


def _grouped(mark: str) -> str:
    return r"[1-9]\d{0,2}(?:" + mark + r"\d{3})+"


_POINTS = re.compile(_grouped(r"\.") + r"(?:,\d+)?")
_SPACED = re.compile(_grouped("[ \u00a0\u202f]") + r"(?:,\d+)?")
_PLAIN = re.compile(r"\d+(?:,\d+)?")
_GROUPED_POINTS = re.compile(_grouped(r"\."))
_GROUPED_COMMAS = re.compile(_grouped(","))
_SWISS = re.compile(_grouped("'") + r"(?:\.\d+)?")


class Ambiguous(ValueError):
    """An amount of a decimal-comma table that reads as two numbers, or as none."""


def comma_decimal(text: str) -> str:
    """`text` with its number written with a decimal point and no thousands: "1.234.567,89"
    and "1 234 567,89" as "1234567.89", "1234,5" as "1234.5"; a number with a point after its
    last comma ("1,234.50", as the US writes it) reads one way only and is left as written.
    Ambiguous for a number that may be thousands or decimals ("1,234", "1.234") or is neither
    ("1.23,4")."""
    found = list(_NUMBER.finditer(text))
    if len(found) != 1:
        return text  # no number, or more than one: the reader says what is wrong
    number = found[0][0]
    point, comma = number.rfind("."), number.rfind(",")
    if re.fullmatch(r"[1-9]\d{0,2}[.,]\d{3}", number):
        raise Ambiguous(_either(text, number))
    if point > comma:
        if _SWISS.fullmatch(number):
            written = number.replace("'", "")  # Switzerland's "1'234.50"
        elif comma < 0 and _GROUPED_POINTS.fullmatch(number):
            written = number.replace(".", "")  # "1.234.567": a point repeats only in thousands
        elif "'" in number or _SPACES.search(number):
            raise Ambiguous(_unread(text))
        else:
            return text  # "1.5", "1,234.50": one reading, the reader's
    elif _GROUPED_COMMAS.fullmatch(number) and number.count(",") > 1:
        written = number.replace(",", "")  # "1,234,567": a comma repeats only in thousands
    elif _POINTS.fullmatch(number) or _SPACED.fullmatch(number) or _PLAIN.fullmatch(number):
        written = _SPACES.sub("", number).replace(".", "").replace(",", ".")
    else:
        raise Ambiguous(_unread(text))
    return text[: found[0].start()] + written + text[found[0].end() :]


def _either(text: str, number: str) -> str:
    """Why an amount of one mark and three digits after it ("1,234", "1.234") is refused."""
    whole, part = re.split(r"[.,]", number)
    return (
        f"{text!r} may be {whole}{part} or {whole}.{part}: in a table saved with semicolons a "
        "comma is the decimal mark and a point separates thousands, yet a table may hold "
        f"amounts written either way, and money is not counted in thousandths; write it "
        f"{whole}{part} if it is thousands, or with two decimal places ({whole},{part[:2]})"
    )


def _unread(text: str) -> str:
    return (
        f"{text!r} is not a number as a table saved with semicolons writes it (1.234.567,89, "
        "1 234 567,89 or 1234567,89)"
    )
