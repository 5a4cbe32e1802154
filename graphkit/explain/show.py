"""Everything the graph knows about one entity, grouped by relation, with citations."""

from __future__ import annotations

from urllib.parse import urlsplit

from rdflib import RDF, RDFS, Graph, Literal, URIRef

from ..rdf.award_claims import TERMS as AWARD_TERMS
from ..rdf.records import CitationRecord, RelationshipRecord, SourceRecord, read_relationships
from ..schema import relation_labels
from ..sources.documents import document_address, plainest, usaspending_award
from ..vocab import ENT, ENTITY_TYPES, IDENTIFIER_TERMS, TG
from .conflicts import AWARD_HEADINGS, award_value
from .evidence import by_document, claims_own
from .wording import (
    citation_line,
    claim_lines,
    claim_side,
    claimed_note,
    claims_naming,
    qualifiers,
    shown,
    told_apart,
)

_TYPE_NAMES = {iri: name for name, iri in ENTITY_TYPES.items()}


def describe(graph: Graph, entity: URIRef) -> dict:
    """The entity's description and its facts, as plain data (JSON-ready, stable order)."""
    info = {
        "id": str(entity)[len(str(ENT)) :],
        "iri": str(entity),
        "label": _str(graph.value(entity, RDFS.label)),
        "type": next(
            (_TYPE_NAMES[t] for t in graph.objects(entity, RDF.type) if t in _TYPE_NAMES), None
        ),
        "aliases": sorted(str(a) for a in graph.objects(entity, TG.alias)),
        "wikidata": _str(graph.value(entity, TG.wikidata)),
        "homepage": _str(graph.value(entity, TG.homepage)),
        # What tells apart two firms of one name (USAspending's UEI and DUNS), and an award's
        # own record: both are in the graph, and `show` is everything it knows.
        "identifiers": {
            name: sorted(str(v) for v in graph.objects(entity, term))
            for name, term in IDENTIFIER_TERMS.items()
            if (entity, term, None) in graph
        },
        "award": _award(graph, entity),
        "relations": {},
    }
    labels = relation_labels()
    groups: dict[str, list] = {}
    for record in read_relationships(graph, about=entity):
        if None in (record.subject, record.relation, record.object):
            continue
        # Named by a claim alone (a report's supplier of an award a record gives another): the
        # fact is listed with every claim, read from the side that claim puts the entity on,
        # with its other end, and says the entity is in it only so.
        claimed = str(entity) not in (record.subject, record.object)
        side = claim_side(record.claims, str(entity), record.subject, record.object)
        outgoing = side[0] if claimed and side else record.subject == str(entity)
        label, inverse = labels.get(
            record.relation, (record.relation, f"{record.relation} (inverse)")
        )
        heading = label if outgoing else inverse
        fact = _fact(record, outgoing)
        if claimed and side:
            fact["other"] = _claimed_other(record, side[1])
            own = claims_naming(record.claims, str(entity), record.subject, record.object)
            fact["corroboration"] = len(claims_own(fact, own))
        fact["claimed"] = claimed
        fact["other"].update(_told_apart(graph, fact["other"]))
        groups.setdefault(heading, []).append(fact)
    for heading in sorted(groups):
        info["relations"][heading] = sorted(
            groups[heading], key=lambda f: (f["other"]["label"] or "", f["start"] or "", f["id"])
        )
    return info


def _told_apart(graph: Graph, other: dict) -> dict:
    """`{"name": …}` for an end whose label another entity shares (a firm's two registrations a
    download names alike, one part of the other), told apart by its identifiers; else nothing."""
    if not other["label"]:
        return {}
    iri = ENT[other["id"]]
    base = str(ENT)
    alike = (
        node
        for node in graph.subjects(RDFS.label, Literal(other["label"]))
        if node != iri and str(node).startswith(base) and "/" not in str(node)[len(base) :]
    )
    if next(alike, None) is None:
        return {}
    identifiers = {
        name: str(value)
        for name, term in IDENTIFIER_TERMS.items()
        if (value := graph.value(iri, term)) is not None
    }
    return {"name": told_apart(other["label"], identifiers, str(iri))}


def _award(graph: Graph, entity: URIRef) -> dict | None:
    """A contract's record: each field it states by its term, the record's URL, and what its
    records disagree on (`graphkit conflicts` lays them side by side)."""
    if (entity, RDF.type, TG.Contract) not in graph:
        return None
    record = graph.value(entity, TG.describedBy)
    fields = {
        term: str(value)
        for term in AWARD_TERMS
        if (value := graph.value(entity, TG[term])) is not None
    }
    if not fields and record is None:  # an award only a fact names, no record describes
        return None
    return {
        "fields": fields,
        "record": None if record is None else _str(graph.value(record, TG.url)),
        "disputed": sorted(str(f) for f in graph.objects(entity, TG.disputedField)),
    }


def _claimed_other(record: RelationshipRecord, other: str) -> dict:
    """An end a claim names, with its label as the record or a claim gives it."""
    labels = {record.subject: record.subject_label, record.object: record.object_label}
    for claim in record.claims:
        labels.setdefault(claim.get("subject"), claim.get("subject_label"))
        labels.setdefault(claim.get("object"), claim.get("object_label"))
    return {"id": other[len(str(ENT)) :], "label": labels.get(other)}


