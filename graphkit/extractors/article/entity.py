"""One entity as a document knows it, and one mention of it in the text."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ...vocab import ORGANIZATION_TYPES

# "Organization": an organisation whose kind neither the registry, its name nor the text says.
ORG_TYPES = set(ORGANIZATION_TYPES) | {"Organization"}
AGENT_TYPES = ORG_TYPES | {"Person"}
THING_TYPES = {"Product", "Program"}
_COMPANIES = ("Company", "Organization")


@dataclass
class DocEntity:
    """One entity as this document knows it."""

    key: str
    name: str
    names: set[str] = field(default_factory=set)
    votes: Counter = field(default_factory=Counter)
    type: str = "Company"
    registry_id: str | None = None
    employer: str | None = None  # for employee groups: the company's key
    developer: str | None = None  # for products named "<Company> <Product>"
    place: bool = False
    label: str = ""  # the registry's label, when the registry knows the entity
    guessed: bool = False  # no evidence of its kind yet: its roles in the text may tell
    part_of: str | None = None  # for a described body ("Acme's ethics board"): its owner's key
    body: str | None = None  # and its kind: "board", "council" …

    @property
    def city(self) -> bool:
        """A town or city, named as a place or as its government."""
        return self.place or bool(re.match(r"(?:city|town|village|county) of ", self.label.lower()))


@dataclass(frozen=True)
class Mention:
    start: int  # offsets of the words that name the entity
    end: int
    key: str
    possessive: bool = False
    titles: tuple[str, ...] = ()
    generic: bool = False  # "the company", "employees", "she"
    # "the groups", "the senators": the other members of the list such a plural names
    members: tuple[str, ...] = ()
