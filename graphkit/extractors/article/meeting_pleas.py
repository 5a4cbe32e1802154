"""A plea made to a meeting: "Ms X, coordinator of Y, asked the Committee to reject the proposal
in item 5", "Mr X, chair of Y, asked the Committee to recommend that the Council drop the
automatic closure of reports", "The Y has asked the Council to suspend automated flagging",
"Y has asked the Board to suspend the fee". The group opposes the body whose decision it is:
the council a committee or a cabinet reports to ("Council" alone being the text's council), the
body a board governs; the one who speaks for the group opposes nothing in their own name. A plea
to refuse another's application opposes the applicant, which the sentence does not name, and
gives nothing here."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .entity import GROUP_TYPES, THING_TYPES
from .rules import Found

if TYPE_CHECKING:
    from .relations import Sentence

# The post of one who speaks for a group: "coordinator", "Branch Secretary", "chair"
_ROLE = (
    r"(?:[\w'’-]+ ){0,2}?(?:chair\w*|president|co-?ordinator|secretary|director|spokes\w+|"
    r"organi[sz]er|member|treasurer|convenor|founder|manager|officer|representative|"
    r"campaigner|lead|head)"
)
_PLEA = re.compile(
    r"(?:^|[.;:] |^[\d.]+ )(?:(?:mr|mrs|ms|dr|cllr|councillor)\.? )?"
    r"(?:@(?P<p>\d+)@, (?:the |its )?" + _ROLE + r"(?:,| of| for) (?:the )?@(?P<g>\d+)@"
    r"|(?:the )?@(?P<s>\d+)@)"
    r",?(?: [^@;]{1,60}?,)? (?:has |have |had |also )*asked (?:the )?@(?P<addr>\d+)@ "
    r"(?:not to (?P<keep>renew|enable|extend|approve|award|adopt|proceed|sign)\b|to "
    r"(?:recommend (?:to (?:the )?@\d+@ )?(?:that (?:the )?@(?P<then>\d+)@ )?)?"
    r"(?P<end>reject|refuse|defer|delay|postpone|drop|suspend|withdraw|halt|stop|pause|end|"
    r"scrap|switch off|turn off|remove|cancel|reconsider|abandon)\b)"
    r"(?P<rest>[^;]*)"
)
# What another party asked for: its application, licence or planning permission
_ANOTHERS = re.compile(r"^ (?:the |its |their )?(?:[\w-]+ )?(?:application|licen[cs]e|permit)\b")
_MEETINGS = re.compile(r"(?i)\b(?:committee|cabinet|panel|sub-committee|council|councillors)\b")
_BOARD = re.compile(r"(?i)\bboard\b")
_COUNCIL = re.compile(r"(?i)\b(?:council|city of|town of|county of|borough|municipality|shire)\b")
_NOT_COUNCIL = re.compile(
    r"(?i)\b(?:committee|cabinet|panel|tax|forum|association|parish|chamber|hall|offices|room)\b"
)
_CONFIDENCE = 0.55


def meeting_pleas(sentence: Sentence, main: str | None, said: list[Found]) -> list[Found]:
    """`said` with the opposition a plea to a meeting tells (see the module's note), in place
    of the meeting's own: the committee or the board asked decides for another."""
    plea = _PLEA.search(sentence.masked)
    if plea is None or _ANOTHERS.match(plea.group("rest")):
        return said
    group = sentence.entity(int(plea.group("g") or plea.group("s")))
    if group.type not in GROUP_TYPES or group.place:
        return said
    rest = plea.group("rest").split(",")[0]  # (the plea's own words, to its clause's end)
    if "@" in re.sub(r"@\d+@['’]s|(?:in|on|through) @\d+@", "", rest):
        return said  # another party named in what is to end: the pattern rules read that
    asked = sentence.entity(int(plea.group("addr")))
    if asked.type == "Company" or asked.legal_form:
        return said  # (a firm's "Organising Committee Ltd" decides for itself)
    if plea.group("then"):
        body = _council(sentence, sentence.entity(int(plea.group("then"))))
    else:
        body = _whose_decision(sentence, asked, main)
    if body is None or body.key == group.key or body.type in ("Company", "Person", *THING_TYPES):
        return said
    # (the one who spoke for the group opposes nothing of their own)
    speaker = sentence.entity(int(plea.group("p"))).key if plea.group("p") else None
    kept = [
        f
        for f in said
        if not (f.relation == "opposes" and (f.object == asked.key or f.subject == speaker))
    ]
    return [*kept, Found(group.key, "opposes", body.key, _CONFIDENCE, "plea to a meeting")]


def _whose_decision(sentence: Sentence, asked, main: str | None):
    """The body a meeting decides for: a committee's or a cabinet's council, a board's body."""
    if _BOARD.search(asked.name) and not _COUNCIL.search(asked.name):
        owner = sentence.doc.entities.get(asked.part_of) if asked.part_of else None
        if owner is None and main is not None and main != asked.key:
            owner = sentence.doc.entities.get(main)
        return owner
    if _MEETINGS.search(asked.name):
        return _council(sentence, asked)
    return None


def _council(sentence: Sentence, named):
    """The council a name means: itself when whole ("Wealdshire County Council"), else the
    council the text names most ("Council" alone, a committee's)."""
    whole = len(named.name.split()) > 1
    if whole and _COUNCIL.search(named.name) and not _NOT_COUNCIL.search(named.name):
        return named
    doc = sentence.doc
    counts = Counter(
        key
        for key in doc.order
        if (e := doc.entities.get(key)) is not None
        and e.type == "GovernmentAgency"
        and len(e.name.split()) > 1
        and _COUNCIL.search(e.name)
        and not _NOT_COUNCIL.search(e.name)
    )
    if not counts:
        return None
    return doc.entities[max(sorted(counts), key=lambda k: counts[k])]
