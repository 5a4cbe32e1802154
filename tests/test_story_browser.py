"""A story page in a real Chromium: each step lights exactly its facts and shows their citations;
buttons, the step list and the keyboard move through it; hostile captions stay text."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import MINI, REPO, invoke

from graphkit.network import to_network
from graphkit.rdf.store import load_graph
from graphkit.viz.story import load_story

STORIES = Path(__file__).resolve().parent / "fixtures" / "stories"
BUNDLED = REPO / "data" / "stories" / "amazon-rekognition-ice.yaml"
FADED = "rgba(190,190,190,0.25)"

# What the canvas shows: entities and relationships drawn in full colour, the rest faded.
LIT = """faded => ({
  nodes: window.graphkit.nodes.get().filter(n => n.color.background !== faded).map(n => n.id).sort(),
  edges: window.graphkit.edges.get().filter(e => e.color.color !== faded).map(e => e.id).sort()
})"""
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


def expected_citations(net, fact: str) -> list[dict]:
    data = next(d for _, _, k, d in net.edges(keys=True, data=True) if k == fact)
    return [{"title": c["title"] or c["url"], "href": c["url"]} for c in data["citations"]]


def test_each_step_lights_exactly_its_facts_and_cites_them(watched, bundled_story):
    page, net, story = bundled_story
    watched.open(page)
    assert watched.js("document.body.dataset.step") == "1"
    for number, step in enumerate(story.steps, 1):
        if number > 1:
            watched.page.click("#story-next")
        assert watched.js("document.body.dataset.step") == str(number)
        lit = watched.js(LIT, FADED)
        assert lit == {"nodes": step.entities, "edges": step.facts}, step.title
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
    assert watched.js(LIT, FADED)["nodes"] == [
        "https://w3id.org/techgov/id/amazon",
        "https://w3id.org/techgov/id/amazon-rekognition",
    ]


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
