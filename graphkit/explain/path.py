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
from ..schema import relation_families
from ..vocab import RELATIONS
from .evidence import (
    best_citation,
    citation_document,
    claims_own,
    fact_strength,
    strength_key,
)
from .wording import (
    arrow,
    citation_line,
    claim_ends,
    claimants,
    claimed_pair,
    named,
    qualifiers,
    sentence,
    short_id,
    shown,
    shown_citations,
)

DEFAULT_MAX_HOPS = 6
DEFAULT_LIMIT = 20
# Without --all: the few best-supported paths a reader takes in at once.
DEFAULT_SHOWN = 5
_FACT_FIELDS = (
    "start",
    "end",
    "amount",
    "currency",
    "product",
    "product_label",
    "role",
    "status",
    "ongoing",
    "disputed",
    "disputed_fields",
    "claims",
    "independent_sources",
)


def undirected(
    net: nx.MultiDiGraph, relations: tuple[str, ...] = (), claimed: bool = False
) -> nx.Graph:
    """One edge per pair of tied entities; `facts` lists the (source, target, key) it stands for.

    With `relations`, only facts with those relations tie entities. With `claimed`, a disputed
    fact also ties the ends one source's claim gives it (Torn Apart's supplier of an award
    USAspending gives another firm): such a tie's facts are (source, target, key, claim ends).
    """
    view = nx.Graph()
    view.add_nodes_from(sorted(net.nodes))
    for source, target, key, relation in sorted(net.edges(keys=True, data="relation")):
        if relations and relation not in relations:
            continue
        ties = [(source, target, (source, target, key))]
        if claimed:
            claims = net.edges[source, target, key].get("claims") or ()
            ties += [
                (*ends, (source, target, key, ends))
                for ends in claim_ends(source, target, claims, net)
            ]
        for left, right, fact in ties:
            if left == right:
                continue
            if view.has_edge(left, right):
                view[left][right]["facts"].append(fact)
            else:
                view.add_edge(left, right, facts=[fact])
    return view


FAMILY_NAMES = ("business", "structure", "stance")
# What a question "how is X tied to Y" means by default: dealings and structure. Stances
# (opposes, supports, investigates) tie almost everything to everything through newsrooms and
# advocacy groups, so they are walked only when asked for.
DEFAULT_FAMILIES = ("business", "structure")
# Paths are ranked by evidence among this many candidates, taken shortest first.
CANDIDATES = 200
# Without --all, paths at most this many hops longer than the shortest are candidates.
DEFAULT_EXTRA_HOPS = 2


def check_relations(relations: tuple[str, ...]) -> None:
    """QueryError for a relation the ontology does not have, with the closest name."""
    for name in relations:
        if name not in RELATIONS:
            hint = did_you_mean(name, RELATIONS)
            hint = f"; {hint}" if hint else ""
            raise QueryError(
                f"no relation called {name!r}{hint} (relations: {', '.join(RELATIONS)})"
            )


def expand_relations(names: tuple[str, ...], every: bool = False) -> tuple[str, ...]:
    """Relations and families (`business`, `structure`, `stance`) as relations; none given
    means the business and structure relations, `every` means all of them."""
    if every:
        return tuple(RELATIONS)
    names = names or DEFAULT_FAMILIES
    found: list[str] = []
    for name in names:
        members = (
            [r for r in RELATIONS if relation_families().get(r) == name]
            if name in FAMILY_NAMES
            else [name]
        )
        found += [r for r in members if r not in found]
    check_relations(tuple(found))
    return tuple(found)


