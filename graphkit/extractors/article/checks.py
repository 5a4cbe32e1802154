"""Whether two entities may stand in a relation: the ontology's domain and range, and a few
readings of English that turn one relation into another ("uses a vendor" is a supply)."""

from __future__ import annotations

import re

from . import lexicon as lx
from .entity import ORG_TYPES, THING_TYPES
from .field_words import unit_name
from .modality import denied_before
from .rules import NEGATION, ORGS, Found, Rule

_MONTH = "|".join(sorted(lx.MONTHS_DAYS))

# What a body's firm sells it, named after the firm: "the city's X dispatch software"
_GOODS = re.compile(
    r"(?:['’]s)? (?:[\w-]+ ){0,2}?(?:software|app|tool|system|platform|technology|product|"
    r"service|program|database|cameras?|drones?|devices?|kiosks?|scanners?|contract|licen[cs]e)s?\b"
)
_DOUBT = re.compile(r"\b(?:whether|unclear|unconfirmed|not clear|unknown)\b")
# "backed by X Capital" is money; "supported by X Partners, a consultancy" is a stance
_MONEY_BACKING = re.compile(r"\b(?:back(?:s|ed|ing|ers?)?|invest\w*|fund\w*|financ\w*)\b")
# "backed by the X Foundation, which gave the company a grant": a funder's backing is money
_GRANTS = re.compile(r"\b(?:grants?|donations?|endowment)\b")
_FUNDER_HEADS = frozenset(["foundation", "fund", "trust", "endowment", "fonds", "stiftung"])
_WATCHDOGS = ("ResearchOrganization", "AdvocacyGroup", "MediaOrganization")
# A university, a charity or a paper buys from firms, never sells to them
BUYERS = frozenset({"ResearchOrganization", "AdvocacyGroup", "MediaOrganization"})
_TESTED = re.compile(r"\b(?:test(?:s|ed|ing)?|evaluat\w+|audit(?:s|ed|ing)?|benchmark\w*)\b")
# What a body backs when it backs another's plan
_PLAN = r"(?:plans?|proposals?|bids?|scheme)\b"
# A firm offering its own make: "proposed its P camera", "touts its P platform" (not one it
# licenses or another built, nor one it once offered)
_MADE_ELSEWHERE = re.compile(
    r"\b(?:licen[cs]es?|licen[cs]ed|resells|resold|(?:built|made|developed|designed|"
    r"manufactured) by|once|formerly|used to)\b"
)
_OFFERED = r"(?:propos|tout|pitch|promot|offer|market)(?:s|es|ed|ing|e)?"
_OPERATES = re.compile(r"\boperat(?:es|ed|ing|e)\b")
# "X, which built and runs the city's video system, P": P, not what else X uses
_BUILT_AND_RUNS = (
    r"\b(?:built|builds|developed|develops|made|makes) and (?:runs|ran|maintains|manages|hosts) "
    r"[^.;@]{0,60}?@"
)
_DENIED = re.compile(r"\b(?:denied|denies|deny|denying|disputed|disputes|rejected)\b")


def unstated(masked: str, start: int, end: int) -> bool:
    """Whether what masked[start:end] says is doubted, denied or negated: "it is unclear
    whether …", "X denied that …", "that purchase did not include …"."""
    return bool(
        _DOUBT.search(masked)
        or _DENIED.search(masked[:start])
        or denied_before(masked, start)
        or NEGATION.search(masked[start:end])
    )


# Courts that judge others' doings, buying nothing ("Fiscal Court", a county's board, buys)
_JUDGES = re.compile(r"(?i)\b(?:high|supreme|constitutional|appeals?|federal) court\b|tribunal$")
_MONEY_HEADS = (" fund", " funds", " grant", " grants", " scheme", " programme", " program")


# A word that makes a name a body's: "the council's Cabinet", "its Internal Audit" (not a post,
# a place, a plan or a document of the owner's: "Equalities Officer", "Garrick Towers",
# "Long-term Plan", "Data Protection Impact Assessment")
_BODY_WORD = re.compile(
    r"\b(?:department|unit|division|office|section|directorate|services?|team|branch|centre|"
    r"center|bureau|committee|board|agency|authority|council|institute|school|faculty|lab|"
    r"laboratory|group|command|squad|wing|registry|commission|detachment|station|precinct|"
    r"academy|college|library|museum|trust|programme|program|panel|task force|court|cabinet|"
    r"executive|secretariat|undersecretariat|inspectorate|hospital|clinic|fund|foundation|"
    r"corporation|company|ministry|force|police|constabulary|partnership|network|region|district|"
    r"audit|observatory|amt|hub|desk)s?\b",
    re.IGNORECASE,
)


