"""The one RDF writer: entities, relationships, citations and sources as a dataset.

Each source document gets a named graph holding what it states; entity descriptions sit in
the registry graph. The union of all graphs is the full graph.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal

from rdflib import RDF, RDFS, Dataset, Literal, URIRef
from rdflib.namespace import XSD

from ..model import Citation, Entity, PartialDate, SourceDoc
from ..names import slugify
from ..resolve.claims import Claim
from ..resolve.merge import Relationship
from ..resolve.provenance import Provenance
from ..vocab import (
    CIT,
    CLAIM,
    ENT,
    ENTITY_TYPES,
    GRAPHS,
    IDENTIFIER_TERMS,
    REL,
    RELATIONS,
    SRC,
    TG,
    WD,
)
from .store import DEFAULT_STORE, new_dataset

REGISTRY_GRAPH = GRAPHS["registry"]
_DATE_TYPES = {"year": XSD.gYear, "month": XSD.gYearMonth, "day": XSD.date}


def entity_iri(entity_id: str) -> URIRef:
    return ENT[entity_id]


def date_literal(value: PartialDate) -> Literal:
    """A date typed at the precision known: xsd:gYear, xsd:gYearMonth or xsd:date."""
    return Literal(str(value), datatype=_DATE_TYPES[value.precision])


def decimal_literal(value) -> Literal:
    """An xsd:decimal in one lexical form ("224000.0", "0.85"), the same in every serialisation.

    Trailing zeros go ("1000.50" is "1000.5"): stores such as Oxigraph keep decimals as numbers
    and give back only this form.
    """
    text = format(Decimal(value), "f")
    if "." in text:
        text = text.rstrip("0")
    if text.endswith("."):
        text += "0"
    elif "." not in text:
        text += ".0"
    return Literal(text, datatype=XSD.decimal)


def source_iri(source: SourceDoc) -> URIRef:
    if source.id:
        return SRC[slugify(source.id)]
    return SRC[_digest(source.key)]


def citation_iri(relationship_id: str, citation: Citation) -> URIRef:
    parts = (
        relationship_id,
        citation.source.key,
        citation.locator or "",
        citation.quote or "",
        str(citation.start or ""),
    )
    return CIT[_digest("\x1f".join(parts))]


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def claim_iri(relationship_id: str, claim: Claim) -> URIRef:
    parts = [relationship_id, claim.object, str(claim.denied)]
    parts += [str(getattr(claim, k) or "") for k in ("amount", "currency", "start", "end")]
    parts += [claim.product or "", claim.status or "", str(claim.ongoing or "")]
    return CLAIM[_digest("\x1f".join(parts))]


def build_dataset(
    entities: Iterable[Entity],
    relationships: Iterable[Relationship],
    provenance: Provenance | None = None,
    store: str = DEFAULT_STORE,
) -> Dataset:
    """The full graph as a dataset with one named graph per source document.

    Each source's graph holds what that source states: the relationship, its citation and,
    for a disputed relationship, the claim that source makes.
    """
    provenance = provenance or Provenance()
    dataset = new_dataset(store)
    registry = dataset.graph(REGISTRY_GRAPH)
    for entity in entities:
        _add_entity(registry, entity)
        if entity.details is not None:
            # What an award record says about its contract sits in that record's graph.
            record = dataset.graph(source_iri(entity.details.citation.source))
            _add_contract_details(record, entity)
    for rel in relationships:
        for citation in rel.citations:
            graph = dataset.graph(source_iri(citation.source))
            _add_statement(graph, rel, citation)
            _add_derivations(graph, citation.source, provenance)
        if rel.disputed:
            for claim in rel.claims:
                status = _claim_status(claim, provenance)
                for citation in claim.citations:
                    graph = dataset.graph(source_iri(citation.source))
                    _add_claim(graph, rel, claim, citation, status)
    return dataset


def _claim_status(claim: Claim, provenance: Provenance) -> str:
    if claim.denied:
        return "denied"
    return claim.status or provenance.status(c.source for c in claim.citations)


def _add_claim(graph, rel: Relationship, claim: Claim, citation: Citation, status: str) -> None:
    """One competing version of a disputed relationship, in the graph of a source stating it."""
    node = claim_iri(rel.id, claim)
    graph.add((REL[rel.id], TG.claim, node))
    graph.add((node, RDF.type, TG.Claim))
    graph.add((node, TG.claimedObject, entity_iri(claim.object)))
    graph.add((node, TG.status, Literal(status)))
    if claim.denied:
        graph.add((node, TG.denied, Literal(True)))
    if claim.start:
        graph.add((node, TG.startDate, date_literal(claim.start)))
    if claim.end:
        graph.add((node, TG.endDate, date_literal(claim.end)))
    if claim.ongoing:
        graph.add((node, TG.ongoing, Literal(True)))
    if claim.amount is not None:
        graph.add((node, TG.amount, decimal_literal(claim.amount)))
    if claim.currency:
        graph.add((node, TG.currency, Literal(claim.currency)))
    if claim.product:
        graph.add((node, TG.product, entity_iri(claim.product)))
    graph.add((node, TG.citation, citation_iri(rel.id, citation)))


def _add_derivations(graph, source: SourceDoc, provenance: Provenance) -> None:
    """The documents a source reports, each described, down to the originals."""
    stack, seen = [source], {source.key}
    while stack:
        current = stack.pop()
        for original in provenance.derivations(current):
            graph.add((source_iri(current), TG.derivedFrom, source_iri(original)))
            if original.key not in seen:
                seen.add(original.key)
                _add_source(graph, original)
                stack.append(original)


def _add_entity(graph, entity: Entity) -> None:
    node = entity_iri(entity.id)
    graph.add((node, RDF.type, ENTITY_TYPES[entity.type]))
    graph.add((node, RDFS.label, Literal(entity.label)))
    for alias in entity.aliases:
        graph.add((node, TG.alias, Literal(alias)))
    if entity.wikidata:
        graph.add((node, TG.wikidata, WD[entity.wikidata]))
    if entity.homepage:
        graph.add((node, TG.homepage, URIRef(entity.homepage)))
    for scheme, value in entity.identifiers:
        if scheme == "wikidata" and not entity.wikidata:
            graph.add((node, TG.wikidata, WD[value]))
        elif scheme in IDENTIFIER_TERMS:
            graph.add((node, IDENTIFIER_TERMS[scheme], Literal(value)))


_CONTRACT_TEXT = {
    "award_id": TG.awardId,
    "piid": TG.piid,
    "parent_award": TG.parentAward,
    "description": TG.description,
    "award_type": TG.awardType,
    "naics": TG.naicsCode,
    "naics_description": TG.naicsDescription,
    "psc": TG.pscCode,
    "psc_description": TG.pscDescription,
}
_CONTRACT_DATES = {
    "base_action_date": TG.baseActionDate,
    "latest_action_date": TG.latestActionDate,
    "performance_start": TG.performanceStart,
    "performance_end": TG.performanceEnd,
}


def _add_contract_details(graph, entity: Entity) -> None:
    """A contract's award id, codes, amounts and dates, described by the record's source."""
    details = entity.details
    node = entity_iri(entity.id)
    graph.add((node, RDF.type, TG.Contract))
    for key, term in _CONTRACT_TEXT.items():
        value = getattr(details, key)
        if value:
            graph.add((node, term, Literal(value)))
    # Obligated money and the potential ceiling are different quantities: never one property.
    if details.obligated is not None:
        graph.add((node, TG.obligatedAmount, decimal_literal(details.obligated)))
    if details.potential is not None:
        graph.add((node, TG.potentialValue, decimal_literal(details.potential)))
    for key, term in _CONTRACT_DATES.items():
        value = getattr(details, key)
        if value is not None:
            graph.add((node, term, Literal(str(value), datatype=XSD.date)))
    graph.add((node, TG.describedBy, source_iri(details.citation.source)))
    _add_source(graph, details.citation.source)


def _add_statement(graph, rel: Relationship, citation: Citation) -> None:
    """What one citation states: the direct triple, the relationship, the citation, the source."""
    subject, obj = entity_iri(rel.subject), entity_iri(rel.object)
    node = REL[rel.id]
    graph.add((subject, RELATIONS[rel.relation], obj))
    graph.add((node, RDF.type, TG.Relationship))
    graph.add((node, TG.subject, subject))
    graph.add((node, TG.relation, RELATIONS[rel.relation]))
    graph.add((node, TG.object, obj))
    graph.add((node, TG.citationCount, Literal(len(rel.citations))))
    graph.add((node, TG.independentSources, Literal(rel.independent_sources)))
    graph.add((node, TG.disputed, Literal(rel.disputed)))
    for name in rel.disputed_fields:
        graph.add((node, TG.disputedField, Literal(name)))
    if rel.ongoing:
        graph.add((node, TG.ongoing, Literal(True)))
    if rel.start:
        graph.add((node, TG.startDate, date_literal(rel.start)))
    if rel.end:
        graph.add((node, TG.endDate, date_literal(rel.end)))
    if rel.amount is not None:
        graph.add((node, TG.amount, decimal_literal(rel.amount)))
        graph.add((node, TG.currency, Literal(rel.currency)))
    if rel.product:
        graph.add((node, TG.product, entity_iri(rel.product)))
    if rel.contract:
        graph.add((node, TG.contract, entity_iri(rel.contract)))
    if rel.role:
        graph.add((node, TG.role, Literal(rel.role)))
    graph.add((node, TG.status, Literal(rel.status or "confirmed")))

    cite = citation_iri(rel.id, citation)
    graph.add((node, TG.citation, cite))
    graph.add((cite, RDF.type, TG.Citation))
    graph.add((cite, TG.source, source_iri(citation.source)))
    if citation.locator:
        graph.add((cite, TG.locator, Literal(citation.locator)))
    if citation.quote:
        graph.add((cite, TG.quote, Literal(citation.quote)))
    if citation.start is not None:
        graph.add((cite, TG.startOffset, Literal(citation.start)))
    if citation.end is not None:
        graph.add((cite, TG.endOffset, Literal(citation.end)))
    graph.add((cite, TG.extractor, Literal(citation.extractor)))
    if citation.extractor_version:
        graph.add((cite, TG.extractorVersion, Literal(citation.extractor_version)))
    graph.add((cite, TG.confidence, decimal_literal(citation.confidence)))
    if citation.where:
        graph.add((cite, TG.inputFile, Literal(str(citation.where))))
    _add_source(graph, citation.source)


def _add_source(graph, source: SourceDoc) -> None:
    node = source_iri(source)
    graph.add((node, RDF.type, TG.Source))
    if source.url:
        graph.add((node, TG.url, Literal(source.url, datatype=XSD.anyURI)))
    if source.title:
        graph.add((node, TG.title, Literal(source.title)))
    if source.publisher:
        graph.add((node, TG.publisher, Literal(source.publisher)))
    if source.published:
        graph.add((node, TG.published, date_literal(source.published)))
    if source.retrieved:
        graph.add((node, TG.retrieved, date_literal(source.retrieved)))
    if source.archive:
        graph.add((node, TG.archiveUrl, Literal(source.archive, datatype=XSD.anyURI)))
    if source.kind:
        graph.add((node, TG.sourceKind, Literal(source.kind)))