def _fact(record: RelationshipRecord, outgoing: bool) -> dict:
    citations = [_citation(c) for c in record.citations]
    citations.sort(
        key=lambda c: (
            c["date"] or "",
            c["publisher"] or "",
            c["url"] or "",
            c["locator"] or "",
        )
    )
    other, other_label = (
        (record.object, record.object_label) if outgoing else (record.subject, record.subject_label)
    )
    return {
        "id": record.id,
        "relation": record.relation,
        "direction": "out" if outgoing else "in",
        "other": {"id": other[len(str(ENT)) :], "label": other_label},
        "start": record.start,
        "end": record.end,
        "amount": record.amount,
        "currency": record.currency,
        "product": record.product_label,
        "role": record.role,
        "status": record.status,
        "ongoing": record.ongoing,
        # Independent originals stating the fact: reports of one source count once.
        "corroboration": record.independent_sources,
        "disputed": record.disputed,
        "disputed_fields": list(record.disputed_fields),
        "claims": list(record.claims),
        "citations": citations,
    }


def _citation(cite: CitationRecord) -> dict:
    source = cite.source or SourceRecord("")
    return {
        "url": source.url,
        "title": source.title,
        "publisher": source.publisher,
        "date": cite.reported or source.date,  # a record's row may give its own (a report's)
        "locator": cite.locator,
        "quote": cite.quote,
        "extractor": cite.extractor,
        "confidence": cite.confidence,
        # The document cited, however its URL is written: the citations a program groups by.
        "document": document_address(source.url) if source.url else None,
    }


def _int(value) -> int | None:
    return None if value is None else int(value)


def _str(value) -> str | None:
    return None if value is None else str(value)


def format_text(info: dict) -> str:
    """The description as lines a person reads in a terminal."""
    lines = [f"{info['label']}  ({info['type']}, {info['id']})"]
    if info["aliases"]:
        lines.append(f"  also known as: {', '.join(info['aliases'])}")
    for key in ("wikidata", "homepage"):
        if info[key]:
            lines.append(f"  {key}: {info[key]}")
    for name, values in info.get("identifiers", {}).items():
        lines.append(f"  {name}: {', '.join(values)}")
    if info.get("award"):
        lines += _award_lines(info["award"])
    if not info["relations"]:
        lines.append("  no facts")
    for heading, facts in info["relations"].items():
        lines.append("")
        lines.append(f"{heading} ({len(facts)})")
        for fact in facts:
            lines.append(f"  {shown(fact['other'])}{_qualifiers(fact)}{claimed_note(fact)}")
            lines += [f"    ⚠ claim: {line}" for line in claim_lines(fact)]
            for cites in by_document(fact["citations"]):
                lines += _document_lines(cites)
    return "\n".join(lines) + "\n"


def _award_lines(award: dict) -> list[str]:
    """The award's record, one field a line, as `conflicts` names the fields."""
    lines = [""]
    if award["disputed"]:
        disputed = ", ".join(AWARD_HEADINGS.get(f, f) for f in award["disputed"])
        lines.append(f"award record  [⚠ disputed: {disputed}; see `graphkit conflicts`]")
    else:
        lines.append("award record")
    for term, heading in AWARD_HEADINGS.items():
        if term in award["fields"]:
            lines.append(f"  {heading}: {award_value(award['fields'], term)}")
    if award["record"]:
        lines.append(f"  record: <{award['record']}>")
    return lines


def _document_lines(cites: list[dict]) -> list[str]:
    """One cited document: its line once, then each distinct passage of it (where in it, the
    quote, what read it). Two spellings of its URL, or an award cited by its record and by its
    page, are one document; a citation that adds nothing to another is not repeated, and one
    whose URL names a place in the document (`#document/p12`) keeps it."""
    head = min(cites, key=_described_first)
    url = min((c["url"] for c in cites if c["url"]), key=plainest, default=None)
    passages = list(dict.fromkeys(_passage(c, url) for c in cites))
    if len(passages) > 1:  # a passage telling nothing beside others (a bare link) is dropped
        passages = [p for p in passages if p != (None, None, None)] or passages[:1]
    if len(passages) == 1:
        where, quote, reader = passages[0]
        lines = [f"    - {citation_line({**head, 'url': url, 'locator': where})}{reader or ''}"]
        return lines + ([f'      "{quote}"'] if quote else [])
    lines = [f"    - {citation_line({**head, 'url': url, 'locator': None})}"]
    for where, quote, reader in passages:
        words = [f"({where})" if where else "", f'"{quote}"' if quote else "", reader or ""]
        lines.append("      " + " ".join(w.strip() for w in words if w))
    return lines


def _described_first(cite: dict) -> tuple:
    """The citation whose source is told most fully names the document: publisher, date and
    title, then the plainest URL."""
    told = sum(1 for key in ("publisher", "date", "title") if cite[key])
    return (-told, plainest(cite["url"] or ""), cite["title"] or "")


def _passage(cite: dict, shown: str | None) -> tuple[str | None, str | None, str | None]:
    """Where in the document (its locator, and the place its URL's fragment names where the URL
    shown for the document names another), the quote, and by what and how sure a machine read
    it. An award's page in the site's older form (`#/award/…`) names the award, no place."""
    reader = None
    if cite["extractor"] not in ("facts", "registry"):
        # Machine-extracted citations say by what and how sure, so readers can weigh them.
        reader = f" [{cite['extractor']}, confidence {cite['confidence']}]"
    place = urlsplit(cite["url"] or "").fragment
    if not place or usaspending_award(cite["url"]) or place == urlsplit(shown or "").fragment:
        return (cite["locator"], cite["quote"], reader)
    where = ", ".join(w for w in (cite["locator"], f"#{place}") if w)
    return (where, cite["quote"], reader)


def _qualifiers(fact: dict) -> str:
    text = qualifiers({**fact, "product": None, "product_label": fact["product"]})
    return f"  {text}" if text else ""
