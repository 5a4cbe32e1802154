"""Where a firm is, said inside its name: "Imbali Workforce Systems of Durban" is the firm
Imbali Workforce Systems, of Durban, as news writing places a company it introduces."""

from __future__ import annotations

from .lexicon import HOMED_HEADS
from .tokens import Tok, capitalised


def without_home(words: list[Tok]) -> list[Tok]:
    """A firm's name without the place it is "of" (one or two capitalised words after it)."""
    for k in range(1, len(words) - 1):
        if (
            words[k].text == "of"
            and words[k - 1].text.lower() in HOMED_HEADS
            and len(words) - k - 1 <= 2
            and all(capitalised(w.text) for w in words[k + 1 :])
        ):
            return words[:k]
    return words
