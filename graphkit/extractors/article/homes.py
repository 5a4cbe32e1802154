"""Where a firm is, said inside its name: "Imbali Workforce Systems of Durban" is the firm
Imbali Workforce Systems, of Durban, as news writing places a company it introduces; so is
"Quellmont AI of Pittsburgh", a name of two words or more before a known city."""

from __future__ import annotations

from .lexicon import ADVOCACY_HEADS, GOV_HEADS, HOMED_HEADS, MEDIA_HEADS, RESEARCH_HEADS
from .places import place_kind
from .tokens import Tok, capitalised

# Bodies whose names go on with "of" and a place: "Federal Reserve Bank of Boston",
# "Greater Boston Chamber of Commerce", "Pacific Museum of Flight".
_OF_PLACE_HEADS = (
    GOV_HEADS | RESEARCH_HEADS | ADVOCACY_HEADS | MEDIA_HEADS
    | {"bank", "museum", "port", "chamber", "church", "diocese", "archdiocese", "club", "zoo"}
)  # fmt: skip


def without_home(words: list[Tok]) -> list[Tok]:
    """A firm's name without the place it is "of" (one or two capitalised words after it)."""
    for k in range(1, len(words) - 1):
        if words[k].text != "of" or len(words) - k - 1 > 2:
            continue
        after = words[k + 1 :]
        if not all(capitalised(w.text) for w in after):
            continue
        head = words[k - 1].text.lower()
        if head in HOMED_HEADS or [w.text for w in words[k - 2 : k]] == ["A", "S"]:
            return words[:k]  # (a Danish firm's "A/S" is two words here)
        city = place_kind(" ".join(w.text for w in after)) == "city"
        if city and k >= 2 and head not in _OF_PLACE_HEADS:
            return words[:k]
    return words
