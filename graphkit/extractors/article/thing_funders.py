"""Money for a named thing goes to the body that uses it: "The Mahali build was paid for with a
grant from Y" and "KCSA has required every athlete to file through Mahali" make Y a funder of
KCSA. Where the text names no user of the thing, or more than one public body, no one is
funded."""

from __future__ import annotations

import re
from dataclasses import replace

from .entity import THING_TYPES


def thing_funders(best: dict, entities: dict, text: str) -> dict:
    """`best` ((subject, relation, object) -> (Found, sentence span)) with each funding of a
    named thing (`paying.py`'s "paid for a thing", or any reading that funds a thing) given to
    the thing's one user (a public body among several users first, a body before its own
    units; a firm not, where the money is public). Where there is no one user, no thing is
    funded, but a programme the sentence names as one ("funds the X program") is, as its
    maker's money for its thing stays as read. `text` is the document's."""
    users: dict[str, set[str]] = {}
    for subject, relation, obj in best:
        if relation == "uses" and entities[obj].type in THING_TYPES:
            users.setdefault(obj, set()).add(subject)
    out, given = {}, set()  # (funder, thing) pairs whose money went to the thing's user
    for (subject, relation, obj), (found, span) in best.items():
        # (any reading of money given a thing: "P's build was paid for by Y" is also read as
        # Y's funding of P by the clause's rule)
        # (not its maker's money: "we will keep investing in P's business")
        if (
            relation != "funds"
            or entities[obj].type not in THING_TYPES
            or (subject, "develops", obj) in best
        ):
            out.setdefault((subject, relation, obj), (found, span))
            continue
        named = users.get(obj, set()) - {subject}
        if _public_money(entities[subject]):
            # (a firm that only works through a public body's thing is not who its build was
            # for: "livestock markets report moves in P" and "P's rebuild was paid for from the
            # directorate's fund")
            named = {u for u in named if entities[u].type != "Company"}
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
            given.add((subject, obj))
        elif found.rule != "paid for a thing" and _programme(
            entities[obj].name, text[slice(*span)]
        ):
            out.setdefault((subject, relation, obj), (found, span))  # "funds the X program"
    # the money is the user's, not the thing's, however else the sentence was read ("P's build
    # was paid for by Y" is also Y's funding of P by the clause's reading)
    return {k: v for k, v in out.items() if not (k[1] == "funds" and (k[0], k[2]) in given)}


_PUBLIC_FUND = re.compile(r"\b(?:fund|programme|program|scheme|grants?|facility)$", re.IGNORECASE)


def _programme(name: str, sentence: str) -> bool:
    """Whether the sentence calls the thing a programme: "the Habitat for Humanity program"."""
    return re.search(re.escape(name) + r" (?:program|programme)\b", sentence, re.I) is not None


def _public_money(funder) -> bool:
    """Whether the money is a public body's or a named fund's, as a ministry's or a programme's."""
    return funder.type == "GovernmentAgency" or _PUBLIC_FUND.search(funder.name) is not None


def _same_body(a: str, b: str) -> bool:
    """Whether one name is the other written shorter ("City Government", "City Government of
    Malabanan")."""
    a, b = a.lower(), b.lower()
    return a == b or b.startswith(a + " ") or a.startswith(b + " ")
