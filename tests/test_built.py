"""The built graph's page comes from the build's own N-Triples: the same page, and the same
answers node by node, as reading the written graph back through rdflib."""

from pathlib import Path

import pytest
from rdflib import Graph
from support import TESTS, copy_project

from graphkit.build.outputs import write_outputs
from graphkit.build.pipeline import build
from graphkit.config import load_config
from graphkit.network import to_network
from graphkit.rdf.store import load_graph, open_store
from graphkit.viz.render import render_html
from graphkit.viz.sparql import sparql_addon

FIXTURES = {
    "hostile": TESTS / "fixtures" / "viz" / "hostile",  # markup, quotes and newlines in names
    "claims": TESTS / "fixtures" / "claims",  # disputed facts with competing claims
    "explain": TESTS / "fixtures" / "explain",
}


@pytest.fixture(scope="module", params=sorted(FIXTURES))
def written(request, tmp_path_factory) -> tuple[Path, object]:
    tmp = tmp_path_factory.mktemp(request.param)
    project = copy_project(FIXTURES[request.param], tmp / "project")
    result = build(load_config(project / "graphkit.toml"))
    out = tmp / "out"
    write_outputs(result, out)
    return out, result


def test_the_page_is_the_one_the_written_graph_gives(written):
    out, _ = written
    for source in (out / "graph.ttl", out / "store"):
        graph = load_graph(source)
        ttl = (out / "graph.ttl").read_text(encoding="utf-8")
        page = render_html(to_network(graph), addons=(sparql_addon(graph, ttl),))
        assert page.encode("utf-8") == (out / "graph.html").read_bytes(), source.name


def test_the_view_answers_every_lookup_as_the_store_does(written):
    out, result = written
    view = result.built.view()
    store = open_store(out / "store")
    subjects = set(store.subjects())
    assert subjects and subjects == set(view._by_subject)
    for node in subjects:
        assert sorted(view.predicate_objects(node)) == sorted(store.predicate_objects(node))
    assert len(Graph().parse(out / "graph.ttl")) == sum(
        len(pairs) for pairs in view._by_subject.values()
    )
