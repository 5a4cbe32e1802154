"""Who holds a contract, told of the contract rather than of the sale: "P runs on X's region
under a hosting agreement between X and Y" (the host sells to the other party, Y), "We don't
have a contract with X ourselves; that sits with Y" (X sells to Y, not to the speaker)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entity import THING_TYPES
from .rules import Found

if TYPE_CHECKING:
    from .relations import Sentence

_BETWEEN = re.compile(
    r"\b(?P<hosting>hosting (?:services? )?)?(?:agreement|contract)s? between (?:the )?@(\d+)@ "
    r"and (?:the )?@(\d+)@(?!['’]s)"
)
_HELD_ELSEWHERE = re.compile(
    r"\b(?:do not|don['’]t|does not|doesn['’]t|did not|didn['’]t) (?:have|hold) (?:an? |any )?"
    r"(?:[\w-]+ )?(?:contract|agreement) with (?:the )?@(\d+)@(?!['’]s) (?:ourselves|itself|"
    r"themselves|directly)[;,.] (?:that|it|(?:the|that) (?:contract|agreement|one)) (?:sits|is|"
    r"lies|rests) (?:with (?:the )?@(\d+)@(?!['’]s)|between (?:the )?@(\d+)@ and (?:them|it)\b)"
)
# First words two bodies' names share without being one brand: "City of X", "National Y"
_GENERIC_FIRST = frozenset(
    ["The", "City", "Town", "County", "State", "National", "Federal", "Department", "Ministry"]
)
_CONFIDENCE = 0.6


def contract_holders(sentence: Sentence, found: list[Found]) -> list[Found]:
    """Sales the sentence tells by whom its contract is held (see the module's note)."""
    out = []
    held = _HELD_ELSEWHERE.search(sentence.masked)
    if held is not None:
        seller, buyer = (sentence.entity(int(i)) for i in held.groups() if i is not None)
        out += _sale(seller, buyer, "contract held by")
    hosts = [f.subject for f in found if f.relation == "hosts"]
    for between in _BETWEEN.finditer(sentence.masked):
        one, other = (sentence.entity(int(i)) for i in between.groups()[1:])
        # the party the sentence says hosts the thing sells to the other; or, under a hosting
        # agreement, the one named before it ("in a data centre operated by X, under a hosting
        # contract between X and Y")
        before = set()
        if between.group("hosting"):
            named = re.findall(r"@(\d+)@", sentence.masked[: between.start()])
            before = {sentence.entity(int(i)).key for i in named}
        for seller, buyer in ((one, other), (other, one)):
            if any(_same(seller, key, sentence) for key in hosts) or (
                before and any(_same(seller, key, sentence) for key in before)
            ):
                out += _sale(seller, buyer, "hosting agreement between")
                break
    return out


def _same(entity, key: str, sentence: Sentence) -> bool:
    """Whether a key names the entity, a short form of it ("Awanmas Cloud" of "Awanmas Cloud
    Sdn Bhd") or its brand ("Noordwolk Cloud" of "Noordwolk B.V.")."""
    if entity.key == key:
        return True
    other = sentence.doc.entities.get(key)
    if other is None:
        return False
    names = sorted((entity.name, other.name), key=len)
    brand = names[0].split()[0]
    return names[1].startswith(names[0] + " ") or (
        brand == names[1].split()[0] and brand not in _GENERIC_FIRST
    )


def _sale(seller, buyer, rule: str) -> list[Found]:
    kinds = {seller.type, buyer.type}
    if kinds & THING_TYPES or "Person" in kinds or seller.key == buyer.key:
        return []
    return [Found(seller.key, "supplies", buyer.key, _CONFIDENCE, rule)]
