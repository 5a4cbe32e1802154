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

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

CONTRACT = "Contract"
AWARD = "awardedContract"
AGENCY = "GovernmentAgency"
RECORD_EXTRACTORS = frozenset({"usaspending"})

# A fact as these read it: (source entity, target entity, its fields), the fields holding at
# least its relation and its citations (each with its extractor): a network's edge data or a
# page's fact record.
Link = tuple[str, str, Mapping]


def contracting_offices(nodes: Mapping[str, Mapping], links: Sequence[Link]) -> dict[str, str]:
    """office -> the agency it folds into.

    An office is an agency that receives `supplies` facts, is `partOf` exactly one agency, has
    no units of its own, and is known only from contract records (every fact touching it is
    cited by a record extractor alone): a sub-agency a curated source speaks of stays itself.
    """
    agencies = {node for node, data in nodes.items() if data.get("type") == AGENCY}
    touching: dict[str, list[Mapping]] = defaultdict(list)  # an agency's facts, either way
    parents: dict[str, list[str]] = defaultdict(list)
    has_units, supplied = set(), set()
    for source, target, data in links:
        relation = data.get("relation")
        if source in agencies:
            touching[source].append(data)
            if relation == "partOf" and target in agencies:
                parents[source].append(target)
        if target in agencies:
            if source != target:  # a fact from an agency to itself is one of its facts once
                touching[target].append(data)
            if relation == "partOf":
                has_units.add(target)
            elif relation == "supplies":
                supplied.add(target)
    folded = {}
    for node in nodes:
        if node not in agencies:
            continue
        above = parents.get(node, [])
        if len(set(above)) != 1 or node in has_units or node not in supplied or above[0] == node:
            continue
        if all(_from_records_only(data) for data in touching[node]):
            folded[node] = above[0]
    return folded


def _from_records_only(fact: Mapping) -> bool:
    extractors = {c.get("extractor") for c in fact.get("citations") or []}
    return bool(extractors) and extractors <= RECORD_EXTRACTORS


def contract_awardees(nodes: Mapping[str, Mapping], links: Sequence[Link]) -> dict[str, str]:
    """contract -> the entity it was awarded to (the first by id where a contract has several,
    a claim's only where no record names one).

    `links` are sorted by source, target and fact id.
    """
    contracts = {node for node, data in nodes.items() if data.get("type") == CONTRACT}
    awardees: dict[str, str] = {}
    # The record's holder first: a claim's (Torn Apart's American Toner & Ink for JEREMY
    # MEYER's award, claimed.py) only for an award no record gives anyone.
    for claimed in (False, True):
        for source, target, data in links:
            named = target in contracts and data.get("relation") == AWARD
            if named and bool(data.get("claimed")) == claimed:
                awardees.setdefault(target, source)
    unawarded = contracts - awardees.keys()
    if unawarded:  # a contract nobody was awarded: by its first tie
        ties: dict[str, set[str]] = defaultdict(set)
        for source, target, _ in links:
            if source in unawarded:
                ties[source].add(target)
            if target in unawarded:
                ties[target].add(source)
        for node in nodes:
            if node in unawarded and ties.get(node):
                awardees[node] = min(ties[node])
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
