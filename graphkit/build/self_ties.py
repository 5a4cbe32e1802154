"""A fact whose two ends are one entity states nothing: a record's row that names one firm as
supplier and customer (a list's vendor column copied into its buyer column), or two spellings
the registry knows as one, was kept as a loop, the firm its own customer, with no word said.
A fact file refuses it (resolve/entities.py: a person wrote the name twice); a record's row is
said as a warning and the rest of the file read, as a subawards row naming the prime awardee
as its own subcontractor is (extractors/usaspending_subawards.py)."""

from __future__ import annotations

from ..exc import InputError
from ..model import Fact
from ..sources.registry import Registry


def one_entity_at_both_ends(fact: Fact, registry: Registry) -> InputError | None:
    """The warning for a resolved fact whose subject and object are one entity, else None."""
    if fact.subject != fact.object:
        return None
    label = registry.get(fact.subject).label
    return InputError.at(
        fact.where,
        f"the subject and the object are one entity, {label!r} ({fact.subject}): a fact ties "
        f"two entities, so the row's {fact.relation} is not stated; correct the row, or give "
        "the two their own entries in the registry if they are two",
        "object",
    )
