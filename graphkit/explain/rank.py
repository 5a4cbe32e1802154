"""The most central entities: degree, betweenness (sampled on large graphs) or PageRank."""

from __future__ import annotations

import networkx as nx

from ..exc import QueryError
from ..names import did_you_mean
from ..vocab import ENTITY_TYPES, types_meant
from .path import undirected
from .wording import facts_per_entity, short_id

MEASURES = ("degree", "betweenness", "pagerank")
# Exact betweenness costs one traversal per entity; above this many entities it is estimated
# from a fixed-seed sample of source entities (Brandes & Pich), so 100k-fact graphs stay usable.
EXACT_BETWEENNESS_UP_TO = 1000
DEFAULT_SAMPLES = 128


def rank(
    net: nx.MultiDiGraph,
    by: str = "degree",
    *,
    types: tuple[str, ...] = (),
    top: int = 10,
    samples: int | None = None,
    seed: int = 0,
) -> dict:
    """The `top` entities by `by`, each with its score and number of facts, as plain data.

    Scores are computed over the whole graph; `types` only filters the list. Ties are broken by
    label, then id, so the order is stable. `approximate` describes the sample when betweenness
    was estimated rather than computed exactly.
    """
    if by not in MEASURES:
        raise QueryError(f"unknown measure {by!r}; use one of {', '.join(MEASURES)}")
    for name in types:
        if name not in ENTITY_TYPES:
            hint = did_you_mean(name, ENTITY_TYPES)
            hint = f"; {hint}" if hint else ""
            raise QueryError(f"no entity type called {name!r}{hint}")
    approximate = None
    if by == "degree":
        scores = {n: float(d) for n, d in undirected(net).degree()}
    elif by == "betweenness":
        view = undirected(net)
        k = (
            samples
            if samples is not None
            else (DEFAULT_SAMPLES if view.number_of_nodes() > EXACT_BETWEENNESS_UP_TO else None)
        )
        if k is not None and k < view.number_of_nodes():
            approximate = {"samples": k, "entities": view.number_of_nodes(), "seed": seed}
        else:
            k = None
        scores = nx.betweenness_centrality(view, k=k, seed=seed if k else None, normalized=True)
    else:
        scores = pagerank(_weighted_digraph(net))
    rows = []
    wanted = types_meant(types)
    facts = facts_per_entity(net)
    for node, score in scores.items():
        data = net.nodes[node]
        if types and data["type"] not in wanted:
            continue
        rows.append(
            {
                "id": short_id(node),
                "label": data["label"],
                "type": data["type"],
                "score": round(score, 6),
                "facts": facts[node],
            }
        )
    rows.sort(key=lambda r: (-r["score"], r["label"], r["id"]))
    rows = rows[:top]
    for place, row in enumerate(rows, start=1):
        row["rank"] = place
    return {"by": by, "types": list(types), "approximate": approximate, "entities": rows}


def _weighted_digraph(net: nx.MultiDiGraph) -> nx.DiGraph:
    """Parallel facts become one edge whose weight counts them; direction as stated."""
    graph = nx.DiGraph()
    graph.add_nodes_from(sorted(net.nodes))
    for source, target in sorted(net.edges()):
        if graph.has_edge(source, target):
            graph[source][target]["weight"] += 1
        else:
            graph.add_edge(source, target, weight=1)
    return graph


def pagerank(
    graph: nx.DiGraph, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 200
) -> dict[str, float]:
    """PageRank by power iteration in plain Python (networkx's needs numpy and scipy).

    Dangling entities (no outgoing facts) spread their rank evenly, as in networkx.
    """
    nodes = list(graph.nodes)
    if not nodes:
        return {}
    count = len(nodes)
    out_weight = {n: sum(d["weight"] for d in graph[n].values()) for n in nodes}
    rank_of = dict.fromkeys(nodes, 1.0 / count)
    for _ in range(max_iter):
        dangling = alpha * sum(rank_of[n] for n in nodes if not out_weight[n]) / count
        new = dict.fromkeys(nodes, (1.0 - alpha) / count + dangling)
        for node in nodes:
            if out_weight[node]:
                share = alpha * rank_of[node] / out_weight[node]
                for target, data in graph[node].items():
                    new[target] += share * data["weight"]
        error = sum(abs(new[n] - rank_of[n]) for n in nodes)
        rank_of = new
        if error < count * tol:
            break
    return rank_of


def format_text(answer: dict) -> str:
    """A table: rank, score, facts, label (type, id); a note when betweenness was sampled."""
    rows = answer["entities"]
    lines = []
    if answer["approximate"]:
        a = answer["approximate"]
        lines.append(
            f"betweenness estimated from {a['samples']} sampled entities of "
            f"{a['entities']} (seed {a['seed']}); use --samples to change"
        )
    if not rows:
        return "\n".join(lines + ["no entities"]) + "\n"
    score_text = [
        f"{r['score']:.0f}" if answer["by"] == "degree" else f"{r['score']:.6f}" for r in rows
    ]
    width = max(len(answer["by"]), *(len(s) for s in score_text))
    lines.append(f"{'rank':>4}  {answer['by']:>{width}}  {'facts':>5}  entity")
    for row, score in zip(rows, score_text, strict=True):
        lines.append(
            f"{row['rank']:>4}  {score:>{width}}  {row['facts']:>5}  "
            f"{row['label']} ({row['type']}, {row['id']})"
        )
    return "\n".join(lines) + "\n"
