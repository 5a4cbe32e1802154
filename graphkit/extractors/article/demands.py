"""Demands that a third party end a contract the text told of before: "the coalition urged the
council to drop the contract", "asked the mayor to cancel the deal". Those who ask oppose the
contract's customer, the body the text last said a company supplies (as "X asked Y to end the
department's contract with Z" opposes the department), or the company when it is the one asked
("want the company to drop the deal"); when the text told of no contract, the public body asked
("asked the district to end the contract", "to halt the rollout")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .checks import first_subject
from .entity import AGENT_TYPES
from .rules import ASK_CUE, NEGATION, Found

if TYPE_CHECKING:
    from .relations import Sentence

_DEAL = (
    r"(?:the|that|this|its) (?:[\w$,.-]+ ){0,3}?"
    r"(?:contract|deal|agreement|subscription|partnership|pilot|licen[cs]e|order|purchase|"
    r"rollout|roll-out|program|programme|deployment|trial)s?\b"
)
_DEMAND = re.compile(
    r"\b" + ASK_CUE + r"\b[^@;]{0,40}?(?:@(?P<a>\d+)@(?:'s)?[^@;]{0,20}?)?\bto "
    r"(?:end|drop|cancel|terminate|scrap|suspend|abandon|not renew|stop paying for|halt|"
    r"pause|shelve|freeze|rescind) " + _DEAL + r"(?! with\b| between\b| for\b)[^@]*$"
)


def contract_demands(sentence: Sentence) -> list[Found]:
    """Askers opposing the customer of the contract last told of, when the demand names none."""
    last = sentence.doc.last_supply
    match = _DEMAND.search(sentence.masked)
    if match is None or NEGATION.search(sentence.masked[: match.start()]):
        return []
    out = []
    subject = first_subject(sentence.masked, match.start())
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
