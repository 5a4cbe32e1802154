"""A read-only SPARQL 1.1 Protocol endpoint over a built store, with the HTML page beside it.

GET or POST /sparql (query= as a parameter or form field, or an application/sparql-query
body) answers from the persistent Oxigraph store, opened read-only in worker processes
(workers.py). The server refuses updates and federation (SERVICE), stops a query past its
time, cuts answers at a row limit and says so, answers 503 with Retry-After when every worker
is busy, and refuses malformed requests. Given an output folder it follows the folder's
current generation, so a rebuild is served as soon as it is swapped in. GET / serves the
build's graph.html. The server binds to 127.0.0.1 only.
"""

from __future__ import annotations

import os
import threading
import urllib.parse
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ..exc import GraphkitError
from ..generation import current_generation, open_current, release
from ..rdf.store import STORE_DIR
from .workers import QueryFailed, QueryPool, QueryRefused, QueryTimeout, ServerBusy

HOST = "127.0.0.1"
MAX_BODY = 1 << 20  # a query is text; a megabyte is plenty
TEXT = "text/plain; charset=utf-8"


@dataclass(frozen=True)
class Limits:
    """What one server allows: seconds per query, rows per answer, queries at once."""

    timeout: float = 30.0
    max_rows: int = 100_000
    concurrent: int = max(2, os.cpu_count() or 1)
    queue_wait: float = 10.0  # how long a request waits for a free worker before a 503


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default 5 drops connections under a burst of clients

    def __init__(
        self, port: int, store_dir: Path | None, page: Path | None, out: Path | None, limits
    ) -> None:
        self.limits = limits
        self.out = out
        self.fixed_store = store_dir
        self.fixed_page = page
        self._generations: list[Path] = []  # held: the one served and the one before it
        self._switch = threading.Lock()
        self.pool = QueryPool(
            limits.concurrent,
            timeout=limits.timeout,
            max_rows=limits.max_rows,
            wait=limits.queue_wait,
        )
        try:
            super().__init__((HOST, port), _Handler)
        except BaseException:
            self.pool.close()
            raise

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}/"

    def generation(self) -> Path | None:
        """The generation to answer from: the output folder's current one, held for reading."""
        if self.out is None:
            return None
        now = current_generation(self.out)
        if self._generations and now == self._generations[-1]:
            return now
        with self._switch:
            if not self._generations or now != self._generations[-1]:
                self._generations.append(open_current(self.out))
                # The one before stays held: queries that started on it may still be running.
                while len(self._generations) > 2:
                    release(self._generations.pop(0))
            return self._generations[-1]

    def store_dir(self) -> Path:
        generation = self.generation()
        return generation / STORE_DIR if generation is not None else self.fixed_store

    def page(self) -> Path | None:
        generation = self.generation()
        return generation / "graph.html" if generation is not None else self.fixed_page

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()
        for generation in self._generations:
            release(generation)
        self._generations.clear()


def make_server(
    store_dir: Path | None = None,
    port: int = 0,
    page: Path | None = None,
    *,
    out: Path | None = None,
    limits: Limits | None = None,
) -> SparqlServer:
    """A server on 127.0.0.1 (port 0: any free one); call serve_forever() to answer.

    With `out` (an output folder) it serves that folder's current generation and follows
    rebuilds; otherwise the store folder `store_dir`, and `page` at /.
    """
    if out is not None:
        if current_generation(out) is None:
            raise GraphkitError(f"{out}: no built graph; run `graphkit build` first")
    else:
        store_dir = Path(store_dir)
        if not (store_dir / "CURRENT").is_file():
            raise GraphkitError(f"{store_dir}: no built store; run `graphkit build` first")
    return SparqlServer(port, store_dir, page, out, limits or Limits())


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
        if self._body_length() is None:
            return
        if url.path in ("/", "/index.html"):
            self._page()
        elif url.path == "/sparql":
            params = urllib.parse.parse_qs(url.query)
            self._query(params.get("query", [None])[0], params)
        else:
            self._send(HTTPStatus.NOT_FOUND, b"not found\n", TEXT)

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        length = self._body_length()
        if length is None:
            return
        if url.path != "/sparql":
            self._send(HTTPStatus.NOT_FOUND, b"not found\n", TEXT)
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        params = urllib.parse.parse_qs(url.query)
        if kind == "application/sparql-query":
            self._query(body, params)
        elif kind == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(body)
            if "update" in form:
                self._send(HTTPStatus.FORBIDDEN, b"this endpoint is read-only\n", TEXT)
                return
            self._query(form.get("query", [None])[0], params)
        else:
            self._send(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, b"send a query\n", TEXT)

    def _body_length(self) -> int | None:
        """The request body's length; None once a 400 or 413 has been sent for a bad one."""
        values = self.headers.get_all("Content-Length") or []
        chunked = "chunked" in (self.headers.get("Transfer-Encoding") or "").lower()
        problem = None
        if chunked:
            problem = "chunked bodies are not accepted; send Content-Length"
        elif len(set(values)) > 1:
            problem = "conflicting Content-Length headers"
        elif values and not values[0].strip().isdigit():
            problem = f"Content-Length {values[0].strip()!r} is not a length"
        if problem is not None:
            self.close_connection = True
            self._send(HTTPStatus.BAD_REQUEST, f"{problem}\n".encode(), TEXT)
            return None
        length = int(values[0]) if values else 0
        if length > MAX_BODY:
            self.close_connection = True
            self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, b"query too long\n", TEXT)
            return None
        return length

    def _page(self) -> None:
        page = self.server.page()
        if page is None or not page.is_file():
            self._send(HTTPStatus.NOT_FOUND, b"no page; run `graphkit build`\n", TEXT)
            return
        self._send(HTTPStatus.OK, page.read_bytes(), "text/html; charset=utf-8")

    def _query(self, text: str | None, params: dict) -> None:
        if not text:
            self._send(HTTPStatus.BAD_REQUEST, b"missing query\n", TEXT)
            return
        accept = self.headers.get("Accept") or ""
        try:
            answer = self.server.pool.run(self.server.store_dir(), text, accept)
        except QueryRefused as err:
            self._send(HTTPStatus.FORBIDDEN, f"{err}\n".encode(), TEXT)
            return
        except ServerBusy as err:
            self._send(HTTPStatus.SERVICE_UNAVAILABLE, f"{err}\n".encode(), TEXT, retry=True)
            return
        except QueryTimeout as err:
            self._send(HTTPStatus.GATEWAY_TIMEOUT, f"{err}\n".encode(), TEXT)
            return
        except QueryFailed as err:
            status = HTTPStatus.BAD_REQUEST if err.syntax else HTTPStatus.INTERNAL_SERVER_ERROR
            self._send(status, f"{err}\n".encode(), TEXT)
            return
        charset = "" if answer.media.endswith("json") else "; charset=utf-8"
        extra = {}
        if answer.truncated:
            extra["Graphkit-Truncated"] = f"max-rows={self.server.limits.max_rows}"
        self._send(HTTPStatus.OK, answer.body, answer.media + charset, headers=extra)

    def _send(
        self,
        status: HTTPStatus,
        data: bytes,
        media: str,
        *,
        retry: bool = False,
        headers: dict | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if retry:
            self.send_header("Retry-After", "1")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
