"""ISO 4217 currency codes (`ontology/lexicons/currencies.tsv`).

An amount's currency is what lets two amounts be compared or added: a code of three capitals
that is no currency ("UDS" typed for USD) made a fact in a currency of its own, shown apart
from every amount in dollars and added to none, with exit 0.
"""

from __future__ import annotations

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
