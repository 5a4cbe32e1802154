"""Facts from sentence structure: the clause analyser's proposals, checked against types.

`parties.hits` says which mentions a cue relates; this module spreads each proposal over
lists ("ICE and CBP"), checks the entity types against the relation's domain and range, and
gives the confidence the way the proposal was found.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .checks import BUYERS, checked
from .clauses import Clauses, words
from .entity import AGENT_TYPES, ORG_TYPES, THING_TYPES
from .inquiry_rules import DEATH
from .lexicon import PRODUCT_NOUNS, WORKER_TITLES
from .parties import hits
from .rules import MADE_INTO, PURCHASE, Found, Rule
from .shapes import acronymed

_ORGS = frozenset(ORG_TYPES - {"EmployeeGroup"})
_AGENTS = frozenset(AGENT_TYPES)
_ANY = frozenset(AGENT_TYPES | THING_TYPES | {"Policy", "Contract"})
_VENDORS = frozenset({"Company", "Organization"})
_TYPES = {
    "develops": (_ORGS, frozenset(THING_TYPES)),
    "supplies": (_VENDORS, _ORGS),
    "uses": (_ORGS, frozenset(THING_TYPES) | _VENDORS),
    "hosts": (_VENDORS, _ORGS | {"Product"}),
    "partOf": (_ORGS, _ORGS),
    "leads": (frozenset({"Person"}), _ORGS),
    "worksFor": (frozenset({"Person", "EmployeeGroup"}), _ORGS),
    "opposes": (_AGENTS, _ANY),
    "supports": (_AGENTS, _ANY),
    "investigates": (_AGENTS - {"Company", "EmployeeGroup"}, _ANY),
    "funds": (_AGENTS, _ORGS | frozenset(THING_TYPES)),
}
_RESELLER = re.compile(r"\b(?:resellers?|distributors?|dealers?|integrators?)\b")
_DEATH_OF = r"\b" + DEATH + r" of @{}@"
_MADE_INTO = r"\b(?:make|makes|made|making) @{}@" + MADE_INTO  # (see rules.MADE_INTO)
RULES = {
    relation: Rule(f"clause {relation}", relation, None, subjects, objects, 0.0)
    for relation, (subjects, objects) in _TYPES.items()
}


def _through_goods(found_hits, modifiers) -> list:
    """ "A sold M licenses to Z": the seller A supplies Z, and M, which only names the goods,
    neither buys them from A nor sells them to Z (A may be a reseller of M's licences)."""
    sales = [h for h in found_hits if h.relation == "supplies"]
    onward = {h.subject for h in sales}
    goods = {
        h.object: h
        for h in sales
        if h.object in modifiers and h.subject not in modifiers and h.object in onward
    }
    out = []
    for hit in found_hits:
        if hit.relation == "supplies" and hit.object in goods:
            continue
        if hit.relation == "supplies" and hit.subject in goods:
            hit = replace(hit, subject=goods[hit.subject].subject)
        out.append(hit)
    return out


def structural_relations(sentence) -> list[Found]:
    """Every fact the clause structure of the sentence states between its mentions."""
    out: list[Found] = _units_at(sentence)
    clauses, found_hits = read_clauses(sentence)
    for hit in _through_goods(found_hits, clauses.modifiers):
        rule = RULES[hit.relation]
        if (
            hit.relation == "partOf"
            and {hit.subject, hit.object} & clauses.modifiers
            and hit.how not in ("apposition", "noun")  # "X, a Y subsidiary"
        ):
            continue  # "bought Venntel licenses" is no acquisition
        if hit.relation == "investigates" and _to_come(clauses, hit):
            continue  # "CASA said it would review the Pennock contract": not yet begun
        if hit.relation == "leads" and _past_or_staff_role(clauses, hit):
            continue  # "X, former chair, Y"; "X, lead organizer, Y" is staff, no head
        if hit.relation == "partOf" and ("owner" in hit.how or _speaker(clauses, hit.subject)):
            continue  # "X's cameras were bought by Y"; "Y bought drones, X said": X speaks
        for s in sentence.members(hit.subject):
            for o in sentence.members(hit.object):
                if s == o:
                    continue
                confidence = hit.confidence - (0.05 if _generic(sentence, s, o) else 0.0)
                if (
                    "things" in hit.options
                    and sentence.entity(o).type not in THING_TYPES
                    and hit.object not in clauses.modifiers  # "bought Venntel licenses"
                ):
                    continue
                if hit.relation == "uses" and _vendor_used(sentence, s, o):
                    user, vendor = _key(sentence, s), _key(sentence, o)
                    out.append(Found(user, "uses", vendor, confidence, rule.name))
                    # a user of a company's service is its customer (not of a name of no known
                    # kind before a noun, unless bought: "ran 1,900 Trailsift searches")
                    named_thing = o in clauses.modifiers and sentence.entity(o).type != "Company"
                    if not named_thing or "purchase" in hit.options:
                        out.append(Found(vendor, "supplies", user, confidence - 0.05, rule.name))
                    continue
                if (
                    "weak" in hit.options
                    and hit.relation == "develops"
                    and _RESELLER.search(sentence.masked)
                ):
                    continue  # "X, a reseller, sold the office six P kits": X makes none
                if hit.relation == "develops" and re.search(_MADE_INTO.format(o), sentence.masked):
                    continue
                if hit.relation == "investigates" and re.search(
                    _DEATH_OF.format(o), sentence.masked
                ):
                    continue  # "an investigation into the death of X": of a death, not of X
                chosen = rule
                if "launch" in hit.options and sentence.entity(s).type == "GovernmentAgency":
                    chosen = RULES["uses"]  # "the authority rolled out P": a body puts P to use
                found = []
                provider = "either" in hit.options and _PROVIDER.search(sentence.masked)
                if provider and int(provider.group(1)) in (s, o):
                    # "A contracted with B to provide …": B sells, whoever A is
                    seller = int(provider.group(1))
                    buyer = o if seller == s else s
                    out += checked(sentence, chosen, seller, buyer, confidence)
                    continue
                if "either" in hit.options and between_firms(sentence, s, o):
                    continue  # "A signed a contract with B": which of two firms sells is unsaid
                if "either" in hit.options and _customer_first(sentence, s, o):
                    found = checked(sentence, chosen, o, s, confidence - 0.05)
                found = found or checked(sentence, chosen, s, o, confidence)
                if not found and "either" in hit.options:
                    found = checked(sentence, chosen, o, s, confidence - 0.05)
                if "purchase" in hit.options:  # its maker sells it (makers.py)
                    found = [
                        replace(f, rule=PURCHASE) if f.relation == "uses" else f for f in found
                    ]
                out.extend(found)
    return out


_UNIT_HEADS = words("lab labs laboratory center centre institute clinic program project school")
_AT = re.compile(r"@(\d+)@ (at|of) (?:the )?@(\d+)@(?!['’]s)")
# A body's named part before "of" its whole: "the Unclaimed Property Division of the X Office"
_PART_HEADS = words("division unit branch directorate section bureau team")


def _units_at(sentence) -> list[Found]:
    """ "the Citizen Lab at the University of Toronto": a lab or centre is part of its host;
    "the Unclaimed Property Division of the Kansas State Treasurer's Office": of its whole."""
    out = []
    for match in _AT.finditer(sentence.masked):
        unit, host = sentence.entity(int(match.group(1))), sentence.entity(int(match.group(3)))
        head = unit.name.split()[-1].lower()
        if unit.key == host.key:
            continue
        if match.group(2) == "at" and head in _UNIT_HEADS and host.type == "ResearchOrganization":
            out.append(Found(unit.key, "partOf", host.key, 0.7, "clause unit at"))
        elif match.group(2) == "of" and head in _PART_HEADS and host.type in _ORGS:
            out.append(Found(unit.key, "partOf", host.key, 0.65, "clause unit of"))
    return out


def read_clauses(sentence) -> tuple[Clauses, list]:
    """The sentence's clauses and cue hits, read once and kept on the sentence."""
    if getattr(sentence, "reading", None) is None:
        clauses = Clauses(sentence.masked)
        clauses.people = {
            i
            for i, m in enumerate(clauses.mention)
            if m is not None and m < len(sentence.mentions) and sentence.entity(m).type == "Person"
        }
        clauses.kinds = {
            m: sentence.entity(m).type
            for m in clauses.mention
            if m is not None and m < len(sentence.mentions)
        }
        clauses.places = {
            i
            for i, m in enumerate(clauses.mention)
            if m is not None and m < len(sentence.mentions) and sentence.entity(m).place
        }
        sentence.reading = (clauses, hits(clauses))
    return sentence.reading


# Bodies that buy from firms and sell them nothing: a public body, a university ("the
# university signed a contract with X for P": X sells), a charity or a paper. A deal told
# without a thing, a term or a price may be a gift or a grant, and is left unread.
_CUSTOMERS = BUYERS | {"GovernmentAgency"}
_PRICED_DEAL = (
    r"(?:\$[\d.,]+(?: million| billion)?|\b[a-z]+-year),? (?:[\w$.,-]+ ){0,2}?"
    r"(?:contract|agreement|renewal|licen[cs]e|subscription) with @(\d+)@"
)


def _customer_first(sentence, s: int, o: int) -> bool:
    """ "ICE signed a contract with X": the agency is the customer, X the vendor."""
    first, second = sentence.entity(s), sentence.entity(o)
    return first.type == "GovernmentAgency" and second.type in _VENDORS


_GOODS_UNDER = re.compile(
    r"\b(?:installed|replaced|bought|purchased|fitted|upgraded|refurbished)\b[^@;]{0,60}? "
    r"under (?:an? |the )?(?:[\w$€£.,-]+ ){0,3}?contract with (?:the )?@\d+@"
)


def between_firms(sentence, s: int, o: int) -> bool:
    """Neither end a body that only buys: a contract between two firms says nothing of who
    sells."""
    types = {sentence.entity(s).type, sentence.entity(o).type}
    # (a university buys when it contracts with a firm for a named thing, "… for P", or for a
    # term or a price: "a five-year agreement with X", "a $410,000 renewal with X")
    bought = re.search(
        r"\b(?:contract|agreement|renewal) with @\d+@(?:,? inc\.?)? for (?:the |its )?@\d+@",
        sentence.masked,
    )
    priced = re.search(_PRICED_DEAL, sentence.masked)  # (the firm after "with", not the school)
    bought = bought or (priced and sentence.entity(int(priced.group(1))).type == "Company")
    # (and goods put in under the contract: "replaced 212 doors under a contract with X")
    bought = bought or re.search(_GOODS_UNDER, sentence.masked)
    # (who won a contract with another sells to it: "X, which won a $6.8-million contract with
    # the utility")
    won = re.search(
        rf"@{s}@[^@;]{{0,40}}?\b(?:won|wins|has won|had won|secured|landed|was awarded|"
        rf"has been awarded)\b[^@;]{{0,50}}? (?:contract|tender|deal) with (?:the )?@{o}@",
        sentence.masked,
    )
    return (
        "GovernmentAgency" not in types
        and not won
        and not (bought and types & _CUSTOMERS and "Company" in types)
    )


def _key(sentence, index: int) -> str:
    return sentence.entity(index).key


def _vendor_used(sentence, s: int, o: int) -> bool:
    """ "ICE uses Venntel": an agency using a company's service is stated as `uses`."""
    subject, obj = sentence.entity(s), sentence.entity(o)
    return subject.type in _ORGS and obj.type in _VENDORS and subject.key != obj.key


def _generic(sentence, s: int, o: int) -> bool:
    """A party named by "the company" or "she" is a little less certain."""
    return sentence.mentions[s].generic or sentence.mentions[o].generic


# What a party's role says of an organisation the text does not otherwise type.
_ROLE_TYPES = {
    ("supplies", 0): "Company",
    ("develops", 0): "Company",
    ("hosts", 0): "Company",
    ("develops", 1): "Product",
    ("uses", 1): "Product",
    ("leads", 0): "Person",
    ("worksFor", 0): "Person",
}


def type_by_role(sentences: list) -> None:
    """Type the organisations nothing else typed by what the clauses say they do."""
    roles = []
    for sentence in sentences:
        clauses, found = read_clauses(sentence)
        for hit in found:
            if "owner" in hit.how:
                continue  # "X's tools are used by Y": X is no product
            if _takeover(sentence, hit, found):
                continue  # a firm may buy a product or a firm: "X bought Y" types neither
            for side, index in enumerate((hit.subject, hit.object)):
                if index in clauses.modifiers and not _maker_names_thing(clauses, hit, side, index):
                    continue  # "Y uses X cameras": X makes them (but "C makes the X camera")
                person = _ROLE_TYPES.get((hit.relation, side)) == "Person"
                roles += [
                    (sentence.entity(m), hit.relation, side)
                    for m in sentence.members(index)
                    if not (person and _ours(sentence, m))  # ("We are a member of X")
                ]
    _vote(roles)


def _ours(sentence, index: int) -> bool:
    """Whether a mention is a body's "we", "us" or "our"."""
    mention = sentence.mentions[index]
    word = sentence.doc.text[mention.start : mention.end].lower()
    return mention.generic and word.startswith(("we", "us", "our"))


_FUTURE = frozenset(["will", "would", "shall", "'ll"])


def _to_come(clauses, hit) -> bool:
    """Whether a future's auxiliary stands between the two parties: "X will review Y" (not a
    relative clause's: "X, which will hold hearings, is investigating Y")."""
    k, j = clauses.mention.index(hit.subject), clauses.mention.index(hit.object)
    between = set(clauses.toks[min(k, j) + 1 : max(k, j)])
    return bool(_FUTURE & between) and not {"which", "who", "that"} & between


_PAST_ROLE = frozenset(["former", "ex", "onetime", "retired", "erstwhile"])
_STAFF_ROLES = frozenset(w.split()[-1] for w in WORKER_TITLES)


def _past_or_staff_role(clauses, hit) -> bool:
    """A role noun between the holder and the body that is past ("former chair"), or the verb
    "lead" used as the adjective of a staff title ("lead organizer")."""
    k, j = clauses.mention.index(hit.subject), clauses.mention.index(hit.object)
    between = clauses.toks[min(k, j) + 1 : max(k, j)]
    lead = any(
        t == "lead" and n in _STAFF_ROLES for t, n in zip(between, between[1:], strict=False)
    )
    return lead or bool(_PAST_ROLE & set(between) and len(between) <= 6)


# The party a contract's purpose says sells: "contracted with B to provide these services"
_PROVIDER = re.compile(
    r"\b(?:contract|contracted|contracts|agreement|deal) with @(\d+)@(?:,? inc\.?)? to "
    r"(?:provide|supply|build|host|run|operate|deliver|install|maintain|develop)\b"
)


def _speaker(clauses, index: int) -> bool:
    """Whether the mention is the subject of a verb of saying right after it."""
    k = clauses.mention.index(index)
    return clauses.toks[k + 1 : k + 2] in (["said"], ["says"], ["told"], ["added"])


def _maker_names_thing(clauses, hit, side: int, index: int) -> bool:
    """ "C makes the X body camera": a name before a thing's kind that a maker makes is the
    thing's (not "sold its X unit": a part of the firm)."""
    if (hit.relation, side) != ("develops", 1):
        return False
    k = clauses.mention.index(index)
    # a verb of making says so whatever the noun; "sold" may be of a part of the firm
    return "weak" not in hit.options or bool(set(clauses.toks[k + 1 : k + 3]) & PRODUCT_NOUNS)


def _takeover(sentence, hit, found: list) -> bool:
    """Whether a purchase may be of a firm: a use by buying ("things") says nothing of what
    was bought, unless the buyer is a public body (which buys tools and services, never a firm)
    or the sentence names a seller ("bought P from C": goods, not a takeover)."""
    if hit.relation != "uses" or "things" not in hit.options:
        return False
    if all(sentence.entity(m).type == "GovernmentAgency" for m in sentence.members(hit.subject)):
        return False
    return not any(h.relation == "supplies" and h.object == hit.subject for h in found)


def type_by_facts(entities: dict, facts) -> None:
    """The same for the facts every reading found, for names still untyped after them."""
    roles = []
    for found in facts:
        roles.append((entities[found.subject], found.relation, 0))
        roles.append((entities[found.object], found.relation, 1))
    _vote(roles)


def _vote(roles) -> None:
    votes: dict[str, tuple] = {}
    for entity, relation, side in roles:
        kind = _ROLE_TYPES.get((relation, side))
        if kind == "Person" and ("&" in entity.name or acronymed(entity.names)):
            # "Kessler & Dunn represents X": names joined by "&" are a firm; "the Global Food
            # Assistance Programme (GFAP)": a name with its initials is a body's
            continue
        if kind and entity.guessed:
            votes.setdefault(entity.key, (entity, Counter()))[1][kind] += 1
    for _, (entity, counts) in sorted(votes.items()):
        entity.type = max(sorted(counts), key=lambda k: counts[k])
        entity.guessed = False
