"""The network page without a browser: page data, safe embedding, determinism, subsets, `viz`."""

from __future__ import annotations

import base64
import hashlib
import html as html_lib
import json
import math
import os
import random
import re
import statistics
import subprocess
import sys

import igraph
import pytest
from support import MINI, REPO, TESTS, invoke

from graphkit.network import to_network
from graphkit.rdf.store import load_graph
from graphkit.viz.data import page_data, safe_url, short_label, year_of
from graphkit.viz.layout import HEIGHT, SEPARATED, WIDTH, force_layout, label_box
from graphkit.viz.page import embed_json
from graphkit.viz.render import render_html
from graphkit.viz.subset import subset

ENT = "https://w3id.org/techgov/id/"


def ent(*names: str) -> set[str]:
    return {ENT + n for n in names}


@pytest.fixture(scope="module")
def mini(mini_output):
    return mini_output


@pytest.fixture(scope="module")
def hostile(hostile_output):
    return hostile_output


def embedded(html: str) -> dict:
    match = re.search(r'<script id="graph-data" type="application/json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_safe_url_keeps_only_http_and_https():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url(" HTTP://example.org ") == "HTTP://example.org"
    for bad in (
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<b>",
        "//example.org",
        "example.org",
        "https://",
        "vbscript:x",
        "",
        None,
        "http://[::1",
    ):
        assert safe_url(bad) is None, bad


def test_year_of_partial_dates():
    assert [year_of(v) for v in ("2019", "2019-07", "2019-07-18", None, "")] == [
        2019,
        2019,
        2019,
        None,
        None,
    ]


def test_network_carries_citation_details_and_edge_confidence(hostile):
    net = to_network(load_graph(hostile / "graph.ttl"))
    supplies = next(d for _, _, d in net.edges(data=True) if d["relation"] == "supplies")
    assert supplies["product"] == ENT + "eye-product"
    assert supplies["product_label"] == '"><iframe src="javascript:window.parent.pwned=1">Eye'
    assert [c["locator"] for c in supplies["citations"]] == [
        "page 2",
        "<img src=x onerror=\"alert('locator')\">",
    ] or [c["locator"] for c in supplies["citations"]] == [
        "<img src=x onerror=\"alert('locator')\">",
        "page 2",
    ]
    assert {c["extractor"] for c in supplies["citations"]} == {"facts"}
    opposes = next(d for _, _, d in net.edges(data=True) if d["relation"] == "opposes")
    assert opposes["confidence"] == 0.6 and supplies["confidence"] == 1.0


def test_page_data_describes_nodes_edges_and_legends(mini):
    data = page_data(to_network(load_graph(mini / "graph.ttl")))
    assert len(data["nodes"]) == 14 and len(data["edges"]) == 15
    assert data["initial"] is None and data["years"] == [2018, 2020]
    assert [t["name"] for t in data["types"]] == [
        "AdvocacyGroup",
        "Company",
        "EmployeeGroup",
        "GovernmentAgency",
        "MediaOrganization",
        "Person",
        "Product",
    ]
    assert [f["name"] for f in data["families"]] == ["business", "stance", "structure"]
    ice = next(n for n in data["nodes"] if n["id"] == ENT + "ice")
    assert ice["degree"] == max(n["degree"] for n in data["nodes"])
    assert ice["size"] == max(n["size"] for n in data["nodes"])
    assert "ICE" in ice["aliases"]


def test_above_the_limit_the_page_opens_on_the_most_connected(mini):
    data = page_data(to_network(load_graph(mini / "graph.ttl")), core_limit=3)
    assert set(data["initial"]) == ent("ice", "microsoft", "amazon-rekognition")


def test_untrusted_text_cannot_leave_the_data_block(hostile):
    html = render_html(to_network(load_graph(hostile / "graph.ttl")))
    block = re.search(
        r'<script id="graph-data" type="application/json">(.*?)</script>', html, re.S
    ).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    data = embedded(html)
    labels = {n["label"] for n in data["nodes"]}
    assert "<img src=x onerror=\"window.pwned='label'\">Evil Corp" in labels
    quotes = [c.get("quote") for e in data["edges"] for c in e.get("citations", [])]
    assert "</script><script>alert('quote')</script><img src=x onerror=alert('quote2')>" in quotes
    assert html.count("\n<script") == 11  # data, vis-network, the page's own nine
    rest = html.replace(block, "")
    for payload in ("pwned", "alert('"):  # no payload outside the data block
        assert payload not in rest


def test_embed_json_escapes_what_could_close_a_script():
    text = embed_json({"q": "</script><!-- & \u2028"})
    assert text == '{"q":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028"}'
    assert json.loads(text) == {"q": "</script><!-- & \u2028"}


def test_page_is_self_contained_with_a_strict_policy(mini):
    html = (mini / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]*\b(src|href)=", html)
    policy = html_lib.unescape(
        re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)
    )
    assert "default-src 'none'" in policy and "connect-src" not in policy
    scripts = re.findall(r"<script(?: type=\"module\")?>(.*?)</script>", html, re.S)
    assert len(scripts) == 13  # vis, the page's 9 scripts; the query engine, its panel, Oxigraph
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    assert "'unsafe-eval'" not in policy and "'unsafe-inline'" not in policy.split("style-src")[0]


