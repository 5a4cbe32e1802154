"""Network edges read as sentences: arrows that show direction, qualifiers, citation lines.

Shared by `path`, `timeline` and `diff`, so a fact reads the same wherever it is printed.
"""

from __future__ import annotations

from collections import Counter
from weakref import WeakKeyDictionary

from ..query.display import money as display_money
from ..rdf.witnesses import CITATION_FIELDS
from ..schema import relation_labels
from ..vocab import ENT, IDENTIFIER_TERMS


def short_id(iri: str) -> str:
    """`https://w3id.org/techgov/id/amazon` -> `amazon`."""
    return iri[len(str(ENT)) :] if iri.startswith(str(ENT)) else iri


def told_apart(label: str, identifiers: dict, iri: str) -> str:
    """A label another entity shares, with what tells the two apart: `MOTOROLA SOLUTIONS, INC.
    (uei G2LUXP8ND8U6)` beside `MOTOROLA SOLUTIONS, INC. (uei HFK9V1G2B513, duns 069373090)`,
    as an ambiguous name's error names them; the id where the records give no identifier."""
    found = [f"{name} {identifiers[name]}" for name in IDENTIFIER_TERMS if identifiers.get(name)]
    return f"{label} ({', '.join(found) or short_id(iri)})"


_SHARED: WeakKeyDictionary = WeakKeyDictionary()


def named(net, node: str) -> dict:
    """`{"name": …}` for a node whose label another node of the network shares (two firms a
    download names alike), to be read in its place; else nothing, the label says it all."""
    shared = _SHARED.get(net)
    if shared is None:
        counts = Counter(data.get("label") for _node, data in net.nodes(data=True))
        shared = _SHARED[net] = {label for label, count in counts.items() if count > 1}
    data = net.nodes[node]
    if data.get("label") not in shared:
        return {}
    return {"name": told_apart(data["label"], data.get("identifiers") or {}, node)}


def end(net, node: str) -> dict:
    """A fact's other end as the commands give it: its short id, label and, where another node
    shares the label, the name that tells it apart."""
    return {"id": short_id(node), "label": net.nodes[node]["label"], **named(net, node)}


def shown(entity: dict) -> str:
    """The name an entity's dict is read by: its label, told apart where another shares it."""
    return entity.get("name") or entity["label"]


def arrow(left: str, relation: str, right: str, forward: bool) -> str:
    """`left —relation→ right` when the fact is stated left to right, `left ←relation— right`
    when it is stated right to left (an edge walked backwards reads backwards)."""
    return f"{left} —{relation}→ {right}" if forward else f"{left} ←{relation}— {right}"


def sentence(left: str, relation: str, right: str, forward: bool) -> str:
    """The fact in words from `left`'s side: "Amazon has part Amazon Web Services"."""
    label, inverse = relation_labels().get(relation, (relation, f"{relation} (inverse)"))
    return f"{left} {label if forward else inverse} {right}"


# Statuses worth a word beside the fact; confirmed and reported are the ordinary cases.
_NOTED_STATUSES = ("alleged", "denied", "ended", "planned")


def valid_time(edge: dict) -> str | None:
    """`2018-10 to 2019-07`, `2020-08 to present (ongoing)` when a source says it still holds,
    `2020-08 onwards, end not known` when no source says either."""
    start, end = edge.get("start"), edge.get("end")
    if end:
        return f"{start or '?'} to {end}"
    if edge.get("ongoing"):
        return f"{start or '?'} to present (ongoing)"
    return f"{start} onwards, end not known" if start else None


def qualifiers(edge: dict) -> str:
    """`[⚠ disputed: amount; 2018-10 to 2019-07; 224,000 USD; product: Rekognition; ended]`,
    or "" when none."""
    parts = []
    if edge.get("disputed"):
        fields = ", ".join(edge.get("disputed_fields") or ())
        parts.append(f"⚠ disputed{': ' + fields if fields else ''}")
    if valid_time(edge):
        parts.append(valid_time(edge))
    if edge.get("amount"):
        parts.append(f"{money(edge['amount'])} {edge.get('currency') or ''}".strip())
    if edge.get("product_label") or edge.get("product"):
        parts.append(f"product: {edge.get('product_label') or short_id(edge['product'])}")
    if edge.get("role"):
        parts.append(f"role: {edge['role']}")
    if edge.get("status") in _NOTED_STATUSES:
        parts.append(edge["status"])
    return f"[{'; '.join(parts)}]" if parts else ""


def claim_line(claim: dict, show_object: bool = False) -> str:
    """One competing claim: `224,000 USD; 2020-08 onwards — TechCrunch` or `denies it — …`.

    `show_object` names the buyer, for claims that disagree on it.
    """
    if claim.get("denied"):
        text = "denies it"
    else:
        parts = []
        if claim.get("subject_label"):  # set only where the claims name two suppliers
            parts.append(f"by {claim['subject_label']}")
        if show_object and claim.get("object_label"):
            parts.append(f"to {claim['object_label']}")
        when = valid_time(claim)
        if when:
            parts.append(when)
        if claim.get("amount"):
            parts.append(f"{money(claim['amount'])} {claim.get('currency') or ''}".strip())
        if claim.get("product_label"):
            parts.append(f"product: {claim['product_label']}")
        if claim.get("status"):
            parts.append(claim["status"])
        text = "; ".join(parts) or "states it"
    names = [source_name(s) or "?" for s in claim["sources"]]
    return f"{text} — {', '.join(dict.fromkeys(names))}"


