"""A group that backs a body's plan or speaks for it, told of the plan rather than the body:
"The Chamber has backed the town's decision to go on", "The Forum has backed our plan to offer
scanning in every region", "The Coalition has written in support of the project", and in
minutes "Mr X, chair of the Y, spoke in support of the renewal" or "A letter from Y was read out
in support of the tablets". The group supports the body whose plan it is: the one the
possessive names, the text's own body for "our" or a plan of no one named (a committee's
minutes: the one council they name), and for "the council's" or "its" the body the text is most
about, if it is one of that kind. One who spoke for the group does not support it too."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entity import GROUP_TYPES, THING_TYPES
from .rules import Found

if TYPE_CHECKING:
    from .relations import Sentence

_PLAN = (
    r"(?:[\w-]+ ){0,2}?(?:plans?|decision|call|proposals?|request|programme|program|project|"
    r"bid|move|approach|policy|changes?|scheme|renewal|application|extension|contract|purchase|"
    r"requirement|budget|strategy)\b"
)
# "has backed the town's decision", "has backed our plan", "backed @1@'s decision", "A written
# statement from the Y, read out by the clerk, supported the Council's proposal"
_BACKED = re.compile(
    r"(?:^(?:[\d.]+ )?|[,;:] |\bthat |\band )(?:(?:a |an )?(?:written )?(?:letter|statement|"
    r"submission) from )?(?:the )?@(?P<s>\d+)@(?:, [^@;,]{1,40}(?:@\d+@)?,)? "
    r"(?:said (?:that )?(?:it|they) )?(?:has |have |had )?(?:also )?(?:backed|"
    r"endorsed|supported) (?:(?:the )?(?P<o>@\d+@)['’]s |(?P<own>our) |"
    r"(?:the )?(?P<kind>[a-z]+)['’]s |(?P<its>its|their) )" + _PLAN
)
# "has written in support of the project", "spoke in support of item 5", "a letter from the Y
# was read out in support of the tablets", "Letter from the Y in support of online booking"
_SPOKE = re.compile(
    r"(?:(?:^(?:[\d.]+ )?|[,;:] |\band )(?:the )?@(?P<s>\d+)@(?:, [^@;]{1,60},)? "
    r"(?:has |have |had )?(?:also )?(?:written|wrote|spoke|spoken|wrote to [^@;]{1,30}?)|"
    r"(?:^|[(]?[a-z]\)? |[\d.]+ |\b)(?:a |an )?(?:letter|statement|submission|correspondence) "
    r"from (?:the )?@(?P<f>\d+)@(?: (?:was|were) (?:read out|read|received|tabled|noted))?)"
    r",? in support of (?:the |our |its |their |item )?(?P<after>@\d+@(?!['’]s))?"
    # (a plan, not a body nor another's plan: "in support of the department", "of his office's")
    r"(?![^@;]{0,60}@\d+@['’]s)(?!(?:[\w-]+ )?(?:department|council|agency|office|authority|"
    r"board|ministry|service|police|commission|trust|government|applicant|respondent|centre|"
    r"center|unit|division|bureau|directorate|hospital|school|library|university|college|"
    r"museum|district|city|town|county|committee|court|team|union|association|society|"
    r"institute|foundation|company|firm|group|his|her|[a-z]+['’]s)\b)"
)
# "Mr X, chair of the Y, spoke in support of …", "Mr X, speaking for the Y, spoke in support of
# …": the one the speaker chairs or speaks for speaks; "… of the Council's proposed programme"
# names whose plan it is
_CHAIR_SPOKE = re.compile(
    r"^(?:[\d.]+ )?(?:(?:mr|mrs|ms|dr|cllr|councillor)\.? )?@(?P<p>\d+)@, "
    r"(?:(?:the )?(?:[\w-]+ ){0,2}?"
    r"(?:chair|chairman|chairwoman|chairperson|president|coordinator|co-ordinator|secretary|"
    r"director|spokesperson|organiser|organizer|chief executive|manager|treasurer|trustee)"
    r"(?:,| of)|speaking for|on behalf of|representing) (?:the )?@(?P<s>\d+)@,? (?:spoke|"
    r"speaking) in support of\b(?: (?:the )?(?:[\w-]+ ){0,3}?(?:of )?(?:the )?"
    r"@(?P<whose>\d+)@['’]s)?"
)
# A committee or panel whose minutes they are sits in the council the plan is of
_COMMITTEE = re.compile(r"\b(?:committee|sub-committee|subcommittee|panel)$", re.IGNORECASE)
_COUNCIL = re.compile(r"\b(?:council|borough|city of|county of)\b", re.IGNORECASE)
_NOT_PLANNERS = {"Company", "Person"} | THING_TYPES
_CONFIDENCE = 0.55


def backing(sentence: Sentence, own: str | None, main: str | None) -> list[Found]:
    """The support the sentence tells (see the module's note)."""
    text, out = sentence.masked, []
    backed = _BACKED.search(text)
    if backed is not None:
        if backed.group("o"):
            body = sentence.entity(int(backed.group("o")[1:-1])).key
        elif backed.group("own"):
            body = sentence_voice(sentence) or own
        elif backed.group("kind"):
            body = _of_kind(sentence, main, backed.group("kind"))
        else:  # "its plan": the body the sentence named before, or the text's
            named = re.findall(r"@(\d+)@", text[: backed.start("its")])
            bodies = [sentence.entity(int(i)).key for i in named if int(i) != int(backed["s"])]
            body = bodies[-1] if bodies else main
        out += _support(sentence, int(backed.group("s")), body)
    spoke = _SPOKE.search(text) or _CHAIR_SPOKE.search(text)
    after = spoke.groupdict().get("after") if spoke is not None else None
    if after is not None and sentence.entity(int(after[1:-1])).type not in THING_TYPES:
        spoke = None  # "in support of the centre": of the body named (the rules read that)
    if spoke is not None:
        group = spoke.group("s") or spoke.groupdict().get("f")
        whose = spoke.groupdict().get("whose")
        body = sentence.entity(int(whose)).key if whose else sentence_voice(sentence) or own
        body = _council_of(sentence, body) or body or main
        # (of a public body's plan: a firm the text is most about is the seller, not the one
        # whose renewal or application is spoken for)
        entity = sentence.doc.entities.get(body) if body else None
        # (a council named as such is public, however its bare name was typed)
        public = entity is not None and (
            entity.type == "GovernmentAgency" or _COUNCIL.search(entity.name) is not None
        )
        if public:
            out += _support(sentence, int(group), body)
    return out


def _council_of(sentence: Sentence, body: str | None) -> str | None:
    """The one council a committee's minutes name, for the committee itself."""
    entity = sentence.doc.entities.get(body) if body else None
    if entity is None or not _COMMITTEE.search(entity.name):
        return None
    councils = [
        e.key
        for e in sentence.doc.entities.values()
        if e.type not in _NOT_PLANNERS
        and not e.place
        and _COUNCIL.search(e.name)
        and not _COMMITTEE.search(e.name)
    ]
    return councils[0] if len(councils) == 1 else None


def for_their_group(sentence: Sentence, said: list[Found]) -> list[Found]:
    """What the sentence says, without the support of one who spoke for a group whose support
    it tells ("Mr X, chair, Y, spoke in support of …": Y's, not Mr X's own)."""
    spoke = _CHAIR_SPOKE.search(sentence.masked)
    if spoke is None:
        return said
    speaker, group = sentence.entity(int(spoke["p"])).key, sentence.entity(int(spoke["s"])).key
    backed = {f.object for f in said if f.subject == group and f.relation == "supports"}
    return [f for f in said if not (f.subject == speaker and f.object in backed)]


def sentence_voice(sentence: Sentence) -> str | None:
    """The body the sentence speaks for as "we" (voices.py), if any."""
    voice = sentence.doc.voices.get(sentence.start)
    return voice[1] if voice else None


def _of_kind(sentence: Sentence, main: str | None, kind: str) -> str | None:
    """The body of the kind the text calls it ("the council's plan" of the Wealdshire County
    Council): the one the text is most about, else the one body of that kind it names."""
    word = re.compile(rf"\b{re.escape(kind)}\b", re.IGNORECASE)
    entity = sentence.doc.entities.get(main) if main else None
    if entity is not None and word.search(entity.name):
        return entity.key
    bodies = [
        e.key
        for e in sentence.doc.entities.values()
        if e.type == "GovernmentAgency" and not e.place and word.search(e.name)
    ]
    return bodies[0] if len(bodies) == 1 else None


def _support(sentence: Sentence, backer: int, body: str | None) -> list[Found]:
    group = sentence.entity(backer)
    target = sentence.doc.entities.get(body) if body else None
    # (a group, or another public body: "Hartsdown Parish Council wrote in support of …")
    backers = GROUP_TYPES | {"GovernmentAgency"}
    if target is None or group.type not in backers or group.place or group.key == body:
        return []
    if target.type in THING_TYPES or target.type == "Person":
        return []
    return [Found(group.key, "supports", target.key, _CONFIDENCE, "backs a plan")]
