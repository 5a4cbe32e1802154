"""A body that signs a contract for a product, buys it or selects it is supplied by the product's
maker, when the text says who makes it ("Kitebridge develops Lanewright. The county signed a
contract for Lanewright.", "… has selected CaseTrellis. CaseTrellis, which Sallowmere built, …")."""

from __future__ import annotations

import re

from .rules import PURCHASE, Found

Span = tuple[int, int]


# A sale through a middleman: "licenses the software through a reseller, X"
_MIDDLEMAN = re.compile(r"\b(?:through|via)\b|\b(?:resell|distribut|integrat)")


def contracted_makers(best: dict, text: str) -> list[tuple[Found, Span]]:
    """The maker's supply of each body that contracts for its product, with that sentence."""
    makers: dict[str, set[str]] = {}
    for subject, relation, obj in best:
        if relation == "develops":
            makers.setdefault(obj, set()).add(subject)
    # "bought P from R": the reseller the sentence names sells it, not its maker
    sellers = {
        (found.object, span): found.subject
        for found, span in best.values()
        if found.relation == "supplies"
    }
    out = []
    for found, span in list(best.values()):
        if found.rule not in ("contract for", PURCHASE):
            continue
        seller = sellers.get((found.subject, span))
        if seller is None and _MIDDLEMAN.search(text, *span):
            continue
        for maker in sorted(makers.get(found.object, ())):
            if maker != found.subject and seller in (None, maker):
                out.append((Found(maker, "supplies", found.subject, 0.6, found.rule), span))
    return out
