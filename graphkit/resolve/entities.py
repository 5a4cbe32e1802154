"""Entity resolution: names and identifiers from records to entities, without silent merges.

Three rules, in order of trust:
1. identifiers (UEI, DUNS, CAGE, Wikidata QID) that the record and an entity share;
2. the same name once normalised (case, punctuation, "The", "U.S.", legal suffixes such as
   "Inc." or "Corporation") against the registry's labels and aliases;
3. fuzzy similarity (rapidfuzz), which is only *reported* as a candidate. A person records
   `same` / `different` decisions in a data file, and the next build applies them transitively.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from ..exc import InputError
from ..model import Entity, Fact
from ..names import normalize, slugify
from ..sources.registry import IDENTIFIERS, Registry, identifier_keys
from ..yamlio import load_yaml_list

DECISIONS_FILE = Path("data") / "decisions.yaml"
CANDIDATE_THRESHOLD = 85.0

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
    where: str
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
                self._keys.setdefault((_family(entity.type), org_key(name)), set()).add(entity.id)
        self._pending: dict[str, _Pending] = {}
        self._pending_keys: dict[tuple[str, str, str], list[str]] = {}
        self._pending_ids: dict[tuple[str, str], str] = {}

    def resolve(
        self,
        name: str,
        type_: str,
        identifiers: Iterable[tuple[str, str]] = (),
        where: str = "",
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
            and _family(exact[0].type) == _family(type_)
            and _compatible(dict(identifier_keys(exact[0])), ids)
        ):
            return exact[0].id
        key = (_family(type_), org_key(name))
        known = sorted(self._keys.get(key, ()))
        if len(known) == 1 and _compatible(dict(identifier_keys(self.registry.get(known[0]))), ids):
            return known[0]
        for pending_id in self._pending_keys.get((*key, scope), ()):
            # Two records with the same name but different UEIs are two legal entities until a
            # person decides otherwise: they stay apart and show up as candidates.
            if _compatible(self._pending[pending_id].identifiers, ids):
                return pending_id
        return None

    def _create(self, name: str, type_: str, ids: dict[str, str], where: str, scope: str) -> str:
        base = slugify(f"{org_key(name) or name} {scope}")
        entity_id, n = base, 1
        while entity_id in self.registry or entity_id in self._pending:
            n += 1
            entity_id = f"{base}-{n}"
        self._pending[entity_id] = _Pending(entity_id, " ".join(name.split()), type_, where)
        self._pending_keys.setdefault((_family(type_), org_key(name), scope), []).append(entity_id)
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


def _family(type_: str) -> str:
    # Companies, agencies and groups share one name space; products and contracts their own.
    return type_ if type_ in ("Product", "Program", "Policy", "Contract", "Person") else "Org"


def _compatible(a: dict[str, str], b: dict[str, str]) -> bool:
    """False when both sides hold the same identifier scheme with different values."""
    return all(a[s] == b[s] for s in a.keys() & b.keys())


# --- candidates -------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Candidate:
    """Two entities that may be one, with the evidence a person needs to decide."""

    score: float
    a: str
    b: str
    evidence: str


def find_candidates(
    entities: Iterable[Entity],
    decided: Iterable[frozenset[str]] = (),
    threshold: float = CANDIDATE_THRESHOLD,
) -> list[Candidate]:
    """Likely duplicates of the same type, best first; pairs already decided are left out."""
    decided = set(decided)
    by_family: dict[str, list[tuple[str, str, Entity]]] = {}
    for entity in entities:
        if entity.type == "Contract":
            continue
        for name in dict.fromkeys((entity.label, *entity.aliases)):
            by_family.setdefault(_family(entity.type), []).append((org_key(name), name, entity))
    best: dict[tuple[str, str], tuple[float, str]] = {}
    for rows in by_family.values():
        keys = [k for k, _, _ in rows]
        for i, key in enumerate(keys):
            # extract() runs in C over all names; only pairs above the cutoff come back.
            for _, score, j in process.extract(
                key, keys, scorer=fuzz.token_sort_ratio, score_cutoff=threshold, limit=None
            ):
                (_, name_a, ea), (_, name_b, eb) = rows[i], rows[j]
                if ea.id >= eb.id or frozenset((ea.id, eb.id)) in decided:
                    continue
                pair = (ea.id, eb.id)
                if pair not in best or score > best[pair][0]:
                    best[pair] = (float(score), _evidence(name_a, ea, name_b, eb, score))
    found = [Candidate(round(s, 1), a, b, ev) for (a, b), (s, ev) in best.items()]
    return sorted(found, key=lambda c: (-c.score, c.a, c.b))


def _evidence(name_a: str, a: Entity, name_b: str, b: Entity, score: float) -> str:
    parts = [f"{name_a!r} ~ {name_b!r} (token_sort_ratio {score:.0f})"]
    if org_key(name_a) == org_key(name_b):
        parts.append("same name once normalised")
    ids_a, ids_b = dict(a.identifiers), dict(b.identifiers)
    for scheme in sorted(ids_a.keys() & ids_b.keys()):
        if ids_a[scheme] != ids_b[scheme]:
            parts.append(f"different {scheme.upper()} {ids_a[scheme]} / {ids_b[scheme]}")
    return "; ".join(parts)


# --- decisions --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    verdict: str  # "same" or "different"
    ids: tuple[str, ...]
    where: str = ""
    note: str = ""


class InactiveDecision(InputError):
    """A decision naming an entity that this build does not have (its source is not read).

    Not an error: decisions about a one-off import (`build --source ...`) wait for the next
    build that reads that source.
    """


def load_decisions(
    path: Path, display: str | None = None
) -> tuple[list[Decision], list[InputError]]:
    """Read the decisions file: entries `same: [a, b, ...]` or `different: [a, b]`."""
    if not path.is_file():
        return [], []
    shown = display or str(path)
    decisions, problems = [], []
    try:
        rows = load_yaml_list(path, shown)
    except InputError as err:
        return [], [err]
    for row in rows:
        verdicts = [k for k in ("same", "different") if k in row]
        if len(verdicts) != 1:
            problems.append(
                InputError(
                    "an entry needs either same: [ids] or different: [ids]",
                    path=shown,
                    line=row.line,
                )
            )
            continue
        verdict = verdicts[0]
        ids = row[verdict]
        if not isinstance(ids, list) or len(ids) < 2 or not all(isinstance(i, str) for i in ids):
            problems.append(
                InputError(
                    f"{verdict} needs a list of two or more entity ids",
                    path=shown,
                    line=row.line_of(verdict),
                    field=verdict,
                )
            )
            continue
        decisions.append(
            Decision(verdict, tuple(ids), f"{shown}:{row.line}", str(row.get("note") or ""))
        )
    return decisions, problems


def decided_pairs(decisions: Iterable[Decision]) -> set[frozenset[str]]:
    """Every pair a person has judged, either way."""
    pairs = set()
    for d in decisions:
        pairs.update(frozenset((a, b)) for a in d.ids for b in d.ids if a != b)
    return pairs


def merge_map(
    decisions: list[Decision], known: Registry, created: set[str]
) -> tuple[dict[str, str], list[InputError]]:
    """entity id -> the id it is merged into, from `same` decisions applied transitively.

    A `same` that would join two entities someone judged `different` (directly or through
    other decisions) is refused and reported. The kept id is a registry entity when the group
    has one, else the first id listed.
    """
    parent: dict[str, str] = {}
    order: dict[str, int] = {}
    problems: list[InputError] = []

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    different = [d for d in decisions if d.verdict == "different"]
    for decision in decisions:
        for entity_id in decision.ids:
            order.setdefault(entity_id, len(order))
        missing = [i for i in decision.ids if i not in known]
        if missing:
            path, _, line = decision.where.rpartition(":")
            names = ", ".join(repr(i) for i in missing)
            problems.append(
                InactiveDecision(
                    f"inactive: {names} {'is' if len(missing) == 1 else 'are'} in no source of "
                    "this build; the decision is kept and applies to builds that include "
                    f"{'it' if len(missing) == 1 else 'them'}",
                    path=path,
                    line=int(line),
                    field=decision.verdict,
                )
            )
        if decision.verdict != "same":
            continue
        ids = [i for i in decision.ids if i in known]
        for other in ids[1:]:
            ra, rb = find(ids[0]), find(other)
            if ra == rb:
                continue
            clash = _clash(find, different, ra, rb)
            if clash:
                path, _, line = decision.where.rpartition(":")
                problems.append(
                    InputError(
                        f"{ids[0]!r} and {other!r} would be merged, but {clash.where} says "
                        f"{' and '.join(clash.ids)} are different; this merge is not applied",
                        path=path,
                        line=int(line),
                        field="same",
                    )
                )
                continue
            keep, drop = sorted((ra, rb), key=lambda i: (i in created, order.get(i, 0)))
            parent[drop] = keep
    return {x: find(x) for x in parent}, problems


def _clash(find, different: list[Decision], ra: str, rb: str) -> Decision | None:
    for d in different:
        roots = {find(i) for i in d.ids}
        if ra in roots and rb in roots:
            return d
    return None


def apply_merges(
    registry: Registry, facts: list[Fact], merged: dict[str, str]
) -> tuple[Registry, list[Fact]]:
    """A registry with each merged entity folded into the one it joins, and facts renamed."""
    if not merged:
        return registry, facts
    folded: dict[str, Entity] = {e.id: e for e in registry if e.id not in merged}
    for drop in sorted(merged):
        keep = folded[merged[drop]]
        gone = registry.get(drop)
        seen = {normalize(n) for n in (keep.label, *keep.aliases)}
        aliases = list(keep.aliases)
        for name in (gone.label, *gone.aliases):
            if normalize(name) not in seen:
                seen.add(normalize(name))
                aliases.append(name)
        identifiers = dict(keep.identifiers)
        for scheme, value in gone.identifiers:
            identifiers.setdefault(scheme, value)
        folded[keep.id] = replace(
            keep,
            aliases=tuple(aliases),
            identifiers=tuple(sorted(identifiers.items())),
            wikidata=keep.wikidata or gone.wikidata,
        )
    renamed = []
    for fact in facts:
        subject = merged.get(fact.subject, fact.subject)
        obj = merged.get(fact.object, fact.object)
        if subject == obj and fact.relation == "partOf":
            continue  # a company "part of" itself once its two names are one
        product = merged.get(fact.product, fact.product) if fact.product else None
        contract = merged.get(fact.contract, fact.contract) if fact.contract else None
        renamed.append(
            replace(fact, subject=subject, object=obj, product=product, contract=contract)
        )
    return Registry(folded.values()), renamed
