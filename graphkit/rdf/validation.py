"""Check a graph against ontology/shapes.ttl and the rule that every fact is cited.

Two engines give the same violations: the store's checks (`checks.py`, SPARQL run by Oxigraph,
the default and what every build runs) and the full SHACL engine (pySHACL, `--shacl`), which
evaluates the shapes themselves and is the reference that the checks are tested against.
"""

from __future__ import annotations

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import SH

from ..exc import GraphkitError
from ..schema import ontology, shapes
from .checks import Finding, Labels, Violation, uncited_violations, validate_store
from .constraints import node_path_text, short_name

ENGINES = ("checks", "shacl")

__all__ = ["ENGINES", "Violation", "graph_store", "shacl_findings", "validate_graph"]


def validate_graph(data: Graph, engine: str = "checks") -> list[Violation]:
    """All violations, sorted; an empty list means the graph conforms.

    `checks` runs the store's SPARQL checks; `shacl` runs pySHACL over the shapes and the
    ontology, with the same uncited-triple rule beside it.
    """
    if engine not in ENGINES:
        raise GraphkitError(
            f"unknown validation engine {engine!r}; use one of {', '.join(ENGINES)}"
        )
    store = graph_store(data)
    if engine == "checks":
        return validate_store(store)
    labels = Labels(store)
    found = {labels.violation(f) for f in shacl_findings(data)}
    found.update(uncited_violations(store, labels))
    return sorted(found)


def graph_store(graph: Graph) -> ox.Store:
    """The Oxigraph store holding the graph in its default graph: its own, or a copy.

    A dataset is copied as the triples it shows (with a union default graph: every source's).
    """
    inner = getattr(graph.store, "_inner", None)
    whole = isinstance(graph, Dataset)  # its triples may come from every named graph
    if not whole and isinstance(inner, ox.Store) and graph.identifier == DATASET_DEFAULT_GRAPH_ID:
        return inner
    if whole:
        triples, graph = graph, Graph()
        for triple in triples.triples((None, None, None)):
            graph.add(triple)
    store = ox.Store()
    data = graph.serialize(format="nt", encoding="utf-8")
    store.bulk_load(input=data, format=ox.RdfFormat.N_TRIPLES)
    return store


def shacl_findings(data: Graph) -> set[Finding]:
    """The nodes pySHACL finds breaking ontology/shapes.ttl (classes from the ontology)."""
    _, results, _ = shacl_validate(
        data,
        shacl_graph=shapes(),
        ont_graph=ontology(),
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
    )
    return {_finding(results, result) for result in results.subjects(RDF.type, SH.ValidationResult)}


def _finding(results: Graph, result) -> Finding:
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    message = results.value(result, SH.resultMessage)
    severity = results.value(result, SH.resultSeverity)
    if isinstance(path, URIRef):
        path_text = short_name(str(path))
    else:
        path_text = node_path_text(str(results.value(result, SH.sourceShape) or ""))
    return Finding(
        focus=focus.n3() if focus is not None else "?",
        path=path_text,
        message=str(message) if message is not None else "does not conform",
        severity=short_name(str(severity)) if severity is not None else "Violation",
    )
