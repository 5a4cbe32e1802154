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

# A change of owner that is agreed, planned, proposed or under way has not happened: "agreed to
# buy", "will become part of", "is acquiring", "the proposed acquisition of"; nor has one that
# waits to close ("in a deal expected to close next year", "pending regulatory approval").
_PENDING = re.compile(
    r"\b(?:will|would|shall|to)(?: [a-z]+ly| soon| also| eventually)? (?:acquire|buy|purchase|"
    r"take over|merge with|merge into|absorb|be (?:acquired|bought|purchased|taken over|absorbed)|"
    r"become (?:an? |the )?(?:[a-z-]+ )?(?:part|subsidiary|unit|division|arm|affiliate))\b"
    r"|\b(?:is|are|was|were)(?: [a-z]+ly)? (?:acquiring|buying|purchasing|taking over)\b"
    r"|\b(?:proposed|planned|pending|potential|possible|prospective|announced|agreed|rumou?red|"
    r"attempted|failed|blocked|abandoned) (?:[\w$.,-]+ ){0,2}?"
    r"(?:acquisition|purchase|takeover|merger|buyout|deal)\b"
)
_UNCLOSED = re.compile(
    r"\b(?:expected to close|yet to close|has not (?:yet )?closed|pending (?:[\w-]+ )?approval|"
    r"subject to (?:[\w-]+ ){0,2}approval|awaiting (?:[\w-]+ ){0,2}approval|"
    r"once the (?:deal|acquisition|merger|purchase) closes)\b"
)


class Modality:
    """How one sentence (its placeholder text) qualifies what its rules match."""

    def __init__(self, text: str) -> None:
        self.doubted = bool(_DOUBT.search(text))  # "It is unclear whether X still uses Y"
        condition = _CONDITION.match(text)
        self.condition_end = condition.end() if condition else -1
        self.text = text

    def unstated(self, start: int, end: int, span: str) -> bool:
        """Whether a match from `start` to `end` (its two ends), `span` the text between them,
        is only supposed: inside an opening condition, or what "would" be on a condition the
        sentence names outside the match ("If the council agrees, X would supply Y", "X would
        supply Y if the council agreed"; "X, asked if it would comment, said it sold …" names
        its "if" inside the match, and states the sale)."""
        if end <= self.condition_end:
            return True
        if not _WOULD.search(span):
            return False
        return bool(
            _ON_CONDITION.search(self.text, 0, start) or _ON_CONDITION.search(self.text, end)
        )


def pending(text: str, start: int, end: int) -> bool:
    """Whether a change of owner told between `start` and `end` of `text` (or just before, as
    in "the proposed acquisition of Y by X") is only agreed, planned or awaited."""
    return bool(_PENDING.search(text, max(0, start - 60), end) or _UNCLOSED.search(text))


def doubted_from(toks: list[str]) -> int:
    """The first of a clause's tokens that a doubt or a condition covers (len: none).

    "whether" and "if" put in doubt what follows them, not what the sentence said before;
    "Were X to supply Y, …" and "Should X supply Y, …" are conditions (or questions) from their
    first word on, as a leading "If" is."""
    doubted = next((k for k, t in enumerate(toks) if t in ("whether", "if")), len(toks))
    first = next((k for k, t in enumerate(toks) if t[:1].isalpha()), None)
    if first is not None and toks[first] in ("were", "should", "unless"):
        doubted = min(doubted, first)
    return doubted


def on_condition(group: set[str], toks: list[str]) -> bool:
    """A verb group with "would" in a sentence that names a condition: "would supply X if the
    council agreed" is what would be, not what is."""
    return "would" in group and bool({"if", "unless"} & set(toks))


def hedged(span: str) -> bool:
    """A modal or reported hedge between a match's ends: "could sell", "reportedly supplies"."""
    return bool(_HEDGE.search(span))
