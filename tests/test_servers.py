"""push, query --endpoint and serve against real servers: Oxigraph server and Virtuoso.

The servers start on 127.0.0.1 on free ports with their own data folders and are stopped by
process id. Without the binaries (`pip install oxigraph`, Debian's virtuoso-opensource) the
tests are skipped, saying so.
"""

from __future__ import annotations

import json
import urllib.parse
import urllib.request

import pytest
from servers import (
    answer_mismatch,
    checkpoint,
    oxigraph_binary,
    start_oxigraph,
    start_virtuoso,
    virtuoso_binary,
)
from support import MINI, copy_project, invoke

from graphkit.query.serve import make_server, serve_in_thread
from graphkit.rdf.remote import RemoteError, Server, push, remote_query

pytestmark = pytest.mark.server

GRAPH = "https://example.org/graph/techgov"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = copy_project(MINI, tmp_path_factory.mktemp("project"))
    out = project / "output"
    result = invoke("build", "--config", project / "graphkit.toml", "--out", out)
    assert result.exit_code == 0, result.stderr
    return project, out


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    if oxigraph_binary() is None:
        pytest.skip("no `oxigraph` server binary: pip install oxigraph")
    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    if virtuoso_binary() is None:
        pytest.skip("no `virtuoso-t`: apt-get install virtuoso-opensource")
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


@pytest.fixture(params=["oxigraph", "virtuoso"])
def server(request):
    return request.getfixturevalue(request.param)


def _count(server, graph=GRAPH) -> int:
    text = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    result = remote_query(Server(server.query_url), text)
    return int(next(iter(result))[0])


def _all(server) -> int:
    """Statements in every named graph of ours on the server (Virtuoso keeps its own)."""
    text = (
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
        f'FILTER(STRSTARTS(STR(?g), "https://w3id.org/techgov/") || STRSTARTS(STR(?g), "{GRAPH}")) }}'
    )
    return int(next(iter(remote_query(Server(server.query_url), text)))[0])


def _push(server, *args):
    args = ["push", "--endpoint", server.store_url, "--graph", GRAPH, *args]
    if server.user:
        args += ["--user", server.user, "--password", server.password]
    return invoke(*args)


def _triples(out) -> int:
    return json.loads((out / "report.json").read_text())["counts"]["triples"]


def _quads(out) -> int:
    return len((out / "graph.nq").read_bytes().splitlines())


def test_push_replaces_what_the_last_push_put_there(server, built):
    project, out = built
    first = _push(server, "--config", project / "graphkit.toml")
    assert first.exit_code == 0, first.stderr
    assert f"pushed {_quads(out)} statements to <{GRAPH}>" in first.stderr
    listed = _count(server)  # the list of graphs pushed: one per source document
    assert listed > 5
    assert _all(server) == _quads(out) + listed
    again = _push(server, "--from", out / "graph.ttl")
    assert again.exit_code == 0, again.stderr
    assert _count(server) == _triples(out)  # the triples alone, in the one graph
    assert _all(server) == _triples(out)  # the source graphs of the first push are gone


def test_a_failed_push_leaves_the_previous_graph_intact(server, built):
    project, out = built
    assert _push(server, "--from", out / "graph.ttl").exit_code == 0
    before = _count(server)
    broken = _push(
        server,
        "--from",
        out / "graph.nq",
        "--update",
        server.base + "/no-such-endpoint",
    )
    assert broken.exit_code == 1
    assert "Error: POST" in broken.stderr and "/no-such-endpoint" in broken.stderr
    assert _count(server) == before
    assert _all(server) == before
    staging = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), 'staging')) }"
    assert list(remote_query(Server(server.query_url), staging)) == []


def test_push_refuses_a_graph_name_that_is_not_an_iri(oxigraph, built):
    project, out = built
    result = invoke(
        "push",
        "--endpoint",
        oxigraph.store_url,
        "--graph",
        "x> } DROP ALL { <y",
        "--from",
        out / "graph.ttl",
    )
    assert result.exit_code == 1
    assert "is not an absolute IRI" in result.stderr


def test_wrong_credentials_are_a_clear_error(virtuoso, built):
    project, out = built
    result = invoke(
        "push",
        "--endpoint",
        virtuoso.store_url,
        "--from",
        out / "graph.ttl",
        "--user",
        "dba",
        "--password",
        "wrong",
    )
    assert result.exit_code == 1
    assert "HTTP 401" in result.stderr


def test_named_queries_answer_the_same_remotely_as_locally(server, built):
    project, out = built
    assert _push(server, "--from", out / "graph.ttl").exit_code == 0
    if server.name == "virtuoso":
        checkpoint(server)  # what was loaded survives a kill from here on
    for args in (
        ["suppliers", "-p", "agency=ICE"],
        ["opposition"],
        ["customers", "-p", "company=Amazon"],
        ["connections", "-p", "entity=Microsoft"],
        ["subagencies", "-p", "agency=DHS"],
        ["single-source"],
    ):
        local = invoke("query", *args, "--graph", out / "graph.ttl", "--format", "csv")
        remote = invoke("query", *args, "--endpoint", server.query_url, "--format", "csv")
        assert remote.exit_code == 0, remote.stderr
        assert remote.stdout == local.stdout, answer_mismatch(
            server, args, local.stdout, remote.stdout
        )
        assert len(local.stdout.splitlines()) > 1, args


def test_remote_parameters_are_bound_as_terms(oxigraph, built):
    project, out = built
    assert _push(oxigraph, "--from", out / "graph.ttl").exit_code == 0
    hostile = 'ICE" } } ; DROP ALL ; SELECT * { { "'
    result = invoke(
        "query", "suppliers", "-p", f"agency={hostile}", "--endpoint", oxigraph.query_url
    )
    assert result.exit_code == 1
    assert "no entity called" in result.stderr
    assert _count(oxigraph) == _triples(out)


