"""Joining another's call: "Y has joined X's call" backs X, and Y asks what X asked, so Y
opposes whom X's request, told before, opposes ("We have asked the DMV to end the program. The
defenders' association has joined our call.")."""

from __future__ import annotations

import re

from .rules import ASK_CUE, Found

_ASKED = re.compile(r"\b" + ASK_CUE + r"\b", re.IGNORECASE)
_JOINED = ("joined call", "joined in asking")

Span = tuple[int, int]


def joined_calls(text: str, best: dict) -> list[tuple[Found, Span]]:
    """The opposition each joiner takes on, with the joining sentence as its evidence."""
    out = []
    for found, span in list(best.values()):
        if found.rule not in _JOINED or found.relation != "supports":
            continue
        for (subject, relation, target), (_, at) in best.items():
            if subject != found.object or relation != "opposes" or target == found.subject:
                continue
            if at[0] < span[0] and _ASKED.search(text, at[0], at[1]):
                out.append((Found(found.subject, "opposes", target, 0.55, "joined call"), span))
    return out
