"""The store's checks and the SHACL engine report the same violations on graphs broken every way.

The base graph is the golden mini graph plus a contract award and a disputed relationship with
claims (tests/fixtures/validation/), so every shape has a focus node. Each broken graph breaks
one constraint: the hand-written ones the ways users' data goes wrong, and one per constraint
of ontology/shapes.ttl derived from the constraint itself, so a shape added later is tested too.
Both engines must find something, and the same things: focus node, path, message, severity.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from support import TESTS

from graphkit.rdf.check_queries import Classes
from graphkit.rdf.checks import store_findings, validate_store
from graphkit.rdf.constraints import (
    Constraint,
    UnsupportedShape,
    project_constraints,
    read_constraints,
)
from graphkit.rdf.validation import graph_store, shacl_findings, validate_graph
from graphkit.schema import shapes
from graphkit.vocab import CIT, CLAIM, ENT, REL, SRC, TG

GOLDEN = TESTS / "fixtures" / "golden" / "mini.ttl"
EXTRA = TESTS / "fixtures" / "validation" / "contracts-and-claims.ttl"
AWARD_REL = REL["award-70cmsd"]
DISPUTED = REL["palantir-hosts-ice"]
SUPPLIES = REL["49c6483a3421c8a37e4f"]  # Palantir supplies ICE, two citations


@pytest.fixture(scope="module")
def base() -> Graph:
    graph = Graph()
    graph.parse(GOLDEN)
    graph.parse(EXTRA)
    return graph


def broken(base: Graph, edit: Callable[[Graph], None]) -> Graph:
    graph = Graph()
    for triple in base:
        graph.add(triple)
    edit(graph)
    return graph


def assert_same_violations(graph: Graph) -> set:
    fast = store_findings(graph_store(graph))
    engine = shacl_findings(graph)
    assert fast == engine
    assert validate_graph(graph) == validate_graph(graph, "shacl")
    return fast


def test_the_unbroken_graph_conforms_under_both_engines(base):
    assert store_findings(graph_store(base)) == set()
    assert shacl_findings(base) == set()
    assert validate_graph(base) == validate_graph(base, "shacl") == []


def _drop(node, pred):
    return lambda g: g.remove((node, pred, None))


def _set(node, pred, value):
    return lambda g: g.set((node, pred, value))


def _add(*triple):
    return lambda g: g.add(triple)


NAMED = {
    "a relationship without citations": _drop(SUPPLIES, TG.citation),
    "a relationship citing a non-citation": _set(SUPPLIES, TG.citation, ENT.ice),
    "a citation without its source": _drop(CIT["award-70cmsd"], TG.source),
    "a citation without an extractor": _drop(CIT["award-70cmsd"], TG.extractor),
    "a confidence above 1": _set(
        CIT["award-70cmsd"], TG.confidence, Literal("1.5", datatype=XSD.decimal)
    ),
    "a negative offset": _set(CIT["award-70cmsd"], TG.startOffset, Literal(-3)),
    "an entity without a label": _drop(ENT.ice, RDFS.label),
    "an entity with two labels": _add(ENT.ice, RDFS.label, Literal("ICE")),
    "a label in a language": _set(ENT.ice, RDFS.label, Literal("ICE", lang="en")),
    "a status outside the list": _set(SUPPLIES, TG.status, Literal("rumoured")),
    "an amount as text": _set(AWARD_REL, TG.amount, Literal("1.2 million")),
    "an ill-formed decimal": _set(AWARD_REL, TG.amount, Literal("lots", datatype=XSD.decimal)),
    "an amount without a currency": _drop(AWARD_REL, TG.currency),
    "a currency in lower case": _set(AWARD_REL, TG.currency, Literal("usd")),
    "a start date as a dateTime": _set(
        AWARD_REL, TG.startDate, Literal("2018-09-01T00:00:00", datatype=XSD.dateTime)
    ),
    "a relation outside the ontology": _set(SUPPLIES, TG.relation, TG.family),
    "a subject that is not an entity": _set(SUPPLIES, TG.subject, SRC["404media-elite"]),
    "a subject that is a blank node": _set(SUPPLIES, TG.subject, BNode()),
    "an object that is a blank node among broken IRIs": lambda g: (
        g.set((SUPPLIES, TG.object, BNode())),
        g.set((AWARD_REL, TG.object, CIT["award-70cmsd"])),
    ),
    "a disputed relationship with one claim": lambda g: g.remove(
        (DISPUTED, TG.claim, CLAIM["hosts-2"])
    ),
    "a disputed flag as text": _set(SUPPLIES, TG.disputed, Literal("no")),
    "a claim without its object": _drop(CLAIM["hosts-1"], TG.claimedObject),
    "a claim naming two subjects": lambda g: (
        g.add((CLAIM["hosts-1"], TG.claimedSubject, ENT["palantir"])),
        g.add((CLAIM["hosts-1"], TG.claimedSubject, ENT["aws"])),
    ),
    "a claim's subject that is no entity": _add(
        CLAIM["hosts-1"], TG.claimedSubject, SRC["usaspending-70cmsd"]
    ),
    "a contract with two award ids": _add(ENT["award-70cmsd"], TG.awardId, Literal("X-2")),
    # Two records of one award that disagree: the contract's claims.
    "a disputed contract with one claim": lambda g: g.remove(
        (ENT["award-acme0001"], TG.claim, CLAIM["acme0001-first"])
    ),
    "a disputed contract without its claims": _drop(ENT["award-acme0001"], TG.claim),
    "a contract's claim with two figures": _add(
        CLAIM["acme0001-first"], TG.obligatedAmount, Literal("7.0", datatype=XSD.decimal)
    ),
    "a contract's claim naming no award": _drop(CLAIM["acme0001-later"], TG.awardId),
    "a contract's claim without its citation": _drop(CLAIM["acme0001-later"], TG.citation),
    "a contract's disputed flag as text": _set(ENT["award-acme0001"], TG.disputed, Literal("no")),
    "a contract award without its record": _drop(ENT["award-70cmsd"], TG.describedBy),
    "a source URL that is not http": _set(
        SRC["usaspending-70cmsd"], TG.url, Literal("ftp://example.org/x", datatype=XSD.anyURI)
    ),
    "a source URL as a plain string": _set(
        SRC["usaspending-70cmsd"], TG.url, Literal("https://example.org/x")
    ),
    "a citation with neither a URL nor a locator": lambda g: (
        g.remove((CIT["award-70cmsd"], TG.locator, None)),
        g.remove((SRC["usaspending-70cmsd"], TG.url, None)),
    ),
    # One per relation family: business, stance, structure; subject and object types.
    "a product that supplies": _add(ENT["amazon-rekognition"], TG.supplies, ENT.ice),
    "a company that is supplied to a product": _add(
        ENT.palantir, TG.supplies, ENT["amazon-rekognition"]
    ),
    "a product that leads": _add(ENT["amazon-rekognition"], TG.leads, ENT.amazon),
    "a person who works for a person": _add(
        ENT["satya-nadella"], TG.worksFor, ENT["satya-nadella"]
    ),
    "a product that opposes": _add(ENT["amazon-rekognition"], TG.opposes, ENT.ice),
    "an opposed source": _add(ENT.aclu, TG.opposes, SRC["404media-elite"]),
    "a government that hosts": _add(ENT.ice, TG.hosts, ENT.palantir),
    "an agency that develops an agency": _add(ENT.ice, TG.develops, ENT.dhs),
    "a contract held by a product": _add(ENT["amazon-rekognition"], TG.awardedContract, ENT.ice),
    "an organisation funding a literal": _add(ENT.aclu, TG.funds, Literal("ICE")),
}


@pytest.mark.parametrize("name", sorted(NAMED))
def test_each_way_of_breaking_the_graph_is_reported_alike_by_both_engines(base, name):
    graph = broken(base, NAMED[name])
    assert assert_same_violations(graph), f"{name}: neither engine reports anything"


def test_the_named_entities_of_the_broken_graphs_exist(base):
    # A mutation naming an entity the graph lacks would break the graph for the wrong reason.
    for node in (ENT.amazon, ENT["amazon-rekognition"], ENT["satya-nadella"], ENT.aclu, ENT.dhs):
        assert (node, RDFS.label, None) in base, node


# ---- one broken graph per constraint, derived from the constraint ----------------------------


def _focus(base: Graph, constraint: Constraint):
    target = constraint.target
    classes = Classes(graph_store(base))
    nodes = set()
    for cls in classes.closure(target.classes):
        nodes.update(base.subjects(RDF.type, URIRef(cls)))
    for p in target.subjects_of:
        nodes.update(base.subjects(URIRef(p), None))
    for p in target.objects_of:
        nodes.update(base.objects(None, URIRef(p)))
    with_path = [n for n in nodes if not constraint.path or _values(base, n, constraint.path)]
    return sorted(with_path or nodes, key=str)[0]


def _values(graph: Graph, node, path):
    found = [node]
    for step in path:
        found = [o for n in found for o in graph.objects(n, URIRef(step))]
    return found


def _another(value):
    """A second value unlike `value` but of its kind."""
    if isinstance(value, Literal):
        if value.datatype == XSD.boolean:
            return Literal(not value.toPython())
        if value.datatype in (XSD.integer, XSD.decimal):
            return Literal(str(value.toPython() + 1), datatype=value.datatype)
        if value.datatype in (XSD.date, XSD.gYear, XSD.gYearMonth):
            return Literal("1999" + str(value)[4:], datatype=value.datatype)
        return Literal(str(value) + " again", datatype=value.datatype, lang=value.language)
    return ENT.microsoft if value != ENT.microsoft else ENT.amazon


def _untyped_for(base: Graph, groups) -> URIRef:
    """A node of the base graph that is an instance of no class of `groups`."""
    classes = Classes(graph_store(base))
    allowed = {URIRef(c) for group in groups for c in classes.closure(group)}
    candidates = (SRC["404media-elite"], ENT["amazon-rekognition"], CIT["award-70cmsd"])
    return next(n for n in candidates if not set(base.objects(n, RDF.type)) & allowed)


def _wrong_values(base: Graph, constraint: Constraint) -> list:
    rule = constraint.values
    wrong = []
    if rule.datatypes:
        wrong.append(
            Literal("x", lang="en") if XSD.string in map(URIRef, rule.datatypes) else Literal("x")
        )
    if rule.class_groups:
        wrong.append(_untyped_for(base, rule.class_groups))
    if rule.node_kind == "IRI":
        wrong.append(Literal("x"))
        wrong.append(TYPED_BLANK)  # of the right class, so only the node kind is wrong
    if rule.allowed:
        wrong.append(Literal("not in the list"))
    if rule.pattern:
        wrong.append(Literal("mailto:x@example.org", datatype=XSD.anyURI))
    for name, bound in rule.bounds:
        step = -1 if name.startswith("min") else 1
        wrong.append(Literal(str(bound.toPython() + step), datatype=bound.datatype))
    return wrong


TYPED_BLANK = "a blank node of the class the constraint wants"


def _break_values(base: Graph, constraint: Constraint, wrong) -> Callable[[Graph], None]:
    focus = _focus(base, constraint)
    if wrong == TYPED_BLANK:
        blank = BNode()
        classes = constraint.values.class_groups or ((str(TG.Entity),),)
        edits = [
            _add(blank, RDF.type, URIRef(classes[0][0])),
            _add(blank, RDFS.label, Literal("a blank entity")),
            _set(focus, URIRef(constraint.path[0]), blank),
        ]
        return lambda g: [edit(g) for edit in edits]
    if not constraint.path:  # a domain or range: the wrong node takes the focus's place
        # the shape's target property the focus has (a shape may target several)
        if constraint.target.subjects_of:
            p = next(p for p in constraint.target.subjects_of if (focus, URIRef(p), None) in base)
            return _add(wrong, URIRef(p), next(base.objects(focus, URIRef(p))))
        p = next(p for p in constraint.target.objects_of if (None, URIRef(p), focus) in base)
        return _add(next(base.subjects(URIRef(p), focus)), URIRef(p), wrong)
    return _set(focus, URIRef(constraint.path[0]), wrong)


def _break_counts(base: Graph, constraint: Constraint) -> Callable[[Graph], None]:
    counted = (constraint.counted,) if constraint.counted else constraint.alternatives
    focus = _focus(base, constraint)
    edits = []
    for alt in counted:
        first = URIRef(alt.path[0])
        present = _values(base, focus, alt.path)
        if alt.min_count:
            if len(alt.path) == 1:
                edits.append(_drop(focus, first))
            else:  # remove the last step from every node the path passes through
                middles = _values(base, focus, alt.path[:-1])
                edits += [_drop(m, URIRef(alt.path[-1])) for m in middles]
        elif alt.max_count is not None:
            extra = [_another(present[0])] if present else [Literal("1.0", datatype=XSD.decimal)]
            while len(present) + len(extra) <= alt.max_count:
                extra.append(_another(extra[-1]))
            edits += [_add(focus, first, value) for value in extra]
        for value in alt.has_value:
            edits.append(_set(focus, first, _another(value)))
    return lambda g: [edit(g) for edit in edits]


def derived_cases() -> dict[str, tuple]:
    base = Graph()
    base.parse(GOLDEN)
    base.parse(EXTRA)
    cases = {}
    for i, constraint in enumerate(project_constraints()):
        name = f"{i:02d} {constraint.path_text}: {constraint.message}"
        if constraint.counted or constraint.alternatives:
            cases[f"{name} (counts)"] = (constraint, None)
        for j, wrong in enumerate(_wrong_values(base, constraint)):
            cases[f"{name} (value {j})"] = (constraint, wrong)
    return cases


DERIVED = derived_cases()


@pytest.mark.parametrize("name", sorted(DERIVED))
def test_each_constraint_broken_is_reported_alike_by_both_engines(base, name):
    constraint, wrong = DERIVED[name]
    edit = (
        _break_counts(base, constraint) if wrong is None else _break_values(base, constraint, wrong)
    )
    found = assert_same_violations(broken(base, edit))
    assert constraint.message in {f.message for f in found}, name


def test_every_constraint_of_the_shapes_is_broken_by_some_case():
    covered = {case[0] for case in DERIVED.values()}
    assert set(project_constraints()) == covered


def test_every_shape_message_is_a_constraint_the_checks_run():
    # A shape the reader skipped (no target it knows, say) would be silently unchecked.
    messages = {str(m) for m in shapes().objects(None, SH.message)}
    assert messages == {c.message for c in project_constraints()}


@pytest.mark.parametrize(
    "feature",
    [
        (SH.uniqueLang, Literal(True)),
        (SH.minLength, Literal(3)),
        (SH.node, URIRef("https://example.org/shape")),
        (SH.qualifiedMinCount, Literal(1)),
    ],
)
def test_a_shape_feature_the_checks_do_not_evaluate_is_an_error(feature):
    graph = Graph()
    for triple in shapes():
        graph.add(triple)
    (prop,) = [
        p for p in graph.objects(URIRef("https://w3id.org/techgov/shapes#EntityShape"), SH.property)
    ]
    graph.add((prop, *feature))
    with pytest.raises(UnsupportedShape, match=feature[0].rsplit("#", 1)[1]):
        read_constraints(graph)


def test_a_target_the_checks_do_not_evaluate_is_an_error():
    graph = Graph()
    shape = URIRef("https://example.org/shapes#One")
    graph.add((shape, RDF.type, SH.NodeShape))
    graph.add((shape, SH.targetNode, ENT.ice))
    graph.add((shape, SH.message, Literal("one")))
    with pytest.raises(UnsupportedShape, match="targetNode"):
        read_constraints(graph)


def test_an_or_of_mixed_alternatives_is_an_error():
    graph = Graph()
    prop, shape = URIRef("https://example.org/p"), URIRef("https://example.org/shapes#One")
    alt1, alt2 = URIRef("https://example.org/a1"), URIRef("https://example.org/a2")
    graph.add((shape, SH.targetClass, TG.Entity))
    graph.add((shape, SH.property, prop))
    graph.add((prop, SH.path, RDFS.label))
    graph.add((prop, SH.message, Literal("m")))
    graph.add((alt1, SH.datatype, XSD.string))
    graph.add((alt2, SH["class"], TG.Entity))
    head = URIRef("https://example.org/list")
    Collection(graph, head, [alt1, alt2])
    graph.add((prop, SH["or"], head))
    with pytest.raises(UnsupportedShape, match="sh:or"):
        read_constraints(graph)


def test_violations_name_the_entity_the_property_and_the_rule(base):
    graph = broken(base, _add(ENT["amazon-rekognition"], TG.leads, ENT.amazon))
    assert [str(v) for v in validate_store(graph_store(graph))] == [
        "Amazon Rekognition — leads — leads: the leader must be a Person",
        "Amazon Rekognition — leads — no cited relationship states Amazon",
    ]


def test_the_error_names_the_shape_the_property_and_the_feature():
    graph = Graph()
    for triple in shapes():
        graph.add(triple)
    entity = URIRef("https://w3id.org/techgov/shapes#EntityShape")
    (prop,) = graph.objects(entity, SH.property)
    graph.add((prop, SH.uniqueLang, Literal(True)))
    with pytest.raises(UnsupportedShape) as raised:
        read_constraints(graph)
    assert str(raised.value) == (
        "tgsh:EntityShape: the property shape on label: "
        "the store's checks do not evaluate uniqueLang"
    )
