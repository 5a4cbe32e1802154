"""Demands that a party end a contract. A request naming its target ("urged X to end its
contract with Y", "It also asks Bezos to end contracts with Palantir") opposes the contract
when a company is asked, and the public body asked, whose contract it is, otherwise.

Demands that a third party end a contract the text told of before: "the coalition urged the
council to drop the contract", "asked the mayor to cancel the deal". Those who ask oppose the
contract's customer, the body the text last said a company supplies (as "X asked Y to end the
department's contract with Z" opposes the department), or the company when it is the one asked
("want the company to drop the deal"); when the text told of no contract, the public body asked
("asked the district to end the contract", "to halt the rollout")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .checks import first_subject
from .employees import main_group
from .entity import AGENT_TYPES, THING_TYPES
from .rules import ANY, ASK_CUE, COMPANY, NEGATION, ORGS, STOP_CUE, Found

if TYPE_CHECKING:
    from .relations import Sentence

_DEAL = (
    r"(?:the|that|this|its) (?:[\w$,.-]+ ){0,3}?(?:@\d+@ (?=proposal))?"
    r"(?:contract|deal|agreement|subscription|partnership|pilot|licen[cs]e|order|purchase|"
    r"rollout|roll-out|program|programme|deployment|trial|proposal)s?\b"
)
_DEMAND = re.compile(
    r"\b" + ASK_CUE + r"\b[^@;]{0,40}?(?:@(?P<a>\d+)@(?:'s)?[^@;]{0,20}?)?\bto "
    r"(?:end|drop|cancel|terminate|scrap|suspend|abandon|not renew|stop paying for|halt|"
    r"pause|shelve|freeze|rescind|withdraw|reject) "
    # ("asked council to reject it": the deal the text told of)
    + r"(?:"
    + _DEAL
    + r"|it(?=[.,;]|$| (?:and|but|when|before|until|at|in|on)\b))"
    + r"(?! with\b| between\b| for\b)[^@]*?(?:$|, and |, but |; )"  # (to its clause's end)
)
# The body a relative clause asks for: "a presentation from X, which asked council to …"
_ASKING_RELATIVE = re.compile(r"@(\d+)@, (?:which|who) (?:has |have |had |also )*$")


_PRONOUN_ASK = re.compile(
    r"^(?:[^@]{0,40}?\b)?(?:it|they|we|the letter|the petition|the open letter)(?: also)? "
    + ASK_CUE
    + r"\b(?P<a>(?: [^@]{0,20}?@\d+@(?:'s)?){1,2})?[^@]{0,60}?(?:"
    + STOP_CUE
    + r"[^@]{0,60}?|that (?:the )?(?=@\d+@ (?:be|is) (?:cancel+ed|ended|dropped|stopped|halted)))"
    r"@(?P<o>\d+)@"
)
CONTRACT_OF = re.compile(r"(?:its|their|the) (?:[\w$.,]+ ){0,3}?contract (?:with|for) (?:the )?$")


def contract_demands(sentence: Sentence) -> list[Found]:
    """Askers opposing the customer of the contract last told of, when the demand names none."""
    last = sentence.doc.last_supply
    match = _DEMAND.search(sentence.masked)
    if match is None or NEGATION.search(sentence.masked[: match.start()]):
        return []
    out = []
    relative = _ASKING_RELATIVE.search(sentence.masked, 0, match.start())
    subject = int(relative.group(1)) if relative else first_subject(sentence.masked, match.start())
    askers = [] if subject is None else [sentence.entity(m) for m in sentence.members(subject)]
    # "want the company to drop the deal": those asked to end it are whom the askers oppose
    asked = sentence.entity(int(match.group("a"))) if match.group("a") else None
    if last is not None:
        target = last.subject if asked is not None and asked.key == last.subject else last.object
        parties = (last.subject, last.object)
    elif asked is not None and asked.type == "GovernmentAgency" and not asked.place:
        # no contract told of before: "asked the district to end the contract" opposes the
        # body asked, whose contract it is
        target, parties = asked.key, (asked.key,)
    else:
        return []
    for asker in askers:
        if asker.type in AGENT_TYPES and asker.key not in parties:
            out.append(Found(asker.key, "opposes", target, 0.55, "contract demand"))
    return out


def indices(text: str | None) -> list[int]:
    """The mentions a stretch of placeholder text names, in order."""
    return [int(i) for i in re.findall(r"@(\d+)@", text or "")]


# The body a letter asking "it" is written to: "has written to the federation asking it to end"
_WRITTEN_TO = re.compile(
    r"\b(?:written|wrote|writes|write) to (?:the )?@(\d+)@,? (?:asking|urging|to ask|to urge) "
    r"(?:it|them) to\b"
)


def written_to(text: str, start: int, end: int) -> tuple[list[int], int]:
    """The mention a request by letter is addressed to, between its asker and what it asks,
    and where its "asking it" ends (0 for none)."""
    letter = _WRITTEN_TO.search(text, start, end)
    return ([int(letter.group(1))], letter.end() - len(" to")) if letter else ([], 0)


def contract_object(sentence: Sentence, match, item: Found, addressee) -> Found:
    """ "urging Microsoft to end its contract with ICE" opposes that contract, not ICE; "asked
    the village to end its contract with V" opposes the village, the public body asked."""
    before = sentence.masked[: match.start("o") - 1]  # up to the placeholder's "@"
    after = sentence.masked[match.end("o") + 1 :]
    named = re.search(r"\b(?:the|its|their) $", before) and re.match(r" contracts?\b", after)
    if not CONTRACT_OF.search(before) and not named:
        return item
    holder = sentence.entity(addressee) if addressee is not None else None
    if holder is not None and holder.type in _BUYING_BODIES:  # the body asked: its contract
        return Found(item.subject, item.relation, holder.key, item.confidence, item.rule)
    asker = sentence.doc.entities[item.subject]
    if (holder is None or holder.type not in COMPANY) and asker.employer:
        holder = sentence.doc.entities[asker.employer]
    if holder is None or holder.type not in COMPANY:
        # "asked the board to end the Pallister contract": the buyer the text last said the firm
        # (or the maker of the product named) supplies, when it did; never the firm or product
        last, doc = sentence.doc.last_supply, sentence.doc
        thing = doc.entities[item.object]
        maker = thing.developer or doc.makers.get(item.object)
        seller = last is not None and last.subject in (item.object, maker)
        if named and seller and last.object != item.subject:
            return Found(item.subject, item.relation, last.object, item.confidence, item.rule)
        return item
    counterpart = sentence.doc.entities[item.object]
    contract = sentence.doc.contract_entity(holder, counterpart)
    return Found(item.subject, item.relation, contract.key, item.confidence, item.rule)


