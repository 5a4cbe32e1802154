"""A maker told as the owner of the thing a text licenses from it: "Every call comes into P,
which we license from X. It's their flagship product." and "Everything goes through P. It's a
nursery app we license from X here in Nairobi. It's their product, not ours." X develops P:
"their" is the firm the sentence before says the thing is licensed from, "it" the thing that
sentence names as licensed, or the last one named before it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .rules import Found

if TYPE_CHECKING:
    from .relations import Sentence

# (after a speaker's label: "MARISOL: It's their product.")
_THEIRS = re.compile(
    r"^(?:[a-z][\w'’-]*: )?it(?:['’]s| is) (?:all )?their (?:own |flagship |main |core )?"
    r"(?:product|platform|software|system|app|tool)\b"
)
# The sentence before: the maker the thing is licensed from, and the thing if it names it
_LICENSED = re.compile(
    r"\blicen[cs]e[sd]? (?:it |them |@(?P<named>\d+)@ )?from (?:the )?@(?P<maker>\d+)@"
)
_THING = re.compile(r"@(?P<thing>\d+)@,? (?:which|that) (?:we|@\d+@) licen[cs]e")
_NOT_THINGS = frozenset({"Person", "GovernmentAgency", "Place"})
_CONFIDENCE = 0.55


def their_products(sentences: list[Sentence]) -> list[tuple[Found, tuple]]:
    """(fact, evidence span) for each thing a text calls "their product" (see the module's note)."""
    out = []
    for k, sentence in enumerate(sentences):
        if k == 0 or not _THEIRS.match(sentence.masked):
            continue
        last = sentences[k - 1]
        licensed = _LICENSED.search(last.masked)
        if licensed is None:
            continue
        maker = last.entity(int(licensed.group("maker")))
        named = _THING.search(last.masked, 0, licensed.start() + 12)
        if licensed.group("named"):  # "X licenses P from Y"
            thing = last.entity(int(licensed.group("named")))
        elif named is not None:
            thing = last.entity(int(named.group("thing")))
        elif k >= 2 and sentences[k - 2].mentions:  # "It's a nursery app we license from X"
            thing = sentences[k - 2].entity(len(sentences[k - 2].mentions) - 1)
        else:
            continue
        if thing.key == maker.key or thing.type in _NOT_THINGS or maker.place or thing.place:
            continue
        found = Found(maker.key, "develops", thing.key, _CONFIDENCE, "their product")
        out.append((found, (sentence.start, sentence.end)))
    return out
