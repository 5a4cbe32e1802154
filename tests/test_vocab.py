"""The namespace class, the ontology and the shapes agree with each other."""

import pytest
from rdflib import OWL, RDF, RDFS, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

from graphkit.schema import ontology, relation_families, shapes
from graphkit.sources.registry import IDENTIFIERS
from graphkit.viz.style import FAMILY_ORDER, family_legend
from graphkit.vocab import ENT, ENTITY_TYPES, IDENTIFIER_TERMS, PREFIXES, RELATIONS, TG


def ontology_terms() -> set[str]:
    ns = str(TG._NS)
    return {
        str(s)[len(ns) :]
        for s in ontology().subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(ns)
    }


def test_namespace_class_lists_exactly_the_ontology_terms():
    declared = set(TG.__annotations__)
    assert declared == ontology_terms()


def test_a_misspelt_term_is_an_error_not_a_new_iri():
    with pytest.raises(AttributeError):
        TG.suplies  # noqa: B018


@pytest.mark.parametrize(
    "name",
    [
        "develops",
        "supplies",
        "uses",
        "hosts",
        "partOf",
        "leads",
        "worksFor",
        "opposes",
        "supports",
        "investigates",
        "funds",
    ],
)
def test_the_issue_relations_exist_with_label_comment_domain_range(name):
    onto = ontology()
    term = TG[name]
    assert (term, RDF.type, OWL.ObjectProperty) in onto
    for prop in (RDFS.label, RDFS.comment, RDFS.domain, RDFS.range, TG.inverseLabel, TG.family):
        assert onto.value(term, prop) is not None, f"{name} lacks {prop}"


def test_every_entity_type_is_a_class_under_entity():
    onto = ontology()
    for name, iri in ENTITY_TYPES.items():
        assert (iri, RDF.type, OWL.Class) in onto, name
        ancestors = set(onto.transitive_objects(iri, RDFS.subClassOf))
        assert TG.Entity in ancestors, name


def _classes(graph, node) -> set:
    """A class, or the members of an owl:unionOf / sh:or of sh:class."""
    union = graph.value(node, OWL.unionOf)
    if union is not None:
        return set(Collection(graph, union))
    return {node}


def _shape_classes(graph, shape) -> set:
    direct = graph.value(shape, SH["class"])
    if direct is not None:
        return {direct}
    members = Collection(graph, graph.value(shape, SH["or"]))
    return {graph.value(m, SH["class"]) for m in members}


# A group's test of a party's years, which the build states on a relationship or a claim
SPAN_TESTS = [
    f"{party}{test}" for party in ("buyer", "seller", "funder") for test in ("Outside", "UndatedIn")
]


@pytest.mark.parametrize("name", sorted(RELATIONS) + SPAN_TESTS)
def test_shapes_enforce_the_ontology_domain_and_range(name):
    onto, sh = ontology(), shapes()
    domain_shape = next(sh.subjects(SH.targetSubjectsOf, TG[name]))
    range_shape = next(sh.subjects(SH.targetObjectsOf, TG[name]))
    assert _shape_classes(sh, domain_shape) == _classes(onto, onto.value(TG[name], RDFS.domain))
    assert _shape_classes(sh, range_shape) == _classes(onto, onto.value(TG[name], RDFS.range))


def test_shapes_allow_exactly_the_relations_of_the_namespace():
    sh = shapes()
    allowed = next(o for s, o in sh.subject_objects(SH["in"]) if (o, RDF.first, TG.develops) in sh)
    assert set(Collection(sh, allowed)) == set(RELATIONS.values())


def test_organization_types_are_exactly_the_ontology_subclasses_of_organization():
    from graphkit.vocab import ORGANIZATION_TYPES

    onto = ontology()
    subclasses = {str(c).rsplit("#", 1)[1] for c in onto.subjects(RDFS.subClassOf, TG.Organization)}
    assert subclasses == set(ORGANIZATION_TYPES)


def test_every_relation_has_one_family_and_the_legend_names_every_relation():
    families = relation_families()
    assert set(families) == set(RELATIONS)
    assert set(families.values()) == set(FAMILY_ORDER)
    legend = " ".join(entry["label"] for entry in family_legend())
    for relation in RELATIONS:
        assert relation in legend, f"the legend misses {relation}"
    business = next(e for e in family_legend() if e["name"] == "business")
    assert "awardedContract" in business["label"]


def test_identifier_kinds_are_ontology_properties_and_registry_fields():
    onto = ontology()
    for scheme, term in IDENTIFIER_TERMS.items():
        assert (term, RDF.type, OWL.DatatypeProperty) in onto, scheme
    assert set(IDENTIFIERS) == {*IDENTIFIER_TERMS, "wikidata"}


def test_prefixes_agree_with_the_namespaces():
    assert PREFIXES["tg"] == str(TG._NS)
    assert PREFIXES["ent"] == str(ENT)
    assert PREFIXES["rdfs"] == str(RDFS)
    assert PREFIXES["rdf"] == str(RDF)
    assert PREFIXES["owl"] == str(OWL)
