"""partOf must not loop: a unit inside itself makes every transitive answer count it again.

`tg:partOf*` over a cycle reaches every unit of the cycle from each of them, so "suppliers of
HSI" would list the suppliers of ICE, DHS and everything else on the loop. The facts that close
a cycle are refused, each reported where it was written; the rest of the graph builds.
A unit given as its own parent (record tables do this for top-level companies) says no more
than that it has no parent: that statement is dropped without a report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..exc import NOWHERE, InputError
from ..resolve.merge import Relationship

if TYPE_CHECKING:
    import networkx as nx


def refuse_part_of_cycles(
    relationships: list[Relationship],
) -> tuple[list[Relationship], list[InputError]]:
    """The relationships without any partOf on a cycle, and one problem per refused statement."""
    relationships = [r for r in relationships if r.relation != "partOf" or r.subject != r.object]
    if not _may_loop([(r.subject, r.object) for r in relationships if r.relation == "partOf"]):
        return relationships, []
    import networkx as nx  # noqa: PLC0415 (a tenth of a second of every build that has no loop)

    graph = nx.DiGraph()
    for rel in relationships:
        if rel.relation == "partOf":
            graph.add_edge(rel.subject, rel.object)
    looping: set[tuple[str, str]] = set()
    for component in nx.strongly_connected_components(graph):
        if len(component) > 1:
            looping |= {(a, b) for a, b in graph.subgraph(component).edges}
    if not looping:
        return relationships, []
    kept, problems = [], []
    for rel in relationships:
        if rel.relation != "partOf" or (rel.subject, rel.object) not in looping:
            kept.append(rel)
            continue
        loop = _loop_through(graph, rel.subject, rel.object)
        for where in sorted(set(rel.where) or {NOWHERE}, key=lambda w: (w.file, w.line or 0)):
            problems.append(
                InputError.at(
                    where,
                    f"partOf cycle {' → '.join(loop)}: {rel.subject} partOf {rel.object} is "
                    "left out; a unit cannot contain itself",
                    "parent" if _from_registry(rel) else "object",
                )
            )
    return kept, problems


def _may_loop(edges: list[tuple[str, str]]) -> bool:
    """Whether the edges hold a cycle: what is left once units with no parent left are taken
    away, again and again (Kahn's order), is a cycle or leads into one."""
    parents: dict[str, int] = {}
    children: dict[str, list[str]] = {}
    for child, parent in edges:
        parents[child] = parents.get(child, 0) + 1
        parents.setdefault(parent, 0)
        children.setdefault(parent, []).append(child)
    free = [unit for unit, count in parents.items() if count == 0]
    while free:
        for child in children.get(free.pop(), ()):
            parents[child] -= 1
            if parents[child] == 0:
                free.append(child)
    return any(parents.values())


def _loop_through(graph: nx.DiGraph, subject: str, obj: str) -> list[str]:
    import networkx as nx  # noqa: PLC0415 (see refuse_part_of_cycles)

    return [subject, *nx.shortest_path(graph, obj, subject)]


def _from_registry(rel: Relationship) -> bool:
    return all(c.extractor == "registry" for c in rel.citations)
