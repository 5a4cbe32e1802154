"""A funder's list of grantees: "The X Foundation today announced $2.4 million in grants to
eleven organizations … Grantees in this round include: - A ($350,000 over two years), for …",
"X today announced $6.2 million in awards … This year's awards are: B (Michigan) — $1,450,000".
Each item that opens with a name and its amount in brackets is funded by the body whose grants
the text announced, once a line has said a list of grantees follows, until a line of prose
ends the list."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entity import ORG_TYPES
from .rules import Found

if TYPE_CHECKING:
    from .relations import Sentence

# "X announced $2.4 million in grants to", "X awarded grants totalling $1 million": the funder
# whose grants the text lists (not grants it received or seeks, nor contract awards)
_ANNOUNCED = re.compile(
    r"^(?:[^@]{0,40}? )?(?:the )?@(?P<funder>\d+)@ (?:today |on \w+ |this week )?"
    r"(?:announced|awarded|approved|made|has awarded|is awarding|named)\b"
    r"(?:[^@.;]|(?<=\d)\.(?=\d)){0,60}?(?<!contract )\b(?:grants?|awards?)\b"
    r"(?! (?:from|by)\b| (?:it|they|we) (?:received|won|secured|got)\b)"
)
# "Grantees in this round include:", "This year's grant recipients are:", "The awards are:"
# (not the finalists, the applicants, awards rescinded or denied)
_LIST_FOLLOWS = re.compile(
    r"^(?!.*\b(?:finalists?|applicants?|applications?|nominees?|rescinded|revoked|denied|declined|"
    r"withdrawn|bids?)\b)"
    r".*\b(?:grantees|grant recipients|recipients|awardees|(?:grants|awards) (?:are|were|"
    r"include|go to|went to))\b[^@.;]{0,40}:\s*$"
)
# "- A ($350,000 over two years), for …", "1. B's Clinic ($200,000)", "City of A (State) —
# $1,350,000 to pay for …" (not "Acme Radio Corp (Ohio) — $450,000 bid")
_AMOUNT = r"(?:[a-z]{1,2})?[$€£][\d,.]+(?: (?:million|thousand|m|k))?"
_ITEM = re.compile(
    r"^(?:[-•*–] ?|\d{1,2}[.)] )?(?:the )?@(?P<owner>\d+)@(?:'s @(?P<unit>\d+)@)? "
    # (the reader writes a dash as a comma)
    rf"(?:\({_AMOUNT}(?: [^()@]{{0,40}})?\)|(?:\([^()]{{1,30}}\) )?[—–,-] {_AMOUNT}"
    r"(?![\d,.])(?! (?:bid|quote|offer)s?\b))"
)
_FUNDERS = ORG_TYPES - {"EmployeeGroup", "MediaOrganization"}


def listed_grantees(sentence: Sentence) -> list[Found]:
    """The funder funds each grantee its announced list names; the list's state is kept on
    the document (`grant_maker`, `grantees_listed`)."""
    doc, text = sentence.doc, sentence.masked
    announced = _ANNOUNCED.match(text)
    funder = sentence.entity(int(announced.group("funder"))) if announced else None
    if funder is not None and funder.type in _FUNDERS:
        doc.grant_maker, doc.grantees_listed = funder, False
        return []
    if doc.grant_maker is not None and _LIST_FOLLOWS.search(text):
        doc.grantees_listed = True
        return []
    item = _ITEM.match(text) if doc.grantees_listed else None
    if item is None:
        if _ends_list(doc.text, sentence):
            doc.grantees_listed = False
        return []
    grantee = sentence.entity(int(item.group("unit") or item.group("owner")))
    if grantee.type not in ORG_TYPES or grantee.place or grantee.key == doc.grant_maker.key:
        return []
    return [Found(doc.grant_maker.key, "funds", grantee.key, 0.6, "grantee list")]


def _ends_list(text: str, sentence: Sentence) -> bool:
    """Whether a line that is no item ends the list: prose of its own line, not a note, a
    subheading ("Youth:") or an item's description ("Trevin will hire two attorneys.")."""
    line = text[sentence.start : sentence.end]
    own_line = sentence.start == 0 or text[sentence.start - 1] == "\n"
    words = len(line.split())
    # (a subheading is a word or two: "Youth:"; "Applications denied in this round:" is none)
    heading = line.rstrip().endswith(":") and words <= 3
    note = line.startswith("(") or heading or (words < 8 and not line.rstrip().endswith(":"))
    return own_line and not note
