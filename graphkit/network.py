"""The graph as a network: one node per entity, one edge per relationship (networkx)."""

from __future__ import annotations

import networkx as nx
from rdflib import RDF, RDFS, Graph

from .vocab import ENTITY_TYPES, TG

FAMILIES = {
    "develops": "business", "supplies": "business", "uses": "business", "hosts": "business",
    "funds": "business", "awardedContract": "business",
    "opposes": "stance", "supports": "stance", "investigates": "stance",
    "partOf": "structure", "leads": "structure", "worksFor": "structure",
}

_EDGES = """
SELECT ?rel ?s ?p ?o ?start ?end ?amount ?currency ?status ?cite ?url ?title ?publisher ?date ?quote
       ?product ?productLabel ?role ?contract ?locator ?extractor ?confidence ?archive
WHERE {
    ?rel a tg:Relationship ; tg:subject ?s ; tg:relation ?p ; tg:object ?o ; tg:citation ?cite .
    OPTIONAL { ?rel tg:startDate ?start } OPTIONAL { ?rel tg:endDate ?end }
    OPTIONAL { ?rel tg:amount ?amount ; tg:currency ?currency } OPTIONAL { ?rel tg:status ?status }
    ?cite tg:source ?src .
    OPTIONAL { ?src tg:url ?url } OPTIONAL { ?src tg:title ?title }
    OPTIONAL { ?src tg:publisher ?publisher } OPTIONAL { ?src tg:published ?date }
    OPTIONAL { ?cite tg:quote ?quote }
    OPTIONAL { ?rel tg:product ?product OPTIONAL { ?product rdfs:label ?productLabel } }
    OPTIONAL { ?rel tg:role ?role } OPTIONAL { ?rel tg:contract ?contract }
    OPTIONAL { ?cite tg:locator ?locator } OPTIONAL { ?cite tg:extractor ?extractor }
    OPTIONAL { ?cite tg:confidence ?confidence } OPTIONAL { ?src tg:archiveUrl ?archive }
}
"""

_TYPE_NAMES = {iri: name for name, iri in ENTITY_TYPES.items()}


def to_network(graph: Graph) -> nx.MultiDiGraph:
    """Entities with type and label; relationship edges with qualifiers and citations."""
    net = nx.MultiDiGraph()
    for node in sorted(set(graph.subjects(RDF.type, None))):
        kinds = [_TYPE_NAMES[t] for t in graph.objects(node, RDF.type) if t in _TYPE_NAMES]
        if not kinds:
            continue
        aliases = sorted(str(a) for a in graph.objects(node, TG.alias))
        net.add_node(str(node), type=sorted(kinds)[0], label=str(graph.value(node, RDFS.label) or node),
                     aliases=aliases)
    edges: dict[str, dict] = {}
    for row in graph.query(_EDGES, initNs={"tg": TG._NS, "rdfs": RDFS}):
        rel = str(row.rel)
        edge = edges.get(rel)
        if edge is None:
            relation = str(row.p).rsplit("#", 1)[1]
            edge = edges[rel] = {
                "id": rel, "source": str(row.s), "target": str(row.o), "relation": relation,
                "family": FAMILIES.get(relation, "business"),
                "start": _text(row.start), "end": _text(row.end),
                "amount": _text(row.amount), "currency": _text(row.currency),
                "status": _text(row.status), "citations": {},
                "product": _text(row.product), "product_label": _text(row.productLabel),
                "role": _text(row.role), "contract": _text(row.contract),
            }
        edge["citations"][str(row.cite)] = {
            "url": _text(row.url), "title": _text(row.title), "publisher": _text(row.publisher),
            "date": _text(row.date), "quote": _text(row.quote),
            "locator": _text(row.locator), "extractor": _text(row.extractor),
            "confidence": None if row.confidence is None else float(row.confidence),
            "archive": _text(row.archive),
        }
    for rel in sorted(edges):
        edge = edges[rel]
        if edge["source"] not in net or edge["target"] not in net:
            continue
        edge["citations"] = [edge["citations"][k] for k in sorted(edge["citations"])]
        # The strongest citation decides whether a confidence filter keeps the edge.
        edge["confidence"] = max((c["confidence"] for c in edge["citations"]
                                  if c["confidence"] is not None), default=1.0)
        net.add_edge(edge["source"], edge["target"], key=rel, **{k: v for k, v in edge.items()
                                                               if k not in ("source", "target")})
    return net


def _text(value) -> str | None:
    return None if value is None else str(value)
