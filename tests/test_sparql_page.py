"""What the query panel puts in the page: the vendored engine as npm ships it, the whole graph, a CSP
that lets the page compile its own WebAssembly and fetch nothing."""

from __future__ import annotations

import base64
import gzip
import hashlib
import re
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph
from support import MINI, invoke

from graphkit.viz.sparql import OXIGRAPH_DIGESTS, OXIGRAPH_VERSION, vendored

VENDOR = Path(__file__).resolve().parents[1] / "graphkit" / "viz" / "assets" / "vendor" / "oxigraph"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("mini")
    result = invoke("build", "--config", MINI / "graphkit.toml", "--out", out)
    assert result.exit_code == 0, result.stderr
    return out


def block(page: str, block_id: str) -> str:
    match = re.search(rf'<script id="{block_id}" type="[^"]+">(.*?)</script>', page, re.S)
    assert match, f"no {block_id} block in the page"
    return match.group(1)


def test_the_vendored_engine_is_the_npm_release_with_its_licences():
    for name, digest in OXIGRAPH_DIGESTS.items():
        assert hashlib.sha256(vendored(name)).hexdigest() == digest, name
    readme = (VENDOR / "README.md").read_text()
    assert OXIGRAPH_VERSION in readme
    assert all(digest in readme for digest in OXIGRAPH_DIGESTS.values())
    assert "Permission is hereby granted" in (VENDOR / "LICENSE-MIT").read_text()
    assert "Apache License" in (VENDOR / "LICENSE-APACHE").read_text()
    # Stored gzipped without a timestamp, so the repository copy never changes by itself.
    assert (VENDOR / "web_bg.wasm.gz").read_bytes()[4:8] == b"\0\0\0\0"


def test_the_built_page_carries_the_whole_graph_and_the_engine(built):
    page = (built / "graph.html").read_text(encoding="utf-8")
    turtle = gzip.decompress(base64.b64decode(block(page, "sparql-graph")))
    assert turtle == (built / "graph.ttl").read_bytes()
    # Oxigraph's own strict Turtle parser, the one compiled into the page, reads it whole.
    store = pyoxigraph.Store()
    store.load(turtle, format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(Graph().parse(built / "graph.ttl")) > 100
    wasm = gzip.decompress(base64.b64decode(block(page, "oxigraph-wasm")))
    assert hashlib.sha256(wasm).hexdigest() == OXIGRAPH_DIGESTS["web_bg.wasm"]
    assert '"name":"suppliers"' in block(page, "sparql-data")


def test_the_page_may_compile_its_own_wasm_and_still_fetch_nothing(built):
    page = (built / "graph.html").read_text(encoding="utf-8")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    directives = dict(d.strip().split(" ", 1) for d in csp.replace("&#x27;", "'").split(";"))
    assert directives["default-src"] == "'none'"
    assert "connect-src" not in directives and "worker-src" not in directives
    sources = directives["script-src"].split()
    assert "'wasm-unsafe-eval'" in sources and "'unsafe-eval'" not in sources
    scripts = re.findall(r"<script(?: type=\"module\")?>(.*?)</script>", page, re.S)
    assert len(scripts) == 13  # vis, the page's 9 scripts, the engine, the panel, Oxigraph's module
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in sources


def test_the_page_is_the_same_bytes_from_one_build_to_the_next(built, tmp_path):
    again = tmp_path / "again"
    assert invoke("build", "--config", MINI / "graphkit.toml", "--out", again).exit_code == 0
    assert (again / "graph.html").read_bytes() == (built / "graph.html").read_bytes()
