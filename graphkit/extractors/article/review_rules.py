"""A body's use of a thing told by the work it does on what the thing puts out: "X's Permit
Division reviews every application that P flags", "X reviews every alert raised in P"."""

from __future__ import annotations

from .rules import ORGS, make_rule
from .use_rules import ENDED

# Checking what a thing flagged, raised or scored: the reviewer works in the thing
_REVIEWS = (
    r"(?:reviews?|reviewed|checks?|checked|investigates?|investigated|examines?|examined|"
    r"assesses|assessed|verifies|verified|triages?|triaged|handles?|handled|follows? up|"
    r"followed up|actions?|actioned|clears?|cleared|works?|worked)"
)
_PUTS_OUT = r"(?:flags?|flagged|raises?|raised|generates?|generated|produces?|produced|scores?)"
_OUTPUT = r"(?:alerts?|flags?|matches|mismatch(?:es)?|cases?|claims?|applications?|records?|hits?)"
# Where the reviewer sits: "X's Cyber Security Cell at its corporate office reviews …"
_AT_PLACE = r"(?: (?:at|in) (?:its|their|the|@\d+@['’]s) [\w-]+(?: [\w-]+){0,2}?)?"
# The reviewer, an aside on it or its place, and the review
_REVIEWER = (
    r"(?<!\bin ){S}(?:, [^@;]{1,80}?,)?"
    + _AT_PLACE
    + r" (?:(?:now|also|still|routinely) )*"
    + _REVIEWS
)

# fmt: off
REVIEW_RULES = [
    # "X reviews every claim that P flags", "X reviews every high-risk alert that P generates"
    make_rule("reviews its output", "uses",
              _REVIEWER
              + r" (?:every|each|all|any) (?:[\w\"“”'’-]+ ){0,4}?(?:that|which) {O} " + _PUTS_OUT
              + r"\b" + ENDED,
              ORGS, {"Product"}, 0.6, needs=("every", "each", "all", "any")),
    # "X reviews every alert raised in P", "X checks each match flagged by P"
    make_rule("reviews its output", "uses",
              _REVIEWER
              + r" (?:every|each|all|any) (?:[\w\"“”'’-]+ ){0,3}?" + _OUTPUT + " " + _PUTS_OUT
              + r" (?:in|by|through) {O}(?!['’]s)" + ENDED,
              ORGS, {"Product"}, 0.6, needs=("every", "each", "all", "any")),
]
# fmt: on
