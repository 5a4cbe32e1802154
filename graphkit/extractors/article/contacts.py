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
)
# A byline is the whole line: "By Nadia Flores, Eastbank Observer", "By A, B and C, Outlet",
# "By Nadia Flores, Staff Writer, Eastbank Observer" (the title may be read as a name too).
_BYLINE = re.compile(
    r"^by (?P<writers>@\d+@(?:(?:,|,? and) @\d+@)*),"
    r"(?: [^@,;]{1,50},| (?:[a-z]+ )?@(?P<rank>\d+)@,)? (?:the )?@(?P<outlet>\d+)@\.?$"
)


def contact_lines(sentence: Sentence) -> list[Found]:
    match = _CONTACT.match(sentence.masked)
    if match is not None:
        people, title, org = [match.group("person")], match.group("title"), match.group("org")
        how = "press contact"
    else:
        match = _BYLINE.match(sentence.masked)
        if match is None:
            return []
        people = re.findall(r"@(\d+)@", match.group("writers"))
        title, org, how = match.group("rank"), match.group("outlet"), "byline"
    if (
        title is not None
        # "Communications Director", capitalised, is a title, not a body
        and sentence.entity(int(title)).name.lower().split()[-1] not in lx.TITLE_ENDS
    ):
        return []
    body = sentence.entity(int(org))
    if body.type not in ORGS or body.place:
        return []
    writers = [sentence.entity(int(p)) for p in people]
    return [Found(w.key, "worksFor", body.key, 0.7, how) for w in writers if w.type == "Person"]
