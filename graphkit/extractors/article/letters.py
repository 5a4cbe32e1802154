"""Letters a body's minutes note: "The Board noted a letter from X in support of the new member
portal", "(a) a letter from X objecting to the proposal". The writer backs, or opposes, the body
whose minutes they are (the text's voice, voices.py, or its letterhead), whose project it is."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entity import AGENT_TYPES, THING_TYPES
from .rules import Found

if TYPE_CHECKING:
    from .relations import Sentence

_NOTED_LETTER = re.compile(
    r"\b(?:a |the )?(?:letters?|submissions?|representations?|emails?)"
    r"(?: of \d{1,2} [a-z]+(?: \d{4})?)? from (?:the )?@(?P<s>\d+)@"  # ("of 16 June")
    r"(?: \(@\d+@\))?,? (?:(?P<support>in support of|supporting|welcoming|endorsing)|"
    r"(?P<oppose>objecting to|opposing|in opposition to|against)|"
    # or asking the body to put its work off: "asking the Board to defer the move to …"
    r"(?P<asking>asking (?:the )?(?:board|committee|council|commission|trustees?|@\d+@) to "
    r"(?:defer|delay|postpone|pause|halt|stop|reconsider|drop|suspend|withdraw|reject|abandon|"
    r"scrap|refuse)\b)) "
    # the body's own work, unnamed ("the project", "the new member portal", "any award",
    # "cover for the transaction") or its thing
    r"(?:(?:(?:the|its|our|this|any) )?(?:[\w-]+ ){0,3}?(?:project|proposals?|portal|system|"
    r"programme|program|plans?|scheme|procurement|contract|changes?|move|platform|register|"
    r"application|award|cover)\b(?!(?!\s+until\b)[^@]{0,20}@)|@(?P<thing>\d+)@)"
)


def noted_letters(sentence: Sentence) -> list[Found]:
    """The writer of a letter the minutes note, for or against the body's own project."""
    voice = sentence.doc.voices.get(sentence.start)
    body = voice[1] if voice and voice[1] else sentence.doc.letterhead
    match = _NOTED_LETTER.search(sentence.masked)
    if match is None or body is None:
        return []
    writer = sentence.entity(int(match["s"]))
    if writer.type not in AGENT_TYPES or writer.key == body or writer.place:
        return []
    if match["thing"] and sentence.entity(int(match["thing"])).type not in THING_TYPES:
        return []  # (a letter in support of another body is about that body)
    relation = "supports" if match["support"] else "opposes"
    return [Found(writer.key, relation, body, 0.6, "letter noted")]
