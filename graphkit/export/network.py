"""The graph for other tools: GraphML and GEXF (Gephi, Cytoscape), CSV, JSON-LD, N-Quads, Cypher.

Every export is deterministic: nodes and edges in sorted order, no timestamps, so the same
graph gives byte-identical files.
"""

from __future__ import annotations

import csv
import io
import re

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter
from rdflib import Graph

from .. import __version__
from ..amounts import amount_text
from ..explain.evidence import claims_own, independent_sources
from ..explain.wording import claim_ends, claimants, claimed_pair, facts_per_entity, short_id

EXPORT_FORMATS = ("graphml", "gexf", "csv", "jsonld", "nquads", "cypher")
# A record's identifiers (UEI, DUNS, CAGE) and the Wikidata QID: what tells apart two firms of
# one name in a tool that shows only the columns.
NODE_IDENTIFIERS = ("uei", "duns", "cage", "wikidata")
NODE_COLUMNS = ("id", "label", "type", "aliases", *NODE_IDENTIFIERS, "facts", "iri")
EDGE_COLUMNS = (
    "id",
    "source",
    "target",
    "relation",
    "family",
    "start_date",
    "end_date",
    "amount",
    "currency",
    "product",
    "contract",
    "role",
    "status",
    "disputed",
    "citations",
    "sources",
    "source_url",
    "source_title",
    "source_date",
    "claimed",
)


def export(graph: Graph, fmt: str, net: nx.MultiDiGraph | None = None) -> dict[str, bytes]:
    """The export as {file name: content}; one file for every format but csv (two).

    `net` is the network projection of `graph`, passed when the caller already has it.
    """
    if fmt in ("jsonld", "nquads"):
        from .rdf import to_jsonld, to_nquads  # noqa: PLC0415 - rdflib-only formats

        return {f"graph.{fmt}": (to_jsonld if fmt == "jsonld" else to_nquads)(graph)}
    if net is None:
        from ..network import to_network  # noqa: PLC0415

        net = to_network(graph)
    flat = flat_network(net)
    if fmt == "graphml":
        return {"graph.graphml": to_graphml(flat)}
    if fmt == "gexf":
        return {"graph.gexf": to_gexf(flat)}
    if fmt == "csv":
        return to_csv(flat)
    if fmt == "cypher":
        from .cypher import to_cypher  # noqa: PLC0415

        return {"graph.cypher": to_cypher(flat)}
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")


