"""Captions: a small Markdown subset turned into runs of text the page builds with textContent.

Emphasis (`*a*`, `_a_`), strong (`**a**`), links (`[text](url)`), paragraphs split on blank
lines, backslash escapes. Anything else, HTML included, stays text; a link to anything but
http(s) keeps only its text. The output is plain JSON-ready data, the same for the same text.
"""

from __future__ import annotations

import re

from .data import safe_url

_INLINE = re.compile(
    r"\\(?P<escaped>[\\`*_\[\]()])"
    r"|\*\*(?P<strong>.+?)\*\*"
    r"|\*(?P<em>[^*]+?)\*"
    r"|(?<![\w])_(?P<em2>[^_]+?)_(?![\w])"
    r"|\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)\)",
    re.S,
)


def markdown(text: str) -> list:
    """Paragraphs (split on blank lines) of runs: ["text", s], ["em", runs], ["strong", runs],
    ["link", href, runs]. A link to anything but http(s) keeps only its text."""
    paragraphs = re.split(r"\n\s*\n", str(text).strip())
    return [_inline(" ".join(p.split())) for p in paragraphs if p.strip()]


def _inline(text: str) -> list:
    runs: list = []
    at = 0
    for match in _INLINE.finditer(text):
        if match.start() > at:
            runs.append(["text", text[at : match.start()]])
        at = match.end()
        kind = match.lastgroup
        if kind == "escaped":
            runs.append(["text", match.group("escaped")])
        elif kind == "strong":
            runs.append(["strong", _inline(match.group("strong"))])
        elif kind in ("em", "em2"):
            runs.append(["em", _inline(match.group(kind))])
        else:
            label = _inline(match.group("text"))
            href = safe_url(match.group("url"))
            runs.append(["link", href, label] if href else ["em", label])
    if at < len(text):
        runs.append(["text", text[at:]])
    # Adjacent text runs joined, so the same caption always gives the same data.
    merged: list = []
    for run in runs:
        if run[0] == "text" and merged and merged[-1][0] == "text":
            merged[-1] = ["text", merged[-1][1] + run[1]]
        else:
            merged.append(run)
    return merged
