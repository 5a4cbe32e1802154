"""Stances on a deal or a deployment that a noun phrase names rather than a name: "X opposed
the deal with ICE", "X protested the deployment of Rekognition by the police", "X criticized
Acme's contract with the city".

The verb's direct object is an unnamed noun phrase; what the stance is about is what that
phrase names: the thing an action noun acts on ("the deployment of P": P), or the body whose
action it is ("backed the force's use of P": the force), the contract between
the two parties a contract noun names (one of them may be named by the contract the text last
told of), the customer of that contract when the noun names no party ("opposed the deal"), or,
when the action names no thing, the party that acts ("the use of drones by A": A).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import cues as cx
from .clauses import HEDGES, IRREALIS, NEGATORS, PREPOSITIONS, Clauses, neither_nor, words
from .entity import AGENT_TYPES, ORG_TYPES
from .lexicon import TITLE_WORDS
from .modality import doubted_from, on_condition
from .rules import COMPANY, Found
from .structure import read_clauses
from .subjects import controller, former_staff, group_start, subject_of

if TYPE_CHECKING:
    from .relations import Sentence

_CONTRACTS = words("""
    deal deals contract contracts agreement agreements partnership partnerships pilot pilots
    arrangement arrangements
""")
# Nouns of doing something with a thing: what they act on is what a stance is about.
_ACTIONS = words("""
    deployment deployments use rollout adoption sale sales purchase purchases expansion
    installation installations procurement
""")
# A body's undertaking named without its body: "backs the program", "endorsed the rollout"
# mean the customer of the contract last told of, as "the contract" does.
_PLANS = words("program programme scheme project renewal extension initiative")
_BUYERS = 0.54  # the confidence of such a reading (a person takes no such stance)
_DETERMINERS = words("the a an its their this that these those")
_DEFINITE = _DETERMINERS - {"a", "an"}
# Agreements that settle a dispute, a wage or a trade between others buy nothing from a
# vendor: "the settlement agreement" does not mean the contract last told of.
_NOT_SALES = words("""
    settlement plea trade labor labour union bargaining peace budget ceasefire nondisclosure
    non-disclosure confidentiality severance employment
