"""A unit's use is its body's: "the ministry's Department of Fisheries Development recorded
21,000 landings through SamakiSight" states that the department, and so the ministry, uses
SamakiSight, where the same sentence names the department as the ministry's. And a public
body that built a thing in-house for its own work uses it: "ZamRoll, which the Authority's ICT
Directorate built in-house in 2015" (the Authority uses it; a firm sells what it builds)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .rules import GOV, Found

if TYPE_CHECKING:
    from .relations import Sentence

Span = tuple[int, int]
# The readings of a unit named as its body's ("the ministry's Department of …"), not of a body
# described as another's ("an agency of the Ministry", whose use is its own)
_OWNED_UNIT = frozenset(
    ["possessive unit", "owner's named unit", "possessive named unit", "named unit of owner"]
    + ["owner's unit", "its unit"]
)


def owners_use(best: dict) -> dict:
    """`best` ((subject, relation, object) -> (Found, sentence span)) with, for each use by a
    unit that the same sentence makes part of a body, that body's use of the thing."""
    owners: dict[tuple[str, Span], set[str]] = {}
    for (unit, relation, owner), (found, span) in best.items():
        if relation == "partOf" and found.rule in _OWNED_UNIT:
            owners.setdefault((unit, span), set()).add(owner)
    out = dict(best)
    for (unit, relation, thing), (found, span) in best.items():
        if relation != "uses":
            continue
        for owner in sorted(owners.get((unit, span), ())):
            key = (owner, "uses", thing)
            if key not in out and owner != thing:
                out[key] = (replace(found, subject=owner, rule="unit's use"), span)
    return out


_IN_HOUSE = re.compile(r"\bin[- ]house\b")
_BUILDERS = GOV | {"ResearchOrganization", "AdvocacyGroup"}
# A firm's own product, which it sells: "the company's only product was built in-house"
_SOLD = re.compile(r"\b(?:company|firm|start-?up|vendor|product|products)\b")
_STILL = re.compile(r"\b(?:remains|is still|are still|stays) in (?:use|service|operation)\b")
_RETIRED = re.compile(
    r"\b(?:switched off|shut down|retired|decommissioned|replaced|scrapped|abandoned|"
    r"will replace|to replace|no longer|until)\b"
)


def in_house_use(sentence: Sentence, found: list[Found]) -> list[Found]:
    """The use of a thing a body built in-house, by the body (by its owner, where the sentence
    names the builder as the owner's unit)."""
    text = sentence.masked
    if not _IN_HOUSE.search(text) or _SOLD.search(text):
        return []
    if _RETIRED.search(text) and not _STILL.search(text):
        return []  # (not "P, the system it built in-house in 1999, was switched off")
    owner_of = {
        f.subject: f.object for f in found if f.relation == "partOf" and f.rule in _OWNED_UNIT
    }
    out = []
    for fact in found:
        builder = sentence.doc.entities.get(fact.subject)
        made = fact.relation == "develops" and fact.rule != "makes"  # (a maker told in passing)
        if made and builder is not None and builder.type in _BUILDERS:
            user = owner_of.get(fact.subject, fact.subject)
            out.append(Found(user, "uses", fact.object, 0.6, "built in-house"))
    return out


def work_not_inquiry(found: list[Found]) -> list[Found]:
    """The readings less an inquiry into a thing its own users review at work ("Staff in the
    Unit review P alerts every morning": they use P, they do not investigate it)."""
    worked = {(f.subject, f.object) for f in found if f.rule in ("works in", "work done in")}
    return [f for f in found if f.relation != "investigates" or (f.subject, f.object) not in worked]
