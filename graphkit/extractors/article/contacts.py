"""A press release's contact line: "Media contact: Dev Kapoor, Sallowmere Technologies" and
"Press contact: Leah Forsberg, communications manager, City of Calverdale, (555) …", a report's
"Case officer: …", a story's byline, "By Nadia Flores, Eastbank Observer", and a letter's or a
filing's signature, "Ines Varga, General Counsel, Carrow Labs". The person named works for the
organisation the line gives after the name (and a title, if any), or heads it where the title
is a head's."""

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


# A signature, a whole line: "Ines Varga, General Counsel, Carrow Labs", "Gregory Seo, Esq.,
# Fenmoor County Sheriff's Office, for the agency", "Approved by: Teresa Vance, Chief of
# Police, Corliss Bay Police Department" (a capitalised title may be read as a name)
_SIGNATURE = re.compile(
    r"^(?:(?:[a-z][a-z ]{0,25}|@\d+@ [a-z]+): )?(?:(?:dr|mr|ms|mrs|prof)\. )?@(?P<person>\d+)@"
    r"(?: \([^()@]{1,40}\))?, (?P<title>(?:[a-z.&-]+ |@\d+@ ){0,6}?(?:[a-z.&-]+|@\d+@\.?)), "
    r"(?:the )?@(?P<org>\d+)@(?:,? inc\.?|,? llc)?(?:, for [^@]{0,40}?(?:@\d+@[^@]{0,40}?)?)?\.?$"
)
# A head's title in a signature: "President and Chief Executive Officer", "Executive Director",
# "Chief of Police", "Director" alone (not "Chief Information Officer", "Deputy Director")
_HEAD_TITLE = re.compile(
    r"^(?:(?:president|chief executive officer|ceo|chief executive|executive director|chair|"
    r"chairman|chairwoman|chairperson|chief of police|police chief|sheriff|mayor|director|"
    r"founder|co-founder|commissioner|superintendent|director general|managing director|"
    r"general manager)(?: and |$))+"
)


# A memo's sender under its letterhead: "FROM: Adaeze Moreland, Chief of Police"
_SENDER = re.compile(
    r"^(?:from|signed|approved by|submitted by|prepared by): (?:(?:dr|mr|ms|mrs|prof)\. )?"
    r"@(?P<person>\d+)@, (?P<title>(?:[a-z][a-z .&-]{0,40} )?(?:[a-z][a-z.&-]*|@\d+@))\.?$"
)


def signatures(sentence: Sentence) -> list[Found]:
    """The one who signs a line works for, or heads, the body the line names, or the body
    the document's letterhead names."""
    match = _SIGNATURE.match(sentence.masked)
    letterhead = sentence.doc.letterhead
    if match is None and letterhead is not None:
        sender = _SENDER.match(sentence.masked)
        if sender and sentence.entity(int(sender.group("person"))).type == "Person":
            title = _title_words(sentence, sender.group("title"))
            if _HEAD_TITLE.match(title) or title.split()[-1] in lx.TITLE_ENDS:
                person = sentence.entity(int(sender.group("person")))
                relation = "leads" if _HEAD_TITLE.match(title) else "worksFor"
                return [Found(person.key, relation, letterhead, 0.65, "signature")]
    if match is None:
        return []
    title = _title_words(sentence, match.group("title"))
    words, head = title.rstrip(".").split(), _HEAD_TITLE.match(title) is not None
    last = words[-1] not in lx.TITLE_ENDS | {"esq", "counsel"}
    if not head and (last or any(w in _NOT_TITLES for w in words)):
        return []
    person, body = (
        sentence.entity(int(match.group("person"))),
        sentence.entity(int(match.group("org"))),
    )
    if person.type != "Person" or body.type not in ORGS or body.place:
        return []
    relation = "leads" if head else "worksFor"
    return [Found(person.key, relation, body.key, 0.7, "signature")]


def _title_words(sentence: Sentence, title: str) -> str:
    """A title's words, with those read as a name ("Records Manager") written back."""
    return re.sub(r"@(\d+)@", lambda m: sentence.entity(int(m.group(1))).name.lower(), title)


# Words that make what follows a name no title of the signer's: "X, a client of Y, …"
_NOT_TITLES = frozenset({"a", "an", "the", "former", "ex", "retired", "of", "at", "with"})


def contact_lines(sentence: Sentence) -> list[Found]:
    signed = signatures(sentence)
    if signed:
        return signed
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
