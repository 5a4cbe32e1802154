"""Queries answered by Oxigraph itself, its solutions read as they come.

The built store is opened read-only; a graph file (`--graph FILE`) is loaded into an in-memory
Oxigraph store. Either way the answer is pyoxigraph's own: no rdflib term is made per cell, and
`stream.write_rows` writes the rows as they arrive.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from ..exc import QueryError
from ..rdf.oxigraph import from_ox
from ..rdf.store import (
    GRAPH_FILE_FORMATS,
    READ_ERRORS,
    is_oxigraph,
    load_graph,
    open_read_only,
    read_graph_file,
)
from .named import bind_values, check_read_only


@dataclass
class Solutions:
    """A SELECT answer: its column names and its rows of pyoxigraph terms (None where unbound),
    read from the store while they are iterated."""

    columns: list[str]
    rows: Iterator[tuple]


@dataclass
class Answer:
    """What a query gives: solutions, a yes or no (ASK), or triples (CONSTRUCT, DESCRIBE)."""

    solutions: Solutions | None = None
    boolean: bool | None = None
    triples: list = field(default_factory=list)


def load_store(path: Path) -> ox.Store:
    """An Oxigraph store holding a built graph: a store folder opened read-only, or a graph file
    (.ttl, .nq, .trig, .jsonld, .nt) read into memory, its named graphs merged into one."""
    path = Path(path)
    if path.is_dir() and (path / "CURRENT").is_file():
        return open_read_only(path)
    fmt = GRAPH_FILE_FORMATS.get(path.suffix.lower())
    if fmt is None or not path.is_file():
        return store_of(load_graph(path))  # which says what is wrong, as every command does
    store = ox.Store()
    try:
        read_graph_file(store, path, fmt)
    except READ_ERRORS:
        # rdflib's parser reads a few files Oxigraph's refuses, or says what is wrong.
        return store_of(load_graph(path))
    return store


def store_of(graph: Graph) -> ox.Store:
    """The Oxigraph store behind an rdflib graph, or (rdflib's memory store) a copy in one."""
    if is_oxigraph(graph):
        return graph.store._inner
    store = ox.Store()
    data = graph.serialize(format="nt", encoding="utf-8")
    store.bulk_load(input=data, format=ox.RdfFormat.N_TRIPLES)
    return store


def execute(store: ox.Store, text: str, bindings: dict | None = None) -> Answer:
    """Run a read-only query on the store's default graph, parameters bound as RDF terms (see
    named.bind_values); UPDATE is refused. Rows are read from the store as they are iterated."""
    check_read_only(text)
    text = bind_values(text, bindings or {})
    try:
        result = store.query(text)
    except (SyntaxError, ValueError, OSError, RuntimeError) as err:
        raise QueryError(f"query failed: {err}") from None
    if isinstance(result, ox.QueryBoolean):
        return Answer(boolean=bool(result))
    if isinstance(result, ox.QueryTriples):
        return Answer(triples=list(_guarded(result)))
    columns = [v.value for v in result.variables]
    return Answer(solutions=Solutions(columns, (tuple(s) for s in _guarded(result))))


def _guarded(items) -> Iterator:
    """The items, an evaluation error met on the way (they come lazily) raised as QueryError."""
    try:
        yield from items
    except (ValueError, OSError, RuntimeError) as err:
        raise QueryError(f"query failed: {err}") from None


def triples_graph(triples: list) -> Graph:
    """CONSTRUCT or DESCRIBE triples as an rdflib graph with the project's literal spelling."""
    graph = Graph()
    for triple in triples:
        graph.add(from_ox(triple))
    return graph
