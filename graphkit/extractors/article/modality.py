"""What a sentence says without stating it: doubt, conditions and hedges around a rule's match.

The rules of relations.py read a sentence as placeholder text; these read the same text for
what takes a match back (a doubt over the whole sentence, a condition around both its ends) or
makes it less certain (a hedge between them).
"""

from __future__ import annotations

import re

_HEDGE = re.compile(
    r"\b(?:could|may|might|reportedly|allegedly|likely|appears? to|seems? to|"
    r"rumou?red|possibly|if)\b"
)
_DOUBT = re.compile(r"\b(?:whether|unclear|unconfirmed|not clear|unknown)\b")
# A condition opening the sentence, to its comma: "If X supplied Y, it would …" states nothing.
_CONDITION = re.compile(r"^\W*(?:if|unless|were|should)\b[^,;:]*", re.IGNORECASE)
# "X would supply Y if the council agreed": what would be, on a condition, is not.
_WOULD = re.compile(r"\bwould\b")
_ON_CONDITION = re.compile(r"\b(?:if|unless|provided that)\b", re.IGNORECASE)


class Modality:
    """How one sentence (its placeholder text) qualifies what its rules match."""

    def __init__(self, text: str) -> None:
        self.doubted = bool(_DOUBT.search(text))  # "It is unclear whether X still uses Y"
        condition = _CONDITION.match(text)
        self.condition_end = condition.end() if condition else -1
        self.text = text

    def unstated(self, end: int, span: str) -> bool:
        """Whether a match ending at `end` (both its ends before it), `span` from one end to the
        other, is only supposed: inside an opening condition, or what "would" be on a condition
        that follows it ("X would supply Y if the council agreed"; "asked if it would comment,
        said it sold" states the sale)."""
        if end <= self.condition_end:
            return True
        return bool(_WOULD.search(span)) and bool(_ON_CONDITION.search(self.text, end))


def hedged(span: str) -> bool:
    """A modal or reported hedge between a match's ends: "could sell", "reportedly supplies"."""
    return bool(_HEDGE.search(span))
