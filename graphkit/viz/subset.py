"""A part of the network to draw: around one entity, of some types or relations, in a period."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from ..vocab import types_meant
from .data import year_of


def subset(
    net: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    depth: int = 1,
    types: Iterable[str] = (),
    relations: Iterable[str] = (),
    since: int | None = None,
    until: int | None = None,
) -> nx.MultiDiGraph:
    """The network cut down; every argument left empty keeps everything.

    `relations` holds relation names or family names (business, stance, structure). A fact is
    kept if its valid time overlaps since..until (years, inclusive); undated facts are kept.
    Entities left without any fact by the relation or time filters are dropped, the focus never.
    `focus` keeps entities within `depth` steps of it, in either direction, after filtering.
    """
    types, relations = types_meant(types), set(relations)
    out = nx.MultiDiGraph()
    out.add_nodes_from(
        (n, d) for n, d in net.nodes(data=True) if not types or d.get("type") in types or n == focus
    )
    for source, target, key, data in net.edges(keys=True, data=True):
        if source not in out or target not in out:
            continue
        if relations and not {data.get("relation"), data.get("family")} & relations:
            continue
        if not _overlaps(data, since, until):
            continue
        out.add_edge(source, target, key=key, **data)
    if relations or since is not None or until is not None:
        out.remove_nodes_from(
            [n for n in list(out.nodes) if n != focus and out.degree(n) == 0 and net.degree(n) > 0]
        )
    if focus is not None:
        near = nx.single_source_shortest_path_length(
            out.to_undirected(as_view=True), focus, cutoff=depth
        )
        out = out.subgraph(sorted(near)).copy()
    return out


def _overlaps(data: dict, since: int | None, until: int | None) -> bool:
    start, end = year_of(data.get("start")), year_of(data.get("end"))
    if since is not None and end is not None and end < since:
        return False
    return not (until is not None and start is not None and start > until)
