"""Work done for the text's own body under a contract, told without naming the body: in a
housing association's annual report, "Responsive repairs and void works are carried out by X
under a five-year contract that began in January 2023"; in a buyer's notice, "Lot 1 services are
currently provided by X under a contract that expires on 31 March 2026", "P is supported by X
under a support contract that ends on 30 September 2025". X supplies the body
whose report or notice it is (the one its letterhead, its "we" or its notice's buyer line names).
A sentence that names another party for the work ("under a contract with Y", "the zoo's") is the
sentence rules' to read."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entity import THING_TYPES
from .rules import ORGS, Found

if TYPE_CHECKING:
    from .relations import Sentence

_DONE = re.compile(
    r"^(?:[\d.]+ )?(?P<work>[^;]{3,90}?) (?:is|are|was|were|has been|have been) (?:being )?"
    r"(?:currently |now |at present |also )?(?:carried out|provided|delivered|performed|done|"
    r"undertaken|supplied|run|operated|handled|answered|processed|maintained|serviced|"
    r"supported|hosted and supported|built and operated) by (?:the )?@(?P<s>\d+)@(?!['’]s)"
    r"(?:, [^@;,]{1,60},)? under "
    r"(?:an? |the )?(?:[\w$€£.,-]+ ){0,4}?(?:sub-?contract|contract|concession|agreement)\b"
    # (not a contract with another, nor one the sentence goes on to name a party of)
    r"(?! (?:with|to|between)\b)(?P<rest>[^;]*)$"
)
# Work a pronoun gives to one the sentence before named: "Its cameras are supplied by X"
_ANOTHERS = re.compile(r"\b(?:its|their|his|her)\b")
_CONFIDENCE = 0.55


def contracted_work(sentences: list[Sentence], body: str | None) -> list[tuple[Found, tuple]]:
    """(fact, evidence span) for each piece of work the text says is done for it under contract."""
    if body is None:
        return []
    out = []
    for sentence in sentences:
        done = _DONE.match(sentence.masked)
        if done is None or "@" in done.group("rest") or _ANOTHERS.search(done.group("work")):
            continue
        # the work's own words name no party: "the council's gritting" names its buyer, but a
        # word read as a name only by its capital ("Responsive repairs") or a thing is no party
        before = [sentence.entity(int(i)) for i in re.findall(r"@(\d+)@", done.group("work"))]
        if any(not e.guessed and e.type not in THING_TYPES for e in before):
            continue
        doer = sentence.entity(int(done.group("s")))
        if doer.type in ORGS and not doer.place and doer.key != body:
            found = Found(doer.key, "supplies", body, _CONFIDENCE, "contracted work")
            out.append((found, (sentence.start, sentence.end)))
    return out
