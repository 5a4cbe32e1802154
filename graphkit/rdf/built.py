"""A built graph as files and a store: the N-Quads, the union as N-Triples, an Oxigraph store.

The store holds each source document's quads in its own named graph and the union of all of
them, without repeats, in the default graph, so a reader's SPARQL sees the whole graph. The
text goes from the writer (`quads.py`) to disk and into the store in bulk; Turtle and JSON-LD
are Oxigraph's serialisations of the union, read from its sorted N-Triples by a process of their
own (`serializers.py`), so the same input gives the same bytes. rdflib is the library's face
over it (`graph`, `dataset`), made only when asked for.

The store is filled in a thread of its own (Oxigraph's loader lets Python run meanwhile), so the
caller can write the other outputs while it loads; `store` waits for it. Work given as
`after_load` (the build's checks) starts as soon as the union is in, beside the named graphs'
load: it reads the default graph only.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import weakref
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from threading import Thread

import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from ..generation import BUILT_PREFIX
from ..vocab import PREFIXES
from .oxigraph import PlainLiteralOxigraphStore
from .quads import Quads
from .serializers import SerializerProcess
from .store import DEFAULT_STORE, bind_prefixes, check_store, new_dataset, new_graph
from .update import (
    MANIFEST,
    GraphChanges,
    changed_graphs,
    copy_store,
    counts_match,
    read_manifest,
    replace_graphs,
    write_manifest,
)

NQUADS = "graph.nq"
UNION = "union.nt"
STORE = "store"
# The prefixes graph.ttl declares: what its readers meet in every node.
TURTLE_PREFIXES = {
    name: PREFIXES[name] for name in ("cit", "ent", "rel", "rdfs", "src", "tg", "xsd")
}
_CHUNK = 1 << 16  # lines written per call: text goes to disk in pieces, never as one string
_LOAD_PIECE = 32 << 20  # bytes of text per call of the store's bulk loader


class BuiltGraph:
    """A graph made by a build, in a private folder removed when the object goes."""

    def __init__(
        self,
        quads: Quads,
        kind: str = DEFAULT_STORE,
        *,
        workdir: Path | None = None,
        previous: Path | None = None,
        after_load: Callable[[ox.Store, GraphChanges | None], object] | None = None,
    ) -> None:
        """Write the quads (then empty them: the text is on disk) and start filling the store.

        `workdir` is where the private folder goes (an output folder, so the store's copy
        there is made of hard links); `previous` is a folder of an earlier build (its `store/`
        and `graphs.json`) whose store this one starts from, replacing only the named graphs
        that changed. `after_load(store, changes)` runs once the store's default graph is full
        (the named graphs may still be loading: it must read the default graph only);
        `changes` is what a rebuild replaced, None when the store was loaded whole.
        `after_load_result()` waits for what it returns.
        """
        self.kind = check_store(kind)
        if workdir is not None:
            Path(workdir).mkdir(parents=True, exist_ok=True)
        self.folder = Path(tempfile.mkdtemp(prefix=f"{BUILT_PREFIX}{os.getpid()}-", dir=workdir))
        self._cleanup = weakref.finalize(self, shutil.rmtree, self.folder, True)
        self.named_graphs = sum(1 for lines in quads.graphs.values() if lines)
        self.triples = len(quads)
        digests, self.quads = _write_nquads(self.folder / NQUADS, quads)
        _write_lines(self.folder / UNION, quads.union())
        write_manifest(self.folder / MANIFEST, digests, self.quads, self.triples)
        self._reused: list[str] | None = None
        manifest = read_manifest(Path(previous) / MANIFEST) if previous else None
        changes = None
        if manifest is not None:
            load, drop = changed_graphs(manifest["graphs"], digests)
            nquads = "".join(line for name in load for line in quads.nquads_of(name))
            triples = "".join(line for name in load for line in quads.graphs[name])
            changes = (load, drop, nquads.encode("utf-8"), triples.encode("utf-8"))
        quads.clear()  # the text is on disk now: let it go before the store's bulk load
        self._graph: Graph | None = None
        self._dataset: Dataset | None = None
        self._serializers: SerializerProcess | None = None
        self._store: Future = Future()
        self._after: Future = Future()
        reuse = (Path(previous), *changes) if changes else None
        Thread(target=self._fill, args=(reuse, after_load), name="graphkit-store").start()

    def _fill(self, reuse: tuple | None, after_load: Callable | None) -> None:
        """The loading thread: the store, then the work that waits for it; each outcome (value
        or error) is kept for the caller to collect."""
        checking = None
        try:
            store, changes = self._reuse(*reuse) if reuse else (None, None)
            if store is None:
                store = ox.Store(str(self.folder / STORE))
                # The union first: it is all `after_load` reads, so that work starts on the
                # other core while the named graphs load.
                _load_in_pieces(store, self.folder / UNION)
                checking = Thread(target=self._after_load, args=(after_load, store, None))
                checking.start()
                _load_in_pieces(store, self.folder / NQUADS)
        except BaseException as err:
            self._store.set_exception(err)
            if checking is None:
                self._after.set_exception(err)
            return
        self._store.set_result(store)
        if checking is None:
            self._after_load(after_load, store, changes)

    def _after_load(self, after_load: Callable | None, store: ox.Store, changes) -> None:
        try:
            self._after.set_result(after_load(store, changes) if after_load else None)
        except BaseException as err:
            self._after.set_exception(err)

    @property
    def store(self) -> ox.Store:
        """The filled store (waits for the loading thread; raises what stopped it)."""
        return self._store.result()

    def after_load_result(self):
        """What `after_load` returned (waits for it; raises what it raised)."""
        return self._after.result()

    @property
    def reused(self) -> list[str] | None:
        """The named graphs a rebuild loaded into the previous store; None: all were loaded."""
        self._store.result()
        return self._reused

    def _reuse(
        self, previous: Path, load: list[str], drop: list[str], nquads: bytes, triples: bytes
    ) -> tuple[ox.Store | None, GraphChanges | None]:
        """The previous build's store brought to this graph and what changed in it, or Nones
        to load from scratch."""
        target = self.folder / STORE
        store = copy_store(previous / STORE, target)
        if store is None:
            return None, None
        changes = replace_graphs(store, drop, nquads, triples)
        if not counts_match(store, self.quads, self.triples):
            del store
            shutil.rmtree(target, ignore_errors=True)
            return None, None
        self._reused = load
        return store, changes

    @property
    def nquads(self) -> Path:
        """Each source's statements in its named graph, graph by graph, lines sorted."""
        return self.folder / NQUADS

    def write_nquads(self, path: Path) -> None:
        """graph.nq: a hard link to the build's file where the file system allows."""
        _link_or_copy(self.nquads, path)

    def write_ntriples(self, path: Path) -> None:
        """The union as N-Triples, sorted."""
        shutil.copyfile(self.folder / UNION, path)

    def start_serializers(self) -> None:
        """Start writing graph.ttl and graph.jsonld in a process of their own (once); the
        `write_*` calls then wait only for what is not yet written."""
        if self._serializers is None:
            union = self.folder / UNION
            self._serializers = SerializerProcess(union, self.folder, TURTLE_PREFIXES)

    def write_turtle(self, path: Path) -> None:
        self.start_serializers()
        _link_or_copy(self._serializers.wait("graph.ttl"), path)

    def write_jsonld(self, path: Path) -> None:
        self.start_serializers()
        _link_or_copy(self._serializers.wait("graph.jsonld"), path)

    def write_store(self, folder: Path) -> None:
        """A copy of the store at `folder` (which must not exist): RocksDB's checkpoint, made
        of hard links on the same file system."""
        self.store.flush()
        self.store.backup(str(folder))

    def write_manifest(self, folder: Path) -> None:
        """The digest of each named graph, beside the store copied into `folder`."""
        shutil.copyfile(self.folder / MANIFEST, Path(folder) / MANIFEST)

    def _rdflib_store(self) -> PlainLiteralOxigraphStore:
        """The store behind rdflib's API. It keeps this object alive: the store's files are in
        the private folder removed when the last user of the built graph lets it go."""
        backend = PlainLiteralOxigraphStore(store=self.store)
        backend.owner = self
        return backend

    @property
    def graph(self) -> Graph:
        """The union as an rdflib Graph: over the store (oxigraph) or a memory copy (memory)."""
        if self._graph is None:
            if self.kind == "memory":
                graph = new_graph("memory")
                graph.parse(self.folder / UNION, format="nt")
            else:
                graph = Graph(
                    store=self._rdflib_store(),
                    identifier=DATASET_DEFAULT_GRAPH_ID,
                    bind_namespaces="none",
                )
                bind_prefixes(graph)
            self._graph = graph
        return self._graph

    @property
    def dataset(self) -> Dataset:
        """The named graphs as an rdflib Dataset (its default graph, for oxigraph, the union)."""
        if self._dataset is None:
            if self.kind == "memory":
                dataset = new_dataset("memory")
                dataset.parse(self.nquads, format="nquads")
            else:
                dataset = Dataset(store=self._rdflib_store())
                bind_prefixes(dataset)
            self._dataset = dataset
        return self._dataset


