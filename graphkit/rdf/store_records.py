"""The records of `records.py` read straight from an Oxigraph store, without rdflib.

Through rdflib, every triple a record is made of becomes rdflib terms on its way out of the
store: at a million triples, 25 of the 28 seconds that `graphkit rank` took. Here each
predicate the records need is read once, in one pass over the store's predicate index, into
dictionaries keyed by Oxigraph's own terms, and each record is put together from those.

The records are the ones rdflib's reader gives, field for field (tests/test_store_records.py
holds the two readers equal): a value's text is what the rdflib term says (`oxigraph.from_ox`),
a repeated predicate gives the smallest of its values as rdflib orders them, typed values come
in rdflib's own canonical form, and the few things that are rare and intricate (a disputed
fact's claims, a boolean written in an unusual form) are read through rdflib itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, Literal

from ..model import SourceDoc
from ..resolve.provenance import original_of
from ..vocab import ENTITY_TYPES, TG
from .oxigraph import from_ox
from .records import (
    IDENTIFIER_PROPERTIES,
    CitationRecord,
    EntityRecord,
    RelationshipRecord,
    SourceRecord,
    amount_of,
    chain_originals,
    claims_of,
)

_DEFAULT = ox.DefaultGraph()
_TYPE = ox.NamedNode(str(RDF.type))
_XSD = "http://www.w3.org/2001/XMLSchema#"
_BOOLEAN, _STRING = ox.NamedNode(_XSD + "boolean"), ox.NamedNode(_XSD + "string")
_TRUE, _FALSE = ox.Literal("true", datatype=_BOOLEAN), ox.Literal("false", datatype=_BOOLEAN)
_RDF_TRUE = Literal(True)


class _Predicate:
    """One predicate's values by subject, read in one pass: `first` (what rdflib's
    `Graph.value` gives), `least` (what `records._properties` keeps: the smallest, as rdflib
    orders terms) and every value of the subjects that have more than one."""

    def __init__(self, store: ox.Store, predicate) -> None:
        first: dict = {}
        every: dict = {}
        # A query's two columns, not the store's quads: only subject and object are decoded.
        for subject, obj in store.query(f"SELECT ?s ?o WHERE {{ ?s <{predicate}> ?o }}"):
            if subject in first:
                every.setdefault(subject, [first[subject]]).append(obj)
            else:
                first[subject] = obj
        self.first, self.every = first, every
        self.least = first
        if every:
            self.least = dict(first)
            for subject, values in every.items():
                self.least[subject] = _least(values)

    def values(self, node) -> list:
        values = self.every.get(node)
        if values is not None:
            return values
        value = self.first.get(node)
        return [] if value is None else [value]


def _least(values: list):
    """The value `records._properties` keeps of these, met in this order (the store's)."""
    least, least_term = None, None
    for value in values:
        term = from_ox(value)
        if least is None or term < least_term:
            least, least_term = value, term
    return least


def _text(term) -> str | None:
    """The term's text as `str(from_ox(term))` gives it."""
    if term is None:
        return None
    kind = type(term)
    if kind is ox.NamedNode or kind is ox.BlankNode:
        return term.value
    if kind is ox.Literal and (term.language or term.datatype == _STRING):
        return term.value  # text: rdflib keeps it as it is
    return _typed_text(term)


@lru_cache(maxsize=1 << 14)
def _typed_text(term) -> str:
    """A typed value's text as rdflib writes it: its own canonical form (a dateTime's Z as
    +00:00, a double's 1.0E6 as 1000000.0, a decimal's 1 as 1.0). Dates, amounts and counts
    repeat across a graph: each is worked out once."""
    return str(from_ox(term))


def _label(term, node) -> str:
    """An entity's label as `records.read_entities` gives it: its node's IRI where the label
    is missing or, as rdflib judges literals, false (empty, or a number 0, or false)."""
    if term is None:
        return _text(node)
    if type(term) is ox.Literal and term.datatype == _STRING:
        return term.value or _text(node)
    label = from_ox(term)
    return str(label) if label else _text(node)


def _is_true(term) -> bool:
    """`from_ox(term) == Literal(True)`, without an rdflib term for the usual two values."""
    if term is None:
        return False
    if term == _TRUE:
        return True
    if term == _FALSE:
        return False
    return from_ox(term) == _RDF_TRUE


def _int(term) -> int | None:
    if term is None:
        return None
    return int(_text(term))


def store_entities(store: ox.Store) -> Iterator[EntityRecord]:
    """`records.read_entities` of the store's default graph."""
    kinds: dict = {}  # node -> its entity type names
    rdf_type = ox.NamedNode(str(RDF.type))
    for name, iri in ENTITY_TYPES.items():
        kind = ox.NamedNode(str(iri))
        for quad in store.quads_for_pattern(None, rdf_type, kind, _DEFAULT):
            kinds.setdefault(quad.subject, set()).add(name)
    labels, aliases = _Predicate(store, RDFS.label), _Predicate(store, TG.alias)
    identifiers = [(name, _Predicate(store, prop).first) for name, prop in IDENTIFIER_PROPERTIES]
    for node in sorted(kinds, key=from_ox):  # as rdflib sorts the nodes
        yield EntityRecord(
            iri=_text(node),
            types=tuple(sorted(kinds[node])),
            label=_label(labels.first.get(node), node),
            aliases=tuple(sorted(_text(a) for a in aliases.values(node))),
            identifiers={
                name: _text(value)
                for name, first in identifiers
                if (value := first.get(node)) is not None
            },
        )


def store_relationships(graph: Graph) -> Iterator[RelationshipRecord]:
    """`records.read_relationships` of an rdflib graph over an Oxigraph store's default graph
    (`records.reads_natively`), read from the store."""
    store = graph.store._inner
    p = {name: _Predicate(store, TG[name]) for name in _RELATIONSHIP_FIELDS}
    fields = {name: prop.least for name, prop in p.items() if name not in _LISTS}
    labels = _Predicate(store, RDFS.label)
    label_of: dict = {}
    sources: dict = {}
    cite_fields = {name: _Predicate(store, TG[name]).least for name in _CITATION_FIELDS}
    source_fields = {name: _Predicate(store, TG[name]).least for name in _SOURCE_FIELDS}
    reports = _Predicate(store, TG.derivedFrom)
    copied_kind = ox.NamedNode(str(TG.PublisherRecords))
    copied = {q.subject for q in store.quads_for_pattern(None, _TYPE, copied_kind, _DEFAULT)}

    def original(node) -> tuple:
        """What the end of a `tg:derivedFrom` chain counts as (`provenance.original_of`)."""
        field = {name: _text(least.get(node)) for name, least in source_fields.items()}
        document = SourceDoc(url=field["url"], title=field["title"], publisher=field["publisher"])
        return original_of(document, node in copied)

    def label(node) -> str | None:
        if node is None:
            return None
        if node not in label_of:
            label_of[node] = _text(labels.first.get(node))
        return label_of[node]

    def source(node) -> SourceRecord | None:
        if node is None:
            return None
        if node not in sources:
            field = {name: _text(least.get(node)) for name, least in source_fields.items()}
            sources[node] = SourceRecord(
                iri=_text(node),
                url=field["url"],
                title=field["title"],
                publisher=field["publisher"],
                date=field["published"],
                retrieved=field["retrieved"],
                archive=field["archiveUrl"],
                originals=chain_originals(node, reports.values, original),
            )
        return sources[node]

    def citation(node) -> CitationRecord:
        field = {name: least.get(node) for name, least in cite_fields.items()}
        return CitationRecord(
            iri=_text(node),
            source=source(field["source"]),
            locator=_text(field["locator"]),
            quote=_text(field["quote"]),
            extractor=_text(field["extractor"]),
            extractor_version=_text(field["extractorVersion"]),
            confidence=_text(field["confidence"]),
            reported=_text(field["reported"]),
        )

    relationship = ox.NamedNode(str(TG.Relationship))
    rdf_type = ox.NamedNode(str(RDF.type))
    for quad in store.quads_for_pattern(None, rdf_type, relationship, _DEFAULT):
        node = quad.subject
        field = {name: least.get(node) for name, least in fields.items()}
        subject, obj, product = field["subject"], field["object"], field["product"]
        relation, contract = field["relation"], field["contract"]
        disputed = _is_true(field["disputed"])
        citations = [citation(c) for c in p["citation"].values(node)]
        yield RelationshipRecord(
            iri=_text(node),
            subject=_text(subject),
            relation=None if relation is None else _text(relation).rsplit("#", 1)[-1],
            object=_text(obj),
            subject_label=label(subject),
            object_label=label(obj),
            start=_text(field["startDate"]),
            end=_text(field["endDate"]),
            amount=amount_of(_text(field["amount"])),
            currency=_text(field["currency"]),
            product=_text(product),
            product_label=label(product),
            contract=_text(contract),
            contract_label=label(contract),
            role=_text(field["role"]),
            status=_text(field["status"]),
            citations=tuple(sorted(citations, key=lambda c: c.iri)),
            ongoing=_is_true(field["ongoing"]),
            independent_sources=_int(field["independentSources"]),
            disputed=disputed,
            disputed_fields=tuple(sorted(_text(f) for f in p["disputedField"].values(node))),
            # A disputed fact's claims: a handful in a graph, read through rdflib.
            claims=tuple(claims_of(graph, from_ox(node))) if disputed else (),
        )


_LISTS = ("citation", "disputedField")
_RELATIONSHIP_FIELDS = (
    "subject",
    "object",
    "product",
    "relation",
    "contract",
    "disputed",
    "startDate",
    "endDate",
    "amount",
    "currency",
    "role",
    "status",
    "ongoing",
    "independentSources",
    *_LISTS,
)
_CITATION_FIELDS = (
    *("source", "locator", "quote", "extractor", "extractorVersion", "confidence", "reported"),
)
_SOURCE_FIELDS = ("url", "title", "publisher", "published", "retrieved", "archiveUrl")
