"""Mentions a sentence joins into a list ("ICE and DHS", "A, B and C", "P, a plate reader, and
Q"), each of which a relation found for one of them reaches: every member is a party."""

from __future__ import annotations

import re

from . import cues as cx
from . import lexicon as lx

# "the", a kind or a title may stand before the last member: "the ACLU and Senator X", "the
# League and the law firm X".
_MEMBER_LEAD = (
    # "… and our co-plaintiff, the Y", "… and its parent company, Y"
    # (a party of the same part only: not "and its largest supplier, Y")
    r"(?: (?:our|its|their|his|her) (?:co-[a-z]+|fellow [a-z]+|partners?|allies|ally),(?: the)?"
    r"| (?:existing|new|returning|fellow) (?:investors?|backers?)"  # "A and existing investor B"
    r"| by(?: the)?"  # "backed by X and by Y"
    r"| the(?: (?:[\w-]+ )?(?:firm|company|group|startup|coalition|union|nonprofit))?| (?:"
    + "|".join(sorted(re.escape(t) for t in lx.TITLE_WORDS))
    + r"))?"
)
# A member may carry a short note in brackets: "X (D-OR), Y (D-MD) and Z".
_NOTE = r"(?: \([^()]{1,30}\))?"
# or what it is, between commas: "P, a plate reader, and Q, an evidence application"
# (not one who was: "X, a former analyst, and Y, policy analyst, at Z")
# (or whose: "founded by X, its CEO, and Y, its CTO")
_DESCRIBED = (
    r"(?:, (?:a|an|its|their) (?![^@,;()]*\b(?:former|onetime|one-time|ex|retired|previous|late)\b)"
    r"[^@,;()]{1,60}?(?=,))?"
)
# or where it is: "the X Sheriff's Office in Idaho and the Y Authority in Nevada"
_PLACED = r"(?: in (?:the )?(?:@\d+@|[a-z]+(?: [a-z]+)?(?= and | or |, )))?"
_LIST = re.compile(
    r"@(\d+)@(?:'s)?"
    + _NOTE
    + _PLACED
    + _DESCRIBED
    + r"(?:, [a-z.]+)?(?:(?:,| ,)(?: the)? @\d+@(?:'s)?"
    + _NOTE
    + _PLACED
    + _DESCRIBED
    + r"(?:, [a-z.]+)?)*(?:,)? (?:and|or|nor|as well as)"
    + _MEMBER_LEAD
    + r" @(\d+)@"
)


def mention_lists(masked: str) -> dict[int, list[int]]:
    """Mentions joined by commas and a final "and"/"or": each maps to all of them."""
    out: dict[int, list[int]] = {}
    pattern = _LIST
    for match in pattern.finditer(masked):
        if re.search(r"\bbetween\b[^,;@]{0,12}(?:@\d+@[^,;@]{0,12})?$", masked[: match.start()]):
            continue  # "between X and Y" names two sides, not one party
        listed = re.sub(r"\([^()]*\)", "", match.group(0))  # not what a note names
        placed = re.sub(r" in (?:the )?@\d+@(?= and| or|,)", "", listed)  # nor where one is
        # "sold to X in Nevada and Y supplied …": Y opens a clause of its own
        if (placed != listed or re.search(r"@ in [a-z]", listed)) and (
            _predicate(masked, match.end()) or _PAST_WITH_OBJECT.match(masked, match.end() + 1)
        ):
            continue
        listed = placed
        members = [int(i) for i in re.findall(r"@(\d+)@", listed)]
        if len(members) == 2 and ", " in listed and _predicate(masked, match.end()):
            continue  # "X runs on Y, and Z said …": a second clause, not a list
        for member in members:
            out[member] = members
    return out


# A finite verb right after a name: the name is a clause's subject.
_PREDICATE = re.compile(
    r" (?:also |then |later )?(?:said|says|told|tells|added|adds|has|have|had|is|was|are|"
    r"were|will|would|did|does|can|could|may|might|should|must)\b"
)


def _predicate(masked: str, at: int) -> bool:
    """Whether a finite verb follows: the name before is a clause's subject."""
    if _PREDICATE.match(masked, at):
        return True
    word = re.match(r" (?:also |then |later )?([a-z]+)\b", masked[at:])
    if word and _PAST_WITH_OBJECT.match(masked, at + word.start(1)):
        return True  # "made by X, and Y signed a contract with Z": Y's own clause
    return bool(word) and word.group(1) in cx.verb_words() and not word.group(1).endswith("ing")


# A past tense taking an object or a partner: "signed a contract", "agreed with"
_PAST_WITH_OBJECT = re.compile(r"[a-z]{3,}ed (?:a|an|the|its|their|his|her|our|with)\b")
