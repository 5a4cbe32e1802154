"""A body that signs a contract for a product is supplied by the product's maker, when the text
says who makes it ("Kitebridge develops Lanewright. The county signed a contract for
Lanewright.")."""

from __future__ import annotations

from .rules import Found

Span = tuple[int, int]


def contracted_makers(best: dict) -> list[tuple[Found, Span]]:
    """The maker's supply of each body that contracts for its product, with that sentence."""
    makers: dict[str, set[str]] = {}
    for subject, relation, obj in best:
        if relation == "develops":
            makers.setdefault(obj, set()).add(subject)
    out = []
    for found, span in list(best.values()):
        if found.rule != "contract for":
            continue
        for maker in sorted(makers.get(found.object, ())):
            if maker != found.subject:
                out.append((Found(maker, "supplies", found.subject, 0.6, "contract for"), span))
    return out
