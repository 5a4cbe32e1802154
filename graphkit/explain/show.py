"""Everything the graph knows about one entity, grouped by relation, with citations."""

from __future__ import annotations

from rdflib import RDF, RDFS, Graph, Literal, URIRef

from ..network import relationship_claims
from ..query.named import bind_values
from ..schema import relation_labels
from ..vocab import ENT, ENTITY_TYPES, TG
from .wording import citation_line, claim_line, qualifiers

_TYPE_NAMES = {iri: name for name, iri in ENTITY_TYPES.items()}

_FACTS = """
SELECT ?rel ?s ?p ?o WHERE {
    { ?rel tg:subject ?entity } UNION { ?rel tg:object ?entity }
    ?rel a tg:Relationship ; tg:subject ?s ; tg:relation ?p ; tg:object ?o .
}
"""


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
    for row in graph.query(bind_values(_FACTS, {"entity": entity}), initNs={"tg": TG._NS}):
        relation = str(row.p).rsplit("#", 1)[1]
        outgoing = row.s == entity
        other = row.o if outgoing else row.s
        label, inverse = labels.get(relation, (relation, f"{relation} (inverse)"))
        heading = label if outgoing else inverse
        groups.setdefault(heading, []).append(_fact(graph, row.rel, relation, outgoing, other))
    for heading in sorted(groups):
        info["relations"][heading] = sorted(
            groups[heading], key=lambda f: (f["other"]["label"] or "", f["start"] or "", f["id"])
        )
    return info


def _fact(graph: Graph, rel, relation: str, outgoing: bool, other) -> dict:
    citations = [_citation(graph, c) for c in graph.objects(rel, TG.citation)]
    citations.sort(
        key=lambda c: (
            c["published"] or "",
            c["publisher"] or "",
            c["url"] or "",
            c["locator"] or "",
        )
    )
    product = graph.value(rel, TG.product)
    disputed = graph.value(rel, TG.disputed) == Literal(True)
    return {
        "id": str(rel).rsplit("/", 1)[1],
        "relation": relation,
        "direction": "out" if outgoing else "in",
        "other": {"id": str(other)[len(str(ENT)) :], "label": _str(graph.value(other, RDFS.label))},
        "start": _str(graph.value(rel, TG.startDate)),
        "end": _str(graph.value(rel, TG.endDate)),
        "amount": _str(graph.value(rel, TG.amount)),
        "currency": _str(graph.value(rel, TG.currency)),
        "product": _str(graph.value(product, RDFS.label)) if product is not None else None,
        "role": _str(graph.value(rel, TG.role)),
        "status": _str(graph.value(rel, TG.status)),
        "ongoing": graph.value(rel, TG.ongoing) == Literal(True),
        # Independent originals stating the fact: reports of one source count once.
        "corroboration": _int(graph.value(rel, TG.independentSources)),
        "disputed": disputed,
        "disputed_fields": sorted(str(f) for f in graph.objects(rel, TG.disputedField)),
        "claims": relationship_claims(graph, rel) if disputed else [],
        "citations": citations,
    }


def _citation(graph: Graph, cite) -> dict:
    source = graph.value(cite, TG.source)
    return {
        "url": _str(graph.value(source, TG.url)),
        "title": _str(graph.value(source, TG.title)),
        "publisher": _str(graph.value(source, TG.publisher)),
        "published": _str(graph.value(source, TG.published)),
        "locator": _str(graph.value(cite, TG.locator)),
        "quote": _str(graph.value(cite, TG.quote)),
        "extractor": _str(graph.value(cite, TG.extractor)),
        "confidence": _str(graph.value(cite, TG.confidence)),
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
    line = citation_line({**cite, "date": cite["published"]})
    if cite["extractor"] in ("facts", "registry"):
        return line
    # Machine-extracted citations say by what and how sure, so readers can weigh them.
    return f"{line} [{cite['extractor']}, confidence {cite['confidence']}]"