def _named_unit(sentence, unit, o: int) -> bool:
    """Whether a name its owner's possessive comes before is the owner's unit: its name ends as
    a unit's does (not "Acme's Sentinel", its thing), and the owner is named (not "Council's
    Internal Audit Unit": whose council, a word alone does not say)."""
    owner = sentence.mentions[o]
    written = sentence.doc.text[owner.start : owner.end].removesuffix("'s").lower()
    return unit_name(unit.name) and written.removeprefix("the ") not in lx.GOV_HEADS


def checked(sentence, rule: Rule, s: int, o: int, confidence: float) -> list[Found]:
    """The fact a rule proposes between mentions s and o, if their types fit the relation."""
    subject, obj = sentence.entity(s), sentence.entity(o)
    if rule.relation != "develops" and re.search(
        rf"@(?:{s}|{o})@'s (?:maker|developer|manufacturer|creator)\b", sentence.masked
    ):
        return []  # "a contract with P's maker, X": X is the party, not P
    if subject.employer and rule.relation in ("develops", "supplies", "hosts"):
        # "developed by Acme engineers": what its staff build, the company makes
        subject = sentence.doc.entities[subject.employer]
    if subject.key == obj.key:
        return []
    if rule.name == "possessive unit" and subject.name.lower().endswith(_MONEY_HEADS):
        return []  # "our Network Data Innovation Fund": money it holds, no unit of it
    if rule.name == "possessive unit" and not _BODY_WORD.search(subject.name):
        return []  # "the council's Data Protection Officer", "its Vuorela data hall": no unit
    if rule.name in ("possessive unit", "agency's product name"):
        firm, town = (subject, obj) if rule.name == "possessive unit" else (obj, subject)
        named_place = town.place and town.name.split()[-1].lower() not in lx.GOV_HEADS
        if firm.type == "Company" and named_place:
            return []  # "Cape Town's Karoo Logistics Software": where the firm is, no body's own
    if rule.name == "possessive named unit" and not _named_unit(sentence, subject, o):
        return []
    if rule.name == "thing from its maker" and sentence.doc.makers.get(obj.key, subject.key) != (
        subject.key
    ):
        return []  # "X makes P. A licensed P from Y": Y sells what X makes
    if rule.relation == "opposes" and _JUDGES.search(obj.name):
        return []  # "asked the High Court to suspend the collection": of another's doing
    if rule.relation == "supplies" and subject.key in (obj.part_of, obj.employer):
        return []  # "Axon gave its ethics board notice": nothing is sold to one's own part
    if (
        rule.relation == "supplies"
        and obj.type == "MediaOrganization"
        and re.search(rf"@{o}@ (?:has |had )?(?:obtained|received)\b", sentence.masked)
    ):
        return []  # "Records the Courier obtained from Maplepost": a paper's reporting
    if rule.relation == "supplies" and re.search(
        rf"\bengag\w* (?:the )?@{s}@ in (?!(?:early |late |mid-)?(?:\d{{4}}|{_MONTH})\b)",
        sentence.masked,
    ):
        return []  # "engaged X in talks": no one hired ("engaged X in 2023": hired then)
    # (not for a sale: which party sells was read with the place as subject)
    # (or a name of no known kind after "at": "our Flood Operations Centre at Mulgaroo Bend")
    located = (subject.place or subject.guessed) and rule.relation != "supplies"
    pattern = rf"@(\d+)@(?:,| in| at) @{s}@" if subject.place else rf"@(\d+)@ at @{s}@"
    located = located and re.search(pattern, sentence.masked)
    if located and sentence.entity(int(located.group(1))).type in ORGS:
        # "the Town of X, Ontario, which uses P", "the X Police in Germany, which runs P"
        subject = sentence.entity(int(located.group(1)))
    # A place acts as its city government when it uses, buys or has offices.
    if subject.place and rule.relation not in ("uses",):
        return []
    if obj.place and rule.relation not in ("supplies", "partOf"):
        return []
    if rule.relation == "investigates":
        if obj.employer:
            obj = sentence.doc.entities[obj.employer]
        # "obtained the department's Threadline search logs": the records are the owner's
        # (and its use of it: "an inquiry into the city's Nunbit pilot", "X's P contract")
        owner = re.search(
            rf"@(\d+)@'s @{o}@ (?:[a-z-]+ )?(?:logs|records|data|files|pilot|trial|use|rollout|"
            r"deployment|contract|policy|procurement)\b",
            sentence.masked,
        )
        if owner and obj.type in THING_TYPES:
            obj = sentence.entity(int(owner.group(1)))
        # (a broadcaster is examined only by a public body: "the office's review of X Media")
        media = obj.type == "MediaOrganization" and subject.type != "GovernmentAgency"
        if obj.type == "Person" or media or obj.key == subject.key:
            return []
    if (
        rule.relation == "uses"
        and subject.type in _WATCHDOGS
        and obj.type in THING_TYPES
        and _TESTED.search(sentence.masked)
    ):
        # researchers, advocates and reporters who test a product examine it
        return [Found(subject.key, "investigates", obj.key, confidence, rule.name)]
    if (
        rule.relation == "uses"
        and subject.type == "Company"
        and (
            _OPERATES.search(sentence.masked)
            or re.search(f"{_BUILT_AND_RUNS}{o}@", sentence.masked)
        )
    ):
        return []  # "the company that built and operates P" runs it for its customers
    if rule.relation == "uses" and rule.pattern is None:
        made_by = rf"@{o}@, (?:an? |the )[^@;]{{0,60}}?(?:developed|built|made|designed) by @{s}@"
        if re.search(made_by, sentence.masked):
            return []  # "Returns are processed in P, a platform developed by X": X made it
    if rule.name == "work done in" and obj.type not in THING_TYPES:
        return []  # "X computes the tax on Y": work done in a thing, never on a firm
    vendor = obj.type == "Company" and subject.type == "GovernmentAgency"
    if (
        vendor
        and rule.name == "agency's product name"
        and (unit_name(obj.name) or not _goods_after(sentence.masked, o))
    ):
        # "the Council's Highways and Street Lighting Service", "the ministry's Digital Services
        # Group", "our Information Systems team": its unit, no vendor ("the city's X cameras")
        return []
    # (not "X runs its systems on Y", a firm's cloud: hosting, read apart)
    if rule.relation == "uses" and vendor and rule.name != "runs work on":
        return [Found(obj.key, "supplies", subject.key, confidence, rule.name)]  # uses a vendor
    # The regular-expression rules were written when an unknown organisation counted as a
    # company; a clause reading says itself which side supplies.
    vendors = ("Company", "Organization") if rule.pattern is not None else ("Company",)
    if rule.relation == "supplies" and subject.type == "GovernmentAgency" and obj.type in vendors:
        subject, obj = obj, subject  # "the city's pilot with Amazon": the company supplies
    elif rule.name == "contract with" and subject.type in BUYERS and obj.type == "Company":
        subject, obj = obj, subject  # "the university signed a contract with X for P"
    # a stance on a body's plan to do something to a thing is on the body ("backed the city's
    # plan to extend P to the utilities counter": the city)
    stance = rule.relation in ("supports", "opposes")
    planner = stance and re.search(
        rf"@(\d+)@'s (?:[\w-]+ )?{_PLAN} to [^@.;]*@{o}@", sentence.masked
    )
    if planner and (obj.type in THING_TYPES or obj.guessed):
        obj = sentence.entity(int(planner.group(1)))
        if obj.key == subject.key or obj.type not in ORG_TYPES:
            return []
    # one public body "supports" another's work as a matter of course; backing its plan is a
    # stance ("the police have backed the council's plan")
    plan = re.search(rf"@{o}@'s (?:[\w-]+ ){{0,2}}?{_PLAN}", sentence.masked) and not re.search(
        r"\b(?:once|formerly|previously|initially|at first|used to)\b", sentence.masked
    )
    if rule.relation == "supports" and subject.type == obj.type == "GovernmentAgency" and not plan:
        return []
    proposal = rule.relation == "supports" and obj.type not in THING_TYPES
    if proposal and re.search(rf"\bpropos\w* (?:the )?@{o}@ as\b", sentence.masked):
        return []  # "proposes X as its installation subcontractor": a bid's team, no stance
    own_make = (rule.relation == "supports" and subject.type == "Company") and re.search(
        rf"\b{_OFFERED} @{o}@, (?:an?|the) [^@,;]{{0,40}}? (?:it|we) (?:developed|built|made|"
        r"designed)\b",
        sentence.masked,
    )  # "proposed P, a case-management product it developed": its own make
    if own_make:
        return [Found(subject.key, "develops", obj.key, confidence, rule.name)]
    if rule.relation == "supports" and subject.type == "Company" and obj.type in THING_TYPES:
        # a company "supporting" a system maintains it; it is no stance. One that "proposed
        # its P camera" offers its own make
        offered = re.search(rf"\b{_OFFERED} (?:its|our) @{o}@", sentence.masked)
        if offered and not _MADE_ELSEWHERE.search(sentence.masked):
            return [Found(subject.key, "develops", obj.key, confidence, rule.name)]
        return []
    if (
        rule.relation == "supports"
        and _investor(subject)
        and obj.type in rule.object_types
        and _MONEY_BACKING.search(sentence.masked)
    ):
        # "backed by X Capital": an investment firm's backing is money
        return [Found(subject.key, "funds", obj.key, confidence, rule.name)]
    if (
        rule.relation == "supports"
        and subject.name.lower().split()[-1:] in [[w] for w in _FUNDER_HEADS]
        and obj.type in rule.object_types
        and _MONEY_BACKING.search(sentence.masked)
        and _GRANTS.search(sentence.masked)
    ):
        return [Found(subject.key, "funds", obj.key, confidence, rule.name)]
    # outlets report; their opinions are not facts about the world (a suit they bring is)
    if (
        rule.relation in ("opposes", "supports")
        and subject.type == "MediaOrganization"
        and not (rule.relation == "opposes" and re.search(rf"@{s}@{_SUED}", sentence.masked))
    ):
        return []
    if rule.relation == "investigates" and _auditor(subject) and obj.type in rule.object_types:
        pass  # "The Government Accountability Office found that CBP …"
    elif subject.type not in rule.subject_types or obj.type not in rule.object_types:
        return []
    if (
        rule.relation == "supports"
        and subject.type == "Company"
        and obj.type == "GovernmentAgency"
        and not plan  # ("We supported the Department's plan to …": a stance)
        and rule.name != "counsel for a party"  # (a firm of lawyers acting for a body)
    ):
        return [Found(subject.key, "supplies", obj.key, confidence, rule.name)]
    if rule.relation == "develops" and obj.developer and obj.developer != subject.key:
        return []
    return [Found(subject.key, rule.relation, obj.key, confidence, rule.name)]


