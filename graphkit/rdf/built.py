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
from dataclasses import replace
from functools import partial
from pathlib import Path
from threading import Event, Thread
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..files import link_or_copy
from ..generation import BUILT_PREFIX
from ..lifetime import lower_thread_priority
from ..vocab import PREFIXES
from .following import failure, follow_text, union_ready
from .forked import ForkedCall
from .quads import Quads
from .serializers import OUTPUTS, writer_identity
from .store import (
    DEFAULT_STORE,
    bind_prefixes,
    check_store,
    load_in_pieces,
    new_dataset,
    new_graph,
)
from .text_files import (
    CHANGED_NQUADS,
    CHANGED_SUBJECTS,
    CHANGED_TRIPLES,
    NQUADS,
    SUBJECT_LINES,
    UNION,
    write_files,
)
from .update import (
    MANIFEST,
    GraphChanges,
    copy_manifest,
    copy_store,
    counts_match,
    previous_outputs,
    read_manifest,
    replace_graphs,
)
from .writers import Writers

if TYPE_CHECKING:
    from rdflib import Dataset, Graph

    from .oxigraph import PlainLiteralOxigraphStore

STORE = "store"
# The prefixes graph.ttl declares: what its readers meet in every node.
TURTLE_PREFIXES = {
    name: PREFIXES[name] for name in ("cit", "ent", "rel", "rdfs", "src", "tg", "xsd")
}


