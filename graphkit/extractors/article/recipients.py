"""Awards and purchases told across sentences: who received them, who bought.

"The agency awarded four contracts. Each is worth $20 million, with A, B and C on the
receiving end": the recipients supply the agency that awarded. "In 2019, X bought licenses
for several tools. That purchase included Y subscriptions": Y supplies X. "X awarded Y a
contract to use its cloud": X uses Y. The buyer is named in the sentence or, failing that,
is the government body the document named last before it; such facts are less certain than
one a single clause states.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .checks import unstated
from .rules import Found

if TYPE_CHECKING:
    from .relations import Sentence

_DEAL = r"(?:awards?|contracts?|deals?|purchases?|orders?|grants?|agreements?)"
_RECEIVING = re.compile(
    r"\bwith (?:the )?@(?P<r>\d+)@[^;@]*?(?:@\d+@[^;@]*?)*\bon the receiving end\b(?! of)"
    r"|\b"
    + _DEAL
    + r"\b[^;@]{0,40}?\b(?:went|go|goes|were given|was given) to (?:the )?@(?P<t>\d+)@"
)
# "a $20 million contract with ICE, awarded to X", "signed a contract, which was awarded to X"
_AWARDED_TO = re.compile(
    r"\b" + _DEAL + r"(?: with (?:the )?@(?P<w>\d+)@)?[^;@]{0,30}?, (?:which|that)?(?: was)? ?"
    r"(?:awarded|given|granted) to (?:the )?@(?P<r>\d+)@"
)
_THAT_DEAL = re.compile(
    r"\b(?:that|this|the) (?:purchase|deal|order|contract|award|sale|agreement)s? "
    r"(?:also )?(?:included|includes|include|covered|covers|was with|went to) (?:the )?"
    r"(?:[\w-]+ ){0,3}?@(?P<v>\d+)@"
)
_USE_ITS = re.compile(
    r"@(?P<a>\d+)@ (?:\w+ ){0,2}?awarded (?:the )?@(?P<c>\d+)@ (?:a |an )?(?:[\w$.,-]+ ){0,4}?"
    r"contract (?:[\w$.,-]+ ){0,4}?to use (?:its|their)\b"
)
_VENDORS = ("Company", "Organization")


def recipients(sentence: Sentence) -> list[Found]:
    text, out = sentence.masked, []
    for match in _RECEIVING.finditer(text):
        if unstated(text, match.start(), match.end()):
            continue
        first = int(match.group("r") or match.group("t"))
        out += _supplying(sentence, _buyer(sentence, match.start()), first, 0.6, "award recipients")
    for match in _AWARDED_TO.finditer(text):
        if unstated(text, match.start(), match.end()):
            continue
        named = match.group("w") and sentence.entity(int(match.group("w")))
        buyer = named if named and named.type == "GovernmentAgency" else None
        buyer = buyer or _buyer(sentence, match.start())
        out += _supplying(sentence, buyer, int(match.group("r")), 0.6, "awarded to")
    for match in _THAT_DEAL.finditer(text):
        if unstated(text, match.start(), match.end()):
            continue
        buyer = _buyer(sentence, match.start())
        out += _supplying(sentence, buyer, int(match.group("v")), 0.55, "that purchase")
    for match in _USE_ITS.finditer(text):
        if unstated(text, match.start(), match.end()):
            continue
        agency, vendor = (
            sentence.entity(int(match.group("a"))),
            sentence.entity(int(match.group("c"))),
        )
        if agency.type == "GovernmentAgency" and vendor.type in _VENDORS:
            out.append(Found(agency.key, "uses", vendor.key, 0.65, "contract to use its"))
    return out


def _supplying(sentence: Sentence, buyer, first: int, confidence: float, how: str) -> list[Found]:
    """Each firm of the list that mention `first` starts supplying `buyer` (none without one)."""
    if buyer is None:
        return []
    vendors = (sentence.entity(index) for index in sentence.members(first))
    return [
        Found(vendor.key, "supplies", buyer.key, confidence, how)
        for vendor in vendors
        if vendor.type in _VENDORS and vendor.key != buyer.key
    ]


def _buyer(sentence: Sentence, before: int):
    """The government body that buys: named earlier in the sentence, else the last one the
    document named before it."""
    here = [int(i) for i in re.findall(r"@(\d+)@", sentence.masked[:before])]
    for index in reversed(here):
        if sentence.entity(index).type == "GovernmentAgency" and not sentence.entity(index).place:
            return sentence.entity(index)
    doc = sentence.doc
    earlier = doc.keys_before(sentence.start)
    for key in reversed(earlier):
        entity = doc.entities.get(key)
        if entity and entity.type == "GovernmentAgency" and not entity.place:
            return entity
    return None
