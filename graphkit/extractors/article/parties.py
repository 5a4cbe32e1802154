"""The parties of each cue word in a sentence: subject, object and prepositional roles.

Works on `Clauses` (tokens with mention placeholders). A verb's agent is its grammatical
subject, found leftwards past appositions, prepositional phrases and adverbs, or through a
relative pronoun, a coordinated predicate ("develops X and sells it to Y") or an infinitive's
controller ("agreed to supply", "paid X to build"), as `subjects.py` finds it; in the passive
the agent is the by-phrase and the grammatical subject is the object. Noun cues are read in
`nouns.py`.
"""

from __future__ import annotations

import re

from . import cues as cx
from .asks import request
from .clauses import (
    AUX,
    BE,
    DENIAL,
    DOUBT,
    HEDGES,
    IRREALIS,
    NEGATORS,
    OTHER_VERBS,
    PREPOSITIONS,
    RELATIVE,
    Clauses,
    Hit,
    adverb_at,
    antecedent,
    bracketed_label,
    modifies_prepositional_noun,
    neither_nor,
    object_antecedent,
    pairs,
    quantity,
    words,
)
from .complements import hands_on, hardware, object_relative, particle_back, titles_next
from .entity import THING_TYPES
from .letters import no_inquiry
from .modality import doubted_from, on_condition
from .nouns import noun_hits
from .objects import MODALS, OWN, hired, named_head, names_next
from .subjects import (
    DETERMINERS,
    PEOPLE,
    PLANS,
    controller,
    group_start,
    main_subject,
    owner_before,
    previous_verb,
    subject_of,
)
from .verb_groups import (
    ENDED,
    FORMERLY,
    OVER,
    noun_after,
    noun_after_modifier,
    object_gap,
    participle_phrase,
)

# What a public body awards a supplier; prizes, grants and fellowships go to others.
_CONTRACTS = words(
    "contract contracts deal agreement order orders tender bid pilot license licence"
)
# A share or a part of a firm sold changes owner, nothing is supplied: "sold its stake in X"
_OWNERSHIP = words("stake stakes shares equity holding holdings interest unit division subsidiary")
_PRACTICES = words("practice practices policy policies")
_SUPPLY = words("supply supplies supplied supplying provide provides provided providing")
# A cue's bare form before one of these is half a noun ("a supply agreement"), never a verb
_COMPOUND_HEADS = words(
    "agreement agreements contract contracts deal deals arrangement arrangements chain chains "
    "order orders relationship relationships partnership partnerships"
)
# What a verb of scrutiny examines of someone: "reviewed a year of X's logs, invoices from Y".
_RECORDS = words("""
    year years month months week weeks day days pages records documents files invoices emails
    logs data contracts filings messages minutes orders receipts sample samples copy copies
""")
_VERB_BASE = 0.8


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
                hosting = form.cue.relation == "hosts" and form.cue.kind == "verb"  # "runs only on"
                if not (form.rest and hosting and adverb_at(c.toks, i + 1)):
                    continue
                last += 1
                if tuple(c.toks[i + 2 : last + 1]) != form.rest:
                    continue
            if form.cue.kind == "noun":
                if i in inside or (i > 0 and c.mention[i - 1] is not None and c.is_verb(i)):
                    continue  # "X works with Y": a verb form after a name is a verb
                inside.update(range(i + 1, last + 1))
            if i > doubted or _denied(c.toks[c.clause_start(i) : i]):
                continue
            if neither_nor(c, i, last):
                continue
            if form.cue.options & {"request", "halt"}:
                if "request" in form.cue.options:
                    out.extend(request(c, i, last, form.cue, _VERB_BASE - 0.1))
            elif form.cue.kind == "verb" and not bracketed_label(c.toks, i, last):
                out.extend(_verb(c, i, last, form))
            else:
                out.extend(noun_hits(c, i, last, form.cue))
    return out


