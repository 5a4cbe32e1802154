"""Talking to SPARQL servers: the Graph Store HTTP Protocol for pushing, the SPARQL 1.1
Protocol for queries. Works with Oxigraph server and Virtuoso (which wants HTTP digest auth).
"""

from __future__ import annotations

import io
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message

from rdflib import Graph, Literal, Variable
from rdflib.plugins.sparql import prepareQuery
from rdflib.query import Result

from ..exc import GraphkitError
from ..vocab import CIT, ENT, REL, SRC, TG
from .oxigraph import plain_term

DEFAULT_GRAPH_IRI = "https://w3id.org/techgov/graph/all"
TIMEOUT = 600  # seconds for one request; a push is one request


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
        return self.exchange(method, url, data, headers)[0]

    def exchange(
        self, method: str, url: str, data: bytes | None = None, headers: dict | None = None
    ) -> tuple[bytes, Message]:
        """The answer's body and headers; an error for a refusal or an answer the server says
        it cut short."""
        req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
        try:
            with self.opener().open(req, timeout=TIMEOUT) as response:
                _refuse_partial(method, url, response.status, response.headers)
                return response.read(), response.headers
        except urllib.error.HTTPError as err:
            with err:  # an error response holds the connection open until closed
                body = err.read().decode("utf-8", "replace").strip().splitlines()
            detail = f": {body[0][:300]}" if body else ""
            status = f"HTTP {err.code} {err.reason}"
            raise RemoteError(f"{method} {_shown(url)}: {status}{detail}") from None
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise RemoteError(f"{method} {_shown(url)}: {reason}") from None


def _refuse_partial(method: str, url: str, status: int, headers: Message) -> None:
    """Virtuoso's "anytime" answers: where a query runs past the server's time limit, it may
    send the rows found so far as a success, HTTP 206 (or 200 where so configured) with an
    SQL state. Printed as an answer, they would be a wrong one."""
    state = headers.get("X-SQL-State")
    if status == 206 or state:
        told = headers.get("X-SQL-Message") or f"HTTP {status}"
        raise RemoteError(
            f"{method} {_shown(url)}: the server sent an incomplete answer "
            f"({state or 'partial'}: {told.strip()[:200]})"
        )


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


HAS_PART = "http://purl.org/dc/terms/hasPart"  # what the manifest says of each graph pushed


def push(
    data: bytes,
    server: Server,
    graph_iri: str = DEFAULT_GRAPH_IRI,
    *,
    update_url: str | None = None,
    quads: bool = False,
) -> int:
    """Replace what an earlier push to `graph_iri` put on the server with `data`; the number of
    statements sent.

    `data` is N-Triples, or N-Quads with `quads` (the build's graph.nq, one named graph per
    source document); triples go into the named graph `graph_iri`. The graph `graph_iri`
    also lists every graph a push put there (dcterms:hasPart), so the next push removes exactly
    those. Removal and insertion travel in one SPARQL Update request, which the server applies
    as one transaction: a push that fails or is cut off, or a server that dies mid-request,
    leaves the previous data as it was, and nothing half-loaded is ever visible, not even
    through a union default graph. Staging graphs that older versions left behind
    (`graph_iri-staging-…`) are removed by the same request.
    """
    check_graph_iri(graph_iri)
    update_url = update_url or update_url_for(server.url)
    graphs = _by_graph(data, graph_iri, quads)
    for name in graphs:
        check_graph_iri(name)
    manifest = f"<{graph_iri}>"
    statements = [
        # what the previous push listed, then the list itself, then leftovers of older pushes
        f"DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {{ GRAPH {manifest} {{ {manifest} "
        f"<{HAS_PART}> ?g }} GRAPH ?g {{ ?s ?p ?o }} }}",
        f"DROP SILENT GRAPH {manifest}",
        "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } "
        f'FILTER(STRSTARTS(STR(?g), "{graph_iri}-staging-")) }}',
    ]
    statements += [f"DROP SILENT GRAPH <{name}>" for name in sorted(graphs) if name != graph_iri]
    listing = [
        f"{manifest} <{HAS_PART}> <{name}> .\n" for name in sorted(graphs) if name != graph_iri
    ]
    blocks = {**graphs, graph_iri: graphs.get(graph_iri, []) + listing}
    inserted = [
        f"GRAPH <{name}> {{\n{''.join(lines)}}}" for name, lines in sorted(blocks.items()) if lines
    ]
    if inserted:  # Virtuoso refuses an empty INSERT DATA
        statements.append("INSERT DATA {\n" + "\n".join(inserted) + "\n}")
    _update(server, update_url, _PROLOGUE + " ;\n".join(statements))
    return sum(len(lines) for lines in graphs.values())


def _by_graph(data: bytes, graph_iri: str, quads: bool) -> dict[str, list[str]]:
    """Statements as SPARQL triple lines, grouped by the named graph they go to."""
    import pyoxigraph as ox  # noqa: PLC0415

    fmt = ox.RdfFormat.N_QUADS if quads else ox.RdfFormat.N_TRIPLES
    graphs: dict[str, list[str]] = {}
    try:
        for quad in ox.parse(data, format=fmt):
            name = graph_iri if isinstance(quad.graph_name, ox.DefaultGraph) else None
            name = name or getattr(quad.graph_name, "value", graph_iri)
            graphs.setdefault(name, []).append(
                f"{_short(quad.subject)} {_short(quad.predicate)} {_short(quad.object)} .\n"
            )
    except SyntaxError as err:
        raise RemoteError(f"the graph to push is not valid {fmt}: {err}") from None
    return graphs


