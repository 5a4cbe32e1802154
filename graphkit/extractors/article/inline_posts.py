"""A person written with a title and a body inside a line or a sentence, as a signature writes
them: "For help, contact Gwen Talley, Data Services Librarian, Ashcombe University Libraries, or
book a consultation", "To: X, Chief Executive Officer, Tidewell Data, Atlanta, Georgia",
"Certified correct: X, Chief Executive Officer, Kurrabeen Regional Council, 7 April 2025". The
whole-line signatures (`contacts.py`) need the line to end with the body; these do not."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .contacts import HONORIFIC, heads, title_words
from .rules import ORGS, Found
from .signing import signing_title
from .staff_lines import person_named

if TYPE_CHECKING:
    from .relations import Sentence

# The end of a body's name: its legal form, then a clause's or a list item's end (not "@1@ and
# Contracts", a name read in part)
_ENDS = r"(?:,? (?:inc|llc|ltd|plc)\.?)?(?=$|[,.;:)|]| [·|]| \()"
# "X, Procurement Analyst, Bureau of Statewide Sourcing" where the body's name ends a clause
# or a list's item, and the body it is a unit of after it (a capitalised title may be read as a
# name)
_POST = re.compile(
    r"(?:^|(?<=[\s(:]))" + HONORIFIC + r"@(?P<person>\d+)@(?: \([^()@]{1,40}\))?, "
    r"(?P<title>(?:[a-z.&-]+ |@\d+@ ){0,6}?(?:[a-z.&-]+|@\d+@\.?)), "
    r"(?:the )?@(?P<org>\d+)@" + _ENDS + r"(?:, (?:the )?@(?P<owner>\d+)@" + _ENDS + ")?"
)
# Words that make the title no post held now: "X, then Chief of Staff, Y"
_NOT_NOW = frozenset({"then", "until", "formerly", "later", "previously", "once"})
# A post the rest of the clause ends: "X, Director, Y, resigned on Monday"
_ENDED = re.compile(
    r",? (?:who |and )?(?:has |had |have |was |is |will )?(?:just |since |recently )?"
    r"(?:resign|retir|quit|left\b|leav|step\w* down|stood down|dismissed|fired|sacked|"
    r"removed|suspended|died|depart|moved on)"
)


def inline_posts(sentence: Sentence) -> list[Found]:
    """Each person written "Name, Title, Body" within the sentence leads the body where the
    title is its head's, and works for it otherwise."""
    out = []
    for match in _POST.finditer(sentence.masked):
        person = sentence.entity(int(match.group("person")))
        body = sentence.entity(int(match.group("org")))
        owner = match.group("owner")
        title = title_words(sentence, match.group("title"))
        unit = owner is not None and _named_body(sentence, sentence.entity(int(owner)))
        if unit and not (heads(title, body) and _named_body(sentence, body, strict=True)):
            # "X, Manager, Smart City Unit, Y": a post in a unit of Y's, or for a function of
            # its ("X, Director, Transit Services, Y"); a unit's head heads the unit ("X,
            # Director, Office of Screening Operations, Y")
            body = sentence.entity(int(owner))
        else:
            unit = False
        if not person_named(person) or not _named_body(sentence, body):
            continue
        ended = _ENDED.match(sentence.masked, match.end())
        if ended or _NOT_NOW & set(title.split()) or not signing_title(title):
            continue
        head = heads(title, body, unit=unit) and title != "secretary"
        out.append(Found(person.key, "leads" if head else "worksFor", body.key, 0.65, "post"))
    return out


def _named_body(sentence: Sentence, body, strict: bool = False) -> bool:
    """A body, not a place; one of no known kind only where the text names it again, and never
    in lower case (not a function a post is for: "Vice President, Public Sector"), or, `strict`,
    not at all."""
    if body.type not in ORGS or body.place:
        return False
    if not body.guessed:
        return True
    text = sentence.doc.text
    lower = re.compile(r"(?<![\w@./-])" + re.escape(body.name.lower()) + r"(?![\w@/-])")
    return not strict and text.count(body.name) > 1 and lower.search(text) is None
