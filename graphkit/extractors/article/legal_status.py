"""A notice's "Legal status:" line, which names the body its buyer answers to: "Legal status:
Decentralised public service under the Ministry of Health Networks", "Legal status: central
government agency supervised by the Ministry of X". The buyer is part of that body."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .rules import Found

if TYPE_CHECKING:
    from .mentions import DocumentEntities

_LEGAL_STATUS = re.compile(r"^\s*(?:[IVX\d.]+\)\s*)?legal status\s*:", re.IGNORECASE | re.MULTILINE)
_ANSWERS_TO = re.compile(
    r"\b(?:under|supervised by|attached to|reporting to|an? (?:agency|body|department) of)"
    r" (?:the )?$",
    re.IGNORECASE,
)
_CONFIDENCE = 0.6


def legal_status_parents(
    text: str, ordered: list[tuple[int, int, str]], ents: DocumentEntities, buyer: str | None
) -> list[tuple[Found, tuple[int, int]]]:
    """(fact, line span) for the body a notice's legal-status line puts its buyer under."""
    if buyer is None:
        return []
    out = []
    for status in _LEGAL_STATUS.finditer(text):
        end = text.find("\n", status.end())
        end = len(text) if end == -1 else end
        for start, _end, key in ordered:
            if not status.end() <= start < end:
                continue
            parent = ents.entities[key]
            before = text[status.end() : start]
            if _ANSWERS_TO.search(before) and parent.type == "GovernmentAgency" and key != buyer:
                found = Found(buyer, "partOf", key, _CONFIDENCE, "legal status")
                out.append((found, (status.start(), end)))
            break  # (only the first name on the line: the one the buyer answers to)
    return out
