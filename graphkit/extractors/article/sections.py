"""Headings that divide a text into parts read on their own: a roundup's items ("ELMSWICK:
JAIL CALLS."), a report's sections ("HOUSING"). A description after one ("the tool", "the
department") refers to what its own part names, not to the part before."""

from __future__ import annotations

import re


def heading(text: str, span: tuple[int, int]) -> bool:
    """A line, or a line's first sentence, in capitals: "HOUSING", "RENWICK COUNTY: PHONES."."""
    words = text[span[0] : span[1]]
    return (
        (span[0] == 0 or text[span[0] - 1] == "\n")
        and not any(ch.islower() for ch in words)
        and re.search(r"[A-Z]{3,}", words) is not None
    )
