"""The graph as a network: one node per entity, one edge per relationship (networkx)."""

from __future__ import annotations

import networkx as nx
from rdflib import RDF, RDFS, Graph, URIRef

from .vocab import ENTITY_TYPES, ONTOLOGY_IRI, TG

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
# Read by IRI, not through TG: graphs built before sources could disagree do not have it, and
# a relationship without it is simply undisputed.
_DISPUTED = URIRef(ONTOLOGY_IRI + "#disputed")


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
            "disputed": _true(rel_props.get(_DISPUTED)),
            "citations": {},
            "product": _text(product),
            "product_label": None if product is None else _text(graph.value(product, RDFS.label)),
            "role": _text(rel_props.get(TG.role)),
            "contract": _text(rel_props.get(TG.contract)),
        }
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


def _properties(graph: Graph, node) -> dict:
    """predicate -> object for one node (the smallest object where a predicate repeats)."""
    found: dict = {}
    for pred, obj in graph.predicate_objects(node):
        if pred not in found or obj < found[pred]:
            found[pred] = obj
    return found


def _text(value) -> str | None:
    return None if value is None else str(value)


def _true(value) -> bool:
    return value is not None and str(value).strip().lower() in ("true", "1")
