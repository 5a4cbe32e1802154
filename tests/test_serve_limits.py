"""graphkit serve's limits: no federation or updates, a timeout that stops the work, a row
limit that says so, a bound on queries at once, strict request parsing."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from support import MINI, copy_project, invoke

from graphkit.query.serve import Limits, make_server, serve_in_thread

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
ALL = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    project = copy_project(MINI, tmp_path_factory.mktemp("project"))
    result = invoke("build", "--config", project / "graphkit.toml")
    assert result.exit_code == 0, result.stderr
    return project / "output"


def serving(out, **limits):
    server = make_server(out=out, limits=Limits(**limits))
    serve_in_thread(server)
    return server


def ask(server, query: str, accept: str = "application/sparql-results+json", method="GET"):
    """(status, headers, body) of one query."""
    url = server.url + "sparql"
    if method == "GET":
        request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}))
    else:
        request = urllib.request.Request(
            url, data=query.encode(), headers={"Content-Type": "application/sparql-query"}
        )
    request.add_header("Accept", accept)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def raw(server, request: bytes) -> bytes:
    """Send bytes as they are; the server's whole answer."""
    port = server.server_address[1]
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.fixture
def listener():
    """A loopback port that counts the connections made to it."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.settimeout(0.2)
    calls = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            calls.append(conn.recv(1024))
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield sock.getsockname()[1], calls
    stop.set()
    thread.join()
    sock.close()


def test_federated_queries_are_refused_and_send_nothing(out, listener):
    port, calls = listener
    server = serving(out)
    try:
        query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
        for method in ("GET", "POST"):
            status, _, body = ask(server, query, method=method)
            assert status == 403
            assert body == (
                b"this endpoint is read-only and local: federated queries (SERVICE) are refused\n"
            )
        lower = f"select * {{ service silent <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}"
        assert ask(server, lower)[0] == 403
        time.sleep(0.5)
        assert calls == []
        # the word inside a string, an IRI or a comment is no request
        status, _, _ = ask(
            server,
            'SELECT ?s WHERE { ?s ?p "SERVICE" } # SERVICE <http://x/>\nLIMIT 1',
        )
        assert status == 200
        status, _, _ = ask(server, "ASK { <https://example.org/service/load> ?p ?o }")
        assert status == 200
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    "query",
    [
        "LOAD <http://127.0.0.1:9/data.ttl>",
        "INSERT DATA { <http://a> <http://b> <http://c> }",
        "DROP ALL",
        "CLEAR DEFAULT",
    ],
)
def test_updates_and_loads_are_refused(out, query):
    server = serving(out)
    try:
        status, _, body = ask(server, query)
        assert status == 403
        assert b"read-only" in body
    finally:
        server.shutdown()
        server.server_close()


def test_a_query_past_its_time_is_stopped_and_frees_its_worker(out):
    server = serving(out, timeout=1.5, concurrent=2)
    try:
        started = time.monotonic()
        results = []
        threads = [
            threading.Thread(target=lambda: results.append(ask(server, CARTESIAN)))
            for _ in range(3)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert [r[0] for r in results] == [504, 504, 504]
        assert b"ran longer than 1.5 s and was stopped" in results[0][2]
        assert time.monotonic() - started < 15
        # the stopped queries no longer hold the workers: a small one answers at once
        quick = time.monotonic()
        assert ask(server, "ASK { ?s ?p ?o }")[0] == 200
        assert time.monotonic() - quick < 1.5
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    "accept",
    [
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
    ],
)
def test_a_long_answer_is_cut_at_the_row_limit_and_says_so(out, accept):
    server = serving(out, max_rows=5)
    try:
        status, headers, body = ask(server, ALL, accept=accept)
        assert status == 200
        assert headers["Graphkit-Truncated"] == "max-rows=5"
        if accept.endswith("json"):
            doc = json.loads(body)
            assert len(doc["results"]["bindings"]) == 5
            assert doc["truncated"] is True
        elif accept.endswith("xml"):
            assert body.count(b"<result>") == 5
        else:
            assert len(body.decode().strip().splitlines()) == 6  # the header and 5 rows
        status, headers, body = ask(server, ALL + " LIMIT 3", accept=accept)
        assert "Graphkit-Truncated" not in headers
    finally:
        server.shutdown()
        server.server_close()


def test_a_construct_answer_is_cut_at_the_row_limit(out):
    server = serving(out, max_rows=4)
    try:
        status, headers, body = ask(
            server, "CONSTRUCT WHERE { ?s ?p ?o }", accept="application/n-triples"
        )
        assert status == 200
        assert headers["Graphkit-Truncated"] == "max-rows=4"
        assert len(body.decode().strip().splitlines()) == 4
    finally:
        server.shutdown()
        server.server_close()


def test_answers_match_oxigraphs_own_serialisation_when_not_cut(out):
    import pyoxigraph as ox  # noqa: PLC0415

    server = serving(out)
    query = "SELECT ?s ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?s"
    try:
        status, _, body = ask(server, query)
        assert status == 200
        store = ox.Store.read_only(str(out / "store"))
        expected = store.query(query).serialize(format=ox.QueryResultsFormat.JSON)
        assert json.loads(body) == json.loads(expected)
    finally:
        server.shutdown()
        server.server_close()


def test_requests_beyond_the_workers_get_503_with_retry_after(out):
    server = serving(out, timeout=4, concurrent=1, queue_wait=0.5)
    try:
        slow = threading.Thread(target=lambda: ask(server, CARTESIAN))
        slow.start()
        time.sleep(0.5)
        status, headers, body = ask(server, "ASK { ?s ?p ?o }")
        assert status == 503
        assert headers["Retry-After"] == "1"
        assert b"busy" in body
        slow.join()
        assert ask(server, "ASK { ?s ?p ?o }")[0] == 200
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        (b"Content-Length: -1\r\n", b"400"),
        (b"Content-Length: abc\r\n", b"400"),
        (b"Content-Length: 5\r\nContent-Length: 7\r\n", b"400"),
        (b"Transfer-Encoding: chunked\r\n", b"400"),
        (b"Content-Length: 2000000\r\n", b"413"),
    ],
)
def test_malformed_request_bodies_are_refused(out, headers, status):
    server = serving(out)
    try:
        answer = raw(
            server,
            b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
            + headers
            + b"\r\nASK {}",
        )
        assert answer.split(b" ", 2)[1] == status
    finally:
        server.shutdown()
        server.server_close()
