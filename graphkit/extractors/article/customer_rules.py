"""A firm's named customer at work in the firm's thing: "X's first customer, the Y Land Trust,
has verified the carbon on its 41,000 acres through P since 2022", "Our largest customer is Y,
an accounting firm that keeps the books of 3,000 businesses on P", "Y became X's first customer
in 2022 and has collected property tax through P". The customer uses the thing (its sale, the
customer rules of `pronouns` and the sentence rules read)."""

from __future__ import annotations

from .rules import ORGS, make_rule
from .use_rules import ENDED

# "X's first customer", "its largest client", "our first and still biggest customer"
_CUSTOMER = (
    r"(?:@\d+@['’]s|\bits|\bour|\btheir) (?:first|largest|biggest|newest|oldest|anchor|launch)"
    r"(?: and (?:still )?(?:its |our )?(?:largest|biggest))? (?:customer|client)"
)
# The work, in or through the thing: "has monitored its viaduct with P", "keeps the books on P"
_WORK_IN = (
    r"(?!(?:said|says|told|added|is|was)\b)[a-z]{3,}(?:ed|s|en)? (?:[\w$.,'’@-]+ ){0,12}?"
    r"(?:in|on|through|with|via|using) (?:an? |the |its )?{O}"
    r"(?:['’]s (?:[\w-]+ )?(?:portal|app|platform|module|dashboard)\b|(?!['’]s))"
)

# fmt: off
CUSTOMER_RULES = [
    make_rule("customer's work in", "uses",
              _CUSTOMER + r",? (?:is )?(?:the )?(?:[\w.@-]+ ){0,5}?{S}(?: \(@\d+@\))?,? "
              r"(?:(?:an? |the )[^@;]{1,60}?,? )?(?:(?:which |who |that )?(?:has|have|had) "
              r"(?:also )?(?:been )?|(?:which|who|that) )" + _WORK_IN + ENDED,
              ORGS, {"Product"}, 0.6, needs=("customer", "client")),
    make_rule("customer's work in", "uses",
              r"{S} became " + _CUSTOMER + r"(?: in \d{4})? and (?:has )?(?:since )?" + _WORK_IN
              + ENDED,
              ORGS, {"Product"}, 0.6, needs=("customer", "client")),
]
# fmt: on
