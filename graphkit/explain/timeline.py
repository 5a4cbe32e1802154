"""One entity's facts in order of valid time, with the date each was reported beside it."""

from __future__ import annotations

import networkx as nx

from ..exc import QueryError
from .evidence import claims_own
from .wording import (
    claim_lines,
    claim_side,
    claimed_note,
    claims_naming,
    end,
    named,
    qualifiers,
    reported,
    sentence,
    short_id,
    shown,
    shown_citations,
    valid_time,
)

FACT_FIELDS = (
    "start",
    "end",
    "ongoing",
    "amount",
    "currency",
    "product",
    "product_label",
    "role",
    "status",
    "disputed",
    "disputed_fields",
    "claims",
    # The award a fact is under: two awards of one firm at one office, alike in dates and
    # amount (two IDVs of 0 USD begun one day), read as one line twice without it.
    "contract_label",
)


def timeline(net: nx.MultiDiGraph, node: str) -> dict:
    """The entity's facts as plain data: `dated` in order of valid time, then `undated`.

    A fact is dated when it has a start or an end (valid time, when it was true). Its
    `reported` date is the earliest date of the sources citing it (reporting time): the two
    are kept apart. Undated facts follow in order of reporting date.
    """
    if node not in net:
        raise QueryError(f"{short_id(node)!r} is not an entity of the network")
    facts = []
    for source, target, key, data in net.in_edges(node, keys=True, data=True):
        facts.append(_fact(net, source == node, source, target, key, data))
    for source, target, key, data in net.out_edges(node, keys=True, data=True):
        if source != target:  # a self-loop is already listed as an incoming fact
            facts.append(_fact(net, True, source, target, key, data))
    # A fact that names the entity only in one source's claim (a report's supplier of an award
    # a record gives another) is the entity's too, read from the side the claim puts it on.
    for source, target, key, data in net.edges(keys=True, data=True):
        claims = data.get("claims") or ()
        if node in (source, target) or not claims:
            continue
        side = claim_side(claims, node, source, target)
        if side is not None:
            outgoing, other = side
            fact = _fact(net, outgoing, source, target, key, data)
            fact["other"] = end(net, other)
            claims_own(fact, claims_naming(claims, node, source, target))
            fact["reported"] = reported(fact)
            facts.append({**fact, "claimed": True})
    dated = [f for f in facts if f["start"] or f["end"]]
    undated = [f for f in facts if not (f["start"] or f["end"])]
    dated.sort(
        key=lambda f: (
            f["start"] or f["end"],
            f["end"] or "9999",
            f["reported"] or "9999",
            f["relation"],
            f["other"]["label"],
            f["id"],
        )
    )
    undated.sort(
        key=lambda f: (f["reported"] or "9999", f["relation"], f["other"]["label"], f["id"])
    )
    data = net.nodes[node]
    return {
        "entity": {
            "id": short_id(node),
            "label": data["label"],
            "type": data["type"],
            **named(net, node),
        },
        "dated": dated,
        "undated": undated,
    }


def _fact(net, outgoing: bool, source, target, key, data) -> dict:
    other = target if outgoing else source
    fact = {
        "id": key.rsplit("/", 1)[-1],
        "relation": data["relation"],
        "direction": "out" if outgoing else "in",
        "other": end(net, other),
        "reported": reported(data),
        "claimed": False,
    }
    for name in FACT_FIELDS:
        fact[name] = data.get(name)
    fact["citations"] = shown_citations(data["citations"])
    return fact


def format_text(answer: dict) -> str:
    """One line per fact: valid time, the fact from the entity's side, reporting date and source."""
    entity = answer["entity"]
    lines = [
        f"{entity['label']} ({entity['type']}, {entity['id']}): "
        f"{len(answer['dated'])} dated, {len(answer['undated'])} undated"
    ]
    if not answer["dated"] and not answer["undated"]:
        lines.append("  no facts")
    rows = [(_valid(f), f) for f in answer["dated"]]
    width = max((len(v) for v, _f in rows), default=0)
    if rows:
        lines += ["", f"{'valid time':<{width}}  fact  (reported)"]
    for valid, fact in rows:
        lines.append(f"{valid:<{width}}  {_line(shown(entity), fact)}")
        lines += [f"{'':<{width}}    {line}" for line in _claims(fact)]
    if answer["undated"]:
        lines += ["", "undated:"]
        for fact in answer["undated"]:
            lines.append(f"  {_line(shown(entity), fact)}")
            lines += [f"      {line}" for line in _claims(fact)]
    return "\n".join(lines) + "\n"


def _valid(fact: dict) -> str:
    return valid_time(fact) if fact["start"] else f"until {fact['end']}"


def _claims(fact: dict) -> list[str]:
    """The competing claims of a disputed fact, one line each."""
    return [f"claim: {line}" for line in claim_lines(fact)]


def _line(label: str, fact: dict) -> str:
    text = sentence(label, fact["relation"], shown(fact["other"]), fact["direction"] == "out")
    quals = qualifiers({k: v for k, v in fact.items() if k not in ("start", "end", "ongoing")})
    if fact.get("contract_label"):
        award = f"award: {fact['contract_label']}"
        quals = f"{quals[:-1]}; {award}]" if quals else f"[{award}]"
    publishers = sorted({c["publisher"] for c in fact["citations"] if c.get("publisher")})
    when = fact["reported"] or "date unknown"
    source = f", {'; '.join(publishers)}" if publishers else ""
    return f"{text}{'  ' + quals if quals else ''}  (reported {when}{source}){claimed_note(fact)}"
