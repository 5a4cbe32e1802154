"""Boards, councils and committees an article describes rather than names.

"the AI ethics board for police technology company Axon", "Acme's advisory council", "its
oversight committee": a body of an organisation, written in lower case, is an organisation of
its own ("Axon AI Ethics Board") and part of its owner. One owner has one body of each kind
("Axon's AI board" is the same board), and a later "the board" means the body last described.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clauses import words
from .entity import Mention
from .headnouns import SAID_HEADS

if TYPE_CHECKING:
    from .mentions import DocumentEntities

_NAME = r"[A-Z][\w&.-]*(?:(?:['’]s)? [A-Z][\w&.-]*)*"  # "Acme County Sheriff's Office"
_HEADS = r"board|council|committee|panel|commission"
_BODY = re.compile(
    r"\b(?:[Tt]he|its|their|(?:[Tt]he )?(?P<poss>" + _NAME + r")['’]s)\s+"
    r"(?P<words>(?:(?:[A-Z]{2,4}|[a-z]+)\s+){0,3}?)(?P<head>" + _HEADS + r")\b"
    r"(?:\s+(?:for|of|at)\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}?(?P<owner>" + _NAME + r"))?"
)
# Words that make a body a standing organ of its owner, not any meeting or a company's board
# of directors.
_KINDS = words("""
    ethics advisory oversight review safety ai privacy civilian audit accountability
    independent external scientific
""")
_THE_BODY = re.compile(r"\b[Tt]he (" + _HEADS + r")\b(?!\s+of\b)")
_OWNERS = ("Company", "Organization", "GovernmentAgency", "ResearchOrganization", "AdvocacyGroup")


def described_bodies(doc: DocumentEntities, named: list[Mention], span) -> list[Mention]:
    """The sentence's mentions with every described body added; a possessor the body's
    mention takes in ("Axon's AI board") is no longer a mention of its own."""
    text, start = doc.text, span[0]
    sentence = text[start : span[1]]
    out = list(named)
    taken = [(m.start, m.end) for m in named]
    for match in _BODY.finditer(sentence):
        words = match.group("words").split()
        if not {w.lower() for w in words} & _KINDS:
            continue
        owner = _owner(doc, named, match, start)
        if owner is None:
            continue
        body = doc.body_of(owner, match.group("head"), words)
        doc.order.append(owner.key)  # named all the same: "the department" may mean it next
        begin = start + (match.start("poss") if match.group("poss") else match.start("words"))
        end = start + match.end("head")
        out = [m for m in out if not (begin <= m.start < end)]
        out.append(Mention(begin, end, body.key, generic=True))
        taken.append((begin, end))
    for match in _THE_BODY.finditer(sentence):
        begin, end = start + match.start(), start + match.end()
        if any(s < end and begin < e for s, e in taken):
            continue
        body = doc.last_body(match.group(1), begin)
        if body is not None:
            out.append(Mention(begin, end, body.key, generic=True))
    _kinds_said(doc, named, span)
    return sorted(out, key=lambda m: (m.start, m.end))


# What an apposition says a body is: "Families Not Files, a charity that supports parents",
# "the Velanagar Nagarik Manch, a citizens' forum," (so "the charity", "the forum" mean it)
_SAID_TO_BE = re.compile(
    r",? (?:(?:is|was) )?(?:an?|the) (?:(?:[\w-]+|[\w-]+['’]s?) ){0,3}?(?P<noun>"
    + SAID_HEADS
    + r")\b(?![-'’])"
)


def _kinds_said(doc: DocumentEntities, named: list[Mention], span) -> None:
    """Mark each organisation the sentence says is a charity, forum, union … with that noun."""
    for mention in named:
        entity = doc.entities.get(mention.key)
        if entity is None or entity.type not in _OWNERS or mention.end >= span[1]:
            continue
        said = _SAID_TO_BE.match(doc.text, mention.end, span[1])
        if said:
            entity.said_to_be.add(said.group("noun"))


def _owner(doc: DocumentEntities, named: list[Mention], match, start: int):
    """Whose body it is: the possessor, the organisation after "for"/"of", or for "its" the
    organisation the sentence named last before it."""
    for group in ("poss", "owner"):
        if match.group(group):
            at = start + match.start(group)
            mention = next((m for m in named if m.start == at), None)
            entity = doc.entities.get(mention.key) if mention else None
            return entity if entity and entity.type in _OWNERS else None
    if match.group(0).split()[0].lower() in ("its", "their"):
        before = [m for m in named if m.end <= start + match.start()]
        for mention in reversed(before):
            entity = doc.entities.get(mention.key)
            if entity and entity.type in _OWNERS:
                return entity
    return None
