"""A read-only SPARQL 1.1 Protocol endpoint over a built store, with the HTML page beside it.

GET or POST /sparql (query= as a parameter or form field, or an application/sparql-query
body) answers from the persistent Oxigraph store, which is opened read-only: updates are
refused. GET / serves the build's graph.html. The server binds to 127.0.0.1 only.
"""

from __future__ import annotations

import threading
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ..exc import GraphkitError

HOST = "127.0.0.1"
MAX_BODY = 1 << 20  # a query is text; a megabyte is plenty
_RESULTS_TYPES = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
_GRAPH_TYPES = {
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/ld+json": "JSON_LD",
    "application/rdf+xml": "RDF_XML",
}


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int, store_dir: Path, page: Path | None) -> None:
        import pyoxigraph as ox  # noqa: PLC0415

        try:
            self.store = ox.Store.read_only(str(store_dir))
        except OSError as err:
            raise GraphkitError(f"{store_dir}: cannot open the store: {err}") from None
        self.page = page
        super().__init__((HOST, port), _Handler)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}/"


def make_server(store_dir: Path, port: int = 0, page: Path | None = None) -> SparqlServer:
    """A server on 127.0.0.1 (port 0: any free one); call serve_forever() to answer."""
    store_dir = Path(store_dir)
    if not (store_dir / "CURRENT").is_file():
        raise GraphkitError(f"{store_dir}: no built store; run `graphkit build` first")
    return SparqlServer(port, store_dir, page)


def serve_in_thread(server: SparqlServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "graphkit"

    def log_message(self, format, *args):  # noqa: A002 - the library never prints
        pass

    def do_GET(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._page()
        elif url.path == "/sparql":
            params = urllib.parse.parse_qs(url.query)
            self._query(params.get("query", [None])[0], params)
        else:
            self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain; charset=utf-8")

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain; charset=utf-8")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._send(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                b"query too long\n",
                "text/plain; charset=utf-8",
            )
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        params = urllib.parse.parse_qs(url.query)
        if kind == "application/sparql-query":
            self._query(body, params)
        elif kind == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(body)
            if "update" in form:
                self._send(
                    HTTPStatus.FORBIDDEN,
                    b"this endpoint is read-only\n",
                    "text/plain; charset=utf-8",
                )
                return
            self._query(form.get("query", [None])[0], params)
        else:
            self._send(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE, b"send a query\n", "text/plain; charset=utf-8"
            )

    def _page(self) -> None:
        page = self.server.page
        if page is None or not page.is_file():
            self._send(
                HTTPStatus.NOT_FOUND,
                b"no page; run `graphkit build`\n",
                "text/plain; charset=utf-8",
            )
            return
        self._send(HTTPStatus.OK, page.read_bytes(), "text/html; charset=utf-8")

    def _query(self, text: str | None, params: dict) -> None:
        import pyoxigraph as ox  # noqa: PLC0415

        if not text:
            self._send(HTTPStatus.BAD_REQUEST, b"missing query\n", "text/plain; charset=utf-8")
            return
        try:
            result = self.server.store.query(text)
        except SyntaxError as err:
            message = f"SPARQL syntax: {err}\n".encode()
            self._send(HTTPStatus.BAD_REQUEST, message, "text/plain; charset=utf-8")
            return
        except (OSError, ValueError, RuntimeError) as err:
            self._send(
                HTTPStatus.INTERNAL_SERVER_ERROR, f"{err}\n".encode(), "text/plain; charset=utf-8"
            )
            return
        accept = self.headers.get("Accept") or ""
        if isinstance(result, ox.QueryTriples):
            media = _choose(accept, _GRAPH_TYPES, "text/turtle")
            data = result.serialize(format=getattr(ox.RdfFormat, _GRAPH_TYPES[media]))
        else:
            media = _choose(accept, _RESULTS_TYPES, "application/sparql-results+json")
            fmt = getattr(ox.QueryResultsFormat, _RESULTS_TYPES[media])
            data = result.serialize(format=fmt)
        charset = "" if media.endswith("json") else "; charset=utf-8"
        self._send(HTTPStatus.OK, data, media + charset)

    def _send(self, status: HTTPStatus, data: bytes, media: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


def _choose(accept: str, offered: dict, default: str) -> str:
    """The first offered media type the Accept header names (q-values in order of listing)."""
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in offered:
            return media
    return default
