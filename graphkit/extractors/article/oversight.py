"""A body's own oversight reviewing its work: "The Council's Audit and Risk Committee reviewed
the camera procurement", "the port's Office of Internal Audit reviewed the contract", "the chair
of the Trustee's Audit and Risk Committee reported that the Committee had reviewed the tender".
The committee or office examines the body it is part of. So does an outside office that
reviewed the tender of the body whose notice or minutes the text is: "The Wyoming Procurement
Integrity Office reviewed the Lot 1 evaluation before award"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .rules import ORGS, Found

if TYPE_CHECKING:
    from .relations import Sentence

# A unit whose work is to examine its body's: an audit, scrutiny or risk committee, internal audit
_OVERSIGHT = re.compile(
    r"\b(?:audit|scrutiny|risk|governance|assurance|oversight)\b.*\b(?:committee|panel)$"
    r"|\binternal audit\b",
    re.IGNORECASE,
)
_REVIEWED = (
    r"(?:has |had |have )?(?:also )?(?:reviewed|examined|audited|scrutini[sz]ed|inspected|"
    r"looked at|tested)\b"
)


def own_oversight(sentence: Sentence) -> list[Found]:
    """The unit that reviewed something of its owner's, named as the owner's ("X's Audit and
    Risk Committee"): it investigates the owner."""
    out = []
    masked = sentence.masked
    for owned in re.finditer(r"@(?P<o>\d+)@['’]s @(?P<u>\d+)@", masked):
        unit, owner = sentence.entity(int(owned["u"])), sentence.entity(int(owned["o"]))
        if not _OVERSIGHT.search(unit.name) or owner.type not in ORGS or owner.place:
            continue
        after = masked[owned.end() :]
        # what it did, said of it right after or of it again later ("the Committee had …")
        told = re.match(r",? " + _REVIEWED, after) or any(
            sentence.entity(int(again[1])).key == unit.key
            for again in re.finditer(r"@(\d+)@,? " + _REVIEWED, after)
        )
        if told and unit.key != owner.key:
            out.append(Found(unit.key, "investigates", owner.key, 0.6, "own oversight"))
    return out


# The papers of a body's own tender, which another body reviewed: "the Lot 1 evaluation"
_TENDER = re.compile(
    r"^(?:the )?@(?P<s>\d+)@ " + _REVIEWED + r" the (?:[\w-]+ ){0,4}?(?:evaluations?|tender|"
    r"procurement|award|bids|probity plan)\b"
)


def tender_reviewed(sentence: Sentence) -> list[Found]:
    """The body that reviewed the tender of the body the text speaks for investigates it."""
    match = _TENDER.match(sentence.masked)
    voice = sentence.doc.voices.get(sentence.start)
    if match is None or not voice or not voice[1]:
        return []
    reviewer = sentence.entity(int(match["s"]))
    if reviewer.type not in ORGS or reviewer.place or reviewer.key == voice[1]:
        return []
    return [Found(reviewer.key, "investigates", voice[1], 0.6, "tender reviewed")]
