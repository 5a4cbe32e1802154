"""The one place that creates, opens and reads RDF stores, so the backend can change here alone.

Graphs keep rdflib's API. By default they live in an Oxigraph store (oxrdflib), which parses,
queries and serialises an order of magnitude faster than rdflib's memory store; `memory` selects
rdflib's own store. A build also leaves a persistent on-disk Oxigraph store (`output/store/`)
that reading commands open directly instead of re-parsing Turtle (`built.py` writes it).
"""

from __future__ import annotations

import mmap
import os
from pathlib import Path
from threading import Lock, Thread

import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from ..exc import GraphkitError
from ..vocab import PREFIXES

GRAPH_FILE_FORMATS = {
    ".ttl": "turtle",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".nt": "nt",
}
# Oxigraph's parser for each of those formats, and those whose named graphs are merged into one.
OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "json-ld": ox.RdfFormat.JSON_LD,
    "nt": ox.RdfFormat.N_TRIPLES,
}
MERGED_FORMATS = ("nquads", "trig", "json-ld")
STORES = ("oxigraph", "memory")
STORE_DIR = "store"  # the persistent store's folder inside a build's output folder
DEFAULT_STORE = "oxigraph"
LOAD_PIECE = 8 << 20  # bytes of text per call of a store's bulk loader
# Text up to this size is loaded in one call: see load_in_pieces.
LOAD_WHOLE_UP_TO = 32 << 20


def check_store(kind: str) -> str:
    """The store kind, or GraphkitError naming the kinds there are."""
    if kind not in STORES:
        raise GraphkitError(f"unknown store {kind!r}; use one of {', '.join(STORES)}")
    return kind


def _rdflib_store(kind: str):
    if check_store(kind) == "memory":
        return "default"
    if kind == "oxigraph":
        from .oxigraph import PlainLiteralOxigraphStore  # noqa: PLC0415 - only when chosen

        return PlainLiteralOxigraphStore()


def new_graph(store: str = DEFAULT_STORE) -> Graph:
    """An empty graph with the project's prefixes bound, in the chosen store."""
    backend = _rdflib_store(store)
    if backend == "default":
        graph = Graph(bind_namespaces="none")
    else:
        graph = Graph(store=backend, identifier=DATASET_DEFAULT_GRAPH_ID, bind_namespaces="none")
    bind_prefixes(graph)
    return graph


def new_dataset(store: str = DEFAULT_STORE) -> Dataset:
    """An empty dataset (named graphs) with the project's prefixes bound."""
    dataset = Dataset(store=_rdflib_store(store), default_union=True)
    bind_prefixes(dataset)
    return dataset


def is_oxigraph(graph: Graph) -> bool:
    return hasattr(graph.store, "_inner")


def bind_prefixes(graph: Graph) -> None:
    """The project's prefixes on an rdflib graph or dataset."""
    for name in ("tg", "ent", "rel", "cit", "src", "rdfs", "xsd", "owl"):
        graph.bind(name, PREFIXES[name])


def load_graph(path: Path, store: str = DEFAULT_STORE) -> Graph:
    """Read a built graph file into a store of the given kind, or open a persistent store folder.

    The format follows the file name.
    """
    path = Path(path)
    if path.is_dir() and (path / "CURRENT").is_file():
        return open_store(path)
    fmt = GRAPH_FILE_FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(GRAPH_FILE_FORMATS))
        raise GraphkitError(f"{path}: unknown graph format; use one of {known}")
    if not path.is_file():
        raise GraphkitError(f"{path}: no such graph file; run `graphkit build` first")
    graph = new_graph(store)
    if is_oxigraph(graph):
        # Oxigraph's own parser, straight into the store: a million triples in 2 s, where
        # rdflib's parser, handing them over one by one, took 20 s.
        try:
            prefixes = read_graph_file(graph.store._inner, path, fmt)
        except READ_ERRORS as err:
            graph.store._inner.clear()
            return _parsed_by_rdflib(graph, path, fmt, store, err)
        if _holds_triple_terms(graph.store._inner, path):
            # rdflib has no term for them (nor had its parser, which refused such files).
            raise GraphkitError(
                f"{path}: cannot read the graph: it holds RDF 1.2 triple terms (<< … >>), "
                "which graphkit does not read"
            )
        for prefix, namespace in prefixes.items():
            graph.bind(prefix, namespace)  # as rdflib's parser binds a file's prefixes
        return graph
    return _parsed_by_rdflib(graph, path, fmt, store, None)


# What Oxigraph's parser raises for a file it cannot read: bad syntax, an invalid IRI, an
# unreadable file, and MemoryError for a single term of over 16 MB (a limit of its buffer).
READ_ERRORS = (SyntaxError, ValueError, OSError, MemoryError)


def read_graph_file(store: ox.Store, path: Path, fmt: str) -> dict[str, str]:
    """A graph file read by Oxigraph's parser into `store`'s default graph, named graphs merged
    into it; the prefixes the file declares. Relative IRIs resolve against the file's URI, as
    rdflib's parser resolves them. Raises what Oxigraph raises, one of READ_ERRORS (SyntaxError
    names the line and column), the store then holding part of the file."""
    # The path as given, made absolute, not resolved: a link's own name, as rdflib's parser.
    base = Path(os.path.abspath(path)).as_uri()
    parser = ox.parse(path=str(path), format=OX_FORMATS[fmt], base_iri=base)
    if fmt in MERGED_FORMATS:
        default = ox.DefaultGraph()
        store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, default) for q in parser)
    else:
        store.bulk_extend(parser)
    return dict(parser.prefixes)


