"""Who belongs to what a sentence lists: "Board members who are resigning include: A, B and C".

A company's customers listed the same way ("X's customers include A and B") are supplied by it;
its investors ("X's investors include A and B") fund it.

A list introduced by "include(s)" or "including" after a noun of membership ("members",
"signatories", "the board") names people of an organisation: the one the noun phrase names
("members of X", "X's board members") or, for a bare "the board" or "the coalition", the last
organisation named with that head word. When the noun phrase says its members resign or quit,
each opposes what the document last said people resigned over ("Nine members of X resigned
over Y. … Members who resigned include A and B": A and B oppose Y).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .checks import unstated
from .entity import ORG_TYPES
from .rules import Found

if TYPE_CHECKING:
    from .relations import Sentence

# "include: A, B and C", "including A and B", "are A, B and C" after a noun of membership.
_INCLUDE = re.compile(
    r"(?P<np>(?:^|[;(]|, )[^;()]{0,90}?)\b(?:include|includes|included|including|are|were)"
    r"\b:? (?:the )?@(?P<first>\d+)@"
)
_MEMBERSHIP = re.compile(r"\b(?:members?|signatories|signers|board|council|committee|panel)\b")
# Organisations a bare "the board" can mean, by the last word of their names.
_HEADS = ("board", "council", "committee", "panel", "coalition", "commission")
_RESIGNING = re.compile(r"\b(?:resign\w*|quit\w*|step\w* down|stood down|walk\w* out)\b")
_RESIGNED_OVER = re.compile(
    r"\b(?:resign\w*|quit\w*|step\w* down|stood down|walk\w* out)\b[^@;]{0,40}?"
    r"\b(?:over|in protest (?:of|over|against)|because of)\b(?: [^@;]{0,40}?)?@(?P<o>\d+)@"
)
_ORGS = ORG_TYPES - {"EmployeeGroup"}
# What a firm's listed customers and investors are to it
_TIES = ((r"customers|clients", "supplies"), (r"investors|backers", "funds"))
_FORMER = re.compile(r"\b(?:former|past|prospective|potential|would-be|onetime|one-time|ex)\b")
_MEMBERS_OF = re.compile(r"\bmembers of (?:the )?@(\d+)@(?!'s)|@(\d+)@(?:'s)? (?:board )?members\b")


def memberships(sentence: Sentence) -> list[Found]:
    """People listed as members of an organisation, and what resigning members oppose."""
    text, doc, out = sentence.masked, sentence.doc, []
    for match in _RESIGNED_OVER.finditer(text):
        if unstated(text, match.start(), match.end()):
            continue
        doc.resigned_over = sentence.entity(int(match.group("o"))).key
    for match in _MEMBERS_OF.finditer(text):
        entity = sentence.entity(int(match.group(1) or match.group(2)))
        if entity.type in _ORGS and not entity.place:
            doc.members_of = entity.key  # what a later bare "members" are members of
    for match in _INCLUDE.finditer(text):
        if unstated(text, match.start(), match.end()):
            continue
        np = match.group("np")
        # "the members" may stand in the text as the group it refers to
        written = " ".join(
            doc.text[m.start : m.end].lower()
            for m in (sentence.mentions[int(i)] for i in re.findall(r"@(\d+)@", np))
        )
        customers = _customers(sentence, np, int(match.group("first")))
        if customers:
            out.extend(customers)
            continue
        if not _MEMBERSHIP.search(np + " " + written):
            continue
        members = _people(sentence.entity(i) for i in sentence.members(int(match.group("first"))))
        org = _organisation(sentence, np)
        for person in members:
            if org and org.key != person.key:
                out.append(Found(person.key, "worksFor", org.key, 0.6, "members include"))
            reason = getattr(doc, "resigned_over", None)
            if reason and _RESIGNING.search(np) and reason != person.key:
                out.append(Found(person.key, "opposes", reason, 0.55, "members resigning"))
    return out


def _people(listed) -> list:
    """The people of a list of members. A name nothing has typed, listed with people, is a
    person too: "Wael Abd-Almageed, Miles Brundage and Ryan Calo"."""
    listed = list(listed)
    if not any(e.type == "Person" for e in listed):
        return []
    for entity in listed:
        if entity.guessed and 2 <= len(entity.name.split()) <= 3:
            entity.type, entity.guessed = "Person", False
    return [e for e in listed if e.type == "Person"]


def _customers(sentence: Sentence, np: str, first: int) -> list[Found]:
    """ "X's customers include A and B": X supplies each. "X's investors include A and B" (or
    "X, whose backers include …", "Investors in X include …"): each funds X."""
    owner = relation = None
    for nouns, tie in _TIES:
        owner = re.search(
            rf"@(\d+)@(?:'s?|,? whose) (?:[\w-]+ ){{0,2}}?(?:{nouns})\b|\b(?i:{nouns}) "
            rf"(?:of|in) (?:the )?@(\d+)@",
            np,
        )
        if owner:
            relation = tie
            break
    if owner is None:
        return []
    if _FORMER.search(np):
        return []  # "X's former investors include …": no longer
    firm = sentence.entity(int(owner.group(1) or owner.group(2)))
    if firm.type not in ("Company", "Organization"):
        return []
    listed = [
        sentence.entity(i)
        for i in sentence.members(first)
        if sentence.entity(i).type in _ORGS and sentence.entity(i).key != firm.key
    ]
    if relation == "funds":
        return [Found(e.key, "funds", firm.key, 0.65, "investors include") for e in listed]
    return [Found(firm.key, "supplies", e.key, 0.7, "customers include") for e in listed]


def _organisation(sentence: Sentence, np: str):
    """The organisation a noun phrase of membership is of: named in it, else the last one
    the document named with the phrase's head word ("board members" -> "… Ethics Board")."""
    named = [sentence.entity(int(i)) for i in re.findall(r"@(\d+)@", np)]
    named = [e for e in named if e.type in _ORGS and not e.place]
    if named:
        # "members of the ethics board for X": the board, not X
        return next((e for e in named if e.body), named[-1])
    head = next((h for h in _HEADS if re.search(rf"\b{h}\b", np)), None)
    doc = sentence.doc
    if head is None:
        last = getattr(doc, "members_of", None)
        return doc.entities.get(last) if last and re.search(r"\bmembers\b", np) else None
    earlier = doc.keys_before(sentence.start)
    for key in reversed(earlier + [m.key for m in sentence.mentions]):
        entity = doc.entities.get(key)
        if entity and entity.type in _ORGS and entity.name.lower().split()[-1] == head:
            return entity
    return None
