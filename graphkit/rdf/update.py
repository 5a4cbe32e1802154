"""A rebuild's store: the previous build's store with only the changed named graphs replaced.

Each build records, beside its store, a digest of every named graph's sorted lines
(`graphs.json`). A rebuild copies the previous store (RocksDB's checkpoint: hard links on the
same file system), drops the graphs whose digest changed or that are gone, loads the new and
changed ones, and mends the union in the default graph: a triple leaves it only when no named
graph holds it any more. The store is checked, not trusted: its count of quads must come out
as a clean build's, or the caller loads it from scratch.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

MANIFEST = "graphs.json"
MANIFEST_FORMAT = 1
_DEFAULT = ox.DefaultGraph()
# Bytes of changed N-Quads from which the bulk loader is quicker than a transaction. It writes
# new files for each index, about 25 ms whatever it loads; a transaction costs per quad. In a
# store of a million triples: one graph of 454 quads (84 kB), 25 ms against 5 ms; 1,163 quads
# (217 kB), 33 ms against 14 ms; 2,592 quads (483 kB), even; 22,342 quads, 0.26 s against 0.46.
_BULK_FROM = 256 << 10


def read_manifest(path: Path) -> dict | None:
    """A build's manifest, or None if unusable: {"graphs": {name: digest}, "quads", "triples",
    "spans": {name: [offset, length] in graph.nq}, and "outputs": {file: digest, "writer":
    what wrote them} for the Turtle and JSON-LD it wrote}."""
    try:
        manifest = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT:
        return None
    return manifest


def write_manifest(
    path: Path,
    graphs: dict[str, str],
    quads: int,
    triples: int,
    spans: dict[str, list[int]],
    outputs: dict[str, str] | None = None,
) -> None:
    manifest = {
        "format": MANIFEST_FORMAT,
        "graphs": graphs,
        "quads": quads,
        "triples": triples,
        "spans": spans,
    }
    if outputs:
        manifest["outputs"] = outputs
    Path(path).write_text(json.dumps(manifest, sort_keys=True, indent=0) + "\n", encoding="utf-8")


def copy_manifest(source: Path, target: Path, outputs: dict[str, str]) -> None:
    """The manifest at `source` written to `target` with the digests of the files in `outputs`
    (and the writer that made them, under "writer")."""
    manifest = read_manifest(source)
    if manifest is None:
        raise OSError(f"the build's manifest {source} cannot be read")
    write_manifest(
        target,
        manifest["graphs"],
        manifest["quads"],
        manifest["triples"],
        manifest["spans"],
        outputs,
    )


def previous_outputs(
    base: Path | None, manifest: dict | None, names, writer: str
) -> dict[str, tuple[Path, str]]:
    """The files `names` of the build at `base` and the digests its manifest records for them,
    if it has them all and they were written by `writer` (`serializers.writer_identity`);
    otherwise nothing."""
    recorded = manifest.get("outputs") if manifest is not None else None
    if base is None or not isinstance(recorded, dict) or recorded.get("writer") != writer:
        return {}
    found = {name: (base / name, recorded.get(name)) for name in names}
    if all(isinstance(digest, str) and path.is_file() for path, digest in found.values()):
        return found
    return {}


def copy_store(previous: Path, target: Path) -> ox.Store | None:
    """A writable copy of the store at `previous` in `target` (absent), or None if it cannot be
    opened (a reader's copy is made from a read-only handle, so a store in use can be copied)."""
    try:
        ox.Store.read_only(str(previous)).backup(str(target))
        return ox.Store(str(target))
    except OSError:
        return None


def changed_graphs(old: dict[str, str], new: dict[str, str]) -> tuple[list[str], list[str]]:
    """(graphs to load: new or changed, graphs to drop: changed or gone), each sorted."""
    load = sorted(name for name, digest in new.items() if old.get(name) != digest)
    drop = sorted(name for name in old if new.get(name) != old[name])
    return load, drop


@dataclass(frozen=True)
class GraphChanges:
    """What a rebuild changed in the store: the triples of the graphs it loaded (`added`, some
    perhaps held before) and of the graphs it dropped (`removed`, some perhaps still held), and
    the size of the union after the change, where known."""

    added: frozenset[ox.Triple]
    removed: frozenset[ox.Triple]
    triples: int | None = None


def replace_graphs(
    store: ox.Store, drop: list[str], load_nquads: bytes, load_triples: bytes
) -> GraphChanges:
    """Drop graphs, load the new text, then mend the default graph's union."""
    stale = set()
    for name in drop:
        graph = ox.NamedNode(name)
        stale.update(q.triple for q in store.quads_for_pattern(None, None, None, graph))
        store.remove_graph(graph)
    added = frozenset(
        q.triple for q in ox.parse(load_triples, format=ox.RdfFormat.N_TRIPLES, lenient=True)
    )
    # (Blank nodes, should the text ever hold any, only through the bulk loader: it names them
    # anew at each load, as a whole load does, where a parsed text keeps their labels.)
    if len(load_nquads) > _BULK_FROM or b"_:" in load_nquads:
        # The build's own text, read leniently as the whole store was (store.load_in_pieces).
        store.bulk_load(input=load_nquads, format=ox.RdfFormat.N_QUADS, lenient=True)
        store.bulk_load(
            input=load_triples, format=ox.RdfFormat.N_TRIPLES, to_graph=_DEFAULT, lenient=True
        )
    elif load_nquads:  # a few graphs: written as one transaction, not as new files
        store.extend(ox.parse(load_nquads, format=ox.RdfFormat.N_QUADS, lenient=True))
        store.extend(ox.Quad(t.subject, t.predicate, t.object, _DEFAULT) for t in added)
    for triple in stale:
        held = store.quads_for_pattern(triple.subject, triple.predicate, triple.object)
        if not any(not isinstance(q.graph_name, ox.DefaultGraph) for q in held):
            store.remove(ox.Quad(triple.subject, triple.predicate, triple.object, _DEFAULT))
    return GraphChanges(added, frozenset(stale))


def counts_match(store: ox.Store, quads: int, triples: int) -> bool:
    """Whether the store holds as many quads as the build made: its named graphs' and the
    union's (a quad lost or left over anywhere shows; counted by the store itself)."""
    return len(store) == quads + triples
