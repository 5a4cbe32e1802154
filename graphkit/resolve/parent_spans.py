"""When a record's recipient was part of the parent it names: the years its rows give.

A USAspending row names the recipient's parent as the award records it, so a parent read from
rows is dated by them: from the first year an award the rows describe began (its period's
start, else its first action; a subaward's date) to the last. Not by the latest action: an
award keeps the parent it was made under to its close, West Publishing's awards begun in 2017
naming Reuters News & Media to their last action in 2021, when awards begun since name Thomson
Reuters (Markets). West Publishing's rows name three parents in turn;
undated, each parent was its parent throughout, and each parent's `customers` listed all of
West's supplies. Every row's parent fact carries its own years (`extractors.record_parents`);
the build then gives the facts of one firm and one parent the span of them all
(`span_parents`), so they stay one relationship, from the first year seen to the last.
"""

from __future__ import annotations

from ..model import Fact, PartialDate, changed


def span_parents(facts: list[Fact]) -> list[Fact]:
    """The facts with every row-dated `partOf` of one firm and one parent spanning the years
    all of them give: one relationship, its citations each row's."""
    spans: dict[tuple, tuple[int, int]] = {}
    for fact in facts:
        if _row_dated(fact):
            key = (fact.subject, fact.object)
            first, last = spans.get(key, (fact.start.year, fact.end.year))
            spans[key] = (min(first, fact.start.year), max(last, fact.end.year))
    if not spans:
        return facts
    return [
        changed(
            fact,
            start=PartialDate(spans[fact.subject, fact.object][0]),
            end=PartialDate(spans[fact.subject, fact.object][1]),
        )
        if _row_dated(fact)
        else fact
        for fact in facts
    ]


def _row_dated(fact: Fact) -> bool:
    return (
        fact.relation == "partOf"
        and fact.as_of is not None
        and fact.start is not None
        and fact.end is not None
    )
