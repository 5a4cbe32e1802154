"""What a title's words say of its holder: whether the title runs the body ("executive
director", "managing director"), is second to its head ("deputy", "vice"), and where the
officer of a portfolio works ("program officer for X at Y": Y)."""

from __future__ import annotations

import re

# Who runs the body (not a former, regional or incoming one, nor one of a function: "of sales")
RUNS_BODY = re.compile(
    r"(?<!former )(?<!regional )(?<!incoming )(?<!outgoing )(?<!next )"
    r"\b(?:executive|managing) director\b(?! (?:of|for) (?!the\b|its\b|their\b)[a-z])"
)
# Second to the head, or no head of the body: "vice president", "youth minister", "Opposition
# Leader"
SECONDS = frozenset(["vice", "deputy", "associate", "assistant", "youth", "opposition"])
# "for Technology and Democracy at Y": the body after the portfolio
AT_AFTER_FOR = re.compile(r"(?: and @\d+@)? at (?:the )?@(\d+)@(?!'s)")
