"""A signature block over lines: the signer's name, title and body each on a line of its own,
as letters, testimony and press releases end ("Imogen Szabo-Whitfield" / "Chief Privacy
Officer" / "City of Harlowe Narrows"), or the title and body on one line ("Policy Director,
Harlowe Privacy Coalition"). And the staff a meeting's minutes list after a label ("Staff: X,
CEO and Chief Librarian; Y, Recording Secretary"), the body whose minutes they are."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .contacts import HONORIFIC, heads, signing_title
from .rules import ORGS, Found

if TYPE_CHECKING:
    from .relations import Sentence

_NAME_LINE = re.compile(HONORIFIC + r"@0@")
# The title's line: capitalised words, "of", "for", "and" between ("Director of Finance"), then
# maybe the body after a comma
_TITLE_LINE = re.compile(
    r"(?P<title>[A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|of|for|and|&|the))*?)"
    r"(?:, (?P<org>[A-Z][^,;:@]{2,80}?))?\.?"
)
_BODY_LINE = re.compile(r"[A-Z][^;:@\d]{2,80}")  # not an address, a telephone or an email


def signature_block(sentence: Sentence) -> list[Found]:
    """The signer named alone on a line heads or works for the body the lines below name."""
    doc = sentence.doc
    if len(sentence.mentions) != 1 or not _NAME_LINE.fullmatch(sentence.masked.strip()):
        return []
    line_start = doc.text.rfind("\n", 0, sentence.start) + 1
    if doc.text[line_start : sentence.start].strip(" \t"):
        return []  # the name opens its line
    lines = doc.text[sentence.end : sentence.end + 400].split("\n", 3)
    if len(lines) < 3 or lines[0].strip():
        return []  # the name ends its line, and a title's line follows
    title_line = _TITLE_LINE.fullmatch(lines[1].strip())
    if title_line is None:
        return []
    title = title_line.group("title").lower()
    org = title_line.group("org") or lines[2].strip()
    if not signing_title(title) or not _BODY_LINE.fullmatch(org):
        return []
    person, body = sentence.entity(0), doc.lookup(org.rstrip("."))
    if body is None or body.place or body.type not in ORGS or body.key == person.key:
        return []
    if person.type != "Person":
        return []  # a heading's words: "Key Personnel" over "Project Manager, Acme"
    head = heads(title, body) and title != "secretary"  # (a general secretary heads)
    return [Found(person.key, "leads" if head else "worksFor", body.key, 0.6, "signature block")]


# Minutes' list of the body's staff at the meeting: "Staff: @0@, ceo and chief librarian; @1@,
# deputy ceo, public services; @2@, recording secretary"
_STAFF_LABEL = re.compile(r"(?:staff|staff present|officers present|staff in attendance): ")
_BODY_LABEL = re.compile(r"[a-z][\w&.,' -]{2,80}: (?=" + HONORIFIC + r"@\d+@, )")
_STAFF_ITEM = re.compile(HONORIFIC + r"@(?P<person>\d+)@, (?P<title>[a-z][a-z &/.-]{1,60})")


def staff_line(sentence: Sentence) -> list[Found]:
    """Each staff member the label lists works for, or heads, the body the letterhead names (or
    the body that labels the list)."""
    doc = sentence.doc
    label = _STAFF_LABEL.match(sentence.masked)
    body = _governed(doc, doc.entities.get(doc.letterhead or "")) if label else None
    if label is None:  # a list of witnesses by body: "Acme Inc.: Ms. X, President; Mr. Y, CISO"
        label = _BODY_LABEL.match(sentence.masked)  # (a line's label is no mention: its text)
        written = doc.text[sentence.start : sentence.start + label.end() - 2] if label else ""
        body = doc.lookup(written.strip()) if label else None
        role = signing_title(written.strip().lower())  # a role's label: "Department Head"
        body = None if body is None or body.guessed or role else body
    if body is None or body.type not in ORGS or body.place:
        return []
    out = []
    for item in sentence.masked[label.end() :].rstrip(".").split("; "):
        match = _STAFF_ITEM.match(item)
        person = sentence.entity(int(match.group("person"))) if match else None
        title = match.group("title").split(",")[0].strip() if match else ""
        if person is None or person.type not in ("Person", "Organization") or person.place:
            continue  # (a name no list of given names knows is still a person's here)
        if signing_title(title) and person.key != body.key:
            relation = "leads" if heads(title, body) else "worksFor"
            out.append(Found(person.key, relation, body.key, 0.6, "staff list"))
    return out


def _governed(doc, board):
    """A board's minutes list the staff of what it governs: those of the "Orillon Public Library
    Board" work for the Orillon Public Library, which a board has no staff apart from."""
    if board is None:
        return None
    name = re.sub(r"(?i) board(?: of (?:trustees|directors|governors))?$", "", board.name)
    if name == board.name or len(name.split()) < 2:
        return board
    spelled = name.title() if name.isupper() else name  # (a letterhead's capitals)
    return doc.lookup(name) or doc.described_entity(spelled, board.type)
