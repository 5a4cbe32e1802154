"""The chair of the committee or board whose minutes or report a text is: the member marked
"(Chair)" on its members' line ("Present: Cllr X (Chair), Cllr Y", "1.2 Members: Hon. X
(Chairperson); …") leads the committee its heading names ("ADULT SOCIAL CARE AND HEALTH
SCRUTINY COMMITTEE", "BOARD OF COMMISSIONERS — REGULAR MEETING MINUTES"). Where the heading
names no committee or board, whom the chair leads is left unsaid."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...names import normalize
from .line_staff import HONORIFIC, staff_line
from .staff_lines import person_named

if TYPE_CHECKING:
    from . import Candidate
    from .mentions import DocumentEntities

_MEMBERS = re.compile(
    r"(?:\d+(?:\.\d+)* )?(?:(?:members|commissioners|trustees|councillors|directors|board "
    r"members) (?:present|in attendance)|present|in attendance|members(?: of the (?:committee|"
    r"board|panel))?)\s*:\s*(?P<items>.+)",
    re.IGNORECASE,
)
_CHAIR = re.compile(
    r"\s*\((?:chair|chairperson|chairman|chairwoman|presiding|president)\)\s*$", re.I
)
_POSTNOMINAL = re.compile(r",?\s*\b(?:MP|MPP|MLA|MHA|MSP|TD|MNA|QC|KC|SC|JP)\b")
_MEMBERS_HEADING = re.compile(r"(?:committee |board |panel )?(?:membership|members)", re.I)
_HON = re.compile(r"^(?:hon|rt hon|commissioner|councillor|senator)\.? ", re.IGNORECASE)
# A committee's or a board's name, as its heading line gives it
_PANEL = re.compile(r"\b(?:committee|subcommittee|board|panel)(?:$| (?:of|on|for)\b)", re.I)
_DOCUMENT = re.compile(r"(?:report|minutes|agenda) of\b|.*\b(?:hansard|transcript)$", re.I)
_MEETING = re.compile(r"\b(?:called the meeting to order|minutes of|regular meeting)\b", re.I)
_HEADING_LINES = 6  # the lines of the text's head the committee's name may stand in


def chaired(blank: Candidate, doc: DocumentEntities) -> list[Candidate]:
    """The chair's lead of the committee whose minutes or report the text is."""
    panel = panel_named(doc)
    if panel is None:
        return []
    offset, listed = 0, False
    for line in doc.text.split("\n"):
        span = (offset, offset + len(line))
        offset += len(line) + 1
        # (or the line under a heading of its own: "Committee membership")
        match = _MEMBERS.fullmatch(("Members: " if listed else "") + line.strip().rstrip("."))
        listed = _MEMBERS_HEADING.fullmatch(line.strip()) is not None
        if match is None or span[0] < doc.body_start:
            continue
        items = _POSTNOMINAL.sub("", match["items"])  # "Hon. X, MP (Chair)"
        for item in re.split(r";|,(?![^()]*\))", items):
            if not _CHAIR.search(item):
                continue
            name = _HON.sub("", HONORIFIC.sub("", _CHAIR.sub("", item).strip())).strip()
            person = doc.lookup(name)
            if person is not None and person_named(person):
                return [staff_line(blank, doc, person.key, panel, "chair", span, "chair present")]
        return []
    return []


def panel_named(doc: DocumentEntities) -> str | None:
    """The key of the committee or board the text's first lines name first, if one does."""
    head = "\n".join(doc.text[doc.body_start :].split("\n")[:_HEADING_LINES])
    found = [
        (at, entity.key)
        for entity in doc.entities.values()
        if _PANEL.search(entity.name)
        and " " in entity.name  # (not a bare "Committee")
        and not entity.place
        and entity.type != "Person"
        # (no title: "REPORT OF THE X COMMITTEE ON …", "Official Committee Hansard")
        and not _DOCUMENT.match(entity.name)
        for name in entity.names
        for at in [head.find(name)]
        if at >= 0
    ]
    return min(found)[1] if found else None


def meeting_panel(doc: DocumentEntities) -> str | None:
    """The committee or board whose meeting or report the text is, named by a heading line of
    its own or with a members' line: the one a bare "Chair X" chairs (not a committee a news
    story's headline names: "Powell testifies before House Financial Services Committee")."""
    panel = panel_named(doc)
    lines = [line.strip().rstrip(".") for line in doc.text[doc.body_start :].split("\n")]
    names = {normalize(name) for name in doc.entities[panel].names} if panel else set()
    heading = any(normalize(line) in names for line in lines[:_HEADING_LINES])
    met = _MEETING.search(doc.text, doc.body_start)  # ("called the meeting to order")
    return panel if heading or met or any(_MEMBERS.fullmatch(line) for line in lines) else None
