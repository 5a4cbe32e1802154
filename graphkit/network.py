"""The graph as a network: one node per entity, one edge per relationship (networkx)."""

from __future__ import annotations

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal

from .vocab import ENTITY_TYPES, TG

FAMILIES = {
    "develops": "business",
    "supplies": "business",
    "uses": "business",
    "hosts": "business",
    "funds": "business",
    "awardedContract": "business",
    "opposes": "stance",
    "supports": "stance",
    "investigates": "stance",
    "partOf": "structure",
    "leads": "structure",
    "worksFor": "structure",
}

_TYPE_NAMES = {iri: name for name, iri in ENTITY_TYPES.items()}


def to_network(graph: Graph) -> nx.MultiDiGraph:
    """Entities with type and label; relationship edges with qualifiers and citations."""
    net = nx.MultiDiGraph()
    # Only subjects typed with an entity class: relationships, citations and sources are many.
    entities = {node for kind in _TYPE_NAMES for node in graph.subjects(RDF.type, kind)}
    for node in sorted(entities):
        kinds = [_TYPE_NAMES[t] for t in graph.objects(node, RDF.type) if t in _TYPE_NAMES]
        if not kinds:
            continue
        aliases = sorted(str(a) for a in graph.objects(node, TG.alias))
        label = str(graph.value(node, RDFS.label) or node)
        net.add_node(str(node), type=sorted(kinds)[0], label=label, aliases=aliases)
    # Direct triple lookups, not one SPARQL query with a dozen OPTIONALs: the same edges,
    # some thirty times faster, which is what keeps 100k-fact graphs usable.
    edges: dict[str, dict] = {}
    sources: dict = {}
    for rel_node in graph.subjects(RDF.type, TG.Relationship):
        rel_props = _properties(graph, rel_node)
        ends = [rel_props.get(p) for p in (TG.subject, TG.relation, TG.object)]
        cites = {c: _properties(graph, c) for c in graph.objects(rel_node, TG.citation)}
        cites = {c: props for c, props in cites.items() if TG.source in props}
        if None in ends or not cites:
            continue
        rel = str(rel_node)
        relation = str(ends[1]).rsplit("#", 1)[1]
        product = rel_props.get(TG.product)
        has_currency = TG.currency in rel_props
        edge = edges[rel] = {
            "id": rel,
            "source": str(ends[0]),
            "target": str(ends[2]),
            "relation": relation,
            "family": FAMILIES.get(relation, "business"),
            "start": _text(rel_props.get(TG.startDate)),
            "end": _text(rel_props.get(TG.endDate)),
            "amount": _text(rel_props.get(TG.amount)) if has_currency else None,
            "currency": _text(rel_props.get(TG.currency)) if TG.amount in rel_props else None,
            "status": _text(rel_props.get(TG.status)),
            "citations": {},
            "product": _text(product),
            "product_label": None if product is None else _text(graph.value(product, RDFS.label)),
            "role": _text(rel_props.get(TG.role)),
            "contract": _text(rel_props.get(TG.contract)),
            "ongoing": rel_props.get(TG.ongoing) == Literal(True),
            "independent_sources": _int(rel_props.get(TG.independentSources)),
            "disputed": rel_props.get(TG.disputed) == Literal(True),
            "disputed_fields": sorted(str(f) for f in graph.objects(rel_node, TG.disputedField)),
        }
        edge["claims"] = relationship_claims(graph, rel_node) if edge["disputed"] else []
        for cite, cite_props in cites.items():
            source = cite_props[TG.source]
            if source not in sources:  # a source is cited by many facts: read it once
                sources[source] = _properties(graph, source)
            src = sources[source]
            confidence = cite_props.get(TG.confidence)
            edge["citations"][str(cite)] = {
                "url": _text(src.get(TG.url)),
                "title": _text(src.get(TG.title)),
                "publisher": _text(src.get(TG.publisher)),
                "date": _text(src.get(TG.published)),
                "quote": _text(cite_props.get(TG.quote)),
                "locator": _text(cite_props.get(TG.locator)),
                "extractor": _text(cite_props.get(TG.extractor)),
                "confidence": None if confidence is None else float(confidence),
                "archive": _text(src.get(TG.archiveUrl)),
            }
    for rel in sorted(edges):
        edge = edges[rel]
        if edge["source"] not in net or edge["target"] not in net:
            continue
        edge["citations"] = [edge["citations"][k] for k in sorted(edge["citations"])]
        # The strongest citation decides whether a confidence filter keeps the edge.
        edge["confidence"] = max(
            (c["confidence"] for c in edge["citations"] if c["confidence"] is not None), default=1.0
        )
        net.add_edge(
            edge["source"],
            edge["target"],
            key=rel,
            **{k: v for k, v in edge.items() if k not in ("source", "target")},
        )
    return net


def relationship_claims(graph: Graph, rel_node) -> list[dict]:
    """The competing claims of a disputed relationship, each with its qualifiers and sources.

    Ordered as the build ranked them: claims resting on a record or an organisation's own
    statement first, denials last; each claim's sources by title.
    """
    claims = []
    for node in graph.objects(rel_node, TG.claim):
        props = _properties(graph, node)
        sources = []
        for cite in graph.objects(node, TG.citation):
            source = graph.value(cite, TG.source)
            sources.append(
                {
                    "title": _text(graph.value(source, TG.title)),
                    "url": _text(graph.value(source, TG.url)),
                    "publisher": _text(graph.value(source, TG.publisher)),
                    "locator": _text(graph.value(cite, TG.locator)),
                }
            )
        sources = sorted(
            {tuple(sorted(s.items(), key=str)): s for s in sources}.values(),
            key=lambda s: (s["title"] or "", s["url"] or "", s["locator"] or ""),
        )
        product = props.get(TG.product)
        obj = props.get(TG.claimedObject)
        claims.append(
            {
                "object": _text(obj),
                "object_label": None if obj is None else _text(graph.value(obj, RDFS.label)),
                "amount": _text(props.get(TG.amount)),
                "currency": _text(props.get(TG.currency)),
                "start": _text(props.get(TG.startDate)),
                "end": _text(props.get(TG.endDate)),
                "ongoing": props.get(TG.ongoing) == Literal(True),
                "product": _text(product),
                "product_label": None
                if product is None
                else _text(graph.value(product, RDFS.label)),
                "status": _text(props.get(TG.status)),
                "denied": props.get(TG.denied) == Literal(True),
                "source": sources[0]["title"] if sources else None,
                "url": sources[0]["url"] if sources else None,
                "sources": sources,
            }
        )
    rank = {"confirmed": 0, "reported": 1, "alleged": 2}
    claims.sort(
        key=lambda c: (c["denied"], rank.get(c["status"], 1), c["source"] or "", c["amount"] or "")
    )
    return claims


def _int(value) -> int | None:
    return None if value is None else int(value)


def _properties(graph: Graph, node) -> dict:
    """predicate -> object for one node (the smallest object where a predicate repeats)."""
    found: dict = {}
    for pred, obj in graph.predicate_objects(node):
        if pred not in found or obj < found[pred]:
            found[pred] = obj
    return found


def _text(value) -> str | None:
    return None if value is None else str(value)
