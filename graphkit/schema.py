"""The ontology and shapes as graphs, and what the code reads from them."""

from __future__ import annotations

from functools import cache

from rdflib import RDFS, Graph

from .vocab import RELATIONS, TG, ontology_dir


@cache
def ontology() -> Graph:
    graph = Graph(bind_namespaces="none")  # small and read often: rdflib's own store
    graph.parse(ontology_dir() / "techgov.ttl", format="turtle")
    return graph


@cache
def shapes() -> Graph:
    graph = Graph(bind_namespaces="none")  # small and read often: rdflib's own store
    graph.parse(ontology_dir() / "shapes.ttl", format="turtle")
    return graph


@cache
def relation_labels() -> dict[str, tuple[str, str]]:
    """Relation local name -> (label, inverse label), e.g. supplies -> (supplies, supplied by)."""
    onto = ontology()
    return {
        name: (str(onto.value(iri, RDFS.label)), str(onto.value(iri, TG.inverseLabel)))
        for name, iri in RELATIONS.items()
    }


@cache
def relation_families() -> dict[str, str]:
    """Relation local name -> its family on the canvas: business, stance or structure."""
    onto = ontology()
    return {name: str(onto.value(iri, TG.family)) for name, iri in RELATIONS.items()}
