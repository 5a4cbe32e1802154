"""Ownership told of a body described first: "X is a council-controlled organisation wholly
owned by Y", "X itself is owned by Y", "X is owned by the Ohio-based Y", "X's parent company is
Y": X is part of Y."""

from __future__ import annotations

from .rules import ORGS, make_rule

_KIND = r"(?:company|firm|organi[sz]ation|entity|subsidiary|business|unit|trust)"

# fmt: off
OWNER_RULES = [
    make_rule("owned body", "partOf",
              r"{S}(?: itself)? (?:is|has been) (?:now )?(?:an? (?:[\w-]+ ){0,3}?" + _KIND + r" )?"
              r"(?:wholly |fully |majority[- ]|partly )?owned by (?:the )?(?:[\w-]+-based )?{O}"
              r"(?![^.;]{0,40}\b(?:until|sold|divested)\b)",
              ORGS, ORGS, 0.65, needs=("owned by",)),
    # "X's parent company is Y", "Its owner is the Y group" (not a former one)
    make_rule("parent is", "partOf",
              r"(?<![\w@])@(?P<s>\d+)@'s (?:(?:new|current|ultimate) )?"
              r"(?:parent(?: company| firm)?|owner|holding company) (?:is|has been) (?:now )?"
              r"(?:the )?(?:[\w-]+ ){0,3}?{O}"
              r"(?![^.;]{0,40}\b(?:until|sold|divested)\b)",
              ORGS, ORGS, 0.65, needs=("parent", "owner", "holding")),
]
# fmt: on