# Asking a body to end its use of a thing: "to drop X", "to stop using X", "to suspend X"
# (not "to ban X", "not to buy X": those are about the thing wherever it is used)
_ENDING_USE = re.compile(
    r"\bto (?:stop using|cease using|(?:end|halt|stop|suspend|pause|cease|discontinue) "
    r"(?:its|their|the) use of|stop|end|drop|cancel|terminate|scrap|suspend|halt|pause|abandon|"
    r"shelve|phase out|pull the plug on|withdraw) (?:(?:the|its|their) )?"
    # "to halt the rollout of X's feature", "to suspend the expansion of X": the body's use
    r"(?:(?:rollout|roll-out|expansion|deployment) of (?:the )?)?$"
)


# A thing's feature to be ended: "to suspend @k@'s fraud-risk scores"
_FEATURE = re.compile(_ENDING_USE.pattern.removesuffix("$") + r"@(\d+)@'s [a-z]")


_ENDING_DEAL = re.compile(
    r"^ to (?:end|drop|cancel|terminate|scrap|suspend|halt|pause|abandon) (?:the|its|their) "
    r"(?:[\w-]+ )?(?:contract|deal|agreement)\b"
)


_ENDING_NAMED_DEAL = re.compile(
    r"\bto (?:end|drop|cancel|terminate|scrap|suspend|halt|pause|abandon) (?:the|its|their)$"
)
_UNTIL = re.compile(r"\b(?:until|unless|pending|so that)\b")
# A request that the body asked stop something ("to suspend …"), and words that make what is
# to stop another's doing ("to halt sales of X", "to stop schools from using X")
# Bodies asked to end their own contracts and rollouts: public ones, and universities
_BUYING_BODIES = ("GovernmentAgency", "ResearchOrganization")
_TO_STOP = re.compile(
    r"^ to (?:(?:immediately|temporarily|urgently) )?(?:end|drop|cancel|terminate|scrap|suspend|"
    r"halt|pause|abandon|stop|withdraw|shelve|reject|delay|reverse|rescind|switch off)\b"
)
_OTHERS = re.compile(
    r"\b(?:sales?|selling|supply|supplying|exports?) (?:of|to)\b|\bfrom using\b"
    # "to stop selling the P app", "to stop making P"
    r"|\b(?:sell|selling|supplying|marketing|providing|licensing|making|developing|"
    r"manufacturing|producing) (?:the |its |their )?$"
)