class BuiltGraph:
    """A graph made by a build, in a private folder removed when the object goes."""

    def __init__(
        self,
        make_quads: Callable[[], Quads] | None,
        kind: str = DEFAULT_STORE,
        *,
        workdir: Path | None = None,
        previous: Path | None = None,
        after_load: Callable[[ox.Store, GraphChanges | None], object] | None = None,
    ) -> None:
        """Start writing the quads' text to disk and, once it is there, filling the store (or,
        without `make_quads`, get ready to: `start` it once the model is made).

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
        base = Path(previous) if manifest is not None else None
        self._files: Future = Future()  # the counts and changes, once graph.nq is written
        self._written: Future = Future()  # the same, once every file is (the union last)
        self._union_settled = Event()  # set once the union is on disk, or never will be
        self._union_on_disk = Event()
        self._store: Future = Future()
        # A rebuild splices the previous Turtle and JSON-LD where it can (splice.py): their
        # writers start once the changed subjects are on disk, before the union is. Loaded
        # whole, the store is the build's longest wait: Turtle and JSON-LD yield to it. A
        # rebuild's page waits for Turtle: there they run as the rest does.
        self._writers = Writers(
            self.folder / UNION,
            (self.folder / CHANGED_SUBJECTS, self.folder / SUBJECT_LINES),
            TURTLE_PREFIXES,
            background=manifest is None,
            previous=previous_outputs(base, manifest, OUTPUTS, writer_identity(TURTLE_PREFIXES)),
            # Functions of events, not methods: the writers must not keep this object alive.
            union_ready=partial(
                union_ready, self._union_settled, self._union_on_disk, self._written
            ),
            failure=partial(failure, self._written, self._store),
        )
        self._writers.prestart()  # the splicing writers read the previous files meanwhile
        self._base, self._manifest, self._after_load_work = base, manifest, after_load
        self._reused: list[str] | None = None
        self._graph: Graph | None = None
        self._dataset: Dataset | None = None
        self._after: Future = Future()
        self._started = False
        if make_quads is not None:
            self.start(make_quads)

    def start(self, make_quads: Callable[[], Quads]) -> None:
        """Make the text (in a forked child, while this process runs no other thread) and fill
        the store from it. Once only; a graph never started is `abandon`ed."""
        self._started, base = True, self._base
        writing = ForkedCall(
            partial(
                write_files,
                make_quads,
                self.folder,
                self._manifest,
                base / NQUADS if base is not None else None,
                union_first=not self._writers.splicing,
            ),
            notes=True,
        )
        # One thread follows the text's child (what it tells, then its answer) and does not
        # hold this object; another fills the store, holding it until the store is filled.
        text = (writing, self._files, self._written, self._union_on_disk, self._union_settled)
        Thread(target=follow_text, args=(*text, self._writers), name="graphkit-text").start()
        after_load = self._after_load_work
        Thread(target=self._fill, args=(base, after_load), name="graphkit-store").start()

    def abandon(self) -> None:
        """If never started (the model could not be made): stop what waits (held writers)."""
        if not self._started:
            self._writers.cannot_start()

    def _fill(self, previous: Path | None, after_load) -> None:
        """The loading thread: the store, then the work that waits for it (each outcome kept)."""
        self._checking: Thread | None = None
        changes = None
        try:
            if previous is None:  # loaded whole, from the union on as soon as it is written
                store = self._load_whole(after_load)
            else:
                # The previous store is copied while the text's child makes the text: then
                # the rebuild's store waits only for the changes to replace.
                copied = copy_store(previous / STORE, self.folder / STORE)
                files = self._files.result()
                if self._writers.splicing and not files["splice"]:
                    self._writers.write_whole()  # from the union, as soon as it is written
                    if self._union_on_disk.is_set():
                        self._writers.may_start()
                elif self._writers.splicing:
                    self._writers.may_start()
                changes = files["changes"]
                store, changes = self._reuse(copied, *changes) if changes else (None, None)
                if store is None:
                    del copied  # (closed before its folder goes)
                    shutil.rmtree(self.folder / STORE, ignore_errors=True)
                    store = self._load_whole(after_load)
        except BaseException as err:
            self._writers.cannot_start()  # (if they could start, they have)
            self._store.set_exception(err)
            if self._checking is None:
                self._after.set_exception(err)
            return
        self._store.set_result(store)
        if self._checking is None:
            self._after_load(after_load, store, changes)

    def _load_whole(self, after_load) -> ox.Store:
        """A new store filled with the union, as soon as the child has written it (while it
        writes graph.nq), then with the named graphs."""
        self._union_settled.wait()
        if not self._union_on_disk.is_set():
            self._written.result()  # raises what stopped the text
        store = ox.Store(str(self.folder / STORE))
        # The union first: it is all `after_load` reads, so that work starts on the other core
        # while the named graphs load.
        load_in_pieces(store, self.folder / UNION, ox.RdfFormat.N_TRIPLES)
        # The checks can wait: the load is what the build waits for (lifetime.py).
        self._checking = Thread(target=self._after_load, args=(after_load, store, None, True))
        self._checking.start()
        self._written.result()  # graph.nq is written
        load_in_pieces(store, self.folder / NQUADS, ox.RdfFormat.N_QUADS)
        # Bulk loads leave many overlapping files that every lookup reads, more when queries
        # (the checks) run during the load: compacted, the named queries at a million triples
        # take three fifths to four fifths of the time. Two seconds there.
        store.optimize()
        return store

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
        self, store: ox.Store | None, load: list[str], drop: list[str]
    ) -> tuple[ox.Store | None, GraphChanges | None]:
        """The previous store's copy brought to this graph, and what changed; or Nones."""
        if store is None:
            return None, None
        nquads = (self.folder / CHANGED_NQUADS).read_bytes()
        triples = (self.folder / CHANGED_TRIPLES).read_bytes()
        changes = replace_graphs(store, drop, nquads, triples)
        if not counts_match(store, self.quads, self.triples):
            return None, None
        self._reused = load
        return store, replace(changes, triples=self.triples)

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
        link_or_copy(self.nquads, path)

    def write_ntriples(self, path: Path) -> None:
        """The union as N-Triples, sorted."""
        self._written.result()
        shutil.copyfile(self.folder / UNION, path)

    def start_serializers(self) -> None:
        """Have graph.ttl and graph.jsonld written by a process of their own (serializers.py),
        as soon as what they need is on disk; `write_turtle` and `write_jsonld` then wait
        only for what is not yet written. Returns at once."""
        self._writers.want()

    def turtle_chunks(self) -> Iterator[bytes]:
        """graph.ttl's bytes as its writer makes them (see serializers.py), to the end."""
        yield from self._writers.process("graph.ttl").chunks()

    def write_turtle(self, path: Path) -> None:
        link_or_copy(self._writers.process("graph.ttl").wait(), path)

    def write_jsonld(self, path: Path) -> None:
        link_or_copy(self._writers.process("graph.jsonld").wait(), path)

    def write_store(self, folder: Path) -> None:
        """A copy of the store at `folder` (absent): RocksDB's checkpoint, hard links."""
        self.store.flush()
        self.store.backup(str(folder))

    def write_manifest(self, folder: Path) -> None:
        """The digest of each named graph, beside the store copied into `folder`, and of the
        Turtle and JSON-LD written (what the next rebuild's splice checks its files against)."""
        outputs = {name: how[1] for name, how in self.serialized.items()}
        if outputs:
            outputs["writer"] = writer_identity(TURTLE_PREFIXES)
        copy_manifest(self.folder / MANIFEST, Path(folder) / MANIFEST, outputs)

    @property
    def serialized(self) -> dict[str, tuple[str, str]]:
        """Of Turtle and JSON-LD, those whose writers were started, once written: how each
        was ("spliced" or "whole") and its digest."""
        return self._writers.written()

    def _rdflib_store(self) -> PlainLiteralOxigraphStore:
        """The store behind rdflib's API. It keeps this object alive: the store's files are in
        the private folder removed when the last user of the built graph lets it go."""
        from .oxigraph import PlainLiteralOxigraphStore  # noqa: PLC0415 (rdflib: see graph)

        backend = PlainLiteralOxigraphStore(store=self.store)
        backend.owner = self
        return backend

    @property
    def graph(self) -> Graph:
        """The union as an rdflib Graph: over the store (oxigraph) or a memory copy (memory)."""
        # rdflib is imported here, not with the module: a build that only writes its outputs
        # (every `graphkit build`) never reads the graph through it.
        from rdflib import Graph  # noqa: PLC0415
        from rdflib.graph import DATASET_DEFAULT_GRAPH_ID  # noqa: PLC0415

        if self._graph is None:
            if self.kind == "memory":
                graph = new_graph("memory")
                self._written.result()
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
        from rdflib import Dataset  # noqa: PLC0415 (see graph)

        if self._dataset is None:
            if self.kind == "memory":
                dataset = new_dataset("memory")
                dataset.parse(self.nquads, format="nquads")
            else:
                dataset = Dataset(store=self._rdflib_store())
                bind_prefixes(dataset)
            self._dataset = dataset
        return self._dataset
