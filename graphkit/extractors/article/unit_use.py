"""A unit's use is its body's: "the ministry's Department of Fisheries Development recorded
21,000 landings through SamakiSight" states that the department, and so the ministry, uses
SamakiSight, where the same sentence names the department as the ministry's."""

from __future__ import annotations

from dataclasses import replace

Span = tuple[int, int]
# The readings of a unit named as its body's ("the ministry's Department of …"), not of a body
# described as another's ("an agency of the Ministry", whose use is its own)
_OWNED_UNIT = frozenset(
    ["possessive unit", "owner's named unit", "possessive named unit", "named unit of owner"]
    + ["owner's unit"]
)


def owners_use(best: dict) -> dict:
    """`best` ((subject, relation, object) -> (Found, sentence span)) with, for each use by a
    unit that the same sentence makes part of a body, that body's use of the thing."""
    owners: dict[tuple[str, Span], set[str]] = {}
    for (unit, relation, owner), (found, span) in best.items():
        if relation == "partOf" and found.rule in _OWNED_UNIT:
            owners.setdefault((unit, span), set()).add(owner)
    out = dict(best)
    for (unit, relation, thing), (found, span) in best.items():
        if relation != "uses":
            continue
        for owner in sorted(owners.get((unit, span), ())):
            key = (owner, "uses", thing)
            if key not in out and owner != thing:
                out[key] = (replace(found, subject=owner, rule="unit's use"), span)
    return out
