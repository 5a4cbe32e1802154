"""A name's first word that is a verb addressed to the reader or a recommendation's: "Meet
GMTO Executive Director X", "4.2 Publish Tallyrelay's test reports", "1. Suspend ClaimSift for
Silver Years claims": the verb is no part of the name after it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import TITLE_WORDS

if TYPE_CHECKING:
    from .tokens import Tok


_IMPERATIVES = frozenset({"meet", "join", "visit", "contact", "call", "email"})


def imperative(words: list[Tok], toks: list[Tok], j: int) -> bool:
    """Whether the name's first word asks the reader to meet or call a titled person: "Meet
    GMTO Executive Director X", "Call Local 77 organizer X" (not "Join Forces Coalition")."""
    titled = any(w.text.lower() in TITLE_WORDS for w in words[1:])
    after = toks[j + 1].text.lower() if j + 1 < len(toks) else ""
    if words[0].text.lower() in _RECOMMENDING | _HEADING_VERBS:
        return True  # a recommendation's verb: "4.2 Publish Tallyrelay's test reports"
    return words[0].text.lower() in _IMPERATIVES and (
        titled or after in TITLE_WORDS | {"organizer"}
    )


_RECOMMENDING = frozenset(
    ["publish", "require", "extend", "ensure", "establish", "adopt", "amend", "suspend", "halt"]
    + ["pause", "withdraw", "cancel", "terminate", "scrap", "reinstate", "disclose", "notify"]
)
# A heading's verb before a thing's name: "Replacing CamNet", "Introducing P", a campaign's
# "Drop CrewVerify" (not "Stop" or "End", which open groups' names: "Stop X Spying Coalition")
_HEADING_VERBS = frozenset(["replacing", "introducing", "retiring", "upgrading", "drop"])
