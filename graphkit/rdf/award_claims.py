"""A disputed award's claims read back from a graph: each record's own description of the award
(award_quads.py writes them), by the ontology term that states each field, with its sources
and the lines it was read from, so that two downloads of one award can be laid side by side."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from rdflib import Graph

from ..vocab import TG
from .award_quads import DETAIL_TERMS
from .records import cited_lines, sources_order

# Each field a record describes, by the term that states it (`obligatedAmount`): the names a
# disputed award's `tg:disputedField` gives, so each names a key of every claim.
TERMS = tuple(DETAIL_TERMS.values())


def award_claims(graph: Graph, node) -> list[dict]:
    """Each claim of a disputed award (empty when none are recorded): its values by term (None
    where its record gives none), its sources and its `lines`; the claim the award shows
    first, as the build ranks records (resolve/award_records.py)."""
    claims = []
    for claim in sorted(graph.objects(node, TG.claim), key=str):
        values = {term: _text(graph.value(claim, TG[term])) for term in TERMS}
        sources = []
        for cite in graph.objects(claim, TG.citation):
            source = graph.value(cite, TG.source)
            sources.append(
                {
                    "title": _text(graph.value(source, TG.title)),
                    "url": _text(graph.value(source, TG.url)),
                    "publisher": _text(graph.value(source, TG.publisher)),
                    "locator": _text(graph.value(cite, TG.locator)),
                }
            )
        sources = sources_order(sources)
        claims.append(
            {
                **values,
                "source": sources[0]["title"] if sources else None,
                "url": sources[0]["url"] if sources else None,
                "sources": sources,
                "lines": cited_lines(graph, claim),
            }
        )
    return sorted(claims, key=_rank)


def _rank(claim: dict) -> tuple:
    """The record of the latest action date first (one without a date after those with one),
    then the one that says more, then the larger obligated amount, then the values' text."""
    latest = claim["latestActionDate"]
    given = sum(claim[term] is not None for term in TERMS)
    obligated = _amount(claim["obligatedAmount"])
    return (
        latest is None,
        _descending(latest),
        -given,
        obligated is None,
        -(obligated or 0),
        tuple(claim[term] or "" for term in TERMS),
        claim["lines"],
    )


def _descending(date: str | None) -> tuple[int, ...]:
    """`2021-03-31` as a key that puts later dates first (a month's unknown day after its
    known days, as the build compares them)."""
    parts = [int(p) for p in (date or "").split("-") if p.isdigit()]
    return tuple(-n for n in (parts + [0, 0, 0])[:3])


def _amount(text: str | None) -> Decimal | None:
    try:
        return None if text is None else Decimal(text)
    except InvalidOperation:
        return None


def _text(value) -> str | None:
    return None if value is None else str(value)
