"""Read-only lookups on an Oxigraph store's default graph, answered with rdflib terms.

The relationship reader (`records.py`) and the network (`network.py`) ask a graph for the
objects of a node, its predicates and values. Through oxrdflib each answer passes rdflib's
store layer, which makes a Graph object per triple; here each lookup goes to the store, and
each distinct term is converted to rdflib once and remembered (entities, predicates and
sources repeat across thousands of triples). The answers, and their order, are the store's.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from .oxigraph import from_ox

_DEFAULT = ox.DefaultGraph()


class StoreView:
    """The default graph of a store, with the lookups of rdflib's Graph that readers use."""

    def __init__(self, store: ox.Store) -> None:
        self._store = store
        self._terms: dict = {}  # Oxigraph term -> rdflib term

    def _rdflib(self, term):
        found = self._terms.get(term)
        if found is None:
            found = self._terms[term] = from_ox(term)
        return found

    def triples(self, pattern) -> Iterator[tuple]:
        subject, predicate, obj = (_to_ox(t) for t in pattern)
        if False in (subject, predicate, obj):  # a term Oxigraph cannot hold matches nothing
            return
        convert = self._rdflib
        for quad in self._store.quads_for_pattern(subject, predicate, obj, _DEFAULT):
            yield convert(quad.subject), convert(quad.predicate), convert(quad.object)

    def subjects(self, predicate=None, object=None) -> Iterator:  # noqa: A002 - rdflib's name
        return (s for s, _, _ in self.triples((None, predicate, object)))

    def objects(self, subject=None, predicate=None) -> Iterator:
        return (o for _, _, o in self.triples((subject, predicate, None)))

    def predicate_objects(self, subject=None) -> Iterator[tuple]:
        return ((p, o) for _, p, o in self.triples((subject, None, None)))

    def value(self, subject=None, predicate=None):
        return next(self.objects(subject, predicate), None)

    def __contains__(self, triple) -> bool:
        return next(self.triples(triple), None) is not None


def _to_ox(term):
    """An Oxigraph term for an rdflib pattern term; None stays a wildcard, False if impossible."""
    if term is None:
        return None
    try:
        if isinstance(term, URIRef):
            return ox.NamedNode(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
            return ox.Literal(str(term))
    except ValueError:
        return False
    return False
