"""A unit's head named by the field the title says: "Gareth Llewellyn (Head of Bereavement
Services)", "Karen Lomax-Whyte, Director of Highways and Transport", "Head of Youth Service
Gethin Rowlands", "said X, director of parks and cemeteries for the City of Y". Where the text
names one unit of that field ("the Council's Bereavement Services", "its Highways and Transport
Directorate", "the Department of Public Works"), the person leads it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entity import ORG_TYPES
from .field_words import unit_name
from .rules import Found

if TYPE_CHECKING:
    from .relations import Sentence

_TITLE = r"(?:[Aa]cting |[Ii]nterim )?(?:[Hh]ead|[Dd]irector)"
_FIELD = r"(?P<field>[A-Za-z][\w&'’ -]{2,60}?)"
# The title after the name, up to where it ends: "X (Head of Y)", "X, Director of Y; …", "X,
# director of Y for the City of Z"; or before it: "Head of Youth Service X"
_AFTER_NAME = re.compile(
    r"(?:,| \(| -| –) (?:the )?"
    + _TITLE
    + " of "
    + _FIELD
    + r"(?=\)|,|;|\.|$| (?:for|at|of|in|with) (?:the )?[A-Z]| said\b)"
)
# (not a head's second nor a head before: "Deputy Head of Youth Service X", "former Director …")
_NOT_HEAD = r"(?<![Ff]ormer)(?<![Dd]eputy)(?<![Aa]ssistant)(?<![Aa]ssociate)(?<![Pp]revious)"
_BEFORE_NAME = re.compile(r"(?:^|" + _NOT_HEAD + r"[^\w-])" + _TITLE + " of " + _FIELD + r" $")
# What a unit's name says it is, around its field: "Directorate of Visa Services", "Highways
# and Transport Directorate", "Medical Physics Department"
_UNIT_BEFORE = re.compile(
    r"^(?:the )?(?:directorate|department|office|division|unit|bureau|section|branch|service)"
    r" (?:of|for) "
)
_UNIT_AFTER = re.compile(r" (?:directorate|department|division|unit|team|section|branch|office)$")
# A title's "field" that names every unit: "Director of Services, Housing"
_NO_FIELD = frozenset(["services", "service", "operations"])
_UNITS = ORG_TYPES - {"EmployeeGroup", "MediaOrganization"}
# A title taken for a name: "Director of Legal Services"
_TITLE_NAME = re.compile(r"(?:acting |interim )?(?:head|director) of ")


def field_heads(sentence: Sentence) -> list[Found]:
    """Each person the sentence titles head or director of a field the text has one unit of."""
    out, text = [], sentence.doc.text
    for mention in sentence.mentions:
        person = sentence.doc.entities[mention.key]
        if person.type != "Person":
            continue
        after = _AFTER_NAME.match(text, mention.end, min(sentence.end, mention.end + 100))
        before = _BEFORE_NAME.search(text, max(sentence.start, mention.start - 80), mention.start)
        for title in (after, before):
            unit = _unit_of(sentence, title.group("field").lower()) if title else None
            if unit is not None:
                out.append(Found(person.key, "leads", unit.key, 0.6, "head of a field"))
    return out


def _unit_of(sentence: Sentence, field: str):
    """The one body of the text whose name, without the words that say it is a unit, is the
    field, or ends with it after the name of the body it belongs to."""
    if field in _NO_FIELD:
        return None
    exact, ending = [], []
    for entity in sentence.doc.entities.values():
        if entity.type not in _UNITS or entity.place or _TITLE_NAME.match(entity.name.lower()):
            continue  # (nor a title taken for a name: "Director of Legal Services")
        core = _UNIT_AFTER.sub("", _UNIT_BEFORE.sub("", entity.name.lower()))
        if core == entity.name.lower() and not unit_name(entity.name):
            continue  # a body's own name, no unit's: "Youth Service" is one, "Calder" is not
        if core == field:
            exact.append(entity)
        elif (
            core.endswith(" " + field)
            and " and " not in core[: -len(field)]
            and entity.type != "Company"  # ("Director of Services": no firm's "… Services")
        ):
            ending.append(entity)
    found = exact or ending
    return found[0] if len(found) == 1 else None
