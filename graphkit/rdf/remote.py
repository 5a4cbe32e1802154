"""Talking to SPARQL servers: the Graph Store HTTP Protocol for pushing, the SPARQL 1.1
Protocol for queries. Works with Oxigraph server and Virtuoso (which wants HTTP digest auth).
"""

from __future__ import annotations

import contextlib
import io
import re
import secrets
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rdflib import Graph
from rdflib.plugins.sparql import prepareQuery
from rdflib.query import Result

from ..exc import GraphkitError
from .oxigraph import plain_term

DEFAULT_GRAPH_IRI = "https://w3id.org/techgov/graph/all"
CHUNK_TRIPLES = 50_000
TIMEOUT = 300  # seconds for one request; a chunk of 50k triples takes a few at most


class RemoteError(GraphkitError):
    """A SPARQL server refused a request or could not be reached."""


class _DigestAuthHandler(urllib.request.HTTPDigestAuthHandler):
    """urllib's digest handler, closing each 401 challenge before it answers it: the standard
    one leaves the challenge's connection open, one socket per authenticated request."""

    def http_error_401(self, req, fp, code, msg, headers):
        fp.close()  # the challenge is in `headers`; its body is not needed
        return super().http_error_401(req, fp, code, msg, headers)


@dataclass
class Server:
    """Where to send requests, and the credentials for HTTP digest auth (Virtuoso's)."""

    url: str
    user: str | None = None
    password: str | None = None

    def opener(self) -> urllib.request.OpenerDirector:
        handlers = []
        if self.user is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            parts = urllib.parse.urlsplit(self.url)  # the whole server: GSP and Update URLs
            passwords.add_password(
                None, f"{parts.scheme}://{parts.netloc}/", self.user, self.password or ""
            )
            # Digest only: urllib's basic handler fails outright on a digest challenge.
            handlers.append(_DigestAuthHandler(passwords))
        return urllib.request.build_opener(*handlers)

    def request(
        self, method: str, url: str, data: bytes | None = None, headers: dict | None = None
    ) -> bytes:
        req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
        try:
            with self.opener().open(req, timeout=TIMEOUT) as response:
                return response.read()
        except urllib.error.HTTPError as err:
            with err:  # an error response holds the connection open until closed
                body = err.read().decode("utf-8", "replace").strip().splitlines()
            detail = f": {body[0][:300]}" if body else ""
            status = f"HTTP {err.code} {err.reason}"
            raise RemoteError(f"{method} {_shown(url)}: {status}{detail}") from None
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise RemoteError(f"{method} {_shown(url)}: {reason}") from None


def _shown(url: str) -> str:
    return url.split("?", 1)[0]


def update_url_for(store_url: str) -> str:
    """The SPARQL Update endpoint beside a Graph Store Protocol endpoint."""
    for gsp, update in (
        ("/sparql-graph-crud-auth", "/sparql-auth"),  # Virtuoso
        ("/sparql-graph-crud", "/sparql"),
        ("/store", "/update"),  # Oxigraph
    ):
        if store_url.rstrip("/").endswith(gsp):
            return store_url.rstrip("/")[: -len(gsp)] + update
    raise RemoteError(
        f"{store_url}: cannot tell the server's SPARQL Update endpoint; give it with --update"
    )


def check_graph_iri(iri: str) -> None:
    """Graph names go into SPARQL Update text: only plain absolute IRIs are accepted."""
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]+", iri):
        raise RemoteError(f"{iri!r} is not an absolute IRI")


def _graph_url(store_url: str, graph_iri: str) -> str:
    return f"{store_url}?{urllib.parse.urlencode({'graph': graph_iri})}"


def chunks(lines: Iterable[bytes], size: int) -> Iterable[bytes]:
    batch: list[bytes] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= size:
            yield b"".join(batch)
            batch = []
    if batch:
        yield b"".join(batch)


def push(
    ntriples: bytes,
    server: Server,
    graph_iri: str = DEFAULT_GRAPH_IRI,
    *,
    update_url: str | None = None,
    chunk_triples: int = CHUNK_TRIPLES,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Replace a named graph on the server with these N-Triples; the number of triples sent.

    Chunks go to a fresh staging graph through the Graph Store Protocol (POST appends); only
    when all have arrived does one SPARQL Update `MOVE` put them in place of the graph. A
    failure before that leaves the previous graph as it was; the staging graph is deleted.
    """
    check_graph_iri(graph_iri)
    update_url = update_url or update_url_for(server.url)
    lines = [line + b"\n" for line in ntriples.splitlines() if line.strip()]
    staging = f"{graph_iri}-staging-{secrets.token_hex(6)}"
    sent = 0
    try:
        for body in chunks(lines, chunk_triples):
            server.request(
                "POST",
                _graph_url(server.url, staging),
                body,
                {"Content-Type": "text/turtle; charset=utf-8"},
            )
            sent += body.count(b"\n")
            if progress:
                progress(sent, len(lines))
        if not lines:
            _update(server, update_url, f"CREATE SILENT GRAPH <{staging}>")
        _update(server, update_url, f"MOVE SILENT <{staging}> TO <{graph_iri}>")
    except RemoteError:
        # If the server is gone too, the staging graph is harmless and named as such.
        with contextlib.suppress(RemoteError):
            server.request("DELETE", _graph_url(server.url, staging))
        raise
    return sent


def _update(server: Server, url: str, text: str) -> None:
    data = urllib.parse.urlencode({"update": text}).encode()
    server.request("POST", url, data, {"Content-Type": "application/x-www-form-urlencoded"})


def remote_query(server: Server, text: str) -> Result:
    """Run a read-only query at a SPARQL 1.1 Protocol endpoint; an rdflib Result."""
    data = urllib.parse.urlencode({"query": text}).encode()
    graph_form = _query_form(text) in ("ConstructQuery", "DescribeQuery")
    accept = "text/turtle" if graph_form else "application/sparql-results+json"
    body = server.request(
        "POST",
        server.url,
        data,
        {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
    )
    if body.lstrip().startswith(b"{"):
        result = Result.parse(io.BytesIO(body), format="json")
        if result.type == "SELECT":  # servers canonicalise literals: spell them as we do
            result.bindings = [
                {name: plain_term(value) for name, value in row.items()} for row in result.bindings
            ]
        return result
    graph = Graph()
    try:
        graph.parse(data=body.decode("utf-8"), format="turtle")
    except Exception as err:  # noqa: BLE001 - the parser raises several types
        raise RemoteError(f"{server.url}: unreadable answer: {err}") from None
    result = Result("CONSTRUCT")
    result.graph = graph
    return result


def _query_form(text: str) -> str:
    """SelectQuery, AskQuery, ConstructQuery or DescribeQuery (or "" if rdflib cannot tell)."""
    try:
        return prepareQuery(text).algebra.name
    except Exception:  # noqa: BLE001 - the server may know syntax rdflib does not
        return ""


NAMES_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX tg: <https://w3id.org/techgov/ontology#>
CONSTRUCT { ?e rdfs:label ?l . ?e tg:alias ?a }
WHERE { { ?e rdfs:label ?l } UNION { ?e tg:alias ?a } }
"""


def remote_names(server: Server) -> Graph:
    """The labels and aliases the server holds: enough to resolve entity parameters."""
    result = remote_query(server, NAMES_QUERY)
    if result.type != "CONSTRUCT":
        raise RemoteError(f"{server.url}: expected a graph for a CONSTRUCT query")
    return result.graph
