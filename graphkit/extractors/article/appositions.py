"""The name a relative pronoun stands for past an apposition about it: "the P tabulators made
by C, which Y has used" (P, not its maker), "P, C's meter data system, which Y has licensed" (P,
not its owner)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .entity import THING_TYPES

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
    at token k. Where the relative has a subject of its own, so is about a thing, also past a
    place's word ("P, the ticketing platform of Sydney-based C, which Y has used"), a thing's
    description ("P, the point-of-sale system from C, which …") or the participle's comma ("P
    straps, made by C of Seoul, which Y buys"); "P, made by C, which supplies it" is C's."""
    fronted = _object_relative(c, k)
    at = k - 1 if c.toks[k - 1].endswith("-based") and fronted else k
    made = c.toks[at - 1] == "by" and c.toks[at - 2] in _MADE
    kind = c.toks[at - 1] in ("from", "of") and c.toks[at - 2] in _KINDS_OF_THING
    described = at >= 4 and c.toks[at - 1] in ("from", "of") and _described_thing(c, at - 2)
    if described and fronted:
        return at - 4
    if at < 3 or not (made or kind):
        return None  # (nor "P, a video search tool from C, that Y is testing")
    articles = ("a", "an", "the") if fronted else ("a", "an")
    if made and c.toks[at - 3] == "," and fronted:
        before = [x for x in (at - 4, at - 5) if x >= 0 and c.mention[x] is not None]
        return before[0] if before else None
    for x in range(at - 3, max(-1, at - 6), -1):
        if c.mention[x] is not None:
            return x
        if c.toks[x] in articles and x >= 2 and c.toks[x - 1] == ",":
            # "P, a system built by C that Y has used": the apposition's head, P
            return x - 2 if c.mention[x - 2] is not None else None
        if c.toks[x] in (",", "by", "the", "a", "an") or c.is_verb(x):
            return None
    return None


def _object_relative(c: Clauses, k: int) -> bool:
    """Whether the relative after the name at token k has a subject of its own ("C, which Y
    has used"), so that it is about a thing, not "C, which supplies it"."""
    x = k + 1 + (c.toks[k + 1 : k + 2] == [","])
    if x >= len(c.toks) or c.toks[x] not in ("which", "that"):
        return False
    x += 1 + (c.toks[x + 1 : x + 2] == ["the"])
    return x < len(c.toks) and c.mention[x] is not None


def _described_thing(c: Clauses, x: int) -> bool:
    """Whether the mention at token x is a thing's description in apposition to a name before
    it ("P, the point-of-sale system"), neither a body, a person nor a place."""
    kind = c.kinds.get(c.mention[x]) if c.mention[x] is not None else "Organization"
    thing = (kind is None or kind in THING_TYPES) and x not in c.people and x not in c.places
    return thing and c.toks[x - 1] == "," and c.mention[x - 2] is not None


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