def _verb(c: Clauses, i: int, last: int, form: cx.Form) -> list[Hit]:
    toks = c.toks
    g = group_start(c, i)
    group = set(toks[g:i])
    before = toks[g - 1] if g > 0 else ""
    step = participle_phrase(c, g) if form.progressive else None
    if step is not None:
        g, before = step, ","  # "…, taking the step of blacklisting X": a participle phrase
    elif before == "that" and (group or toks[i] != form.cue.words[0]) and g > 1:
        before = "which"  # "a contractor that has worked with", "a firm that sells": relative
    elif before in DETERMINERS or before == "'s" or (before in PREPOSITIONS and before != "to"):
        return []  # a noun or adjective: "the use", "its sold"
    if toks[i] in ("contract", "contracts") and not group and noun_after_modifier(before):
        return []  # "held a meter contract with Y": a noun after its modifier, no verb
    if group == {"'s"} and OVER & set(toks[last + 1 : c.clause_end(last)]):
        return []  # "X's contract with Y ended in June": a sale that is over
    if group == {"'s"} and form.progressive and noun_after(toks, last):
        return []  # "X's building safety managers": a possessive's noun, not "X is building"
    compound = i == last and toks[last + 1 : last + 2] and toks[last + 1] in _COMPOUND_HEADS
    if compound and not toks[i].endswith(("s", "ed", "ing")):
        return []
    if group & NEGATORS or before in IRREALIS or "should" in group:
        return []  # "does not sell", "is considering buying", "should review": a recommendation
    if group & FORMERLY and form.cue.relation in ENDED:
        return []  # "X previously held a contract with Y": a sale that has ended
    if form.cue.words[0] == "try" and (group | set(toks[max(0, i - 3) : i])) & (
        HEDGES | NEGATORS | {"will", "to"}
    ):
        return []  # "may try P", "will try P": a trial only thought of
    if on_condition(group, toks):
        return []
    confidence = _VERB_BASE - (0.2 if group & HEDGES else 0.0) - (0.05 if "will" in group else 0)
    passive = form.participle and bool(group & BE)
    slots = _complements(
        c,
        last,
        form.cue.relation == "uses",
        records=form.cue.relation == "investigates" and "obj" in form.cue.object,
    )
    obj = slots.get("obj")
    if form.cue.relation == "leads" and obj and {"a", "an"} & set(toks[last + 1 : last + obj[1]]):
        del slots["obj"]  # "led a study comparing P forecasts": the study is what is led
    if form.cue.relation == "supplies" and obj and c.toks[last + obj[1] - 1] in OWN:
        del slots["obj"]  # "will supply its X platform": its own product, not a customer
    # A firm sold changes owner ("sold X to Y", "X was sold to Y"): what is sold must be told a
    # firm, a company or a body of unknown kind the sentence calls a unit ("sold its camera
    # unit, X, to Y"); "sells X to Y" sells goods; "its stake in X" leaves X's owner untold
    sold_firm = toks[i] == "sold" and "to" in slots and _firm(c, slots["to"][0])
    share = _OWNERSHIP & set(toks[last + 1 : last + 6])
    unit = obj and _firm(c, obj[0]) and obj[0] not in c.modifiers
    if form.cue.relation == "supplies" and share and not (sold_firm and unit):
        return []
    if toks[i] in _SUPPLY and "obj's" in slots and not {"obj", "to", "with"} & set(slots):
        slots["obj"] = slots.pop("obj's")  # "supplies the lab's radar boards": the lab's supplier
    # what is awarded, after the verb or before it ("the contract was awarded to X"), not in
    # an aside about someone else ("X, which has a contract with Y, awarded a prize to Z")
    told = {toks[k] for k in range(max(0, g - 12), c.clause_end(last)) if k not in c.asides}
    if form.cue.words[0] == "write" and toks[last + 1 : last + 2] == ["that"]:
        return []  # "wrote that P had paid for itself": a report, not authorship
    if form.cue.words[:2] == ("write", "to") and no_inquiry(toks[last + 1 :], _RECORDS):
        return []  # "wrote to the council opposing the change", "… asking it to delay …"
    if form.cue.words[0] == "back" and particle_back(toks, i):
        return []  # "to keep back the source code", "scaled back its use": no backing
    if form.cue.words[0] == "award" and not _CONTRACTS & told:
        return []  # "awarded a fellowship to X", "awarded a prize to X": no sale
    if "list" in form.cue.options and not {"list", "blacklist"} & set(c.toks[last + 1 :]):
        return []  # "added X to its entity list", not any addition
    if object_gap(c, g):
        # "The bill, which X supported, passed the Senate": the relative clause ends at its
        # comma, and what follows is the main clause's, not an object of X's verb
        close = next((k for k in range(last + 1, len(toks)) if toks[k] in (",", ";")), len(toks))
        slots = {r: v for r, v in slots.items() if last + v[1] < close}
    nearest = min((d for _, d in slots.values()), default=1)
    if "money" in form.cue.options and not _money(c.toks[last + 1 : last + nearest]):
        return []  # "raised $40 million from X", not "raised concerns from X"
    if form.cue.relation == "hosts" and hardware(c, last, slots, form.cue.subject):
        return []
    how = "verb"
    subject = None
    if before == "to":
        subject, how = controller(c, g - 1)
        if how == "irrealis" or (form.cue.relation in ("uses", "leads") and hired(c, g - 1)):
            return []  # "pays X to run the system": X runs it for the payer, who uses it
        confidence -= 0.1
    elif before in RELATIVE:
        subject, how = antecedent(c, g - 1), "relative clause"
        confidence -= 0.05
    elif before in ("and", "or", "but") or (before == "," and g - 2 >= 0 and toks[g - 2] != ","):
        previous = previous_verb(c, g - 1)
        if previous is not None and before in ("and", "or", "but"):
            subject, how = subject_of(c, group_start(c, previous)), "coordinated predicate"
            confidence -= 0.1
        elif previous is not None and form.progressive and (g - 1) not in c.asides:
            # "X lifted the ban, providing Y to Z": the main clause's subject does it
            subject, how = main_subject(c, g - 1), "participle phrase"
            confidence -= 0.15
    if subject is None and how == "verb":
        subject = subject_of(c, g)
        noun_before = g > 1 and c.toks[g - 2] in DETERMINERS  # "a report criticizing X"
        after_object = g > 0 and (
            c.mention[g - 1] is not None
            or noun_before
            or not (c.is_verb(g - 1) or before in DETERMINERS | PREPOSITIONS | AUX | BE)
        )
        if subject is None and form.progressive and not group and after_object:
            # "X wrote a letter to Y questioning how Z …": the writer questions
            subject, how = main_subject(c, g), "participle phrase"
            confidence -= 0.15 if subject is not None else 0.0
        # what X's customers or users move to is no host of X: they are people, not its data
        hosted = form.cue.relation == "hosts" and "agent" in form.cue.object
        hosted = hosted and c.toks[g - 1] not in _CLIENTELE
        if subject is None and (passive or hosted):
            # "X's software is used by Y", "X's platform runs on Y": X's, so X
            subject = owner_before(c, g)
            if subject is not None:
                confidence, how = confidence - 0.1, "owner"
    # "protested the deployment of P by A": a verb with a direct object is active, whatever
    # by-phrase the object has; no passive participle takes a noun phrase as object
    after = toks[last + 1 : last + 3]
    with_object = bool(after) and (
        after[0] in DETERMINERS - {"that"}
        or (after[0] in form.cue.object and after[1:] and after[1] in DETERMINERS)
    )  # "protested against the deployment of P by A" as well
    if not passive and form.participle and not group and "by" in slots and not with_object:
        if modifies_prepositional_noun(c, g):
            return []  # "runs X on servers run by Y": Y runs the servers, not X
        by_first = min(slots["by"][1], 99)
        if "obj" not in slots or slots["obj"][1] > by_first:
            passive, how = True, "participle"
            confidence -= 0.05
            # "the firmware of the P tabulators made by X": the participle's head is the name
            # just before it, even inside a prepositional phrase
            subject = named_head(c, g) if named_head(c, g) is not None else subject
    if passive and form.cue.words[0] == "offer" and toks[last + 1 : last + 2] in (["a"], ["an"]):
        return []  # "X was offered a free trial by Y": X was offered something, not made
    if passive:
        # "The team, led by X, ran … Acme": a name after the by-phrase is no object of "led"
        dropped = ("by", "obj") if how == "participle" else ("by",)
        roles = {k: v[0] for k, v in slots.items() if k not in dropped}
        if "by" in slots:
            roles["agent"] = slots["by"][0]
        if subject is not None:  # "X's drones were bought from Y": the owner is the buyer
            buyer = how == "owner" and "agent" in form.cue.object and "by" not in toks[last:]
            roles["agent" if buyer else "obj"] = subject
        confidence -= 0.05 if how == "verb" else 0.0
        how = "passive " + how
    else:
        roles = {k: v[0] for k, v in slots.items()}
        if subject is not None:
            roles["agent"] = subject
            # "P, which X develops": X develops P; "Y, which X bought" may be a company (a cue
            # of things keeps only a thing: "P, which X has licensed since 2021")
            fronted = object_antecedent(c, g) if "obj" not in roles else None
            licensed = form.cue.words[0] in _LICENSED and c.kinds.get(fronted) in THING_TYPES
            if fronted is not None and ("things" not in form.cue.options or licensed):
                roles["obj"], how, confidence = fronted, "object relative", confidence - 0.05
        far = [v[1] for k, v in slots.items()]
        if far and min(far) > 8:
            confidence -= 0.1
    sold = roles.get("obj")
    told_firm = c.kinds.get(sold) == "Company" or (_firm(c, sold) and share)
    if sold_firm and told_firm and sold not in c.modifiers and "owner" not in how:
        return [Hit("partOf", sold, roles["to"], confidence - 0.05, "sold firm")]
    if hands_on(c, last, roles, form.cue):
        return []  # "licensed P to A": who hands P on neither uses nor made it
    return pairs(form.cue, roles, confidence, how)


