"""The graph as a network: one node per entity, one edge per relationship (networkx)."""

from __future__ import annotations

import networkx as nx
from rdflib import RDF, RDFS, Graph

from .rdf.records import CitationRecord, read_relationships
from .schema import relation_families
from .vocab import ENTITY_TYPES, IDENTIFIER_TERMS, TG

_TYPE_NAMES = {iri: name for name, iri in ENTITY_TYPES.items()}
# Shown in an entity's summary, in this order.
_IDENTIFIERS = (("wikidata", TG.wikidata), *IDENTIFIER_TERMS.items(), ("homepage", TG.homepage))


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
        identifiers = {
            name: str(value)
            for name, prop in _IDENTIFIERS
            if (value := graph.value(node, prop)) is not None
        }
        net.add_node(
            str(node), type=sorted(kinds)[0], label=label, aliases=aliases, identifiers=identifiers
        )
    families = relation_families()
    edges: dict[str, dict] = {}
    for record in read_relationships(graph):
        cited = [c for c in record.citations if c.source is not None]
        if None in (record.subject, record.relation, record.object) or not cited:
            continue
        has_money = record.amount is not None and record.currency is not None
        edges[record.iri] = {
            "id": record.iri,
            "source": record.subject,
            "target": record.object,
            "relation": record.relation,
            "family": families.get(record.relation, "business"),
            "start": record.start,
            "end": record.end,
            "amount": record.amount if has_money else None,
            "currency": record.currency if has_money else None,
            "status": record.status,
            "citations": [_citation(c) for c in cited],
            "product": record.product,
            "product_label": record.product_label,
            "role": record.role,
            "contract": record.contract,
            "ongoing": record.ongoing,
            "independent_sources": record.independent_sources,
            "disputed": record.disputed,
            "disputed_fields": list(record.disputed_fields),
            "claims": list(record.claims),
            "contract_label": record.contract_label,
        }
    for rel in sorted(edges):
        edge = edges[rel]
        if edge["source"] not in net or edge["target"] not in net:
            continue
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


def _citation(cite: CitationRecord) -> dict:
    source = cite.source
    return {
        "url": source.url,
        "title": source.title,
        "publisher": source.publisher,
        "date": source.date,
        "quote": cite.quote,
        "locator": cite.locator,
        "extractor": cite.extractor,
        "confidence": cite.confidence_value,
        "archive": source.archive,
    }