@pytest.mark.slow
def test_page_is_byte_identical_whatever_the_hash_seed(mini, tmp_path):
    script = (
        "import sys, pathlib; from graphkit.network import to_network; "
        "from graphkit.rdf.store import load_graph; from graphkit.viz.render import render_html; "
        "from graphkit.viz.sparql import sparql_addon; "
        "g = load_graph(sys.argv[1]); ttl = pathlib.Path(sys.argv[1]).read_text(); "
        "sys.stdout.buffer.write(render_html(to_network(g), addons=(sparql_addon(g, ttl),)).encode())"
    )
    pages = []
    for seed in ("1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        pages.append(
            subprocess.run(
                [sys.executable, "-c", script, str(mini / "graph.ttl")],
                env=env,
                capture_output=True,
                check=True,
                cwd=REPO,
            ).stdout
        )
    assert pages[0] == pages[1] == (mini / "graph.html").read_bytes()


def test_subset_by_focus_and_depth(mini):
    net = to_network(load_graph(mini / "graph.ttl"))
    assert set(subset(net, focus=ENT + "hsi", depth=1).nodes) == ent("hsi", "ice")
    assert set(subset(net, focus=ENT + "hsi", depth=2).nodes) == ent(
        "hsi", "ice", "dhs", "clearview-ai", "palantir", "microsoft", "elite"
    )
    assert set(subset(net, focus=ENT + "hsi", depth=0).nodes) == ent("hsi")


def test_subset_by_type_relation_and_period(mini):
    net = to_network(load_graph(mini / "graph.ttl"))
    agencies = subset(net, types=["GovernmentAgency"])
    assert set(agencies.nodes) == ent("ice", "dhs", "hsi", "orlando-police-department")
    assert agencies.number_of_edges() == 2  # the two partOf facts
    stance = subset(net, relations=["stance"])
    assert sorted(d["relation"] for _, _, d in stance.edges(data=True)) == [
        "investigates",
        "opposes",
        "opposes",
    ]
    assert set(stance.nodes) == ent(
        "aclu", "amazon-rekognition", "microsoft-employees", "microsoft", "the-hill"
    )
    relations = {
        d["relation"] for _, _, d in subset(net, relations=["uses", "leads"]).edges(data=True)
    }
    assert relations == {"uses", "leads"}
    later = subset(net, since=2020)
    assert ENT + "orlando-police-department" not in later  # both its facts ended in 2019
    earlier = subset(net, until=2019)
    assert not any(
        d["relation"] == "supplies" and s == ENT + "clearview-ai"
        for s, _, d in earlier.edges(data=True)
    )


