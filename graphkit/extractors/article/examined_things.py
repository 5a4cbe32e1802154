"""An examination of a thing is an examination of its maker: "In January P completed a SOC 2
Type II examination by Y", "P was certified against ISO/IEC 27001 by Y" (Y investigates the firm
the text says makes P). Where the text names no one maker, no one is examined."""

from __future__ import annotations

from dataclasses import replace

from .entity import THING_TYPES

EXAMINED_THING = "examined thing"  # the rule whose findings name the thing examined


def examined_makers(best: dict, entities: dict) -> dict:
    """`best` ((subject, relation, object) -> (Found, sentence span)) with each examination of
    a thing given to the thing's one maker."""
    makers: dict[str, set[str]] = {}
    for subject, relation, obj in best:
        if relation == "develops":
            makers.setdefault(obj, set()).add(subject)
    out = {}
    for (subject, relation, obj), (found, span) in best.items():
        if found.rule != EXAMINED_THING or entities[obj].type not in THING_TYPES:
            out.setdefault((subject, relation, obj), (found, span))
            continue
        named = makers.get(obj, set()) - {subject}
        if len(named) == 1:
            maker = named.pop()
            out.setdefault((subject, relation, maker), (replace(found, object=maker), span))
    return out
