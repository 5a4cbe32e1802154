"""Mentions by description or pronoun ("the company", "she", "its software", "employees"),
each resolved to the entity it most likely means."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entity import ORG_TYPES, THING_TYPES, Mention

if TYPE_CHECKING:
    from .mentions import DocumentEntities

# How far back "the company" or "the city" looks: a few paragraphs, so that a huge file is
# read in linear time.
_RECENT = 300
_REFERENCE = re.compile(
    r"(?P<company>\b[Tt]he (?:company|firm|startup|vendor|contractor|tech giant)(?:['’]s)?)"
    r"|(?P<agency>\b[Tt]he (?:agency|department|bureau)(?:['’]s)?)"
    r"|(?P<group>\b[Tt]he (?:group|coalition|organi[sz]ation|nonprofit|watchdog)(?:['’]s)?)"
    r"|(?P<outlet>\b[Tt]he (?:newspaper|outlet|publication)(?:['’]s)?)"
    r"|(?P<city>\b[Tt]he city(?:['’]s)?)"
    r"|(?P<person>^(?:She|He)\b)"
    # "It sells …" at a sentence's start is the organisation last named; "It is …" rarely is.
    r"|(?P<it>^It\b(?!['’]s| (?:is|was|seems|appears|remains|(?:has|had|will|would|could|may|"
    r"might) be)\b))"
    r"|(?P<thing>(?:\bthe |\bits |(?P<owner>[A-Z][\w]+(?:['’]s) ))(?:[\w-]+ ){0,3}?"
    r"(?:software|technology|tech|tool|app|system|platform)\b)"
    r"|(?P<staff>\b(?:employees|employee(?= efforts| group| letter| petition)|signees|staffers)\b)"
    # "They" opening a sentence, or "the members", go on about the group the last sentence
    # was about.
    r"|(?P<they>^They\b|\b[Tt]he (?:members|activists|protesters|organi[sz]ers|signatories)\b)"
)


def references(doc: DocumentEntities, named: list[Mention], span) -> tuple[list[Mention], set]:
    """Mentions by description or pronoun, resolved to the last fitting entity.

    Also returns the spans of named mentions a description replaces: in "Amazon's facial
    tech", the mention is of the product, not of Amazon.
    """
    text = doc.text
    out = []
    replaced: set[tuple[int, int]] = set()
    taken = [(m.start, m.end) for m in named]

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    def recent(types, before: int, owner: str | None = None) -> str | None:
        earlier = [m.key for m in named if m.end <= before]
        for key in reversed(doc.order[-_RECENT:] + earlier):
            entity = doc.entities.get(key)
            if entity and entity.employer and "Company" in types and not owner:
                entity = doc.entities.get(entity.employer)  # "Amazon employees … the company"
            fits = entity and entity.type in types and not entity.place
            if fits and (owner is None or entity.developer == owner):
                return entity.key
        return None

    sentence = text[span[0] : span[1]]
    for match in _REFERENCE.finditer(sentence):
        start, end = span[0] + match.start(), span[0] + match.end()
        owner_mention = None
        if match.group("owner"):
            owner_mention = next((m for m in named if m.start == start and m.possessive), None)
            if owner_mention:
                taken.remove((owner_mention.start, owner_mention.end))
        if not free(start, end):
            if owner_mention:
                taken.append((owner_mention.start, owner_mention.end))
            continue
        word = match.group(0).lower()
        key = None
        if match.group("company"):
            key = _subject_of_last(doc, named, start, {"Company", "Organization"})
            key = key or recent({"Company", "Organization"}, start)
        elif match.group("agency"):
            key = recent({"GovernmentAgency"}, start)
        elif match.group("group"):
            key = recent({"AdvocacyGroup", "EmployeeGroup", "Organization"}, start)
        elif match.group("outlet"):
            key = recent({"MediaOrganization"}, start)
        elif match.group("city"):
            key = _last_place(doc, named, start)
        elif match.group("person"):
            key = recent({"Person"}, start)
        elif match.group("it"):
            key = recent(ORG_TYPES - {"EmployeeGroup", "MediaOrganization"}, start)
        elif match.group("thing"):
            owner = owner_mention.key if owner_mention else None
            key = recent(THING_TYPES, start, owner) if owner else recent({"Product"}, start)
            if owner_mention and key is None:
                taken.append((owner_mention.start, owner_mention.end))
                continue
            if owner_mention:
                replaced.add((owner_mention.start, owner_mention.end))
        elif match.group("they"):
            subject = doc.entities.get(doc.previous_subject or "")
            if subject and subject.type in ("AdvocacyGroup", "EmployeeGroup"):
                key = subject.key
        elif match.group("staff"):
            group = doc.main_group()
            key = group.key if group else None
        if key:
            out.append(Mention(start, end, key, word.endswith(("'s", "’s")), generic=True))
            taken.append((start, end))
    return out, replaced


def _last_place(doc: DocumentEntities, named: list[Mention], before: int) -> str | None:
    keys = [m.key for m in named if m.end <= before]
    for key in reversed(doc.order[-_RECENT:] + keys):
        entity = doc.entities.get(key)
        if entity and (entity.city or entity.name.lower().startswith("city of")):
            return key
    return None


def _subject_of_last(doc: DocumentEntities, named: list[Mention], before: int, types) -> str | None:
    """The entity the last sentence was about, if it fits and this sentence has named none that
    fits before the reference: a description goes on about the topic, not the last name read."""
    if any(doc.entities[m.key].type in types for m in named if m.end <= before):
        return None
    subject = doc.entities.get(doc.previous_subject or "")
    return subject.key if subject and subject.type in types and not subject.place else None
