"""A request that the one asked stop what it does: "X urged Y to stop selling drones", "asked
Y not to renew", "wants Y to drop the plan": X opposes Y, where the ending names no other
party (a named thing to end is read by the pattern rules)."""

from __future__ import annotations

from . import cues as cx
from .clauses import NEGATORS, Clauses, Hit
from .objects import OWN, in_use
from .subjects import group_start, subject_of


def request(c: Clauses, i: int, last: int, cue: cx.Cue, confidence: float) -> list[Hit]:
    """ "X urged Y to stop selling drones": X opposes Y, when the ending names no other party."""
    toks, end = c.toks, c.clause_end(last)
    g = group_start(c, i)
    if set(toks[g:i]) & NEGATORS:
        return []
    addressee = to = None
    for k in range(last + 1, min(end, last + 8)):
        if c.mention[k] is not None and addressee is None:
            addressee = k
        elif toks[k] == "to" and addressee is not None:
            to = k
            break
    if to is None or to + 1 >= end:
        return []
    # what is to stop is the one asked's own doing ("to stop selling", "not to sell", "to end
    # its partnerships"), not a thing another party holds ("to cancel the deal")
    own = to + 2 < end and (
        toks[to + 2].endswith("ing") or toks[to + 2] in OWN or in_use(toks, to + 2, end)
    )
    negated = "not" in (toks[to - 1], toks[to + 1])
    verb = toks[to + 2] if toks[to + 1] == "not" and to + 2 < end else toks[to + 1]
    if negated and _halts(verb):
        return []  # "urged the council not to drop the renewal": a plea to keep it
    halt = negated or (own and _halts(verb))
    # the infinitive's own words, to a comma that opens another clause ("…, and its president")
    end = next((k for k in range(to + 1, end) if toks[k] in (",", ";")), end)
    if not halt or any(c.mention[k] is not None for k in range(to + 1, end)):
        return []  # what is to end is named: the pattern rules read that
    agent = subject_of(c, g)
    if agent is None:
        return []
    return [Hit(cue.relation, agent, c.mention[addressee], confidence, "request")]


def _halts(word: str) -> bool:
    """Whether the word is a verb of ending ("drop", "cancel", "halt")."""
    return any("halt" in f.cue.options for f in cx.index().get(word, ()))
