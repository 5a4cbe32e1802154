"""A press release's contact line: "Media contact: Dev Kapoor, Sallowmere Technologies" and
"Press contact: Leah Forsberg, communications manager, City of Calverdale, (555) …", a report's
"Case officer: …", a story's byline, "By Nadia Flores, Eastbank Observer", and a letter's or a
filing's signature, "Ines Varga, General Counsel, Carrow Labs". The person named works for the
organisation the line gives after the name (and a title, if any), or heads it where the title
is a head's; a memo's sender ("FROM: X, Chief of Police", "Superintendent: X") the body under
whose letterhead, or of whose kind, the title is. Signatures of other shapes too: a title before
the name, a head's title with its place ("Sheriff of Marrowfield County"), one in brackets
closing an agenda's item, a scholar's department and university, a court's list of counsel, and
a name alone on a line above "Title, Body"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon as lx
from .counsel import counsel_firm
from .headnouns import named_for
from .offices import OFFICE_TITLES, office_body
from .places import place_kind
from .rules import ORGS, Found
from .signing import HEAD_TITLE, head_title, signing_title
from .staff_lines import person_named
from .title_words import heads_portfolio

if TYPE_CHECKING:
    from .relations import Sentence

# An honorific or a rank before a signer's name: "Dr.", "Sgt." (or "Dr X", British)
HONORIFIC = r"(?:(?:dr|mr|ms|mrs|prof|professor|sgt|lt|capt|captain|det|cpl|insp|supt)\.? )?"
_ADDRESSEE = re.compile(r"(?i)(?:for the )?(?:attention|attn\.?|to|addressee|recipient)(?: of)?:")
_CONTACT = re.compile(
    r"^(?:(?:media|press|news|communications|procurement|general|sales) )?"
    r"(?:contacts?|inquiries|enquiries|"
    r"(?:case|contact|press|information) officer): "
    r"@(?P<person>\d+)@,(?: [^@,;]{1,50},| (?:[a-z]+ )?@(?P<title>\d+)@,)? "
    r"(?:the )?@(?P<org>\d+)@ ?(?:[,.;]|$)"
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
    r"^\(?(?:(?:[a-z][a-z ]{0,25}|@\d+@ [a-z]+): )?" + HONORIFIC + r"@(?P<person>\d+)@"
    r"(?: \([^()@]{1,40}\))?, (?P<title>(?:[a-z.&-]+ |@\d+@ ){0,6}?(?:[a-z.&-]+|@\d+@\.?)), "
    r"(?:the )?@(?P<org>\d+)@(?:,? inc\.?|,? llc)?(?:, for [^@]{0,40}?(?:@\d+@[^@]{0,40}?)?)?"
    r"(?:, @(?P<country>\d+)@)?\.?\)?$"  # (the body's country after it, checked to be one)
)


# A memo's sender under its letterhead: "FROM: Adaeze Moreland, Chief of Police"
_SENDER = re.compile(
    r"^(?P<label>from|signed|approved(?: for publication)?(?: by)?|submitted by|prepared by|"
    r"presented by|"
    r"report author|reporting officer|issued by|"
    r"(?:department |agency )?head|"
    r"(?:staff |media |press )?contact)(?::|(?<=\bby)) "  # (no colon after "by")
    + HONORIFIC
    + r"@(?P<person>\d+)@, (?P<title>(?:[a-z][a-z ./&-]{0,40} )?(?:[a-z][a-z./&-]*|@\d+@))"
    # a phone number or an address after the title
    r"(?:,? (?:\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}|[\w.+-]+@[\w-]+\.[\w.]+))?\.?$"
)


def signed_line(sentence: Sentence) -> tuple[int, int] | None:
    """The signer's and the body's mentions of a signature line, if the sentence is one."""
    signed = _signature(sentence)
    # (a signature in brackets closes a report's section, not a letter written as "we"; one
    # after "For the attention of:" or "To:" names whom the text is sent to)
    aside = sentence.masked.startswith("(") or _ADDRESSEE.match(sentence.masked)
    return signed[:2] if signed and not aside else None


def _signature(sentence: Sentence) -> tuple[int, int, str] | None:
    """The signer's and the body's mentions of a signature line, and the signer's title."""
    match = _signature_match(sentence)
    title = title_words(sentence, match.group("title")) if match else ""
    if match is None or not signing_title(title):
        return None
    person, body = int(match.group("person")), int(match.group("org"))
    signer, org = sentence.entity(person), sentence.entity(body)
    if signer.type not in ("Person", "Organization") or org.type not in ORGS or org.place:
        return None
    return (person, body, title) if signer.key != org.key else None


