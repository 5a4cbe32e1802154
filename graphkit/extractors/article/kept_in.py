"""Work a body's own text says is done in a thing, without saying by whom: "Every one of our
grant agreements was managed in Tilskud360", "the burial register has been managed in
Everleaf", "all renewals are now handled in Memberly". The text speaks for the body (its "we":
voices.py), whose records and cases they are: it uses the thing. Not a person's line or signed
letter, whose "we" may be a unit, nor a sentence naming another body with the thing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entity import ORG_TYPES, THING_TYPES
from .rules import Found

if TYPE_CHECKING:
    from .relations import Sentence

# A passive of keeping or handling, then where: "are held in", "has been processed today in",
# "were recorded on", "is managed since 2021 in" (no one named between: "by X in P" says who)
_KEPT_IN = re.compile(
    r"\b(?:is|are|was|were|has been|have been)(?: (?:now|today|still|also|all))? "
    r"(?:held|kept|recorded|processed|managed|handled|logged|administered|maintained|tracked|"
    r"registered|lodged|issued|assessed|scheduled)"
    r"(?: (?:today|now|since [^@,;]{1,25}?|from [^@,;]{1,25}?))? (?:in|on|through) "
    r"(?:the )?@(?P<p>\d+)@(?!'s)"
)
_BODIES = ORG_TYPES - {"Company"}  # (not a firm that makes or runs the thing for the body)
# Where the thing is another's or not yet in use: "will be held in", "could be processed in"
_NOT_NOW = re.compile(r"\b(?:will|would|could|should|may|might|to be|until)\b")


def kept_in(sentence: Sentence) -> list[Found]:
    """The speaking body's use of a thing its records or cases are kept or handled in."""
    voice = sentence.doc.voices.get(sentence.start)
    body = sentence.doc.entities.get(voice[1] or "") if voice else None
    if body is None or body.type not in ORG_TYPES or voice[0] is not None:
        return []  # (a body's own text, not a person's line or letter: theirs is another's)
    things = [
        sentence.entity(int(match.group("p")))
        for match in _KEPT_IN.finditer(sentence.masked)
        if not _NOT_NOW.search(sentence.masked, 0, match.start())
    ]
    things = [thing for thing in things if thing.type in THING_TYPES]
    # (not "Payments are processed in P, the system the GTSA built": the GTSA's)
    if not things or any(
        sentence.entity(i).type in _BODIES and sentence.entity(i).key != body.key
        for i in range(len(sentence.mentions))
    ):
        return []
    return [Found(body.key, "uses", thing.key, 0.6, "kept in") for thing in things]
