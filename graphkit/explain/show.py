"""Everything the graph knows about one entity, grouped by relation, with citations."""

from __future__ import annotations

from rdflib import RDF, RDFS, Graph, URIRef

from ..rdf.records import CitationRecord, RelationshipRecord, SourceRecord, read_relationships
from ..schema import relation_labels
from ..vocab import ENT, ENTITY_TYPES, TG
from .wording import citation_line, claim_line, qualifiers

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
        "relations": {},
    }
    labels = relation_labels()
    groups: dict[str, list] = {}
    for record in read_relationships(graph, about=entity):
        if None in (record.subject, record.relation, record.object):
            continue
        outgoing = record.subject == str(entity)
        label, inverse = labels.get(
            record.relation, (record.relation, f"{record.relation} (inverse)")
        )
        heading = label if outgoing else inverse
        groups.setdefault(heading, []).append(_fact(record, outgoing))
    for heading in sorted(groups):
        info["relations"][heading] = sorted(
            groups[heading], key=lambda f: (f["other"]["label"] or "", f["start"] or "", f["id"])
        )
    return info


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
        "date": source.date,
        "locator": cite.locator,
        "quote": cite.quote,
        "extractor": cite.extractor,
        "confidence": cite.confidence,
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
    if not info["relations"]:
        lines.append("  no facts")
    for heading, facts in info["relations"].items():
        lines.append("")
        lines.append(f"{heading} ({len(facts)})")
        for fact in facts:
            lines.append(f"  {fact['other']['label']}{_qualifiers(fact)}")
            show_object = "object" in fact["disputed_fields"]
            for claim in fact["claims"]:
                lines.append(f"    ⚠ claim: {claim_line(claim, show_object)}")
            for cite in fact["citations"]:
                lines.append(f"    - {_citation_line(cite)}")
                if cite["quote"]:
                    lines.append(f'      "{cite["quote"]}"')
    return "\n".join(lines) + "\n"


def _qualifiers(fact: dict) -> str:
    text = qualifiers({**fact, "product": None, "product_label": fact["product"]})
    return f"  {text}" if text else ""


def _citation_line(cite: dict) -> str:
    line = citation_line(cite)
    if cite["extractor"] in ("facts", "registry"):
        return line
    # Machine-extracted citations say by what and how sure, so readers can weigh them.
    return f"{line} [{cite['extractor']}, confidence {cite['confidence']}]"
