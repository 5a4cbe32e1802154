"""The entity registry: canonical entities, looked up by id, label or alias."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from ..exc import InputError, Location, UnknownEntityError
from ..model import Entity
from ..names import bare_name, closest_entities, name_key, normalize
from ..states import state_code
from ..vocab import ENTITY_ID, ENTITY_TYPES, IDENTIFIER_TERMS, QID, is_iri
from ..yamlio import load_yaml_list, one_value, text_of, texts_of

_FIELDS = {
    "id",
    "label",
    "type",
    "aliases",
    "wikidata",
    "homepage",
    "parent",
    "source",
    "locator",
    "scope",
    *IDENTIFIER_TERMS,
}
_WEB_ADDRESS = re.compile(r"https?://\S+", re.IGNORECASE)  # whole, and an IRI (`is_iri`)
# Identifier schemes that records carry, with the shape of a valid value.
IDENTIFIERS = {
    "uei": re.compile(r"[A-Z0-9]{12}"),
    "duns": re.compile(r"[0-9]{9}"),
    "cage": re.compile(r"[A-Z0-9]{5}"),
    "wikidata": QID,
}


class Registry:
    """Entities by id, with a name index over labels and aliases."""

    def __init__(self, entities: Iterable[Entity] = ()) -> None:
        self._by_id: dict[str, Entity] = {}
        self._by_name: dict[str, set[str]] = {}
        self._by_identifier: dict[tuple[str, str], str] = {}
        for entity in entities:
            self.add(entity)

    def add(self, entity: Entity) -> None:
        if entity.id in self._by_id:
            first = self._by_id[entity.id]
            raise InputError(
                f"entity id {entity.id!r} is already used at {first.where}", field="id"
            )
        self._by_id[entity.id] = entity
        for name in (entity.id, entity.label, *entity.aliases):
            self._by_name.setdefault(name_key(name), set()).add(entity.id)
        for key in identifier_keys(entity):
            self._by_identifier.setdefault(key, entity.id)

    def identify(self, entity_id: str, identifiers: dict[str, str]) -> Entity:
        """The entity with `identifiers` added (schemes it already holds are kept as they are),
        in its place and found by them from now on: what a record that names it says."""
        entity = self._by_id[entity_id]
        held = dict(entity.identifiers)
        added = {s: v for s, v in identifiers.items() if s not in held and s != "wikidata"}
        if not added:
            return entity
        entity = replace(entity, identifiers=tuple(sorted({**held, **added}.items())))
        self._by_id[entity_id] = entity
        for key in identifier_keys(entity):
            self._by_identifier.setdefault(key, entity_id)
        return entity

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._by_id

    def __iter__(self) -> Iterator[Entity]:
        return iter(sorted(self._by_id.values(), key=lambda e: e.id))

    def as_added(self) -> list[Entity]:
        """The entities in the order they were added: `Registry(as_added())` is this one."""
        return list(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, entity_id: str) -> Entity:
        return self._by_id[entity_id]

    def by_identifier(self, scheme: str, value: str) -> Entity | None:
        """The entity holding an identifier such as ("uei", "L997DB4PEJL8"), if any."""
        found = self._by_identifier.get((scheme, value.strip().upper()))
        return self._by_id[found] if found else None

    def candidates(self, name: str, accept: Callable[[Entity], bool] | None = None) -> list[Entity]:
        """Entities (that `accept` takes) whose id, label or alias has `name`'s names.name_key.

        When several do, those written the same way but for case and punctuation come first:
        "Acme" names "Acme" rather than "Acme Inc." when the registry holds both.
        """
        entity = self._by_id.get(name)
        if entity is not None and (accept is None or accept(entity)):
            return [entity]  # an id names its entity alone, where `accept` takes it
        found = [self._by_id[i] for i in sorted(self._by_name.get(name_key(name), ()))]
        if accept is not None:
            found = [e for e in found if accept(e)]
        if len(found) > 1:
            spelt = normalize(name)
            same = [e for e in found if spelt in {normalize(n) for n in (e.label, *e.aliases)}]
            found = same or found
        return found

    def scope_key(self, scope: str) -> str:
        """A record's scope as scopes compare: a US state by its postal code ("Minnesota",
        "Minn." and "MN" are "mn"; "VA" is Virginia, whatever agency an alias calls VA), then
        the label of the one registry agency it names ("DHS" is "U.S. Department of Homeland
        Security"), else its name_key. A separator a table left after it ("Minnesota;") is no
        part of it: read so, it was another scope than "MN", and its agency another entity."""
        scope = bare_name(scope)
        code = state_code(scope)
        if code:
            return name_key(code)
        agency = self.scope_agency(scope)
        return name_key(agency.label if agency else scope)

    def scope_agency(self, scope: str) -> Entity | None:
        """The one registry agency a scope names; none for a state, whatever agency an alias
        calls by its code, and none where no agency or several do."""
        scope = bare_name(scope)
        if state_code(scope):
            return None
        known = self.candidates(scope, lambda e: e.type == "GovernmentAgency")
        return known[0] if len(known) == 1 else None

    def resolve(self, name: str) -> Entity:
        """The one entity called `name`; UnknownEntityError with suggestions otherwise."""
        found = self.candidates(name)
        if len(found) == 1:
            return found[0]
        if found:
            ids = ", ".join(e.id for e in found)
            raise UnknownEntityError(f"{name!r} is ambiguous: it names {ids}; use an id")
        hint = self.suggest(name)
        tip = f"; did you mean {hint}?" if hint else "; add it to the entity registry"
        raise UnknownEntityError(f"unknown entity {name!r}{tip}")

    def suggest(self, name: str, limit: int = 3) -> str:
        """Close ids and labels, for "did you mean" messages: closest name first."""
        entities = self._by_id.values()
        names = [(e.id, n) for e in entities for n in (e.id, e.label, *e.aliases)]
        labels = {e.id: e.label for e in entities}
        close = closest_entities(name, names, labels, limit)
        return " or ".join(f"{key} ({labels[key]})" for key in close)


def clean_identifier(scheme: str, value: str | None) -> str | None:
    """An identifier in its canonical form, or None when it is empty or malformed."""
    if not value:
        return None
    text = str(value).strip().upper()
    return text if IDENTIFIERS[scheme].fullmatch(text) else None


def identifier_keys(entity: Entity) -> list[tuple[str, str]]:
    """(scheme, VALUE) pairs of an entity, its Wikidata QID included."""
    keys = [(scheme, value.strip().upper()) for scheme, value in entity.identifiers]
    if entity.wikidata:
        keys.append(("wikidata", entity.wikidata.upper()))
    return keys


def load_registry(paths: Iterable[Path], display=str) -> tuple[Registry, list[InputError]]:
    """Read entity files; bad rows are returned as errors and left out."""
    registry = Registry()
    problems: list[InputError] = []
    for path in paths:
        shown = display(path)
        for row in load_yaml_list(path, shown, problems.append, trim=True):
            try:
                registry.add(_entity_from_row(row, shown))
            except InputError as err:
                err.path, err.line = shown, err.line or row.line
                problems.append(err)
    problems += _shared_names(registry)
    for entity in registry:
        if entity.parent and entity.parent not in registry:
            problems.append(
                InputError.at(
                    entity.where, f"parent {entity.parent!r} is not in the registry", "parent"
                )
            )
    return registry, problems


def _shared_names(registry: Registry) -> list[InputError]:
    """A label or alias that another entity also has, but for case and punctuation.

    No rule can tell which of the two it names: a fact file naming it is refused as ambiguous,
    and a record naming it would make a third entity of that name, with exit 0. Entries whose
    `scope:`s keep them apart (two states' "Lincoln Police Department") may share it: a record
    names the one its scope agrees with, and a fact file names either by its id."""
    first: dict[str, list[Entity]] = {}
    problems = []
    for entity in registry.as_added():
        for name in dict.fromkeys((entity.label, *entity.aliases)):
            sharing = first.setdefault(normalize(name), [])
            other = next((e for e in sharing if not _scoped_apart(registry, e, entity)), None)
            sharing.append(entity)
            if other is not None:
                field = "label" if name == entity.label else "aliases"
                message = (
                    f"{name!r} also names {other.id} ({other.where}): facts naming it are "
                    "refused as ambiguous and records naming it make a new entity; keep it on one"
                )
                problems.append(InputError.at(entity.where, message, field))
    return problems


def _scoped_apart(registry: Registry, one: Entity, other: Entity) -> bool:
    """Whether two entries say where records name them, and no scope is both's (as the
    resolver compares scopes: `Registry.scope_key`)."""
    if one is other:  # its label and an alias spelt alike
        return True
    if not (one.scope and other.scope):
        return False
    keys = {registry.scope_key(s) for s in one.scope}
    return not keys & {registry.scope_key(s) for s in other.scope}


def _entity_from_row(row, shown: str) -> Entity:
    def fail(message: str, key: str) -> InputError:
        return InputError(message, path=shown, line=row.line_of(key), field=key)

    unknown = sorted(set(map(str, row)) - _FIELDS)
    if unknown:
        allowed = ", ".join(sorted(_FIELDS))
        raise fail(f"unknown field {unknown[0]!r}; fields are {allowed}", unknown[0])
    for key in ("id", "label", "type"):
        if not row.get(key):
            raise fail(f"missing {key}", key)
    entity_id = text_of(row, "id")
    if not ENTITY_ID.fullmatch(entity_id):
        raise fail(f"id {entity_id!r} must be lowercase letters, digits and '-'", "id")
    if (nested := one_value(row, {"aliases", "scope"})) is not None:
        nested.path = shown
        raise nested
    if row["type"] not in ENTITY_TYPES:
        known = ", ".join(ENTITY_TYPES)
        raise fail(f"unknown type {row['type']!r}; types are {known}", "type")
    if row.get("parent") and not row.get("source"):
        raise fail("a parent needs a source that states it (field 'source')", "parent")
    aliases = row.get("aliases") or []
    # As written: an alias such as 1984 or 3.10 is a name, not a number to print again; an
    # empty item (`- ` or ~) names nothing.
    given = texts_of(aliases) if isinstance(aliases, list) else [text_of(row, "aliases")]
    if isinstance(aliases, dict) or any(isinstance(a, dict | list) for a in given):
        raise fail(
            "aliases is a list of names (aliases: [ICE, Immigration Enforcement])", "aliases"
        )
    aliases = [str(a) for a in given if a is not None and str(a).strip()]
    scope = row.get("scope") or []
    scopes = texts_of(scope) if isinstance(scope, list) else [text_of(row, "scope")]
    if isinstance(scope, dict) or any(isinstance(s, dict | list) for s in scopes):
        raise fail("scope is a scope or a list of them (scope: [OR, Oregon])", "scope")
    wikidata = str(row["wikidata"]) if row.get("wikidata") else None
    if wikidata and not QID.fullmatch(wikidata):
        raise fail(f"wikidata {wikidata!r} is not a QID like Q3884", "wikidata")
    homepage = str(row["homepage"]).strip() if row.get("homepage") else None
    if homepage and not (_WEB_ADDRESS.fullmatch(homepage) and is_iri(homepage)):
        raise fail(
            f"homepage {homepage!r} is not a web address like https://example.org/", "homepage"
        )
    identifiers = []
    for scheme in IDENTIFIER_TERMS:
        if row.get(scheme):
            value = text_of(row, scheme).strip().upper()
            if not IDENTIFIERS[scheme].fullmatch(value):
                raise fail(f"{scheme} {value!r} is not a valid {scheme.upper()}", scheme)
            identifiers.append((scheme, value))
    return Entity(
        id=entity_id,
        label=text_of(row, "label"),
        type=str(row["type"]),
        aliases=tuple(aliases),
        wikidata=wikidata,
        homepage=homepage,
        parent=text_of(row, "parent") if row.get("parent") else None,
        source=text_of(row, "source") if row.get("source") else None,
        locator=text_of(row, "locator") if row.get("locator") else None,
        where=Location(shown, row.line),
        identifiers=tuple(identifiers),
        scope=tuple(str(s).strip() for s in scopes if s is not None and str(s).strip()),
    )
