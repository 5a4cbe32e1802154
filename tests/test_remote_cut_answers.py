"""An answer a SPARQL server cut short is an error, never printed as the whole answer.

Virtuoso sends at most ResultSetMaxRows rows (10,000 unless configured) with a success status,
saying so only in a header; where a query runs past its time limit it may send the rows found
so far ("anytime" answers, HTTP 206 and an SQL state).
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from servers import start_virtuoso, virtuoso_binary
from support import MINI, copy_project, invoke

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def limited(tmp_path_factory):
    """A Virtuoso that sends at most four rows an answer, holding the MINI project's build."""
    if virtuoso_binary() is None:
        pytest.skip("no `virtuoso-t`: apt-get install virtuoso-opensource")
    project = copy_project(MINI, tmp_path_factory.mktemp("project"))
    out = project / "output"
    built = invoke("build", "--config", project / "graphkit.toml", "--out", out)
    assert built.exit_code == 0, built.stderr
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"), max_rows=4)
    pushed = invoke(
        "push", "--endpoint", server.store_url, "--graph", "https://example.org/graph/cut",
        "--from", out / "graph.ttl", "--user", server.user, "--password", server.password,
    )  # fmt: skip
    assert pushed.exit_code == 0, pushed.stderr
    yield server, out
    server.stop()


def test_a_named_query_cut_at_the_servers_row_limit_is_an_error(limited):
    server, out = limited
    local = invoke("query", "single-source", "--graph", out / "graph.ttl", "--format", "csv")
    assert len(local.stdout.splitlines()) > 5  # more rows than the server sends
    remote = invoke("query", "single-source", "--endpoint", server.query_url, "--format", "csv")
    assert remote.exit_code == 1
    assert remote.stdout == ""
    assert "the answer has 4 rows, the most the server sends" in remote.stderr
    assert "ResultSetMaxRows" in remote.stderr


def test_names_cut_at_the_limit_do_not_resolve_a_parameter_wrongly(limited):
    # The labels and aliases fetched to resolve `agency=ICE` are more than four statements.
    server, _ = limited
    remote = invoke("query", "suppliers", "-p", "agency=ICE", "--endpoint", server.query_url)
    assert remote.exit_code == 1
    assert "reading the names that parameters resolve to:" in remote.stderr
    assert "the answer has 4 rows, the most the server sends" in remote.stderr


def test_an_answer_within_the_limit_is_printed(limited):
    server, out = limited
    query = "SELECT ?agency WHERE { ?agency a tg:GovernmentAgency } ORDER BY ?agency LIMIT 3"
    local = invoke("query", "-e", query, "--graph", out / "graph.ttl", "--format", "csv")
    remote = invoke("query", "-e", query, "--endpoint", server.query_url, "--format", "csv")
    assert remote.exit_code == 0, remote.stderr
    assert remote.stdout == local.stdout
    assert len(remote.stdout.splitlines()) == 4  # the header and three agencies


class _AnytimeAnswer(BaseHTTPRequestHandler):
    """Answers every query as Virtuoso answers one stopped at its time limit."""

    def do_POST(self):  # noqa: N802 - the name http.server calls
        self.rfile.read(int(self.headers["Content-Length"]))
        body = b'{"head": {"vars": ["s"]}, "results": {"bindings": []}}'
        self.send_response(206)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("X-SQL-State", "S1TAT")
        self.send_header(
            "X-SQL-Message",
            "RC...: Returning incomplete results, query interrupted by result timeout.",
        )
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # quiet
        pass


def test_an_answer_the_server_says_is_incomplete_is_an_error():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _AnytimeAnswer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
        result = invoke("query", "-e", "SELECT ?s WHERE { ?s ?p ?o }", "--endpoint", url)
    finally:
        server.shutdown()
        server.server_close()
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "the server sent an incomplete answer (S1TAT: RC...: Returning incomplete" in (
        result.stderr
    )