def _write_nquads(path: Path, quads: Quads) -> tuple[dict[str, str], int]:
    """graph.nq, graph by graph; each graph's digest (of its sorted lines) and the quad count."""
    digests, count = {}, 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        for name in sorted(quads.graphs):
            lines = quads.nquads_of(name)
            digest = hashlib.sha256()
            for start in range(0, len(lines), _CHUNK):
                text = "".join(lines[start : start + _CHUNK])
                digest.update(text.encode("utf-8"))
                handle.write(text)
            digests[name] = digest.hexdigest()
            count += len(lines)
    return digests, count


def _write_lines(path: Path, lines) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        chunk: list[str] = []
        for line in lines:
            chunk.append(line)
            if len(chunk) >= _CHUNK:
                handle.write("".join(chunk))
                chunk.clear()
        handle.write("".join(chunk))


def _load_in_pieces(store: ox.Store, path: Path) -> None:
    """graph.nq or the union's N-Triples (into the default graph), bulk-loaded a few megabytes
    at a time: Oxigraph's loader holds what one call gives it while it sorts. Whole, a million
    quads took about 1 GB; in pieces of one statement per line, a sixth of that, and less time."""
    fmt = ox.RdfFormat.N_QUADS if path.name == NQUADS else ox.RdfFormat.N_TRIPLES
    graph = ox.DefaultGraph() if fmt == ox.RdfFormat.N_TRIPLES else None
    with open(path, "rb") as handle:
        while piece := handle.read(_LOAD_PIECE):
            piece += handle.readline()  # to the end of the line cut
            store.bulk_load(input=piece, format=fmt, to_graph=graph)


def _link_or_copy(source: Path, target: Path) -> None:
    """A hard link where the file system allows (the build's folder is in the output folder)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
