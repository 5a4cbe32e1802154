"""A body's own oversight reviewing its work: "The Council's Audit and Risk Committee reviewed
the camera procurement", "the port's Office of Internal Audit reviewed the contract", "the chair
of the Trustee's Audit and Risk Committee reported that the Committee had reviewed the tender".
The committee or office examines the body it is part of."""

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