def test_remote_ad_hoc_query_and_ask(oxigraph, built):
    project, out = built
    assert _push(oxigraph, "--from", out / "graph.ttl").exit_code == 0
    ask = invoke(
        "query", "-e", "ASK { ent:ice a tg:GovernmentAgency }", "--endpoint", oxigraph.query_url
    )
    assert ask.exit_code == 0, ask.stderr
    assert ask.stdout == "true\n"
    as_json = invoke(
        "query",
        "-e",
        "ASK { ent:ice a tg:GovernmentAgency }",
        "--endpoint",
        oxigraph.query_url,
        "--format",
        "json",
    )
    assert json.loads(as_json.stdout) == {"head": {}, "boolean": True}
    described = invoke(
        "query",
        "-e",
        "CONSTRUCT { ent:ice a ?t } WHERE { ent:ice a ?t }",
        "--endpoint",
        oxigraph.query_url,
        "--format",
        "csv",
    )
    assert described.exit_code == 0, described.stderr
    assert described.stdout.splitlines()[0] == "subject,predicate,object"
    assert (
        "https://w3id.org/techgov/id/ice,http://www.w3.org/1999/02/22-rdf-syntax-ns#type,"
        "https://w3id.org/techgov/ontology#GovernmentAgency" in described.stdout.splitlines()
    )
    update = invoke("query", "-e", "DROP ALL", "--endpoint", oxigraph.query_url)
    assert update.exit_code == 1
    assert "UPDATE is refused" in update.stderr


def test_an_unreachable_endpoint_is_a_clear_error(tmp_path):
    with pytest.raises(RemoteError, match="POST http://127.0.0.1:9/query"):
        remote_query(Server("http://127.0.0.1:9/query"), "ASK {}")
    with pytest.raises(RemoteError, match="cannot tell the server's SPARQL Update endpoint"):
        push(b"", Server("http://127.0.0.1:9/elsewhere"))


def test_a_read_only_oxigraph_server_serves_the_built_store(tmp_path, built):
    if oxigraph_binary() is None:
        pytest.skip("no `oxigraph` server binary: pip install oxigraph")
    project, out = built
    import shutil

    shutil.copytree(out / "store", tmp_path / "data")
    server = start_oxigraph(tmp_path, read_only=True)
    try:
        local = invoke("query", "opposition", "--graph", out / "graph.ttl", "--format", "csv")
        remote = invoke("query", "opposition", "--endpoint", server.query_url, "--format", "csv")
        assert remote.stdout == local.stdout
    finally:
        server.stop()


def _get(url, accept="application/sparql-results+json"):
    request = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.headers["Content-Type"], response.read()


def test_serve_answers_sparql_and_the_page_and_refuses_updates(built):
    project, out = built
    server = make_server(out / "store", 0, out / "graph.html")
    serve_in_thread(server)
    try:
        url = server.url
        assert url.startswith("http://127.0.0.1:")
        status, kind, body = _get(url)
        assert (status, kind) == (200, "text/html; charset=utf-8")
        assert body == (out / "graph.html").read_bytes()
        query = "SELECT ?l WHERE { <https://w3id.org/techgov/id/ice> ?p ?l } ORDER BY ?l LIMIT 1"
        status, kind, body = _get(url + "sparql?" + urllib.parse.urlencode({"query": query}))
        assert (status, kind) == (200, "application/sparql-results+json")
        assert json.loads(body)["head"]["vars"] == ["l"]
        local = invoke(
            "query",
            "suppliers",
            "-p",
            "agency=ICE",
            "--graph",
            out / "graph.ttl",
            "--format",
            "csv",
        )
        remote = invoke(
            "query",
            "suppliers",
            "-p",
            "agency=ICE",
            "--endpoint",
            url + "sparql",
            "--format",
            "csv",
        )
        assert remote.stdout == local.stdout
        data = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(url + "sparql", data=data, timeout=30)
        refused.value.close()  # an error response holds its connection until closed
        assert refused.value.code == 403
        with pytest.raises(urllib.error.HTTPError) as bad:
            _get(url + "sparql?" + urllib.parse.urlencode({"query": "SELECT WHERE"}))
        bad.value.close()
        assert bad.value.code == 400
        status, kind, body = _get(
            url
            + "sparql?"
            + urllib.parse.urlencode(
                {"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 2"}
            ),
            "text/turtle",
        )
        assert kind == "text/turtle; charset=utf-8"
    finally:
        server.shutdown()
        server.server_close()


def test_push_and_serve_help_have_examples():
    for command in ("push", "serve"):
        result = invoke(command, "--help")
        assert "Example:" in result.stdout


def test_the_serve_command_runs_until_stopped(built, tmp_path):
    import os
    import signal
    import subprocess
    import sys

    project, out = built
    with subprocess.Popen(
        [sys.executable, "-m", "graphkit", "serve", "--port", "0", "--store", str(out / "store")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:  # closes the pipes on the way out
        try:
            url = process.stdout.readline().strip()
            assert url.startswith("http://127.0.0.1:") and url.endswith("/")
            query = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
            status, kind, body = _get(url + "sparql?" + query)
            assert json.loads(body)["boolean"] is True
            status, kind, body = _get(url)
            assert body == (out / "graph.html").read_bytes()
        finally:
            os.kill(process.pid, signal.SIGINT)
            process.wait(timeout=30)
    assert process.returncode == 0
