"""A group's request that a body stop, drop, put off or keep something of its own doing: "The
Union has asked the port to drop the productivity scores for crane operators", "The Forum asked
us to keep a freephone number for repairs", "X wrote to us asking us to switch off the
counters", "The Authority has received a letter from X asking it to postpone …". The group
opposes the body asked (the text's own for "us"; for "the city", the body of that kind the text
is most about or names alone), as the annotation reads
a request to halt or keep part of a rollout; not a court or a tribunal asked to rule, nor a firm
asked to stop selling (its thing is what is opposed), nor where what is to end names another
party (the pattern rules read that)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .backing import sentence_voice
from .entity import THING_TYPES
from .rules import Found

if TYPE_CHECKING:
    from .relations import Sentence

# A body asked by the kind the text calls it: "asked the city to stop publishing …"
_KINDS = (
    r"city|council|county|department|ministry|region|province|agency|authority|board|service|"
    r"trust|municipality|town|district|government|league|club|prison|port|university|school|"
    r"hospital|office|bureau|directorate|inspectorate|commission|corporation"
)
_REQUEST = re.compile(
    r"(?:^|[,;:] |\b(?:in \w+(?: \d{4})? |and ))(?:the )?@(?P<s>\d+)@(?:,? (?:which|who) "
    r"[^@;,]{1,60},|, (?:an?|the) [^@;,]{1,60},)? (?:has |have |had )?(?:also )?"
    r"(?:asked|wrote to (?:us|@\d+@)(?: in [\w ]{3,15})? asking) "
    r"(?:(?P<us>us)|(?:the )?(?:[a-z]+['’]s )?@(?P<o>\d+)@|the (?P<kind>" + _KINDS + r"))"
    r"(?: in [\w ]{3,15})? to (?P<verb>stop|drop|end|"
    r"suspend|halt|pause|delay|postpone|defer|scrap|withdraw|abandon|reconsider|keep|"
    r"switch off|turn off|bring back|remove|cancel)\b(?P<rest>[^;]*)"
)
_DECIDERS = re.compile(
    r"(?i)\b(?:court|tribunal|judge|chamber|ombuds\w*|commissioner|regulator|committee|"
    r"minister)\b"
)
# A meeting asked, whose body `meeting_pleas` finds: "the Council", "the Board of Directors"
_MEETING = re.compile(
    r"(?i)^(?:council|committee|cabinet|board)$|\bboard of (?:directors|trustees)$"
)
_GROUPS = frozenset({"AdvocacyGroup", "EmployeeGroup", "Organization"})
_CONFIDENCE = 0.55


# "The Authority has received a letter from X asking it to postpone …": the body written to
_RECEIVED = re.compile(
    r"(?:^|[,;:] |\band )(?:the )?@(?P<o>\d+)@ (?:has |have |had )?(?:also )?received "
    r"(?:a |an )(?:[\w-]+ )?(?:letter|email|petition|submission) from (?:the )?@(?P<s>\d+)@"
    r"(?: \(@\d+@\))?,? asking (?:it|them|us) to (?P<verb>stop|drop|end|suspend|halt|pause|"
    r"delay|postpone|defer|scrap|withdraw|abandon|reconsider|keep|switch off|turn off|bring back|"
    r"remove|cancel)\b(?P<rest>[^;]*)"
)


def group_requests(sentence: Sentence, own: str | None, main: str | None) -> list[Found]:
    """The opposition a group's request tells (see the module's note)."""
    asked = _REQUEST.search(sentence.masked) or _RECEIVED.search(sentence.masked)
    if asked is None:
        return []
    rest = asked.group("rest").split(",")[0]
    if re.search(r"@\d+@(?!['’]s)", rest) and not _things_only(sentence, rest):
        return []
    group = sentence.entity(int(asked.group("s")))
    if group.type not in _GROUPS or group.place:
        return []
    if asked.groupdict().get("us"):
        body = sentence.doc.entities.get(sentence_voice(sentence) or own or "")
    elif asked.groupdict().get("kind"):
        body = _of_kind(sentence, main, asked.group("kind"))
    else:
        body = sentence.entity(int(asked.group("o")))
    if body is None or body.key == group.key or body.place or _MEETING.search(body.name):
        return []
    if _DECIDERS.search(body.name):
        return []
    if body.type in (*THING_TYPES, "Person", "Company"):
        return []  # (a firm asked to stop selling: the group opposes the thing, as rules read)
    return [Found(group.key, "opposes", body.key, _CONFIDENCE, "group's request")]


def _things_only(sentence: Sentence, rest: str) -> bool:
    """Whether every name in what is to end is a thing ("to switch off the coach view in P")."""
    named = (sentence.entity(int(i)) for i in re.findall(r"@(\d+)@", rest))
    return all(e.type in THING_TYPES for e in named)


def _of_kind(sentence: Sentence, main: str | None, kind: str):
    """The public body a request calls by its kind ("the city"): the one the text is most
    about, else the one it names, whose name opens or ends with that word ("City of X", "X
    County"; not "Office of the City Auditor")."""

    def headed(entity) -> bool:
        words = entity.name.lower().split()
        public = entity.type not in (*THING_TYPES, "Person", "Company") and not entity.place
        return public and kind in (words[0], words[-1])

    entities = sentence.doc.entities
    if main in entities and headed(entities[main]):
        return entities[main]
    bodies = [e for e in entities.values() if headed(e)]
    return bodies[0] if len(bodies) == 1 else None
