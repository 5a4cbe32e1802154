"""The network as the plain data the page draws: laid-out entities, facts with their evidence.

Everything here is JSON-ready and ordered, so the same network gives the same page bytes.
Source text is passed through as data; the page shows it as text, never as markup. Facts stay
facts here (one record per relationship, with its citations); the page draws them as ties,
one edge per pair of entities and relation family, and lists the facts in its panel.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..rdf.records import documents_once
from ..schema import relation_families
from ..sources.documents import document_address
from .claimed import claimed_facts, claimed_links
from .fold import Link, contract_awardees, contracting_offices, default_ties
from .layout import (
    LABEL_PX,
    SEPARATED,
    LayoutMemo,
    ring_around,
    rounded,
    separate_labels_kept,
    start_force_layout,
)
from .style import PANEL_ORDER, family_legend, type_style

if TYPE_CHECKING:
    import networkx as nx

# Above this many entities the page opens on the most connected ones and lets the user expand.
CORE_LIMIT = 500
# Longer names are cut on the canvas, whole in the panel.
LABEL_CHARS = 32
# What the relationship reader gives that the page never shows: left out of the page's data.
PAGE_UNREAD = ("independent_sources", "disputed_fields")
# What a fact record takes of the network's edge as it is; the rest is made below.
_NOT_PASSED = frozenset({"citations", "id", *PAGE_UNREAD})
# Qualifiers every fact record carries, present or not.
FACT_FIELDS = (
    "start",
    "end",
    "amount",
    "currency",
    "status",
    "role",
    "product",
    "product_label",
    "contract",
    "contract_label",
)


@lru_cache(maxsize=1 << 16)
def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) URL with a host, else None (never a link).

    Kept per URL: a page asks about every citation's URL and archive, most of them repeated.
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def document_of(url: str | None) -> str | None:
    """The document a citation's URL names, as the build counts witnesses: one article cited
    with and without a trailing `/`, over `http` or `https`, or an award by its record and by
    its page, is one source on the page too. None without a URL."""
    return document_address(url) if url else None


def year_of(value: str | None) -> int | None:
    """The year of an xsd:gYear / gYearMonth / date literal ("2019", "2019-07", "2019-07-18")."""
    if not value:
        return None
    head = value.lstrip("-")[:4]
    return int(head) if head.isdigit() else None


def short_label(label: str) -> str:
    """The name as drawn on the canvas (the panel and tooltips show it whole)."""
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def page_data(
    net: nx.MultiDiGraph,
    *,
    title: str = "graphkit network",
    core_limit: int = CORE_LIMIT,
    layouts: LayoutMemo | None = None,
) -> dict:
    """Entities (laid out), facts, legends and the initial view of the page, as one dict.

    `layouts` keeps the force layout between builds (see layout.LayoutMemo).
    """
    facts = sorted(net.edges(keys=True, data=True))  # once: every step below reads them
    return entities_page_data(
        dict(net.nodes(data=True)),
        [(source, target, data) for source, target, _, data in facts],
        lambda: [_fact(key, source, target, data) for source, target, key, data in facts],
        title=title,
        core_limit=core_limit,
        layouts=layouts,
    )


def entities_page_data(
    entities: Mapping[str, Mapping],
    links: Sequence[Link],
    facts: Callable[[], list[dict]],
    *,
    title: str = "graphkit network",
    core_limit: int = CORE_LIMIT,
    layouts: LayoutMemo | None = None,
) -> dict:
    """`page_data` for entities (id -> type, label, aliases, identifiers) and the facts between
    them: `links` (source, target, fields) sorted by source, target and fact id, and `facts`,
    which gives the same facts as page records (`_fact`), called while the layout runs."""
    links, facts = claimed_links(links, entities), claimed_facts(facts, entities)
    ends = [(source, target) for source, target, _ in links]
    folded = contracting_offices(entities, links)
    awardees = contract_awardees(entities, links)
    off_canvas = set(folded) | set(awardees)
    degree = _default_degree(entities, ends, folded, off_canvas)
    drawn = sorted((n for n in entities if n not in off_canvas), key=lambda n: (-degree[n], n))
    rank = {node: i for i, node in enumerate(drawn)}
    top = max(degree.values(), default=0) or 1
    # Area grows with degree, so hubs stand out without swamping the page.
    sizes = {n: round(9 + 21 * math.sqrt(degree[n] / top), 1) for n in entities}
    labels = {n: short_label(entities[n].get("label") or n) for n in entities}
    # The layout may run in a child process: the facts are drawn up meanwhile.
    layout = start_force_layout(drawn, default_ties(ends, folded, off_canvas), memo=layouts)
    edges = facts()
    positions = layout()
    separate_labels_kept(positions, drawn[:SEPARATED], labels, sizes, layouts)
    positions.update(ring_around(positions, folded))
    positions.update(ring_around(positions, awardees))
    positions = rounded(positions)
    nodes = []
    for node in sorted(entities):
        data = entities[node]
        x, y = positions.get(node, (0.0, 0.0))
        nodes.append(
            {
                "id": node,
                "label": data.get("label") or node,
                "type": data.get("type", "Entity"),
                "aliases": list(data.get("aliases") or []),
                "identifiers": dict(data.get("identifiers") or {}),
                "degree": degree[node],
                "rank": rank.get(node),
                "size": sizes[node],
                "x": x,
                "y": y,
                "fold": folded.get(node),
                "anchor": awardees.get(node),
            }
        )
    years = [y for e in edges for y in _years(e) if y is not None]
    counts = Counter(n["type"] for n in nodes)
    return {
        "title": title,
        "types": [
            {
                "name": t,
                "color": type_style(t)[0],
                "shape": type_style(t)[1],
                "count": counts[t],
            }
            for t in sorted(counts)
        ],
        "families": family_legend(),
        "panel_order": list(PANEL_ORDER),
        "labels": {"px": LABEL_PX, "chars": LABEL_CHARS},
        "years": [min(years), max(years)] if years else None,
        "initial": sorted(drawn[:core_limit]) if len(drawn) > core_limit else None,
        "offices": len(folded),
        "contracts": len(awardees),
        "nodes": nodes,
        "edges": edges,
    }


def _years(fact: Mapping) -> tuple:
    """A fact's years: its own, or its dates' where it leaves them out (`pack.LeanFacts`)."""
    if "from_year" in fact:
        return fact["from_year"], fact["to_year"]
    return year_of(fact["start"]), year_of(fact["end"])


def _default_degree(
    entities: Mapping, ends: list[tuple[str, str]], folded: dict, off_canvas: set
) -> dict[str, int]:
    """Facts each entity has on the default canvas; an agency counts its folded offices' too.

    Entities kept off the canvas (offices, contracts) count their own facts.
    """
    degree = dict.fromkeys(entities, 0)
    for source, target in ends:
        for end in {source, target} & off_canvas:
            degree[end] += 1
        a, b = folded.get(source, source), folded.get(target, target)
        if a != b and a not in off_canvas and b not in off_canvas:
            degree[a] += 1
            degree[b] += 1
    return degree


def _fact(key: str, source: str, target: str, data: dict) -> dict:
    """One relationship as the page reads it; keys it does not know pass through untouched."""
    relation = data.get("relation", "related")
    fact = dict(data)  # copied whole, less what is not passed: cheaper than picking
    for name in _NOT_PASSED.intersection(fact):
        del fact[name]
    fact.update(
        {
            "id": key,
            "from": source,
            "to": target,
            "relation": relation,
            "family": data.get("family") or relation_families().get(relation, "business"),
            "from_year": year_of(data.get("start")),
            "to_year": year_of(data.get("end")),
            "confidence": data.get("confidence", 1.0),
            "citations": [_citation(c) for c in data.get("citations") or []],
            "ongoing": bool(data.get("ongoing")),
            "disputed": bool(data.get("disputed")),
            # Claims carry source URLs: made safe here like every citation's.
            "claims": [fact_claim(c) for c in data.get("claims") or []],
        }
    )
    for name in FACT_FIELDS:
        fact.setdefault(name, None)
    return fact


def fact_claim(claim: dict) -> dict:
    """One competing claim of a disputed fact: its own qualifiers and the source stating it."""
    return {
        # The supplier and buyer it names (None where it names the fact's own): a fact is
        # drawn between the ends a claim gives it too (claimed.py).
        "subject": claim.get("subject"),
        "object": claim.get("object"),
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
            {
                "title": s.get("title") or s.get("publisher"),
                # who the source is, as every command names a claimant (wording.source_name)
                "publisher": s.get("publisher"),
                "url": safe_url(s.get("url")),
            }
            for s in documents_once(claim.get("sources") or [])
        ],
    }


def _citation(cite: dict) -> dict:
    url = cite.get("url")
    link = safe_url(url)
    return {
        "url": link,
        "url_text": None if link else url,
        "archive": safe_url(cite.get("archive")),
        "title": cite.get("title"),
        "publisher": cite.get("publisher"),
        "date": cite.get("date"),
        "quote": cite.get("quote"),
        "locator": cite.get("locator"),
        "extractor": cite.get("extractor"),
        "confidence": cite.get("confidence"),
        "document": document_of(url),
        # The originals it counts as where not its own document (network.witness_fields).
        "witness": cite.get("witness"),
    }
