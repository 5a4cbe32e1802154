"""A complaint an oversight body received, told without the possessive of the body complained
about: "We received a complaint from X alleging that WCT had reported repairs as complete", "The
inspection followed a complaint to us from X about detainees who had been interviewed without an
interpreter", "X brought the complaint to us on Ms T's behalf". X opposes the body the
allegation names, else the one body the text's own voice investigates (the body an ombudsman's
case or an auditor's report is about)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .backing import sentence_voice
from .rules import ORGS, Found

if TYPE_CHECKING:
    from .relations import Sentence

# Received by the text's own body: "to us", "to our hotline", "we received", "the audit followed"
_RECEIVED = re.compile(
    r"(?:(?:\bwe|\bour (?:office|hotline|\w+)|@(?P<receiver>\d+)@) (?:received|had|got)"
    r"|\b(?:inspection|audit|investigation|review|inquiry) (?:also )?(?:followed|follows|"
    r"began after)|\bafter)"
    r" (?:a |an |the )?(?:formal |written |hotline )?complaint (?:to (?:us|our [\w ]{1,20}?|"
    r"this office|(?:the )?@\d+@)(?: in [\w ]{3,15})? )?(?:in [\w ]{3,15} )?from (?:the )?"
    r"@(?P<s>\d+)@|(?:^|[,;:] )(?:the )?@(?P<brought>\d+)@(?: \(@\d+@\))? (?:brought|made|sent|"
    r"lodged) (?:the|this|a|its) complaint to (?:us\b|@(?P<us>\d+)@)",
    re.IGNORECASE,
)
_ALLEGING = re.compile(r"\balleg\w* that (?:the )?@(\d+)@")
_COMPLAINANTS = ORGS - {"GovernmentAgency"}
_CONFIDENCE = 0.55


def received_complaints(
    sentences: list[Sentence], best: dict, own: str | None
) -> list[tuple[Found, tuple[int, int]]]:
    """(fact, evidence span) for each complaint the text's own body tells it received."""
    out = []
    for sentence in sentences:
        received = _RECEIVED.search(sentence.masked)
        if received is None:
            continue
        complainant = sentence.entity(int(received.group("s") or received.group("brought")))
        hearer = received.group("us") or received.group("receiver")
        if hearer and sentence.entity(int(hearer)).key != (sentence_voice(sentence) or own):
            continue  # ("brought the complaint to X": to another, not to the text's own body)
        if complainant.type not in _COMPLAINANTS or complainant.place:
            continue
        alleged = _ALLEGING.search(sentence.masked, received.end())
        if alleged is not None:
            target = sentence.entity(int(alleged.group(1))).key
        elif any(
            sentence.entity(int(i)).type != "Person"
            for i in re.findall(r"@(\d+)@", sentence.masked[received.end() :])
        ):
            continue  # another party named: the sentence rules read it
        else:
            target = _case_subject(sentence, best, own)
        entity = sentence.doc.entities.get(target) if target else None
        if entity is None or entity.key == complainant.key or entity.type not in ORGS:
            continue
        found = Found(complainant.key, "opposes", entity.key, _CONFIDENCE, "complaint received")
        out.append((found, (sentence.start, sentence.end)))
    return out


def _case_subject(sentence: Sentence, best: dict, own: str | None) -> str | None:
    """The one body the text's own voice investigates: its case's or its report's subject."""
    body = sentence_voice(sentence) or own
    studied = {o for s, r, o in best if r == "investigates" and s == body}
    return studied.pop() if len(studied) == 1 else None