# Prefixes shorten the request by half: Virtuoso refuses a request over 10 MB.
_PREFIXES = {
    "cit": CIT,
    "src": SRC,
    "rel": REL,
    "ent": ENT,
    "tg": TG._NS,
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
_PROLOGUE = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in _PREFIXES.items())
_LOCAL = re.compile(r"^[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?$")


def _short(term) -> str:
    """A term in SPARQL syntax, an IRI as a prefixed name where one of ours fits."""
    import pyoxigraph as ox  # noqa: PLC0415

    if isinstance(term, ox.NamedNode):
        for name, namespace in _PREFIXES.items():
            local = term.value[len(namespace) :]
            if term.value.startswith(namespace) and _LOCAL.match(local):
                return f"{name}:{local}"
    if isinstance(term, ox.Literal) and not term.language:
        datatype = _short(term.datatype)
        if datatype.startswith("xsd:"):
            plain = str(ox.Literal(term.value))  # the value, quoted and escaped
            return plain if datatype == "xsd:string" else f"{plain}^^{datatype}"
    return str(term)


def _update(server: Server, url: str, text: str) -> None:
    data = urllib.parse.urlencode({"update": text}).encode()
    server.request("POST", url, data, {"Content-Type": "application/x-www-form-urlencoded"})


# Virtuoso writes a GROUP_CONCAT separator outside Latin-1 as "?": the named queries' "␟"
# between listed names came back "41000000 USD (Tracker)?42000000 USD (USAspending.gov)", one
# name where the command lists two. It is sent as U+001F, which every server keeps, and read
# back as the queries' own.
_LISTED = 'separator="\u241f"'
_SENT = 'separator="\\u001F"'


def _received(term):
    term = plain_term(term)
    if isinstance(term, Literal) and "\x1f" in term:
        return Literal(
            str(term).replace("\x1f", "\u241f"), lang=term.language, datatype=term.datatype
        )
    return term


def remote_query(server: Server, text: str) -> Result:
    """Run a read-only query at a SPARQL 1.1 Protocol endpoint; an rdflib Result."""
    data = urllib.parse.urlencode({"query": text.replace(_LISTED, _SENT)}).encode()
    graph_form = _query_form(text) in ("ConstructQuery", "DescribeQuery")
    accept = "text/turtle" if graph_form else "application/sparql-results+json"
    body, headers = server.exchange(
        "POST",
        server.url,
        data,
        {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
    )
    if body.lstrip().startswith(b"{"):
        result = Result.parse(io.BytesIO(body), format="json")
        if result.type == "SELECT":  # servers canonicalise literals: spell them as we do
            result.bindings = [
                {name: _received(value) for name, value in row.items()} for row in result.bindings
            ]
            _refuse_cut(server, headers, len(result.bindings))
        return result
    graph = Graph()
    try:
        graph.parse(data=body.decode("utf-8"), format="turtle")
    except Exception as err:  # noqa: BLE001 - the parser raises several types
        raise RemoteError(f"{server.url}: unreadable answer: {err}") from None
    result = Result("CONSTRUCT")
    result.graph = graph
    return result


def _refuse_cut(server: Server, headers: Message, count: int) -> None:
    """Virtuoso stops a SELECT's answer at its ResultSetMaxRows (10,000 unless configured) and
    sends what it has as a complete answer, naming the limit in a header only then: an answer
    that reaches it is taken as cut short, since the rows past it cannot be told from none.
    (Its CONSTRUCT answers are cut alike with no header at all.)"""
    limit = headers.get("X-SPARQL-MaxRows", "")
    if limit.strip().isdigit() and count >= int(limit) > 0:
        raise RemoteError(
            f"{_shown(server.url)}: the answer has {count} rows, the most the server sends "
            f"(X-SPARQL-MaxRows: {int(limit)}), so it is probably cut short: raise the limit "
            "(Virtuoso: ResultSetMaxRows in the [SPARQL] section of virtuoso.ini) or narrow "
            "the query"
        )


def _query_form(text: str) -> str:
    """SelectQuery, AskQuery, ConstructQuery or DescribeQuery (or "" if rdflib cannot tell)."""
    try:
        return prepareQuery(text).algebra.name
    except Exception:  # noqa: BLE001 - the server may know syntax rdflib does not
        return ""


# A SELECT, not a CONSTRUCT: Virtuoso cuts both at its row limit, but says so only for a SELECT.
NAMES_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX tg: <https://w3id.org/techgov/ontology#>
SELECT ?e ?p ?name WHERE {
    { ?e rdfs:label ?name BIND(rdfs:label AS ?p) } UNION { ?e tg:alias ?name BIND(tg:alias AS ?p) }
}
"""


def remote_names(server: Server) -> Graph:
    """The labels and aliases the server holds: enough to resolve entity parameters."""
    try:
        result = remote_query(server, NAMES_QUERY)
    except RemoteError as err:  # the command did not ask for names: say why they were read
        raise RemoteError(f"reading the names that parameters resolve to: {err}") from None
    if result.type != "SELECT":
        raise RemoteError(f"{server.url}: expected rows for a SELECT query")
    names = Graph()
    entity, predicate, name = Variable("e"), Variable("p"), Variable("name")
    for row in result.bindings:
        names.add((row[entity], row[predicate], row[name]))
    return names
