"""A name with a body's head noun after it in lower case ("the Greave County authority", "the
Kelridge university") is the body named in full that begins with that name and ends with that
head ("Greave County 911 Authority"), when the text names exactly one such body."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entity import ORG_TYPES, Mention

if TYPE_CHECKING:
    from .mentions import DocumentEntities

_HEAD = re.compile(
    r" (authority|agency|department|office|council|board|commission|district|service|"
    r"university|college|court|union|network|coalition|alliance|association|center|centre)"
    r"(['’]s)?\b"
)


def headed_names(doc: DocumentEntities, named: list[Mention], span) -> list[Mention]:
    """The mentions, with each such name and head noun read as the body named in full."""
    out = []
    for mention in named:
        match = None if mention.possessive else _HEAD.match(doc.text, mention.end, span[1])
        body = _body(doc, mention.key, match.group(1)) if match else None
        if body is None:
            out.append(mention)
            continue
        out.append(Mention(mention.start, match.end(), body, bool(match.group(2)), generic=True))
    return out


def _body(doc: DocumentEntities, key: str, head: str) -> str | None:
    words = doc.entities[key].name.lower().split()
    bodies = {
        entity.key
        for entity in doc.entities.values()
        if entity.key != key
        and entity.type in ORG_TYPES
        and not entity.place
        and len(entity.name.split()) > len(words)
        and entity.name.lower().split()[: len(words)] == words
        and entity.name.lower().split()[-1] == head
    }
    return bodies.pop() if len(bodies) == 1 else None
