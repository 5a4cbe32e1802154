"""One Contract from every award record that describes it, disagreements kept.

Two USAspending downloads of different date ranges (joined into one file, or two files of one
project) describe one award as each date had it: 1000 obligated in the first, 1500 in the
later. The Contract shows one value per field, by a rule that never depends on the order rows
are read in; where the records disagree it keeps every record's own description, which the
graph states as the contract's claims, the contract marked disputed (rdf/award_quads.py), as a
relationship's are.

The rule: each field from the record with the latest `latest_action_date` that gives it (a
record without one after those with one); between records of one date, the one that says
more (a prime award's record over what a subaward row says of its prime award), then the
larger obligated amount, then the values' text. The relationship of the award shows its figure
by the same rule (claims.record_rank).
"""

from __future__ import annotations

from dataclasses import fields, replace

from ..model import ContractDetails, Entity, PartialDate
from .claims import date_key, dates_agree

# What a record says of its contract, in the order the fields are declared.
DETAIL_FIELDS = tuple(f.name for f in fields(ContractDetails) if f.name != "citation")


def combine(entities: list[Entity]) -> Entity:
    """The one entity of several that extractors made under one id (input order): the record
    described Contract with each field by the module's rule and, where its records disagree,
    every record's description in `records`. An entity without a record's description is
    kept only where none has one."""
    described = [e for e in entities if e.details is not None]
    if not described:
        return entities[0]
    ranked = sorted(described, key=lambda e: record_rank(e.details))
    first = ranked[0]
    if len(ranked) == 1:
        return first
    records = [e.details for e in ranked]
    shown = {
        name: next((v for v in (getattr(r, name) for r in records) if v is not None), None)
        for name in DETAIL_FIELDS
    }
    details = replace(first.details, **shown)
    disputed = disputed_fields(records)
    return replace(first, details=details, records=tuple(_distinct(records)) if disputed else ())


def record_rank(details: ContractDetails) -> tuple:
    """Where a record stands among the records of one award: first the one shown (the module's
    rule); records that say the same thing by their rows (extractors/row_rank.py), never by
    the order the rows were read in: the Contract is cited by that row."""
    latest = details.latest_action_date
    given = sum(v is not None for v in details.values())
    obligated = details.obligated
    text = tuple("" if v is None else str(v) for v in details.values())
    cited = details.citation
    return (
        latest is None,
        tuple(-n for n in date_key(latest)) if latest else (),
        -given,
        obligated is None,
        -(obligated or 0),
        text,
        cited.rank,
        cited.where.file,
        cited.where.line or 0,
    )


def disputed_fields(records: list[ContractDetails]) -> list[str]:
    """The fields two records give different values of (a date known to the month agrees
    with the same month's day), in the order they are declared."""
    return [name for name in DETAIL_FIELDS if _disagree([getattr(r, name) for r in records])]


def _disagree(values: list) -> bool:
    given = [v for v in values if v is not None]
    for i, a in enumerate(given):
        for b in given[i + 1 :]:
            if isinstance(a, PartialDate) and isinstance(b, PartialDate):
                if not dates_agree(a, b):
                    return True
            elif a != b:
                return True
    return False


def _distinct(records: list[ContractDetails]) -> list[ContractDetails]:
    """Each record once: a row read twice (one file given twice) is one citation."""
    seen, out = set(), []
    for record in records:
        key = (record.values(), record.citation)
        if key not in seen:
            seen.add(key)
            out.append(record)
    return out