def find_paths(
    net: nx.MultiDiGraph,
    source: str,
    target: str,
    *,
    max_hops: int = DEFAULT_MAX_HOPS,
    relations: tuple[str, ...] | None = None,
    all_paths: bool = False,
    limit: int = DEFAULT_LIMIT,
) -> dict:
    """The best-supported paths between two entities, as plain data.

    `source` and `target` are node ids (entity IRIs); `relations` are the relations walked
    (None: business and structure, see `expand_relations`). Candidates are the shortest simple
    paths up to `max_hops` (without `all_paths`, at most two hops longer than the shortest),
    ranked by their weakest hop's strength (`evidence.claim_strength`), then length: paths
    free of stance hops first. The answer holds at most `limit` paths; `truncated` says whether
    more exist. `shortest_hops` is the length of the shortest path even beyond `max_hops`.
    """
    relations = expand_relations(()) if relations is None else tuple(relations)
    check_relations(relations)
    for node in (source, target):
        if node not in net:
            raise QueryError(f"{short_id(node)!r} is not an entity of the network")
    if source == target:
        raise QueryError("the two entities are the same; name two different entities")
    view = undirected(net, relations, claimed=True)
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
    longest = max_hops if all_paths else min(max_hops, answer["shortest_hops"] + DEFAULT_EXTRA_HOPS)
    found = itertools.takewhile(
        lambda p: len(p) - 1 <= longest, nx.shortest_simple_paths(view, source, target)
    )
    paths = [_path(net, view, nodes) for nodes in itertools.islice(found, CANDIDATES)]
    paths.sort(key=lambda p: _path_order(net, p))
    answer["truncated"] = len(paths) > limit
    answer["paths"] = paths[:limit]
    return answer


def _path_order(net: nx.MultiDiGraph, path: dict) -> tuple:
    labels = [path["hops"][0]["from"]["label"]] + [h["to"]["label"] for h in path["hops"]]
    stance = any(
        relation_families().get(h["facts"][0]["relation"]) == "stance" for h in path["hops"]
    )
    # A path resting on one source's claim comes after every path the records make alone.
    return (
        stance,
        bool(path["claimed"]),
        tuple(-x for x in strength_key(path["weakest"])),
        path["length"],
        labels,
    )


def _entity(net: nx.MultiDiGraph, node: str) -> dict:
    data = net.nodes[node]
    return {"id": short_id(node), "label": data["label"], "type": data["type"], **named(net, node)}


def _path(net: nx.MultiDiGraph, view: nx.Graph, nodes: list[str]) -> dict:
    """A path's hops, each hop's facts strongest first; the path is as strong as the hop whose
    best fact is weakest."""
    hops = []
    for left, right in itertools.pairwise(nodes):
        facts = [_fact(net, left, edge) for edge in view[left][right]["facts"]]
        facts.sort(
            key=lambda f: (
                relation_families().get(f["relation"]) == "stance",
                f["claimed"] is not None,
                tuple(-x for x in strength_key(f["strength"])),
                f["relation"],
                f["id"],
            )
        )
        hops.append(
            {
                "from": _entity(net, left),
                "to": _entity(net, right),
                "facts": facts,
                "strength": facts[0]["strength"],
            }
        )
    weakest = min((h["strength"] for h in hops), key=strength_key)
    claimed = [step for step, hop in enumerate(hops, start=1) if hop["facts"][0]["claimed"]]
    return {"hops": hops, "length": len(hops), "weakest": weakest, "claimed": claimed}


def _fact(net: nx.MultiDiGraph, left: str, edge: tuple) -> dict:
    source, target, key = edge[:3]
    data = net.edges[source, target, key]
    subject, obj = edge[3] if len(edge) > 3 else (source, target)
    fact = {
        "id": key.rsplit("/", 1)[-1],
        "relation": data["relation"],
        "direction": "forward" if subject == left else "backward",
        "subject": _entity(net, subject),
        "object": _entity(net, obj),
    }
    fact.update({name: data.get(name) for name in _FACT_FIELDS})
    fact["disputed"] = bool(data.get("disputed"))
    fact["citations"] = shown_citations(data["citations"])
    fact["claimed"] = None
    if len(edge) > 3:
        _rest_on_claims(
            fact, [c for c in data["claims"] if claimed_pair(c, source, target) == (subject, obj)]
        )
    strength = fact_strength(fact)
    fact["strength"] = {**strength._asdict(), "text": strength.describe()}
    return fact


def _rest_on_claims(fact: dict, claims: list[dict]) -> None:
    """A hop that only these claims make (their ends are not the record's): its qualifiers,
    status, citations and count of sources are theirs alone, and `claimed` names who says so."""
    fact["independent_sources"] = len(claims_own(fact, claims))
    fact["claimed"] = claimants(claims)


