"""How strongly a fact is supported, so chains of facts can be ranked by their weakest link.

A fact's strength comes from three things the graph records: its status (confirmed beats
reported beats alleged), whether its sources disagree (disputed), and how many independent
sources state it. `claim_strength` is the one place that weighs them.
"""

from __future__ import annotations

from typing import NamedTuple

from ..sources.documents import document_address

# Higher is stronger. An ended fact was confirmed while it lasted; a planned one is reported.
STATUS_RANK = {
    "confirmed": 3,
    "ended": 3,
    "reported": 2,
    "planned": 2,
    None: 2,
    "alleged": 1,
    "denied": 0,
}
# A citation without a source URL is known by its title (a record, a letter).
_SOURCE_KEYS = ("url", "title", "publisher")


class Strength(NamedTuple):
    """A fact's strength; `strength_key` orders them."""

    status_rank: int
    undisputed: bool
    sources: int
    status: str | None

    def describe(self) -> str:
        """`one source, alleged, disputed` — what a reader needs to weigh the claim."""
        parts = ["one source" if self.sources == 1 else f"{self.sources} sources"]
        parts.append(self.status or "status not stated")
        if not self.undisputed:
            parts.append("disputed")
        return ", ".join(parts)


def strength_key(strength: dict) -> tuple:
    """Orders strengths (as dicts, the form answers carry): status first, then undisputed over
    disputed, then the number of sources."""
    return (strength["status_rank"], strength["undisputed"], strength["sources"])


def claim_strength(sources: int, status: str | None, disputed: bool) -> Strength:
    """The strength of one fact from its independent sources, status and disputed flag."""
    return Strength(STATUS_RANK.get(status, STATUS_RANK[None]), not disputed, sources, status)


def independent_sources(citations: list[dict]) -> int:
    """How many distinct source documents the citations name (two locators in one document
    are one witness, and so are two spellings of its URL, as the build counts them)."""
    return len({citation_document(c) for c in citations} - {None})


def claims_own(fact: dict, claims: list[dict]) -> set:
    """Give a fact that only these claims make (their ends are not the record's) their own
    qualifiers, status and citations, not the record's, which are about other ends: Torn
    Apart's "American Toner & Ink" holds an award undated, as Torn Apart gives it, where
    USAspending's dates for JEREMY MEYER's were shown. The documents the claims cite."""
    first = claims[0]
    for name in ("start", "end", "amount", "currency", "status"):
        fact[name] = first.get(name)
    if "product_label" in fact:
        fact["product"], fact["product_label"] = first.get("product"), first.get("product_label")
    else:  # `show` keeps the product's label alone
        fact["product"] = first.get("product_label")
    fact["ongoing"] = bool(first.get("ongoing"))
    documents = {citation_document(s) for c in claims for s in c.get("sources") or ()} - {None}
    fact["citations"] = [c for c in fact["citations"] if citation_document(c) in documents]
    return documents


def citation_document(citation: dict) -> str | None:
    """The document a citation names, as the build counts witnesses: its URL's document
    (`document_address`), else its title or publisher; None when it names nothing."""
    if citation.get("url"):
        return document_address(citation["url"])
    return next((citation[k] for k in _SOURCE_KEYS if citation.get(k)), None)


def by_document(citations: list[dict]) -> list[list[dict]]:
    """The citations grouped by the document they cite, in the order given: an article cited
    with and without its trailing `/`, or an award by its record and by its page, is one
    group. A citation naming no document stands alone."""
    groups: dict[object, list[dict]] = {}
    for i, cite in enumerate(citations):
        groups.setdefault(citation_document(cite) or i, []).append(cite)
    return list(groups.values())


def fact_strength(fact: dict) -> Strength:
    """The strength of a network edge or path fact (its sources, status and disputed flag).

    The build counts independent originals (`tg:independentSources`: reports of one source
    count once); a graph without that count falls back to distinct cited documents.
    """
    counted = fact.get("independent_sources")
    sources = counted if counted is not None else independent_sources(fact.get("citations", ()))
    return claim_strength(sources, fact.get("status"), bool(fact.get("disputed")))


def best_citation(citations: list[dict]) -> dict | None:
    """The citation to show first: one with a quote, most confident, earliest reported."""
    return min(
        citations,
        key=lambda c: (
            not c.get("quote"),
            -(c.get("confidence") if c.get("confidence") is not None else 1.0),
            c.get("date") or "9999",
            c.get("url") or "",
            c.get("locator") or "",
        ),
        default=None,
    )
