"""Network edges read as sentences: arrows that show direction, qualifiers, citation lines.

Shared by `path`, `timeline` and `diff`, so a fact reads the same wherever it is printed.
"""

from __future__ import annotations

from ..query.display import money as display_money
from ..schema import relation_labels
from ..vocab import ENT


def short_id(iri: str) -> str:
    """`https://w3id.org/techgov/id/amazon` -> `amazon`."""
    return iri[len(str(ENT)) :] if iri.startswith(str(ENT)) else iri


def arrow(left: str, relation: str, right: str, forward: bool) -> str:
    """`left —relation→ right` when the fact is stated left to right, `left ←relation— right`
    when it is stated right to left (an edge walked backwards reads backwards)."""
    return f"{left} —{relation}→ {right}" if forward else f"{left} ←{relation}— {right}"


def sentence(left: str, relation: str, right: str, forward: bool) -> str:
    """The fact in words from `left`'s side: "Amazon has part Amazon Web Services"."""
    label, inverse = relation_labels().get(relation, (relation, f"{relation} (inverse)"))
    return f"{left} {label if forward else inverse} {right}"


def qualifiers(edge: dict) -> str:
    """`[2018-10 to 2019-07; 224,000 USD; product: Rekognition; ended]`, or "" when none."""
    parts = []
    if edge.get("start") or edge.get("end"):
        parts.append(f"{edge.get('start') or '?'} to {edge.get('end') or 'present'}")
    if edge.get("amount"):
        parts.append(f"{money(edge['amount'])} {edge.get('currency') or ''}".strip())
    if edge.get("product_label") or edge.get("product"):
        parts.append(f"product: {edge.get('product_label') or short_id(edge['product'])}")
    if edge.get("role"):
        parts.append(f"role: {edge['role']}")
    if edge.get("status") and edge["status"] != "confirmed":
        parts.append(edge["status"])
    return f"[{'; '.join(parts)}]" if parts else ""


def money(amount: str) -> str:
    """`29900000.0` -> `29,900,000`: the figure, its currency written after it."""
    return display_money(amount, None)


def citation_line(cite: dict) -> str:
    """`CNET, 2019-07-18: Title <url> (paragraph 1)`."""
    head = ", ".join(x for x in (cite.get("publisher"), cite.get("date")) if x)
    title = cite.get("title") or "untitled"
    url = f" <{cite['url']}>" if cite.get("url") else ""
    where = f" ({cite['locator']})" if cite.get("locator") else ""
    return f"{head}: {title}{url}{where}" if head else f"{title}{url}{where}"


def citation_order(cite: dict) -> tuple:
    """Oldest report first; undated ones last; then by publisher, URL and locator."""
    return (
        cite.get("date") or "9999",
        cite.get("publisher") or "",
        cite.get("url") or "",
        cite.get("locator") or "",
        cite.get("quote") or "",
    )


def reported(edge: dict) -> str | None:
    """The earliest reporting date among the edge's citations (the sources' dates)."""
    dates = sorted(c["date"] for c in edge.get("citations", ()) if c.get("date"))
    return dates[0] if dates else None
