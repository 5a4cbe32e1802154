"""The query panel: the graph as compressed Turtle and Oxigraph's WebAssembly build, in the page.

The page answers SPARQL with no server and no request: the vendored engine (npm `oxigraph`,
see assets/vendor/oxigraph/README.md) is inlined as gzip + base64, unpacked by the browser's
own DecompressionStream and compiled under the page's CSP ('wasm-unsafe-eval', nothing
fetched). The named queries travel with their parameters, so the panel offers the same
questions as `graphkit query`.
"""

from __future__ import annotations

import base64
import gzip
import threading
import zlib
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from functools import partial
from importlib import resources

from rdflib import Graph

from ..names import INVERTED, LEGAL_TAIL
from ..query.named import AD_HOC_PREFIXES, named_queries
from ..sources.documents import spelt_apart
from ..vocab import ID_BASE, TG
from .page import Addon, embed_json

OXIGRAPH_VERSION = "0.5.11"
# sha256 of the files as npm ships them; a test holds the vendored copies to these.
OXIGRAPH_DIGESTS = {
    "web.js": "2fcfdcadc79c9146cee98028a273aebc93df3282eb0299c248595bc529deca41",
    "web_bg.wasm": "b95b15accb6b789667b8d8b0b8f139d5de588e572499672ff37ce9ba01c4a428",
}
# Appended to the vendored module so the panel's classic script can reach the engine.
_EXPOSE = (
    "\nwindow.graphkitOxigraph = { init: __wbg_init, Store: Store };\n"
    'window.dispatchEvent(new Event("graphkit-oxigraph"));\n'
)


def _assets():
    return resources.files("graphkit.viz").joinpath("assets")


def _vendor():
    return _assets().joinpath("vendor", "oxigraph")


def vendored(name: str) -> bytes:
    """A vendored Oxigraph file's bytes (the wasm is stored gzipped)."""
    if name == "web_bg.wasm":
        return gzip.decompress(_vendored_wasm_gzip())
    return _vendor().joinpath(name).read_bytes()


def _vendored_wasm_gzip() -> bytes:
    """The engine as the repository stores it, gzip -9 without a timestamp: the page carries
    these bytes as they are, rather than compressing 4 MB again on every build."""
    return _vendor().joinpath("web_bg.wasm.gz").read_bytes()


def graph_turtle(graph: Graph) -> str:
    """The graph as Turtle: after gzip about half the size of N-Triples (1.9 MB against 3.4 MB
    at 5,000 entities), which is what keeps a large page small."""
    return graph.serialize(format="turtle")


# zlib's default level: at a million triples the Turtle gzips 6 % larger than at level 9 in a
# third of the time (3.96 MB in 0.3 s against 3.74 MB in 0.9 s); the levels above 6 search
# longer for matches that Turtle's repetition has already given.
GRAPH_LEVEL = 6


def _packed(pieces: Iterable[bytes]) -> str:
    """The pieces joined, gzipped (no timestamp, so stable) then base64: what the page unpacks
    with its own tools. Compressed as they come: zlib gives the same bytes however the input is
    cut, so a file can be compressed while another process writes it. zlib writes the gzip
    header itself (Python's gzip module writes a different one from 3.13 on)."""
    compressor = zlib.compressobj(level=GRAPH_LEVEL, wbits=31)
    out = [compressor.compress(piece) for piece in pieces]
    out.append(compressor.flush())
    return _base64(b"".join(out))


def _packed_meanwhile(data: Callable[[], bytes | Iterable[bytes]]) -> Future:
    """`data()` packed (`_packed`) on a thread of its own: zlib lets go of the interpreter while it
    compresses, and `data` may wait for a file another process is writing, so the page's data
    is made meanwhile (the page takes it when it is done). `data` may give the bytes in pieces,
    compressed as they come."""
    made: Future = Future()

    def work() -> None:
        try:
            given = data()
            made.set_result(_packed((given,) if isinstance(given, bytes) else given))
        except BaseException as error:  # handed to whoever takes the result
            made.set_exception(error)

    threading.Thread(target=work, name="graphkit-page-gzip", daemon=True).start()
    return made


def _base64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def panel_data(documents: dict[str, str] | None = None) -> dict:
    """Named queries with their parameters, what ad hoc queries may leave undeclared, and
    `documents`: each cited URL that names its document with another, with the document
    (`spelt_apart`), so the panel lists a document once as `graphkit query` does."""
    queries = [
        {
            "name": q.name,
            "description": q.description,
            "params": [
                {"name": p.name, "kind": p.kind, "optional": p.optional, "help": p.help}
                for p in q.params
            ],
            "lists": list(q.lists),
            "text": q.text,
        }
        for q in named_queries().values()
    ]
    entities = _assets().joinpath("page-entities.rq").read_text(encoding="utf-8")
    return {
        "queries": queries,
        "prefixes": AD_HOC_PREFIXES,
        "entity_base": ID_BASE,
        "entities_query": entities,
        # name_key's legal tail, so a name the panel is given folds as the command line's does
        "legal_tail": LEGAL_TAIL,
        "inverted": INVERTED,  # and its reading of "Justice, Department of"
        "documents": documents or {},
    }


def cited_urls(graph: Graph) -> Iterable[str]:
    """The URLs of the documents the graph's citations cite: those the named queries list."""
    for _, source in graph.subject_objects(TG.source):
        for url in graph.objects(source, TG.url):
            yield str(url)


def sparql_addon(
    graph: Graph | None,
    turtle: str | Callable[[], bytes | Iterable[bytes]] | None = None,
    documents: dict[str, str] | None = None,
) -> Addon:
    """The query panel for `graph`: its data, the engine, the panel's script and style.

    `documents` is `spelt_apart` of the graph's cited URLs, worked out from `graph` when not
    given: the whole graph's, since the panel queries all of it whatever part the page draws.

    `turtle` is the graph already serialised, to save serialising it twice; it must be the same
    graph. A build passes a function giving graph.ttl's bytes (or its pieces as they are
    written), called on the compressing thread: the file may still be being written by another
    process while the page is made.
    """
    assets = _assets()
    if documents is None:
        documents = spelt_apart(cited_urls(graph)) if graph is not None else {}
    if turtle is None:
        turtle = graph_turtle(graph)
    if isinstance(turtle, str):
        turtle = partial(str.encode, turtle, "utf-8")
    return Addon(
        css=assets.joinpath("sparql.css").read_text(encoding="utf-8"),
        data={
            "sparql-data": embed_json(panel_data(documents)),
            "sparql-graph": _packed_meanwhile(turtle),
            "oxigraph-wasm": _base64(_vendored_wasm_gzip()),
        },
        scripts=tuple(
            assets.joinpath(name).read_text(encoding="utf-8")
            for name in ("sparql-engine.js", "sparql.js")
        ),
        modules=(vendored("web.js").decode("utf-8") + _EXPOSE,),
        wasm=True,
    )
