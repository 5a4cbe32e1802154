"""The network page in a real Chromium: what it shows, the evidence panel, search, filters, safety."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Literal
from support import invoke

from graphkit.network import to_network
from graphkit.rdf.store import load_graph
from graphkit.schema import relation_families
from graphkit.viz.render import render_html
from graphkit.vocab import SRC, TG

pytestmark = pytest.mark.browser

TECHCRUNCH = "https://techcrunch.com/2020/08/14/clearview-ai-ice-hsi-contract-2020/"
ELITE = "https://www.404media.co/elite-the-palantir-app-ice-uses-to-find-neighborhoods-to-raid/"
ENT = "https://w3id.org/techgov/id/"

# DOM coordinates of a node's centre and of an edge's middle (where its label sits).
NODE_POINT = """id => {
  const net = window.graphkit.network, box = document.getElementById('network').getBoundingClientRect();
  const p = net.canvasToDOM(net.getPositions([id])[id]);
  return [box.left + p.x, box.top + p.y];
}"""
EDGE_POINT = """id => {
  const net = window.graphkit.network, box = document.getElementById('network').getBoundingClientRect();
  const p = net.canvasToDOM(net.body.edges[id].edgeType.getPoint(0.5));
  return [box.left + p.x, box.top + p.y];
}"""
FACT_ID = """([from, relation, to]) => window.graphkit.visible().edges.find(id => {
  const f = window.graphkit.fact(id); return f.from === from && f.relation === relation && f.to === to;
})"""


@pytest.fixture(scope="module")
def mini_page(mini_output) -> Path:
    return mini_output


@pytest.fixture(scope="module")
def hostile_page(hostile_output, tmp_path_factory) -> Path:
    """The hostile fixture built for real, plus javascript: URLs only a foreign graph could hold."""
    out = tmp_path_factory.mktemp("hostile-page")
    graph = load_graph(hostile_output / "graph.ttl")
    source = SRC["plain-report"]
    graph.set((source, TG.url, Literal("javascript:window.pwned='link'")))
    graph.set((source, TG.archiveUrl, Literal("JaVaScRiPt:window.pwned='archive'")))
    graph.serialize(out / "foreign.ttl", format="turtle")
    result = invoke("viz", "--graph", out / "foreign.ttl", "-o", out / "page.html")
    assert result.exit_code == 0, result.stderr
    return out / "page.html"


def ent(name: str) -> str:
    return ENT + name


def visible(watched) -> dict:
    return watched.js("window.graphkit.visible()")


def click_node(watched, node: str) -> None:
    x, y = watched.js(NODE_POINT, node)
    watched.page.mouse.click(x, y)


def tie_id(source: str, relation: str, target: str) -> str:
    """The id of the drawn edge that stands for this fact (and the rest of its family)."""
    a, b = sorted([ent(source), ent(target)])
    return f"{relation_families()[relation]}|{a}|{b}"


def click_edge(watched, source: str, relation: str, target: str) -> str:
    edge = tie_id(source, relation, target)
    x, y = watched.js(EDGE_POINT, edge)
    watched.page.mouse.click(x, y)
    assert watched.js("window.graphkit.network.getSelectedEdges()") == [edge]
    return edge


def panel_links(watched) -> list[dict]:
    return watched.js("""[...document.querySelectorAll('#panel a')].map(a =>
        ({href: a.getAttribute('href'), text: a.textContent, target: a.target, rel: a.rel}))""")


def test_page_shows_every_entity_and_asks_nothing_of_the_network(watched, mini_page, tmp_path):
    page = mini_page / "graph.html"
    watched.open(page)
    report = json.loads((mini_page / "report.json").read_text())
    shown = visible(watched)
    assert len(shown["nodes"]) == report["counts"]["entities"] == 14
    assert len(shown["edges"]) == report["counts"]["relationships"]
    assert watched.js("window.graphkit.nodes.length") == 14
    assert watched.outside_requests(page) == []
    assert watched.errors == [] and watched.dialogs == []
    assert watched.page.locator("#type-filters li").count() == 7  # the legend, one per type
    assert watched.screenshot(tmp_path, "graph-page.png").stat().st_size > 10_000


def test_clicking_an_edge_lists_its_citations_as_links(watched, mini_page):
    watched.open(mini_page / "graph.html")
    click_edge(watched, "clearview-ai", "supplies", "ice")
    assert watched.page.locator("#panel").is_visible()
    assert panel_links(watched) == [
        {
            "href": TECHCRUNCH,
            "target": "_blank",
            "rel": "noopener noreferrer",
            "text": "Clearview AI landed a new facial recognition contract with ICE",
        }
    ]
    text = watched.page.locator("#panel").inner_text()
    assert "224,000 USD" in text and "2020-08" in text
    assert "the new contract is worth $224,000" in text
    assert "TechCrunch, 2020-08-14" in text

    click_edge(watched, "palantir", "supplies", "ice")
    assert [link["href"] for link in panel_links(watched)] == [ELITE]
    text = watched.page.locator("#panel").inner_text()
    assert "2 citations" in text
    assert "Torn Apart / Separados: ICE contract awards FY2013-2018" in text  # no URL: text only
    assert "award HSCETC14C00002" in text


def test_clicking_a_node_highlights_its_neighbourhood(watched, mini_page):
    watched.open(mini_page / "graph.html")
    click_node(watched, ent("microsoft"))
    assert watched.js("window.graphkit.network.getSelectedNodes()") == [ent("microsoft")]
    assert watched.page.locator("#panel h2").inner_text() == "Microsoft"
    assert watched.page.locator("#panel .fact").count() == 5
    faded = watched.js("""window.graphkit.nodes.get().filter(n =>
        String(n.color.background).startsWith('rgba(190')).map(n => n.id).sort()""")
    near = {"microsoft", "microsoft-employees", "satya-nadella", "the-hill", "ice"}
    assert sorted(faded) == sorted(
        ent(n)
        for n in [
            "amazon",
            "amazon-rekognition",
            "aclu",
            "clearview-ai",
            "dhs",
            "elite",
            "hsi",
            "orlando-police-department",
            "palantir",
        ]
    ) and not near & set(faded)
    watched.page.click("#reset")
    assert watched.js("window.graphkit.network.getSelectedNodes()") == []
    assert watched.page.locator("#panel").is_hidden()


def test_search_matches_labels_and_aliases_and_focuses_the_entity(watched, mini_page):
    watched.open(mini_page / "graph.html")
    watched.page.fill("#search", "rekognition")
    buttons = watched.page.locator("#search-results button")
    assert buttons.first.get_attribute("data-id") == ent("amazon-rekognition")
    watched.page.press("#search", "Enter")
    assert watched.js("window.graphkit.network.getSelectedNodes()") == [ent("amazon-rekognition")]
    assert watched.page.locator("#panel h2").inner_text() == "Amazon Rekognition"

    watched.page.fill("#search", "DHS")  # an alias
    watched.page.locator("#search-results button").first.click()
    assert watched.js("window.graphkit.network.getSelectedNodes()") == [ent("dhs")]
    # Curly quotes and doubled spaces, as text pasted from an article has them.
    ids = watched.js("window.graphkit.search('Immigration  and Customs Enforcement')")
    assert ids[:1] == [ent("ice")]
    watched.page.fill("#search", "no such thing")
    assert watched.page.locator("#search-results").inner_text() == "No match"


def test_type_and_family_filters_hide_what_they_should(watched, mini_page):
    watched.open(mini_page / "graph.html")
    watched.page.locator("#type-filters input[value=Product]").uncheck()
    shown = visible(watched)
    assert ent("amazon-rekognition") not in shown["nodes"] and ent("elite") not in shown["nodes"]
    assert ent("aclu") not in shown["nodes"]  # its one fact: it opposes Rekognition
    assert len(shown["nodes"]) == 11
    assert len(shown["edges"]) == 15 - 5  # every fact touching a product
    watched.page.locator("#type-filters input[value=Product]").check()

    watched.page.locator("#family-filters input[value=stance]").uncheck()
    shown = visible(watched)
    relations = watched.js(
        "ids => ids.map(id => window.graphkit.fact(id).relation)", shown["edges"]
    )
    assert "opposes" not in relations and "investigates" not in relations
    assert len(shown["edges"]) == 15 - 3
    assert ent("the-hill") not in shown["nodes"]  # its one fact is a stance
    assert ent("microsoft-employees") in shown["nodes"]  # still works for Microsoft
    watched.page.click("#reset")
    assert len(visible(watched)["edges"]) == 15

    # An entity whose every fact leads to a type switched off goes with them: no dot is left
    # on the canvas with nothing to show ("Person · 0 facts").
    watched.page.locator("#type-filters input[value=Company]").uncheck()
    drawn = watched.js("window.graphkit.drawn()")
    ends = {end for tie in drawn["edges"] for end in (tie["from"], tie["to"])}
    assert drawn["nodes"] and {n["id"] for n in drawn["nodes"]} <= ends


def test_the_time_slider_shows_the_graph_as_of_a_year(watched, mini_page):
    watched.open(mini_page / "graph.html")
    orlando_uses = watched.js(
        FACT_ID, [ent("orlando-police-department"), "uses", ent("amazon-rekognition")]
    )
    clearview = watched.js(FACT_ID, [ent("clearview-ai"), "supplies", ent("ice")])

    def as_of(year: int) -> list[str]:
        watched.page.locator("#year").fill(str(year))  # fires input, which turns the filter on
        assert watched.page.locator("#year-on").is_checked()
        return visible(watched)["edges"]

    assert watched.page.locator("#year").get_attribute("min") == "2018"  # the earliest date
    assert watched.page.locator("#year").get_attribute("max") == "2020"
    edges = as_of(2018)
    assert orlando_uses in edges and clearview not in edges
    assert len(edges) == 14  # undated facts stay
    edges = as_of(2020)
    assert orlando_uses not in edges and clearview in edges
    assert len(edges) == 13  # Amazon's supply to Orlando ended in 2019 as well
    watched.page.locator("#year-on").uncheck()
    assert len(visible(watched)["edges"]) == 15


def test_core_view_of_a_large_graph_expands_on_demand(watched, mini_page, tmp_path):
    page = tmp_path / "core.html"
    page.write_text(render_html(to_network(load_graph(mini_page / "graph.ttl")), core_limit=5))
    watched.open(page)
    assert len(visible(watched)["nodes"]) <= 5
    assert "most connected" in watched.page.locator("#core-note").inner_text()
    watched.page.fill("#search", "HSI")
    watched.page.press("#search", "Enter")
    assert watched.js("window.graphkit.network.getSelectedNodes()") == [ent("hsi")]
    assert ent("hsi") in visible(watched)["nodes"]
    watched.page.click("#show-all")
    watched.page.wait_for_selector("body[data-layout=frozen]", state="attached")
    assert len(visible(watched)["nodes"]) == 14


def test_confidence_filter_hides_weak_machine_facts(watched, hostile_page):
    watched.open(hostile_page)
    assert len(visible(watched)["edges"]) == 4
    watched.page.locator("#confidence").fill("0.7")
    shown = visible(watched)
    assert len(shown["edges"]) == 3
    assert ent("citizens-group") not in shown["nodes"]
    assert watched.page.locator("#confidence-label").inner_text() == "0.70"


PAYLOAD_CHECK = """() => ({
  pwned: window.pwned === undefined ? null : String(window.pwned),
  title: document.title,
  injected: document.querySelectorAll('img, iframe, svg, object, embed, b').length,
  scripts: document.scripts.length,
  hrefs: [...document.querySelectorAll('[href]')].map(a => a.getAttribute('href')),
})"""


def test_script_payloads_never_run_on_load_hover_click_or_search(watched, hostile_page, tmp_path):
    watched.open(hostile_page)
    nodes = visible(watched)["nodes"]
    assert len(nodes) == 4
    for node in nodes:
        x, y = watched.js(NODE_POINT, node)
        watched.page.mouse.move(x, y)
        watched.page.wait_for_selector("#tooltip:not([hidden])")
        watched.page.mouse.click(x, y)
        assert watched.page.locator("#panel").is_visible()
    for edge in watched.js("window.graphkit.drawn().edges.map(e => e.id)"):
        x, y = watched.js(EDGE_POINT, edge)
        watched.page.mouse.move(x, y)
        watched.page.mouse.click(x, y)
    for query in ("<img", "script", "evil", '"><iframe', "href"):
        watched.page.fill("#search", query)
        for i in range(watched.page.locator("#search-results button").count()):
            watched.page.fill("#search", query)
            watched.page.locator("#search-results button").nth(i).click()
            heading = watched.page.locator("#panel .fact h3 button")
            if heading.count():
                heading.last.click()  # follow a fact to the entity at its other end

    # Everything shows as text: the payloads are visible, and inert.
    watched.page.fill("#search", "evil")
    watched.page.press("#search", "Enter")
    panel = watched.page.locator("#panel").inner_text()
    assert "<img src=x onerror=\"window.pwned='label'\">Evil Corp" in panel
    assert "</script><script>alert('quote')</script>" in panel
    assert "<script>window.pwned='alias'</script>" in panel
    assert "address (not linked): javascript:window.pwned='link'" in panel
    result = watched.js(PAYLOAD_CHECK)
    assert result == {
        "pwned": None,
        "title": "graphkit network",
        "injected": 0,
        "scripts": 11,
        "hrefs": ["https://example.org/report%22%3E%3Cimg/src=x/onerror=alert('url')%3E"],
    }
    assert watched.dialogs == []
    assert watched.errors == []  # a payload the CSP had to stop would be logged here
    assert watched.outside_requests(hostile_page) == []
    watched.screenshot(tmp_path, "hostile-page.png")


def test_bundled_data_page(watched, bundled_output):
    """The page on the project's own data: every entity drawn, evidence one click away."""
    repo = Path(__file__).resolve().parents[1]
    if not (repo / "graphkit.toml").is_file() or not (repo / "data").is_dir():
        pytest.skip("no bundled data/ in this checkout")
    report = json.loads((bundled_output / "report.json").read_text())
    watched.open(bundled_output / "graph.html")
    assert len(visible(watched)["nodes"]) == report["counts"]["entities"]
    assert len(visible(watched)["edges"]) == report["counts"]["relationships"]
    watched.page.fill("#search", "ICE")
    watched.page.press("#search", "Enter")
    assert watched.js("window.graphkit.network.getSelectedNodes()") == [ent("ice")]
    links = panel_links(watched)
    assert links and all(link["href"].startswith(("https://", "http://")) for link in links)
    assert watched.outside_requests(bundled_output / "graph.html") == []
    assert watched.errors == [] and watched.dialogs == []


