"""A law firm that appears for a party in a court's or a tribunal's record supports the party:
"Mr K. Mutua SC, instructed by Wekesa Njoroge & Company Advocates, for the Appellant", "For the
Appellant: Mr J. Kerr-Macleod, advocate, instructed by Lennox Buchan Solicitors", "For the
Respondent: Ms R. Govender of Govender Moosa Inc.". The party is named, or is the role its
judgment's heading gives it (defined.py: "the Appellant" is the party over "Appellant")."""

from __future__ import annotations

from .entity import AGENT_TYPES
from .rules import make_rule

_FIRMS = {"Company", "Organization", "AdvocacyGroup"}  # ("… & Company Advocates")
# A lawyer's honorific or rank before the name: "Mr", "Ms", "Adv.", "Me" (Quebec's "Maître")
_LAWYER = r"(?:(?:mr|ms|mrs|dr|adv|me)\.? )?(?:[a-z]\. )*@\d+@(?: sc| kc| qc| bl)?"

# fmt: off
COUNSEL_RULES = [
    # "X, instructed by Y, for the Appellant": Y acts for the party
    make_rule("counsel for a party", "supports",
              r"\binstructed by (?:the )?@(?P<s>\d+)@(?:, [^@;,]{1,30})?,? for (?:the )?{O}\.?$",
              _FIRMS, AGENT_TYPES, 0.6, needs=("instructed by",)),
    # "For the Appellant: X, advocate, instructed by Y", "For the Respondent: X of Y"
    make_rule("counsel for a party", "supports",
              r"^(?:\d+\. )?(?:appearances: )?for (?:the )?{O}: " + _LAWYER
              + r"(?:,? (?:with|and) " + _LAWYER + r")?,? "
              r"(?:[a-z ]{1,30}, )?(?:instructed by|of) (?:the )?@(?P<s>\d+)@",
              _FIRMS, AGENT_TYPES, 0.6, needs=("for ",)),
    # "X of Y, for the third respondent"
    make_rule("counsel for a party", "supports",
              r"^" + _LAWYER + r",? of (?:the )?@(?P<s>\d+)@,? for (?:the )?{O}\.?$",
              _FIRMS, AGENT_TYPES, 0.6, needs=(" of ",)),
]
# fmt: on
