"""Groups of densely tied entities (Louvain, networkx), with the relations that tie them."""

from __future__ import annotations

from collections import Counter

import networkx as nx

from .wording import short_id


def communities(
    net: nx.MultiDiGraph, *, resolution: float = 1.0, seed: int = 0, min_size: int = 2
) -> dict:
    """Communities of at least `min_size` entities, largest first, as plain data.

    Louvain runs on the undirected network weighted by the number of facts between two
    entities, with a fixed seed over nodes in sorted order, so the grouping is stable.
    Each community lists its members (most tied first) and counts the relations inside it.
    """
    weighted = nx.Graph()
    weighted.add_nodes_from(sorted(net.nodes))
    for source, target in sorted(net.edges()):
        if source == target:
            continue
        if weighted.has_edge(source, target):
            weighted[source][target]["weight"] += 1
        else:
            weighted.add_edge(source, target, weight=1)
    found = nx.community.louvain_communities(
        weighted, weight="weight", resolution=resolution, seed=seed
    )
    groups = []
    for members in found:
        if len(members) < min_size:
            continue
        inside = net.subgraph(members)
        relations = Counter(relation for _s, _t, relation in inside.edges(data="relation"))
        ranked = sorted(members, key=lambda n: (-inside.degree(n), net.nodes[n]["label"], n))
        groups.append(
            {
                "size": len(members),
                "facts": inside.number_of_edges(),
                "members": [
                    {
                        "id": short_id(n),
                        "label": net.nodes[n]["label"],
                        "type": net.nodes[n]["type"],
                        "facts_inside": inside.degree(n),
                    }
                    for n in ranked
                ],
                "relations": dict(sorted(relations.items(), key=lambda kv: (-kv[1], kv[0]))),
            }
        )
    groups.sort(key=lambda g: (-g["size"], -g["facts"], g["members"][0]["label"]))
    for number, group in enumerate(groups, start=1):
        group["number"] = number
    # Modularity is undefined without a single tie; call it 0 rather than divide by zero.
    modularity = (
        nx.community.modularity(weighted, found, weight="weight", resolution=resolution)
        if weighted.number_of_edges()
        else 0.0
    )
    return {
        "algorithm": "louvain",
        "resolution": resolution,
        "seed": seed,
        "modularity": round(modularity, 6),
        "communities": groups,
    }


def format_text(answer: dict) -> str:
    """Each community: a heading with its size and ties, then its members."""
    groups = answer["communities"]
    lines = [
        f"{len(groups)} communit{'y' if len(groups) == 1 else 'ies'} "
        f"(Louvain, resolution {answer['resolution']}, seed {answer['seed']}, "
        f"modularity {answer['modularity']:.3f})"
    ]
    for group in groups:
        ties = ", ".join(f"{name} {count}" for name, count in group["relations"].items())
        lines += [
            "",
            f"Community {group['number']}: {group['size']} entities, "
            f"{group['facts']} facts ({ties or 'no facts inside'})",
        ]
        for member in group["members"]:
            count = member["facts_inside"]
            lines.append(
                f"  {member['label']} ({member['type']}, {member['id']})"
                f"  {count} fact{'s' if count != 1 else ''} inside"
            )
    return "\n".join(lines) + "\n"
