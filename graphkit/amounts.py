"""An amount as people and programs read it back: the decimal it was written, never a float's
spelling. The graph's decimals keep one lexical form ("1500000.0", "1500000.5": rdf/literals.py);
read back as an amount, that was printed `1500000.0`, which reads as a float, and cents lost
their second digit."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache


@lru_cache(maxsize=1 << 14)  # amounts repeat across a graph: each is worked out once
def amount_text(text: str) -> str:
    """`1500000.0` -> `1500000`, `1500000.5` -> `1500000.50`, `0.125` -> `0.125`: whole amounts
    without a point, others with their cents; text that is no decimal is given back as it is."""
    try:
        value = Decimal(text)
    except (InvalidOperation, TypeError):
        return text
    if not value.is_finite():
        return text
    if value == value.to_integral_value():
        return format(value.quantize(Decimal(1)), "f")
    written = format(value.normalize(), "f")
    places = len(written.partition(".")[2])
    return written if places >= 2 else format(value.quantize(Decimal("0.01")), "f")


def amount_grouped(text: str) -> str:
    """`1500000.5` -> `1,500,000.50`: `amount_text` with its thousands grouped, as `graphkit
    show` prints an amount (and the page, viz/assets/amounts.js); no digit rounded away."""
    written = amount_text(text)
    found = _PARTS.fullmatch(written)
    if found is None:
        return written
    sign, whole, fraction = found.groups()
    return f"{sign}{int(whole):,}{fraction or ''}"


_PARTS = re.compile(r"(-?)(\d+)(\.\d+)?")