def claim_lines(fact: dict) -> list[str]:
    """The fact's claims, one line each: each names its buyer where the claims name two (a
    record's ICE beside a tracker's ICE office, one within the other, is no dispute, but two
    claims read alike, "2015-05-28 to 2018-05-27; 39,340,901 USD; confirmed"), and a line two
    claims of one publisher read alike is given once."""
    claims = fact.get("claims") or ()
    buyers = {c.get("object") for c in claims if not c.get("denied")}
    show_object = "object" in (fact.get("disputed_fields") or ()) or len(buyers) > 1
    return list(dict.fromkeys(claim_line(c, show_object) for c in claims))


def claimed_note(fact: dict) -> str:
    """`  (named only in claims of USAspending.gov)`: for a fact that names the entity only
    in some of its claims, whose (the publishers of the documents those claims cite, as
    `claims_own` leaves the fact's citations); "" for any other fact. "one source's claim"
    was said where two claims of one record named the entity."""
    if not fact.get("claimed"):
        return ""
    cites = fact.get("citations") or ()
    names = list(dict.fromkeys(source_name(c) or "?" for c in cites))
    return f"  (named only in claims of {', '.join(names) or 'a source'})"


def source_name(source: dict) -> str | None:
    """Who a source is to a reader: its publisher, else its document's title, else its URL.
    Claimants are named so in `show`, `timeline`, `conflicts`, `path`, the exports and the
    page: the page named Torn Apart's claim by its title where the others named xpmethod."""
    return source.get("publisher") or source.get("title") or source.get("url")


def claimants(claims) -> list[str]:
    """Whose claims these are: the names (`source_name`) of the sources they cite, sorted."""
    names = {source_name(s) for claim in claims for s in claim.get("sources") or ()}
    return sorted(names - {None})


def claimed_pair(claim: dict, source: str, target: str) -> tuple[str, str]:
    """The ends a claim gives its fact: its own supplier or buyer, else the fact's."""
    return (claim.get("subject") or source, claim.get("object") or target)


def claim_ends(source: str, target: str, claims, nodes) -> list[tuple[str, str]]:
    """The (subject, object) pairs a fact's claims give it other than its own, each once, where
    both are among `nodes` (a network, or any container of entity IRIs)."""
    found = []
    for claim in claims:
        ends = claimed_pair(claim, source, target)
        if ends != (source, target) and ends not in found and all(e in nodes for e in ends):
            found.append(ends)
    return found


def facts_per_entity(net) -> Counter:
    """How many facts each entity of the network is in, each once, as `graphkit entities`
    counts them: a fact's two ends and the ends its claims give it (a report's supplier of an
    award a record gives another firm); a subcontract a firm reported to itself is one."""
    counts: Counter = Counter()
    for source, target, claims in net.edges(data="claims"):
        ends = {source, target}
        for pair in claim_ends(source, target, claims or (), net):
            ends.update(pair)
        counts.update(ends)
    return counts


def claim_side(claims, entity: str, subject: str, obj: str) -> tuple[bool, str] | None:
    """(whether the entity is the subject, the other end) of the first claim naming `entity`
    at one end (a claim names its subject only where the claims name two), or None: the fact
    read from the side one source's claim puts the entity on, with that claim's other end, not
    the record's (Torn Apart's "Defense Point Security supplies Mission Support Washington"
    for a record's Accenture supplying another office)."""
    for claim in claims:
        ends = (claim.get("subject") or subject, claim.get("object") or obj)
        if entity in ends:
            return ends[0] == entity, ends[1] if ends[0] == entity else ends[0]
    return None


def claims_naming(claims, entity: str, subject: str, obj: str) -> list[dict]:
    """The claims that give the fact the ends the first claim naming `entity` gives it (see
    claim_side): those whose figures and sources a fact named only so rests on."""

    def ends(claim: dict) -> tuple[str, str]:
        return claim.get("subject") or subject, claim.get("object") or obj

    naming = [c for c in claims if entity in ends(c)]
    return [c for c in naming if ends(c) == ends(naming[0])] if naming else []


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


def shown_citations(citations: list[dict]) -> list[dict]:
    """A fact's citations as an output gives them, oldest report first: each a copy of its
    documented fields alone (a copy's `witness`, which the page counts by, stays out)."""
    return [
        {name: cite.get(name) for name in CITATION_FIELDS}
        for cite in sorted(citations, key=citation_order)
    ]


def reported(edge: dict) -> str | None:
    """The earliest reporting date among the edge's citations (the sources' dates)."""
    dates = sorted(c["date"] for c in edge.get("citations", ()) if c.get("date"))
    return dates[0] if dates else None
