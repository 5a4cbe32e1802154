"""The parties of each cue word in a sentence: subject, object and prepositional roles.

Works on `Clauses` (tokens with mention placeholders). A verb's agent is its grammatical
subject, found leftwards past appositions, prepositional phrases and adverbs, or through a
relative pronoun, a coordinated predicate ("develops X and sells it to Y") or an infinitive's
controller ("agreed to supply", "paid X to build"); in the passive the agent is the by-phrase
and the grammatical subject is the object. Noun cues are read in `nouns.py`.
"""

from __future__ import annotations

from . import cues as cx
from .clauses import (
    AUX,
    BE,
    DENIAL,
    DOUBT,
    HEDGES,
    IRREALIS,
    LIGHT,
    NEGATORS,
    OBJECT_CONTROL,
    OTHER_VERBS,
    PREPOSITIONS,
    RELATIVE,
    Clauses,
    Hit,
    antecedent,
    member_of,
    modifies_prepositional_noun,
    object_antecedent,
    pairs,
    quantity,
    words,
)
from .complements import hands_on, object_relative, titles_next
from .modality import doubted_from, on_condition
from .nouns import noun_hits

_DETERMINERS = words("the a an its their his her this that these those")
# Nouns for a part of an organisation, and for an amount of something.
UNIT_NOUNS = words("division unit office branch arm component department agency bureau team")
_PEOPLE = words("""
    activists members employees workers staff staffers representatives lawyers attorneys
    researchers protesters supporters volunteers leaders organizers organisers
""")
_REPORTING = words("""
    said says confirmed confirms acknowledged acknowledges admitted admits stated states
    announced announces claimed claims added adds told tells wrote writes disclosed discloses
""")
_OWN = words("its their his her")
_PRACTICES = words("practice practices policy policies")
# "most of the board voted against": a share of an organisation acts for it.
_SHARES = words("most majority many some several half members member")
_VERB_BASE = 0.8
# Nouns of intent whose infinitive names what a stance is about: "a plan to pilot X".
PLANS = words("plan plans proposal proposals decision decisions effort efforts move push bid")


def hits(c: Clauses) -> list[Hit]:
    """Every relation the cue words of the sentence state, with mention indices."""
    out: list[Hit] = []
    index = cx.index()
    if any(t in DOUBT for t in c.toks):
        return out  # "X supplies Y, but that is unconfirmed"
    doubted = doubted_from(c.toks)
    inside: set[int] = set()  # words of a longer noun cue: "executive" of "chief executive"
    for i, tok in enumerate(c.toks):
        for form in sorted(index.get(tok, ()), key=lambda f: -len(f.rest)):
            last = i + len(form.rest)
            if tuple(c.toks[i + 1 : last + 1]) != form.rest:
                continue
            if form.cue.kind == "noun":
                if i in inside or (i > 0 and c.mention[i - 1] is not None and c.is_verb(i)):
                    continue  # "X works with Y": a verb form after a name is a verb
                inside.update(range(i + 1, last + 1))
            if i > doubted or any(t in DENIAL for t in c.toks[c.clause_start(i) : i]):
                continue
            if form.cue.options & {"request", "halt"}:
                if "request" in form.cue.options:
                    out.extend(_request(c, i, last, form.cue))
            elif form.cue.kind == "verb":
                out.extend(_verb(c, i, last, form))
            else:
                out.extend(noun_hits(c, i, last, form.cue))
    return out


def _group_start(c: Clauses, i: int) -> int:
    """Where the verb group ("has not yet been", "will also") before token i begins."""
    j = i
    while j > 0 and (
        c.toks[j - 1] in AUX
        or c.toks[j - 1] in BE
        or c.toks[j - 1] in NEGATORS
        or c.toks[j - 1] in HEDGES
        or (c.toks[j - 1].endswith("ly") and c.mention[j - 1] is None)
        or c.toks[j - 1] in ("yet", "longer", "only", "not", "soon")
    ):
        j -= 1
    return j


