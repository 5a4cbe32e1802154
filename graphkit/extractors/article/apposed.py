"""A description in apposition at a sentence's end, whose noun's party is the name before it:
"Helmstrand AB has completed its purchase of Kelpwire Labs, the Nova Scotia maker of the
NetSense beacon." (no closing comma makes it an aside)."""

from __future__ import annotations


def apposed_name(c, j: int, i: int, role: bool) -> int | None:
    """The token of the name before ", the …" that the noun at `i` describes, where `j` is that
    "the" (or "a") and no verb stands between; else None. `c` is the clause reader's sentence."""
    toks = c.toks
    if role or j < 2 or toks[j] not in ("the", "a") or toks[j - 1] != ",":
        return None
    if c.mention[j - 2] is None or any(c.is_verb(k) for k in range(j + 1, i)):
        return None
    return j - 2
