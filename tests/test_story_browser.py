"""A story page in a real Chromium: each step lights exactly its facts and shows their citations;
buttons, the step list and the keyboard move through it; hostile captions stay text."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import MINI, REPO, invoke

from graphkit.network import to_network
from graphkit.rdf.store import load_graph
from graphkit.sources.documents import document_address
from graphkit.viz.data import page_data
from graphkit.viz.story import load_story

STORIES = Path(__file__).resolve().parent / "fixtures" / "stories"
BUNDLED = REPO / "data" / "stories" / "amazon-rekognition-ice.yaml"
RECORDS = Path(__file__).resolve().parent / "fixtures" / "records" / "prime_awards.csv"
ENT = "https://w3id.org/techgov/id/"

# What the canvas shows in full colour: entities and ties (one line per pair and family).
LIT = """() => { const drawn = window.graphkit.drawn();
  return {nodes: drawn.nodes.filter(n => !n.faded).map(n => n.id).sort(),
          ties: drawn.edges.filter(e => !e.faded).map(e => e.id).sort()}; }"""
# The facts each lit tie stands for.
LIT_FACTS = """() => window.graphkit.drawn().edges.filter(e => !e.faded)
  .flatMap(e => window.graphkit.tie(e.id).facts).sort()"""
# The citations beside the caption, fact by fact.
CITED = """() => [...document.querySelectorAll('#story-step .fact')].map(f => ({
  edge: f.dataset.edge,
  citations: [...f.querySelectorAll('li.citation')].map(li => {
    const a = li.querySelector(':scope > a, :scope > .title');
    return {title: a.textContent, href: a.getAttribute('href')};
  })
}))"""


def build(project: Path, out: Path) -> Path:
    result = invoke("build", "--config", project / "graphkit.toml", "--out", out)
    assert result.exit_code == 0, result.stderr
    return out / "graph.ttl"


@pytest.fixture(scope="module")
def bundled_story(tmp_path_factory):
    out = tmp_path_factory.mktemp("story")
    graph = build(REPO, out)
    page = out / "story.html"
    result = invoke("viz", "--graph", graph, "--story", BUNDLED, "-o", page)
    assert result.exit_code == 0, result.stderr
    net = to_network(load_graph(graph))
    return page, net, load_story(BUNDLED, net)


def drawn_at(net) -> dict[str, str]:
    """Where each entity is drawn on the opening canvas: itself, or the agency it folds into."""
    return {n["id"]: n["fold"] or n["id"] for n in page_data(net)["nodes"]}


def ties_holding(net, facts: list[str]) -> list[str]:
    """The ids of the canvas lines that stand for these facts: family|end|end, ends in order."""
    at = drawn_at(net)
    records = {e["id"]: e for e in page_data(net)["edges"]}
    return sorted(
        {
            "|".join(
                [records[f]["family"], *sorted((at[records[f]["from"]], at[records[f]["to"]]))]
            )
            for f in facts
        }
    )


def expected_citations(net, fact: str) -> list[dict]:
    """The fact's cited documents, each once (two passages of one article are one item)."""
    data = next(d for _, _, k, d in net.edges(keys=True, data=True) if k == fact)
    documents: dict = {}
    for i, c in enumerate(data["citations"]):
        key = document_address(c["url"]) if c["url"] else i
        documents.setdefault(key, {"title": c["title"] or c["url"], "href": c["url"]})
    return list(documents.values())