def _verb(c: Clauses, i: int, last: int, form: cx.Form) -> list[Hit]:
    toks = c.toks
    g = _group_start(c, i)
    group = set(toks[g:i])
    before = toks[g - 1] if g > 0 else ""
    step = _participle_phrase(c, g) if form.progressive else None
    if step is not None:
        g, before = step, ","  # "…, taking the step of blacklisting X": a participle phrase
    elif before == "that" and (group or toks[i] != form.cue.words[0]) and g > 1:
        before = "which"  # "a contractor that has worked with", "a firm that sells": relative
    elif before in _DETERMINERS or before == "'s" or (before in PREPOSITIONS and before != "to"):
        return []  # a noun or adjective: "the use", "its sold"
    if group & NEGATORS or before in IRREALIS:
        return []  # "does not sell", "is considering buying"
    if on_condition(group, toks):
        return []
    confidence = _VERB_BASE - (0.2 if group & HEDGES else 0.0) - (0.05 if "will" in group else 0)
    passive = form.participle and bool(group & BE)
    slots = _complements(c, last)
    obj = slots.get("obj")
    if form.cue.relation == "supplies" and obj and c.toks[last + obj[1] - 1] in _OWN:
        del slots["obj"]  # "will supply its X platform": its own product, not a customer
    if "list" in form.cue.options and not {"list", "blacklist"} & set(c.toks[last + 1 :]):
        return []  # "added X to its entity list", not any addition
    how = "verb"
    subject = None
    if before == "to":
        subject, how = _controller(c, g - 1)
        if how == "irrealis":
            return []
        confidence -= 0.1
    elif before in RELATIVE:
        subject, how = antecedent(c, g - 1), "relative clause"
        confidence -= 0.05
    elif before in ("and", "or", "but") or (before == "," and g - 2 >= 0 and toks[g - 2] != ","):
        previous = _previous_verb(c, g - 1)
        if previous is not None and before in ("and", "or", "but"):
            subject, how = subject_of(c, _group_start(c, previous)), "coordinated predicate"
            confidence -= 0.1
        elif previous is not None and form.progressive and (g - 1) not in c.asides:
            # "X lifted the ban, providing Y to Z": the main clause's subject does it
            subject, how = _main_subject(c, g - 1), "participle phrase"
            confidence -= 0.15
    if subject is None and how == "verb":
        subject = subject_of(c, g)
        noun_before = g > 1 and c.toks[g - 2] in _DETERMINERS  # "a report criticizing X"
        after_object = g > 0 and (
            c.mention[g - 1] is not None
            or noun_before
            or not (c.is_verb(g - 1) or before in _DETERMINERS | PREPOSITIONS | AUX | BE)
        )
        if subject is None and form.progressive and not group and after_object:
            # "X wrote a letter to Y questioning how Z …": the writer questions
            subject, how = _main_subject(c, g), "participle phrase"
            confidence -= 0.15 if subject is not None else 0.0
        if subject is None and passive:
            subject = _owner_before(c, g)  # "X's software is used by Y": X's, so X
            if subject is not None:
                confidence, how = confidence - 0.1, "owner"
    if not passive and form.participle and not group and "by" in slots:
        if modifies_prepositional_noun(c, g):
            return []  # "runs X on servers run by Y": Y runs the servers, not X
        by_first = min(slots["by"][1], 99)
        if "obj" not in slots or slots["obj"][1] > by_first:
            passive, how = True, "participle"
            confidence -= 0.05
    if passive:
        # "The team, led by X, ran … Acme": a name after the by-phrase is no object of "led"
        dropped = ("by", "obj") if how == "participle" else ("by",)
        roles = {k: v[0] for k, v in slots.items() if k not in dropped}
        if "by" in slots:
            roles["agent"] = slots["by"][0]
        if subject is not None:
            roles["obj"] = subject
        confidence -= 0.05 if how == "verb" else 0.0
        how = "passive " + how
    else:
        roles = {k: v[0] for k, v in slots.items()}
        if subject is not None:
            roles["agent"] = subject
            # "P, which X develops": X develops P; "Y, which X bought" may be a company
            fronted = object_antecedent(c, g) if "obj" not in roles else None
            if fronted is not None and "things" not in form.cue.options:
                roles["obj"], how, confidence = fronted, "object relative", confidence - 0.05
        far = [v[1] for k, v in slots.items()]
        if far and min(far) > 8:
            confidence -= 0.1
    if hands_on(c, last, roles, form.cue):
        return []  # "licensed P to A": who hands P on neither uses nor made it
    return pairs(form.cue, roles, confidence, how)


