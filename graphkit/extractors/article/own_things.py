"""A thing a sentence calls a firm's own in an apposition: "X has supplied P, its rating and
billing system, to the council since 2009", "X ranked first with P, its noise monitoring
platform", "using P, its processing software". The firm is the one company the sentence names
before the thing (outside another's description: "X, a unit of Y, for P, its alert platform" is
X's), and it develops the thing, unless the sentence names another maker or licensor."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entity import THING_TYPES
from .parts import MADE_ELSEWHERE, PRODUCT_NOUNS
from .rules import Found

if TYPE_CHECKING:
    from .relations import Sentence

# "P, its (own) noise and flight-track monitoring platform," (its kind word ends the aside)
# (or read as a name of the thing itself: "@1@, @2@" where @2@ is "its processing software")
_ITS_THING = re.compile(
    r"@(?P<p>\d+)@, (?:its (?:own )?(?:[a-z-]+,? (?:and )?){0,5}?"
    + PRODUCT_NOUNS
    + r"|@(?P<its>\d+)@)(?=[,.;]|$)"
)
# A company's description that names another body: "X, a unit of Y," (Y is no owner here)
_ASIDE = re.compile(r", (?:a|an|the) [^@,;]{0,40}?(?:of|by|from) (?:the )?@(\d+)@(?:'s)?,")


def own_things(sentence: Sentence) -> list[Found]:
    """The firm named before a thing the sentence calls "its" kind of thing develops it."""
    text = sentence.masked
    if MADE_ELSEWHERE.search(text):
        return []  # ("P, its records system, licensed from Y": another's make)
    out = []
    for match in _ITS_THING.finditer(text):
        thing = sentence.entity(int(match.group("p")))
        if match.group("its") is not None and not _its_name(
            sentence, int(match.group("its")), thing
        ):
            continue
        if not (thing.type in THING_TYPES or thing.guessed):
            continue
        described = {int(i) for i in _ASIDE.findall(text, 0, match.start())}
        firms = {
            sentence.entity(int(i)).key
            for i in re.findall(r"@(\d+)@", text[: match.start()])
            if int(i) not in described and sentence.entity(int(i)).type == "Company"
        }
        if len(firms) == 1 and thing.key not in firms:
            out.append(Found(firms.pop(), "develops", thing.key, 0.6, "its own thing"))
    return out


def _its_name(sentence: Sentence, index: int, thing) -> bool:
    """Whether the mention is the thing again, written as "its … software"."""
    mention = sentence.mentions[index]
    written = sentence.doc.text[mention.start : mention.end].lower()
    return sentence.entity(index).key == thing.key and written.startswith("its ")
