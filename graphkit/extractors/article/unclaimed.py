"""Facts a sentence names without claiming them: what a correction says an earlier version got
wrong ("An earlier version said that X built Y", "misidentified X as its director", "… owned by
Y; it is not"), a thing bought only to be tested or taken apart, which no one adopted, and a
contract or order that was cancelled."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .rules import Found

if TYPE_CHECKING:
    from .relations import Sentence

# A sentence that reports an earlier, wrong version, or takes back its own first clause.
_CORRECTION = re.compile(
    r"\b(?:an?|the) (?:earlier|previous|original|prior) (?:version|edition|story|article|report)"
    r"\b[^.;]{0,40}?\b(?:said|stated|reported|described|called|identified|named|claimed)\b"
    r"|\b(?:article|story|version|report|we) (?:also )?"
    r"(?:misidentified|misstated|misnamed|misattributed)\b"
    r"|\b(?:incorrectly|wrongly|erroneously|mistakenly) (?:said|stated|reported|described|"
    r"identified|called|named|attributed)\b"
    r"|; (?:it|that|this|they|he|she) (?:is|was|are|were|does|did|do|has|had|have) not"
    r"(?: so)?\s*(?:[.;]|$)"
)
# Bought to be examined, not to be used: "bought three units secondhand and took them apart".
_BOUGHT = re.compile(r"\b(?:bought|buys|buy|purchased|purchases|purchase|obtained)\b")
_EXAMINED = re.compile(
    r"\b(?:took|take|taking|takes) (?:them|it|\w+ \w+) apart\b|\bsecond-?hand\b"
    r"|\b(?:to|for) (?:test|testing|take apart|teardown|examine|study)\b"
)

# A deal undone: "cancelled a purchase order to X" states no supply.
_UNDONE = re.compile(
    r"\b(?:cancel+(?:ed|s)|terminated|terminates|rescinded|revoked|voided|scrapped|tore up)\b "
    r"(?:(?:a|an|the|its|their) )?(?:[\w$,.-]+ ){0,3}?(?:contract|purchase order|order|deal|"
    r"agreement|licen[cs]e)s?\b"
)


# A business sold off is no customer of its seller: "It sold its payments unit, X, in 2021";
# a contract ended is no supply between its parties: "ended its contract with X".
_DIVESTED = re.compile(
    r"\b(?:sold|sells|spun off|divested)(?: off)? (?:its|their) (?:(?!to |for |with )[\w-]+ )"
    r"{0,3}?(?:business|unit|division|subsidiary|arm|operations?|stake)(?: in @\d+@)?,? "
    r"(?:called )?@(\d+)@"
    r"|\b(?:ended|ends) (?:(?:a|an|the|its|their) )?(?:[\w$,.-]+ ){0,3}?(?:contract|deal|"
    r"agreement|licen[cs]e)s? with (?:the )?@(\d+)@"
)


def unclaimed(sentence: Sentence, found: list[Found]) -> list[Found]:
    """The facts of the sentence but those it names only to correct them, and the uses and
    sales of a thing bought only to be examined."""
    text = sentence.masked
    if _CORRECTION.search(text):
        return []
    if _BOUGHT.search(text) and _EXAMINED.search(text):
        return [f for f in found if f.relation not in ("uses", "supplies")]
    if _UNDONE.search(text):
        return [f for f in found if f.relation != "supplies"]
    parties = {sentence.entity(int(i)).key for pair in _DIVESTED.findall(text) for i in pair if i}
    return [f for f in found if not (f.relation == "supplies" and parties & {f.subject, f.object})]
