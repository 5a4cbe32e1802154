"""Sales told of the contract or of the buyer's side: "the award of a contract to X for the
provision of P to A", "A's largest supplier is X", "X, A's cloud provider". X supplies A."""

from __future__ import annotations

from .rules import COMPANY, ORGS, make_rule

# A supplier named as such, not one that was or may be: "A's former vendor", "a would-be supplier"
_SUPPLIER = (
    r"(?!(?:[\w-]+ )?(?:former|prospective|potential|would-be|future|onetime|one-time|ex-|"
    r"previous|old|preferred|rival)\b)"
    r"(?:[\w-]+ ){0,2}?(?:supplier|vendor|contractor|provider)s?"
)

# fmt: off
SUPPLY_RULES = [
    # "I approve the award of a five-year contract to X for the provision of P to A"
    make_rule("award of contract for", "supplies",
              # (an award made, not one deferred, rejected or only proposed)
              r"\b(?:approv\w*|ratif\w*|confirm\w*|announc\w*|made|following|after|with) "
              r"(?:the )?award(?:ing)? of (?:a |an |the )?(?:[\w$.,-]+ ){0,5}?(?:contract|tender|"
              r"agreement) (?:[^@;]{0,40}? )?to {S}(?:,? (?:inc|llc|ltd)\.?)? for (?:the )?"
              r"(?:provision|supply|delivery|installation|implementation)(?: and [a-z]+)? of "
              r"[^;]{0,80}? to {O}(?!'s)",
              COMPANY, ORGS, 0.65, needs=("award",)),
    # "A's largest supplier is X", "A's technology vendor, X, said"
    make_rule("body's supplier", "supplies",
              r"(?<![\w@])@(?P<o>\d+)@'s " + _SUPPLIER + r"(?:,| is| was| has been| remains) "
              r"(?:the )?@(?P<s>\d+)@(?!'s)",
              COMPANY, ORGS, 0.6, needs=("supplier", "vendor", "contractor", "provider")),
    # "X is A's largest supplier", "X, A's cloud provider, said"
    make_rule("body's supplier", "supplies",
              r"(?<![\w@])@(?P<s>\d+)@,? (?:is|was|has been|remains|became|,) (?:now )?"
              r"(?:the |one of )?(?:the )?@(?P<o>\d+)@'s " + _SUPPLIER + r"\b",
              COMPANY, ORGS, 0.6, needs=("supplier", "vendor", "contractor", "provider")),
]
# fmt: on