def flat_network(net: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The network with short ids and scalar attributes only, as graph tools expect.

    Nodes: label, type, aliases ("; "-joined), facts (number of facts), iri. Edges, keyed by
    relationship id: relation, family, valid dates, amount, currency, product, contract, role,
    status, the fields its sources dispute, number of citations, of documents they cite
    (sources) and the first source (earliest dated, then by URL). A disputed fact whose claim
    gives it other ends (a report's supplier of an award a record gives another firm) has an
    edge for them too, keyed `ID-1`, `ID-2` …, with that claim's figures and citations and
    `claimed` naming who claims it, as `show` and `path` read the fact. Absent values are left
    out rather than written empty.
    """
    edges = []
    for source, target, key in sorted(net.edges(keys=True)):
        data = net.edges[source, target, key]
        rel_id = key.rsplit("/", 1)[-1]
        edges.append((source, target, rel_id, _edge(data, data["citations"])))
        claims = data.get("claims") or ()
        for n, ends in enumerate(claim_ends(source, target, claims, net), start=1):
            own = [c for c in claims if claimed_pair(c, source, target) == ends]
            edges.append((*ends, f"{rel_id}-{n}", _claim_edge(data, own)))
    facts = facts_per_entity(net)
    flat = nx.MultiDiGraph()
    for node in sorted(net.nodes):
        data = net.nodes[node]
        flat.add_node(
            short_id(node),
            **_present(
                {
                    "label": data["label"],
                    "type": data["type"],
                    "aliases": "; ".join(data.get("aliases") or ()) or None,
                    **_identifiers(data.get("identifiers") or {}),
                    "facts": facts[node],
                    "iri": node,
                }
            ),
        )
    for source, target, key, attrs in edges:
        flat.add_edge(short_id(source), short_id(target), key=key, **attrs)
    return flat


def _edge(data: dict, citations: list[dict], counted: bool = True) -> dict:
    """An edge's attributes; `counted` False writes its amount as text only (see _claim_edge)."""
    first = _first_source(citations)
    amounts = _amounts(data.get("amount"), data.get("currency"))
    if not counted:
        amounts = {k: v for k, v in amounts.items() if k in ("amount", "currency")}
    return _present(
        {
            "relation": data["relation"],
            "family": data.get("family"),
            "start_date": data.get("start"),
            "end_date": data.get("end"),
            **amounts,
            "product": short_id(data["product"]) if data.get("product") else None,
            # The award, as its node's id: one firm's awards from one office, alike in every
            # other column where the record gives no figure, are told apart by it.
            "contract": short_id(data["contract"]) if data.get("contract") else None,
            "role": data.get("role"),
            "status": data.get("status"),
            # What the sources give apart (`amount`, `subject`): the amount and status
            # above are then one claim's, as `graphkit conflicts` lists every claim.
            "disputed": " ".join(data.get("disputed_fields") or ()) or None,
            "citations": len(citations),
            # The independent originals behind them, as `single-source`, `show` and `stats`
            # count them (the build's count): one article cited twice, or by two spellings of
            # its URL, is one source, and so is a copy of a publisher's records beside its
            # original (Torn Apart's row of an award USAspending's record gives), which were two.
            # A claim's edge counts the documents its own citations name.
            "sources": _sources(data, citations) if counted else independent_sources(citations),
            "source_url": first.get("url"),
            "source_title": first.get("title"),
            "source_date": first.get("date"),
            "claimed": data.get("claimed"),
        }
    )


def _sources(data: dict, citations: list[dict]) -> int:
    counted = data.get("independent_sources")
    return counted if counted is not None else independent_sources(citations)


def _claim_edge(data: dict, claims: list[dict]) -> dict:
    """The edge of the ends these claims give a fact: their dates, figure, product, status and
    citations, not the record's, which are about other ends. Its amount is written but not as
    a number under its currency (`amount_USD`): the award's figure is the fact's own edge's,
    and a tool's sum of the two counted the award twice."""
    fact = {**data, "citations": list(data["citations"]), "product_label": None}
    claims_own(fact, claims)
    fact["claimed"] = " | ".join(claimants(claims)) or "?"
    return _edge(fact, fact["citations"], counted=False)


def _identifiers(identifiers: dict[str, str]) -> dict[str, str]:
    # The graph holds a Wikidata item as its IRI; a table shows its QID.
    return {
        name: identifiers[name].rsplit("/", 1)[-1]
        for name in NODE_IDENTIFIERS
        if identifiers.get(name)
    }


def _amounts(amount, currency: str | None) -> dict:
    """An edge's amount as written (text, which no tool adds up), its currency, and the number
    under a name of its currency's own (`amount_USD`): a tool that sums an attribute then
    sums one currency. A single numeric `amount` beside `currency` added euros to dollars in
    Gephi's, yEd's and networkx's totals."""
    if not amount:
        return {"currency": currency}
    written = amount_text(str(amount))  # a double keeps 15 digits, an amount may have 17
    found = {"amount": written, "currency": currency}
    if currency:
        found[amount_column(currency)] = float(written)
    return found


def amount_column(currency: str) -> str:
    """The attribute that holds an amount in `currency` as a number: `amount_USD`."""
    return f"amount_{currency}"


def _first_source(citations: list[dict]) -> dict:
    if not citations:
        return {}
    return min(
        citations,
        key=lambda c: (c.get("date") or "9999", c.get("url") or "~", c.get("title") or ""),
    )


def _present(values: dict) -> dict:
    return {k: v for k, v in values.items() if v is not None}


# Characters XML 1.0 cannot hold, escaped or not: a spreadsheet cell's vertical tab (Word's
# line break pasted into Excel), a form feed, other control characters, a lone surrogate.
# Written as they are, Gephi and Cytoscape refused the whole file as not well-formed.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_char(match: re.Match) -> str:
    # A vertical tab or a form feed breaks a line; any other is shown as lost (U+FFFD).
    return "\n" if match.group() in "\x0b\x0c" else "\ufffd"


def xml_safe(flat: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The network with its text as XML 1.0 can hold it (`_NOT_XML`)."""

    def safe(data: dict) -> dict:
        return {k: _NOT_XML.sub(_xml_char, v) if isinstance(v, str) else v for k, v in data.items()}

    graph = nx.MultiDiGraph()
    graph.add_nodes_from((node, safe(data)) for node, data in flat.nodes(data=True))
    graph.add_edges_from((s, t, k, safe(d)) for s, t, k, d in flat.edges(keys=True, data=True))
    return graph


def to_graphml(flat: nx.MultiDiGraph) -> bytes:
    """GraphML with typed keys (networkx's writer; edge ids are relationship ids)."""
    out = io.BytesIO()
    nx.write_graphml(xml_safe(flat), out, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return out.getvalue()


def to_gexf(flat: nx.MultiDiGraph) -> bytes:
    """GEXF 1.2 as Gephi reads it; the edge label is the relation."""
    flat = xml_safe(flat)
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(flat.nodes(data=True))
    for source, target, key, data in flat.edges(keys=True, data=True):
        graph.add_edge(source, target, key=key, id=key, label=data["relation"], **data)
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    meta = writer.xml.find("meta")
    # networkx stamps today's date; a fixed creator and no date keep the file reproducible.
    meta.attrib.pop("lastmodifieddate", None)
    meta.find("creator").text = f"graphkit {__version__}"
    writer.add_graph(graph)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def to_csv(flat: nx.MultiDiGraph) -> dict[str, bytes]:
    """`nodes.csv` and `edges.csv`, with a header row; Gephi and Cytoscape import both."""
    nodes = io.StringIO()
    writer = csv.writer(nodes, lineterminator="\n")
    writer.writerow(NODE_COLUMNS)
    for node, data in flat.nodes(data=True):
        writer.writerow([node] + [_cell(data.get(c)) for c in NODE_COLUMNS[1:]])
    edges = io.StringIO()
    writer = csv.writer(edges, lineterminator="\n")
    # After the fixed columns, one of each currency's amounts (`amount_EUR`, `amount_USD`)
    edges_data = [d for *_, d in flat.edges(data=True)]
    currencies = sorted(
        {
            d["currency"]
            for d in edges_data
            if d.get("currency") and amount_column(d["currency"]) in d
        }
    )
    columns = (*EDGE_COLUMNS, *(amount_column(c) for c in currencies))
    writer.writerow(columns)
    for source, target, key, data in flat.edges(keys=True, data=True):
        row = {"id": key, "source": source, "target": target, **data}
        if data.get("currency") and amount_column(data["currency"]) in data:
            row[amount_column(data["currency"])] = data["amount"]  # never through a double
        writer.writerow([_cell(row.get(c)) for c in columns])
    return {
        "nodes.csv": nodes.getvalue().encode("utf-8"),
        "edges.csv": edges.getvalue().encode("utf-8"),
    }


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return format(value, ".2f").rstrip("0").rstrip(".")
    return str(value)
