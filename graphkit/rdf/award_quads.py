"""What award records say of a contract, as N-Triples lines in each record's named graph.

The contract shows one value per field (resolve/award_records.py says which record's) and says
whether its records disagree (`tg:disputed`, written on every contract a record describes). A
disputed contract names each field its records disagree on (`tg:disputedField`, the property's
name: `obligatedAmount`) and each record's own description as a `tg:Claim` with its citation
(the record's permalink, the award's id as locator, the file and line it was read from), as a
disputed relationship's claims: `tg:obligatedAmount 1000` cited by one row, `1500` by another.
"""

from __future__ import annotations

from ..model import Citation, ContractDetails, Entity
from ..resolve.award_records import disputed_fields
from .cited import TYPE, P, add_citation, add_source
from .iris import citation_iri, entity_node, record_claim_iri, source_name, source_node
from .iris import iri_text as _t
from .literals import boolean, decimal_literal, plain, typed

_TEXT = {
    "award_id": "awardId",
    "piid": "piid",
    "parent_award": "parentAward",
    "description": "description",
    "award_type": "awardType",
    "naics": "naicsCode",
    "naics_description": "naicsDescription",
    "psc": "pscCode",
    "psc_description": "pscDescription",
}
# Obligated money and the potential ceiling are different quantities: never one property.
_AMOUNTS = {"obligated": "obligatedAmount", "potential": "potentialValue"}
_DATES = {
    "base_action_date": "baseActionDate",
    "latest_action_date": "latestActionDate",
    "performance_start": "performanceStart",
    "performance_end": "performanceEnd",
}
# Each field of a record's description, and the ontology term it is stated by.
DETAIL_TERMS = {**_TEXT, **_AMOUNTS, **_DATES}

# Every ontology term an award record states of its contract, beside its type and describedBy:
# what export/placement.py puts in the record's graph.
CONTRACT_DETAIL_TERMS = (
    *_TEXT.values(),
    *_AMOUNTS.values(),
    *_DATES.values(),
    "disputed",
    "disputedField",
)


def add_contract(quads, entity: Entity) -> None:
    """A contract's award id, codes, amounts and dates, described by its record's source, in
    that source's graph; a disputed contract's claims, each in its record's source's graph."""
    details = entity.details
    node = entity_node(entity.id)
    graph = quads.graph(source_name(details.citation.source))
    graph.add(node, TYPE, P["Contract"])
    lines = _detail_lines(node, details)
    disputed = disputed_fields(list(entity.records)) if entity.records else []
    lines.append(f"{node} {P['disputed']} {boolean(bool(disputed))} .\n")
    for name in disputed:
        lines.append(f"{node} {P['disputedField']} {plain(DETAIL_TERMS[name])} .\n")
    graph.update(lines)
    graph.add(node, P["describedBy"], source_node(details.citation.source))
    add_source(graph, details.citation.source)
    if disputed:
        for record in entity.records:
            _add_record_claim(quads, entity.id, node, record)


def _add_record_claim(quads, contract_id: str, contract: str, record: ContractDetails) -> None:
    """One record's description of a disputed contract, in the graph of its source."""
    claim = _t(record_claim_iri(contract_id, record.values()))
    citation: Citation = record.citation
    graph = quads.graph(source_name(citation.source))
    graph.add(contract, P["claim"], claim)
    graph.add(claim, TYPE, P["Claim"])
    graph.update(_detail_lines(claim, record))
    # each claim's own citation node: two rows citing one permalink are told apart
    add_citation(graph, claim, _t(citation_iri(claim, citation)), citation)


def _detail_lines(node: str, details: ContractDetails) -> list[str]:
    lines = []
    for key, term in _TEXT.items():
        value = getattr(details, key)
        if value:
            lines.append(f"{node} {P[term]} {plain(value)} .\n")
    for key, term in _AMOUNTS.items():
        value = getattr(details, key)
        if value is not None:
            lines.append(f"{node} {P[term]} {decimal_literal(value)} .\n")
    for key, term in _DATES.items():
        value = getattr(details, key)
        if value is not None:
            lines.append(f"{node} {P[term]} {typed(str(value), 'date')} .\n")
    return lines
