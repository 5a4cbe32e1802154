"""A signature block over lines: the signer's name, title and body each on a line of its own,
as letters, testimony and press releases end ("Imogen Szabo-Whitfield" / "Chief Privacy
Officer" / "City of Harlowe Narrows"), or the title and body on one line ("Policy Director,
Harlowe Privacy Coalition")."""

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
