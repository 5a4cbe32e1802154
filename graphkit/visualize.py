"""The network drawn as one offline HTML page (pyvis, vis-network inlined)."""

from __future__ import annotations

import networkx as nx
from pyvis.network import Network

TYPE_COLOURS = {
    "Company": "#1f77b4", "GovernmentAgency": "#d62728", "AdvocacyGroup": "#2ca02c",
    "EmployeeGroup": "#98df8a", "MediaOrganization": "#9467bd", "ResearchOrganization": "#8c564b",
    "Person": "#ff7f0e", "Product": "#17becf", "Program": "#bcbd22", "Policy": "#7f7f7f",
    "Contract": "#e377c2",
}
FAMILY_STYLES = {"business": {"dashes": False}, "stance": {"dashes": True}, "structure": {"dashes": [2, 6]}}


def plain(text: str) -> str:
    """Source text made inert for pyvis titles.

    vis-network shows string titles as text, but pyvis 0.3.2 switches every title to raw HTML
    as soon as one of them contains "href"; a zero-width space keeps that switch off.
    """
    return text.replace("href", "hre\u200bf").replace("HREF", "HRE\u200bF")


def edge_title(data: dict) -> str:
    lines = [data["relation"]]
    if data.get("start") or data.get("end"):
        lines.append(f"{data.get('start') or '?'} – {data.get('end') or ''}".rstrip(" –"))
    if data.get("amount"):
        lines.append(f"{data['amount']} {data.get('currency') or ''}".strip())
    for cite in data["citations"]:
        who = ", ".join(x for x in (cite.get("publisher"), cite.get("date")) if x)
        lines.append(f"• {cite.get('title') or cite.get('url') or 'record'} ({who})")
        if cite.get("url"):
            lines.append(f"  {cite['url']}")
    return plain("\n".join(lines))


def render_html(net: nx.MultiDiGraph) -> str:
    """One self-contained page: nodes coloured by type, edges labelled and styled by relation."""
    page = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line",
                   select_menu=False, filter_menu=False)
    degree = dict(net.degree())
    for node in sorted(net.nodes):
        data = net.nodes[node]
        page.add_node(node, label=plain(data["label"]), title=plain(f"{data['label']} ({data['type']})"),
                      color=TYPE_COLOURS.get(data["type"], "#aaaaaa"), size=10 + 3 * min(degree[node], 15),
                      shape="dot")
    for source, target, key in sorted(net.edges(keys=True)):
        data = net.edges[source, target, key]
        page.add_edge(source, target, label=data["relation"], title=edge_title(data),
                      width=1 + min(len(data["citations"]), 5), arrows="to",
                      **FAMILY_STYLES.get(data["family"], {}))
    page.set_options('{"physics": {"stabilization": {"iterations": 300}}, '
                     '"interaction": {"hover": true, "navigationButtons": true}}')
    return page.generate_html(notebook=False)
