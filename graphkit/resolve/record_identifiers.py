"""A registry entity that records name by its name takes their identifiers.

The registry holds a firm by its names (`palantir`, "Palantir Technologies"); a USAspending row
names it with its UEI and DUNS. Kept by the row only, the identifier was lost: `graphkit show`
and the exports gave none, and a second firm of the name, under another UEI, was the same
entity. The entity takes the identifiers of the row that ranks first by row_rank.py's rule (so
the file's order changes nothing); a row giving it another value of one scheme names another
firm, which the resolver then keeps apart, as it keeps apart two new firms of one name.
"""

from __future__ import annotations

from ..exc import InputError, Location
from ..sources.registry import Registry

# (place, the name as written, its identifiers, where, the column of each identifier): one
# row that names an entity
Named = tuple[tuple, str, dict[str, str], Location, dict[str, str]]


def identify(registry: Registry, named: dict[str, list[Named]]) -> list[InputError]:
    """Give each registry entity of `named` the identifiers of its first row (those it lacks);
    a warning for each other row whose identifier differs, once per value."""
    chosen = {entity_id: min(rows, key=lambda r: r[0]) for entity_id, rows in named.items()}
    # A value two entities would take names neither: the registry must say which it is.
    owners: dict[tuple[str, str], set[str]] = {}
    for entity_id, (_, _, ids, _, _) in chosen.items():
        for key in ids.items():
            owners.setdefault(key, set()).add(entity_id)
    warnings = []
    for entity_id in sorted(chosen):
        _, _, ids, first, _ = chosen[entity_id]
        held = dict(registry.get(entity_id).identifiers)
        given = {s: v for s, v in ids.items() if s not in held and len(owners[(s, v)]) == 1}
        entity = registry.identify(entity_id, given)
        warnings += _others(entity_id, dict(entity.identifiers), first, named[entity_id])
    return warnings


def _others(entity_id: str, held: dict[str, str], first: Location, rows: list[Named]):
    told = set()
    for _, name, ids, where, columns in sorted(rows, key=lambda r: r[0]):
        apart = sorted((s, v) for s, v in ids.items() if held.get(s, v) != v)
        if not apart or apart[0] in told:
            continue
        told.add(apart[0])
        scheme, value = apart[0]
        yield InputError.at(
            where,
            f"{name!r} ({scheme} {value}) is another entity than the registry's {entity_id}, "
            f"which its first record ({first}) gives {scheme} {held[scheme]}: it is an entity "
            f"of its own; give the registry entry its {scheme} if this one is it, or join the "
            "two with `graphkit entities same`",
            columns.get(scheme, scheme),  # the column it was read from (recipient_uei)
        )
