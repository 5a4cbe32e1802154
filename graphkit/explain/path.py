"""How is X tied to Y: cited chains of facts between two entities over the network projection.

Paths are found on an undirected view (a fact ties its two ends whichever way it is stated), and
every hop keeps the facts it stands for with their stated direction, so a hop walked against
the arrow reads backwards.
"""

from __future__ import annotations

import itertools

import networkx as nx

from ..exc import QueryError
from ..names import did_you_mean
from ..vocab import RELATIONS
from .wording import arrow, citation_line, citation_order, qualifiers, sentence, short_id

DEFAULT_MAX_HOPS = 6
DEFAULT_LIMIT = 20
_FACT_FIELDS = ("start", "end", "amount", "currency", "product", "product_label", "role", "status")


def undirected(net: nx.MultiDiGraph, relations: tuple[str, ...] = ()) -> nx.Graph:
    """One edge per pair of tied entities; `facts` lists the (source, target, key) it stands for.

    With `relations`, only facts with those relations tie entities.
    """
    view = nx.Graph()
    view.add_nodes_from(sorted(net.nodes))
    for source, target, key, relation in sorted(net.edges(keys=True, data="relation")):
        if source == target or (relations and relation not in relations):
            continue
        if view.has_edge(source, target):
            view[source][target]["facts"].append((source, target, key))
        else:
            view.add_edge(source, target, facts=[(source, target, key)])
    return view


def check_relations(relations: tuple[str, ...]) -> None:
    """QueryError for a relation the ontology does not have, with the closest name."""
    for name in relations:
        if name not in RELATIONS:
            hint = did_you_mean(name, RELATIONS)
            hint = f"; {hint}" if hint else ""
            raise QueryError(
                f"no relation called {name!r}{hint} (relations: {', '.join(RELATIONS)})"
            )


def find_paths(
    net: nx.MultiDiGraph,
    source: str,
    target: str,
    *,
    max_hops: int = DEFAULT_MAX_HOPS,
    relations: tuple[str, ...] = (),
    all_paths: bool = False,
    limit: int = DEFAULT_LIMIT,
) -> dict:
    """Shortest paths (or, with `all_paths`, all simple paths up to `max_hops`) as plain data.

    `source` and `target` are node ids (entity IRIs). The answer holds at most `limit` paths,
    shortest first, ties in the order of their entities' labels; `truncated` says whether more
    exist. `shortest_hops` is the length of the shortest path even when it exceeds `max_hops`.
    """
    check_relations(relations)
    for node in (source, target):
        if node not in net:
            raise QueryError(f"{short_id(node)!r} is not an entity of the network")
    if source == target:
        raise QueryError("the two entities are the same; name two different entities")
    view = undirected(net, relations)
    answer = {
        "from": _entity(net, source),
        "to": _entity(net, target),
        "max_hops": max_hops,
        "relations": list(relations),
        "all": all_paths,
        "shortest_hops": None,
        "paths": [],
        "truncated": False,
    }
    try:
        answer["shortest_hops"] = nx.shortest_path_length(view, source, target)
    except nx.NetworkXNoPath:
        return answer
    if answer["shortest_hops"] > max_hops:
        return answer
    if all_paths:
        found = itertools.takewhile(
            lambda p: len(p) - 1 <= max_hops, nx.shortest_simple_paths(view, source, target)
        )
    else:
        found = nx.all_shortest_paths(view, source, target)
    nodes_lists = list(itertools.islice(found, limit + 1))
    answer["truncated"] = len(nodes_lists) > limit
    nodes_lists = sorted(
        nodes_lists[:limit], key=lambda p: (len(p), [net.nodes[n]["label"] for n in p], p)
    )
    answer["paths"] = [_path(net, view, nodes) for nodes in nodes_lists]
    return answer


def _entity(net: nx.MultiDiGraph, node: str) -> dict:
    data = net.nodes[node]
    return {"id": short_id(node), "label": data["label"], "type": data["type"]}


def _path(net: nx.MultiDiGraph, view: nx.Graph, nodes: list[str]) -> dict:
    hops = []
    for left, right in itertools.pairwise(nodes):
        facts = [_fact(net, left, edge) for edge in view[left][right]["facts"]]
        facts.sort(key=lambda f: (f["relation"], f["direction"], f["id"]))
        hops.append({"from": _entity(net, left), "to": _entity(net, right), "facts": facts})
    return {"hops": hops, "length": len(hops)}


def _fact(net: nx.MultiDiGraph, left: str, edge: tuple[str, str, str]) -> dict:
    source, target, key = edge
    data = net.edges[source, target, key]
    fact = {
        "id": key.rsplit("/", 1)[-1],
        "relation": data["relation"],
        "direction": "forward" if source == left else "backward",
        "subject": _entity(net, source),
        "object": _entity(net, target),
    }
    fact.update({name: data.get(name) for name in _FACT_FIELDS})
    fact["citations"] = [dict(c) for c in sorted(data["citations"], key=citation_order)]
    return fact


def format_text(answer: dict) -> str:
    """The paths as lines: one per hop fact, its citations below it."""
    start, end = answer["from"]["label"], answer["to"]["label"]
    if not answer["paths"]:
        return _no_path(answer)
    kind = "path" if answer["all"] else "shortest path"
    count = len(answer["paths"])
    lines = [
        f"{start} to {end}: {count}{'+' if answer['truncated'] else ''} "
        f"{kind}{'s' if count != 1 else ''}"
        + (
            f" up to {answer['max_hops']} hops"
            if answer["all"]
            else f" of {answer['shortest_hops']} hop{'s' if answer['shortest_hops'] != 1 else ''}"
        )
    ]
    for number, path in enumerate(answer["paths"], start=1):
        labels = [path["hops"][0]["from"]["label"]] + [h["to"]["label"] for h in path["hops"]]
        chain = " → ".join(labels)
        lines += ["", f"Path {number}: {chain}"]
        for step, hop in enumerate(path["hops"], start=1):
            for fact in hop["facts"]:
                lines += _fact_lines(step, hop, fact)
    if answer["truncated"]:
        lines += ["", f"(more paths exist; showing the first {count}: raise --limit to see more)"]
    return "\n".join(lines) + "\n"


def _fact_lines(step: int, hop: dict, fact: dict) -> list[str]:
    forward = fact["direction"] == "forward"
    left, right = hop["from"]["label"], hop["to"]["label"]
    line = f"  {step}. {arrow(left, fact['relation'], right, forward)}"
    quals = qualifiers(fact)
    line += f"  {quals}" if quals else ""
    lines = [line]
    if not forward:
        lines.append(f"     ({sentence(left, fact['relation'], right, forward)})")
    for cite in fact["citations"]:
        lines.append(f"     - {citation_line(cite)}")
    return lines


def _no_path(answer: dict) -> str:
    start, end = answer["from"]["label"], answer["to"]["label"]
    only = f" using only {', '.join(answer['relations'])}" if answer["relations"] else ""
    if answer["shortest_hops"] is None:
        return f"{start} and {end} are not tied by any chain of facts{only}\n"
    return (
        f"no path of at most {answer['max_hops']} hops from {start} to {end}{only}; "
        f"the shortest has {answer['shortest_hops']} hops (raise --max-hops)\n"
    )
