"""Names and identifiers from records to entity ids: the matching rules and the resolver.

Two rules decide, in order of trust:
1. identifiers (UEI, DUNS, CAGE, Wikidata QID) that the record and an entity share;
2. the same name once normalised (case, punctuation, "The", "U.S.", legal suffixes such as
   "Inc." or "Corporation") against the registry's labels and aliases.
Fuzzy similarity only ever proposes candidates (resolve/decisions.py); a person decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..exc import NOWHERE, Location
from ..model import Entity
from ..names import normalize, slugify
from .registry import IDENTIFIERS, Registry, identifier_keys

_LEGAL = (
    "incorporated",
    "inc",
    "llc",
    "l l c",
    "lllp",
    "llp",
    "lp",
    "l p",
    "corporation",
    "corp",
    "company",
    "co",
    "limited",
    "ltd",
    "plc",
    "pllc",
    "pc",
    "p c",
    "gmbh",
    "ag",
    "sa",
    "nv",
    "bv",
)
_LEGAL_TAIL = re.compile(r"(?:\s+(?:" + "|".join(re.escape(s) for s in _LEGAL) + r"))+$")
# "U.S." and "United States" lead agency names; "US Bank" keeps its "US".
_COUNTRY_HEAD = re.compile(r"^(?:u s a|u s|united states(?: of america)?)\s+(?=\S)")
_TRAILING_PARENS = re.compile(r"\s*\([^()]*\)\s*$")


@lru_cache(maxsize=65536)
def org_key(name: str) -> str:
    """A name reduced to what identifies an organisation.

    >>> org_key("The West Publishing Corporation") == org_key("WEST PUBLISHING CORP.")
    True
    >>> org_key("U.S. Immigration and Customs Enforcement")
    'immigration and customs enforcement'
    """
    text = _TRAILING_PARENS.sub("", name) or name  # "Department of Homeland Security (DHS)"
    text = normalize(text.replace("&", " and "))
    text = _COUNTRY_HEAD.sub("", text)
    text = re.sub(r"^the\s+", "", text)
    stripped = _LEGAL_TAIL.sub("", text).strip()
    return stripped or text


def clean_identifier(scheme: str, value: str | None) -> str | None:
    """An identifier in its canonical form, or None when it is empty or malformed."""
    if not value:
        return None
    text = str(value).strip().upper()
    return text if IDENTIFIERS[scheme].match(text) else None


@dataclass
class _Pending:
    id: str
    label: str
    type: str
    where: Location
    aliases: list[str] = field(default_factory=list)
    identifiers: dict[str, str] = field(default_factory=dict)


class Resolver:
    """Turns the names and identifiers in one input file into entity ids.

    Known entities come from the registry (which holds what earlier files created, so a UEI
    seen in two files names one entity). Unknown names become new entities, returned by
    `new_entities()` once the file is read, with every spelling kept as an alias.
    """

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._keys: dict[tuple[str, str], set[str]] = {}
        for entity in registry:
            for name in (entity.label, *entity.aliases):
                self._keys.setdefault((name_space(entity.type), org_key(name)), set()).add(
                    entity.id
                )
        self._pending: dict[str, _Pending] = {}
        self._pending_keys: dict[tuple[str, str, str], list[str]] = {}
        self._pending_ids: dict[tuple[str, str], str] = {}

    def resolve(
        self,
        name: str,
        type_: str,
        identifiers: Iterable[tuple[str, str]] = (),
        where: Location = NOWHERE,
        scope: str = "",
    ) -> str:
        """The id of the entity called `name` (with these identifiers), creating it if new.

        `scope` keeps apart new entities that share a name, such as two cities' "Police
        Department" in different states; registry entities match by name whatever the scope.
        """
        ids = {s: v for s, v in ((s, clean_identifier(s, v)) for s, v in identifiers) if v}
        found = self._by_identifier(ids) or self._by_name(name, type_, ids, scope)
        if found is None:
            found = self._create(name, type_, ids, where, scope)
        self._remember(found, name, ids)
        return found

    def _by_identifier(self, ids: dict[str, str]) -> str | None:
        for scheme, value in sorted(ids.items()):
            if (scheme, value) in self._pending_ids:
                return self._pending_ids[(scheme, value)]
            entity = self.registry.by_identifier(scheme, value)
            if entity is not None:
                return entity.id
        return None

    def _by_name(self, name: str, type_: str, ids: dict[str, str], scope: str) -> str | None:
        exact = self.registry.candidates(name)
        if (
            len(exact) == 1
            and name_space(exact[0].type) == name_space(type_)
            and _compatible(dict(identifier_keys(exact[0])), ids)
        ):
            return exact[0].id
        key = (name_space(type_), org_key(name))
        known = sorted(self._keys.get(key, ()))
        if len(known) == 1 and _compatible(dict(identifier_keys(self.registry.get(known[0]))), ids):
            return known[0]
        for pending_id in self._pending_keys.get((*key, scope), ()):
            # Two records with the same name but different UEIs are two legal entities until a
            # person decides otherwise: they stay apart and show up as candidates.
            if _compatible(self._pending[pending_id].identifiers, ids):
                return pending_id
        return None

    def _create(
        self, name: str, type_: str, ids: dict[str, str], where: Location, scope: str
    ) -> str:
        base = slugify(f"{org_key(name) or name} {scope}")
        entity_id, n = base, 1
        while entity_id in self.registry or entity_id in self._pending:
            n += 1
            entity_id = f"{base}-{n}"
        self._pending[entity_id] = _Pending(entity_id, " ".join(name.split()), type_, where)
        self._pending_keys.setdefault((name_space(type_), org_key(name), scope), []).append(
            entity_id
        )
        return entity_id

    def _remember(self, entity_id: str, name: str, ids: dict[str, str]) -> None:
        pending = self._pending.get(entity_id)
        if pending is None:
            return
        name = " ".join(name.split())
        if name != pending.label and name not in pending.aliases:
            pending.aliases.append(name)
        for scheme, value in ids.items():
            if scheme not in pending.identifiers:
                pending.identifiers[scheme] = value
                self._pending_ids.setdefault((scheme, value), entity_id)

    def new_entities(self) -> list[Entity]:
        """The entities this file introduced, in a stable order."""
        return [
            Entity(
                id=p.id,
                label=p.label,
                type=p.type,
                aliases=tuple(p.aliases),
                where=p.where,
                identifiers=tuple(sorted(p.identifiers.items())),
            )
            for p in sorted(self._pending.values(), key=lambda p: p.id)
        ]


def name_space(type_: str) -> str:
    # Companies, agencies and groups share one name space; products and contracts their own.
    return type_ if type_ in ("Product", "Program", "Policy", "Contract", "Person") else "Org"


def _compatible(a: dict[str, str], b: dict[str, str]) -> bool:
    """False when both sides hold the same identifier scheme with different values."""
    return all(a[s] == b[s] for s in a.keys() & b.keys())
