"""Purchases told from the buyer's side: "A signed a two-year subscription with X", "We buy P
through the Y Purchasing Alliance", "P, which we buy through its distributor, X": X sells."""

from __future__ import annotations

from .rules import COMPANY, ORGS, make_rule

# fmt: off
PURCHASE_RULES = [
    # "A signed a two-year subscription with X": the subscriber buys
    make_rule("subscription with", "supplies",
              r"{O}(?:, [^@,;]{1,60},)? (?:has |have |had )?(?:signed|took out|has taken out|"
              r"renewed|holds|agreed) (?:a |an |its |their )?(?:[\w$£€.,-]+ ){0,4}?subscription "
              r"(?:with|from) (?:the )?@(?P<s>\d+)@(?!'s)",
              COMPANY, ORGS, 0.6, needs=("subscription",)),
    # "We buy P and Q through the Y Purchasing Alliance", "P, which we buy through its
    # distributor, X", "which the library receives through the Y Consortium": the one it is
    # bought through sells it
    make_rule("bought through", "supplies",
              r"{O}(?:, [^@,;]{1,60},)? (?:also |now |still )?(?:buys|bought|buy|purchases|"
              r"purchased|purchase|orders|ordered|order|receives|received|licenses|licensed) "
              r"(?:[^@;]{0,30}?@\d+@(?:(?:,| and) @\d+@)*[^@;]{0,20}? |them |it )?through "
              r"(?:the |its |their |an? )?(?:[\w-]+ ){0,2}?(?:(?:distributor|reseller|agent),? )?"
              r"(?:the )?@(?P<s>\d+)@(?!'s)",
              ORGS, ORGS, 0.6, needs=("through",)),
]
# fmt: on
