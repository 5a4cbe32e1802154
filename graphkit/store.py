"""The one place that creates, reads and writes RDF stores, so the backend can change here alone."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from .exc import GraphkitError
from .vocab import CIT, ENT, REL, SRC, TG

FORMATS = {".ttl": "turtle", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld", ".nt": "nt"}


def new_graph() -> Graph:
    """An empty graph with the project's prefixes bound."""
    graph = Graph(bind_namespaces="none")
    _bind(graph)
    return graph


def new_dataset() -> Dataset:
    """An empty dataset (named graphs) with the project's prefixes bound."""
    dataset = Dataset(default_union=True)
    _bind(dataset)
    return dataset


def _bind(graph: Graph) -> None:
    graph.bind("tg", TG._NS)
    graph.bind("ent", ENT)
    graph.bind("rel", REL)
    graph.bind("cit", CIT)
    graph.bind("src", SRC)
    graph.bind("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
    graph.bind("xsd", "http://www.w3.org/2001/XMLSchema#")
    graph.bind("owl", "http://www.w3.org/2002/07/owl#")


def load_graph(path: Path) -> Graph:
    """Read a built graph file; the format follows the file name."""
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(FORMATS))
        raise GraphkitError(f"{path}: unknown graph format; use one of {known}")
    if not Path(path).is_file():
        raise GraphkitError(f"{path}: no such graph file; run `graphkit build` first")
    graph = new_graph()
    if fmt in ("nquads", "trig"):
        dataset = new_dataset()
        dataset.parse(path, format=fmt)
        for triple in dataset.triples((None, None, None)):
            graph.add(triple)
    else:
        graph.parse(path, format=fmt)
    return graph


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write a file so that readers see the old content or the new, never half of it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