def test_each_step_lights_exactly_its_facts_and_cites_them(watched, bundled_story):
    page, net, story = bundled_story
    watched.open(page)
    assert watched.js("document.body.dataset.step") == "1"
    for number, step in enumerate(story.steps, 1):
        if number > 1:
            watched.page.click("#story-next")
        assert watched.js("document.body.dataset.step") == str(number)
        lit = watched.js(LIT)
        assert lit == {"nodes": step.entities, "ties": ties_holding(net, step.facts)}, step.title
        assert set(step.facts) <= set(watched.js(LIT_FACTS)), step.title
        assert len(watched.js("window.graphkit.drawn().edges")) > len(lit["ties"])  # the rest fade
        assert watched.page.inner_text("#story-step h3") == step.title
        assert watched.page.inner_text("#story-counter") == f"Step {number} of 6"
        cited = watched.js(CITED)
        assert [c["edge"] for c in cited] == step.facts
        for block in cited:
            assert block["citations"] == expected_citations(net, block["edge"])
    assert watched.page.locator("#story-next").is_disabled()
    assert watched.outside_requests(page) == []
    assert watched.errors == [] and watched.dialogs == []


def test_the_bundled_story_reads_as_written(watched, bundled_story, tmp_path):
    page, _, _ = bundled_story
    watched.open(page)
    intro = watched.page.inner_text(".story-intro")
    assert intro.startswith("In June 2018 Amazon employees wrote to Jeff Bezos.")
    assert watched.page.inner_text(".story-intro em") == "U.S. Immigration and Customs Enforcement"
    assert watched.page.inner_text("#story-step strong") == "develops Rekognition"
    watched.page.click("#story-steps button[data-step='3']")
    link = watched.page.locator("#story-step .story-caption a")
    assert link.get_attribute("href").startswith("https://www.zdnet.com/")
    assert (link.get_attribute("target"), link.get_attribute("rel")) == (
        "_blank",
        "noopener noreferrer",
    )
    assert watched.screenshot(tmp_path, "story-step-3.png").stat().st_size > 10_000


def test_arrow_keys_the_step_list_and_the_buttons_move_through_the_story(watched, bundled_story):
    page, _, _ = bundled_story
    watched.open(page)
    keys = watched.page.keyboard
    step = lambda: watched.js("document.body.dataset.step")  # noqa: E731
    keys.press("ArrowRight")
    keys.press("ArrowRight")
    assert step() == "3"
    keys.press("ArrowLeft")
    assert step() == "2"
    keys.press("End")
    assert step() == "6"
    keys.press("ArrowRight")  # past the end: stays
    assert step() == "6"
    keys.press("Home")
    assert step() == "1"
    keys.press("ArrowLeft")
    assert step() == "1"
    assert watched.page.locator("#story-prev").is_disabled()
    watched.page.click("#story-steps button[data-step='5']")
    assert step() == "5"
    assert (
        watched.page.get_attribute("#story-steps button[data-step='5']", "aria-current") == "step"
    )
    watched.page.click("#story-prev")
    assert step() == "4"
    # Typing in the search box does not turn pages.
    watched.page.click("#search")
    keys.press("ArrowRight")
    assert step() == "4"


def test_a_camera_step_centres_its_entity(watched, tmp_path):
    graph = build(MINI, tmp_path / "mini")
    page = tmp_path / "story.html"
    assert (
        invoke("viz", "--graph", graph, "--story", STORIES / "mini.yaml", "-o", page).exit_code == 0
    )
    watched.open(page)
    watched.page.wait_for_timeout(800)  # the camera's animation
    scale = watched.js("window.graphkit.network.getScale()")
    assert scale == pytest.approx(1.5, rel=0.05)
    centre = watched.js("""() => { const net = window.graphkit.network;
        const p = net.getPositions(['https://w3id.org/techgov/id/amazon-rekognition'])
          ['https://w3id.org/techgov/id/amazon-rekognition'];
        const v = net.getViewPosition(); return Math.hypot(p.x - v.x, p.y - v.y); }""")
    assert centre < 5
    assert watched.js(LIT) == {
        "nodes": [ENT + "amazon", ENT + "amazon-rekognition"],
        "ties": [f"business|{ENT}amazon|{ENT}amazon-rekognition"],
    }
    # The next step has no camera: its entities fill the view, every one of them on screen.
    watched.page.click("#story-next")
    watched.page.wait_for_timeout(800)
    inside = watched.js("""() => { const net = window.graphkit.network;
        const box = document.getElementById('network').getBoundingClientRect();
        return window.graphkit.drawn().nodes.filter(n => !n.faded).map(n => {
          const p = net.canvasToDOM(net.getPositions([n.id])[n.id]);
          return p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height; }); }""")
    assert inside and all(inside)


