"""`export --format jsonld` read straight from an Oxigraph store: rdf.py's export, the same bytes.

rdflib's JSON-LD writer made three rdflib terms per triple, wrote the document as text, and the
export read that text back to put it in order: 43 s at a million triples. Here each subject's
node is made from the store's terms as rdflib's writer makes it (its `Context` names the keys,
ids and types, memoised per term; its terms give each literal's value), and the document is put
in order and written by the same code as before (`rdf.jsonld.stable_document`).

rdflib's writer does more than this for graphs no build writes (RDF lists, a context term that
applies, ids that collide once shortened, a graph of one node): for those, `store_jsonld` says
it cannot, and the export goes through rdflib. The tests compare both ways on graphs written to
need every case here.
"""

from __future__ import annotations

from collections.abc import Callable

import pyoxigraph as ox
from rdflib import RDF
from rdflib.plugins.serializers.jsonld import PLAIN_LITERAL_TYPES
from rdflib.plugins.shared.jsonld.context import Context

from ..rdf.jsonld import JSONLD_CONTEXT, stable_document
from ..rdf.oxigraph import from_ox, is_plain_text

_DEFAULT = ox.DefaultGraph()
_TYPE = ox.NamedNode(str(RDF.type))
# What only rdflib's writer handles: RDF lists (it writes {"@list": ...} for them).
_LISTS = f"ASK {{ {{ ?s <{RDF.first}> ?o }} UNION {{ ?s ?p <{RDF.nil}> }} }}"


class _Unwritable(Exception):
    """The graph holds what only rdflib's writer handles."""


class _Memo(dict):
    """Each term's part of the document, made once by `make`."""

    def __init__(self, make: Callable) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, term):
        made = self[term] = self._make(term)
        return made


def store_jsonld(store: ox.Store) -> str | None:
    """The default graph of `store` as `rdf.to_jsonld` writes it; None where only rdflib's
    writer can (see the module's note)."""
    if store.query(_LISTS):
        return None
    context = Context(JSONLD_CONTEXT)
    namespaces = frozenset(JSONLD_CONTEXT.values())
    try:
        nodes = _nodes(store, context, namespaces)
    except _Unwritable:
        return None
    if len(nodes) < 2:  # rdflib writes a lone node as the document itself, unsorted
        return None
    return stable_document({"@context": JSONLD_CONTEXT, "@graph": list(nodes.values())})


def _nodes(store: ox.Store, context: Context, namespaces: frozenset) -> dict:
    """Every node rdflib's writer makes: one per subject and per blank node an object names."""

    def node_id(term) -> str:
        if isinstance(term, ox.Triple):  # an RDF 1.2 triple term: no node of rdflib's
            raise _Unwritable
        if isinstance(term, ox.BlankNode):
            return "_:" + term.value
        return context.shrink_iri(term.value)

    def key(predicate) -> str:
        if predicate.value in namespaces:  # a context term would name it: rdflib's own rules
            raise _Unwritable
        return "@type" if predicate == _TYPE else context.to_symbol(predicate.value)

    def literal(term):
        value = from_ox(term)
        datatype = value.datatype
        if datatype in PLAIN_LITERAL_TYPES:  # numbers and booleans as JSON's own
            return value.toPython()
        if datatype is not None:
            return {"@type": context.to_symbol(datatype), "@value": str(value)}
        return {"@language": value.language, "@value": str(value)}

    ids, keys, literals = _Memo(node_id), _Memo(key), _Memo(literal)
    symbols = _Memo(context.to_symbol)  # classes, by IRI
    nodes: dict = {}  # by subject term
    blank_objects: dict = {}  # each subject's blank-node objects
    owners: dict[str, object] = {}  # each id's term: two terms one id are rdflib's to write

    def node_of(term) -> dict:
        node = nodes.get(term)
        if node is None:
            identifier = ids[term]
            if owners.setdefault(identifier, term) != term:
                raise _Unwritable
            node = nodes[term] = {"@id": identifier}
        return node

    for quad in store.quads_for_pattern(None, None, None, _DEFAULT):
        subject, predicate, obj = quad.subject, quad.predicate, quad.object
        node = node_of(subject)
        if is_plain_text(obj):
            value = obj.value  # plain text, each met once: not kept
        elif isinstance(obj, ox.Literal):
            value = literals[obj]
        elif predicate == _TYPE and isinstance(obj, ox.NamedNode):
            value = symbols[obj.value]
        else:
            if isinstance(obj, ox.BlankNode):
                node_of(obj)  # a node of its own, even with nothing to say
                blank_objects.setdefault(subject, []).append(obj)
            value = {"@id": ids[obj]}
        name = keys[predicate]
        held = node.get(name)
        # As rdflib's writer adds a value: to what is there if that is true, else in its place.
        if held:
            if not isinstance(held, list):
                held = node[name] = [held]
            held.append(value)
        else:
            node[name] = value
    if blank_objects and not _all_reached(nodes, blank_objects):
        raise _Unwritable
    return nodes


def _all_reached(nodes: dict, blank_objects: dict) -> bool:
    """Whether rdflib's writer reaches every node: it starts from each IRI and each blank node
    that nothing names, and meets the others through what names them, so it leaves out blank
    nodes that only name each other (or themselves)."""
    named = {obj for objects in blank_objects.values() for obj in objects}
    reached = {term for term in nodes if term not in named}
    todo = list(reached)
    while todo:
        for obj in blank_objects.get(todo.pop(), ()):
            if obj not in reached:
                reached.add(obj)
                todo.append(obj)
    return len(reached) == len(nodes)
