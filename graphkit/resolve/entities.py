"""Every source's names to entity ids: one resolver, one matching rule.

Extractors hand over facts with names as written. Two rules decide, in order of trust:
1. identifiers (UEI, DUNS, CAGE, Wikidata QID) that a record and an entity share;
2. the same `names.name_key` (case, punctuation, "The", "U.S.", legal suffixes such as "Inc."
   or "Corporation") against the registry's ids, labels and aliases; for a record, a registry
   agency written after a registry agency above it ("DHS - ICE") is that unit.
A name a record gives (it carries a NameHint) makes a new entity when nothing matches; a name
in a facts file or an article must name a registry entity. Fuzzy similarity only ever
proposes candidates (resolve/decisions.py); a person decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..exc import NOWHERE, InputError, Location, UnknownEntityError
from ..model import Entity, Fact, changed
from ..names import bare_name, name_key, slugify
from ..sources.registry import Registry, clean_identifier, identifier_keys
from .labels import label_and_aliases, labelled
from .record_identifiers import Named, identify
from .shared_names import unidentified_rows

NAMED_FIELDS = ("subject", "object", "product", "contract")


_AMBIGUOUS = "\x00ambiguous"  # _by_name's answer where scoped registry entries tie
# What stands between an agency and its unit in "DHS - ICE", "DHS/ICE", "DOJ-FBI".
_BETWEEN = re.compile(r"\s*[-/\u2013\u2014:]\s*")


@dataclass
class _Pending:
    id: str
    type: str
    scope: str  # as `Resolver._scope` gives it
    identifiers: dict[str, str] = field(default_factory=dict)
    # Each label its names give (a name as `labelled` writes it): the rows that give it, and
    # the place of the first by row_rank.py's rule ((rank, file, line), where), which is the
    # entity's place where that label is chosen (`Resolver.new_entities`).
    rows: dict[str, set[Location]] = field(default_factory=dict)
    placed: dict[str, tuple[tuple, Location]] = field(default_factory=dict)
    written: set[str] = field(default_factory=set)  # every name as written
    types: set[str] = field(default_factory=set)


class Resolver:
    """Turns the names and identifiers of a build's records into entity ids.

    Known entities come from the registry. Unknown names become new entities, shared by every
    file that names them (a UEI seen in two files names one entity) and returned by
    `new_entities()`, labelled by the spelling most rows give, with every other spelling
    kept as an alias.
    """

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._pending: dict[str, _Pending] = {}
        self._pending_keys: dict[tuple[str, str, str], list[str]] = {}
        self._pending_ids: dict[tuple[str, str], str] = {}
        self._places: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._scopes: dict[str, str] = {}
        self._units: dict[str, Entity | None] = {}  # _unit_after_parent's answers
        # Registry entities records named with identifiers the entry lacks: id -> the rows'
        # (place, name, identifiers, where, their columns), for record_identifiers.py to give
        # the entry the first's.
        self.identified: dict[str, list[Named]] = {}
        self.unidentified: dict[str, list[Location]] = {}  # new ones' rows giving none

    def resolve(
        self,
        name: str,
        type_: str,
        identifiers: Iterable[tuple[str, str]] = (),
        where: Location = NOWHERE,
        scope: str = "",
        rank: str = "",
        columns: Iterable[tuple[str, str]] = (),
    ) -> str | None:
        """The id of the entity called `name` (with these identifiers), creating it if new;
        None where registry entries scoped apart share the name and the record's scope picks
        none of them (no scope): the name is then left for `resolve_fact`, which reports it
        as ambiguous, rather than made a third entity.

        `where` and `rank` (its citation's, extractors/row_rank.py) are the row that gives the
        name: they weigh its spelling as the label (`new_entities`); `columns` (scheme,
        column) the columns its identifiers are read from, which a message about them names.

        `scope` keeps apart new entities that share a name, such as two cities' "Police
        Department" in different states, and a registry entity is the name's only where the
        scope agrees with where the registry places it (`_within`). Scopes compare as names do
        ("Department of Homeland Security (DHS)" is "department of homeland security"), and a
        scope that names a registry agency as the registry's label ("DHS" is "U.S. Department
        of Homeland Security"), so sources that spell a scope apart still meet.
        """
        scope = self._scope(scope) if scope else ""
        ids = {s: v for s, v in ((s, clean_identifier(s, v)) for s, v in identifiers) if v}
        found = self._by_identifier(ids) or self._by_name(name, type_, ids, scope)
        if found is _AMBIGUOUS:
            return None
        if found is None and name_space(type_) == "Org":
            unit = self._unit_after_parent(name)
            if unit is not None and compatible(dict(identifier_keys(unit)), ids):
                found = unit.id if self._within(unit, scope) else None
        if found is None:
            found = self._create(name, type_, scope)
        self._remember(found, name, ids, type_, where, rank, dict(columns))
        return found

    def _scope(self, scope: str) -> str:
        """A scope as compared (`Registry.scope_key`: a state, a registry agency, a name)."""
        if scope not in self._scopes:
            self._scopes[scope] = self.registry.scope_key(scope)
        return self._scopes[scope]

    def _within(self, entity: Entity, scope: str) -> bool:
        """Whether a registry entity may be the one a record names within `scope` (as `_scope`
        gives it): a name without a scope, or an entity placed nowhere, names it whatever the
        scope; an entity with a `scope:` of its own only within one of those or within a unit
        above it; one with a parent only unless the scope names a registry agency other than a
        unit above it. A scope the registry does not know (a state, an agency's code) cannot
        disagree with a parent: it takes the entity's `scope:` to say where it is not.
        """
        if not scope or not (entity.scope or entity.parent):
            return True
        own, above = self._place(entity)
        if scope in own or scope in above:
            return True
        return not entity.scope and self.registry.scope_agency(scope) is None

    def _place(self, entity: Entity) -> tuple[frozenset[str], frozenset[str]]:
        """An entity's own scopes, and the names of the units above it, as scopes compare."""
        if entity.id not in self._places:
            above, seen, parent = set(), set(), entity.parent
            while parent and parent in self.registry and parent not in seen:
                seen.add(parent)
                unit = self.registry.get(parent)
                above.update(name_key(n) for n in (unit.id, unit.label, *unit.aliases))
                parent = unit.parent
            own = frozenset(self._scope(s) for s in entity.scope)
            self._places[entity.id] = (own, frozenset(above))
        return self._places[entity.id]

    def _by_identifier(self, ids: dict[str, str]) -> str | None:
        for scheme, value in sorted(ids.items()):
            if (scheme, value) in self._pending_ids:
                return self._pending_ids[(scheme, value)]
            entity = self.registry.by_identifier(scheme, value)
            if entity is not None:
                return entity.id
        return None

    def _by_name(self, name: str, type_: str, ids: dict[str, str], scope: str) -> str | None:
        space = name_space(type_)
        known = self.registry.candidates(
            name,
            lambda e: (
                name_space(e.type) == space
                and compatible(dict(identifier_keys(e)), ids)
                and self._within(e, scope)
            ),
        )
        if len(known) == 1:
            return known[0].id
        if len(known) > 1 and all(e.scope for e in known):
            return _AMBIGUOUS
        key = (space, name_key(name))
        for pending_id in self._pending_keys.get((*key, scope), ()):
            # Two records with the same name but different UEIs are two legal entities until a
            # person decides otherwise: they stay apart and show up as candidates.
            if compatible(self._pending[pending_id].identifiers, ids):
                return pending_id
        return None

    def _unit_after_parent(self, name: str) -> Entity | None:
        """The registry agency a name gives after the agency above it, as agencies' exports
        write their components ("DHS - ICE", "DHS/ICE", "DOJ-FBI"); read whole, it was a new
        agency apart from both. Both must be registry agencies, the first above the second;
        the first may be written so itself ("DHS/ICE/HSI": each unit below the one before)."""
        if name not in self._units:
            self._units[name] = None
            for between in _BETWEEN.finditer(name):
                head = name[: between.start()]
                above = self._agency(head) or self._unit_after_parent(head)
                unit = self._agency(name[between.end() :])
                if above is not None and unit is not None and self._is_below(unit, above.id):
                    self._units[name] = unit
                    break
        return self._units[name]

    def _agency(self, name: str) -> Entity | None:
        found = self.registry.candidates(name, lambda e: e.type == "GovernmentAgency")
        return found[0] if name.strip() and len(found) == 1 else None

    def _is_below(self, unit: Entity, above: str) -> bool:
        seen, parent = set(), unit.parent
        while parent and parent in self.registry and parent not in seen:
            if parent == above:
                return True
            seen.add(parent)
            parent = self.registry.get(parent).parent
        return False

    def _create(self, name: str, type_: str, scope: str) -> str:
        base = slugify(f"{name_key(name) or name} {scope}")
        entity_id, n = base, 1
        while entity_id in self.registry or entity_id in self._pending:
            n += 1
            entity_id = f"{base}-{n}"
        self._pending[entity_id] = _Pending(entity_id, type_, scope)
        self._pending_keys.setdefault((name_space(type_), name_key(name), scope), []).append(
            entity_id
        )
        return entity_id

    def _remember(
        self,
        entity_id: str,
        name: str,
        ids: dict[str, str],
        type_: str,
        where: Location,
        rank,
        columns: dict[str, str],
    ) -> None:
        pending = self._pending.get(entity_id)
        place = (rank, where.file, where.line or 0)
        if pending is None:
            held = dict(identifier_keys(self.registry.get(entity_id)))
            if any(s not in held for s in ids):
                self.identified.setdefault(entity_id, []).append((place, name, ids, where, columns))
            return
        if not ids:
            self.unidentified.setdefault(entity_id, []).append(where)
        pending.types.add(type_)
        written = bare_name(" ".join(name.split()))
        pending.written.add(written)
        label = labelled(written)
        pending.rows.setdefault(label, set()).add(where)
        if label not in pending.placed or place < pending.placed[label][0]:
            pending.placed[label] = (place, where)
        for scheme, value in ids.items():
            if scheme not in pending.identifiers:
                pending.identifiers[scheme] = value
                self._pending_ids.setdefault((scheme, value), entity_id)

    def new_entities(self) -> list[Entity]:
        """The entities the records introduced, in a stable order. Each is labelled by the
        spelling most rows give ("Acme Police Department" on two rows over "ACME POLICE
        DEPARTMENT" on one), then the longest ("Flock Safety, Inc." over "Flock Safety"),
        then one not in capitals alone, then the first in lexical order; its other spellings
        are its aliases, and it is placed at the row of its label that row_rank.py puts
        first. It took the first row's spelling, and a sorted file labelled it otherwise. A
        name made of its own identifier ("DUNS 019662332") is no spelling where a row names
        it (labels.py)."""
        made = []
        for p in sorted(self._pending.values(), key=lambda p: p.id):
            label, aliases = label_and_aliases(p.rows, p.written, p.identifiers)
            made.append(
                Entity(
                    id=p.id,
                    label=label,
                    type=entity_type(p.types),
                    aliases=aliases,
                    where=p.placed[label][1],
                    identifiers=tuple(sorted(p.identifiers.items())),
                    scope=(p.scope,) if p.scope else (),
                )
            )
        return made


# Of the kinds rows give one organisation, the one it is, as one USAspending row's business
# types are read (a university's, a government's, a firm's, a non-profit's), whichever row was
# read first; an Organization only where no row could say (a subawards row without its types).
_KINDS = ("ResearchOrganization", "GovernmentAgency", "Company", "AdvocacyGroup")


def entity_type(types: set[str]) -> str:
    """The type of a new entity its rows give as `types`."""
    if len(types) == 1:
        return next(iter(types))
    known = [t for t in types if t != "Organization"]
    ordered = [t for t in _KINDS if t in known] + sorted(t for t in known if t not in _KINDS)
    return ordered[0] if ordered else "Organization"


def name_space(type_: str) -> str:
    # Companies, agencies and groups share one name space; products and contracts their own.
    return type_ if type_ in ("Product", "Program", "Policy", "Contract", "Person") else "Org"


def compatible(a: dict[str, str], b: dict[str, str]) -> bool:
    """False when both sides hold the same identifier scheme with different values."""
    return all(a[s] == b[s] for s in a.keys() & b.keys())


def resolve_records(
    facts: Iterable[Fact], registry: Registry, warnings: list[InputError] | None = None
) -> tuple[list[Fact], list[Entity]]:
    """Facts with ids for the names records gave (those with a hint), in input order, and the
    entities those names made. Other names are left for `resolve_fact`.

    A registry entity a record names by its name takes the record's identifiers first
    (record_identifiers.py), so that another firm of its name stays apart; what that tells
    is added to `warnings`.

    A record whose two names turn out to be one entity states nothing by "part of" (a
    recipient listed as its own parent): that fact is dropped.
    """
    facts = list(facts)
    # A first reading, of the records that give identifiers, says which registry entities
    # they name by name alone; those take the identifiers of the row that ranks first.
    first = Resolver(registry)
    for fact in facts:
        if any(hint.identifiers for hint in fact.hints.values()):
            _names_resolved(first, fact)
    told = identify(registry, first.identified)
    if warnings is not None:
        warnings += told
    resolver = Resolver(registry)
    resolved = []
    for fact in facts:
        if not fact.hints:
            resolved.append(fact)
            continue
        ids = _names_resolved(resolver, fact)
        # A name no entity could be chosen for stays as written, for resolve_fact to report.
        fact = changed(fact, hints={}, **{k: v for k, v in ids.items() if v is not None})
        if not (fact.relation == "partOf" and fact.subject == fact.object):
            resolved.append(fact)
    made = resolver.new_entities()
    if warnings is not None:
        warnings += unidentified_rows(made, resolver.unidentified)
    return resolved, made


def _names_resolved(resolver: Resolver, fact: Fact) -> dict[str, str | None]:
    rank = min((c.rank for c in fact.citations), default="")
    return {
        key: resolver.resolve(
            getattr(fact, key),
            hint.type,
            hint.identifiers,
            fact.where,
            hint.scope,
            rank,
            hint.columns,
        )
        for key in NAMED_FIELDS
        if (hint := fact.hints.get(key)) is not None
    }


def resolve_fact(fact: Fact, registry: Registry) -> Fact:
    """The fact with entity ids in place of names; UnknownEntityError names the field.

    A contract is a Contract entity's id, label or alias where one is; anything else is left as
    written, for `awards.assign_awards` to read as the award's id (which may name a Contract a
    record describes) or to leave out with a warning."""
    resolved = {}
    if fact.contract is not None:
        named = [e for e in registry.candidates(fact.contract) if e.type == "Contract"]
        if len(named) == 1:
            resolved["contract"] = named[0].id
    for key in ("subject", "object", "product"):
        name = getattr(fact, key)
        if name is None:
            continue
        try:
            resolved[key] = registry.resolve(name).id
        except UnknownEntityError as err:
            err.path, err.line, err.field = fact.where.file or None, fact.where.line, key
            raise
    if resolved["subject"] == resolved["object"] and all(
        c.extractor == _WRITTEN for c in fact.citations
    ):
        # Kept, "Palantir supplies Palantir" was a loop on the canvas with exit 0, and a
        # part of itself was dropped unsaid: a slip (the name of one end written twice).
        raise InputError.at(
            fact.where,
            f"{fact.object!r} names the subject's entity too, {resolved['object']}: a fact "
            "ties two entities",
            "object",
        )
    return changed(fact, **resolved)


_WRITTEN = "facts"  # the extractor of fact files, each fact written by a person
