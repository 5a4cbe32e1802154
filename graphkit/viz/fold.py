"""What the canvas draws by default: entities and their ties, not records.

Two kinds of entity are records rather than actors, and the page keeps them off the canvas
until asked:
- a **contract** is a qualifier of the facts made under it: it appears in their evidence, and
  as a node (next to its awardee) only when the reader shows contracts;
- a **contracting office** (an awarding unit USAspending names on each award, known to the
  graph only through those records) folds into the agency it is part of, so "who supplies
  ICE" is one tie per supplier, not one per buying office. Showing offices unfolds them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import networkx as nx

CONTRACT = "Contract"
AWARD = "awardedContract"
AGENCY = "GovernmentAgency"
RECORD_EXTRACTORS = frozenset({"usaspending"})


def contracting_offices(net: nx.MultiDiGraph) -> dict[str, str]:
    """office -> the agency it folds into.

    An office is an agency that receives `supplies` facts, is `partOf` exactly one agency, has
    no units of its own, and is known only from contract records (every fact touching it is
    cited by a record extractor alone): a sub-agency a curated source speaks of stays itself.
    """
    folded = {}
    for node, data in net.nodes(data=True):
        if data.get("type") != AGENCY:
            continue
        parents = [
            t
            for _, t, d in net.out_edges(node, data=True)
            if d.get("relation") == "partOf" and net.nodes[t].get("type") == AGENCY
        ]
        units = [s for s, _, d in net.in_edges(node, data=True) if d.get("relation") == "partOf"]
        supplied = any(d.get("relation") == "supplies" for *_, d in net.in_edges(node, data=True))
        if len(set(parents)) != 1 or units or not supplied or parents[0] == node:
            continue
        facts = [*net.in_edges(node, data=True), *net.out_edges(node, data=True)]
        if all(_from_records_only(d) for *_, d in facts):
            folded[node] = parents[0]
    return folded


def _from_records_only(fact: dict) -> bool:
    extractors = {c.get("extractor") for c in fact.get("citations") or []}
    return bool(extractors) and extractors <= RECORD_EXTRACTORS


def contract_awardees(net: nx.MultiDiGraph, facts: Iterable[tuple] | None = None) -> dict[str, str]:
    """contract -> the entity it was awarded to (the first by id where a contract has several).

    `facts` are `net`'s edges as (source, target, key, data), sorted, when the caller has them.
    """
    if facts is None:
        facts = sorted(net.edges(keys=True, data=True))
    awardees: dict[str, str] = {}
    for source, target, _, data in facts:
        if data.get("relation") == AWARD and net.nodes[target].get("type") == CONTRACT:
            awardees.setdefault(target, source)
    for node, data in net.nodes(data=True):  # a contract nobody was awarded: by its first tie
        if data.get("type") == CONTRACT and node not in awardees:
            others = sorted(set(net.predecessors(node)) | set(net.successors(node)))
            if others:
                awardees[node] = others[0]
    return awardees


def default_ties(
    ends: Iterable[tuple[str, str]], folded: dict[str, str], hidden: set[str]
) -> Counter[tuple[str, str]]:
    """Pairs of drawn entities (in id order) and how many facts tie them in the default view;
    `ends` are the facts' (source, target), as `net.edges()` gives them."""
    ties: Counter[tuple[str, str]] = Counter()
    for source, target in ends:
        a, b = folded.get(source, source), folded.get(target, target)
        if a == b or a in hidden or b in hidden:
            continue
        ties[(a, b) if a < b else (b, a)] += 1
    return ties
