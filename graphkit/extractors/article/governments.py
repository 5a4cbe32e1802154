"""Bodies named by a place: "police in Orlando" is the city's police department, "the city of
Orenfield" its government, and "the Biden administration" a government; and a firm the state
owns, which buys as a public body does ("X is a government-owned corporation")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .entity import Mention

if TYPE_CHECKING:
    from .chunks import Chunk
    from .mentions import DocumentEntities

_ADMINISTRATION = re.compile(r"(?:['’]s)?\s+administration\b")


def police_of_places(doc: DocumentEntities, named: list[Mention], span) -> list[Mention]:
    """ "police in Orlando" is the city's police; "the Biden administration" a government."""
    out = []
    for mention in named:
        after = _ADMINISTRATION.match(doc.text, mention.end, span[1])
        if after and doc.entities[mention.key].type in ("Person", "Organization"):
            written = doc.text[mention.start : mention.end].removesuffix("'s")
            entity = doc.described_entity(f"{written} administration", "GovernmentAgency")
            out.append(Mention(mention.start, after.end(), entity.key))
            continue
        before = re.search(r"\bpolice (?:in|of) $", doc.text[span[0] : mention.start])
        if before and doc.entities[mention.key].city:
            name = f"{doc.entities[mention.key].name} Police Department"
            entity = doc.described_entity(name, "GovernmentAgency")
            mention = Mention(span[0] + before.start(), mention.end, entity.key)
        out.append(mention)
    return out


_MUNICIPALITY = re.compile(r"\b(city|town|village|county) of $")


def municipality(text: str, chunk: Chunk, sent_start: int) -> Chunk:
    """ "sells it to the city of Orenfield": the City of Orenfield, its government."""
    match = _MUNICIPALITY.search(text, max(sent_start, chunk.start - 12), chunk.start)
    if not match or chunk.titles:
        return chunk
    name = f"{match.group(1).capitalize()} of {chunk.name}"
    return replace(chunk, start=match.start(), name=name, initial=False)


# "Carrabeen Ports Corporation (CPC) is a government-owned corporation under …", "the Crown
# corporation": a public body, whatever its name's head says
_STATE_OWNED = re.compile(
    r"@(\d+)@(?: \(@\d+@\))?,? (?:is|was|remains|,) (?:a|an|the) (?:wholly |majority )?"
    r"(?:(?:government|state|publicly|crown)[- ]owned|crown|state) "
    r"(?:corporation|company|enterprise|entity|utility)\b",
    re.IGNORECASE,
)


def state_owned(sentences: list) -> None:
    """Type as public bodies the firms a sentence says the state owns."""
    for sentence in sentences:
        for index in _STATE_OWNED.findall(sentence.masked):
            entity = sentence.entity(int(index))
            if entity.type in ("Company", "Organization") and not entity.registry_id:
                entity.type, entity.guessed = "GovernmentAgency", False
