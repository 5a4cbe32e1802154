"""Users named as examples of a kind: "Clearing agents, including X, lodge import documents
through P", "Licensed dealers, among them X, record each sale in P", "Forty-one organisations
now receive indicators through Kahu, including X". What the kind does in the thing, its named
example does: X uses P."""

from __future__ import annotations

from .rules import ORGS, make_rule

_EXAMPLE = r"(?:including|among them|such as)"
# Work done in a thing: "lodge … through P", "record each sale in P", "submit reports through
# P's operator portal" (no other party between, and no report of another's words)
_WORKS_IN = (
    r"(?:now |currently |also |already )?(?!(?:said|say|told|were|are|have|had)\b)[a-z]{3,} "
    r"[^@;]{0,80}?(?:through|in|on|via|using) (?:the )?"
)

# fmt: off
EXAMPLE_RULES = [
    # "Clearing agents, including X, currently lodge import documents through P"
    make_rule("example of users", "uses",
              r"\b[a-z]+s, " + _EXAMPLE + r" (?:the )?@(?P<s>\d+)@(?!['’]s), " + _WORKS_IN
              + r"@(?P<o>\d+)@",
              ORGS, {"Product"}, 0.6, needs=("including", "among them", "such as")),
    # "Forty-one organisations now receive indicators through P, including X"
    make_rule("example of users", "uses",
              r"\b[a-z]+s " + _WORKS_IN + r"@(?P<o>\d+)@(?:['’]s [\w-]+ (?:portal|app))?, "
              + _EXAMPLE + r" (?:the )?@(?P<s>\d+)@(?!['’]s)",
              ORGS, {"Product"}, 0.6, needs=("including", "among them", "such as")),
]
# fmt: on
