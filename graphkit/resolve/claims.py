"""Claims: what one group of sources says about a relationship, and when two claims disagree.

Sources that state a relationship with the same qualifiers make one claim. Claims disagree when
both give a value for the same qualifier and the values cannot both be true (another amount,
another start day, another product), or when one denies what the other states. A value one
source leaves out is no disagreement: "2020-08" and "2020-08-14" are the same start, known to
different precision, and so are 2,992,767 and 2,992,767.49, an amount in whole dollars and the
cents it rounds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from ..exc import Location
from ..model import Citation, Fact, PartialDate

# What a claim says beyond its ends; `object` differs only for an award whose buyer two
# sources name differently, `subject` for one whose supplier they name differently.
CLAIM_FIELDS = (
    "object", "amount", "currency", "start", "end", "product", "status", "ongoing", "subject"
)  # fmt: skip


@dataclass
class Claim:
    """One source's (or several agreeing sources') version of a relationship."""

    object: str
    amount: object = None
    currency: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    product: str | None = None
    status: str | None = None  # as the source states it (ended, planned ...), not derived
    ongoing: bool | None = None
    denied: bool = False
    citations: list[Citation] = field(default_factory=list)
    where: list[Location] = field(default_factory=list)
    # The supplier as this claim's sources name it, where the claims of an award name two
    # (merge.py); None: the relationship's own subject, as every claim of most relationships.
    subject: str | None = None
    # The latest date a record stating it stands at (Fact.as_of), if its sources are records.
    as_of: PartialDate | None = None


def _currency(fact: Fact) -> str | None:
    """The currency of a fact's amount: one without an amount says nothing (a mapping's
    `currency: {value: EUR}` on a row whose amount is empty), and disputed the currency of a
    claim that gives one, which then took it for its own amount's."""
    return fact.currency if fact.amount is not None else None


def claim_signature(fact: Fact) -> tuple:
    """What makes two facts the same claim: their qualifiers, and whether they deny."""
    denied = fact.status == "denied"
    return (
        fact.object,
        fact.amount,
        _currency(fact),
        fact.start,
        fact.end,
        fact.product,
        None if denied else fact.status,
        fact.ongoing,
        denied,
        fact.subject,
    )


def claim_of(fact: Fact) -> Claim:
    denied = fact.status == "denied"
    return Claim(
        object=fact.object,
        amount=fact.amount,
        currency=_currency(fact),
        start=fact.start,
        end=fact.end,
        product=fact.product,
        status=None if denied else fact.status,
        ongoing=fact.ongoing,
        denied=denied,
        subject=fact.subject,
        as_of=fact.as_of,
    )


def later(a: PartialDate | None, b: PartialDate | None) -> PartialDate | None:
    """The later of two dates (a date known to the day after its month), None if neither."""
    if a is None or b is None:
        return a or b
    return max(a, b, key=date_key)


def date_key(value: PartialDate) -> tuple[int, int, int]:
    """A date as a sort key: unknown month and day before the known ones."""
    return (value.year, value.month or 0, value.day or 0)


def record_rank(claim: Claim) -> tuple:
    """Where a claim stands among claims of equal authority: the figures of the latest record
    first (records of one award downloaded at different dates), then, between records of one
    date, the larger amount of one currency (amounts in two are never compared: 2,000,000 EUR
    is no more than 1,500,000 USD), then the values' text; claims no record dates come after
    them (merge.py orders those by their rows' rank, extractors/row_rank.py). Never the order
    rows were read in: a sorted file shows the same figure."""
    if claim.as_of is None:
        return (1,)
    year, month, day = date_key(claim.as_of)
    amount = claim.amount
    values = tuple(str(getattr(claim, key) or "") for key in CLAIM_FIELDS)
    money = (amount is None, claim.currency or "", -(amount or 0))
    return (0, -year, -month, -day, *money, values)


def dates_agree(a: PartialDate | None, b: PartialDate | None) -> bool:
    """Unknown agrees with anything; "2020-08" agrees with "2020-08-14", not with "2020-09"."""
    if a is None or b is None:
        return True
    for x, y in ((a.year, b.year), (a.month, b.month), (a.day, b.day)):
        if x is None or y is None:
            return True
        if x != y:
            return False
    return True


def disagreements(a: Claim, b: Claim, related: Callable[[str, str], bool]) -> list[str]:
    """The qualifiers on which two claims cannot both be right; `denied` when one denies.

    `related(x, y)` says whether two buyers are one organisation at different levels (an
    office and its agency), which is no disagreement.
    """
    if a.denied != b.denied:
        return ["denied"]
    found = []
    if a.subject != b.subject:  # two suppliers named for one award
        found.append("subject")
    if a.object != b.object and not related(a.object, b.object):
        found.append("object")
    if not amounts_agree(a.amount, b.amount):
        found.append("amount")
    for key in ("currency", "product", "status"):
        x, y = getattr(a, key), getattr(b, key)
        if x is not None and y is not None and x != y:
            found.append(key)
    for key in ("start", "end"):
        if not dates_agree(getattr(a, key), getattr(b, key)):
            found.append(key)
    if (a.ongoing and b.end is not None) or (b.ongoing and a.end is not None):
        found.append("end")
    return found


def amounts_agree(a: object, b: object) -> bool:
    """Unknown agrees with anything; an amount written to fewer places agrees with one it is
    the other rounded to them (2,992,767 with 2,992,767.49, not with 2,992,768.49), as a month
    agrees with a day within it; at one precision, only the same amount agrees."""
    if a is None or b is None or a == b:
        return True
    if not (isinstance(a, Decimal) and isinstance(b, Decimal)):
        return False
    coarse, fine = sorted((a, b), key=_places)
    if _places(coarse) == _places(fine):
        return False
    return abs(coarse - fine) * 2 <= Decimal(1).scaleb(-_places(coarse))


def finer_amount(a: object, b: object) -> object:
    """Of two agreeing amounts, the one written to more places (2,992,767.49)."""
    if isinstance(a, Decimal) and isinstance(b, Decimal) and _places(b) > _places(a):
        return b
    return a


def _places(amount: Decimal) -> int:
    """How many decimal places an amount is written to (negative for 2E+6)."""
    exponent = amount.as_tuple().exponent
    return -exponent if isinstance(exponent, int) else 0


def disputed_fields(claims: Iterable[Claim], related: Callable[[str, str], bool]) -> list[str]:
    """Every qualifier some pair of claims disagrees on, sorted."""
    claims = list(claims)
    if len(claims) < 2:
        return []
    found: set[str] = set()
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            found.update(disagreements(a, b, related))
    return sorted(found)


def more_precise(a: PartialDate | None, b: PartialDate | None) -> PartialDate | None:
    """Of two agreeing dates, the one known to the day rather than the month or year."""
    if a is None or b is None:
        return a or b
    rank = {"year": 0, "month": 1, "day": 2}
    return b if rank[b.precision] > rank[a.precision] and dates_agree(a, b) else a
