"""The network as the plain data the page draws: nodes, edges with their evidence, legends.

Everything here is JSON-ready and ordered, so the same network gives the same page bytes.
Source text is passed through as data; the page shows it as text, never as markup.
"""

from __future__ import annotations

import math
from collections import defaultdict
from urllib.parse import urlsplit

import networkx as nx

from ..schema import relation_families
from .style import family_legend, type_style

# Above this many entities the page opens on the most connected ones and lets the user expand.
CORE_LIMIT = 500


def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) URL with a host, else None (never a link)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def year_of(value: str | None) -> int | None:
    """The year of an xsd:gYear / gYearMonth / date literal ("2019", "2019-07", "2019-07-18")."""
    if not value:
        return None
    head = value.lstrip("-")[:4]
    return int(head) if head.isdigit() else None


def page_data(
    net: nx.MultiDiGraph, *, title: str = "graphkit network", core_limit: int = CORE_LIMIT
) -> dict:
    """Nodes, edges, legends and the initial view of the page, as one JSON-ready dict."""
    degree = dict(net.degree())
    top = max(degree.values(), default=0) or 1
    nodes = []
    for node in sorted(net.nodes):
        data = net.nodes[node]
        nodes.append(
            {
                "id": node,
                "label": data.get("label") or node,
                "type": data.get("type", "Entity"),
                "aliases": list(data.get("aliases") or []),
                "degree": degree[node],
                # Area grows with degree, so hubs stand out without swamping the page.
                "size": round(9 + 21 * math.sqrt(degree[node] / top), 1),
            }
        )
    edges = []
    pair_count: dict[tuple[str, str], int] = defaultdict(int)
    for source, target, key in sorted(net.edges(keys=True)):
        data = net.edges[source, target, key]
        pair = (min(source, target), max(source, target))
        curve = pair_count[pair]
        pair_count[pair] += 1
        citations = [_citation(c) for c in data.get("citations") or []]
        relation = data.get("relation", "related")
        edges.append(
            {
                "id": key,
                "from": source,
                "to": target,
                "relation": relation,
                "family": data.get("family") or relation_families().get(relation, "business"),
                "start": data.get("start"),
                "end": data.get("end"),
                "from_year": year_of(data.get("start")),
                "to_year": year_of(data.get("end")),
                "amount": data.get("amount"),
                "currency": data.get("currency"),
                "status": data.get("status"),
                "role": data.get("role"),
                "product": data.get("product"),
                "product_label": data.get("product_label"),
                "confidence": data.get("confidence", 1.0),
                "curve": curve,
                "width": edge_width(len(citations), data.get("amount")),
                "citations": citations,
                "ongoing": bool(data.get("ongoing")),
                "disputed": bool(data.get("disputed")),
                "claims": [_claim(c) for c in data.get("claims") or []],
            }
        )
    years = [y for e in edges for y in (e["from_year"], e["to_year"]) if y is not None]
    present_types = sorted({n["type"] for n in nodes})
    initial = None
    if len(nodes) > core_limit:
        ranked = sorted(nodes, key=lambda n: (-n["degree"], n["id"]))[:core_limit]
        initial = sorted(n["id"] for n in ranked)
    return {
        "title": title,
        "types": [
            {
                "name": t,
                "color": type_style(t)[0],
                "shape": type_style(t)[1],
                "count": sum(1 for n in nodes if n["type"] == t),
            }
            for t in present_types
        ],
        "families": family_legend(),
        "years": [min(years), max(years)] if years else None,
        "initial": initial,
        "nodes": nodes,
        "edges": edges,
    }


def edge_width(citations: int, amount: str | None) -> float:
    """Wider with more citations, and with larger amounts (one step per factor of ten)."""
    width = 1 + 1.5 * max(citations - 1, 0)
    try:
        value = float(amount) if amount else 0.0
    except ValueError:
        value = 0.0
    if value > 0:
        width = max(width, math.log10(value) - 2)
    return round(min(width, 10.0), 1)


def _claim(claim: dict) -> dict:
    """One competing claim of a disputed fact: its own qualifiers and the source stating it."""
    return {
        "amount": claim.get("amount"),
        "currency": claim.get("currency"),
        "start": claim.get("start"),
        "end": claim.get("end"),
        "ongoing": bool(claim.get("ongoing")),
        "product": claim.get("product_label") or claim.get("product"),
        "status": claim.get("status"),
        "denied": bool(claim.get("denied")),
        "source": claim.get("source"),
        "url": safe_url(claim.get("url")),
        "sources": [
            {"title": s.get("title") or s.get("publisher"), "url": safe_url(s.get("url"))}
            for s in claim.get("sources") or []
        ],
    }


def _citation(cite: dict) -> dict:
    url = cite.get("url")
    return {
        "url": safe_url(url),
        "url_text": None if safe_url(url) else url,
        "archive": safe_url(cite.get("archive")),
        "title": cite.get("title"),
        "publisher": cite.get("publisher"),
        "date": cite.get("date"),
        "quote": cite.get("quote"),
        "locator": cite.get("locator"),
        "extractor": cite.get("extractor"),
        "confidence": cite.get("confidence"),
    }
