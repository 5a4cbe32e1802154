"""The graph as a network: one node per entity, one edge per relationship (networkx)."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
from rdflib import Graph

from .rdf.model_records import model_entities, model_relationships
from .rdf.records import (
    CitationRecord,
    EntityRecord,
    RelationshipRecord,
    read_entities,
    read_relationships,
)
from .rdf.witnesses import witness_fields
from .resolve.merge import Relationship
from .resolve.provenance import Provenance
from .schema import relation_families
from .sources.registry import Registry


def to_network(graph: Graph) -> nx.MultiDiGraph:
    """Entities with type and label; relationship edges with qualifiers and citations."""
    return _network(read_entities(graph), read_relationships(graph))


def model_network(
    registry: Registry, relationships: list[Relationship], provenance: Provenance | None = None
) -> nx.MultiDiGraph:
    """The network `to_network` reads from the graph a build writes of this model, made from
    the model itself: no pass over the graph's triples."""
    return _network(
        model_entities(registry), model_relationships(registry, relationships, provenance)
    )


def _network(
    entities: Iterable[EntityRecord], relationships: Iterable[RelationshipRecord]
) -> nx.MultiDiGraph:
    net = nx.MultiDiGraph()
    for entity in entities:
        if not entity.types:
            continue
        net.add_node(
            entity.iri,
            type=entity.types[0],
            label=entity.label,
            aliases=list(entity.aliases),
            identifiers=dict(entity.identifiers),
        )
    families = relation_families()
    edges: dict[str, tuple[str, str, dict]] = {}
    for record in relationships:
        cited = [c for c in record.citations if c.source is not None]
        if None in (record.subject, record.relation, record.object) or not cited:
            continue
        has_money = record.amount is not None and record.currency is not None
        citations = [_citation(c) for c in cited]
        # What each counts as among the fact's originals, where that is not its own document:
        # the page's ties count sources so (a copy of a publisher's records with its original).
        counted = witness_fields([c.source for c in cited])
        for citation, witness in zip(citations, counted, strict=True):
            if witness is not None:
                citation["witness"] = witness
        # The strongest citation decides whether a confidence filter keeps the edge.
        confidence = max(
            (c["confidence"] for c in citations if c["confidence"] is not None), default=1.0
        )
        edges[record.iri] = (
            record.subject,
            record.object,
            {
                "id": record.iri,
                "relation": record.relation,
                "family": families.get(record.relation, "business"),
                "start": record.start,
                "end": record.end,
                "amount": record.amount if has_money else None,
                "currency": record.currency if has_money else None,
                "status": record.status,
                "citations": citations,
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
                "confidence": confidence,
            },
        )
    nodes = net.nodes
    # Each edge's attributes are made once above and handed over whole, in IRI order.
    net.add_edges_from(
        (source, target, rel, attrs)
        for rel, (source, target, attrs) in sorted(edges.items())
        if source in nodes and target in nodes
    )
    return net


def _citation(cite: CitationRecord) -> dict:
    source = cite.source
    return {
        "url": source.url,
        "title": source.title,
        "publisher": source.publisher,
        "date": cite.reported or source.date,  # a record's row may give its own (a report's)
        "quote": cite.quote,
        "locator": cite.locator,
        "extractor": cite.extractor,
        "confidence": cite.confidence_value,
        "archive": source.archive,
    }
