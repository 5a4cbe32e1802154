"""The years a firm was part of each group above it, and the tests of facts against them.

A firm is part of its parent for the years its tie gives (a parent read from dated records:
West Publishing part of Reuters News & Media from 2004 to 2017; a firm that joined a group in
2019 and still belongs, from 2019 on), and so part of every group that parent belongs to; what
is part of the firm by a tie of no dates (an office its record places under its unit) is in
those groups for the same years. The graph states them once per firm, group and span,
`<firm>/in/<group>/<first>-<last>` (`tg:GroupMembership`: `tg:member`, `tg:group`, and
`tg:fromYear`, `tg:toYear` where the span has that bound; a span of one bound leaves the other
side empty in the node's name, `2019-`). Two dated ties that lead a firm into one group
(directly and through an intermediate parent, or two spans with years between them) stay two
spans, joined only where they meet or overlap: one span over both listed a fact of the years
between them.

A group's queries roll its members' facts up and keep a member's fact only within the member's
years in the group: `customers` a subsidiary's sales, `suppliers` and `contracts` a unit's
purchases, `funded-suppliers` a unit's money. The test is made here, once, as the graph is
written (`span_test`): a supply or funding whose party has spans in a group is marked
`tg:…Outside` that group where its years meet none of them, `tg:…UndatedIn` where it gives no
dates to test, so a query reads one statement where it would compare every row with every span
(`customers` did, and took longer)."""

from __future__ import annotations

from collections.abc import Iterable

from ..resolve.merge import Relationship

# A span of years, either bound open (None): the firm was part of the group from, to.
Span = tuple[int | None, int | None]


def group_spans(relationships: Iterable[Relationship]) -> dict[tuple[str, str], list[Span]]:
    """(firm, group) -> its spans in that group, earliest first, for each `partOf` that gives
    a start, an end or both, and each entity at or above its object along `partOf`. A tie of
    no dates gives no span: its years are not known. What is part of a member by a tie of no
    dates (an office of a unit that moved between departments, as its record places it) is in
    the member's groups for the member's years there: it had no span, and its facts were
    listed under the group whatever their years."""
    parents: dict[str, set[str]] = {}
    below: dict[str, set[str]] = {}  # a member's parts by ties of no dates
    dated = []
    for rel in relationships:
        if rel.relation != "partOf":
            continue
        parents.setdefault(rel.subject, set()).add(rel.object)
        if rel.start or rel.end:
            dated.append(rel)
        else:
            below.setdefault(rel.object, set()).add(rel.subject)
    spans: dict[tuple[str, str], list[Span]] = {}
    for rel in dated:
        span = (_year(rel.start), _year(rel.end))
        groups = _above(rel.object, parents)
        for member in _above(rel.subject, below):
            for group in groups - {member}:  # a cycle the build refused would meet itself
                spans.setdefault((member, group), []).append(span)
    return {key: _joined(found) for key, found in sorted(spans.items())}


def span_test(spans: list[Span], start, end) -> str | None:
    """The test of a fact's dates against a member's spans in a group: "undated" for a fact of
    no dates, "outside" for one whose years meet none of the spans, None for one within one:
    years compared whatever the dates' precision, a missing bound on either side open (a fact
    with a start and no end runs on)."""
    if start is None and end is None:
        return "undated"
    first, last = _year(start), _year(end)
    for low, high in spans:
        if (high is None or first is None or first <= high) and (
            low is None or last is None or last >= low
        ):
            return None
    return "outside"


def _year(date) -> int | None:
    return None if date is None else date.year


def _joined(spans: list[Span]) -> list[Span]:
    """The spans, earliest first, those that overlap or meet (2004-2010 and 2011-2017) made
    one: a fact within their union is within one of them, by year."""
    low, high = float("-inf"), float("inf")
    ordered = sorted(spans, key=lambda s: (low if s[0] is None else s[0], s[1] or high))
    joined: list[Span] = []
    for first, last in ordered:
        if joined:
            prev_first, prev_last = joined[-1]
            if prev_last is None or first is None or first <= prev_last + 1:
                end = None if prev_last is None or last is None else max(prev_last, last)
                joined[-1] = (prev_first, end)
                continue
        joined.append((first, last))
    return joined


def _above(entity: str, parents: dict[str, set[str]]) -> set[str]:
    """The entity and all it leads to along `parents` (each entity's next ones)."""
    found, stack = {entity}, [entity]
    while stack:  # a cycle the build refused would stop here too
        for parent in parents.get(stack.pop(), ()):
            if parent not in found:
                found.add(parent)
                stack.append(parent)
    return found
