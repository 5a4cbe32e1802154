"""A notice's own people: "Contact person: X, Head of Procurement Unit" works for the buyer,
and "Approved: X, President of the Office", whose title heads the buyer, leads it."""

from __future__ import annotations

import re

from .contacts import heads, signing_title
from .rules import Found

# A label's section number before it, in a notice's lines: "II.6) Funding:", "I.1 Official name:"
SECTION_NUMBER = r"^(?:[IVX]+(?:\.\d+)*\)\s*|[IVX]+\.\d+(?:\.\d+)* )?"
# "Contact person: X, Head of Procurement Unit", "Approved: prof. dr hab. X, President of …"
_STAFF = re.compile(
    SECTION_NUMBER
    + r"(?:Contact (?:person|point|officer)|Approved(?: by)?|Signed(?: by)?): *(.+)$",
    re.M | re.I,
)
# A title held at another body: a minister's, or one at a firm named by its legal form
_ANOTHERS_POST = re.compile(
    r"\b(?:minister|ministry|ltd|limited|inc|gmbh|s\.a|sp\. z o\.o|llc|plc|lda|ltda)\b"
)
_OF_THE_OFFICE = re.compile(
    r" of the (?:office|authority|agency|institute|bureau|commission|service|council|directorate"
    r"|board(?: of directors)?)$"
)


def notice_staff(text: str, named: list, entities: dict, buyer: str) -> list:
    """The notice's contact person works for the buyer; its approver, if the title heads the
    office ("President of the Office"), leads it."""
    out = []
    for match in _STAFF.finditer(text):
        inside = [m for m in named if match.start(1) <= m[0] and m[1] <= match.end(1)]
        person = next((m for m in inside if entities[m[2]].type == "Person"), None)
        if person is None:
            continue
        if any(m[0] > person[0] and entities[m[2]].type == "Company" for m in inside):
            continue  # (a post at a firm: "Managing Director of Acme Systems")
        title = text[person[1] : match.end(1)].lstrip(", ").rstrip(".").lower()
        if not title or not signing_title(title) or _ANOTHERS_POST.search(title):
            continue
        office = _OF_THE_OFFICE.sub("", title)
        head = heads(office, entities[buyer])
        found = Found(person[2], "leads" if head else "worksFor", buyer, 0.6, "award notice")
        out.append((found, (match.start(), match.end())))
    return out
