"""Headships the sentence says their holder has left: "A third co-founder, X, left the company in
2022", "Chief X, who retired in June, started this program", "X, the group's executive director
for nine years, retired in September". One who left heads the body no more, so no `leads` is read
from the sentence for that person, but of a body the person went on to ("left the department in
July to join Y as chief executive": Y); a former employer is still read as one (`worksFor`),
as everywhere else."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .rules import Found

if TYPE_CHECKING:
    from .relations import Sentence

# What a person leaves when "left" ends a post: a body named or described, "us", or nothing
# more than when and why (not "left the meeting early", "left the room")
_LEFT_WHAT = (
    r"(?:(?:the )?@\d+@|us|(?:the|our|his|her|their|its) (?:[a-z-]+ )?(?:company|firm|agency|"
    r"department|organi[sz]ation|business|council|board|post|role|job|position|office|service|"
    r"force|team|group|foundation|charity|centre|center|university|lab|ministry|authority|"
    r"bank|party|union|paper|newspaper|station|practice|clinic|project|network)s?|"
    r"(?=in (?:\d{4}|[a-z]+ \d{4}|january|february|march|april|june|july|august|september|"
    r"october|november|december|maymonth)|last |earlier |this year|after |to (?:join|start|go|"
    r"return|become|take|work|pursue|lead|run|head|found|set up|launch)\b|[.;,]|$))"
)
# The holder, an apposition (one clause between commas), then a verb of leaving
_LEFT = re.compile(
    r"@(?P<person>\d+)@(?:, (?:[^@,;]|@\d+@)*?,)?,? (?P<who>who |and )?(?:has |had |have )?"
    r"(?:since |just |recently |already |then |later |subsequently )?"
    r"(?:left (?:the board of (?:the )?@(?P<board>\d+)@|" + _LEFT_WHAT + r")|"
    r"(?:retired|resigned|stepped down|stood down) from (?:the board of )?(?:the )?@(?P<body>\d+)@|"
    r"retired|resigned|stepped down|stood down|quit\b|departed)"
)
# A body the person went on to, after the leaving: "to join Y", "he now directs Y"
_WENT_ON = re.compile(r"\b(?:join|joined|joins|joining|now|became|become|moved to|went to)\b")
# A post held now, told after a relative clause on the one left: "X, who resigned as the board's
# chair, is an associate professor at Y"
_HOLDS_NOW = re.compile(r"[^,;]*, (?:is|remains|works|serves|still)\b")


def posts_held(sentence: Sentence, found: list[Found]) -> list[Found]:
    """The facts without the headships the sentence says their holders left."""
    text = sentence.masked
    ended: set[tuple[str, str | None]] = set()  # (person, the body left; None: any not kept)
    kept: dict[str, set[str]] = {}  # person → the bodies gone on to
    for match in _LEFT.finditer(text):
        person = sentence.entity(int(match.group("person")))
        if person.type == "Place":
            continue
        named = match.group("board") or match.group("body")
        if named is not None:  # "left the board of Y": Y's post, not another held beside it
            ended.add((person.key, sentence.entity(int(named)).key))
            continue
        went_on = _WENT_ON.search(text, match.end())
        now = _HOLDS_NOW.match(text, match.end()) if match.group("who") == "who " else None
        later = text[went_on.start() :] if went_on else ""
        later += text[now.end() :] if now else ""
        ended.add((person.key, None))
        kept.setdefault(person.key, set()).update(
            sentence.entity(int(i)).key for i in re.findall(r"@(\d+)@", later)
        )
    if not ended:
        return found
    return [f for f in found if f.relation != "leads" or not _left(f, ended, kept)]


def _left(fact: Found, ended: set[tuple[str, str | None]], kept: dict[str, set[str]]) -> bool:
    if (fact.subject, fact.object) in ended:
        return True
    return (fact.subject, None) in ended and fact.object not in kept[fact.subject]