def test_a_page_with_nothing_to_draw_still_opens(watched, tmp_path):
    page = tmp_path / "empty.html"
    page.write_text(render_html(nx.MultiDiGraph()), encoding="utf-8")
    watched.open(page)
    assert watched.js("window.graphkit.drawn()") == {"nodes": [], "edges": []}
    assert (
        watched.page.locator("#status").inner_text()
        == "0 of 0 entities, 0 of 0 relationships shown"
    )
    assert watched.errors == []


def test_bidirectional_overrides_in_source_text_show_as_escapes(watched, tmp_path):
    """A U+202E in a label or a publisher would reverse what follows it, a citation's date
    included ("2020-01-02" read as "20-10-0202"): the page shows it as the command line does."""
    net = nx.MultiDiGraph()
    net.add_node(ent("a"), type="Company", label="Safe\u202egnp.exe")
    net.add_node(ent("b"), type="GovernmentAgency", label="Agency B", aliases=["Acme's Cloud"])
    citation = {
        "url": "https://example.org/x",
        "title": "A report",
        "publisher": "Pub \u202eReversed",
        "date": "2020-01-02",
        "extractor": "facts",
        "confidence": 1.0,
    }
    net.add_edge(ent("a"), ent("b"), key=ent("rel/r1"), relation="supplies", citations=[citation])
    page = tmp_path / "bidi.html"
    page.write_text(render_html(net), encoding="utf-8")
    watched.open(page)
    click_node(watched, ent("a"))
    panel = watched.page.locator("#panel").inner_text()
    assert "Safe\\u202egnp.exe" in panel and "Pub \\u202eReversed, 2020-01-02" in panel
    assert "\u202e" not in panel
    # An alias pasted from an article with its curly apostrophe still finds the entity.
    assert watched.js("window.graphkit.search('Acme\u2019s cloud')") == [ent("b")]
    assert watched.errors == []