_STEP = words("taking took take takes making made the a an extraordinary unusual rare bold first")


def _main_subject(c: Clauses, comma: int) -> int | None:
    """The subject of the clause a participle phrase at `comma` hangs on: its first name that
    no preposition governs."""
    for k in range(c.clause_start(comma), comma):
        if k in c.asides.values():
            return None  # the clause opens with an aside: too far to tell
        if c.mention[k] is not None:
            prev = c.toks[k - 1] if k > 0 else ""
            if prev in PREPOSITIONS or (
                prev in _DETERMINERS and k > 1 and c.toks[k - 2] in PREPOSITIONS
            ):
                continue
            return c.mention[k]
        if c.is_verb(k) and c.toks[k] not in BE and c.toks[k] not in AUX:
            return None  # a verb before any name: the subject is not a name
    return None


_THREATS = words("threaten threatens threatened threatening vow vows vowed vowing")


def _harmful(tok: str) -> bool:
    """A verb whose doing harms its object: any cue of opposing, or of ending ("cut ties")."""
    return tok in ("cut", "punish", "block", "shut", "kill") or any(
        f.cue.relation == "opposes" for f in cx.index().get(tok, ())
    )


def _participle_phrase(c: Clauses, g: int) -> int | None:
    """Where "…, taking the step of" opens before a gerund at g: the comma's next token."""
    k = g - 1
    if k < 1 or c.toks[k] != "of" or c.toks[k - 1] not in ("step", "steps", "move"):
        return None
    k -= 2
    while k >= 0 and c.toks[k] in _STEP:
        k -= 1
    return k + 1 if k >= 0 and c.toks[k] == "," else None


def _request(c: Clauses, i: int, last: int, cue: cx.Cue) -> list[Hit]:
    """ "X urged Y to stop selling drones": X opposes Y, when the ending names no other party."""
    toks, end = c.toks, c.clause_end(last)
    g = _group_start(c, i)
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
    own = to + 2 < end and (toks[to + 2].endswith("ing") or toks[to + 2] in _OWN)
    halt = "not" in (toks[to - 1], toks[to + 1]) or (
        own and any("halt" in f.cue.options for f in cx.index().get(toks[to + 1], ()))
    )
    if not halt or any(c.mention[k] is not None for k in range(to + 1, end)):
        return []  # what is to end is named: the pattern rules read that
    agent = subject_of(c, g)
    if agent is None:
        return []
    return [Hit(cue.relation, agent, c.mention[addressee], _VERB_BASE - 0.1, "request")]