def test_a_fact_about_a_contracting_office_lights_its_agency_s_tie(watched, tmp_path):
    out = tmp_path / "records"
    result = invoke(
        "build",
        "--config",
        MINI / "graphkit.toml",
        "--source",
        f"usaspending:{RECORDS}",
        "--out",
        out,
    )
    assert (out / "graph.ttl").is_file(), result.stderr  # bad rows in the fixture are skipped
    page = tmp_path / "story.html"
    result = invoke(
        "viz", "--graph", out / "graph.ttl", "--story", STORIES / "records.yaml", "-o", page
    )
    assert result.exit_code == 0, result.stderr
    net = to_network(load_graph(out / "graph.ttl"))
    story = load_story(STORIES / "records.yaml", net)
    west = ENT + "west-publishing"
    (office,) = set(story.steps[0].entities) - {west}
    assert net.nodes[office]["label"] == "TEST OFFICE ALPHA"
    watched.open(page)
    # The office is folded into ICE: its facts light ICE's line with the supplier, and ICE.
    assert watched.js(LIT) == {
        "nodes": sorted([ENT + "ice", west]),
        "ties": ties_holding(net, story.steps[0].facts),
    }
    assert ties_holding(net, story.steps[0].facts) == [f"business|{ENT}ice|{west}"]
    assert set(story.steps[0].facts) <= set(watched.js(LIT_FACTS))
    assert office not in watched.js("window.graphkit.visible().nodes")
    # Every supplies fact is cited beside the caption, each naming the office.
    blocks = watched.page.locator("#story-step .fact")
    assert blocks.count() == len(story.steps[0].facts) == 2
    assert all("TEST OFFICE ALPHA" in text for text in blocks.all_inner_texts())
    # A contract is off the canvas until asked for: its step shows contracts, and lights it.
    watched.page.click("#story-next")
    (contract,) = set(story.steps[1].entities) - {west}
    assert net.nodes[contract]["label"] == "TEST0002"
    assert watched.page.locator("#record-toggles input[value=contracts]").is_checked()
    assert watched.js(LIT) == {
        "nodes": sorted([contract, west]),
        "ties": ties_holding(net, story.steps[1].facts),
    }
    assert watched.page.locator("#story-step .story-hidden").count() == 0
    assert watched.errors == [] and watched.dialogs == []


def test_hostile_captions_are_shown_as_text_and_never_run(watched, tmp_path):
    graph = build(MINI, tmp_path / "mini")
    page = tmp_path / "hostile.html"
    result = invoke("viz", "--graph", graph, "--story", STORIES / "hostile.yaml", "-o", page)
    assert result.exit_code == 0, result.stderr
    watched.open(page)
    watched.page.keyboard.press("ArrowRight")
    watched.page.keyboard.press("ArrowLeft")
    watched.page.hover("#story-steps button[data-step='1']")
    watched.page.wait_for_timeout(300)
    assert watched.dialogs == []
    assert watched.errors == []
    story = watched.page.locator("#story")
    assert story.locator("img, script, svg, iframe, b").count() == 0
    hrefs = watched.js("""[...document.querySelectorAll('#story .story-intro a, #story .story-caption a')]
        .map(a => a.getAttribute('href'))""")
    assert hrefs == ["https://example.org/ok?a=1&b=%3C2%3E"]
    text = story.inner_text()
    assert "<img src=x onerror=\"alert('title')\">" in text
    assert "<img src=x onerror=\"alert('caption')\">" in text
    assert "*not emphasis*" in text
    assert watched.page.title() == "<img src=x onerror=\"alert('title')\">"
    watched.page.click("#story-next")
    assert watched.page.inner_text("#story-step em") == "<iframe src=javascript:alert('frame')>"
    assert watched.outside_requests(page) == []
