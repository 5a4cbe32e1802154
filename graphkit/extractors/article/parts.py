"""Companies an owner names as its own: "Amazon and its home security company Ring", "X,
through its subsidiary Y": the one named after "its" is part of the owner."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .checks import unstated
from .entity import ORG_TYPES
from .rules import Found

if TYPE_CHECKING:
    from .relations import Sentence

_ITS_UNIT = re.compile(
    r"@(?P<o>\d+)@(?:'s)?,? (?:and|with|through|via|including|along with) its "
    r"(?:[\w-]+ ){0,3}?(?:company|subsidiary|unit|division|arm|brand|startup|affiliate) "
    r"@(?P<s>\d+)@(?!'s)"
)
_ORGS = ORG_TYPES - {"EmployeeGroup"}


def owned_parts(sentence: Sentence) -> list[Found]:
    out = []
    for match in _ITS_UNIT.finditer(sentence.masked):
        if unstated(sentence.masked, match.start(), match.end()):
            continue
        part = sentence.entity(int(match.group("s")))
        owner = sentence.entity(int(match.group("o")))
        if part.key != owner.key and part.type in _ORGS and owner.type in _ORGS:
            out.append(Found(part.key, "partOf", owner.key, 0.7, "its unit"))
    return out
