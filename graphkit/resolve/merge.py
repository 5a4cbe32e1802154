"""Resolved facts merged into relationships: one per fact, however many sources state it.

Each source's version stays a claim of its own (see claims.py); nothing one source says is
dropped in favour of another's.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from ..exc import InputError, Location
from ..model import Citation, Fact
from .citations import joined_citations
from .claims import (
    Claim,
    amounts_agree,
    claim_of,
    claim_signature,
    dates_agree,
    disputed_fields,
    finer_amount,
    later,
    more_precise,
    record_rank,
)
from .provenance import Provenance


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
    ongoing: bool | None = None
    claims: list[Claim] = field(default_factory=list)  # most authoritative first
    disputed: bool = False  # some claims disagree, or one denies what another states
    disputed_fields: list[str] = field(default_factory=list)
    independent_sources: int = 0  # distinct originals behind the claims that state it


def relationship_id(
    subject: str, relation: str, obj: str, product: str | None, contract: str | None, start: object
) -> str:
    """A stable id from what makes a fact distinct: its ends, product, contract and start."""
    parts = [subject, relation, obj, product or "", contract or "", str(start or "")]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def merge(
    facts: list[Fact], provenance: Provenance | None = None
) -> tuple[list[Relationship], list[InputError]]:
    """Group facts into relationships, each source's version kept as a claim.

    Facts naming one award are one relationship whatever else they say, the supplier they
    name included (a subcontract citing the award, and another firm's denial of it, stay
    apart); other facts are one relationship when their ends, product, contract and start
    agree. A denial joins every relationship it could deny (same ends; product, contract and
    start where it names them).
    Sources that disagree make the relationship disputed; none of their values is dropped.
    """
    provenance = provenance or Provenance()
    buckets: dict[str, list[Fact]] = {}
    keyed_start: dict[str, object] = {}  # the start each relationship is keyed under
    denials = [f for f in facts if f.status == "denied" and not f.award]
    award_denials = [f for f in facts if f.status == "denied" and f.award]
    stated = [f for f in facts if f.status != "denied"]
    starts = _starts(stated)
    for fact in stated:
        rid = _key(fact, starts)
        if rid not in buckets:
            buckets[rid] = []
            keyed_start[rid] = None if fact.award else _start(fact, starts)
        buckets[rid].append(fact)
    _subcontracts_apart(buckets, keyed_start)
    # Every pair of ends a relationship's facts name (an award's sources may name two
    # suppliers), whichever fact came first.
    by_ends: dict[tuple[str, str, str], list[tuple[str, Fact]]] = {}
    for rid, group in buckets.items():
        first: dict[tuple[str, str, str], Fact] = {}
        for fact in group:
            first.setdefault((fact.subject, fact.relation, fact.object), fact)
        for ends, fact in first.items():
            by_ends.setdefault(ends, []).append((rid, fact))
    hierarchy = _Hierarchy(facts)
    for denial in denials:
        ends = (denial.subject, denial.relation, denial.object)
        targets = [
            rid
            for rid, stated in by_ends.get(ends, ())
            if _denies(denial, stated, keyed_start[rid])
        ]
        for rid in targets or [_key(denial, starts)]:
            buckets.setdefault(rid, []).append(denial)
    for denial in award_denials:
        # A supplier the award's sources name (or its parent, or a unit of it) denying it joins
        # the award; another firm denying it of itself ("we never held that contract") is a
        # relationship of its own.
        rid = _key(denial, starts)
        if not any(hierarchy.related(f.subject, denial.subject) for f in buckets.get(rid, ())):
            rid = relationship_id(denial.subject, denial.relation, "", None, _award(denial), None)
        buckets.setdefault(rid, []).append(denial)
    merged = [_relationship(rid, group, provenance, hierarchy) for rid, group in buckets.items()]
    return sorted(merged, key=lambda r: r.id), []


def _key(fact: Fact, starts: dict) -> str:
    if fact.award:  # whoever a source names as its supplier: one award, one relationship
        return relationship_id("", fact.relation, "", None, _award(fact), None)
    start = _start(fact, starts)
    return relationship_id(
        fact.subject, fact.relation, fact.object, fact.product, fact.contract, start
    )


def _award(fact: Fact) -> str:
    return "award " + fact.award


def _subcontracts_apart(buckets: dict[str, list[Fact]], keyed_start: dict) -> None:
    """A fact citing an award whose buyer is one of the award's suppliers ("Amazon supplies
    Palantir" under Palantir's ICE award) states a subcontract, not the award: a relationship
    of its own, keyed by its ends as any fact."""
    for rid, group in list(buckets.items()):
        if not group[0].award:
            continue
        suppliers = {f.subject for f in group}
        apart = [f for f in group if f.object in suppliers and f.object != f.subject]
        if not apart or len(apart) == len(group):
            continue
        kept = {id(f) for f in apart}
        buckets[rid] = [f for f in group if id(f) not in kept]
        for fact in apart:
            ends = (fact.subject, fact.relation, fact.object)
            key = relationship_id(*ends, None, _award(fact), None)
            buckets.setdefault(key, []).append(fact)
            keyed_start[key] = None


def _start(fact: Fact, starts: dict):
    """The start a fact is keyed under: its own, or the finer date it joined (`_starts`)."""
    return starts.get((_statement(fact), fact.start), fact.start)


def _statement(fact: Fact) -> tuple:
    return (fact.subject, fact.relation, fact.object, fact.product, fact.contract)


_PRECISION = {"year": 0, "month": 1, "day": 2}


def _starts(facts) -> dict:
    """The start each known start of a statement is keyed under: a date known to the year or
    the month joins the one more precise date it agrees with ("2020-08" and "2020-08-12" are one
    fact, its start known to the day), so one fact stated at two precisions is one relationship
    and its amount counted once. A date that agrees with two or more others ("2020" with
    "2020-08" and "2020-09") cannot say which fact it is, and stays a relationship of its own.
    """
    by_statement: dict[tuple, set] = {}
    for fact in facts:
        if not fact.award and fact.start is not None:
            by_statement.setdefault(_statement(fact), set()).add(fact.start)
    keyed = {}
    for statement, dates in by_statement.items():
        if len(dates) < 2:
            continue
        # The most precise first: each date then joins the one finer date it agrees with.
        seeds: list = []
        home: dict = {}
        for date in sorted(dates, key=lambda d: (-_PRECISION[d.precision], str(d))):
            agreeing = {home[s] for s in seeds if dates_agree(s, date)}
            home[date] = agreeing.pop() if len(agreeing) == 1 else date
            seeds.append(date)
        keyed.update({(statement, date): seed for date, seed in home.items() if seed != date})
    return keyed


def _denies(denial: Fact, stated: Fact, start) -> bool:
    """Whether a denial denies a relationship: same ends, and the product, contract and start
    it names. `start` is the one the relationship is keyed under: a denial of August 2020
    denies a fact of 2020-08-12; one of 2020-08-20 does not, nor does one of 2020-08-12 deny
    a fact known only to 2020, which may be another month's."""
    if denial.start is not None and (
        start is None
        or not dates_agree(denial.start, start)
        or _PRECISION[start.precision] < _PRECISION[denial.start.precision]
    ):
        return False
    return all(
        getattr(denial, key) is None or getattr(denial, key) == getattr(stated, key)
        for key in ("product", "contract")
    )


