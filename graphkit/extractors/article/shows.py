"""A show's sponsor funds the show's producer: "The Switchboard is supported by the Rewarewa
Energy Foundation" in a podcast whose notes say "The Switchboard is produced by Feeder Media Ltd",
and "Support for Shamba Talk comes from the Mavuno Rural Media Trust" said by a host of "Shamba
Talk on Bonde Sauti FM". A show is no body: its name only says what its producer makes. Its host
works for the producer: "I'm Dana Roe, and this is Hold the Line from Porchlight Audio"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...names import normalize
from .line_staff import candidate_of
from .rules import ORGS
from .sentences import split_sentences

if TYPE_CHECKING:
    from . import Candidate
    from .mentions import DocumentEntities

_NAME = r"[A-Z][^.,;:\n]{1,60}?"
# Who makes the show: "this is Shamba Talk on Bonde Sauti FM", "Streetwall from Cornice Audio",
# "The Switchboard is produced by Feeder Media Ltd", "Safety Net is a production of X LLC"
_PRODUCED = (
    re.compile(
        rf"\b[Tt]his is (?P<show>{_NAME}) (?:on|from) (?:the )?(?P<producer>{_NAME})(?=[.,;]|$)",
        re.M,
    ),
    re.compile(
        rf"(?P<show>{_NAME}) is (?:produced by|a production of) (?:the )?(?P<producer>{_NAME})"
        r"(?=\.(?:\s|$)|[,;]| and\b|$)",
        re.M,
    ),
)
# A text that is a show's own: its notes, its episode, its transcript on air
_SHOW_TEXT = re.compile(
    r"(?i:\b(?:podcast|episode|show notes|transcript|on air|broadcast)\b)"
    r"|^(?:HOST|PRESENTER)\b|\b(?:FM|AM)\b",
    re.M,
)
# A station's name: "Bonde Sauti FM", "Radio Kōwhiti"
_STATION = re.compile(r"\b(?:FM|AM|Radio|TV)\b")
# Who supports it: "X is supported by the Y Foundation", "Support for X comes from the Y Trust"
_SPONSORED = (
    re.compile(
        rf"(?P<show>{_NAME}) is (?:supported|sponsored|underwritten) by (?:the )?"
        rf"(?P<funder>{_NAME})(?=[.,;]|$)",
        re.M,
    ),
    re.compile(
        rf"\b[Ss]upport for (?P<show>{_NAME}) comes from (?:the )?(?P<funder>{_NAME})"
        r"(?=[.,;]|$)",
        re.M,
    ),
)


def sponsored(blank: Candidate, doc: DocumentEntities) -> list[Candidate]:
    """Each sponsor of a show the text names the producer of funds that producer."""
    if not _SHOW_TEXT.search(doc.text):
        return []
    makers = {}
    for show, producer in _produced(doc):
        makers.setdefault(normalize(show), producer)  # (with its "The" or not)
    out = []
    for pattern in _SPONSORED:
        for match in pattern.finditer(doc.text):
            show, _, station = match["show"].partition(" on ")  # "Breakfast on Kōwhai FM"
            station = station if _STATION.search(station) else ""
            producer = makers.get(normalize(show)) or (_body(doc, station) if station else None)
            funder = _body(doc, match["funder"])
            if producer is None or funder is None or funder.key == producer.key:
                continue
            told = (funder, "funds", producer, 0.6, "show's sponsor")
            out.append(candidate_of(blank, doc.text, told, _sentence(doc.text, match)))
    return out


# A host introducing the show: "I'm Dana Roe, and this is Hold the Line from Porchlight Audio"
_HOSTING = re.compile(
    rf"\bI['’]m (?P<host>[A-Z][^,.;\n]{{1,60}}), and this is (?:{_NAME}) (?:on|from) (?:the )?"
    rf"(?P<producer>{_NAME})(?=[.,;]|$)",
    re.M,
)


def show_hosts(blank: Candidate, doc: DocumentEntities) -> list[Candidate]:
    """The host who introduces a show works for the station or studio that makes it."""
    out = []
    for match in _HOSTING.finditer(doc.text):
        host, producer = doc.lookup(match["host"].strip()), _body(doc, match["producer"])
        if host is not None and host.type == "Person" and producer is not None:
            told = (host, "worksFor", producer, 0.6, "show's host")
            out.append(candidate_of(blank, doc.text, told, _sentence(doc.text, match)))
    return out


def shows(doc: DocumentEntities) -> set[str]:
    """The names of the shows the text names a producer of, as full names (none is a body)."""
    named = (doc.lookup(show) for show, _producer in _produced(doc))
    return {show.full_name for show in named if show is not None}


def _produced(doc: DocumentEntities):
    """(show, producer) for each line of a show's own text that says who makes it ("This is
    Shamba Talk on Bonde Sauti FM"), the show as written and never a person ("this is Jane Roe
    from Acme"), the producer an organisation."""
    if not _SHOW_TEXT.search(doc.text):
        return  # ("Pegasus is produced by NSO Group" in a news story: a product)
    for pattern in _PRODUCED:
        for match in pattern.finditer(doc.text):
            show, producer = match["show"].strip(), _body(doc, match["producer"])
            host = doc.lookup(show)
            if producer is not None and not (host and host.type == "Person"):
                yield show, producer


def _body(doc: DocumentEntities, name: str):
    """The organisation the text names so (not a person, not a place)."""
    entity = doc.lookup(name.strip())
    return entity if entity is not None and entity.type in ORGS and not entity.place else None


def _sentence(text: str, match: re.Match) -> tuple[int, int]:
    """The span of the sentence the match begins in."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.start())
    line_end = line_end if line_end != -1 else len(text)
    spans = split_sentences(text, line_start, line_end)
    return next(((s, e) for s, e in spans if s <= match.start() < e), (line_start, line_end))
