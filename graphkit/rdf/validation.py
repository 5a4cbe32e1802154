"""Check a graph against ontology/shapes.ttl (pySHACL) and the rule that every fact is cited."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pyshacl import validate as shacl_validate
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SH

from ..schema import ontology, shapes
from ..vocab import RELATIONS, TG
from .records import read_relationships


@dataclass(frozen=True, order=True)
class Violation:
    """One problem, in the words a user reads: which entity, which property, what is wrong."""

    focus: str
    path: str
    message: str
    severity: str = "Violation"

    def __str__(self) -> str:
        return f"{self.focus} — {self.path} — {self.message}"


def validate_graph(data: Graph) -> list[Violation]:
    """All violations, sorted; an empty list means the graph conforms."""
    _, results, _ = shacl_validate(
        data,
        shacl_graph=shapes(),
        ont_graph=ontology(),
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
    )
    found = {
        _violation(data, results, result)
        for result in results.subjects(RDF.type, SH.ValidationResult)
    }
    found.update(uncited_triples(data))
    return sorted(found)


def uncited_triples(data: Graph) -> list[Violation]:
    """Direct relation triples that no relationship resource with a citation backs.

    Two sets and a difference, by triple lookups: linear on every store, where SPARQL's
    FILTER NOT EXISTS is quadratic on Oxigraph and MINUS is quadratic in rdflib's engine.
    """
    cited = {(r.subject, r.relation, r.object) for r in read_relationships(data) if r.citations}
    direct = {
        (str(s), name, str(o)) for name, p in RELATIONS.items() for s, o in data.subject_objects(p)
    }
    return [
        Violation(
            label_of(data, URIRef(s)),
            name,
            f"no cited relationship states {label_of(data, URIRef(o))}",
        )
        for s, name, o in sorted(direct - cited)
    ]


def label_of(graph: Graph, node) -> str:
    """A readable name for a node: its label, or for a relationship "subject relation object"."""
    label = graph.value(node, RDFS.label)
    if label is not None:
        return str(label)
    if (node, RDF.type, TG.Relationship) in graph:
        parts = [
            graph.value(node, TG.subject),
            graph.value(node, TG.relation),
            graph.value(node, TG.object),
        ]
        words = [label_of(graph, p) if p is not None else "?" for p in parts]
        return " ".join(words)
    if (node, RDF.type, TG.Citation) in graph:
        source = graph.value(node, TG.source)
        return f"citation of {label_of(graph, source)}" if source is not None else "citation"
    if (node, RDF.type, TG.Source) in graph:
        title = graph.value(node, TG.title) or graph.value(node, TG.url)
        if title is not None:
            return str(title)
    return _short(node)


def _short(node) -> str:
    text = str(node)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
    return text


def _violation(data: Graph, results: Graph, result) -> Violation:
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    message = results.value(result, SH.resultMessage)
    severity = results.value(result, SH.resultSeverity)
    if isinstance(path, URIRef):
        path_text = _short(path)
    else:
        # Domain and range shapes (tgsh:leadsDomain ...) check a relation without a path.
        shape = _short(results.value(result, SH.sourceShape) or "")
        path_text = (
            re.sub(r"(Domain|Range)$", "", shape)
            if shape.endswith(("Domain", "Range"))
            else "(node)"
        )
    return Violation(
        focus=label_of(data, focus) if focus is not None else "?",
        path=path_text,
        message=str(message) if message is not None else "does not conform",
        severity=_short(severity) if severity is not None else "Violation",
    )