class _Hierarchy:
    """Which organisations are part of which (partOf facts), to compare an award's buyers."""

    def __init__(self, facts: list[Fact]) -> None:
        self._parents: dict[str, set[str]] = {}
        for fact in facts:
            if fact.relation == "partOf" and fact.status != "denied":
                self._parents.setdefault(fact.subject, set()).add(fact.object)
        self._memo: dict[str, set[str]] = {}

    def ancestors(self, node: str) -> set[str]:
        if node not in self._memo:
            found, stack = set(), [node]
            while stack:
                for parent in self._parents.get(stack.pop(), ()):
                    if parent not in found:
                        found.add(parent)
                        stack.append(parent)
            self._memo[node] = found
        return self._memo[node]

    def related(self, a: str, b: str) -> bool:
        """One is the other, or part of it (an office and its agency): no disagreement."""
        return a == b or b in self.ancestors(a) or a in self.ancestors(b)


def _relationship(
    rid: str, group: list[Fact], provenance: Provenance, hierarchy: _Hierarchy
) -> Relationship:
    first = group[0]
    rel = Relationship(id=rid, subject=first.subject, relation=first.relation, object=first.object)
    claims: dict[tuple, Claim] = {}
    claim_cited: dict[tuple, list[Citation]] = {}
    cited: list[Citation] = []  # the relationship's citations, each passage joined below
    for fact in group:
        signature = claim_signature(fact)
        claim = claims.get(signature)
        if claim is None:
            claim = claims[signature] = claim_of(fact)
        claim.as_of = later(claim.as_of, fact.as_of)
        claim.where.append(fact.where)
        rel.where.append(fact.where)
        claim_cited.setdefault(signature, []).extend(fact.citations)
        cited.extend(fact.citations)
        for key in ("contract", "role"):
            if getattr(rel, key) is None:
                setattr(rel, key, getattr(fact, key))
    rel.citations = joined_citations(cited)
    for signature, claim in claims.items():
        # A claim's own: its quoteless citation takes no other claim's quote of that place.
        claim.citations = joined_citations(claim_cited[signature])
    ranked = list(claims.values())
    if len(ranked) > 1:
        # The most authoritative claim first: a government record over a report over a letter;
        # of two records, the later (claims.record_rank); of claims alike so far, the one of
        # the row row_rank.py puts first (records' rows), else the one read first.
        order = {id(c): i for i, c in enumerate(ranked)}
        ranked.sort(
            key=lambda c: (
                c.denied,
                provenance.authority(x.source for x in c.citations),
                record_rank(c),
                min(x.rank for x in c.citations) if c.citations else "",
                order[id(c)],
            )
        )
    rel.claims = ranked
    if len({c.subject for c in ranked}) == 1:  # one supplier named: the relationship's own
        for claim in ranked:
            claim.subject = None
    stating = [c for c in ranked if not c.denied]
    rel.disputed_fields = disputed_fields(ranked, hierarchy.related)
    rel.disputed = bool(rel.disputed_fields)
    if stating:
        _take_values(rel, stating, hierarchy)
        sources = [c.source for claim in stating for c in claim.citations]
        explicit = next((c.status for c in stating if c.status), None)
        rel.status = explicit or provenance.status(sources)
        rel.independent_sources = provenance.independent(sources)
    else:
        _take_values(rel, ranked, hierarchy)
        rel.status = "denied"
        rel.independent_sources = 0
    return rel


