"""Counts that describe a built graph."""

from __future__ import annotations

from collections import Counter

from rdflib import RDF, Graph

from ..rdf.records import read_relationships
from ..vocab import ENTITY_TYPES, TG

_TYPE_NAMES = {iri: name for name, iri in ENTITY_TYPES.items()}


def graph_stats(graph: Graph, top: int = 10) -> dict:
    """Entities by type, relationships by relation, citation and source counts, hubs."""
    types = Counter(_TYPE_NAMES[t] for t in graph.objects(None, RDF.type) if t in _TYPE_NAMES)
    records = list(read_relationships(graph))
    relations = Counter(record.relation for record in records)
    sources_per_rel = [
        len({c.source.iri if c.source else None for c in record.citations}) for record in records
    ]
    degree: Counter = Counter()
    labels: dict = {}
    for record in records:
        for end, label in (
            (record.subject, record.subject_label),
            (record.object, record.object_label),
        ):
            degree[end] += 1
            labels[end] = label
    hubs = sorted(degree.items(), key=lambda kv: (-kv[1], str(labels[kv[0]])))[:top]
    return {
        "triples": len(graph),
        "entities": sum(types.values()),
        "entities_by_type": dict(sorted(types.items())),
        "relationships": sum(relations.values()),
        "relationships_by_relation": dict(sorted(relations.items())),
        "citations": sum(1 for _ in graph.subjects(RDF.type, TG.Citation)),
        "sources": sum(1 for _ in graph.subjects(RDF.type, TG.Source)),
        "single_source_relationships": sum(1 for n in sources_per_rel if n == 1),
        "most_connected": [{"entity": str(labels[n]), "relationships": d} for n, d in hubs],
    }


def format_text(stats: dict) -> str:
    lines = [
        f"triples        {stats['triples']}",
        f"entities       {stats['entities']}",
        *(f"  {k:<20} {v}" for k, v in stats["entities_by_type"].items()),
        f"relationships  {stats['relationships']}",
        *(f"  {k:<20} {v}" for k, v in stats["relationships_by_relation"].items()),
        f"citations      {stats['citations']}",
        f"sources        {stats['sources']}",
        f"single-source relationships  {stats['single_source_relationships']}",
        "most connected:",
        *(f"  {h['relationships']:>4}  {h['entity']}" for h in stats["most_connected"]),
    ]
    return "\n".join(lines) + "\n"
