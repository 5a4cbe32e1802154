"""What a verb's complements name, where a plain reading would miss it: "a system called X"
(the name after the noun), "the P tabulators made by X" (the head a participle describes), "to
take the cameras down" (a thing of the one asked), "an ordinance that would bar X" (a clause of
its own), "pays X to run the system" (X works for the payer)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clauses import PREPOSITIONS, words
from .entity import ORG_TYPES
from .subjects import DETERMINERS

if TYPE_CHECKING:
    from .clauses import Clauses

# Possessive determiners: "its X platform" is the owner's own, "to end its partnerships"
OWN = words("its their his her")
# What a body runs and may be asked to take away: "to remove the cameras", "take them out".
_IN_USE = words("""
    cameras camera devices device sensors sensor scores score tool tools program programme
    programs service services system systems software app platform readers boxes units drones
    plan plans scheme proposal project expansion extension renewal purchase
    policy
""")


def in_use(toks: list[str], k: int, end: int) -> bool:
    """ "them", "it", "the cameras": a thing of the one asked, with no party named."""
    if toks[k] in ("them", "it"):
        return True
    return toks[k] in ("the", "this", "these", "those") and k + 1 < end and toks[k + 1] in _IN_USE


def named_head(c: Clauses, g: int) -> int | None:
    """The mention right before a participle, maybe with one common noun after it ("the P
    tabulators") or a comma ("P, made by X"): the head the participle describes."""
    k = g - 1
    if k >= 1 and c.toks[k] == "," and c.mention[k - 1] is not None:
        return c.mention[k - 1]  # "a subscription to P, made by X": the name before the comma
    if k >= 1 and c.toks[k] == ",":  # "the P license plate reader system, developed by X"
        nouns = 0
        while k - 1 - nouns >= 0 and nouns < 4 and _common_noun(c, k - 1 - nouns):
            nouns += 1
        if nouns and c.mention[k - 1 - nouns] is not None:
            return c.mention[k - 1 - nouns]
    apposed = _apposed_head(c, k)
    if apposed is not None:
        return apposed
    if k >= 1 and c.mention[k] is None and c.toks[k].isalpha() and c.toks[k].islower():
        if c.toks[k] in DETERMINERS or c.toks[k] in PREPOSITIONS or c.is_verb(k):
            return None
        k -= 1
    return c.mention[k] if k >= 0 and c.mention[k] is not None else None


def _apposed_head(c: Clauses, k: int) -> int | None:
    """ "Tasjeel, a registration app built for us by X": the thing a described kind stands in
    apposition to, its article and a few common nouns before the participle (not a body:
    "Plurnane Analytics, a cloud service run by Y" is no thing Y runs)."""
    nouns = 0
    while (
        k - nouns >= 0
        and nouns < 4
        and (_common_noun(c, k - nouns) or (nouns and _inner_gerund(c, k - nouns)))
    ):
        nouns += 1
    at = k - nouns
    if nouns and at >= 2 and c.toks[at] in ("a", "an") and c.toks[at - 1] == ",":
        head = c.mention[at - 2]
        if head is None and at >= 3 and re.fullmatch(r"\d{1,2}(?:\.\d+)*", c.toks[at - 2]):
            head = c.mention[at - 3]  # "P 7, an alarm platform developed by X": P's version
        body = c.kinds.get(head) in ORG_TYPES - {"Organization"}  # (a name of no known kind)
        return None if head is None or body else head
    return None


def names_next(c: Clauses, k: int) -> bool:
    """ "a system called X": a common noun before, a name right after (maybe after "the")."""
    if c.mention[k - 1] is not None or c.is_verb(k - 1) or k + 1 >= len(c.toks):
        return False
    nxt = k + 2 if c.toks[k + 1] == "the" else k + 1
    return nxt < len(c.toks) and c.mention[nxt] is not None


MODALS = words("would could might may should will shall must can")


_HIRING = words("pay pays paid paying hire hires hired hiring contract contracts contracted")


def hired(c: Clauses, to: int) -> bool:
    """Whether the "to" at token `to` follows a firm paid or hired for it: "pays X to run the
    system" (a person hired "to run the agency" heads it)."""
    party = None
    for k in range(to - 1, max(-1, to - 12), -1):
        if c.toks[k] in _HIRING:
            return party is not None and party not in c.people
        party = k if c.mention[k] is not None else party  # its token: people are tokens
        if c.toks[k] in (",", ";"):
            return False
    return False


def _inner_gerund(c: Clauses, k: int) -> bool:
    """ "an alarm receiving platform": a gerund between two nouns of a compound."""
    tok = c.toks[k]
    return tok.endswith("ing") and tok.isalpha() and tok.islower() and _common_noun(c, k - 1)


def _common_noun(c: Clauses, k: int) -> bool:
    tok = c.toks[k]
    if "-" in tok and c.mention[k] is None and all(p.isalpha() for p in tok.split("-")):
        return tok.islower()  # "a case-based surveillance platform": a compound modifier
    return (
        c.mention[k] is None
        and tok.isalpha()
        and tok.islower()
        and tok not in DETERMINERS
        and tok not in PREPOSITIONS
        and tok not in _NOT_NOUNS
        and not tok.endswith(("ed", "ing", "ly"))  # ("license" is a verb word, and a noun)
    )


_NOT_NOUNS = words("is are was were be been has have had will would may can that which who and or")