def test_viz_command_writes_a_page_for_a_focus(mini, tmp_path):
    out = tmp_path / "ice.html"
    result = invoke("viz", "--graph", mini / "graph.ttl", "--focus", "ICE", "-o", out)
    assert (result.exit_code, result.stdout, result.stderr) == (
        0,
        f"{out}\n",
        "7 entities, 7 relationships\n",
    )
    data = embedded(out.read_text(encoding="utf-8"))
    assert (
        data["title"]
        == "graphkit network · around U.S. Immigration and Customs Enforcement (depth 1)"
    )
    assert len(data["nodes"]) == 7


def test_viz_command_filters_and_titles(mini, tmp_path):
    out = tmp_path / "page.html"
    result = invoke(
        "viz",
        "--graph",
        mini / "graph.ttl",
        "--relation",
        "stance",
        "--type",
        "Company",
        "--type",
        "AdvocacyGroup",
        "--type",
        "Product",
        "--since",
        "2019-01",
        "--until",
        "2020",
        "-o",
        out,
    )
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "2 entities, 1 relationship\n"
    data = embedded(out.read_text(encoding="utf-8"))
    assert data["title"] == (
        "graphkit network · Company, AdvocacyGroup, Product · stance · 2019–2020"
    )


def test_viz_open_without_a_display_prints_the_path(mini, tmp_path, monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    out = tmp_path / "page.html"
    result = invoke("viz", "--graph", mini / "graph.ttl", "--open", "-o", out)
    assert result.exit_code == 0
    assert result.stdout == f"{out}\n"
    assert result.stderr.endswith("no web browser here; open the page yourself:\n")


def test_viz_errors(mini, tmp_path):
    result = invoke(
        "viz", "--graph", mini / "graph.ttl", "--focus", "Amazonn", "-o", tmp_path / "x.html"
    )
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: no entity called 'Amazonn' in the graph; did you mean 'Amazon'?\n",
    )
    result = invoke("viz", "--graph", mini / "graph.ttl", "--since", "2021", "--until", "2019")
    assert result.exit_code == 2
    assert "--since 2021 is after --until 2019" in result.stderr
    result = invoke("viz", "--graph", mini / "graph.ttl", "--since", "soon")
    assert result.exit_code == 2
    assert "'soon' is not a year (2019) or date (2019-07, 2019-07-18)" in result.stderr
    assert not (tmp_path / "x.html").exists()


def test_a_hostile_title_is_escaped(hostile, tmp_path):
    out = tmp_path / "evil.html"
    result = invoke("viz", "--graph", hostile / "graph.ttl", "--focus", "evil-corp", "-o", out)
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert title == (
        "graphkit network · around &lt;img src=x onerror=&quot;window.pwned=&#x27;"
        "label&#x27;&quot;&gt;Evil Corp (depth 1)"
    )
    assert embedded(html)["title"].endswith(
        """around <img src=x onerror="window.pwned='label'">Evil Corp (depth 1)"""
    )


def test_offices_fold_into_their_agency_and_contracts_sit_by_their_awardee(tmp_path):
    records = TESTS / "fixtures" / "records" / "prime_awards.csv"
    result = invoke(
        "build",
        "--config",
        MINI / "graphkit.toml",
        "--source",
        f"usaspending:{records}",
        "--out",
        tmp_path,
    )
    assert (tmp_path / "graph.ttl").is_file(), result.stderr
    data = page_data(to_network(load_graph(tmp_path / "graph.ttl")))
    nodes = {n["label"]: n for n in data["nodes"]}
    office = nodes["TEST OFFICE ALPHA"]
    assert office["fold"] == ENT + "ice" and office["rank"] is None
    assert nodes["U.S. Immigration and Customs Enforcement"]["fold"] is None  # curated: stays
    contract = nodes["TEST0002"]
    awardee = next(n for n in data["nodes"] if n["id"] == contract["anchor"])
    assert awardee["label"].lower() == "west publishing corporation"
    assert math.dist((contract["x"], contract["y"]), (awardee["x"], awardee["y"])) < 60
    assert data["contracts"] == 4 and data["offices"] == 1  # 0001, 0002, 0003, 0007
    # The most connected entity has rank 0; records (offices, contracts) have none.
    ranked = sorted((n for n in data["nodes"] if n["rank"] is not None), key=lambda n: n["rank"])
    assert ranked[0]["id"] == ENT + "ice"
    assert [n["rank"] for n in ranked] == list(range(len(ranked)))


