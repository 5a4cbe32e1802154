"""Names: normalisation shared by the registry and the extractors, and "did you mean"."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def normalize(name: str) -> str:
    """Fold case, curly quotes, punctuation, a leading "the" and a trailing "'s"."""
    text = unicodedata.normalize("NFKC", name).translate(_QUOTES).casefold().strip()
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"[^\w&]+", " ", text)
    return " ".join(text.split())


def slugify(name: str) -> str:
    """A stable lowercase id made of [a-z0-9-]."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-zA-Z0-9]+", "-", text.lower()).strip("-")
    return text or "unnamed"


def close_names(
    word: str, choices: Iterable[str], limit: int = 1, cutoff: float = 0.6
) -> list[str]:
    """The choices closest to a misspelt word, best first (difflib's ratio)."""
    return difflib.get_close_matches(word, list(choices), n=limit, cutoff=cutoff)


def did_you_mean(word: str, choices: Iterable[str], limit: int = 1, cutoff: float = 0.6) -> str:
    """`did you mean 'supplies'?` for the closest choices, or "" when none is close."""
    close = close_names(word, choices, limit, cutoff)
    return f"did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