def _signature_match(sentence: Sentence) -> re.Match | None:
    """The signature line's match, where what follows the body is a country or nothing."""
    match = _SIGNATURE.match(sentence.masked)
    country = match.group("country") if match else None
    if country and place_kind(sentence.entity(int(country)).name) is None:
        return None  # ("Officer: X, Y Trust, Fellbeck Station, Fellbeck": an address)
    return match


def signatures(sentence: Sentence) -> list[Found]:
    """The one who signs a line works for, or heads, the body the line names; a memo's
    sender, the body its title heads or its letterhead names."""
    if _signature_match(sentence) is None:
        return _sender_role(sentence) or _other_signatures(sentence) or _bracketed(sentence)
    signed = _signature(sentence)
    if signed is None:
        return _other_signatures(sentence)
    person, body, title = sentence.entity(signed[0]), sentence.entity(signed[1]), signed[2]
    head = head_title(title)
    head = head and (title != "inspector general" or _of_kind(body, title))  # (its own office)
    return [Found(person.key, "leads" if head else "worksFor", body.key, 0.7, "signature")]


# A title as a line's label: "Superintendent: Dr. Helena Marsh", "Budget Analyst: Keegan
# Oduya, Office of Budget and Management" (a capitalised title may be read as a name)
_TITLE_LABEL = re.compile(
    r"^(?P<title>[a-z][a-z .&-]{0,40}|@\d+@): " + HONORIFIC + r"@(?P<person>\d+)@"
    r"(?:, (?:the )?@(?P<org>\d+)@(?:, [^;:]{1,80})?)?\.?$"  # (an address after the body)
)


def _sender_role(sentence: Sentence) -> list[Found]:
    """ "From: X, Chief of Police", "Superintendent: X": the letterhead's body when it is of
    the title's kind (or the title names no kind), else the text's one body of that kind (its
    police department); "Budget Analyst: X, Y": Y."""
    sender = _SENDER.match(sentence.masked) or _TITLE_LABEL.match(sentence.masked)
    person = sentence.entity(int(sender.group("person"))) if sender else None
    if person is None or not person_named(person):  # (a name of no known kind, titled)
        return []
    title = title_words(sentence, sender.group("title"))
    if not signing_title(title):
        return []
    head = head_title(title)
    named = sender.groupdict().get("org")
    if named is not None:
        body = sentence.entity(int(named))
        if body.type not in ORGS or body.place:
            return []
        return [Found(person.key, "leads" if head else "worksFor", body.key, 0.65, "signature")]
    letterhead = sentence.doc.entities.get(sentence.doc.letterhead or "")
    office = office_body(sentence, title) if head else None
    # (not the head's own office under the body's letterhead: "OFFICE OF THE CHIEF OF POLICE")
    own = letterhead is not None and letterhead.name.lower().startswith("office of the")
    if letterhead is not None and (office is None or (_of_kind(letterhead, title) and not own)):
        office = letterhead
    if office is None:
        return []
    if office is letterhead and OFFICE_TITLES.get(title) and not _of_kind(office, title):
        head = False  # "Police Chief: X" under the city's letterhead works for the city
    label = sender.groupdict().get("label")
    if label == "approved" and not (office is letterhead and (_of_kind(office, title) or head)):
        return []  # "Approved:" may be the other party's: a client's manager on a vendor's form
    head = head or heads_portfolio(title, office)
    return [Found(person.key, "leads" if head else "worksFor", office.key, 0.65, "signature")]


def heads(title: str, body, unit: bool = False) -> bool:
    """Whether a signer with this title heads the body: a head's title, of the body's kind
    ("Police Chief, City of X" works for the city; the mayor heads it), not of a unit named
    between ("Director, Information Technology Department, City of X" works for the city)."""
    if unit:
        return False
    if heads_portfolio(title, body):
        return True
    kind = title.split()  # "Library Director" of the "… Public Library", "Zoo Director"
    if len(kind) == 2 and kind[1] == "director" and body.name.lower().endswith(" " + kind[0]):
        return True
    if HEAD_TITLE.match(title) is None:
        return False
    government = re.match(r"(?:city|town|village|county) of |.+ county$", body.name.lower())
    if OFFICE_TITLES.get(title) and not _of_kind(body, title):
        return False
    return not government or title in ("mayor", "county executive", "executive")


def _of_kind(body, title: str) -> bool:
    """Whether a body's name says it is what the title heads ("… Police Department" for a
    chief of police)."""
    words = OFFICE_TITLES.get(title)
    return words is not None and named_for(body.name, words)


