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

import os
import shutil
import tempfile
import weakref
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from functools import partial
from pathlib import Path
from threading import Event, Lock, Thread

import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from ..generation import BUILT_PREFIX
from ..lifetime import lower_thread_priority
from ..vocab import PREFIXES
from .forked import ForkedCall
from .oxigraph import PlainLiteralOxigraphStore
from .quads import Quads
from .serializers import OUTPUTS, SerializerProcess
from .store import DEFAULT_STORE, bind_prefixes, check_store, new_dataset, new_graph
from .text_files import CHANGED_NQUADS, CHANGED_TRIPLES, NQUADS, UNION, write_files
from .update import (
    MANIFEST,
    GraphChanges,
    copy_store,
    counts_match,
    read_manifest,
    replace_graphs,
)

STORE = "store"
# The prefixes graph.ttl declares: what its readers meet in every node.
TURTLE_PREFIXES = {
    name: PREFIXES[name] for name in ("cit", "ent", "rel", "rdfs", "src", "tg", "xsd")
}
_LOAD_PIECE = 8 << 20  # bytes of text per call of the store's bulk loader


class BuiltGraph:
    """A graph made by a build, in a private folder removed when the object goes."""

    def __init__(
        self,
        make_quads: Callable[[], Quads],
        kind: str = DEFAULT_STORE,
        *,
        workdir: Path | None = None,
        previous: Path | None = None,
        after_load: Callable[[ox.Store, GraphChanges | None], object] | None = None,
    ) -> None:
        """Start writing the quads' text to disk and, once it is there, filling the store.

        `make_quads` makes the text (`graph_quads` over the build's model): it is run in a
        forked child where it can be (forked.py), so the text is made and written on another
        core while the caller goes on with the model (the page). The counts, the files and the
        store wait for it.

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
        manifest = read_manifest(Path(previous) / MANIFEST) if previous else None
        known = manifest["graphs"] if manifest is not None else None
        writing = ForkedCall(partial(write_files, make_quads, self.folder, known), notes=True)
        self._reused: list[str] | None = None
        self._graph: Graph | None = None
        self._dataset: Dataset | None = None
        self._serializers: dict[str, SerializerProcess] = {}
        self._serializing = Lock()
        self._wants_text = False
        # Loaded whole, the store is the build's longest wait: Turtle and JSON-LD yield to it.
        # A rebuild's page waits for Turtle: there they run as the rest does.
        self._background_text = manifest is None
        self._files: Future = Future()  # what _write_files answers, once the files are written
        self._union_written = Event()  # set once the union is on disk (or the writing failed)
        self._union_on_disk = False  # it is: the serializers may start
        self._store: Future = Future()
        self._after: Future = Future()
        base = Path(previous) if manifest is not None else None
        Thread(target=self._fill, args=(writing, base, after_load), name="graphkit-store").start()

    def _fill(self, writing: ForkedCall, previous: Path | None, after_load) -> None:
        """The loading thread: the files, the store, then the work that waits for it; each
        outcome (value or error) is kept for the caller to collect."""
        checking = None
        try:
            # Turtle and JSON-LD are made of the union alone: they start as soon as it is
            # written, while graph.nq is (about half a second at a million triples).
            while writing.next_note() is not None:  # the one note: the union is written
                self._union_is_written()
            files = writing.result()
            self._files.set_result(files)
            self._union_is_written()  # (said again: harmless, and safe if it was not told)
            changes = files["changes"]
            store, changes = self._reuse(previous, *changes) if changes else (None, None)
            if store is None:
                store = ox.Store(str(self.folder / STORE))
                # The union first: it is all `after_load` reads, so that work starts on the
                # other core while the named graphs load.
                _load_in_pieces(store, self.folder / UNION)
                # The checks can wait: the load is what the build waits for (lifetime.py).
                checking = Thread(target=self._after_load, args=(after_load, store, None, True))
                checking.start()
                _load_in_pieces(store, self.folder / NQUADS)
                # Bulk loads leave many overlapping files that every lookup reads, more when
                # queries (the checks) run during the load: compacted, the named queries at a
                # million triples take three fifths to four fifths of the time. Two seconds there.
                store.optimize()
        except BaseException as err:
            if not self._files.done():
                self._files.set_exception(err)
            self._union_written.set()  # those waiting for it find the error instead
            self._store.set_exception(err)
            if checking is None:
                self._after.set_exception(err)
            return
        self._store.set_result(store)
        if checking is None:
            self._after_load(after_load, store, changes)

    def _union_is_written(self) -> None:
        self._union_on_disk = True
        self._union_written.set()
        self._start_serializers_if_wanted()

    def _after_load(
        self, after_load: Callable | None, store: ox.Store, changes, background: bool = False
    ) -> None:
        if background:  # a thread of our own, and the threads it starts
            lower_thread_priority()
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
        self, previous: Path, load: list[str], drop: list[str]
    ) -> tuple[ox.Store | None, GraphChanges | None]:
        """The previous build's store brought to this graph and what changed in it, or Nones
        to load from scratch."""
        target = self.folder / STORE
        store = copy_store(previous / STORE, target)
        if store is None:
            return None, None
        nquads = (self.folder / CHANGED_NQUADS).read_bytes()
        triples = (self.folder / CHANGED_TRIPLES).read_bytes()
        changes = replace_graphs(store, drop, nquads, triples)
        if not counts_match(store, self.quads, self.triples):
            del store
            shutil.rmtree(target, ignore_errors=True)
            return None, None
        self._reused = load
        return store, changes

    @property
    def triples(self) -> int:
        """Distinct triples: the union's size (waits for the text to be written)."""
        return self._files.result()["triples"]

    @property
    def quads(self) -> int:
        """Quads in all named graphs (waits for the text to be written)."""
        return self._files.result()["quads"]

    @property
    def named_graphs(self) -> int:
        return self._files.result()["named_graphs"]

    @property
    def nquads(self) -> Path:
        """Each source's statements in its named graph, graph by graph, lines sorted (waits
        for the file to be written)."""
        self._files.result()
        return self.folder / NQUADS

    def write_nquads(self, path: Path) -> None:
        """graph.nq: a hard link to the build's file where the file system allows."""
        _link_or_copy(self.nquads, path)

    def write_ntriples(self, path: Path) -> None:
        """The union as N-Triples, sorted."""
        self._files.result()
        shutil.copyfile(self.folder / UNION, path)

    def start_serializers(self) -> None:
        """Have graph.ttl and graph.jsonld written by a process of their own (serializers.py),
        as soon as the union's text is on disk; `write_turtle` and `write_jsonld` then wait
        only for what is not yet written. Returns at once."""
        with self._serializing:
            self._wants_text = True
        if self._union_on_disk:
            self._start_serializers_if_wanted()

    def _start_serializers_if_wanted(self) -> None:
        with self._serializing:
            if self._wants_text and not self._serializers and self._union_on_disk:
                union = self.folder / UNION
                self._serializers = {
                    name: SerializerProcess(
                        union,
                        self.folder,
                        name,
                        TURTLE_PREFIXES,
                        background=self._background_text,
                    )
                    for name in OUTPUTS
                }

    def turtle_chunks(self) -> Iterator[bytes]:
        """graph.ttl's bytes as its writer makes them (see serializers.py), to the end."""
        self._serialized_start()
        yield from self._serializers["graph.ttl"].chunks()

    def write_turtle(self, path: Path) -> None:
        _link_or_copy(self._serialized("graph.ttl"), path)

    def write_jsonld(self, path: Path) -> None:
        _link_or_copy(self._serialized("graph.jsonld"), path)

    def _serialized(self, name: str) -> Path:
        self._serialized_start()
        return self._serializers[name].wait()

    def _serialized_start(self) -> None:
        """Once the union is on disk, the writers started (raises what stopped the text)."""
        self._union_written.wait()
        if self._files.done() and self._files.exception() is not None:
            self._files.result()  # raises what stopped the writing
        self.start_serializers()  # the union is on disk: this starts them at once

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
                self._files.result()
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