""")
_ROLES = ("of", "by", "with", "between", "to", "for")
_STANCES = ("opposes", "supports")
_ORGS = ORG_TYPES - {"EmployeeGroup"}


def deal_stances(sentence: Sentence) -> list[Found]:
    """Who takes a stance on a deal or a deployment the sentence describes, and on what."""
    c, _ = read_clauses(sentence)
    doubted = doubted_from(c.toks)
    out: list[Found] = []
    for relation, i, g, subject, phrase in _stances(sentence):
        if subject is None:
            continue
        before = c.toks[g - 1] if g > 0 else ""
        irrealis = before == "to" and controller(c, g - 1)[1] == "irrealis"
        group = set(c.toks[g:i])
        if i > doubted or group & NEGATORS or before in IRREALIS or irrealis:
            continue  # "did not oppose the deal", "plans to protest the rollout", as elsewhere
        if on_condition(group, c.toks) or neither_nor(c, g, i):
            continue  # "would oppose the deal if …", "Neither X nor Y opposed the deal"
        hedge = 0.2 if group & HEDGES else 0.0  # "might oppose the deal"
        for target, confidence in _targets(sentence, c, phrase):
            # a party to a contract takes no stance on it: "Axon defended its contract with DHS"
            parties = {target, *sentence.doc.entities[target].parties}
            # (a body's stance on "the program" is news; one person's is an opinion)
            agents = AGENT_TYPES - {"Person"} if confidence == _BUYERS else AGENT_TYPES
            for s in sentence.members(subject):
                agent = sentence.entity(s)
                if agent.type in agents and agent.key not in parties:
                    out.append(Found(agent.key, relation, target, confidence - hedge, "deal"))
    return out


def stance_takers(sentence: Sentence) -> set[int]:
    """The mentions that take a stance on a deal, stated or not: no party to it."""
    c, _ = read_clauses(sentence)
    takers = set()
    for *_, g, subject, _ in _stances(sentence):
        subject = subject if subject is not None else former_staff(c, g)  # their body, too
        takers.update(sentence.members(subject) if subject is not None else ())
    return takers


def _stances(sentence: Sentence):
    """(relation, verb token, verb group start, subject, object token) of each verb of
    opposing or supporting whose object is an unnamed noun phrase."""
    c, _ = read_clauses(sentence)
    for i, tok in enumerate(c.toks):
        for form in cx.index().get(tok, ()):
            cue = form.cue
            last = i + len(form.rest)
            if (
                cue.kind != "verb"
                or cue.relation not in _STANCES
                or cue.options
                or "obj" not in cue.object
                or tuple(c.toks[i + 1 : last + 1]) != form.rest
            ):
                continue
            g = group_start(c, i)
            subject = subject_of(c, g)
            phrase = last + 1
            if phrase < len(c.toks) and c.toks[phrase] in cue.object:
                phrase += 1  # "protested against the deployment of P"
            if phrase >= len(c.toks) or c.toks[phrase] in (",", ";", "."):
                phrase = _antecedent_phrase(c, g, subject)  # "the deal, which X opposed,"
            if phrase is not None:
                yield cue.relation, i, g, subject, phrase


def _antecedent_phrase(c: Clauses, g: int, subject: int | None) -> int | None:
    """Where the noun phrase starts that a relative pronoun before the clause's subject stands
    for: "The deal, which the ACLU opposed, …" is about the deal."""
    if subject is None:
        return None
    k = next((x for x in range(g - 1, -1, -1) if c.mention[x] == subject), 0) - 1
    while k >= 0 and (c.toks[k] in _DETERMINERS or c.toks[k] in TITLE_WORDS):
        k -= 1  # "which the ACLU opposed", "which Mayor X backed"
    if k < 1 or c.toks[k] not in ("which", "that"):
        return None
    k -= 1 + (c.toks[k - 1] == ",")
    start = k
    while start > 0 and c.toks[start] not in _DETERMINERS and c.mention[start] is None:
        start -= 1  # back over "the five-year deal" to its determiner or its possessor
    if c.mention[start] is not None and c.toks[start + 1 : start + 2] == ["'s"]:
        return start
    return start if c.toks[start] in _DETERMINERS and start < k else None


def _targets(sentence: Sentence, c: Clauses, k: int) -> list[tuple[str, float]]:
    """What the noun phrase starting at token k is about, if it is a deal or an action."""
    toks, holder, definite = c.toks, None, True
    if k < len(toks) and c.mention[k] is not None and toks[k + 1 : k + 2] == ["'s"]:
        holder, k = c.mention[k], k + 2  # "Acme's contract with the city"
    elif k < len(toks) and toks[k] in _DETERMINERS:
        definite = toks[k] in _DEFINITE
        k += 1
    else:
        return []
    nouns = _CONTRACTS | _ACTIONS | _PLANS
    head = next((x for x in range(k, min(k + 4, len(toks))) if toks[x] in nouns), None)
    if head is None or any(c.mention[x] is not None or toks[x] == "," for x in range(k, head)):
        return []
    roles = _roles(c, head + 1)
    last = sentence.doc.last_supply
    after = toks[head + 1] if head + 1 < len(toks) else ""
    told = toks[head] in _PLANS | _ACTIONS and holder is None and not roles and definite
    # (not "the rollout of body cameras", another's; "the purchase from the start" is that one)
    if told and (after not in PREPOSITIONS or after in _SINCE) and _public(sentence, last):
        return [(last.object, _BUYERS)]  # "endorsed the rollout": the public buyer's
    voice = sentence.doc.voices.get(sentence.start)
    own = sentence.doc.entities.get(voice[1]) if voice and voice[1] else None
    if told and after not in PREPOSITIONS and own is not None and own.type == "GovernmentAgency":
        # in a public body's own text, "the program" is its own (an auditor's is another's)
        return [] if _EXAMINERS.search(own.name) else [(own.key, _BUYERS)]
    if toks[head] in _PLANS:
        return []
    if toks[head] in _ACTIONS:
        if holder is not None:  # "backed the force's use of P": the force, whose use it is
            return [(sentence.entity(holder).key, 0.6)]
        if "of" in roles:  # "the deployment of P by A": P
            return [(sentence.entity(roles["of"]).key, 0.7)]
        acting = roles.get("by")  # "the use of drones by A"
        return [] if acting is None else [(sentence.entity(acting).key, 0.6)]
    if set(toks[k:head]) & _NOT_SALES:
        return []
    # Only "the contract" can mean the one last told of; "a deal" is another one, and so is
    # "the deal between the city and tenant groups", whose parties are not that contract's.
    anaphoric = definite and "between" not in toks[head + 1 : head + 3]
    return _contract(sentence, holder, roles, anaphoric)


_SINCE = frozenset(["from", "since", "during", "throughout"])
_EXAMINERS = re.compile(
    r"\b(?:inspector|audit|auditor|ombudsman|oversight|review|regulat|investigat|watchdog)",
    re.IGNORECASE,
)


def _public(sentence: Sentence, supply) -> bool:
    """Whether the contract last told of, in this sentence or one of the two before, has a
    public body for its customer (further back, "the program" may be another's)."""
    buyer = sentence.doc.entities.get(supply.object) if supply is not None else None
    between = sentence.doc.text[sentence.doc.supply_told_at : sentence.start]
    recent = len(_SENTENCE_END.findall(between)) <= 2
    return recent and buyer is not None and buyer.type == "GovernmentAgency" and not buyer.place


_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")


def _roles(c: Clauses, k: int) -> dict[str, int]:
    """The first name after each preposition that follows a noun, up to the clause's end:
    "of P by A" -> {"of": P, "by": A}; "between A and B" -> {"between": A, "and": B}."""
    out: dict[str, int] = {}
    role = None
    for x in range(k, min(c.clause_end(k), k + 12)):
        tok = c.toks[x]
        if c.mention[x] is not None:
            if role is None or c.toks[x + 1 : x + 2] == ["'s"]:
                break
            if role != "elsewhere":
                out.setdefault(role, c.mention[x])
            role = None
        elif tok in _ROLES or (tok == "and" and "between" in out):
            role = tok
        elif tok in PREPOSITIONS:
            # "the deployment of drones in Chicago", "the purchase of drones from DJI by A":
            # the name after another preposition is where or from whom, not what or by whom
            role = "elsewhere"
        elif tok in (",", "which", "that", "who") or c.is_verb(x):
            break
    return out


def _contract(sentence: Sentence, holder: int | None, roles: dict[str, int], anaphoric: bool):
    """The contract a contract noun names: between its holder and the party after "with", or
    between the two after "between"; a party alone is the one of the contract last told of,
    and a definite noun with no party ("the contract") that contract's customer."""
    parties = [sentence.entity(m) for m in (holder, roles.get("between"), roles.get("and"))
               if m is not None]  # fmt: skip
    other = roles.get("with", roles.get("for"))
    if other is not None:
        parties.append(sentence.entity(other))
    last = sentence.doc.last_supply
    if len(parties) == 1 and last is not None:
        known = {last.subject, last.object}
        if parties[0].key in known:  # "the deal with ICE" after "Acme sells drones to ICE"
            parties.append(sentence.doc.entities[(known - {parties[0].key}).pop()])
        else:
            return [(parties[0].key, 0.55)]  # the named party: the one the deal concerns
    elif not parties and last is not None and anaphoric:
        # "voted against the contract": as with a demand to end it, the stance is against the
        # customer of the contract last told of
        return [(last.object, 0.55)]
    if len(parties) == 1:
        return [(parties[0].key, 0.55)]
    if len(parties) != 2 or parties[0].key == parties[1].key:
        return []
    vendors = [p for p in parties if p.type in COMPANY]
    if not vendors or any(p.type not in _ORGS for p in parties):
        return []
    vendor = vendors[0]
    customer = next(p for p in parties if p is not vendor)
    return [(sentence.doc.contract_entity(vendor, customer).key, 0.65)]


def note_supply(sentence: Sentence, found: list[Found]) -> None:
    """Keep the sale a later "the contract" means ("… urged the council to drop the contract"):
    the sentence's last, where it tells one to a buyer, not a product provided ("X will also
    provide P"); a subcontract between firms is not the public body's contract told before it
    ("Cordaway has named Y as its subcontractor. … the contract")."""
    entities = sentence.doc.entities
    supplied = [
        f
        for f in found
        if f.relation == "supplies"
        and entities[f.object].type not in ("Product", "Program")
        and f.rule != "subcontractor of"
    ]
    public = [f for f in supplied if entities[f.object].type not in COMPANY]
    last = sentence.doc.last_supply
    if supplied and (public or last is None or entities[last.object].type in COMPANY):
        sentence.doc.last_supply, sentence.doc.supply_told_at = (
            (public or supplied)[-1],
            sentence.end,
        )