def title_words(sentence: Sentence, title: str) -> str:
    """A title's words, with those read as a name ("Records Manager") written back."""
    return re.sub(r"@(\d+)@", lambda m: sentence.entity(int(m.group(1))).name.lower(), title)


# A press conference's question, labelled with who asks and for whom: "Q (X, Y News): …"
_QUESTIONER = re.compile(r"^(?:q|question|reporter)\.? \(@(\d+)@, (?:the )?@(\d+)@\):")


def questioner(sentence: Sentence) -> list[Found]:
    """ "Q (Tessa Lindgren-Ray, Ashcombe Courier-Times): …": she works for the outlet, whether
    what follows asks or states."""
    match = _QUESTIONER.match(sentence.masked)
    if match is None:
        return []
    person, outlet = (sentence.entity(int(k)) for k in match.groups())
    if person.type != "Person" or outlet.type not in ORGS or outlet.place:
        return []
    return [Found(person.key, "worksFor", outlet.key, 0.65, "questioner")]


def contact_lines(sentence: Sentence) -> list[Found]:
    asking = questioner(sentence)
    if asking:
        return asking
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
    if title is not None and not _title_or_office(sentence.entity(int(title)).name.lower()):
        return []
    body = sentence.entity(int(org))
    if body.type not in ORGS or body.place:
        return []
    writers = [sentence.entity(int(p)) for p in people]
    return [Found(w.key, "worksFor", body.key, 0.7, how) for w in writers if w.type == "Person"]


def _title_or_office(name: str) -> bool:
    """Whether a name read between a contact and a body is a title ("Communications Director",
    capitalised) or the body's press office ("Office of Communications", "Press Office")."""
    return name.split()[-1] in lx.TITLE_ENDS or bool(_PRESS_OFFICE.fullmatch(name))


_PRESS_OFFICE = re.compile(
    r"(?:(?:press|media|news|communications|public affairs) (?:office|team|unit)|"
    r"office of (?:communications|public affairs|media relations))"
)


# "Deputy Chief Marcus Ilori, Sorrel Point Police Department": a title before the name
_TITLED_SIGNATURE = re.compile(
    r"^(?P<title>(?:[a-z.&-]+ ){1,4})@(?P<person>\d+)@, (?:the )?@(?P<org>\d+)@\.?$"
)
# "Renata Vasquez-Hollis, Sheriff of Marrowfield County" (the title with its place, read as one
# name) and "Miriam Okafor-Lind, Department of Criminology, Wexbridge University"
_NAME_AND_ONE = re.compile(r"^@(?P<person>\d+)@, (?:the )?@(?P<second>\d+)@\.?$")
_NAME_UNIT_BODY = re.compile(
    r"^@(?P<person>\d+)@, (?:the )?@(?P<unit>\d+)@(?: and @\d+@)?, (?:the )?@(?P<body>\d+)@\.?$"
)
_TITLE_OF_PLACE = re.compile(
    r"^(?P<title>[A-Z][\w ]{2,30}?) of (?:the )?(?P<place>[A-Z][\w .'-]+)$"
)
_ACADEMIC_UNITS = ("department of", "school of", "faculty of", "college of", "institute of")


# A signature's second line under the name alone: "Chief Information Officer, City of X",
# "Account Executive, Public Safety, Corvane Aerial Systems"
_TITLE_THEN_BODY = re.compile(
    r"^(?P<title>[a-z][a-z .&-]{2,50}?|@\d+@)(?P<unit>, (?:[a-z][a-z .&-]{2,40}?|@\d+@))?, "
    r"(?:the )?@(?P<org>\d+)@\.?$"
)


# A signature in brackets closing an agenda's item: "(Paul Andreou, Executive Director, Police
# Oversight Commission)", "(Presenter: Deputy Chief Marcus Ilori, Sorrel Point Police Department)"
_BRACKETED = re.compile(
    r"\((?:(?:[a-z]+|@\d+@): )?(?P<before>(?:[a-z.&-]+ ){0,4})@(?P<person>\d+)@, "
    r"(?:(?P<after>[a-z][a-z .&-]{1,50}|@\d+@), )?(?:the )?@(?P<org>\d+)@\)"
)


# The body before its member's name and title in brackets: "Eastgate Tenants Union (Deshawn
# Mercado, president)"
_BODY_THEN_BRACKETED = re.compile(
    r"@(?P<org>\d+)@ \(@(?P<person>\d+)@, (?P<after>[a-z][a-z .&-]{1,40})\)(?P<before>)"
)


