"""Disputed facts and awards with every source's claim side by side: nothing silently wins.

A relationship is disputed when its sources disagree; an award when its records do (two
downloads of one award: its figure, its dates, its description), which may be on a field no
relationship carries, so the award is listed too, as its holder's `awardedContract`, each
record's description a claim with the file and line it was read from.
"""

from __future__ import annotations

from rdflib import Graph, URIRef

from ..query.cells import LIST_SEPARATOR
from ..query.display import display_width, padded
from ..query.named import get_query, run
from ..rdf.award_claims import award_claims
from ..rdf.records import claims_of, documents_once
from ..vocab import TG
from .wording import money, short_id, valid_time

CLAIM_COLUMNS = ("claim", "ends", "valid time", "amount", "product", "status", "sources")
# What a claim's ends are to its fact, by relation: the column says what it holds (an award's
# holder and the award, not a "buyer"); a relation not listed reads "subject" and "object".
END_ROLES = {
    "supplies": ("supplier", "buyer"),
    "awardedContract": ("holder", "award"),
    "develops": ("developer", "product"),
    "uses": ("user", "product used"),
    "hosts": ("host", "hosted"),
    "funds": ("funder", "funded"),
    "partOf": ("part", "whole"),
    "leads": ("leader", "led"),
    "worksFor": ("member", "employer"),
    "opposes": ("opponent", "opposed"),
    "supports": ("supporter", "supported"),
    "investigates": ("investigator", "investigated"),
}
# What an award's claim table shows of each field its records may disagree on, by the term
# that names the field: the latest action date always (which record the award shows follows
# it), then each field in dispute.
AWARD_HEADINGS = {
    "latestActionDate": "latest action",
    "obligatedAmount": "obligated",
    "potentialValue": "potential value",
    "baseActionDate": "base action",
    "performanceStart": "period start",
    "performanceEnd": "period end",
    "description": "description",
    "awardType": "award type",
    "piid": "PIID",
    "awardId": "award id",
    "parentAward": "parent award",
    "naicsCode": "NAICS",
    "naicsDescription": "NAICS title",
    "pscCode": "PSC",
    "pscDescription": "PSC title",
}
_AMOUNTS = ("obligatedAmount", "potentialValue")


def conflicts(graph: Graph, entity: URIRef | None = None) -> list[dict]:
    """Every disputed relationship and award (about `entity`, if given), with its competing
    claims; `kind` says which ("relationship", "award")."""
    found = []
    rows = run(graph, get_query("conflicts").text, {"entity": entity})
    for row in rows:
        node, kind = row.rel, str(row.kind)
        dispute = {
            "kind": kind,
            "id": str(node).rsplit("/", 1)[1],
            "subject": None if row.subject is None else str(row.subject),
            "relation": str(row.relation),
            "object": str(row.object),
            "fields": sorted(str(row.fields).split(LIST_SEPARATOR)) if row.fields else [],
        }
        if kind == "award":
            award_id = graph.value(node, TG.awardId)
            dispute["award"] = None if award_id is None else str(award_id)
            dispute["claims"] = award_claims(graph, node)
        else:
            dispute["claims"] = claims_of(graph, node, lines=True)
        found.append(dispute)
    return found


def format_text(disputes: list[dict]) -> str:
    """Each disputed fact, then a table of its claims: one row per claim, its sources last."""
    if not disputes:
        return "no disputed facts: where sources state a fact, they agree\n"
    blocks = []
    for dispute in disputes:
        award = dispute.get("kind") == "award"
        subject = dispute["subject"] or "(holder not known)"
        head = (
            f"⚠ {subject} {dispute['relation']} {dispute['object']}  "
            f"(disputed: {', '.join(dispute['fields'])}; "
            f"{'award' if award else 'relationship'} {dispute['id']})"
        )
        if award:
            table = _award_table(dispute)
        else:
            rows = [_row(i, claim) for i, claim in enumerate(dispute["claims"], 1)]
            table = _table([claim_columns(dispute), *rows])
        blocks.append("\n".join([head, *table]))
    return "\n\n".join(blocks) + "\n"


def claim_columns(dispute: dict) -> tuple[str, ...]:
    """The claim table's heading: its second column named for what the claims' ends are to
    the fact (`buyer`, `supplier → buyer` where the claims name two suppliers, `holder →
    award` for an award's holders)."""
    subject, obj = END_ROLES.get(dispute["relation"], ("subject", "object"))
    named = any(claim.get("subject") for claim in dispute["claims"])
    return (CLAIM_COLUMNS[0], f"{subject} → {obj}" if named else obj, *CLAIM_COLUMNS[2:])


def _row(number: int, claim: dict) -> tuple[str, ...]:
    sources = _sources(claim)
    if claim["denied"]:
        return (str(number), "", "", "", "", "denies it", sources)
    amount = (
        f"{money(claim['amount'])} {claim['currency'] or ''}".strip() if claim["amount"] else ""
    )
    return (
        str(number),
        _ends(claim),
        valid_time(claim) or "",
        amount,
        claim["product_label"] or "",
        claim["status"] or "",
        sources,
    )


def _award_table(dispute: dict) -> list[str]:
    """An award's claims side by side: the latest action date and each field in dispute."""
    terms = [t for t in AWARD_HEADINGS if t == "latestActionDate" or t in dispute["fields"]]
    head = ("claim", *(AWARD_HEADINGS[t] for t in terms), "sources")
    rows = [
        (str(i), *(award_value(claim, t) for t in terms), _sources(claim))
        for i, claim in enumerate(dispute["claims"], 1)
    ]
    return _table([head, *rows])


def award_value(values: dict, term: str) -> str:
    """One field of an award's record as a person reads it: its amounts as money."""
    value = values.get(term)
    if value is None:
        return ""
    return f"{money(value)} USD" if term in _AMOUNTS else value


def _sources(claim: dict) -> str:
    """Each source (its publisher, else its title, and its link), then the lines it was read
    from: two rows citing one permalink are told apart only by them."""
    sources = "; ".join(
        " ".join(x for x in (s.get("publisher") or s.get("title"), _at(s)) if x)
        for s in documents_once(claim["sources"])
    )
    lines = claim.get("lines")
    return f"{sources} ({', '.join(lines)})" if lines else sources


def _ends(claim: dict) -> str:
    """The object a claim names (a buyer, an award), and its subject where the claims name
    two (two firms said to hold one award)."""
    obj = claim["object_label"] or short_id(claim["object"] or "")
    if not claim.get("subject"):
        return obj
    return f"{claim['subject_label'] or short_id(claim['subject'])} → {obj}"


def _at(source: dict) -> str:
    return f"<{source['url']}>" if source.get("url") else ""


def _table(table: list[tuple[str, ...]]) -> list[str]:
    widths = [max(display_width(r[i]) for r in table) for i in range(len(table[0]))]
    lines = []
    for row in table:
        cells = [padded(cell, width) for cell, width in zip(row, widths, strict=True)]
        lines.append("  " + "  ".join(cells).rstrip())
    return lines
