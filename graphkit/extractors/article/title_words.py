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

_FUNCTION_CHIEF = re.compile(
    r"\b(?:finance|financial|technology|tech|security|privacy|information|data|marketing|"
    r"operating|operations|communications|legal|product|strategy|digital|science|revenue|"
    r"compliance|ethics|people|growth|sales|engineering|research|design|medical|investment)"
    r" chief,? $",
    re.IGNORECASE,
)
# "head of research at Y", "Y's head of policy": the head of a function, staff of Y (not "head
# of the Y Police Department", "head of Y")
_FUNCTION_HEAD = re.compile(r"^(?:'s)?,? (?:the )?(?:[\w@'-]+ ){0,3}?head of (?!the\b|its\b)[a-z]")


def function_post(title: str, before: str, after: str) -> bool:
    """Whether the title heads a function, not the body: "finance chief X", "X, head of
    research at Y"."""
    last = title.split()[-1:]
    if last == ["chief"]:
        return _FUNCTION_CHIEF.search(before) is not None
    return last == ["head"] and _FUNCTION_HEAD.match(after) is not None
