"""Name normalisation shared by the registry and the extractors."""

from __future__ import annotations

import re
import unicodedata

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
