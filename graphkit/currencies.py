"""ISO 4217 currency codes (`ontology/lexicons/currencies.tsv`).

An amount's currency is what lets two amounts be compared or added: a code of three capitals
that is no currency ("UDS" typed for USD) made a fact in a currency of its own, shown apart
from every amount in dollars and added to none, with exit 0.
"""

from __future__ import annotations

import unicodedata
from difflib import get_close_matches
from functools import lru_cache

from .vocab import ontology_dir


@lru_cache(maxsize=1)
def codes() -> dict[str, str]:
    """Every known code -> its currency's name. A malformed line names file and line."""
    path = ontology_dir() / "lexicons" / "currencies.tsv"
    known: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        code, _, name = line.partition("\t")
        if len(code) != 3 or not code.isupper() or not name.strip():
            raise ValueError(f"{path}:{number}: expected a code of three capitals, a tab, a name")
        known[code] = name.strip()
    return known


def unknown_currency(code: str) -> str | None:
    """Why `code` is no ISO 4217 currency ("'UDS' is no ISO 4217 currency code; did you mean
    USD?"), or None if it is one."""
    if code in codes():
        return None
    written = code.upper()
    # two letters swapped ("UDS", "GPB") before the nearest by spelling
    swapped = [c for c in codes() if sorted(c) == sorted(written) and c != written]
    close = swapped or get_close_matches(written, list(codes()), n=1, cutoff=0.6)
    if written in codes():
        close = [written]
    hint = f"; did you mean {close[0]} ({codes()[close[0]]})?" if close else " such as USD"
    return f"{code!r} is no ISO 4217 currency code{hint}"


# Signs that name one currency wherever they are written ("€1,500", "₱250,000"); a bare "$"
# names none (dollars, pesos and reais write it) and is read by the amount's reader.
SIGNS = {"€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₪": "ILS", "₱": "PHP"}
SIGNS |= {"₦": "NGN", "₺": "TRY", "₽": "RUB", "₴": "UAH", "₫": "VND", "฿": "THB", "₵": "GHS"}
SIGNS |= {"₡": "CRC", "₸": "KZT", "₲": "PYG", "₮": "MNT", "₭": "LAK", "₾": "GEL", "৳": "BDT"}
SIGNS |= {"US$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD"}
SIGNS |= {"R$": "BRL", "HK$": "HKD", "MX$": "MXN", "S$": "SGD"}
# The signs as a pattern: a dollar's letters at a word's start ("US$", "R$"), or one character
SIGN_PATTERN = (
    r"\b(?:"
    + "|".join(sorted(sign[:-1] for sign in SIGNS if len(sign) > 1))
    + r")\$|["
    + "".join(sorted(sign for sign in SIGNS if len(sign) == 1))
    + "]"
)

# Letters written for a currency that are no ISO code, and the codes they may stand for: read
# as no currency, "R 12,000" (rand) or "KSh 1,500" (Kenyan shillings) was "not a number".
_WRITTEN = {"R": "ZAR", "RS": "INR, PKR, LKR or NPR", "KSH": "KES", "SH": "KES, UGX or TZS"}
_WRITTEN |= {"ZŁ": "PLN", "KR": "SEK, NOK, DKK or ISK", "RP": "IDR", "RM": "MYR", "FR": "CHF"}
_WRITTEN |= {"L": "a lek, leu or lempira's code", "Q": "GTQ", "S/": "PEN", "BS": "VES or BOB"}


def currency_code(mark: str) -> str:
    """The code a currency's mark is read as: a sign's (`SIGNS`), else the mark in capitals."""
    return SIGNS.get(mark.upper(), mark.upper())


def read_currency(text: str) -> str:
    """The code a currency cell or field says, as every reader reads one: "usd" is USD and "€"
    EUR; ValueError saying why for one that is none ("UDS", "Dollars", "$", which many
    currencies write). A fact file refused "usd" that a mapped table read."""
    written = text.strip()
    code = currency_code(written)
    if why := unknown_currency(code):
        raise ValueError(unread_mark(written) or why)
    return code


def currency_mark(mark: str) -> bool:
    """Whether text written beside an amount is a currency's mark: a sign ("¢", "₿") or the
    letters one is written with ("R", "KSh", "zł"), not a stray letter ("12x")."""
    written = mark.upper().rstrip(".") in _WRITTEN
    return written or any(unicodedata.category(character) == "Sc" for character in mark)


def unread_mark(mark: str) -> str | None:
    """Why a currency's mark written with an amount is none read ("'KSh' is no currency code:
    write the currency's ISO 4217 code (KES)", "'USDD' is no ISO 4217 currency code; did you
    mean USD?"), or None for a code or a sign (`SIGNS`)."""
    code = currency_code(mark)
    written = _WRITTEN.get(mark.upper().rstrip("."))
    if written is None and code.isalpha() and code.isascii() and len(code) in (3, 4):
        why = unknown_currency(code)
        return why.replace(repr(code), repr(mark)) if why else None
    if written is None and code in SIGNS.values():
        return None
    if code == "$":
        return "'$' is the sign of many currencies (dollars, pesos): write the code, e.g. USD"
    hint = f" ({written})" if written else ", e.g. USD"
    return f"{mark!r} is no currency code: write the currency's ISO 4217 code{hint}"
