"""Who does a verb: the grammatical subject of a verb group, found leftwards past
appositions, prepositional phrases and adverbs, through a relative pronoun, or as the
controller of an infinitive ("agreed to supply", "paid X to build"); the owner of a possessed
subject ("X's software is used by"); the main clause's subject for a participle phrase."""

from __future__ import annotations

from . import cues as cx
from .clauses import (
    AUX,
    BE,
    HEDGES,
    IRREALIS,
    LIGHT,
    NEGATORS,
    OBJECT_CONTROL,
    PREPOSITIONS,
    RELATIVE,
    Clauses,
    antecedent,
    member_of,
    words,
)

DETERMINERS = words("the a an its their his her this that these those")
# Nouns for a part of an organisation, and for an amount of something.
UNIT_NOUNS = words("division unit office branch arm component department agency bureau team")
PEOPLE = words("""
    activists members employees workers staff staffers representatives lawyers attorneys
    researchers protesters supporters volunteers leaders organizers organisers
""")
_REPORTING = words("""
    said says confirmed confirms acknowledged acknowledges admitted admits stated states
    announced announces claimed claims added adds told tells wrote writes disclosed discloses
""")
# Words that make those a name describes its past staff: "former ICE officials", "ex-Google".
_FORMER = words("former ex onetime one-time retired erstwhile")
# Nouns of people who work somewhere, one or many: "officials", "an engineer".
_STAFF = PEOPLE | words("""
    official officials executive executives staffer employee worker engineer engineers agent
    agents officer officers manager managers director directors researcher scientist scientists
    analyst analysts lawyer attorney contractor contractors leader member investigator
    investigators prosecutor prosecutors moderator moderators designer designers developer
    developers diplomat diplomats operative operatives spokesperson spokespeople insiders
""")
# Those who carry out a body's work with its gear: "the department's officers wear P".
_CREW = words("officers deputies troopers detectives dispatchers firefighters paramedics rangers")
# "most of the board voted against": a share of an organisation acts for it.
_SHARES = words("most majority many some several half members member")
# Nouns of intent whose infinitive names what a stance is about: "a plan to pilot X".
PLANS = words("plan plans proposal proposals decision decisions effort efforts move push bid")


def group_start(c: Clauses, i: int) -> int:
    """Where the verb group ("has not yet been", "will also") before token i begins."""
    j = i
    while j > 0 and (
        c.toks[j - 1] in AUX
        or c.toks[j - 1] in BE
        or c.toks[j - 1] in NEGATORS
        or c.toks[j - 1] in HEDGES
        or (c.toks[j - 1].endswith("ly") and c.mention[j - 1] is None)
        or c.toks[j - 1] in ("yet", "longer", "only", "not", "soon", "itself", "themselves")
    ):
        j -= 1
    return j


def main_subject(c: Clauses, comma: int) -> int | None:
    """The subject of the clause a participle phrase at `comma` hangs on: its first name that
    no preposition governs."""
    for k in range(c.clause_start(comma), comma):
        if k in c.asides.values():
            return None  # the clause opens with an aside: too far to tell
        if c.mention[k] is not None:
            prev = c.toks[k - 1] if k > 0 else ""
            if prev in PREPOSITIONS or (
                prev in DETERMINERS and k > 1 and c.toks[k - 2] in PREPOSITIONS
            ):
                continue
            return c.mention[k]
        if c.is_verb(k) and c.toks[k] not in BE and c.toks[k] not in AUX:
            return None  # a verb before any name: the subject is not a name
    return None


_GOVERNORS = ("trustees", "directors", "governors", "commissioners", "management")


def owner_before(c: Clauses, g: int) -> int | None:
    """The possessor of the noun phrase just before a verb group: "X's facial recognition",
    "X's cash programme in Iraq" (where it runs: a place after the noun)."""
    k, stop = g - 1, max(-1, g - 5)
    if k >= 1 and k in c.places and c.toks[k - 1] == "in":
        k, stop = k - 2, max(-1, g - 7)
    if k >= 2 and c.toks[k - 1 : k + 1] in (["of", t] for t in _GOVERNORS):
        k, stop = k - 2, max(-1, g - 7)  # "X's board of trustees is chaired by Y": X's board
    while k > stop:
        if c.toks[k] == "'s" and k > 0 and c.mention[k - 1] is not None:
            return c.mention[k - 1]
        if c.mention[k] is not None or c.toks[k] in PREPOSITIONS or c.toks[k] == ",":
            return None
        k -= 1
    return None