def _bracketed(sentence: Sentence) -> list[Found]:
    """The signer of a bracketed signature works for, or heads, the body it names."""
    out = []
    masked = sentence.masked
    for match in [*_BRACKETED.finditer(masked), *_BODY_THEN_BRACKETED.finditer(masked)]:
        title = title_words(sentence, match.group("after") or match.group("before").strip())
        person = sentence.entity(int(match.group("person")))
        org = sentence.entity(int(match.group("org")))
        named = person.type == "Person" or (
            person.type == "Organization" and match.re is _BODY_THEN_BRACKETED
        )  # (a name with a title after it is a person's)
        if signing_title(title) and named and org.type in ORGS and not org.place:
            head = heads(title, org) and title != "secretary"
            out.append(
                Found(person.key, "leads" if head else "worksFor", org.key, 0.65, "signature")
            )
    return out


# Honorifics before a name alone on its line: "Dr", "Eng.", "Datuk Seri", "Tan Sri Dr"
_ALONE_HONORIFICS = "|".join(
    sorted(
        {"dr", "mr", "ms", "mrs", "prof", "professor", "eng", "engr", "tan", "sri"}
        | lx.COURTESY_TITLES
    )
)
_ALONE_HONORIFICS = rf"(?:(?:{_ALONE_HONORIFICS})\.? ){{0,3}}"


def _other_signatures(sentence: Sentence) -> list[Found]:
    """Signature lines of other shapes: a title before the name, a head's title with its
    place ("Sheriff of Marrowfield County": the county's sheriff's office), a scholar's
    department and university (the university), a court's list of counsel (the firm), a
    title and a body under a line naming the signer alone."""
    masked, signer = sentence.masked, sentence.doc.signer
    alone = re.fullmatch(_ALONE_HONORIFICS + r"@(\d+)@\.?", masked)
    person = sentence.entity(int(alone.group(1))) if alone else None
    # (a person's name alone, not a heading: "Key Personnel", "Fiscal Impact")
    # (its particles aside: "Haris Ridzuan bin Othman")
    words = [w for w in person.name.split() if not w.islower()] if person is not None else []
    named = person is not None and person.type == "Person" and 2 <= len(words) <= 3
    sentence.doc.signer = person.key if named else None
    second = _TITLE_THEN_BODY.match(masked) if signer else None
    title = title_words(sentence, second.group("title")) if second else ""
    if second and signing_title(title):
        body = sentence.entity(int(second.group("org")))
        if body.type in ORGS and not body.place:
            head = heads(title, body, unit=second.group("unit") is not None)
            head = head and title != "secretary"  # (a general secretary heads; a secretary not)
            sentence.doc.signed_off.append((signer, body.key, sentence.start))
            return [Found(signer, "leads" if head else "worksFor", body.key, 0.65, "signature")]
    counsel = counsel_firm(sentence)
    if counsel is not None:
        return counsel
    titled = _TITLED_SIGNATURE.match(masked)
    if titled and signing_title(titled.group("title").strip()):
        person, org = (
            sentence.entity(int(titled.group("person"))),
            sentence.entity(int(titled.group("org"))),
        )
        named = person.name.split()[-1].lower() not in lx.TITLE_ENDS  # not "Information Officer"
        if person.type == "Person" and named and org.type in ORGS and not org.place:
            head = heads(titled.group("title").strip(), org)
            return [Found(person.key, "leads" if head else "worksFor", org.key, 0.65, "signature")]
        return []
    academic = _NAME_UNIT_BODY.match(masked)
    if academic:
        unit, body = (
            sentence.entity(int(academic.group("unit"))),
            sentence.entity(int(academic.group("body"))),
        )
        scholar = sentence.entity(int(academic.group("person")))
        university = body.type == "ResearchOrganization" and "universit" in body.name.lower()
        if unit.name.lower().startswith(_ACADEMIC_UNITS) and university and scholar.type != "Place":
            return [Found(scholar.key, "worksFor", body.key, 0.65, "signature")]
        return []
    pair = _NAME_AND_ONE.match(masked)
    office = (
        _TITLE_OF_PLACE.match(sentence.entity(int(pair.group("second"))).name) if pair else None
    )
    if office is None or sentence.entity(int(pair.group("person"))).type != "Person":
        return []
    kind = OFFICE_TITLES.get(office.group("title").lower())
    place = office.group("place").lower()
    titled = sentence.entity(int(pair.group("second")))
    bodies = [
        e
        for e in sentence.doc.entities.values()
        if e is not titled
        and kind
        and e.type in ORGS
        and not e.place
        and named_for(e.name, kind)
        and place in e.name.lower()
    ]
    if len(bodies) != 1:
        return []
    person = sentence.entity(int(pair.group("person")))
    return [Found(person.key, "leads", bodies[0].key, 0.65, "signature")]
