"""An article's date as its header writes it: ISO with or without a time, or in words.

Pages and feeds write dates every way: `2024-11-19T08:30:00Z`, `2024/11/19`, `Sept. 12, 2024`,
`Friday, 14 July 2023`, `March 3rd, 2025`, `8 janvier 2025`. A date read in words keeps the
precision it is written to (`March 2025` is a month); a numeric date that could be read two
ways (`09/10/2024`: September or October) is not guessed.
"""

from __future__ import annotations

import re
from datetime import date

from ...model import PartialDate

# Month names and their usual abbreviations, in the languages of the press the tool reads.
_MONTHS = {
    1: "january jan janvier januar enero",
    2: "february feb février fevrier februar febrero",
    3: "march mar mars märz maerz marzo",
    4: "april apr avril abril",
    5: "may mai mayo",
    6: "june jun juin juni junio",
    7: "july jul juillet juli julio",
    8: "august aug août aout agosto",
    9: "september sept sep septembre septiembre",
    10: "october oct octobre oktober octubre",
    11: "november nov novembre noviembre",
    12: "december dec décembre decembre dezember diciembre",
}
_MONTH = {name: number for number, names in _MONTHS.items() for name in names.split()}
_NAME = "(" + "|".join(sorted(_MONTH, key=len, reverse=True)) + r")\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th|er)?"
_YEAR = r"(\d{4})(?!\d)"
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)")
_SLASHED = re.compile(r"(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)")
_DAY_MONTH = re.compile(rf"(?<!\d){_DAY}\.?\s+(?:de\s+)?{_NAME},?\s+(?:de\s+)?{_YEAR}", re.I)
_MONTH_DAY = re.compile(rf"\b{_NAME}\s+{_DAY},?\s+{_YEAR}", re.I)
_MONTH_YEAR = re.compile(rf"\b{_NAME},?\s+{_YEAR}", re.I)


def header_date(text: str) -> PartialDate | None:
    """The date a header value gives, to the precision it gives it; None if it gives none."""
    text = str(text)
    for year, month, day in _candidates(text):
        if day is not None:
            try:
                date(year, month, day)
            except ValueError:
                return None  # "30 February 2024" is no date, not February
        elif month is not None and not 1 <= month <= 12:
            continue
        return PartialDate(year, month, day)
    return None


def _candidates(text: str):
    match = _ISO.search(text)
    if match:
        yield int(match[1]), int(match[2]), int(match[3]) if match[3] else None
    match = _SLASHED.search(text)
    if match:
        yield int(match[1]), int(match[2]), int(match[3])
    match = _DAY_MONTH.search(text)
    if match:
        yield int(match[3]), _MONTH[match[2].casefold()], int(match[1])
    match = _MONTH_DAY.search(text)
    if match:
        yield int(match[3]), _MONTH[match[1].casefold()], int(match[2])
    match = _MONTH_YEAR.search(text)
    if match:
        yield int(match[2]), _MONTH[match[1].casefold()], None
