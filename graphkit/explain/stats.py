"""Counts that describe a built graph, counted by the store: no record made per fact."""

from __future__ import annotations

from collections import Counter

from rdflib import Graph

from ..query.native import store_of
from ..sources.documents import document_address
from ..vocab import ENTITY_TYPES, TG

_TYPE_NAMES = {str(iri): name for name, iri in ENTITY_TYPES.items()}
_PREFIXES = f"""
PREFIX tg: <{TG}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
_QUERIES = {
    "triples": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "types": "SELECT ?key (COUNT(*) AS ?n) WHERE { ?s a ?key } GROUP BY ?key",
    # A relationship counts once, under its relation (the least, should it state several).
    "relations": """SELECT ?key (COUNT(*) AS ?n) WHERE {
        { SELECT ?rel (MIN(?relation) AS ?key)
          WHERE { ?rel a tg:Relationship . OPTIONAL { ?rel tg:relation ?relation } }
          GROUP BY ?rel } } GROUP BY ?key""",
    # A relationship rests on one source when fewer than two independent originals state it
    # (three outlets reporting one letter are one witness), as report.json and `graphkit query
    # single-source` count it: the number the build wrote (the least, should it hold several).
    "single_source": """SELECT (COUNT(*) AS ?n) WHERE {
        { SELECT ?rel (MIN(?k) AS ?independent)
          WHERE { ?rel a tg:Relationship ; tg:independentSources ?k }
          GROUP BY ?rel }
        FILTER (?independent < 2) }""",
    # The relationships' citations, as the build counts them: a disputed fact's claims hold a
    # citation node of their own for each (quads.py), which is no second citation.
    "citations": """SELECT (COUNT(DISTINCT ?citation) AS ?n) WHERE {
        ?rel a tg:Relationship ; tg:citation ?citation }""",
    # Each described document with its URL (the least, should it hold several): counted below
    # as documents, as corroboration counts them, not as the spellings of their URLs.
    "sources": """SELECT ?key (MIN(STR(?address)) AS ?url) WHERE {
        ?key a tg:Source . OPTIONAL { ?key tg:url ?address } } GROUP BY ?key""",
    # Each relationship counts once for its subject and once for its object; an entity is
    # named by its label (the least, should it have several).
    "degree": """SELECT ?key ?n (MIN(?label) AS ?name) WHERE {
        { SELECT ?key (COUNT(*) AS ?n) WHERE {
            ?rel a tg:Relationship . { ?rel tg:subject ?key } UNION { ?rel tg:object ?key } }
          GROUP BY ?key }
        OPTIONAL { ?key rdfs:label ?label } } GROUP BY ?key ?n""",
}


def graph_stats(graph: Graph, top: int = 10) -> dict:
    """Entities by type, relationships by relation, citation and source counts, hubs."""
    store = store_of(graph)
    rows = {name: list(store.query(_PREFIXES + text)) for name, text in _QUERIES.items()}
    by_type = {str(r["key"].value): int(r["n"].value) for r in rows["types"]}
    types = {_TYPE_NAMES[iri]: n for iri, n in by_type.items() if iri in _TYPE_NAMES}
    relations: Counter = Counter()  # by the relation's name: two namespaces' `supplies` add up
    for r in rows["relations"]:
        name = str(r["key"].value).rsplit("#", 1)[-1] if r["key"] is not None else None
        relations[name] += int(r["n"].value)
    hubs = sorted(
        (
            (str(r["name"].value) if r["name"] is not None else "None", int(r["n"].value))
            for r in rows["degree"]
        ),
        key=lambda hub: (-hub[1], hub[0]),
    )[:top]
    return {
        "triples": _count(rows["triples"]),
        "entities": sum(types.values()),
        "entities_by_type": dict(sorted(types.items())),
        "relationships": sum(relations.values()),
        "relationships_by_relation": dict(sorted(relations.items())),
        "citations": _count(rows["citations"]),
        "sources": len({_document(r) for r in rows["sources"]}),
        "single_source_relationships": _count(rows["single_source"]),
        "most_connected": [{"entity": name, "relationships": d} for name, d in hubs],
    }


def _document(row) -> str:
    """The document a source node stands for: one page whose URL is written two ways (or an
    award's record and its page) is one, as corroboration counts it; a source without a URL
    is its node."""
    url = row["url"]
    return document_address(url.value) if url is not None else str(row["key"].value)


def _count(rows: list) -> int:
    return int(rows[0]["n"].value) if rows else 0


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
