"""Facts a sentence names without stating them: a change of owner that is only agreed or
awaited ("X agreed to buy Y"), and what a party disputes doing ("X denies sharing …")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .modality import pending
from .rules import Found

if TYPE_CHECKING:
    from .relations import Sentence


# "Veyra denies sharing any footage with …": a party disputes doing what the sentence says
_DISPUTE = re.compile(
    r"@(\d+)@ (?:has |have |had )?(?:denie[sd]|deny|disputes|disputed) "
    r"(?:ever |having )?\w+ing (?:any |the |a |an |its |their |@)"
)


def undisputed(sentence: Sentence, found: list[Found]) -> list[Found]:
    """The facts of the sentence but those whose subject disputes, in it, what it does."""
    disputers = {sentence.entity(int(m.group(1))).key for m in _DISPUTE.finditer(sentence.masked)}
    return [f for f in found if f.subject not in disputers] if disputers else found


def settled(sentence: Sentence, found: list[Found]) -> list[Found]:
    """The facts but a part of an owner whose change of owner is only agreed or awaited:
    "X agreed to buy Y", "Y will become part of X" state no `partOf` yet."""
    text = sentence.masked
    places: dict[str, list[int]] = {}
    for match in re.finditer(r"@(\d+)@", text):
        places.setdefault(sentence.entity(int(match.group(1))).key, []).append(match.start())
    out = []
    for f in found:
        ends = places.get(f.subject, []) + places.get(f.object, [])
        if f.relation == "partOf" and ends and pending(text, ends):
            continue
        out.append(f)
    return out
