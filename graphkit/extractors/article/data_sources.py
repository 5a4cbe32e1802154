"""Whose data "the data" is: the company a sentence says data comes from ("location data from
X", "X's data", "X sells phone data"); later sentences' "the data" means its data."""

from __future__ import annotations

import re

from .entity import Mention

_DATA_FROM = re.compile(r"\bdata (?:from|by|of|sold by|provided by) (?:the )?$")
_DATA_AFTER = re.compile(
    r"(?:['’]s)? (?:[\w-]+ )?data\b(?! brokers?\b)"
    r"| (?:sells|sold|provides|provided|collects|collected|gathers|gathered|brokers|licenses)"
    r" (?:[\w-]+ ){0,3}?data\b"
)


def data_source(doc, named: list[Mention], span) -> str | None:
    """The company the sentence says data comes from, if any."""
    for mention in named:
        entity = doc.entities[mention.key]
        if mention.generic or entity.type not in ("Company", "Organization"):
            continue
        before = doc.text[max(span[0], mention.start - 40) : mention.start]
        after = doc.text[mention.end - (2 if mention.possessive else 0) : span[1]]
        if _DATA_FROM.search(before) or _DATA_AFTER.match(after):
            return entity.key
    return None
