"""Disputed facts with every source's claim side by side: nothing silently wins."""

from __future__ import annotations

from rdflib import Graph, URIRef

from ..query.cells import LIST_SEPARATOR
from ..query.display import display_width, padded
from ..query.named import get_query, run
from ..rdf.records import claims_of
from .wording import money, short_id, valid_time

CLAIM_COLUMNS = ("claim", "buyer", "valid time", "amount", "product", "status", "sources")


def conflicts(graph: Graph, entity: URIRef | None = None) -> list[dict]:
    """Every disputed relationship (about `entity`, if given), with its competing claims."""
    found = []
    rows = run(graph, get_query("conflicts").text, {"entity": entity})
    for row in rows:
        rel = row.rel
        found.append(
            {
                "id": str(rel).rsplit("/", 1)[1],
                "subject": str(row.subject),
                "relation": str(row.relation),
                "object": str(row.object),
                "fields": sorted(str(row.fields).split(LIST_SEPARATOR)) if row.fields else [],
                "claims": claims_of(graph, rel),
            }
        )
    return found


def format_text(disputes: list[dict]) -> str:
    """Each disputed fact, then a table of its claims: one row per claim, its sources last."""
    if not disputes:
        return "no disputed facts: where sources state a fact, they agree\n"
    blocks = []
    for dispute in disputes:
        head = (
            f"⚠ {dispute['subject']} {dispute['relation']} {dispute['object']}  "
            f"(disputed: {', '.join(dispute['fields'])}; relationship {dispute['id']})"
        )
        rows = [_row(i, claim) for i, claim in enumerate(dispute["claims"], 1)]
        blocks.append("\n".join([head, *_table(rows)]))
    return "\n\n".join(blocks) + "\n"


def _row(number: int, claim: dict) -> tuple[str, ...]:
    sources = "; ".join(
        " ".join(x for x in (s.get("publisher") or s.get("title"), _at(s)) if x)
        for s in claim["sources"]
    )
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


def _ends(claim: dict) -> str:
    """The buyer a claim names, and its supplier where the claims name two (an award)."""
    buyer = claim["object_label"] or short_id(claim["object"] or "")
    if not claim.get("subject"):
        return buyer
    return f"{claim['subject_label'] or short_id(claim['subject'])} → {buyer}"


def _at(source: dict) -> str:
    return f"<{source['url']}>" if source.get("url") else ""


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    table = [CLAIM_COLUMNS, *rows]
    widths = [max(display_width(r[i]) for r in table) for i in range(len(CLAIM_COLUMNS))]
    lines = []
    for row in table:
        cells = [padded(cell, width) for cell, width in zip(row, widths, strict=True)]
        lines.append("  " + "  ".join(cells).rstrip())
    return lines