def _complements(c: Clauses, last: int) -> dict[str, tuple[int, int]]:
    """Mentions after a verb, by role: "obj" or their preposition -> (mention, distance)."""
    toks, out = c.toks, {}
    end = c.clause_end(last)
    role = "obj"
    for k in range(last + 1, min(end, last + 26)):
        tok = toks[k]
        m = c.mention[k]
        if m is not None:
            if k + 1 < len(toks) and toks[k + 1] == "'s":
                if k + 3 < len(toks) and toks[k + 2] in _PRACTICES and toks[k + 3] == "of":
                    continue  # "criticized X's practice of …": the practice, read on its own
                out.setdefault(role + "'s", (m, k - last))  # a possessor: "sold X's data to Y"
                continue
            if titles_next(c, k):
                out.setdefault(role + "'s", (m, k - last))  # the person's organisation
                continue  # "founded by Oculus executive Palmer Luckey": the person
            out.setdefault(role, (m, k - last))
        elif tok in RELATIVE and toks[k - 1] == ",":
            break
        elif tok in ("that", "which", "whom") and object_relative(c, k):
            break  # "ran images through an account that X provided": X is that clause's subject
        elif tok == "to" and k + 1 < len(toks) and toks[k - 1] in PLANS:
            continue  # "opposed a plan to deploy X": the stance is about X
        elif tok == "to" and k == last + 1 and toks[last] in _THREATS and _harmful(toks[k + 1]):
            continue  # "threatened to cut X's companies off": the threat is against X
        elif tok == "to" and k + 1 < len(toks) and c.is_verb(k + 1):
            break  # a purpose clause: "… to help"
        elif tok in PREPOSITIONS and not (tok in ("of", "in") and quantity(toks[k - 1])):
            role = tok
        elif c.is_verb(k) and _new_predicate(c, k):
            break
    return out


def _owner_before(c: Clauses, g: int) -> int | None:
    """The possessor of the noun phrase just before a verb group: "X's facial recognition"."""
    for k in range(g - 1, max(-1, g - 5), -1):
        if c.toks[k] == "'s" and k > 0 and c.mention[k - 1] is not None:
            return c.mention[k - 1]
        if c.mention[k] is not None or c.toks[k] in PREPOSITIONS or c.toks[k] == ",":
            return None
    return None


def _new_predicate(c: Clauses, k: int) -> bool:
    """A verb form that starts another predicate, not a noun ("bought licenses from")."""
    prev = c.toks[k - 1]
    return (
        c.mention[k - 1] is not None
        or prev in RELATIVE
        or prev in BE
        or prev in AUX
        or c.toks[k] in OTHER_VERBS
    )


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
            speaker = subject_of(c, _group_start(c, k))
            person = any(c.mention[t] == speaker for t in getattr(c, "people", ()))
            return speaker if toks[j] in ("it", "they") or person else None  # "she": a person
    while j >= start:
        if j in c.asides:
            j = c.asides[j] - 1
            continue
        m = c.mention[j]
        if m is not None:
            if j + 1 < g and toks[j + 1] == "'s":
                return None  # "X's unit bought": the unit, not X
            prev = toks[j - 1] if j > 0 else ""
            prev2 = toks[j - 2] if j > 1 else ""
            p = j - 2 if prev == "the" else j - 1
            if (
                p >= 1
                and toks[p] in ("of", "from", "at", "with")
                and toks[p - 1] in UNIT_NOUNS | _PEOPLE | _SHARES
            ):
                return m  # "a division of DHS bought", "activists with the X rallied": X acts
            member = member_of(c, j)
            if member is not None:
                return c.mention[member]  # "X of the Y Coalition condemned": X
            if prev in PREPOSITIONS or (prev in _DETERMINERS and prev2 in PREPOSITIONS):
                j -= 1
                continue
            return m
        tok = toks[j]
        if tok in RELATIVE or tok in ("whether", "if"):
            return None
        if c.is_verb(j) and j >= 1 and toks[j - 1] == "," and toks[j + 1 : j + 2] == ["by"]:
            j -= 2  # "X, led by Y, sells": the participle phrase describes X
            continue
        if c.is_verb(j) and tok not in BE and tok not in AUX:
            return None
        j -= 1
    return None


def _previous_verb(c: Clauses, j: int) -> int | None:
    start = c.clause_start(j)
    for k in range(j - 1, start - 1, -1):
        if c.is_verb(k) and c.toks[k] not in BE and c.toks[k] not in AUX:
            return k
    return None


def _controller(c: Clauses, to: int) -> tuple[int | None, str]:
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
            return subject_of(c, _group_start(c, k)), "infinitive"
        if tok in cx.index() or tok in LIGHT:
            continue
    return subject_of(c, to), "infinitive"
