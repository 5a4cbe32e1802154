"""report.json: a build's counts, what it skipped or held out, its warnings and its checks."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import TYPE_CHECKING

from .. import __version__
from ..exc import InputError
from ..model import Fact
from ..resolve.merge import Relationship
from ..resolve.provenance import document_key

if TYPE_CHECKING:
    from .pipeline import BuildResult


def make_report(result: BuildResult) -> dict:
    """Counts, skipped input, warnings and the validation outcome, as report.json holds them."""
    rels = result.relationships
    citations = [c for r in rels for c in r.citations]
    types = Counter(e.type for e in result.registry)
    return {
        "graphkit": __version__,
        "counts": {
            "entities": len(result.registry),
            "relationships": len(rels),
            "citations": len(citations),
            # Documents, not the spellings of their URLs nor their catalogue ids.
            "sources": len({document_key(c.source) for c in citations}),
            "triples": result.built.triples,
            "named_graphs": result.built.named_graphs,
            "by_relation": dict(sorted(Counter(r.relation for r in rels).items())),
            "by_type": dict(sorted(types.items())),
            # Facts resting on one independent original (copies of a source do not count).
            "single_source": sum(1 for r in rels if r.independent_sources <= 1),
            "disputed": sum(1 for r in rels if r.disputed),
            "claims": sum(len(r.claims) for r in rels),
            "by_status": dict(sorted(Counter(r.status for r in rels).items())),
        },
        "disputed": [_disputed(r) for r in rels if r.disputed],
        "skipped": [_problem(p) for p in result.problems],
        "below_confidence": [_held(f) for f in result.held_out],
        "warnings": [_problem(w) for w in result.warnings],
        "validation": {
            "conforms": not result.violations,
            "violations": [str(v) for v in result.violations],
        },
    }


def _disputed(rel: Relationship) -> dict:
    """One disputed relationship as report.json lists it: its ends and what is contested."""
    return {
        "id": rel.id,
        "subject": rel.subject,
        "relation": rel.relation,
        "object": rel.object,
        "fields": rel.disputed_fields,
        "claims": len(rel.claims),
    }


def _held(fact: Fact) -> dict:
    best = max((c.confidence for c in fact.citations), default=Decimal(0))
    return {
        "subject": fact.subject,
        "relation": fact.relation,
        "object": fact.object,
        "confidence": float(best),
        "where": str(fact.where),
        "quote": next((c.quote for c in fact.citations if c.quote), None),
    }


def _problem(err: InputError) -> dict:
    return {"file": err.path, "line": err.line, "field": err.field, "message": err.message}
