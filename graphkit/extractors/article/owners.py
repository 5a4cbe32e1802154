"""Whose a thing is where a sentence names its owner before it: a place before a body only
describes it ("a subsidiary of the Gothenburg industrial group Ferrholm"), and a fund a body owns
is the body's money ("a grant from the National Product Safety Office's Intelligence Capability
Fund" funds from the office; a fund with no owner named is itself the funder)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .places import place_kind
from .rules import ORGS, Found

if TYPE_CHECKING:
    from .relations import Sentence

_DESCRIBES = re.compile(r"@(\d+)@ (?=(?:[a-z-]+ ){1,3}@\d+@)")


def owner_not_its_place(sentence: Sentence, found: list[Found]) -> list[Found]:
    """ "a subsidiary of the Gothenburg industrial group Ferrholm": where a sentence makes one
    body part of a place and of another body, the place only described the other."""
    entities = sentence.doc.entities
    owned = {f.subject for f in found if f.relation == "partOf" and not entities[f.object].place}
    # ("the Manchester engineering firm Y": a place that only describes a body after it)
    describing = {sentence.mentions[int(i)].key for i in _DESCRIBES.findall(sentence.masked)}
    # (nor is a country a body's owner: "Belgium's Data Supervision Office" is a national body)
    return [
        f
        for f in found
        if not (
            f.relation == "partOf"
            and entities[f.object].place
            and (
                f.subject in owned
                or f.object in describing
                or place_kind(entities[f.object].name) == "country"
                or f.rule == "one of those in"  # ("one of four schools in Z County": where)
            )
        )
    ]


# A body's fund, its owner's name just before it: "the Department's Building Safety Fund", or
# after it: "the Caribbean Digital Government Facility of the Windward Development Bank"
_OWNED = re.compile(r"@(\d+)@['’]s @(\d+)@")
_FUND_OF = re.compile(r"@(\d+)@ of (?:the )?@(\d+)@(?!['’]s)")
# Owners that name no body: the fund is then the funder
_NO_OWNER = frozenset(["government", "the government", "state", "crown", "commonwealth"])
_NO_OWNER |= {"legislature", "parliament", "congress"}  # ("the Legislature's Y Account")
_FUND = re.compile(r"\b(?:fund|reserve|facility|account|endowment|trust fund)$", re.IGNORECASE)


def funds_of_owners(sentence: Sentence, found: list[Found]) -> list[Found]:
    """Funding from a fund its owner's name opens, given by the owner."""
    entities = sentence.doc.entities
    owners = {}
    pairs = _OWNED.findall(sentence.masked)
    pairs += [(owner, fund) for fund, owner in _FUND_OF.findall(sentence.masked)]
    for owner, fund in pairs:
        body, money = sentence.mentions[int(owner)].key, sentence.mentions[int(fund)].key
        if body == money or not _FUND.search(entities[money].name):
            continue
        named = entities[body].name.lower() not in _NO_OWNER  # ("the Government's Reserve")
        if named and entities[body].type in ORGS and not entities[body].place:
            owners[money] = body
    return [
        replace(f, subject=owners[f.subject])
        if f.relation == "funds" and f.subject in owners and owners[f.subject] != f.object
        else f
        for f in found
    ]
