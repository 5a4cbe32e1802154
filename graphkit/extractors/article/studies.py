"""Where "of" or "for" ends a name: "a review by the X Project of the Y Police Department" names
two bodies, the group that examines and the public body examined; "a contract with Riverbend
Gaming Tech for TableSense" a firm and what it sells."""

from __future__ import annotations

import re

from .tokens import Tok, run_head

# fmt: off
# Nouns of a body's examination of another: "a review by X", "an audit by X of O"
STUDY_NOUNS = (
    "review", "audit", "investigation", "inquiry", "probe", "examination", "analysis", "study",
    "evaluation", "assessment",
)
# A group's name and a public body's, which "of" does not join into one name.
_GROUP_HEADS = frozenset((
    "project", "campaign", "coalition", "alliance", "center", "centre", "institute", "foundation",
    "fund", "network", "initiative", "league", "society", "association",
))
_BODY_ENDS = frozenset((
    "department", "office", "police", "sheriff", "agency", "bureau", "commission", "county",
    "city", "council", "district", "authority", "board",
))
# fmt: on


def two_bodies(text: str, toks: list[Tok], first: int, head: int, after: int) -> bool:
    """ "a review by the X Project of (the) Y Police Department": a group examining a public
    body is not one name with it ("the Urban League of Y County", "the Police Foundation of
    the Y Police Department" are, where no review is told)."""
    form = text[max(0, toks[head].end - 3) : toks[head].end].lower()  # ("A/S": two tokens)
    legal = toks[head].text.lower().replace(".", "") in _LEGAL_FORMS or form == "a/s"  # "B.V."
    if legal and text[toks[head].end : toks[head].end + 5] == " for ":
        return True  # "Y Pvt Ltd for Rs 87 crore": a legal form ends the name before "for"
    if text[toks[head].end : toks[head].end + 5] == " for " and _DEAL_WITH.search(
        text, max(0, toks[first].start - 60), toks[first].start
    ):
        # "a five-year contract with X Tech for P": the deal's party, then what it is for (not
        # "with the Institute for Fiscal Studies", whose "for" is its name's)
        return toks[head].text.lower() not in _FOR_HEADS
    return (
        toks[head].text.lower() in _GROUP_HEADS
        and run_head(toks, after) in _BODY_ENDS
        and _STUDY_BY.search(text, max(0, toks[first].start - 40), toks[first].start) is not None
    )


_LEGAL_FORMS = frozenset(
    {"a/s", "ab", "ag", "asa", "bv", "gmbh", "inc", "llc", "llp", "ltd", "limited", "nv", "oy"}
    | {"plc", "pty", "sa", "sarl", "spa", "srl", "corp"}
)


_DEAL_WITH = re.compile(
    r"\b(?:contract|agreement|deal|licen[cs]e|subscription|partnership)s? with (?:the )?$", re.I
)
# Heads whose "for" is part of the name: "Institute for Fiscal Studies", "Office for Students"
_FOR_HEADS = frozenset(
    ["institute", "centre", "center", "office", "council", "alliance", "coalition", "network"]
    + ["commission", "commissioner", "foundation", "fund", "trust", "campaign", "ministry"]
    + ["department", "agency", "authority", "cloud"]
)
_STUDY_BY = re.compile(r"\b(?:" + "|".join(STUDY_NOUNS) + r")s? (?:by|from) (?:the )?$", re.I)
