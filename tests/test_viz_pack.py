"""The page carries its data packed, each source once; in a real Chromium it unpacks to exactly
the records the build made, hostile text, disputes, offices and contracts included."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from support import MINI, REPO, TESTS, invoke

from graphkit.network import to_network
from graphkit.rdf.store import load_graph
from graphkit.viz.data import page_data
from graphkit.viz.render import render_html

RECORDS = TESTS / "fixtures" / "records" / "prime_awards.csv"
CLAIMS = TESTS / "fixtures" / "claims" / "graphkit.toml"
BLOCK = re.compile(r'<script id="graph-data" type="application/json">(.*?)</script>', re.S)


def built(out: Path, config: Path, *sources: str) -> Path:
    args = ["build", "--config", config, "--out", out]
    for source in sources:
        args += ["--source", source]
    result = invoke(*args)
    assert (out / "graph.html").is_file(), result.stderr
    return out


@pytest.fixture(scope="module")
def projects(tmp_path_factory, hostile_output) -> dict[str, Path]:
    """Built outputs: hostile text, disputed claims, contract records (offices, contracts)."""
    made = tmp_path_factory.mktemp("pack")
    return {
        "hostile": hostile_output,
        "claims": built(made / "claims", CLAIMS),
        "records": built(made / "records", MINI / "graphkit.toml", f"usaspending:{RECORDS}"),
    }


@pytest.mark.parametrize("name", ["hostile", "claims", "records"])
def test_the_page_unpacks_exactly_the_records_the_build_made(watched, projects, name):
    out = projects[name]
    expected = page_data(to_network(load_graph(out / "graph.ttl")), title="graphkit network")
    watched.open(out / "graph.html")
    unpacked = watched.js("JSON.stringify(window.graphkitData())")
    # JSON on both sides: the page has one kind of number (1.0 is 1), as JSON itself does.
    assert json.loads(unpacked) == json.loads(json.dumps(expected))
    assert watched.errors == []


def test_a_source_cited_many_times_is_written_once(tmp_path):
    out = built(tmp_path / "bundled", REPO / "graphkit.toml")
    html = (out / "graph.html").read_text(encoding="utf-8")
    block = BLOCK.search(html).group(1)
    net = to_network(load_graph(out / "graph.ttl"))
    cited = {}
    for *_, data in net.edges(data=True):
        for cite in data["citations"]:
            cited.setdefault(cite["url"], 0)
            cited[cite["url"]] += 1
    url, times = max(cited.items(), key=lambda item: (item[1], item[0] or ""))
    assert times > 5
    assert block.count(json.dumps(url)[1:-1].replace("&", "\\u0026")) == 1
    unpacked_size = len(json.dumps(page_data(net), separators=(",", ":")))
    assert len(block) < unpacked_size * 0.7


def _typed(value):
    """A value with its JSON kind spelt out: Python's True == 1 and 1 == 1.0 would hide a
    boolean read back as a number; the page has one kind of number, as JSON does."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return [type(value).__name__, value]
    if isinstance(value, int | float):
        return ["number", float(value)]
    if isinstance(value, list | tuple):
        return [_typed(v) for v in value]
    return {k: _typed(v) for k, v in value.items()}


def test_defaults_tell_values_apart_as_json_writes_them(watched, tmp_path):
    """A field's default is left out only of records whose value writes the same JSON: True is
    not 1, 0.5 is not "0.5", an empty list is not an empty object, None is not "None"."""
    net = nx.MultiDiGraph()
    ends = [f"https://w3id.org/techgov/id/e{i}" for i in range(4)]
    for end in ends:
        net.add_node(end, type="Company", label=end[-2:])
    mixed = {
        "flag": [True, 1, 1, True, 1.0, False, 0, True],
        "score": [0.5, 0.5, "0.5", -0.0, 0.0, 0.5, None, 0.25],
        "tags": [[], [], {}, (), ["a"], {}, [], None],
        "note": [None, "None", None, None, "", "x", None, "None"],
    }
    for i in range(8):
        net.add_edge(
            ends[i % 4],
            ends[(i + 1) % 4],
            key=f"https://w3id.org/techgov/id/rel/r{i}",
            relation="supplies",
            citations=[{"url": "https://example.org/a", "quote": f"q{i}", "confidence": 0.9}],
            **{field: values[i] for field, values in mixed.items()},
        )
    page = tmp_path / "page.html"
    page.write_text(render_html(net), encoding="utf-8")
    watched.open(page)
    unpacked = json.loads(watched.js("JSON.stringify(window.graphkitData().edges)"))
    expected = json.loads(json.dumps(page_data(net)["edges"]))
    assert [_typed(e) for e in unpacked] == [_typed(e) for e in expected]
    assert watched.errors == []
