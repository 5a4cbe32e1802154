"""A letter's address block: the addressee's name, post and body on lines of their own ("Dr
Helen Marchetti-Voss" over "Director of Aviation Safety and Chief Executive Officer" over "Civil
Aviation Regulatory Authority (CARA)"). The post says whether the addressee heads the body or
works for it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entity import ORG_TYPES
from .lexicon import LEADER_TITLES
from .line_staff import HONORIFIC, staff_line
from .staff_lines import HEADS, person_named

if TYPE_CHECKING:
    from . import Candidate
    from .mentions import DocumentEntities

_BLOCK_LINES = 15  # the lines of a letter's head its address block stands in
# A post on a line of its own: capitalised words ending as a post does
_POST = re.compile(r"(?:[A-Z][\w'’-]*|of|and|for|the|&)(?: (?:[A-Z][\w'’-]*|of|and|for|the|&))*")
_POST_ENDS = re.compile(
    r"\b(?:officer|director|manager|secretary|commissioner|minister|chair|chairperson|"
    r"president|head|chief|registrar|controller|administrator|executive|general)$",
    re.IGNORECASE,
)


def addressed(blank: Candidate, doc: DocumentEntities) -> list[Candidate]:
    """The addressee's lead of, or work for, the body its address block names."""
    lines = doc.text[doc.body_start :].split("\n")[:_BLOCK_LINES]
    offset = doc.body_start
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    for k in range(len(lines) - 2):
        person = doc.lookup(HONORIFIC.sub("", lines[k].strip()))
        post = lines[k + 1].strip()
        body = doc.lookup(re.sub(r"\s*\([^()]*\)$", "", lines[k + 2].strip()))
        if person is None or not person_named(person) or body is None:
            continue
        if body.type not in ORG_TYPES or body.place or not _POST.fullmatch(post):
            continue
        posts = [p.strip().lower() for p in re.split(r" and | & ", post)]
        if not any(_POST_ENDS.search(p) for p in posts):
            continue
        # (an administration's "Administrator", a ministry's "Minister" heads it too)
        heads = any(HEADS.fullmatch(p) or p in LEADER_TITLES for p in posts)
        span = (starts[k], starts[k + 2] + len(lines[k + 2]))
        title = "head" if heads else posts[-1]
        return [staff_line(blank, doc, person.key, body.key, title, span, "address block")]
    return []
