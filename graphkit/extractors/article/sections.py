"""Headings that divide a text into parts read on their own: a roundup's items ("ELMSWICK:
JAIL CALLS."), a report's sections ("HOUSING"). A description after one ("the tool", "the
department") refers to what its own part names, not to the part before. And labels that open a
line ("ODUYA:", "Corrections:"), which say who speaks or what follows, and name no party."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .chunks import Chunk


def heading(text: str, span: tuple[int, int]) -> bool:
    """A line, or a line's first sentence, in capitals: "HOUSING", "RENWICK COUNTY: PHONES."."""
    words = text[span[0] : span[1]]
    return (
        (span[0] == 0 or text[span[0] - 1] == "\n")
        and not any(ch.islower() for ch in words)
        and re.search(r"[A-Z]{3,}", words) is not None
    )


def label(text: str, chunk: Chunk) -> bool:
    """A name that opens its line (after a bullet, if any) and is followed by a colon: a
    speaker's label, or a digest item's ("• Funding: X raised …")."""
    line = text.rfind("\n", 0, chunk.start) + 1
    line_start = not text[line : chunk.start].strip(" \t•*·–—-")
    return line_start and text[chunk.span_end : chunk.span_end + 1] == ":"