def _take_values(rel: Relationship, claims: list[Claim], hierarchy: _Hierarchy) -> None:
    """Each qualifier from the most authoritative claim giving it; the most specific buyer a
    claim naming the fact's supplier gives."""
    rel.object = claims[0].object
    rel.subject = claims[0].subject or rel.subject
    if len(claims) == 1:  # the common case: one version, taken as it is
        claim = claims[0]
        rel.amount, rel.currency, rel.product = claim.amount, claim.currency, claim.product
        rel.start, rel.end = claim.start, claim.end
        rel.ongoing = True if claim.end is None and claim.ongoing else None
        return
    for claim in claims[1:]:
        # A finer buyer of a claim naming another supplier is that supplier's: taken, it paired
        # the first claim's firm with an office no source gives it.
        if claim.subject not in (None, rel.subject):
            continue
        if claim.object != rel.object and rel.object in hierarchy.ancestors(claim.object):
            rel.object = claim.object
    # An amount with its own claim's currency: taken apart, a claim that gave a currency
    # alone lent it to another's amount (1,500,000 USD shown as 1,500,000 EUR).
    money = next((c for c in claims if c.amount is not None), None)
    rel.amount, rel.currency = (money.amount, money.currency) if money else (None, None)
    for claim in claims:  # to the cent, where a claim in whole dollars agrees with it
        if money and claim.currency == money.currency and amounts_agree(rel.amount, claim.amount):
            rel.amount = finer_amount(rel.amount, claim.amount)
    rel.product = next((c.product for c in claims if c.product is not None), None)
    for key in ("start", "end"):
        value = None
        for claim in claims:
            if value is None or dates_agree(value, getattr(claim, key)):
                value = more_precise(value, getattr(claim, key))
        setattr(rel, key, value)
    rel.ongoing = True if rel.end is None and any(c.ongoing for c in claims) else None