_CLIENTELE = PEOPLE | words("""customers users clients subscribers readers viewers listeners
    developers engineers fans advertisers shoppers patients students""")
_MONEY = words("""money funding funds capital financing cash round investment investments
    million millions billion billions crore crores lakh lakhs mn bn euro euros pounds dollars
    rupees rand shillings francs kronor kroner yen""")


# Verbs of things whose fronted object is a thing the text names ("P, which X has licensed
# since 2021"); a thing bought or acquired may be its maker ("P, built by C, which X acquired")
_LICENSED = frozenset(["license", "licence", "use", "run", "deploy", "operate", "adopt"])


def _firm(c: Clauses, mention: int | None) -> bool:
    """Whether a mention is a company's, or a body's of no known kind."""
    return c.kinds.get(mention) in ("Company", "Organization")


def _money(toks: list[str]) -> bool:
    """Words that name an amount or money: "$40 million", "€4m", "four million euro", "new
    funding", "a Series B round"."""
    return any(
        t[:1] in ("$", "€", "£", "¥", "₹") or t in _MONEY or re.fullmatch(r"\d[\d.,]*(?:m|bn)", t)
        for t in toks
    )


_THREATS = words("threaten threatens threatened threatening vow vows vowed vowing")


def _harmful(tok: str) -> bool:
    """A verb whose doing harms its object: any cue of opposing, or of ending ("cut ties")."""
    return tok in ("cut", "punish", "block", "shut", "kill") or any(
        f.cue.relation == "opposes" for f in cx.index().get(tok, ())
    )


