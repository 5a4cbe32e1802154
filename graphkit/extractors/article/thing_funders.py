"""Money for a named thing goes to the body that uses it: "The Mahali build was paid for with a
grant from Y" and "KCSA has required every athlete to file through Mahali" make Y a funder of
KCSA. Where the text names no user of the thing, or more than one public body, no one is
funded."""

from __future__ import annotations

from dataclasses import replace

from .entity import THING_TYPES


def thing_funders(best: dict, entities: dict) -> dict:
    """`best` ((subject, relation, object) -> (Found, sentence span)) with each funding of a
    named thing (`paying.py`'s "paid for a thing") given to the thing's one user (a public body
    among several users first, a body before its own units)."""
    users: dict[str, set[str]] = {}
    for subject, relation, obj in best:
        if relation == "uses" and entities[obj].type in THING_TYPES:
            users.setdefault(obj, set()).add(subject)
    out = {}
    for (subject, relation, obj), (found, span) in best.items():
        if found.rule != "paid for a thing":
            out.setdefault((subject, relation, obj), (found, span))
            continue
        named = users.get(obj, set()) - {subject}
        public = {u for u in named if entities[u].type == "GovernmentAgency"}
        chosen = public or named
        # (a unit's use is its body's: "the Inspectorate and its Safety Division use P" is
        # one user, the body the others are part of, unless that body is the funder, written
        # shorter: "paid for from the City Government's fund" funds its unit)
        top = {u for u in chosen if not any((u, "partOf", o) in best for o in chosen)}
        if not any(_same_body(entities[subject].name, entities[u].name) for u in top):
            chosen = top
        if len(chosen) == 1:
            user = chosen.pop()
            key = (subject, "funds", user)
            if key not in best:
                out[key] = (replace(found, object=user), span)
    return out


def _same_body(a: str, b: str) -> bool:
    """Whether one name is the other written shorter ("City Government", "City Government of
    Malabanan")."""
    a, b = a.lower(), b.lower()
    return a == b or b.startswith(a + " ") or a.startswith(b + " ")
