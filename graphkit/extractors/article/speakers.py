"""First persons inside a quotation: the speaker the sentence names outside it.

In `"We oppose the contract," said Jane Roe of the Privacy League.` "we" is the League (the
organisation the speaker is named with), and "I" is Jane Roe; `"We condemn X," the League said`
makes "we" the League. The clause reader then reads the quoted sentence like any other.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entity import Mention

if TYPE_CHECKING:
    from .mentions import DocumentEntities

_QUOTE = re.compile(r"[“\"]([^”\"]{3,}?)[”\"]")
_SAYING = r"(?:said|says|say|told|tells|wrote|writes|added|adds|stated|argued|argues)"
_AFTER = re.compile(r"^,?\s*" + _SAYING + r"\s+(?:the\s+)?$")  # `," said ` before the speaker
_BEFORE = re.compile(r"^\s*,?\s*(?:the\s+)?$")  # `," ` before a speaker who then says
# between the speaker and their organisation: " of the ", ", a spokeswoman for "
_OF = re.compile(
    r"^(?:,?\s+|,\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,4}?)(?:of|from|at|with|for|in)\s+"
    r"(?:the\s+)?$"
)
_OWNER = re.compile(r"^,\s+(?:the\s+)?$")
_FIRST = re.compile(r"\b(?:We|we|I)\b")
_ORGS = ("AdvocacyGroup", "EmployeeGroup", "Organization", "Company", "GovernmentAgency",
         "ResearchOrganization", "MediaOrganization")  # fmt: skip


def first_persons(doc: DocumentEntities, named: list[Mention], span) -> list[Mention]:
    """Mentions of the speaker for "we" and "I" inside the sentence's quotations."""
    text, out = doc.text, []
    for quote in _QUOTE.finditer(text, span[0], span[1]):
        speaker = _speaker(doc, named, quote.end(), span[1])
        if speaker is None:
            continue
        person, group = speaker
        for word in _FIRST.finditer(text, quote.start(1), quote.end(1)):
            key = person if word.group(0) == "I" else (group or person)
            if key and not any(m.start < word.end() and word.start() < m.end for m in named):
                out.append(Mention(word.start(), word.end(), key, generic=True))
    return out


def _speaker(doc, named: list[Mention], after: int, end: int):
    """(person, organisation) of the speaker named right after a quotation."""
    later = [m for m in named if m.start >= after and m.end <= end]
    if not later:
        return None
    first = later[0]
    between = doc.text[after : first.start]
    entity = doc.entities[first.key]
    if entity.type == "Person" and _AFTER.match(between):
        org = None
        between = doc.text[first.end : later[1].start] if len(later) > 1 else ""
        owner = len(later) > 1 and later[1].possessive and _OWNER.match(between)
        if len(later) > 1 and (_OF.match(between) or owner):  # "X of Y", "X, Y's director"
            candidate = doc.entities[later[1].key]
            org = candidate.key if candidate.type in _ORGS and not candidate.place else None
        return first.key, org
    if entity.type in _ORGS and not entity.place and (_AFTER.match(between) or (
        _BEFORE.match(between) and re.match(r"\s+" + _SAYING + r"\b", doc.text[first.end : end])
    )):  # fmt: skip
        return None, first.key
    return None