def format_text(answer: dict) -> str:
    """The paths, best supported first: each hop's strongest fact with the quote of its best
    citation, and why the path ranks where it does."""
    start, end = shown(answer["from"]), shown(answer["to"])
    if not answer["paths"]:
        return _no_path(answer)
    count = len(answer["paths"])
    lines = [
        f"{start} to {end}: {count}{'+' if answer['truncated'] else ''} "
        f"path{'s' if count != 1 else ''} up to {_longest(answer)} hops, "
        "best supported first"
    ]
    if not answer["all"] and set(answer["relations"]) == set(_default_relations()):
        lines.append("(business and structure ties; --all-relations adds stances)")
    for number, path in enumerate(answer["paths"], start=1):
        labels = [shown(path["hops"][0]["from"])] + [shown(h["to"]) for h in path["hops"]]
        lines += ["", f"Path {number}: {' → '.join(labels)}"]
        lines.append(f"   weakest hop: {path['weakest']['text']}")
        if path["claimed"]:
            steps = ", ".join(str(step) for step in path["claimed"])
            lines.append(
                f"   rests on one source's claim (hop{'s' if len(path['claimed']) > 1 else ''} "
                f"{steps}): its record names other ends"
            )
        cited: dict[tuple, int] = {}
        for step, hop in enumerate(path["hops"], start=1):
            lines += _hop_lines(step, hop, cited)
    if answer["truncated"]:
        lines += ["", f"(more paths exist; showing the best {count}: raise --limit to see more)"]
    return "\n".join(lines) + "\n"


def _longest(answer: dict) -> int:
    if answer["all"]:
        return answer["max_hops"]
    return min(answer["max_hops"], answer["shortest_hops"] + DEFAULT_EXTRA_HOPS)


def _default_relations() -> tuple[str, ...]:
    return expand_relations(())


def _hop_lines(step: int, hop: dict, cited: dict[tuple, int]) -> list[str]:
    """The hop's strongest fact, its best citation (once per path) and quote; a count of the
    hop's other facts, which --format json lists in full."""
    fact = hop["facts"][0]
    forward = fact["direction"] == "forward"
    left, right = shown(hop["from"]), shown(hop["to"])
    line = f"  {step}. {arrow(left, fact['relation'], right, forward)}"
    quals = qualifiers(fact)
    # The qualifiers open with "⚠ disputed: FIELDS" for a disputed fact: said once.
    line += f"  {quals}" if quals else ""
    if fact["claimed"]:
        line += f"  (named only in the claim of {', '.join(fact['claimed'])})"
    lines = [line]
    if not forward:
        lines.append(f"     ({sentence(left, fact['relation'], right, forward)})")
    lines.append(f"     {fact['strength']['text']}")
    cite = best_citation(fact["citations"])
    if cite is not None:
        text = citation_line(cite)
        # One passage of a document backing two hops is printed once, however each hop's
        # citation writes the document's URL (a trailing /, http, an award's older page).
        passage = (citation_document(cite) or text, cite.get("locator"))
        if passage in cited:
            lines.append(f"     - the same citation as hop {cited[passage]}")
        else:
            cited[passage] = step
            lines.append(f"     - {text}")
            if cite.get("quote"):
                lines.append(f"       “{cite['quote']}”")
    others = len(hop["facts"]) - 1
    if others:
        relations = sorted({f["relation"] for f in hop["facts"][1:]})
        lines.append(
            f"     (+{others} more fact{'s' if others != 1 else ''} between them: "
            f"{', '.join(relations)}; --format json lists every one)"
        )
    return lines


def _no_path(answer: dict) -> str:
    start, end = shown(answer["from"]), shown(answer["to"])
    relations = set(answer["relations"])
    if relations == set(_default_relations()):
        only = " through business and structure ties (--all-relations adds stances)"
    elif relations == set(RELATIONS):
        only = ""
    else:
        only = f" using only {', '.join(answer['relations'])}"
    if answer["shortest_hops"] is None:
        return f"{start} and {end} are not tied by any chain of facts{only}\n"
    return (
        f"no path of at most {answer['max_hops']} hops from {start} to {end}{only}; "
        f"the shortest has {answer['shortest_hops']} hops (raise --max-hops)\n"
    )
