"""The name a relative pronoun stands for past an apposition about it: "the P tabulators made
by C, which Y has used" (P, not its maker), "P, C's meter data system, which Y has licensed" (P,
not its owner)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .clauses import Clauses

# Participles of making before "by" its maker, and kinds of thing before "from" it
_MADE = frozenset(
    ["made", "built", "developed", "designed", "sold", "manufactured", "written", "produced"]
    + ["created", "marketed"]
)
_KINDS_OF_THING = frozenset(
    ["tool", "software", "app", "system", "platform", "product", "service", "device", "camera"]
)


def made_thing(c: Clauses, k: int) -> int | None:
    """ "the P tabulators made by C, which Y has used": the relative is about P, not its maker
    at token k."""
    made = c.toks[k - 1] == "by" and c.toks[k - 2] in _MADE
    if k < 3 or not (made or (c.toks[k - 1] == "from" and c.toks[k - 2] in _KINDS_OF_THING)):
        return None  # (nor "P, a video search tool from C, that Y is testing")
    for x in range(k - 3, max(-1, k - 6), -1):
        if c.mention[x] is not None:
            return x
        if c.toks[x] in ("a", "an") and x >= 2 and c.toks[x - 1] == ",":
            # "P, a system built by C that Y has used": the apposition's head, P
            return x - 2 if c.mention[x - 2] is not None else None
        if c.toks[x] in (",", "by", "the", "a", "an") or c.is_verb(x):
            return None
    return None


def owned_apposition(c: Clauses, k: int) -> int | None:
    """ "P, C's meter data system, which Y has licensed": the name an apposition with an owner
    describes, P, for a relative after it (token k ends the apposition)."""
    for x in range(k - 1, max(0, k - 7), -1):
        if c.toks[x] == ",":
            return None
        if c.mention[x] is not None:
            owned = c.toks[x + 1] in ("'s", "’s", "s") and c.toks[x - 1] == ","
            return x - 2 if owned and x >= 2 and c.mention[x - 2] is not None else None
    return None
