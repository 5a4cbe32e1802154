"""Entities a sentence describes rather than names: "the branch of Homeland Security" (the unit
the text named before), "the practice of separating families" (a policy opposed)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entity import AGENT_TYPES
from .rules import NEGATION, Found

if TYPE_CHECKING:
    from .relations import Sentence

_BRANCH_OF = re.compile(
    r"\bthe (?:branch|division|arm|component|sub-agency|subagency|unit|bureau) "
    r"(?:of|within) (?:the )?@(\d+)@"
)
_POLICY_OF = re.compile(
    r"@(\d+)@(?:'s)?[^@]{0,60}?\b(?:criticiz\w*|criticis\w*|oppos\w*|denounc\w*|condemn\w*|"
    r"protest\w*(?: against)?|object\w* to|decr\w+|spoke out against)\s+"
    r"(?:the )?(?:@\d+@'s |the |its |their )?"
    r"(?P<p>(?:[\w-]+ ){0,2}?(?:practice|policy|policies) of [a-z]+ing(?: [a-z-]+){1,3}?)"
    r"(?= at\b| in\b| on\b| and\b| to\b| for\b|[,.;]|$)"
)


def described(sentence: Sentence) -> list[Found]:
    """Entities a sentence describes: "the branch of Homeland Security", "the practice of …"."""
    doc, out = sentence.doc, []
    text = sentence.masked
    for match in _BRANCH_OF.finditer(text):
        whole = sentence.entity(int(match.group(1)))
        if whole.type != "GovernmentAgency" or NEGATION.search(text[: match.start()]):
            continue
        before = [m.key for m in sentence.mentions[: int(match.group(1))]]
        for key in reversed(doc.order[: len(doc.order)] + before):
            part = doc.entities.get(key)
            if part and part.type == "GovernmentAgency" and part.key != whole.key:
                out.append(Found(part.key, "partOf", whole.key, 0.55, "branch of"))
                break
    for match in _POLICY_OF.finditer(text):
        critic = sentence.entity(int(match.group(1)))
        if critic.type not in AGENT_TYPES or NEGATION.search(match.group(0)):
            continue
        policy = doc.described_entity(match.group("p"), "Policy")
        out.append(Found(critic.key, "opposes", policy.key, 0.6, "policy"))
    return out
