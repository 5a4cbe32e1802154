"""The page's entities and facts drawn from the model a build holds, each fact in one step.

The page reads what `network.py` gives for the written graph. A build has the model in hand,
and going through that (a record per relationship from `rdf/model_records.py`, a network edge
made of the record, the page's fact made of the edge) built three dicts and a networkx graph
for every fact: most of the page's time at a million triples. Here each relationship becomes
the page's fact at once, with the same rules: the tests draw the page both ways, from the model
and from the written graph, and compare the bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

from ..amounts import amount_text
from ..model import Citation, Entity, SourceDoc
from ..rdf.literals import decimal_lexical
from ..rdf.model_records import (
    ENT_BASE,
    REL_BASE,
    RELATION_NAMES,
    DocumentRecords,
    cited_once,
    claim_records,
    confidence_lexical,
    described,
    model_entities,
)
from ..rdf.witnesses import witness_fields
from ..resolve.merge import Relationship
from ..resolve.provenance import Provenance
from .data import document_of, fact_claim, safe_url
from .fold import Link
from .pack import SOURCE_FIELDS


def model_entities_by_iri(entities: Iterable[Entity]) -> dict[str, dict]:
    """Each entity the network has (one with a type), as its node's fields, by IRI."""
    return {
        record.iri: {
            "type": record.types[0],
            "label": record.label,
            "aliases": list(record.aliases),
            "identifiers": dict(record.identifiers),
        }
        for record in model_entities(entities)
        if record.types
    }


def model_links(
    entities: Iterable[Entity],
    relationships: Iterable[Relationship],
    provenance: Provenance | None,
    drawn: Mapping[str, object],
) -> list[Link]:
    """(subject, object, the page's fact) for each relationship the graph holds between two
    `drawn` entities, sorted by subject, object and relationship IRI, as the page orders them.

    Each fact is in the form `pack.LEAN` describes: without the fields the page works out again
    (its years, its relation's family), each citation naming its document by the fields `pack`
    writes once per document, worked out once per document here."""
    provenance = provenance or Provenance()
    relationships, labels, sources = described(entities, relationships, provenance)
    documents = _Documents(sources)
    links = []
    for rel in relationships:
        subject, obj = ENT_BASE + rel.subject, ENT_BASE + rel.object
        if subject in drawn and obj in drawn:
            fact = _fact(rel, labels, sources, provenance, documents)
            links.append((subject, obj, fact))
    links.sort(key=lambda link: (link[0], link[1], link[2]["id"]))
    return links


def _fact(
    rel: Relationship,
    labels: dict,
    sources: DocumentRecords,
    provenance: Provenance,
    documents: _Documents,
) -> dict:
    relation = RELATION_NAMES[rel.relation]
    start = str(rel.start) if rel.start else None
    end = str(rel.end) if rel.end else None
    has_money = rel.amount is not None and bool(rel.currency)
    product = ENT_BASE + rel.product if rel.product else None
    contract = ENT_BASE + rel.contract if rel.contract else None
    # One citation is its own order: its IRI, which only orders them, is not worked out.
    cited = rel.citations if len(rel.citations) == 1 else [c for _, c in cited_once(rel)]
    citations = [_citation(citation, documents) for citation in cited]
    # What each counts as among the fact's originals, as `network` reads it from the graph.
    counted = witness_fields([sources.record(c.source) for c in cited])
    for citation, witness in zip(citations, counted, strict=True):
        citation["witness"] = witness
    confidences = [c["confidence"] for c in citations if c["confidence"] is not None]
    claims = claim_records(rel, labels, sources, provenance) if rel.disputed else ()
    return {
        "id": REL_BASE + rel.id,
        "from": ENT_BASE + rel.subject,
        "to": ENT_BASE + rel.object,
        "relation": relation,
        "start": start,
        "end": end,
        "amount": amount_text(decimal_lexical(rel.amount)) if has_money else None,
        "currency": rel.currency if has_money else None,
        "status": rel.status or "confirmed",
        "product": product,
        "product_label": labels.get(product),
        "role": rel.role or None,
        "contract": contract,
        "contract_label": labels.get(contract),
        "ongoing": bool(rel.ongoing),
        "disputed": bool(rel.disputed),
        "claims": [fact_claim(claim) for claim in claims],
        # The strongest citation decides whether a confidence filter keeps the fact.
        "confidence": max(confidences, default=1.0),
        "citations": citations,
    }


class _Documents:
    """Each cited document's fields as the page writes them once (`pack.SOURCE_FIELDS`), made
    once per document object: thousands of citations hold a few hundred documents."""

    def __init__(self, sources: DocumentRecords) -> None:
        self._sources = sources
        self._fields: dict[int, tuple] = {}

    def fields(self, source: SourceDoc) -> tuple:
        found = self._fields.get(id(source))
        if found is None:
            record = self._sources.record(source)
            link = safe_url(record.url)
            fields = {
                "url": link,
                "url_text": None if link else record.url,
                "archive": safe_url(record.archive),
                "title": record.title,
                "publisher": record.publisher,
                "date": record.date,
                "document": document_of(record.url),
            }
            found = tuple(fields[name] for name in SOURCE_FIELDS)  # in the order pack keys by
            self._fields[id(source)] = found  # (the relationships hold every document)
        return found


_DATE = SOURCE_FIELDS.index("date")


def _citation(citation: Citation, documents: _Documents) -> dict:
    """The citation as `data.page_data` gives it for the network's record of it, its document's
    fields as one value under `source` (`pack.LEAN`)."""
    fields = documents.fields(citation.source)
    if citation.reported:  # the row's own date of report, as network.py gives it
        fields = (*fields[:_DATE], str(citation.reported), *fields[_DATE + 1 :])
    return {
        "source": fields,
        "quote": citation.quote or None,
        "locator": citation.locator or None,
        "extractor": str(citation.extractor),
        "confidence": _confidence(citation.confidence),
    }


@lru_cache(maxsize=1024)
def _confidence(value) -> float | None:
    """A citation's confidence as the page reads it from the graph: its decimal's lexical form
    as a float. A handful of values among thousands of citations: each worked out once."""
    lexical = confidence_lexical(value)
    return None if lexical is None else float(lexical)
