"""Readings of what stands after a verb: a recipient ("licensed P to the command"), a relative
clause whose subject is no object of the verb ("an account that X provided"), a name that
titles the next ("spyware vendor X")."""

from __future__ import annotations

from . import cues as cx
from .clauses import FUNCTION, PREPOSITIONS, Clauses, words


def recipient_after(c: Clauses, last: int) -> bool:
    """ "licensed P to the command", "was sold to a city": the verb hands something to someone
    (a named one or not), which no infinitive "to" does."""
    for k in range(last + 1, min(last + 5, len(c.toks) - 1)):
        if c.toks[k] in (",", ".", ";"):
            return False
        if c.toks[k] == "to":
            return c.mention[k + 1] is not None or c.toks[k + 1] in _RECIPIENT_DETERMINERS
    return False


_RECIPIENT_DETERMINERS = words("the a an its their his her")


def object_relative(c: Clauses, k: int) -> bool:
    """ "an account that X provided (on request)": a relative clause whose verb lacks its
    object, so the noun before is that object; "reported that X sells drones" is no such."""
    toks = c.toks
    if c.mention[k - 1] is not None or c.is_verb(k - 1) or c.mention[k + 1 : k + 2] == [None]:
        return False
    verb = next((v for v in range(k + 2, min(k + 5, len(toks))) if c.is_verb(v)), None)
    if verb is None or k + 2 >= len(toks):
        return False
    after = toks[verb + 1] if verb + 1 < len(toks) else "."
    return after in (",", ".", ";") or (after in PREPOSITIONS and after != "to")


def titles_next(c: Clauses, k: int) -> bool:
    """A mention that, with a noun, titles the next one: "spyware vendor X", "X rival Y", "the
    Chicago private equity firm Y" (three plain words between)."""
    if c.mention[k] not in c.modifiers:
        return False
    if k + 4 < len(c.toks) and c.mention[k + 4] is not None:
        words = c.toks[k + 1 : k + 4]
        if all(w.isalpha() and w.islower() and w not in PREPOSITIONS for w in words):
            return True
    return any(c.mention[x] is not None for x in range(k + 2, min(len(c.toks), k + 4))) and not any(
        c.toks[x] in PREPOSITIONS or c.toks[x] == "," for x in range(k + 1, k + 3)
    )


def hands_on(c: Clauses, last: int, roles: dict, cue: cx.Cue) -> bool:
    """Whether the verb hands its object on to a recipient, or gets it from a source, so that a
    use ("licensed P to A") or a weak reading of making ("licensed P from K") does not hold."""
    handed = "to" in roles or recipient_after(c, last)
    if cue.relation == "uses":
        return handed
    # "P, which we license from K": the licence is the one K sells, not one the agent grants
    got = cue.relation == "supplies" and cue.words[0] in ("license", "licence")
    return "from" in roles and ("weak" in cue.options or (got and "from" not in cue.subject))


# What a host rents out; a host's name before any other noun names whose chips or engines
# something runs on, not where it is hosted: "runs on Nvidia chips".
_MACHINES = words("""
    servers server cloud clouds infrastructure data datacenters computing hardware platform
    platforms instances accounts regions region
""")


def hardware(c: Clauses, last: int, slots: dict, hosts: tuple[str, ...]) -> bool:
    """Whether the host a hosting verb names is only the maker of a thing after it: "runs on
    Nvidia chips", "runs on Qualcomm's processors"."""
    for role in hosts:
        if role not in slots:
            continue
        k = last + slots[role][1] + 1
        k += c.toks[k : k + 1] == ["'s"]
        word = c.toks[k] if k < len(c.toks) else ""
        if (
            word[:1].isalpha()
            and c.mention[k] is None
            and not word.endswith("ly")
            and (word not in FUNCTION | _MACHINES)
        ):
            return True
    return False


# Verbs "back" is a particle of: "keep back", "scaled back", "pay back", "fought back"
_BACK_PARTICLE = words("""
    keep keeps kept keeping hold holds held holding scale scales scaled scaling roll rolls
    rolled rolling pay pays paid paying cut cuts cutting fight fights fought fighting pull
    pulls pulled pulling push pushes pushed pushing bring brings brought bringing come comes
    came coming go goes went going get gets got getting give gives gave giving step steps
    stepped stepping set sets setting turn turns turned turning write writes wrote call calls
    called calling hit hits
""")


def particle_back(toks: list[str], i: int) -> bool:
    """Whether "back" at i is a particle of the verb before: "keep back", "scaled back"."""
    return i > 0 and toks[i - 1] in _BACK_PARTICLE
