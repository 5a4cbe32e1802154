"""The records of `records.py` drawn from the model the build holds, not read back from RDF.

The build has its relationships, entities and provenance in hand when it writes its page;
reading them back from the written graph costs a pass over every triple in Python. These are
the records `read_relationships` gives for the graph `quads.py` writes from the same model,
field for field: IRIs and lexical forms as the writer spells them, values the writer leaves
out left out here too. Where the graph merges what the model keeps apart (two documents under
one source IRI), the reader's rule decides: the smallest value of a repeated property.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from rdflib import Literal, URIRef

from ..amounts import amount_text
from ..model import Citation, Entity, SourceDoc
from ..resolve.claims import Claim
from ..resolve.merge import Relationship
from ..resolve.provenance import Provenance, original_of
from ..vocab import ENT, ENTITY_TYPES, IDENTIFIER_TERMS, REL, RELATIONS, WD
from .iris import citation_iri, claim_iri, source_iri
from .literals import date_literal, decimal_lexical, plain, typed
from .records import (
    ENTITY_TYPE_NAMES,
    IDENTIFIER_PROPERTIES,
    CitationRecord,
    EntityRecord,
    RelationshipRecord,
    SourceRecord,
    claim_order,
    sources_order,
)

# IRIs as text: the namespaces' prefixes joined to ids, without an rdflib term each.
ENT_BASE, REL_BASE = str(ENT), str(REL)
RELATION_NAMES = {name: str(iri).rsplit("#", 1)[-1] for name, iri in RELATIONS.items()}
# SourceRecord fields, each with its SourceDoc attribute and the N-Triples text the writer
# gives its value.
_SOURCE_FIELDS = (
    ("url", "url", lambda s: typed(s.url, "anyURI")),
    ("title", "title", lambda s: plain(s.title)),
    ("publisher", "publisher", lambda s: plain(s.publisher)),
    ("date", "published", lambda s: date_literal(s.published)),
    ("retrieved", "retrieved", lambda s: date_literal(s.retrieved)),
    ("archive", "archive", lambda s: typed(s.archive, "anyURI")),
)


def model_entities(entities: Iterable[Entity]) -> Iterator[EntityRecord]:
    """What `read_entities` reads of the registry graph (and award records), by IRI."""
    for entity in sorted(entities, key=lambda e: str(ENT[e.id])):
        kinds = {ENTITY_TYPE_NAMES[ENTITY_TYPES[entity.type]]}
        if entity.details is not None:
            kinds.add("Contract")  # the award record types what it describes
        values: dict[str, set[str]] = {}
        for scheme, value in entity.identifiers:
            if scheme == "wikidata" and not entity.wikidata:
                values.setdefault("wikidata", set()).add(str(WD[value]))
            elif scheme in IDENTIFIER_TERMS:
                values.setdefault(scheme, set()).add(value)
        if entity.wikidata:
            values["wikidata"] = {str(WD[entity.wikidata])}
        if entity.homepage:
            values["homepage"] = {entity.homepage}
        iri = str(ENT[entity.id])
        yield EntityRecord(
            iri=iri,
            types=tuple(sorted(kinds)),
            label=entity.label or iri,
            aliases=tuple(sorted(set(entity.aliases))),
            identifiers={
                name: min(values[name]) for name, _ in IDENTIFIER_PROPERTIES if values.get(name)
            },
        )


def model_relationships(
    entities: Iterable[Entity],
    relationships: Iterable[Relationship],
    provenance: Provenance | None = None,
) -> Iterator[RelationshipRecord]:
    """What `read_relationships` reads from the graph `quads.graph_quads` writes of the model."""
    provenance = provenance or Provenance()
    relationships, labels, sources = described(entities, relationships, provenance)
    for rel in relationships:
        yield _relationship(rel, labels, sources, provenance)


def described(
    entities: Iterable[Entity], relationships: Iterable[Relationship], provenance: Provenance
) -> tuple[list[Relationship], dict[str, str], DocumentRecords]:
    """The relationships the graph holds (those cited), every entity's label by IRI, and the
    documents the graph describes."""
    entities = list(entities)
    relationships = [r for r in relationships if r.citations]  # the graph holds no others
    labels = {ENT_BASE + e.id: e.label for e in entities}
    sources = DocumentRecords(provenance)
    for entity in entities:
        if entity.details is not None:
            sources.add(entity.details.citation.source)
    for rel in relationships:
        for citation in rel.citations:
            sources.add(citation.source)
    return relationships, labels, sources


def cited_once(rel: Relationship) -> list[tuple[str, Citation]]:
    """A relationship's citations by IRI, in the reader's order: each IRI once (two citations
    with one IRI are one citation node in the graph), sorted."""
    citations: dict[str, Citation] = {}
    for citation in rel.citations:
        citations.setdefault(str(citation_iri(rel.id, citation)), citation)
    return sorted(citations.items()) if len(citations) > 1 else list(citations.items())


def _relationship(
    rel: Relationship, labels: dict, sources: DocumentRecords, provenance: Provenance
) -> RelationshipRecord:
    subject, obj = ENT_BASE + rel.subject, ENT_BASE + rel.object
    product = ENT_BASE + rel.product if rel.product else None
    contract = ENT_BASE + rel.contract if rel.contract else None
    has_amount = rel.amount is not None
    return RelationshipRecord(
        iri=REL_BASE + rel.id,
        subject=subject,
        relation=RELATION_NAMES[rel.relation],
        object=obj,
        subject_label=labels.get(subject),
        object_label=labels.get(obj),
        start=str(rel.start) if rel.start else None,
        end=str(rel.end) if rel.end else None,
        amount=amount_text(decimal_lexical(rel.amount)) if has_amount else None,
        currency=(rel.currency or None) if has_amount else None,
        product=product,
        product_label=labels.get(product),
        contract=contract,
        contract_label=labels.get(contract),
        role=rel.role or None,
        status=rel.status or "confirmed",
        citations=tuple([_citation(iri, citation, sources) for iri, citation in cited_once(rel)]),
        ongoing=bool(rel.ongoing),
        independent_sources=int(rel.independent_sources),
        disputed=bool(rel.disputed),
        disputed_fields=tuple(sorted(set(rel.disputed_fields))),
        claims=tuple(claim_records(rel, labels, sources, provenance)) if rel.disputed else (),
    )


def _citation(iri: str, citation: Citation, sources: DocumentRecords) -> CitationRecord:
    return CitationRecord(
        iri=iri,
        source=sources.record(citation.source),
        locator=citation.locator or None,
        quote=citation.quote or None,
        extractor=str(citation.extractor),
        extractor_version=citation.extractor_version or None,
        confidence=confidence_lexical(citation.confidence),
        reported=_text(citation.reported),
    )


# A handful of confidences among thousands of citations: each written once.
confidence_lexical = lru_cache(maxsize=1024)(decimal_lexical)


def claim_records(
    rel: Relationship, labels: dict, sources: DocumentRecords, provenance: Provenance
) -> list[dict]:
    """A disputed relationship's claims, in the reader's order (claims by IRI, then ranked)."""
    by_iri: dict[str, Claim] = {}
    for claim in rel.claims:
        by_iri.setdefault(str(claim_iri(rel.id, claim)), claim)
    claims = []
    for iri in sorted(by_iri):
        claim = by_iri[iri]
        found = []
        for citation in claim.citations:
            source = sources.record(citation.source)
            found.append(
                {
                    "title": source.title,
                    "url": source.url,
                    "publisher": source.publisher,
                    "locator": citation.locator or None,
                }
            )
        found = sources_order(found)
        product = ENT_BASE + claim.product if claim.product else None
        subject = ENT_BASE + claim.subject if claim.subject else None
        status = "denied" if claim.denied else claim.status
        claims.append(
            {
                "subject": subject,
                "subject_label": labels.get(subject),
                "object": ENT_BASE + claim.object,
                "object_label": labels.get(ENT_BASE + claim.object),
                "amount": None
                if claim.amount is None
                else amount_text(decimal_lexical(claim.amount)),
                "currency": claim.currency or None,
                "start": str(claim.start) if claim.start else None,
                "end": str(claim.end) if claim.end else None,
                "ongoing": bool(claim.ongoing),
                "product": product,
                "product_label": labels.get(product),
                "status": status or provenance.status(c.source for c in claim.citations),
                "denied": bool(claim.denied),
                "source": found[0]["title"] if found else None,
                "url": found[0]["url"] if found else None,
                "sources": found,
            }
        )
    return claim_order(claims)


class DocumentRecords:
    """Every document the graph describes, by IRI, with what the graph says of each.

    Cited documents, award records and the originals cited documents derive from: all of
    them, since two documents under one IRI make one source node in the graph.
    """

    def __init__(self, provenance: Provenance) -> None:
        self._provenance = provenance
        self._docs: dict[str, dict] = {}  # IRI -> {SourceDoc: None}, in the order met
        self._records: dict[str, SourceRecord] = {}
        # Many citations hold one document object: by object first, which spares hashing a
        # document per citation. Each object is kept, so that its id stays its own.
        self._objects: dict[int, list] = {}  # id -> [document, its IRI, its record once made]

    def add(self, source: SourceDoc) -> None:
        stack = [source]
        while stack:
            doc = stack.pop()
            if id(doc) in self._objects:
                continue
            iri = str(source_iri(doc))
            self._objects[id(doc)] = [doc, iri, None]
            docs = self._docs.setdefault(iri, {})
            if doc not in docs:
                docs[doc] = None
                stack.extend(self._provenance.derivations(doc))

    def record(self, source: SourceDoc) -> SourceRecord:
        known = self._objects.get(id(source))
        if known is None:
            known = self._objects[id(source)] = [source, str(source_iri(source)), None]
        if known[2] is None:
            known[2] = self._record(known[1], source)
        return known[2]

    def _record(self, iri: str, source: SourceDoc) -> SourceRecord:
        found = self._records.get(iri)
        if found is not None:
            return found
        docs = list(self._docs.get(iri, ())) or [source]
        if len(docs) == 1:  # one document: its own values, with no other to agree with
            fields = {name: _text(getattr(docs[0], attr)) for name, attr, _ in _SOURCE_FIELDS}
        else:
            fields = {}
            for name, attr, text in _SOURCE_FIELDS:
                values = {getattr(d, attr) for d in docs} - {None, ""}
                if len(values) > 1:  # documents under one IRI that disagree: the reader's pick
                    fields[name] = _smallest({text(d) for d in docs if getattr(d, attr)})
                else:
                    fields[name] = str(values.pop()) if values else None
        originals = ()
        if self._provenance.derivations(docs[0]):
            found_originals = self._provenance.originals(docs[0])
            originals = tuple(sorted({original_of(o) for o in found_originals}))
        found = self._records[iri] = SourceRecord(iri=iri, originals=originals, **fields)
        return found


def _text(value) -> str | None:
    return None if value is None or value == "" else str(value)


def _smallest(texts: set[str]) -> str | None:
    """The lexical form of the value the reader keeps: the smallest, as rdflib orders terms."""
    if not texts:
        return None
    found = None
    for text in sorted(texts):
        value = term(text)
        if found is None or value < found:
            found = value
    return str(found)


_UNESCAPE = re.compile(r"\\(.)")
_ESCAPED = {"n": "\n", "r": "\r", '"': '"', "\\": "\\"}


def term(text: str):
    """An rdflib term for one IRI or literal as the build writes it."""
    if text[0] == "<":
        return URIRef(text[1:-1])
    if text[-1] == ">":  # "lexical"^^<datatype>
        lexical, datatype = text.rsplit('"^^<', 1)
        return Literal(_unescape(lexical[1:]), datatype=URIRef(datatype[:-1]))
    return Literal(_unescape(text[1:-1]))


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    return _UNESCAPE.sub(lambda m: _ESCAPED[m.group(1)], text)