def _complements(
    c: Clauses, last: int, use: bool = False, records: bool = False
) -> dict[str, tuple[int, int]]:
    """Mentions after a verb, by role: "obj" or their preposition -> (mention, distance);
    the name of "a system called X" too, for a verb of use or after "by"; for a verb of
    scrutiny, whose records it examined ("reviewed 212 invoices from X")."""
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
        elif tok in ("it", "them") and role == "obj":
            role = "pronoun"  # "backed it publicly, and its president, X, …": X is no object
        elif (use or role == "by") and tok in ("called", "named", "dubbed") and names_next(c, k):
            continue  # "used a system called X": X is the object
        elif tok in ("that", "which", "whom") and object_relative(c, k):
            break  # "ran images through an account that X provided": X is that clause's subject
        elif tok in ("that", "which", "who") and k + 1 < end and toks[k + 1] in MODALS:
            break  # "proposed an ordinance that would bar X": X is that clause's
        elif tok == "to" and k + 1 < len(toks) and toks[k - 1] in PLANS:
            if role + "'s" in out and toks[k - 2] == "'s":
                break  # "criticized the agency's decision to replace X": the agency's
            continue  # "opposed a plan to deploy X": the stance is about X
        elif tok == "to" and k == last + 1 and toks[last] in _THREATS and _harmful(toks[k + 1]):
            continue  # "threatened to cut X's companies off": the threat is against X
        elif tok == "to" and k + 1 < len(toks) and c.is_verb(k + 1):
            break  # a purpose clause: "… to help"
        elif records and role == "obj" and tok in ("of", "from") and toks[k - 1] in _RECORDS:
            continue  # "examined a year of X's scan logs": X's, as the object
        elif records and tok in ("using", "with", "through"):
            role = "using"  # "reviewed the video using P": the tool, not what is examined
        elif tok in PREPOSITIONS and not (tok in ("of", "in") and quantity(toks[k - 1])):
            role = tok
        elif c.is_verb(k) and _new_predicate(c, k):
            break
    return out


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


_DOWN = words("turned turns turning voted votes")


def _denied(toks: list[str]) -> bool:
    """Whether words before a cue deny or refuse it: "rejected", "turned down", "voted down"."""
    return any(t in DENIAL or (t == "down" and toks[k - 1] in _DOWN) for k, t in enumerate(toks))
