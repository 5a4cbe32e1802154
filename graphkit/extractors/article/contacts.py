"""A press release's contact line: "Media contact: Dev Kapoor, Sallowmere Technologies" and
"Press contact: Leah Forsberg, communications manager, City of Calverdale, (555) …". The
person named works for the organisation the line gives after the name (and a title, if any)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon as lx
from .rules import ORGS, Found

if TYPE_CHECKING:
    from .relations import Sentence

_CONTACT = re.compile(
    r"^(?:(?:media|press|news|communications) )?(?:contacts?|inquiries|enquiries): "
    r"@(?P<person>\d+)@,(?: [^@,;]{1,50},| @(?P<title>\d+)@,)? (?:the )?@(?P<org>\d+)@(?:[,.;]|$)"
)


def contact_lines(sentence: Sentence) -> list[Found]:
    match = _CONTACT.match(sentence.masked)
    if match is None:
        return []
    title = match.group("title")
    if (
        title is not None
        # "Communications Director", capitalised, is a title, not a body
        and sentence.entity(int(title)).name.lower().split()[-1] not in lx.TITLE_ENDS
    ):
        return []
    person = sentence.entity(int(match.group("person")))
    org = sentence.entity(int(match.group("org")))
    if person.type != "Person" or org.type not in ORGS or org.place:
        return []
    return [Found(person.key, "worksFor", org.key, 0.7, "press contact")]
