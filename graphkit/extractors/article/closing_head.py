"""A report's closing line naming its head: "Approved for publication: Dr X, Director General",
"Dr X, Chief Executive and Chief Veterinary Officer" as the text's last line, a head's title
after the name and no body: the head of the body the text speaks as."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .rules import Found
from .signing import HEAD_TITLE

if TYPE_CHECKING:
    from .relations import Sentence

_CLOSING = re.compile(
    r"^(?:(?:approved|signed|authori[sz]ed)(?: for publication)?: )?(?:[a-z'’.]+ ){0,3}?"
    r"@(?P<p>\d+)@, (?P<title>[a-z][a-z &/-]{2,80}?)\.?$"
)


def closing_head(sentences: list[Sentence], own: str | None) -> list[tuple[Found, tuple]]:
    """The head the text's last line names, of the text's own body (see the module's note)."""
    if not own or not sentences:
        return []
    last = sentences[-1]
    if last.doc.text[last.end :].strip():
        return []  # (the line must close the text)
    match = _CLOSING.match(last.masked.strip())
    if match is None:
        return []
    person = last.entity(int(match["p"]))
    body = last.doc.entities.get(own)
    if person.type != "Person" or body is None or body.type == "Person":
        return []
    # (a head's title first: not "Chief Financial Officer and Director", a seat on its board)
    if HEAD_TITLE.match(match["title"]) is None or match["title"].startswith("secretary"):
        return []
    return [(Found(person.key, "leads", own, 0.6, "closing head"), (last.start, last.end))]
