"""Fields a trade always names together ("Fire and Rescue", "Search and Rescue"): one field in
a name, whatever other "and" the name holds ("Dyfnant and Coast Fire and Rescue Service")."""

from __future__ import annotations

from collections.abc import Callable

from .tokens import Tok

PAIRED_FIELDS = frozenset(
    [("fire", "rescue"), ("search", "rescue"), ("parks", "recreation"), ("fish", "wildlife")]
    + [("customs", "excise"), ("trading", "standards"), ("ambulance", "paramedic")]
    + [("controller", "auditor-general"), ("comptroller", "auditor"), ("command", "control")]
    + [("education", "training"), ("health", "social"), ("health", "safety"), ("savings", "loan")]
)


def paired_at(texts: list[str]) -> int | None:
    """Where "and" joins a pair of fields the trade always names together, in a name with
    another "and" ("Dyfnant and Coast Fire and Rescue Service")."""
    for at in range(1, len(texts) - 1):
        if texts[at] == "and" and (texts[at - 1].lower(), texts[at + 1].lower()) in PAIRED_FIELDS:
            return at
    return None


def with_pair(words: list[Tok], at: int, split: Callable) -> list[list[Tok]]:
    """The name's other "and" judged with the pair read as its first field alone ("Dyfnant and
    Coast Fire Service": one service of two places), the pair's words put back after."""
    first = words[at - 1]
    stand_in = Tok(
        first.start,
        words[at + 1].end,
        first.text,
        words[at + 1].possessive,
        words[at + 1].stop_after,
        first.raw,
    )
    judged = split([*words[: at - 1], stand_in, *words[at + 2 :]])
    return [
        [t for w in part for t in (words[at - 1 : at + 2] if w is stand_in else [w])]
        for part in judged
    ]
