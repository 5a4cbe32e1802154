"""Entities that may be one: fuzzy candidates for a person to judge, and their decisions.

Identifiers and normalised names resolve records (resolve/entities.py). Fuzzy similarity
(rapidfuzz) is only *reported* as a candidate: a person records `same` / `different` decisions
in a data file, and the next build applies them transitively, refusing a merge that a
`different` forbids. Nothing is merged silently.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from rapidfuzz import fuzz, process

from ..exc import NOWHERE, InputError, Location
from ..model import Entity, Fact, changed
from ..names import name_key, normalize
from ..sources.registry import Registry
from ..yamlio import load_yaml_list
from .entities import compatible, name_space

DECISIONS_FILE = Path("data") / "decisions.yaml"
CANDIDATE_THRESHOLD = 85.0

# --- candidates -------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class DuplicateCandidate:
    """Two entities that may be one, with the evidence a person needs to decide."""

    score: float
    a: str
    b: str
    evidence: str


def find_candidates(
    entities: Iterable[Entity],
    decided: Iterable[frozenset[str]] = (),
    threshold: float = CANDIDATE_THRESHOLD,
) -> list[DuplicateCandidate]:
    """Likely duplicates of the same type, best first; pairs already decided are left out."""
    decided = set(decided)
    by_family: dict[str, list[tuple[str, str, Entity]]] = {}
    for entity in entities:
        if entity.type == "Contract":
            continue
        for name in dict.fromkeys((entity.label, *entity.aliases)):
            by_family.setdefault(name_space(entity.type), []).append((name_key(name), name, entity))
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
    found = [DuplicateCandidate(round(s, 1), a, b, ev) for (a, b), (s, ev) in best.items()]
    return sorted(found, key=lambda c: (-c.score, c.a, c.b))


def _evidence(name_a: str, a: Entity, name_b: str, b: Entity, score: float) -> str:
    parts = [f"{name_a!r} ~ {name_b!r} (token_sort_ratio {score:.0f})"]
    if name_key(name_a) == name_key(name_b):
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
    where: Location = NOWHERE
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
        rows = load_yaml_list(path, shown, problems.append)
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
            Decision(verdict, tuple(ids), Location(shown, row.line), str(row.get("note") or ""))
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
            names = ", ".join(repr(i) for i in missing)
            problems.append(
                InactiveDecision.at(
                    decision.where,
                    f"inactive: {names} {'is' if len(missing) == 1 else 'are'} in no source of "
                    "this build; the decision is kept and applies to builds that include "
                    f"{'it' if len(missing) == 1 else 'them'}",
                    decision.verdict,
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
                problems.append(
                    InputError.at(
                        decision.where,
                        f"{ids[0]!r} and {other!r} would be merged, but {clash.where} says "
                        f"{' and '.join(clash.ids)} are different; this merge is not applied",
                        "same",
                    )
                )
                continue
            keep, drop = sorted((ra, rb), key=lambda i: (i in created, order.get(i, 0)))
            parent[drop] = keep
    return {x: find(x) for x in parent}, problems


def scope_merges(
    registry: Registry, created: Iterable[Entity], merged: dict[str, str], decided: set
) -> dict[str, str]:
    """More merges that `merged` (entity id -> the id it joins) implies: names records gave
    within two scopes that name entities now merged are one name within one scope.

    A sub-agency is known by its name within its department: "Office of Inspector General"
    within "Department of the Treasury" and within "Treasury, Department of the" are two
    entities until a person judges the departments `same`, and then one: the one within the
    kept department's own name keeps its id. Units whose identifiers disagree, or that a person
    judged `different` (a pair in `decided`, or entities merged into them), stay apart. What a
    decision merged into a unit that now joins another joins it too.
    """
    if not merged:
        return {}
    groups: dict[tuple[str, str, str], list[tuple[bool, Entity]]] = {}
    for entity in created:
        if not entity.scope or entity.id in merged:
            continue
        named = {e.id for e in registry.candidates(entity.scope[0])}
        roots = {merged.get(i, i) for i in named}
        if len(roots) == 1:
            key = (name_space(entity.type), name_key(entity.label), root := roots.pop())
            groups.setdefault(key, []).append((root not in named, entity))
    more = {}
    for members in groups.values():
        first, *others = [entity for _, entity in sorted(members, key=lambda m: m[0])]
        for other in others:
            pair = frozenset((first.id, other.id))
            same_ids = compatible(dict(first.identifiers), dict(other.identifiers))
            apart = any({merged.get(i, i) for i in judged} == pair for judged in decided)
            if same_ids and not apart and first.scope != other.scope:
                more[other.id] = first.id
    # `first` is never merged away, so one step reaches every root
    return {**{drop: more[keep] for drop, keep in merged.items() if keep in more}, **more}


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
            changed(fact, subject=subject, object=obj, product=product, contract=contract)
        )
    return Registry(folded.values()), renamed
