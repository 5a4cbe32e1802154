"""Resolved facts merged into relationships: one per fact, however many sources state it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace

from ..exc import InputError, Location, UnknownEntityError
from ..model import Citation, Fact
from ..sources.registry import Registry

QUALIFIERS = ("start", "end", "amount", "currency", "role", "status")


@dataclass
class Relationship:
    """A fact with registry ids and all the citations that state it."""

    id: str
    subject: str
    relation: str
    object: str
    product: str | None = None
    contract: str | None = None
    start: object = None
    end: object = None
    amount: object = None
    currency: str | None = None
    role: str | None = None
    status: str | None = None
    citations: list[Citation] = field(default_factory=list)
    where: list[Location] = field(default_factory=list)


def relationship_id(
    subject: str, relation: str, obj: str, product: str | None, contract: str | None, start: object
) -> str:
    """A stable id from what makes a fact distinct: its ends, product, contract and start."""
    parts = [subject, relation, obj, product or "", contract or "", str(start or "")]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def resolve_fact(fact: Fact, registry: Registry) -> Fact:
    """The fact with entity ids in place of names; UnknownEntityError names the field."""
    resolved = {}
    for key in ("subject", "object", "product"):
        name = getattr(fact, key)
        if name is None:
            continue
        try:
            resolved[key] = registry.resolve(name).id
        except UnknownEntityError as err:
            err.path, err.line, err.field = fact.where.file or None, fact.where.line, key
            raise
    return replace(fact, **resolved)


def merge(facts: list[Fact]) -> tuple[list[Relationship], list[InputError]]:
    """Group facts into relationships; conflicting qualifiers keep the first value and warn."""
    merged: dict[str, Relationship] = {}
    cited: dict[str, set] = {}  # citation keys per relationship: linear, not quadratic, merging
    warnings: list[InputError] = []
    for fact in facts:
        rid = relationship_id(
            fact.subject, fact.relation, fact.object, fact.product, fact.contract, fact.start
        )
        rel = merged.get(rid)
        if rel is None:
            rel = merged[rid] = Relationship(
                id=rid,
                subject=fact.subject,
                relation=fact.relation,
                object=fact.object,
                product=fact.product,
                contract=fact.contract,
            )
        for key in QUALIFIERS:
            new = getattr(fact, key)
            old = getattr(rel, key)
            if new is None:
                continue
            if old is None:
                setattr(rel, key, new)
            elif old != new:
                warnings.append(
                    InputError.at(
                        fact.where,
                        f"{key} {new} conflicts with {old} stated at {rel.where[0]} "
                        f"for the same fact; keeping {old}",
                        key,
                    )
                )
        rel.where.append(fact.where)
        seen = cited.setdefault(rid, set())
        for citation in fact.citations:
            key = _citation_key(citation)
            if key not in seen:
                seen.add(key)
                rel.citations.append(citation)
    return sorted(merged.values(), key=lambda r: r.id), warnings


def _citation_key(citation: Citation) -> tuple:
    """What makes two citations the same: document, locator, quote and offset."""
    return (citation.source.key, citation.locator, citation.quote, citation.start)
