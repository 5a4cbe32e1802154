"""A bidder's challenge to an award opposes the body that made it: "X, which ranked second, has
filed a complaint with the complaints board asking for the award to be annulled", "X filed an
application with the Review Committee asking it to annul the award of Lot 1", "X has lodged a
complaint with CSPA challenging the exclusion of its tender", "X has issued proceedings in the
High Court asking for the award to be set aside", "X has asked the High Court to set the award
aside". The body is the one asked to undo its own award, else the one the complaint is lodged
with, unless that one only reviews others' awards (a review board, a court, a tribunal), else the
buyer of the last sale the text told."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .rules import Found

if TYPE_CHECKING:
    from .relations import Sentence

# A challenge made: a complaint, a protest or an application to undo an award
_UNDO = (
    r"(?:\b(?:annul\w*|set aside|overturn\w*|quash\w*|cancel\w*|revers\w*)\b[^.;]{0,40}?"
    r"\baward\b|\baward\b[^.;]{0,40}? to be (?:annulled|set aside|overturned|quashed|"
    r"cancell?ed|suspended)\b|\bset (?:the|its) (?:[\w-]+ )?award aside\b)"
)
_CHALLENGE = re.compile(
    # (or an action in court: "has issued proceedings in the High Court asking for the award
    # of Lot 1 to be set aside", "filed a pre-contractual action before the court")
    r"\b(?:(?:filed|files|lodged|lodges|submitted|made|brought|has applied|applied|issued|"
    r"issues|commenced|started)\b"
    r"[^@.;]{0,40}?\b(?:complaint|protest|request for review|application|appeal|petition|"
    r"objection|challenge|representation|review|action|proceedings|claim|case)\b[^.;]{0,160}?"
    r"(?:" + _UNDO + r"|\bchalleng\w* the (?:[\w-]+ ){0,2}?(?:award|exclusion|evaluation|"
    r"decision)\b)"
    # (or a court asked outright: "has asked the High Court to set the award aside")
    r"|\b(?:has |have )?(?:asked|asks|asking|petitioned) (?:the )?(?:[\w-]+ ){0,4}?(?:court|"
    r"tribunal|judge|chamber|board|commission|committee|@\d+@) to "
    + _UNDO
    + r"|\bprotests? the award\b)"
)
# The one asked to undo its award, or the one the complaint is lodged with
_ASKED = re.compile(r"\basking (?:the )?@(\d+)@ to (?:annul|set aside|cancel|overturn|revers)")
_LODGED_WITH = re.compile(r"\b(?:with|to) (?:the )?@(\d+)@")
# A body that reviews others' awards, whose own award is not challenged
_REVIEWER = re.compile(
    r"\b(?:review|tribunal|court|appeals?|complaints?|judge|ombudsman|chamber|arbitration)\b",
    re.IGNORECASE,
)
_NOT = re.compile(r"\b(?:not|never|no longer|may|might|could|would|will|plans?|threatened)\b")


def award_challenged(sentence: Sentence) -> list[Found]:
    """The challenger opposes the awarding body (see the module's note)."""
    text = sentence.masked
    challenge = _CHALLENGE.search(text)
    if challenge is None or _NOT.search(text, 0, challenge.end()):
        return []
    # (a name the text gives, before one only guessed: not "Review" of "Review procedure: X
    # has issued proceedings")
    bidders = [
        int(m.group(1))
        for m in re.finditer(r"@(\d+)@", text[: challenge.start()])
        if sentence.entity(int(m.group(1))).type in ("Company", "Organization")
    ]
    bidder = next((b for b in bidders if not sentence.entity(b).guessed), None)
    bidder = bidders[0] if bidder is None and bidders else bidder
    if bidder is None or sentence.entity(bidder).place:
        return []
    buyer = _awarder(sentence, challenge)
    if buyer is None or buyer.key == sentence.entity(bidder).key:
        return []
    return [Found(sentence.entity(bidder).key, "opposes", buyer.key, 0.6, "award challenged")]


def _awarder(sentence: Sentence, challenge: re.Match):
    """The body whose award is challenged."""
    text = sentence.masked
    for pattern in (_ASKED, _LODGED_WITH):
        for match in pattern.finditer(text, challenge.start(), challenge.end()):
            body = sentence.entity(int(match.group(1)))
            if body.type == "GovernmentAgency" and not _REVIEWER.search(body.name):
                return body
    last = sentence.doc.last_supply
    if last is None:
        return None
    buyer = sentence.doc.entities.get(last.object)
    return buyer if buyer is not None and buyer.type == "GovernmentAgency" else None