def subject_of(c: Clauses, g: int) -> int | None:
    """The mention that is the grammatical subject of the verb group starting at token g."""
    toks = c.toks
    j = g - 1
    start = c.clause_start(g)
    if j >= 0 and toks[j] in RELATIVE:
        return antecedent(c, j)
    if j >= 1 and toks[j - 1] == "whose":
        return antecedent(c, j - 1)  # "X, whose software is used by Y": X's software
    if j >= 1 and toks[j] in ("it", "they", "she", "he"):
        # "X confirmed (that) it had bought …": the pronoun is the one who speaks
        k = j - 1 - (toks[j - 1] == "that")
        if k >= 0 and toks[k] in _REPORTING:
            speaker = subject_of(c, group_start(c, k))
            person = any(c.mention[t] == speaker for t in getattr(c, "people", ()))
            # "she" is a person, "it" is not: "Dana Holt said it had opened an inquiry"
            return speaker if toks[j] == "they" or (toks[j] == "it") != person else None
    while j >= start:
        if j in c.asides:
            j = c.asides[j] - 1
            continue
        m = c.mention[j]
        if m is not None:
            if toks[j + 1 : g] in (["'s", t] for t in _CREW) and j not in c.people:
                return m  # "the X Police Department's officers wear P": the force's gear
            if j + 1 < g and toks[j + 1] in ("'s", "employees", "workers", "engineers"):
                # "X's unit bought": the unit, not X; "former X engineers said": the people
                # (X's current staff are read as its employee group before this)
                return None
            if j + 1 < g and toks[j + 1] in _STAFF and _former(c, j):
                return None  # "two former ICE officials said": they speak for themselves
            prev = toks[j - 1] if j > 0 else ""
            prev2 = toks[j - 2] if j > 1 else ""
            p = j - 2 if prev == "the" else j - 1
            if (
                p >= 1
                and toks[p] in ("of", "from", "at", "with")
                and toks[p - 1] in UNIT_NOUNS | PEOPLE | _SHARES
            ):
                return m  # "a division of DHS bought", "activists with the X rallied": X acts
            member = member_of(c, j)
            if member is not None:
                return c.mention[member]  # "X of the Y Coalition condemned": X
            if prev in PREPOSITIONS or (prev in DETERMINERS and prev2 in PREPOSITIONS):
                j -= 1
                continue
            if prev in _FRONTED and toks[j + 1] == ",":
                j -= 1
                continue  # "Before X, the tags were supplied by Y": a time, not the buyer
            return m
        tok = toks[j]
        if tok in RELATIVE and all(_when(t) for t in toks[j + 1 : g]) and toks[g] not in _STATES:
            return antecedent(c, j)  # "X, which last year obtained logs from Y": X
        if tok in RELATIVE and toks[j + 1 : g] in (["it"], ["they"]) and j + 2 == g:
            return _nearest_party(c, j)  # "X runs 22 readers that it bought from Y": X bought
        if tok in RELATIVE or tok in ("whether", "if"):
            return None
        if c.is_verb(j) and j >= 1 and toks[j - 1] == "," and toks[j + 1 : j + 2] == ["by"]:
            j -= 2  # "X, led by Y, sells": the participle phrase describes X
            continue
        if c.is_verb(j) and tok not in BE and tok not in AUX:
            return None
        j -= 1
    return None


# Words of a phrase fronted before the subject that name no party to the clause
_FRONTED = frozenset(["before", "after", "unlike", "like", "besides"])


def _nearest_party(c: Clauses, j: int) -> int | None:
    """What "it" after "that" at token j stands for: the one name before it in its clause that
    is no person, no possessor and no preposition's object."""
    found = []
    for k in range(j - 1, c.clause_start(j) - 1, -1):
        if c.mention[k] is None or k in c.people or c.toks[k + 1] == "'s":
            continue
        prev = c.toks[k - 1] if k > 0 else ""
        governed = prev in PREPOSITIONS or (
            prev in DETERMINERS and c.toks[k - 2 : k - 1] and c.toks[k - 2] in PREPOSITIONS
        )
        if not governed:
            found.append(c.mention[k])
    # (one party only: "X gave Y cameras that it bought from Z" does not say who bought)
    return found[0] if len(set(found)) == 1 else None


# Words of a time between a relative pronoun and its verb: "which last year obtained",
# "who in 2023 sued", "that earlier this month bought"
# (an event's, not a year's or a plan's: "who in 2015 worked for X", "which next year will
# fund X", "who once led X" tell no present fact)
_WHEN = words("""
    last this year month week earlier recently also already spring summer autumn fall winter
""")
# Verbs of a lasting state, which a time before them makes a past one: "who last year led X"
_STATES = words("""
    led worked supplied served headed ran owned funded used hosted chaired directed managed
    employed represented backed supported opposed
""")


def _when(tok: str) -> bool:
    return tok in _WHEN


def former_staff(c: Clauses, g: int) -> int | None:
    """The body whose former staff are the subject of the verb group at g: "former X
    staffers opposed …" (they speak for themselves, yet the body is not what they oppose)."""
    j = g - 1
    if j >= 1 and c.toks[j] in _STAFF and c.mention[j - 1] is not None and _former(c, j - 1):
        return c.mention[j - 1]
    return None


def _former(c: Clauses, j: int) -> bool:
    """Whether a former-word stands before the name at token j or the list it ends: "former
    ICE officials", "ex-Google and Amazon engineers"."""
    k = j - 1
    while k >= 0 and (c.mention[k] is not None or c.toks[k] in ("and", "or", ",")):
        k -= 1
    return k >= 0 and c.toks[k] in _FORMER


def previous_verb(c: Clauses, j: int) -> int | None:
    start = c.clause_start(j)
    for k in range(j - 1, start - 1, -1):
        if c.is_verb(k) and c.toks[k] not in BE and c.toks[k] not in AUX:
            return k
    return None


def controller(c: Clauses, to: int) -> tuple[int | None, str]:
    """Who does what an infinitive says: the matrix verb's subject or, for "paid X to", X."""
    start = c.clause_start(to)
    for k in range(to - 1, max(start, to - 8) - 1, -1):
        tok = c.toks[k]
        if tok in IRREALIS or (k == to - 1 and tok in PLANS):
            return None, "irrealis"  # "a proposal to buy X" is no purchase
        if c.is_verb(k) and tok not in BE and tok not in AUX:
            if tok in OBJECT_CONTROL:
                first = next(
                    (c.mention[x] for x in range(k + 1, to) if c.mention[x] is not None), None
                )
                return first, "object control"
            return subject_of(c, group_start(c, k)), "infinitive"
        if tok in cx.index() or tok in LIGHT:
            continue
    return subject_of(c, to), "infinitive"
