"""Whether a fact's parties are of the kinds its relation takes, as the annotation reads them:
a product is sold, never a seller or a buyer; an inquiry is into a party's conduct, not into a
thing (only a lab or a group tests a thing); one who leads or works for a body is a
person's name, not a word of a title nor a title read as a name ("Accounting Officer",
"Committee Member for Finance"); a unit is part of a body, not of a legislature or of a real
country or state written alone."""

from __future__ import annotations

import re

from .entity import THING_TYPES
from .kinds import personal_name
from .lexicon import LEADER_TITLES, TITLE_ENDS, TITLE_WORDS
from .places import place_kind
from .title_words import HONORIFIC

_TESTERS = frozenset(["ResearchOrganization", "AdvocacyGroup"])
_LEGISLATURE = re.compile(
    r"(?i)\b(?:parliament|assembly|senate|congress|legislature|legislative council|"
    r"house of (?:commons|lords|representatives|assembly))\b"
)
# A title with its portfolio: "Committee Member for Finance …", "Minister of …"
_TITLE_OPENS = re.compile(r"(?:[a-z-]+ ){0,2}(?:member|minister|secretary|officer) (?:for|of)\b")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+")


def fit_parties(subject, relation: str, obj, text: str) -> bool:
    """Whether the subject and object (document entities) fit the relation, in `text`."""
    if relation == "supplies" and THING_TYPES & {subject.type, obj.type}:
        return False
    if relation == "investigates" and obj.type in THING_TYPES:
        return subject.type in _TESTERS
    if relation in ("leads", "worksFor"):
        return _named_as_person(subject.name, text)
    return relation != "partOf" or owns_units(obj)


def _named_as_person(name: str, text: str) -> bool:
    """Whether a name one who leads or works for a body has is a person's: more than one word,
    or one word the text writes after an honorific or a title ("Mr Suharto", "Chief Voss"), in
    a longer name written as a person's (a given name, "Fiona" of "Fiona Gallacher-Reid", or a
    surname, "Vell" of "Catriona Vell"; not "Fisheries" of "Chief Fisheries Inspector X") or as
    one it goes on to describe ("his son, Patrick, a constable with …")."""
    if len(name.split()) > 1:
        # (not a title read as a name: "Committee Member for Finance", "Accounting Officer")
        last = name.split()[-1].lower()
        return last not in TITLE_ENDS and _TITLE_OPENS.match(name.lower()) is None
    word = re.escape(name)
    if re.search(rf"\b{HONORIFIC} {word}\b|, {word}, (?:a|an|the) [a-z]", text):
        return True
    # (the name's last word: not "Fisheries" of "Chief Fisheries Inspector")
    before = re.finditer(rf"\b([A-Z][a-z]+)\.? {word}\b(?! [A-Z])", text)
    titled = (m.group(1).lower() for m in before)
    if any(title in TITLE_WORDS or title in LEADER_TITLES for title in titled):
        return True  # "Chief Voss", "Mayor Vandermolen", "Eng. Banda-Hart"
    runs = (run.group() for run in _CAPITALISED_RUN.finditer(text))
    return any(name in run.split() and personal_name(run) for run in runs)


def owns_units(body) -> bool:
    """Whether a body is one a unit can be part of: not a legislature (its committees are its
    members' work, not its departments), nor a real country or state written alone
    ("Queensland's Department of Housing" is part of its government, which the text does not
    name)."""
    real = body.place and place_kind(body.name) in ("country", "region")
    return not real and _LEGISLATURE.search(body.name) is None
