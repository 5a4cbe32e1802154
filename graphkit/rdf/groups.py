"""The years a firm was part of each group above it, stated where a query can read them.

A firm is part of its parent for the years its tie gives (a parent read from dated records:
West Publishing part of Reuters News & Media from 2004 to 2017), and so part of every group
that parent belongs to. `customers` rolls a group's facts up through its subsidiaries and
keeps a subsidiary's fact only within those years. It reads them from one
node per firm and group, `<firm>/in/<group>` (`tg:GroupMembership`: `tg:member`, `tg:group`,
`tg:fromYear`, `tg:toYear`): a walk of `partOf*` from each tie took a long-tail answer six
times its time, and the patterns that joined a firm's ties to the group asked about lost rows
on Virtuoso or would not compile. Where two dated ties lead a firm into one group, the node
spans both.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..resolve.merge import Relationship


def group_years(relationships: Iterable[Relationship]) -> dict[tuple[str, str], tuple[int, int]]:
    """(firm, group) -> (first year, last year), for each `partOf` that gives its years (a
    start and an end) and each entity at or above its object along `partOf`."""
    parents: dict[str, set[str]] = {}
    dated = []
    for rel in relationships:
        if rel.relation != "partOf":
            continue
        parents.setdefault(rel.subject, set()).add(rel.object)
        if rel.start and rel.end:
            dated.append(rel)
    spans: dict[tuple[str, str], tuple[int, int]] = {}
    for rel in dated:
        for group in _above(rel.object, parents):
            first, last = spans.get((rel.subject, group), (rel.start.year, rel.end.year))
            spans[rel.subject, group] = (min(first, rel.start.year), max(last, rel.end.year))
    return dict(sorted(spans.items()))


def _above(entity: str, parents: dict[str, set[str]]) -> set[str]:
    found, stack = {entity}, [entity]
    while stack:  # a cycle the build refused would stop here too
        for parent in parents.get(stack.pop(), ()):
            if parent not in found:
                found.add(parent)
                stack.append(parent)
    return found
