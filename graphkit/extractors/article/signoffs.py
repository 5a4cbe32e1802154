"""A letter's sign-off with a title alone, on a line of its own ("Dana Okafor-Reyes, Chief
Executive Officer"): the signer holds the title in the body that writes the text, its
letterhead's or the body its first line opens with as a sender's header ("Quillmark Civic
Systems, Inc. · Processing Center · P.O. Box 4471"). Not a line under a label ("Reviewed by
outside counsel:"), nor a text that opens with a sentence or with its addressee. Where the line
under the sign-off (or under the block of sign-offs it is one of) names a body, the signer holds
the title there.

Also the lines that name their body: a signature or profile line ("X, Senior Analyst, Y", "X •
Partner at Y", "X, CFA | Senior Analyst | Y AG") and a participants list's line ("X — Chief
Financial Officer" under the header's firm, "X — Y Securities")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .contacts import HONORIFIC, heads, signing_title, title_words
from .headnouns import named_for
from .letterheads import ADDRESSED, publication
from .offices import OFFICE_TITLES
from .rules import ORGS, Found

if TYPE_CHECKING:
    from .relations import Sentence

_SIGN_OFF = re.compile(HONORIFIC + r"@(?P<person>\d+)@, (?P<title>[a-z][a-z ./&-]{1,60}?)\.?")
# A document's heading, not a body: "SOLE SOURCE JUSTIFICATION MEMORANDUM"
_DOCUMENT_WORDS = frozenset(
    ["memorandum", "memo", "report", "notice", "justification", "summary", "agenda", "minutes"]
    + ["letter", "statement", "release", "update", "bulletin", "newsletter", "brief"]
)


# A signature line that names its body, after a label and with a unit between: "By Jane Roe,
# Legislature Reporter, The Dispatch", "Investor Contact: Jane Roe, Vice President, Investor
# Relations, Acme Inc.", "Officer Jane Roe, Public Information Officer, X Police Department"
_TITLED_LINE = re.compile(
    r"(?:(?:By|Posted by|Written by|Prepared by|Submitted by|Report author|Author|Analyst|"
    r"(?:Media |Press |Investor )?[Cc]ontact):? )?(?:(?:Officer|Dr\.|Mr\.|Ms\.|Mrs\.|Prof\.) )?"
    r"(?P<name>[A-Z][^,:;]{2,50}), (?P<title>[^,;]{2,60}?)(?:, (?P<unit>[^,;]{2,60}?))?, "
    r"(?P<org>[A-Z][^,;]{2,80}?)\.?"
)


# What a profile or contact line sets its parts apart with besides commas: "Jane Roe • CTO at
# Acme", "Jane Roe, CFA | Senior Analyst | Acme AG", "Jane Roe — Partner, Acme Ventures"
_SEPARATOR = re.compile(r"\s+[•|·—–]\s+")
_CREDENTIALS = re.compile(r"^([^,]{2,50}), (?:CFA|CPA|CIA|CISSP|PhD|Ph\.D\.|MBA|Esq\.|SC|KC|QC)\b")
_TITLE_AT = re.compile(r", ([^,]{2,60}?) at (?=[A-Z][^,]{2,80}$)")


# A byline's date after a bar or a bullet: "Posted by Jane Roe, CTO, Acme | September 30, 2025"
_DATE_PART = re.compile(
    r"\s+[•|·—–]\s+(?:(?:Posted|Updated|Published)(?: on)? )?(?:[A-Z][a-z]{2,8}\.? \d{1,2}, "
    r"\d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}|\d{4}-\d\d-\d\d)\s*$"
)


def _as_commas(line: str) -> str:
    """A profile line written with bullets, bars or "at" as the comma-set signature line."""
    line = _DATE_PART.sub("", line)
    if not _SEPARATOR.search(line):
        return line
    line = _CREDENTIALS.sub(r"\1", _SEPARATOR.sub(", ", line))
    return _TITLE_AT.sub(r", \1, ", line)


# A label before a list of people on one line: "Guests: A, Title, Body; B, Title, Body"
_LISTED = re.compile(r"(?:Guests|Panell?ists|Speakers|Participants|Witnesses|Attendees): (.+)")


def signed_line(sentence: Sentence) -> list[Found]:
    """The signer of a signature line that names a body works for it or heads it; each one of
    a labelled list of them ("Guests: A, Title, Body; B, Title, Body")."""
    doc = sentence.doc
    if not _own_line(doc.text, sentence.start, sentence.end):
        return []
    line = _as_commas(doc.text[sentence.start : sentence.end].strip())
    listed = _LISTED.fullmatch(line)
    parts = listed.group(1).split("; ") if listed and "; " in line else [line]
    parts = [one for part in parts for one in _pair_of_one_body(part.strip())] if listed else parts
    return [found for part in parts for found in _signed(doc, part.strip())]


def _pair_of_one_body(part: str) -> list[str]:
    """ "A, Chief Executive, and B, Head of Trust and Safety, X" as two signatures of X."""
    first, _, second = part.partition(", and ")
    if not second or first.count(", ") != 1 or second.count(", ") < 2:
        return [part]
    return [f"{first}, {second.rsplit(', ', 1)[1]}", second]


def _signed(doc, line: str) -> list[Found]:
    """The signer of one "Name, Title[, Unit], Body" and the body."""
    match = _TITLED_LINE.fullmatch(line)
    if match is None:
        return []
    person, body = doc.lookup(match.group("name")), doc.lookup(match.group("org"))
    title = match.group("title").lower()
    if person is None or body is None or body.place or body.type not in ORGS:
        return []
    named = person.type == "Person" or (person.guessed and len(person.name.split()) in (2, 3))
    if not named or not signing_title(title) or person.key == body.key:
        return []
    unit = doc.lookup(match.group("unit") or "")
    if unit is not None and unit.type in ORGS and not unit.place and heads(title, unit):
        # "Director, Smart City Administration, Ramat Tamir Municipality": the unit's head
        return [
            Found(person.key, "leads", unit.key, 0.6, "signature"),
            Found(unit.key, "partOf", body.key, 0.6, "signature"),
        ]
    relation = "leads" if heads(title, body, unit=match.group("unit") is not None) else "worksFor"
    return [Found(person.key, relation, body.key, 0.6, "signature")]


# A participants list's line: "Theo Branwell — Chief Financial Officer", "Conrad Lisle —
# Tarrant Fell Securities"
_DASHED = re.compile(r"(?P<name>[A-Z][^,:;|—–]{2,50}?) [—–] (?P<rest>[A-Z][^:;|—–]{1,80}?)\.?")


def dashed_line(sentence: Sentence) -> list[Found]:
    """The one a participants list's line names: staff of the body after the dash, or, after
    a title alone, of the body the text's header names (the call's company)."""
    doc = sentence.doc
    match = _DASHED.fullmatch(doc.text[sentence.start : sentence.end].strip())
    if match is None or not _own_line(doc.text, sentence.start, sentence.end):
        return []
    if match.group("name").isupper():
        return []  # a heading: "BOARD OF DIRECTORS — REGULAR MEETING"
    person = doc.lookup(match.group("name"))
    plain = person is not None and person.guessed and len(person.name.split()) in (2, 3)
    plain = plain and not re.search(r"\d", person.name) and not person.name.isupper()
    if person is None or not (person.type == "Person" or plain):  # (not "Booth B214")
        return []
    body = doc.lookup(match.group("rest"))
    title = match.group("rest").split(",")[0].lower()
    if body is None and signing_title(title):
        body = doc.entities.get(doc.letterhead or "") or _opening_body(doc)
        relation = "leads" if body is not None and heads(title, body) else "worksFor"
    else:
        relation = "worksFor"
    if body is None or body.type not in ORGS or body.place or body.key == person.key:
        return []
    return [Found(person.key, relation, body.key, 0.6, "signature")]


# A name alone on its line ("Dr Abena Owusu-Fofie"), over its title's line
_NAME_LINE = re.compile(
    r"(?:(?:dr|mr|ms|mrs|prof|hon|engr|eng|ing)\.? ){0,2}@(?P<person>\d+)@"
    r"(?: \((?:mrs?|ms|dr)\.?\))?"
)  # (an honorific after the name, bracketed: "Carleen Wint-Abrahams (Mrs.)")
_TITLE_LINE = re.compile(r"[A-Z][A-Za-z-]*(?: (?:[A-Z][A-Za-z-]*|and|of|for|&)){0,6}")


def name_over_title(sentence: Sentence) -> list[Found]:
    """A sign-off on two lines, the name over the title ("Ingrid Solberg-Achebe" over
    "President and Chief Executive Officer"): the signer holds the title in the body named on
    the line below it, else the body that writes the text."""
    doc = sentence.doc
    match = _NAME_LINE.fullmatch(sentence.masked.strip())
    if match is None or not _own_line(doc.text, sentence.start, sentence.end):
        return []
    lines = doc.text[sentence.end :].lstrip(" \t").split("\n", 3)[1:3]
    # (the body on the title's line, after a comma: "Chief Executive, Wairongo Water")
    title, _, beside = lines[0].strip().partition(", ") if lines else ("", "", "")
    if not lines or not _TITLE_LINE.fullmatch(title):
        return []
    title = title.lower().replace("-", " ")  # "Director-General"
    person = sentence.entity(int(match.group("person")))
    # (or on the line under it: "for the Customs and Excise Authority")
    under = re.sub(r"^for (?:the )?", "", lines[1].strip().rstrip(".")) if len(lines) > 1 else ""
    below = doc.lookup(beside.rstrip(".")) if beside else doc.lookup(under) if under else None
    if beside and below is None:
        return []  # "Head of Public Sector, India, X": a post's place or unit, read elsewhere
    office = _office_titled(doc, title)  # (whose holder heads it)
    body = office or below or doc.entities.get(doc.letterhead or "") or _opening_body(doc)
    # (a name of no known given name is still a person's over a title of its own)
    named = person.type == "Person" or (
        # (not a heading over a title and a body: "Key Personnel" over "Project Manager, X")
        person.guessed and len(person.name.split()) in (2, 3) and not beside
    )
    if not named or body is None or not signing_title(title):
        return []
    if body.type not in ORGS or body.place or body.name.lower().split()[-1] in _DOCUMENT_WORDS:
        return []
    if publication(body.name):
        return []  # a bulletin's name over the text, not its publisher's
    # (a general secretary heads a group; its secretary is one of its officers)
    head = heads(title, body) and (title != "secretary" or body.type == "GovernmentAgency")
    relation = "leads" if office is not None or head else "worksFor"
    return [Found(person.key, relation, body.key, 0.6, "signature")]


def _office_titled(doc, title: str):
    """The one body of the text that a title of its own office names: "Inspector General" over
    an audit signs for the text's "… Office of Inspector General", not for the agency audited."""
    words = OFFICE_TITLES.get(title)
    found = {
        e.key: e
        for e in doc.entities.values()
        if words and e.type in ORGS and not e.place and named_for(e.name, words)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def signed_off(sentence: Sentence) -> list[Found]:
    """The signer of a sign-off line and the body that writes the text."""
    doc = sentence.doc
    match = _SIGN_OFF.fullmatch(sentence.masked.strip())
    if match is None or not _own_line(doc.text, sentence.start, sentence.end):
        return name_over_title(sentence)
    before = doc.text[: sentence.start].rstrip()
    if before.endswith(":"):
        return []  # "Reviewed by outside counsel:": a label says whose the signer is
    following = doc.text[sentence.end :].lstrip(" \t").split("\n", 2)
    nxt = following[1].strip() if len(following) > 1 and not following[0].strip() else ""
    nxt = nxt or (following[0].strip() if following else "")
    under = _body_under(doc, sentence.start, sentence.end)
    if under is None and nxt and doc.lookup(nxt.rstrip(".")) is not None:
        return []  # a line naming someone else, or somewhere, under the signature
    person = sentence.entity(int(match.group("person")))
    title = title_words(sentence, match.group("title"))
    body = under or doc.entities.get(doc.letterhead or "") or _opening_body(doc)
    # (a name of no known given name is still a person's over a title of its own)
    named = person.type == "Person" or (person.guessed and len(person.name.split()) in (2, 3))
    if not named or body is None or not signing_title(title):
        return []
    if body.type not in ORGS or body.name.lower().split()[-1] in _DOCUMENT_WORDS:
        return []
    # (a general secretary heads a group; its secretary is one of its officers)
    head = heads(title, body) and (title != "secretary" or body.type == "GovernmentAgency")
    return [Found(person.key, "leads" if head else "worksFor", body.key, 0.6, "signature")]


def _body_under(doc, start: int, end: int):
    """The body named on the line under a sign-off, or under the block of sign-offs it is one
    of ("Jane Roe, Chair" and "John Doe, Secretary" over "Carrow Tenants' Union"); but a list
    of signatories names each body over its signer ("Sincerely," then "Carrow Tenants' Union"
    over "Jane Roe, Chair", and the next body over the next signer)."""
    above = [line for line in doc.text[:start].split("\n")[-6:] if line.strip()]
    while above and _signer_line(doc, above[-1]):
        above.pop()  # (a list of witnesses under their body: "Mr X, Commissioner" and the next)
    if above and _body_line(doc, above[-1]) is not None:
        return _body_line(doc, above[-1])
    for line in doc.text[end:].split("\n")[1:6]:
        if line.strip() and not _signer_line(doc, line):
            return _body_line(doc, line)
    return None


def _signer_line(doc, line: str) -> bool:
    """Whether a line is a person's sign-off, "Jane Roe, Chair"."""
    name = re.sub(r"^(?:mr|mrs|ms|dr|prof)\.? ", "", line.split(",")[0].strip(), flags=re.I)
    signer = doc.lookup(name) if "," in line else None
    return signer is not None and signer.type == "Person"


def _body_line(doc, line: str):
    """The body a line names whole, a known kind of body, not a heading ("BUSINESS OVERVIEW")."""
    body = doc.lookup(line.strip().rstrip("."))
    ok = body is not None and body.type in ORGS and not body.place and not body.guessed
    return body if ok else None


def _own_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole line (a paragraph of its own)."""
    line = text[start:end].strip()
    return f"\n{line}\n" in f"\n{text}\n"


def _opening_body(doc):
    """The organisation a text's first line opens with, when that line is a sender's header:
    a name and an address, not a sentence, and no addressee's ("Attn:", "Dear …") under it."""
    end = doc.text.find("\n", doc.body_start)
    end = end if end != -1 else len(doc.text)
    first = doc.text[doc.body_start : end]
    lower_words = re.findall(r"(?<![\w.])[a-z][a-z'’-]+\b", first)
    if first.rstrip().endswith(".") or len(lower_words) > 2 or ADDRESSED.match(doc.text, end + 1):
        return None
    for key in doc.keys_before(end):
        entity = doc.entities[key]
        if (
            entity.type in ORGS
            and not entity.place
            and first.lower().startswith(entity.name.lower())
        ):
            return entity
    return None
