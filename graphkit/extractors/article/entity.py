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
# Bodies that speak for members or a cause: groups, not firms nor the state
GROUP_TYPES = frozenset({"AdvocacyGroup", "EmployeeGroup", "Organization", "ResearchOrganization"})
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
    parties: tuple[str, ...] = ()  # for a contract: the keys of its vendor and customer
    said_to_be: set[str] = field(default_factory=set)  # "X, a charity that …": "charity"
    legal_form: str = ""  # "Inc." where the text writes "Acme Group, Inc." (" d.o.o.": no comma)

    @property
    def full_name(self) -> str:
        """The name as the text writes it in full: with the legal form a comma sets after it
        ("Halverstone Data Systems, Inc."), unless the registry names the entity."""
        if self.legal_form and not self.registry_id and "," not in self.name:
            # (one written without a comma keeps its space: "Drava Soft d.o.o.")
            comma = "" if self.legal_form.startswith((" ", ".")) else ", "
            return f"{self.name}{comma}{self.legal_form}"
        return self.name

    @property
    def city(self) -> bool:
        """A town or city, named as a place or as its government."""
        return self.place or bool(
            re.match(r"(?:city|town|village|county) of ", (self.label or self.name).lower())
        )


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


# Words that alone name a kind of body, never one body: "the Bureau", "the Office", "Police".
_GENERIC_HEADS = frozenset(
    ["bureau", "office", "center", "centre", "council", "department", "agency", "division"]
    + ["unit", "board", "commission", "committee", "authority", "ministry", "directorate"]
    + ["service", "services", "police", "institute", "foundation", "project", "company"]
    + ["corporation", "group", "team", "gallery", "museum", "library", "trust"]
)


def fold_inner_words(doc) -> None:
    """A short name that only appears inside longer names, never first, means the one such
    name ("the Bureau's director" where the text names the Compliance Bureau, "Revenue
    Commissioner X" or "the Revenue Service" beside the State Revenue Service); a generic word
    that fits no single name is no party at all. `doc` is the document's entities
    (`mentions.DocumentEntities`)."""
    for short in sorted(doc.entities.values(), key=lambda e: (-len(e.name.split()), e.key)):
        words = short.name.split()
        if short.key not in doc.entities or short.registry_id or not _foldable(short, words):
            continue
        owners = []
        head = len(words) == 1 and words[0].lower() in _GENERIC_HEADS
        for long in doc.entities.values():
            lwords = long.name.split()
            # (a body's head word inside a name the text gives only in capitals, a letterhead's:
            # "Council" of "MALLOWBROOK SHIRE COUNCIL")
            said = [w.upper() for w in words] if head and long.name.isupper() else words
            at = _inside(said, lwords) if long is not short else None
            if at is None or not long.name[0].isalpha():
                continue
            office = words[0].lower() == "office" and len(lwords) > 2 and lwords[1] in ("of", "for")
            if at == 0 and not office:
                break  # "Acme" of "Acme Labs": a name of its own (not "Office" of "Office for X")
            if lwords[at - 1].lower() in _INSIDE_NAME:
                continue  # "Acme" of "News of Acme", "Vrienden van het X Museum": a name in a name
            if len(words) == 1 and words[0].lower() in _THING_WORDS and at < len(lwords) - 1:
                continue  # "System" of "Food System Resilience Fund": a thing's noun, no name
            owners.append(long)
        else:
            # "Revenue Service" inside "State Revenue Service": one body, named twice
            owners = [
                o
                for o in owners
                if not any(_inside(o.name.split(), p.name.split()) for p in owners if p is not o)
            ]
            # (not the body a name's "of" names: "Gallery" of the letterhead's "HIBERNIAN
            # NATIONAL GALLERY", not of "Friends of the Hibernian National Gallery")
            direct = [o for o in owners if not {"of", "for"} & set(o.name.lower().split())]
            owners = direct if len(direct) == 1 else owners
            if len(owners) == 1:
                doc._alias_to(short.name, owners[0])
            elif len(words) == 1 and words[0].lower() in _GENERIC_HEADS:
                del doc.entities[short.key]


_INSIDE_NAME = frozenset(["of", "for", "and", "&", "the", "on", "at", "van", "het"])
# Nouns of things, which a table's header or a heading may open with ("System or service")
_THING_WORDS = frozenset(["system", "systems", "platform", "tool", "software", "service", "app"])


def _foldable(entity: DocEntity, words: list[str]) -> bool:
    if entity.votes["Person"] > 0 or entity.place:
        return False
    if len(words) == 1:
        return entity.votes["Place"] == 0
    # "in the Revenue Service's data centre" reads as a place, yet the name is a body's
    return words[-1].lower() in _GENERIC_HEADS


def _inside(words: list[str], longer: list[str]) -> int | None:
    """Where `words` stand as a run inside the longer name `longer`, if they do."""
    n = len(words)
    if n >= len(longer):
        return None
    return next((k for k in range(len(longer) - n + 1) if longer[k : k + n] == words), None)