def asked_body(sentence: Sentence, between: str, item: Found, addressee) -> Found | None:
    """ "asked the department to drop StreetEar", "called on the guard to stop using X": the
    public body asked to end its use of a thing, or to stop something of its own ("to suspend
    automated parking fines issued through P"), is the one its askers oppose."""
    # (the thing next: not "to halt sales of X", "to stop schools from using X"; or the body's
    # contract ended, whatever the sentence names after it: "to cancel the contract, arguing
    # that X's rules are secret")
    holder = sentence.entity(addressee) if addressee is not None else None
    if holder is not None and holder.type in ORGS and _UNTIL.search(between):
        if deciding(holder):
            return None  # "asked the High Court to suspend the collection until …": a judge
        # "asked X to halt all deployments until Parliament sets rules": X, not Parliament
        return Found(item.subject, item.relation, holder.key, item.confidence, item.rule)
    if holder is None and _UNTIL.search(between):
        return None  # "asked the panel to urge … to halt it until the Senedd sets rules"
    thing = sentence.doc.entities[item.object]
    # (or any body asked to stop its own use of a thing: "asked Tallowgate to stop using
    # PaceTrack"; a firm asked to end its contract opposes the contract, `contract_object`)
    uses = thing.type in THING_TYPES and re.search(r"\busing\b|\buse of\b", between)
    kinds = ORGS if uses else _BUYING_BODIES
    public = holder is not None and holder.type in kinds and not holder.place
    # ("to halt its use of X": X is a thing the body uses, whatever else the text says of it;
    # not "the use of X by Y", Y's use)
    used_by = any(
        m.key == item.object and re.search(rf"@{k}@ by\b", sentence.masked)
        for k, m in enumerate(sentence.mentions)
    )
    stop = _TO_STOP.match(between) and not _OTHERS.search(between) and not used_by
    if public and thing.type not in ORGS - {"Organization"} and stop and not deciding(holder):
        # "asked MBKJ to suspend automated parking compounds issued through P": what the body
        # is asked to stop is its own doing, whatever thing the words name after the verb
        return Found(item.subject, item.relation, holder.key, item.confidence, item.rule)
    # (the thing's contract, told right after it: "to suspend the @k@ contract")
    at = next((k for k, m in enumerate(sentence.mentions) if m.key == item.object), None)
    deal = at is not None and re.search(rf"@{at}@ (?:contract|deal|agreement)\b", sentence.masked)
    named_deal = holder is not None and _ENDING_NAMED_DEAL.search(between) and deal
    if named_deal and holder.type in ORGS and not deciding(holder):
        # "asked the NBT to suspend the Lyra contract": the body whose contract it is
        return Found(item.subject, item.relation, holder.key, item.confidence, item.rule)
    if addressee is None or not (_ENDING_USE.search(between) or _ENDING_DEAL.search(between)):
        return item
    # (a name before a noun of the body's own work is its thing too: "to halt its DFR flights")
    modifier = any(
        m.key == item.object and re.search(rf"\b(?:its|their) @{k}@ [a-z]", sentence.masked)
        for k, m in enumerate(sentence.mentions)
    )
    # (a thing's feature is the thing's: "to suspend EligiPlan's fraud-risk scores"; not a
    # body's: "to end the authority's contract" opposes the authority)
    feature = thing.type in (*THING_TYPES, "Organization") and any(
        sentence.mentions[int(k)].key == item.object for k in _FEATURE.findall(sentence.masked)
    )
    own = thing.type in THING_TYPES or modifier or feature or between.endswith(" use of ")
    own = own and not used_by
    # (any body asked to end its own use, a public one or not: "asked Halyard to drop NewsFlow's
    # feature"; not the thing's maker)
    maker = thing.developer or sentence.doc.makers.get(item.object)
    asked = holder.type in _BUYING_BODIES or (
        holder.type in ORGS and maker != holder.key and not deciding(holder)
    )
    if not asked or holder.place or not own:
        return item
    return Found(item.subject, item.relation, holder.key, item.confidence, item.rule)


def pronoun_requests(sentence: Sentence) -> list[tuple[int, Found]]:
    """ "It also asks Bezos to end …", "we ask that X be cancelled": the askers named before."""
    match = _PRONOUN_ASK.search(sentence.masked)
    if not match:
        return []
    doc = sentence.doc
    group = main_group(doc)
    asker = getattr(doc, "last_requester", None) or (group.key if group else None)
    if not asker:
        return []
    target = int(match.group("o"))
    addressees = indices(match.group("a"))
    addressee = addressees[-1] if addressees else None
    out = []
    for o in sentence.members(target):
        if o in addressees:
            continue
        if sentence.entity(o).key != asker and sentence.entity(o).type in ANY:
            item = Found(asker, "opposes", sentence.entity(o).key, 0.55, "request")
            item = contract_object(sentence, match, item, addressee)
            between = sentence.masked[
                match.end("a") if addressee is not None else 0 : match.start("o") - 1
            ]
            out.append((0, asked_body(sentence, between, item, addressee)))
    return out


# Who decides a request made to them, as the last word of their name
_DECIDERS = frozenset({"court", "tribunal", "judge", "arbitrator", "ombudsman", "commissioner"})


def deciding(entity) -> bool:
    """Whether one asked to end something decides it rather than takes part: a court."""
    return entity.name.split()[-1].lower() in _DECIDERS