def test_a_page_inlines_pyvis_vis_network_without_importing_pyvis(mini):
    """The page carries vis-network from pyvis's bundle, read as a file: importing pyvis would
    import IPython and jinja2 into every build for nothing."""
    script = (
        "import sys\n"
        "from graphkit.rdf.store import load_graph\n"
        "from graphkit.network import to_network\n"
        "from graphkit.viz.render import render_html\n"
        f"page = render_html(to_network(load_graph({str(mini / 'graph.ttl')!r})))\n"
        "print(len(page), sorted({'pyvis', 'IPython', 'jinja2'} & set(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[1:] == ["[]"], done.stdout
    page = (mini / "graph.html").read_text(encoding="utf-8")
    assert "vis-network" in page and "new vis.Network(" in page


def _nearest_neighbour_median(points: list[tuple[float, float]]) -> float:
    return statistics.median(
        min(math.dist(p, q) for j, q in enumerate(points) if j != i) for i, p in enumerate(points)
    )


def test_a_layout_of_hundreds_of_entities_spreads_them_as_weighing_every_pair_does():
    """The quick simulation (on a grid, then refined) must not leave entities bunched: as far
    from their nearest neighbours as Fruchterman-Reingold weighing every pair for the whole run
    (the grid alone leaves them about a quarter closer)."""
    nodes = [f"e{i:03d}" for i in range(800)]
    ties = {}
    for i in range(40, len(nodes)):  # 40 hubs, each entity tied to one and to four others
        ties[(nodes[i % 40], nodes[i])] = 1 + i % 3
        for k in range(4):
            j = (i * (7 + 4 * k) + 3 + k) % len(nodes)
            if j != i:
                ties[tuple(sorted((nodes[i], nodes[j])))] = 1
    laid = force_layout(nodes, ties)
    assert set(laid) == set(nodes)
    index = {node: i for i, node in enumerate(nodes)}
    pairs = sorted(ties)
    graph = igraph.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b in pairs])
    random.seed(7)
    every_pair = graph.layout_fruchterman_reingold(
        weights=[1 + math.log(ties[p]) for p in pairs], niter=500, grid=False
    ).coords
    xs, ys = [x for x, _ in every_pair], [y for _, y in every_pair]
    scale = min(WIDTH / (max(xs) - min(xs)), HEIGHT / (max(ys) - min(ys)))  # the page's box
    reference = _nearest_neighbour_median([(x * scale, y * scale) for x, y in every_pair])
    assert _nearest_neighbour_median(list(laid.values())) >= 0.85 * reference


def test_layout_fills_the_box_and_keeps_top_labels_apart(mini):
    data = page_data(to_network(load_graph(mini / "graph.ttl")))
    xs = [n["x"] for n in data["nodes"]]
    ys = [n["y"] for n in data["nodes"]]
    assert max(xs) - min(xs) == pytest.approx(WIDTH, abs=40) or max(ys) - min(ys) == pytest.approx(
        HEIGHT, abs=40
    )
    top = sorted(data["nodes"], key=lambda n: n["rank"])[:SEPARATED]
    boxes = [label_box(n["x"], n["y"], n["size"], short_label(n["label"])) for n in top]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
