"""RDF exports: JSON-LD, and N-Quads with one named graph per source document.

The N-Quads put each citation's statements (the direct triple, the relationship resource, the
citation and its source) in the named graph of the document it cites, as `graphkit build` does,
and entity descriptions in the registry graph; so the graph can be loaded into a SPARQL store
and every statement traced to its source with `GRAPH ?g { ... }`.
"""

from __future__ import annotations

from collections import defaultdict

from rdflib import Graph, Literal

# rdflib's own N-Quads line writer (escaping as the N-Quads spec says). Writing lines directly
# rather than filling a Dataset first halves the time on large graphs.
from rdflib.plugins.serializers.nquads import _nq_row

from ..rdf.jsonld import stable_jsonld
from ..rdf.quads import REGISTRY_GRAPH
from ..rdf.records import reads_natively
from .placement import FOLLOWED, placed_lines


def _line(s, p, o) -> str:
    """A statement as rdflib's N-Quads writer writes it, without a graph and " .\\n"."""
    return _nq_row((s, p, o), None)[: -len("  .\n")]


def to_jsonld(graph: Graph) -> bytes:
    """The graph as JSON-LD with the project's context, nodes and values in a fixed order."""
    if reads_natively(graph):  # an Oxigraph store's default graph: read without rdflib
        from .store_jsonld import store_jsonld  # noqa: PLC0415

        text = store_jsonld(graph.store._inner)
        if text is not None:
            return text.encode("utf-8")
    return stable_jsonld(graph).encode("utf-8")


def to_nquads(graph: Graph) -> bytes:
    """The graph as sorted N-Quads, statements grouped by the source document that states them:
    a build's store as its named graphs hold them, any other graph placed by placement.py."""
    if reads_natively(graph):  # an Oxigraph store's default graph: read without rdflib
        from .store_nquads import store_nquads  # noqa: PLC0415

        return store_nquads(graph.store._inner)
    # One pass over the graph into plain dicts (placement.py's shape): a lookup per statement
    # in the store costs several times more on graphs of a million triples.
    about: dict = defaultdict(list)
    for s, p, o in graph:
        predicate = p.n3()
        about[s].append((predicate, o if predicate in FOLLOWED else None, _line(s, p, o)))
    lines = placed_lines(
        about,
        is_node=lambda o: not isinstance(o, Literal),
        graph_name=lambda node: node.n3(),
        direct_line=lambda d: _line(*d) if d in graph else None,
        registry=REGISTRY_GRAPH.n3(),
    )
    return "".join(sorted(lines)).encode("utf-8")