# What RDF 1.2 text makes a triple term with: "<< … >>" and "<<( … )>>", a reifier after a
# triple ("~"), an annotation ("{| … |}"). A file without any of them holds none.
_TRIPLE_TERM_MARKS = (b"<<", b"~", b"{|")


def _holds_triple_terms(store: ox.Store, path: Path) -> bool:
    """Whether a file just read holds a triple as a term: asked of the store only where the
    file's text has a mark that can make one (a million triples' ask costs 0.3 s, a look for
    each mark 10 ms)."""
    if path.stat().st_size == 0:
        return False
    with open(path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as text:
        if all(text.find(mark) < 0 for mark in _TRIPLE_TERM_MARKS):
            return False
    return bool(store.query("ASK { ?s ?p ?o FILTER(isTRIPLE(?o)) }"))


def _parsed_by_rdflib(
    graph: Graph, path: Path, fmt: str, store: str, refused: Exception | None
) -> Graph:
    """The file read by rdflib's parser, which reads a few files Oxigraph's refuses (it lets
    some malformed IRIs through). A file neither reads is an error naming it, with Oxigraph's
    account of what is wrong where there is one: it gives the line and column."""
    # N-Triples through rdflib's Turtle parser (N-Triples is a subset of Turtle): its N-Triples
    # parser takes minutes over a line of many megabytes, the Turtle one a tenth of a second.
    fmt = "turtle" if fmt == "nt" and refused is not None else fmt
    try:
        if fmt in ("nquads", "trig"):
            dataset = new_dataset(store)
            dataset.parse(path, format=fmt)
            for triple in dataset.triples((None, None, None)):
                graph.add(triple)
        else:
            graph.parse(path, format=fmt)
    except Exception as err:  # rdflib's parsers raise errors of many kinds, for any bad input
        raise GraphkitError(f"{path}: cannot read the graph: {refused or err}") from None
    return graph


# RocksDB's word for a store whose files are not what it wrote (a file gone, cut or changed):
# pyoxigraph raises it as a RuntimeError, while opening or on a later read.
STORE_DAMAGE = "Corruption"
REBUILD = "run `graphkit build` again to make it anew"


def open_read_only(folder: Path):
    """An Oxigraph store folder opened read-only; GraphkitError if it cannot be, or is damaged."""
    import pyoxigraph as ox  # noqa: PLC0415

    try:
        return ox.Store.read_only(str(folder))
    except OSError as err:
        raise GraphkitError(f"{folder}: cannot open the store: {err}") from None
    except RuntimeError as err:
        if not str(err).startswith(STORE_DAMAGE):
            raise
        raise GraphkitError(f"{folder}: the store is damaged ({err}); {REBUILD}") from None


def open_store(folder: Path) -> Graph:
    """The graph held in a persistent store folder, opened read-only (no parsing)."""

    from .oxigraph import PlainLiteralOxigraphStore  # noqa: PLC0415

    folder = Path(folder)
    inner = open_read_only(folder)
    graph = Graph(
        store=PlainLiteralOxigraphStore(store=inner),
        identifier=DATASET_DEFAULT_GRAPH_ID,
        bind_namespaces="none",
    )
    bind_prefixes(graph)
    return graph


def load_in_pieces(store: ox.Store, path: Path, fmt: ox.RdfFormat) -> None:
    """The build's N-Quads, or N-Triples (into the default graph), bulk-loaded a few megabytes
    at a time by two threads, leniently (its IRIs are valid as written: quads.py). Oxigraph's
    loader holds what one call gives it while it sorts. Whole, a million quads took about 1 GB
    and 8.4 s; in pieces of 32 MB, 240 MB and 7.7 s; of 8 MB, 110 MB and about 6.2 s (smaller
    sorts; below 4 MB the calls' own cost wins again). A call sorts on one core: two threads
    loading pieces side by side took 4.3 s.

    Up to LOAD_WHOLE_UP_TO, the text goes in one call: each call leaves its own files in every
    index, overlapping the others', and merging them (the store's compaction, which the build
    runs next) cost more than the pieces saved. At 100,000 triples (a 14 MB union, 21 MB of
    N-Quads), loaded whole, load and compaction took 0.88-0.92 s of CPU against 1.06-1.12 s
    in pieces, the compaction 0.01 s against 0.26-0.30 s; at a million triples pieces win."""
    graph = ox.DefaultGraph() if fmt == ox.RdfFormat.N_TRIPLES else None
    if os.path.getsize(path) <= LOAD_WHOLE_UP_TO:
        store.bulk_load(path=str(path), format=fmt, to_graph=graph, lenient=True)
        return
    reading, failures = Lock(), []
    with open(path, "rb") as handle:

        def load() -> None:
            while not failures:
                with reading:
                    piece = handle.read(LOAD_PIECE)
                    piece += handle.readline()  # to the end of the line cut
                if not piece:
                    return
                try:
                    store.bulk_load(input=piece, format=fmt, to_graph=graph, lenient=True)
                except BaseException as error:  # raised below, in the caller's thread
                    failures.append(error)

        helper = Thread(target=load, name="graphkit-store-2")
        helper.start()
        load()
        helper.join()
    if failures:
        raise failures[0]
