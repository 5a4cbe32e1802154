"""Which of two firms sells, told by whose the thing is: "Norrland Regional Airports AB has
signed a five-year contract with Quayline Aero Ltd for SlotWise, Quayline's stand-planning
system": the firm whose thing the contract is for sells it to the other. (A contract between two
firms says nothing of who sells on its own: structure.between_firms.)"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .rules import COMPANY, ORGS, Found

if TYPE_CHECKING:
    from .relations import Sentence

_FOR_ITS_THING = re.compile(
    # the sentence's subject, its description aside: "Z, a home-care provider in Gelderland,"
    r"^(?:(?:in|on|at|last|this) [^@,;]{1,30},? )?(?:the )?@(?P<b>\d+)@(?:, [^;]{1,120}?,)? "
    r"(?:has |have |had )?(?:signed|agreed|struck|entered into|awarded)\b[^@;]{0,50}?"
    r"\b(?:contract|agreement|deal|licen[cs]e) with "
    r"(?:the )?@(?P<s>\d+)@(?:,? inc\.?)? for (?:the |its )?@(?P<p>\d+)@, "
    r"(?:the )?@(?P<owner>\d+)@'s "
)


def seller_by_thing(sentence: Sentence) -> list[Found]:
    """The firm a contract is with, when the thing it is for is named as that firm's."""
    out = []
    for match in _FOR_ITS_THING.finditer(sentence.masked):
        buyer, seller = sentence.entity(int(match["b"])), sentence.entity(int(match["s"]))
        owner = sentence.entity(int(match["owner"]))
        # (the owner by the seller's first word: "Quayline" of "Quayline Aero Ltd")
        if owner.key != seller.key and owner.name != seller.name.split()[0]:
            continue
        if buyer.key == seller.key:
            continue
        if seller.type in COMPANY and buyer.type in ORGS and not buyer.place:
            out.append(Found(seller.key, "supplies", buyer.key, 0.6, "contract for its thing"))
    return out
