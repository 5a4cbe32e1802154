"""A press release's contact line: "Media contact: Dev Kapoor, Sallowmere Technologies" and
"Press contact: Leah Forsberg, communications manager, City of Calverdale, (555) …", a report's
"Case officer: …" and a story's byline, "By Nadia Flores, Eastbank Observer". The person named
works for the organisation the line gives after the name (and a title, if any)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon as lx
from .rules import ORGS, Found

if TYPE_CHECKING:
    from .relations import Sentence

_CONTACT = re.compile(
    r"^(?:(?:media|press|news|communications) )?(?:contacts?|inquiries|enquiries|"
    r"(?:case|contact|press|information) officer): "
    r"@(?P<person>\d+)@,(?: [^@,;]{1,50},| (?:[a-z]+ )?@(?P<title>\d+)@,)? "
    r"(?:the )?@(?P<org>\d+)@(?:[,.;]|$)"
    # a byline is the whole line: "By Nadia Flores, Eastbank Observer"
    r"|^by @(?P<writer>\d+)@,(?: [^@,;]{1,50},| @(?P<rank>\d+)@,)? (?:the )?@(?P<outlet>\d+)@\.?$"
)


def contact_lines(sentence: Sentence) -> list[Found]:
    match = _CONTACT.match(sentence.masked)
    if match is None:
        return []
    title = match.group("title") or match.group("rank")
    if (
        title is not None
        # "Communications Director", capitalised, is a title, not a body
        and sentence.entity(int(title)).name.lower().split()[-1] not in lx.TITLE_ENDS
    ):
        return []
    person = sentence.entity(int(match.group("person") or match.group("writer")))
    org = sentence.entity(int(match.group("org") or match.group("outlet")))
    if person.type != "Person" or org.type not in ORGS or org.place:
        return []
    how = "byline" if match.group("writer") else "press contact"
    return [Found(person.key, "worksFor", org.key, 0.7, how)]
