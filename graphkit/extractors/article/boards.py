"""A governing board's contracts are its body's: "the Port of Halvering Point Authority Board
of Commissioners approved a contract with Y" makes Y the Authority's supplier, as "the Yorvik
City Council approved" makes it the City of Yorvik's. The board stays the body its chair
leads."""

from __future__ import annotations

import re

_BOARD = re.compile(
    r"(?P<body>.+?) (?:Board of (?:Commissioners|Supervisors|Trustees|Directors|Education|"
    r"Governors|Regents|Aldermen|Selectmen)|Governing Board|Commission(?:ers)? Court)"
)
_BARE_BOARD = re.compile(r"Board of (?:Trustees|Directors|Governors|Regents)")
_COUNCIL = re.compile(r"(?P<place>.+?) (?P<kind>City|Town|Village|Borough) Council")


def governed_body(doc, key: str) -> str:
    """The key of the body a governing board governs, where the text (`doc`, its
    DocumentEntities) names it; else `key`."""
    name = doc.entities[key].name
    board = _BOARD.fullmatch(name)
    council = _COUNCIL.fullmatch(name)
    if board:
        wanted = [board.group("body")]
    elif council:
        place, kind = council.group("place"), council.group("kind")
        wanted = [f"{kind} of {place}", f"{place} {kind}"]
    elif _letterhead_board(doc, name) or (_BARE_BOARD.fullmatch(name) and doc.letterhead):
        return doc.letterhead  # (a bare "Board of Trustees" governs the letterhead's body)
    elif name in ("Cabinet", "Executive"):  # a council's executive: "Cabinet approved …"
        councils = [e.key for e in doc.entities.values() if e.name.lower().endswith(" council")]
        if len(councils) == 1:
            return councils[0]
        voiced = {doc.letterhead, *(voice[1] for voice in doc.voices.values())} & set(councils)
        return voiced.pop() if len(voiced) == 1 else key  # (the one the text speaks as)
    else:
        return key
    for body in wanted:
        found = doc.lookup(body)
        if found is not None and found.key != key and not found.place:  # (not a town's name)
            return found.key
    return key


def _letterhead_board(doc, name: str) -> bool:
    """Whether the board or committee is the one whose minutes sit under the letterhead's body
    ("Charities Commission for Wales (CCW)" over "Digital Programme Board"): it decides for
    that body, whose contracts its minutes record."""
    head = doc.entities.get(doc.letterhead or "")
    if head is None or not re.search(r" (?:Board|Committee)$", name):
        return False
    lines = [line.strip() for line in doc.text[doc.body_start :].split("\n") if line.strip()]
    return (
        len(lines) > 1
        and any(lines[0].lower().startswith(n.lower()) for n in head.names)
        and lines[1] == name
    )


def by_governed_bodies(best: dict, doc) -> dict:
    """The document's facts with each board that buys or uses as its body; where that makes
    one fact of two, the better evidence is kept."""
    out: dict = {}
    for (subject, relation, obj), reading in best.items():
        if relation in ("supplies", "opposes"):  # (a plea to a board is one to its body)
            obj = governed_body(doc, obj)
        elif relation == "uses":
            subject = governed_body(doc, subject)
        key = (subject, relation, obj)
        if key not in out or reading[0].confidence > out[key][0].confidence:
            out[key] = reading
    return out
