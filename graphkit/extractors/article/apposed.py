"""A description in apposition at a sentence's end, whose noun's party is the name before it:
"Helmstrand AB has completed its purchase of Kelpwire Labs, the Nova Scotia maker of the
NetSense beacon." (no closing comma makes it an aside); and a sentence's subject, the name a
description of another's opens with ("X's largest customer, the Y, has used …": Y)."""

from __future__ import annotations

import re

# A name right after one of these is governed by it, so it is not its sentence's subject.
_GOVERNED = re.compile(
    r"\b(?:[Oo]utside|[Ii]nside|[Aa]t|[Ii]n|[Ff]or|[Ff]rom|[Ww]ith|[Bb]y|[Oo]n|[Aa]gainst|[Oo]f)"
    r"(?: the)? $"
)
# A possessed noun of one to three words in apposition with the name after it: "'s largest
# customer, the "
_DESCRIBED_BY = re.compile(r"(?:['’]s?)? (?:[a-z][\w-]* ){0,2}[a-z][\w-]*, (?:the )?$")


def sentence_subject(text: str, start: int, mentions) -> str | None:
    """The key of the sentence's subject: its first name that no preposition governs
    ("Outside the company, the group X said …" is about X), else its first name; where that
    name owns a noun set in apposition with a second name, the second."""
    free = [m for m in mentions if not _GOVERNED.search(text[start : m.start])]
    subject = (free or mentions)[0] if mentions else None
    if subject is None or not subject.possessive:
        return subject.key if subject else None
    later = [m for m in mentions if m.start >= subject.end]
    if later and _DESCRIBED_BY.fullmatch(text[subject.end : later[0].start]):
        return later[0].key
    return subject.key


def apposed_name(c, j: int, i: int, role: bool) -> int | None:
    """The token of the name before ", the …" that the noun at `i` describes, where `j` is that
    "the" (or "a") and no verb stands between; else None. `c` is the clause reader's sentence."""
    toks = c.toks
    if role or j < 2 or toks[j] not in ("the", "a") or toks[j - 1] != ",":
        return None
    if c.mention[j - 2] is None or any(c.is_verb(k) for k in range(j + 1, i)):
        return None
    return j - 2