# An outlet's lawsuit: an act, not an opinion ("The Tribune sued the city over records")
_SUED = r"(?:, [^,@]{1,60},)? (?:has |had )?(?:sued|sues|filed (?:a )?(?:suit|lawsuit))\b"


def _investor(entity) -> bool:
    """A firm whose name says it invests: "… Ventures", "… Capital", "… Partners"."""
    words = entity.name.lower().split()
    return (
        entity.type in ("Company", "Organization")
        and bool(words)
        and (words[-1] in lx.INVESTOR_HEADS)
    )


def _auditor(entity) -> bool:
    """A government body whose work is to investigate (auditors, inspectors, oversight), or a
    firm whose trade it is ("Hestvik Compliance AS", "Coolabah Assurance")."""
    words = set(entity.name.lower().split())
    if entity.type == "Company":
        return bool(words & {"assurance", "audit", "auditors", "compliance", "forensics"})
    return entity.type == "GovernmentAgency" and bool(
        words & {"accountability", "inspector", "audit", "auditor", "oversight", "ombudsman"}
    )


# A name right after one of these is governed by it: not the subject of its clause.
_GOVERNED = re.compile(r"\b(?:for|by|from|with|to|on|in|at|about|against|of)(?: the)? $")


def first_subject(masked: str, before: int) -> int | None:
    """The placeholder of the sentence's first name before `before` that no preposition
    governs ("members of X" count as X): the subject of the main clause."""
    # (not the asker a question's label names: "Q (X, Y News): Chief, the Z wrote …")
    label = re.match(r"(?:q|question|reporter)\.? \([^)]*\): ", masked)
    for match in re.finditer(r"@(\d+)@", masked[:before]):
        head = masked[: match.start()]
        if label and match.start() < label.end():
            continue
        if not _GOVERNED.search(head) or re.search(r"\bmembers of (?:the )?$", head):
            return int(match.group(1))
    return None


def all_matches(pattern: re.Pattern, text: str):
    """Matches starting at every placeholder, so that overlapping candidates are all tried."""
    seen = set()
    for start in [0] + [m.start() for m in re.finditer(r"@\d+@", text)]:
        match = pattern.search(text, start)
        if match and (match.start("s"), match.start("o")) not in seen:
            seen.add((match.start("s"), match.start("o")))
            yield match


def _goods_after(masked: str, o: int) -> bool:
    """Whether what a firm sells follows its mention: "the city's X dispatch software"."""
    end = masked.find(f"@{o}@") + len(f"@{o}@")
    return _GOODS.match(masked, end) is not None
