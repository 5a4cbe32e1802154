"""Facts a sentence names without stating them: a change of owner that is only agreed or
awaited ("X agreed to buy Y"), a contract stopped before it ran ("X's contract with Y was
blocked by a judge"), what a party disputes doing ("X denies sharing …"), and what the
sentence goes on to deny ("X supplies Y, a rival claimed, but the company denied it")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .modality import DENIED_AFTER, pending
from .rules import Found

if TYPE_CHECKING:
    from .relations import Sentence


# "Veyra denies sharing any footage with …": a party disputes doing what the sentence says
_DISPUTE = re.compile(
    r"@(\d+)@ (?:has |have |had )?(?:denie[sd]|deny|disputes|disputed) "
    r"(?:ever |having )?\w+ing (?:any |the |a |an |its |their |@)"
)


def undisputed(sentence: Sentence, found: list[Found]) -> list[Found]:
    """The facts of the sentence but those whose subject disputes, in it, what it does."""
    disputers = {sentence.entity(int(m.group(1))).key for m in _DISPUTE.finditer(sentence.masked)}
    found = [f for f in found if f.subject not in disputers] if disputers else found
    return [f for f in found if not _denied_after(sentence, f)]


def _denied_after(sentence: Sentence, fact: Found) -> bool:
    """Whether the sentence, after naming both parties of the fact, denies what it said."""
    ends = [
        m.end()
        for m in re.finditer(r"@(\d+)@", sentence.masked)
        if sentence.entity(int(m.group(1))).key in (fact.subject, fact.object)
    ]
    return bool(ends) and DENIED_AFTER.search(sentence.masked, max(ends)) is not None


# A contract said to have been stopped before it took effect: no supply has happened between
# the parties it names ("X's contract with Y was blocked", "the deal between X and Y was voided").
_STOPPED = re.compile(
    r"(?:@\d+@(?:'s)? )?(?:[\w$.,-]+ ){0,3}?\b(?:contracts?|deal|agreement|purchase|order)\b"
    r"(?: (?:with|for|from|between) (?:the )?@\d+@(?:(?:,| and) (?:the )?@\d+@)*)?"
    r"[^;.@]{0,40}? (?:was|were|has been|have been|had been|is being) "
    r"(?:[a-z]+ly |later |then |eventually |temporarily )?"
    r"(?:blocked|struck down|voided|vetoed|rejected|voted down|enjoined|frozen)\b"
)


def settled(sentence: Sentence, found: list[Found]) -> list[Found]:
    """The facts but a part of an owner whose change of owner is only agreed or awaited:
    "X agreed to buy Y", "Y will become part of X" state no `partOf` yet; nor does a
    contract stopped before it ran state a supply."""
    text = sentence.masked
    stopped = {
        sentence.entity(int(i)).key
        for match in _STOPPED.finditer(text)
        for i in re.findall(r"@(\d+)@", match.group(0))
    }
    found = [
        f for f in found if not (f.relation == "supplies" and {f.subject, f.object} <= stopped)
    ]
    places: dict[str, list[int]] = {}
    for match in re.finditer(r"@(\d+)@", text):
        places.setdefault(sentence.entity(int(match.group(1))).key, []).append(match.start())
    out = []
    for f in found:
        ends = places.get(f.subject, []) + places.get(f.object, [])
        if f.relation == "partOf" and ends and pending(text, ends):
            continue
        out.append(f)
    return out