def _load_in_pieces(store: ox.Store, path: Path) -> None:
    """graph.nq or the union's N-Triples (into the default graph), bulk-loaded a few megabytes
    at a time by two threads. Oxigraph's loader holds what one call gives it while it sorts.
    Whole, a million quads took about 1 GB and 8.4 s; in pieces of 32 MB, 240 MB and 7.7 s; of
    8 MB, 110 MB and about 6.2 s (smaller sorts; below 4 MB the calls' own cost wins again).
    A call sorts on one core: two threads loading pieces side by side took 4.3 s."""
    fmt = ox.RdfFormat.N_QUADS if path.name == NQUADS else ox.RdfFormat.N_TRIPLES
    graph = ox.DefaultGraph() if fmt == ox.RdfFormat.N_TRIPLES else None
    reading, failures = Lock(), []
    with open(path, "rb") as handle:

        def load() -> None:
            while not failures:
                with reading:
                    piece = handle.read(_LOAD_PIECE)
                    piece += handle.readline()  # to the end of the line cut
                if not piece:
                    return
                try:
                    store.bulk_load(input=piece, format=fmt, to_graph=graph)
                except BaseException as error:  # raised below, in the caller's thread
                    failures.append(error)

        helper = Thread(target=load, name="graphkit-store-2")
        helper.start()
        load()
        helper.join()
    if failures:
        raise failures[0]


def _link_or_copy(source: Path, target: Path) -> None:
    """A hard link where the file system allows (the build's folder is in the output folder)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
