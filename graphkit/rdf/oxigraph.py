"""oxrdflib's Oxigraph store, giving back plain literals as rdflib's memory store does.

RDF 1.1 makes "x" and "x"^^xsd:string the same literal; Oxigraph reports the datatype, rdflib's
memory store does not, and rdflib serialises the two differently. Mapping xsd:string back to a
plain literal keeps every output byte-identical whichever store built it.
"""

from __future__ import annotations

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from oxrdflib._converter import to_ox_quad_pattern
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_XSD_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"


def from_ox(term):
    """An rdflib term for an Oxigraph term; xsd:string literals become plain literals."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        if datatype == _XSD_DECIMAL and "." not in term.value:
            # Oxigraph keeps decimals as numbers and gives back "1"; the project writes "1.0".
            return Literal(term.value + ".0", datatype=URIRef(datatype))
        return Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Triple):
        return from_ox(term.subject), from_ox(term.predicate), from_ox(term.object)
    raise ValueError(f"unexpected Oxigraph term: {term!r}")


def is_plain_text(term) -> bool:
    """Whether an Oxigraph term is a literal `from_ox` makes plain: xsd:string, no language
    (a tagged literal's datatype is rdf:langString)."""
    return isinstance(term, ox.Literal) and term.datatype.value == _XSD_STRING


class PlainLiteralOxigraphStore(OxigraphStore):
    """The Oxigraph store behind rdflib's API, with plain literals."""

    def triples(self, triple_pattern, context=None):
        try:
            quads = self._inner.quads_for_pattern(*to_ox_quad_pattern(triple_pattern, context))
        except (TypeError, ValueError):  # a pattern term Oxigraph cannot hold matches nothing
            return iter(())
        return (
            ((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)), iter((self._graph(q),)))
            for q in quads
        )

    def _graph(self, quad) -> Graph:
        name = quad.graph_name
        if isinstance(name, ox.NamedNode):
            return Graph(identifier=URIRef(name.value), store=self)
        if isinstance(name, ox.BlankNode):
            return Graph(identifier=BNode(name.value), store=self)
        return Graph(identifier=DATASET_DEFAULT_GRAPH_ID, store=self)

    def query(self, query, initNs, initBindings, queryGraph, **kwargs):  # noqa: N803
        result = super().query(query, initNs, initBindings, queryGraph, **kwargs)
        if result.type == "SELECT":
            raw = result.bindings
            result.bindings = (
                {v: plain_term(value) for v, value in row.items() if value is not None}
                for row in raw
            )
        elif result.type == "CONSTRUCT":
            plain = Graph()
            for s, p, o in result.graph:
                plain.add((s, p, plain_term(o)))
            result.graph = plain
        return result


def plain_term(term):
    """The project's spelling of a literal a server canonicalised (see the module's note)."""
    if isinstance(term, Literal) and term.datatype is not None:
        datatype = str(term.datatype)
        if datatype == _XSD_STRING:
            return Literal(str(term))
        if datatype == _XSD_DECIMAL and "." not in str(term):
            return Literal(str(term) + ".0", datatype=term.datatype)
    return term
