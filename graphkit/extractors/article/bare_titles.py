"""The organisation a leader's title names when the sentence gives it no body: "CEO X" leads
the company the text is about, "Chief executive X" a council or an agency in a text about one,
"Mayor X" a city's government, not the police department named before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .chairs import meeting_panel
from .entity import Mention
from .headnouns import body_before_title, organisation
from .offices import topic_body
from .references import salient
from .rules import COMPANY

if TYPE_CHECKING:
    from .relations import Sentence


def nearest_org(sentence: Sentence, index: int, title: str) -> int | None:
    """The organisation a bare "CEO X" leads: the company named last, in this sentence or before."""
    before = sentence.masked[: sentence.masked.find(f"@{index}@")]
    # "Council chief executive X" heads the council the text named, if any; no firm
    noun, body = body_before_title(sentence.doc, before, title)
    if noun:
        if body is None:
            return None
        sentence.mentions.append(Mention(-1, -1, body, generic=True))
        return len(sentence.mentions) - 1
    panel = meeting_panel(sentence.doc) if title in ("chair", "chairperson") else None
    if panel is not None:  # "Chair X called the meeting to order": the minutes' committee
        sentence.mentions.append(Mention(-1, -1, panel, generic=True))
        return len(sentence.mentions) - 1
    corporate = any(t in title for t in ("ceo", "founder", "chair", "chief executive"))
    previous = sentence.doc.entities.get(sentence.doc.previous_subject or "")
    if (
        title == "chief executive"
        and not (previous and previous.type in COMPANY)  # "… Port Company has moved …"
        and not any(organisation(sentence.entity(k)) for k in range(len(sentence.mentions)))
    ):
        # a council's, a health board's or an agency's chief executive, in a text about it
        public = topic_body(sentence, kinds=("GovernmentAgency",))
        if public is not None:
            sentence.mentions.append(Mention(-1, -1, public, generic=True))
            return len(sentence.mentions) - 1
    # a company's titles lead companies; a public one ("President X") may lead a state
    wanted = tuple(COMPANY) if corporate else ("GovernmentAgency",)
    wanted += ("ResearchOrganization",) if title == "headteacher" else ()  # (a school)
    for other in range(index - 1, -1, -1):
        entity = sentence.entity(other)
        if not corporate and not heads_kind(title, entity):
            continue
        if entity.type in wanted or (corporate and entity.employer):
            return other
    if not corporate:
        # "Mayor X said the council had written …", "Chief Electoral Officer X said the
        # commission …": the body a description after it names, the city's or the title's field
        told = [k for k in range(index + 1, len(sentence.mentions)) if sentence.mentions[k].generic]
        fits = [
            k for k in told if not sentence.entity(k).place and _titled(title, sentence.entity(k))
        ]
        return fits[0] if fits else None
    doc = sentence.doc
    before = doc.keys_before(sentence.start)
    for key in reversed(before):
        entity = doc.entities.get(key)
        # a name of no known kind before ("said Priya Venkataraman") may be a person's
        if entity and entity.type in COMPANY and not entity.guessed:
            # of the firms named lately, the one the text is about, not one listed in passing
            firms = [k for k in before if k in doc.entities and not doc.entities[k].guessed]
            # (the firm the last sentence was about: "Y, with 85 employees, keeps its name.
            # Founder and chief executive X remains in charge")
            last = doc.previous_subject if doc.previous_subject in firms else None
            key = last or salient(doc, COMPANY, key, firms)
            sentence.mentions.append(Mention(-1, -1, key, generic=True))
            return len(sentence.mentions) - 1
    return None


# Public titles that head one kind of body, and the words its name has: "Mayor X" heads a city's
# government, not the police department the sentence names before.
_HEADED_BODIES = {
    "mayor": ("city", "town", "village", "borough", "municipality"),
    "governor": ("state", "province", "governor"),
    "president": ("government", "republic", "presidency", "white house"),
    "sheriff": ("sheriff",),
    "headteacher": ("school", "academy", "college"),
}


def heads_kind(title: str, entity) -> bool:
    """Whether a bare public title may head `entity`: a mayor a city's government, a governor
    a state's, a president a nation's, a sheriff a sheriff's office; others any public body."""
    head = title.split()[-1] if title else ""
    kinds = _HEADED_BODIES.get(head)
    service = {"police", "fire"} & set(title.split())  # "Police Chief X": a police body's
    if service and not any(s in entity.name.lower() for s in service):
        return False
    if kinds is None:
        return True
    # a city's sheriff heads its sheriff's department, not the city ("Denver Sheriff X")
    city = entity.city and head not in ("sheriff", "headteacher")  # (a school's head no city's)
    return city or any(k in entity.name.lower() for k in kinds)


def _titled(title: str, entity) -> bool:
    """Whether a public title names the body: a mayor a city's, another by its field's word
    ("chief electoral officer" of the "Electoral Roll Commission")."""
    if title == "mayor":
        return heads_kind(title, entity)
    field = set(title.split()) - {"chief", "officer", "head", "director", "general", "deputy"}
    return bool(field) and field <= set(entity.name.lower().split())
