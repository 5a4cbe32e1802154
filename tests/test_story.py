"""Story files: resolved against the real graph, every problem reported with file:line before a page
is written, captions reduced to text runs with only http(s) links."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Literal, URIRef
from support import MINI, REPO, invoke

from graphkit.network import to_network
from graphkit.rdf.store import load_graph
from graphkit.viz.caption import markdown
from graphkit.viz.data import CORE_LIMIT
from graphkit.viz.story import StoryError, load_story
from graphkit.vocab import ID_BASE, TG

STORIES = Path(__file__).resolve().parent / "fixtures" / "stories"
BUNDLED = REPO / "data" / "stories" / "amazon-rekognition-ice.yaml"
ENT = "https://w3id.org/techgov/id/"


@pytest.fixture(scope="module")
def mini_graph(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("mini")
    assert invoke("build", "--config", MINI / "graphkit.toml", "--out", out).exit_code == 0
    return out / "graph.ttl"


@pytest.fixture(scope="module")
def bundled_graph(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bundled")
    assert invoke("build", "--config", REPO / "graphkit.toml", "--out", out).exit_code == 0
    return out / "graph.ttl"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "story.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_bundled_story_rests_on_cited_facts_of_the_bundled_data(bundled_graph):
    net = to_network(load_graph(bundled_graph))
    story = load_story(BUNDLED, net)
    assert len(story.steps) == 6
    labels = set()
    for step in story.steps:
        assert step.facts, step.title
        for fact in step.facts:
            source, target, data = next(
                (s, t, d) for s, t, k, d in net.edges(keys=True, data=True) if k == fact
            )
            assert data["citations"] and all(c["url"] for c in data["citations"])
            assert {source, target} <= set(step.entities)
            labels |= {net.nodes[source]["label"], net.nodes[target]["label"]}
    assert {
        "Amazon",
        "Amazon Rekognition",
        "Amazon Web Services",
        "Palantir Technologies",
        "U.S. Immigration and Customs Enforcement",
        "Amazon employees",
        "American Civil Liberties Union",
    } <= labels


def test_names_resolve_by_id_label_or_alias_and_a_triple_takes_every_matching_fact(mini_graph):
    net = to_network(load_graph(mini_graph))
    story = load_story(STORIES / "mini.yaml", net)
    first, second, third = story.steps
    assert first.entities == [ENT + "amazon", ENT + "amazon-rekognition"]
    assert first.camera == {"focus": ENT + "amazon-rekognition", "zoom": 1.5}
    assert len(second.facts) == 2 and second.camera is None
    assert third.entities == sorted(
        ENT + n for n in ("palantir", "clearview-ai", "ice", "dhs")
    )  # DHS named alone, the rest through facts
    assert len(third.facts) == 2


def test_a_fact_the_graph_lacks_is_reported_with_its_line_and_no_page_is_written(
    mini_graph, tmp_path
):
    story = write(
        tmp_path,
        "title: T\n"
        "steps:\n"
        "  - caption: c\n"
        "    facts:\n"
        "      - [Amazon, develops, Rekognition]\n"
        "      - [Amazon, supplies, ICE]\n"
        "      - [Palantir, supplies, Orlando Police Department]\n"
        "  - caption: d\n"
        "    facts:\n"
        "      - [Amazn, develops, Rekognition]\n"
        "      - [Amazon, suplies, Rekognition]\n"
        "    camera: {focus: ICE, zoom: 40}\n",
    )
    page = tmp_path / "story.html"
    result = invoke("viz", "--graph", mini_graph, "--story", story, "-o", page)
    assert result.exit_code == 1
    assert not page.exists()
    assert result.stderr.splitlines() == [
        f"Error: {story}:6 [facts]: the graph has no fact 'Amazon supplies U.S. Immigration and "
        "Customs Enforcement'; did you mean one of: Amazon supplies Orlando Police Department?",
        f"{story}:7 [facts]: the graph has no fact 'Palantir Technologies supplies Orlando Police "
        "Department'; did you mean one of: Palantir Technologies supplies U.S. Immigration and "
        "Customs Enforcement?",
        f"{story}:10 [facts]: no entity called 'Amazn' in the graph; did you mean 'Amazon'?",
        f"{story}:11 [facts]: unknown relation 'suplies'; did you mean 'supplies'?",
        f"{story}:12 [camera.zoom]: zoom must be a number from 0.05 to 5.0, not 40",
    ]


def test_a_fact_named_the_wrong_way_round_shows_what_lies_between(mini_graph, tmp_path):
    story = write(
        tmp_path, "title: T\nsteps:\n  - caption: c\n    facts: [[ICE, supplies, Palantir]]\n"
    )
    with pytest.raises(StoryError) as err:
        load_story(story, to_network(load_graph(mini_graph)))
    assert str(err.value) == (
        f"{story}:4 [facts]: the graph has no fact 'U.S. Immigration and Customs Enforcement "
        "supplies Palantir Technologies'; between them it has: Palantir Technologies supplies "
        "U.S. Immigration and Customs Enforcement"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title: T\nsteps: []\n", ":2 [steps]: a story needs a list of steps"),
        ("steps:\n  - caption: c\n    entities: [ICE]\n", ":1 [title]: title must be text"),
        (
            "title: T\nstep:\n  - caption: c\n",
            ":2 [step]: unknown key 'step': a story has introduction, steps, title",
        ),
        (
            "title: T\nsteps:\n  - caption: c\n    entities: [ICE]\n    zoom: 2\n",
            ":5 [zoom]: unknown key 'zoom': step 1 has camera, caption, entities, facts, title",
        ),
        ("title: T\nsteps:\n  - caption: c\n", ":3: step 1 shows nothing: name entities or facts"),
        ("title: T\nsteps:\n  - entities: [ICE]\n", ":3 [caption]: caption must be text"),
        (
            "title: T\nsteps:\n  - caption: c\n    facts: [[ICE, partOf]]\n",
            ":4 [facts]: a fact is [subject, relation, object] or a mapping of those three, "
            "not ['ICE', 'partOf']",
        ),
        ("title: T\nsteps: [\n", ":3: YAML syntax"),
        ("- just a list\n", ": expected a mapping: title, introduction, steps"),
    ],
)
def test_malformed_story_files_say_where(mini_graph, tmp_path, text, message):
    story = write(tmp_path, text)
    with pytest.raises(StoryError) as err:
        load_story(story, to_network(load_graph(mini_graph)))
    assert str(err.value).startswith(f"{story}{message}"), str(err.value)


def test_a_missing_story_file_is_an_error_not_a_traceback(mini_graph, tmp_path):
    result = invoke("viz", "--graph", mini_graph, "--story", tmp_path / "nope.yaml")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'nope.yaml'}: No such file or directory\n"


def test_captions_keep_emphasis_and_http_links_and_nothing_else():
    assert markdown("A *b* **c** _d_ [e](https://x.org/a?b=1) f\\*g\\*\n\nsecond  line") == [
        [
            ["text", "A "],
            ["em", [["text", "b"]]],
            ["text", " "],
            ["strong", [["text", "c"]]],
            ["text", " "],
            ["em", [["text", "d"]]],
            ["text", " "],
            ["link", "https://x.org/a?b=1", [["text", "e"]]],
            ["text", " f*g*"],
        ],
        [["text", "second line"]],
    ]
    assert markdown("[x](javascript:alert(1)) <b>y</b> snake_case_name") == [
        [["em", [["text", "x"]]], ["text", ") <b>y</b> snake_case_name"]]
    ]


def test_a_story_page_is_the_same_bytes_each_time(mini_graph, tmp_path):
    pages = [tmp_path / "a.html", tmp_path / "b.html"]
    for page in pages:
        result = invoke("viz", "--graph", mini_graph, "--story", STORIES / "mini.yaml", "-o", page)
        assert result.exit_code == 0, result.stderr
    assert pages[0].read_bytes() == pages[1].read_bytes()
    assert "<title>Who sells face recognition</title>" in pages[0].read_text()


def test_a_story_page_draws_every_entity_where_a_plain_page_opens_on_a_core(mini_graph, tmp_path):
    graph = load_graph(mini_graph)
    for i in range(CORE_LIMIT):  # enough entities for the plain page to open on its core
        graph.add((URIRef(f"{ID_BASE}extra-{i:04d}"), RDF.type, TG.Company))
        graph.add(
            (URIRef(f"{ID_BASE}extra-{i:04d}"), RDFS.label, Literal(f"Extra company {i:04d}"))
        )
    big = tmp_path / "big.ttl"
    graph.serialize(big, format="turtle")
    opening = {}
    for name, extra in (("plain", ()), ("story", ("--story", STORIES / "mini.yaml"))):
        page = tmp_path / f"{name}.html"
        result = invoke("viz", "--graph", big, *extra, "-o", page)
        assert result.exit_code == 0, result.stderr
        block = re.search(
            r'<script id="graph-data" type="application/json">(.*?)</script>',
            page.read_text(encoding="utf-8"),
            re.S,
        )
        opening[name] = json.loads(block.group(1))["initial"]
    assert opening["plain"] is not None and len(opening["plain"]) == CORE_LIMIT
    assert opening["story"] is None
