"""A new entity's label and aliases, from the names its rows write.

A record that gives a firm's parent only by a number names the parent by it ("UEI
V1CAB89PMJ33", "DUNS 019662332": extractors/usaspending_rows.py). Where that number is the
firm's own (a subawardee with no parent name and its own DUNS as its parent's), the stand-in
is one more "spelling" of a firm that rows name, and won the label on a tie: HSG, LLC was
labelled "DUNS 019662332". A stand-in counts only where no row names the entity.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

from ..names import uninverted


def labelled(name: str) -> str:
    """A name as a label: an inverted name ("Agriculture, Department of") in its natural
    order, kept as written among the aliases."""
    return " ".join(uninverted(name).split())


def label_and_aliases(
    rows: Mapping[str, set], written: set[str], identifiers: Mapping[str, str]
) -> tuple[str, tuple[str, ...]]:
    """The label (the spelling most rows give, then the longest, then one not in capitals
    alone, then the first in lexical order) and the other spellings, sorted; `rows` maps each
    label its names give to the rows that give it, `written` holds every name as written."""
    stand_ins = {f"{scheme.upper()} {value}" for scheme, value in identifiers.items()}
    named = {text: where for text, where in rows.items() if text not in stand_ins} or rows
    label = min(named, key=partial(_rank, named))
    aliases = (w for w in written - {label} if labelled(w) in named)
    return label, tuple(sorted(aliases))


def _rank(rows: Mapping[str, set], text: str) -> tuple:
    return (-len(rows[text]), -len(text), text.isupper(), text)
