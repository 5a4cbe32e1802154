"""Checks after a change: the affected nodes checked again, merged with the memo, equal a full check.

Each case starts from the parity suite's base graph (the golden mini graph with a contract award
and a disputed relationship) in a real Oxigraph store, checked whole into a memo. A change is
made to the store the way a rebuild makes it (triples removed from and added to the default
graph), then `recheck` with the memo must give exactly `validate_store` of the changed store,
while checking only some of its nodes.
"""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from support import TESTS

from graphkit.rdf.check_focus import (
    FEW_NODES,
    MEMO_FORMAT,
    ChecksMemo,
    affected,
    constraints_fingerprint,
    recheck,
    worth_focusing,
)
from graphkit.rdf.checks import all_findings, validate_store
from graphkit.vocab import CIT, CLAIM, ENT, REL, SRC, TG

GOLDEN = TESTS / "fixtures" / "golden" / "mini.ttl"
EXTRA = TESTS / "fixtures" / "validation" / "contracts-and-claims.ttl"
SUPPLIES = REL["49c6483a3421c8a37e4f"]  # Palantir supplies ICE, two citations
AWARD_REL = REL["award-70cmsd"]
_DEFAULT = ox.DefaultGraph()
FINGERPRINT = constraints_fingerprint()


def term(node) -> ox.NamedNode | ox.Literal:
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if node.language:
        return ox.Literal(str(node), language=node.language)
    return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype or XSD.string)))


def triple(s, p, o) -> ox.Triple:
    return ox.Triple(term(s), term(p), term(o))


@pytest.fixture
def store() -> ox.Store:
    graph = Graph()
    graph.parse(GOLDEN)
    graph.parse(EXTRA)
    made = ox.Store()
    made.bulk_load(
        input=graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES
    )
    return made


def triples_of(store: ox.Store, subject=None, predicate=None, obj=None) -> list[ox.Triple]:
    pattern = [None if t is None else term(t) for t in (subject, predicate, obj)]
    return [q.triple for q in store.quads_for_pattern(*pattern, _DEFAULT)]


def change(store: ox.Store, added=(), removed=()) -> tuple[list, list]:
    """Apply a change as a rebuild does, returning the triples it really added and removed."""
    really_removed = [t for t in removed if ox.Quad(*t, _DEFAULT) in store]
    for t in really_removed:
        store.remove(ox.Quad(*t, _DEFAULT))
    really_added = [t for t in added if ox.Quad(*t, _DEFAULT) not in store]
    for t in really_added:
        store.add(ox.Quad(*t, _DEFAULT))
    return really_added, really_removed


def assert_recheck_is_full(store, memo, added, removed) -> tuple[list, ChecksMemo]:
    focus = affected(store, added, removed)
    assert focus is not None, "this change should be checked on its nodes alone"
    assert len(focus) < _node_count(store), "the change should not reach every node"
    violations, memo = recheck(store, memo, added, removed)
    assert violations == validate_store(store)
    assert memo == ChecksMemo.of(all_findings(store))
    return violations, memo


def _node_count(store: ox.Store) -> int:
    return len({q.subject for q in store.quads_for_pattern(None, None, None, _DEFAULT)})


def messages(violations) -> list[str]:
    return [str(v) for v in violations]


def test_a_rebuild_that_changes_nothing_checks_no_node(store):
    memo = ChecksMemo.of(all_findings(store))
    assert memo.findings == {}
    assert affected(store, [], []) == set()
    assert recheck(store, memo, [], []) == ([], memo)


def test_adding_then_removing_a_relationship(store):
    memo = ChecksMemo.of(all_findings(store))
    # A relationship with everything it needs but its citation, and the direct triple.
    new = REL["aclu-opposes-ice"]
    parts = [
        (new, RDF.type, TG.Relationship),
        (new, TG.subject, ENT.aclu),
        (new, TG.relation, TG.opposes),
        (new, TG.object, ENT.ice),
        (new, TG.disputed, Literal(False)),
        (new, TG.independentSources, Literal(1)),
        (ENT.aclu, TG.opposes, ENT.ice),
    ]
    added, removed = change(store, added=[triple(*t) for t in parts])
    violations, memo = assert_recheck_is_full(store, memo, added, removed)
    assert messages(violations) == [
        "American Civil Liberties Union — opposes — no cited relationship states U.S. Immigration and Customs Enforcement",
        "American Civil Liberties Union opposes U.S. Immigration and Customs Enforcement — citation — "
        "a relationship needs at least one citation",
    ]
    # Citing it heals both: the relationship and, through it, the direct triple.
    cited = triple(new, TG.citation, CIT["award-70cmsd"])
    added, removed = change(store, added=[cited])
    violations, memo = assert_recheck_is_full(store, memo, added, removed)
    assert violations == []
    # Removing the relationship leaves the direct triple uncited again.
    added, removed = change(store, removed=triples_of(store, new))
    violations, memo = assert_recheck_is_full(store, memo, added, removed)
    assert messages(violations) == [
        "American Civil Liberties Union — opposes — no cited relationship states U.S. Immigration and Customs Enforcement"
    ]


def test_changing_a_relationship_breaks_and_heals_its_constraints(store):
    memo = ChecksMemo.of(all_findings(store))
    old = triples_of(store, SUPPLIES, TG.object)
    added, removed = change(
        store, added=[triple(SUPPLIES, TG.object, SRC["404media-elite"])], removed=old
    )
    violations, memo = assert_recheck_is_full(store, memo, added, removed)
    assert "a relationship needs exactly one object, a typed entity" in {
        v.message for v in violations
    }
    added, removed = change(store, added=old, removed=added)
    violations, memo = assert_recheck_is_full(store, memo, added, removed)
    assert violations == []


def test_an_entity_whose_type_changes_breaks_the_nodes_that_point_to_it(store):
    memo = ChecksMemo.of(all_findings(store))
    types = triples_of(store, ENT.ice, RDF.type)
    # ICE becomes a Product: an entity still, but no Organization to be supplied.
    added, removed = change(store, added=[triple(ENT.ice, RDF.type, TG.Product)], removed=types)
    violations, memo = assert_recheck_is_full(store, memo, added, removed)
    assert "supplies: the customer must be an Organization" in {v.message for v in violations}
    # ICE loses every type: the relationships naming it lose a typed entity.
    added, removed = change(store, removed=triples_of(store, ENT.ice, RDF.type))
    violations, memo = assert_recheck_is_full(store, memo, added, removed)
    assert "a relationship needs exactly one object, a typed entity" in {
        v.message for v in violations
    }
    added, removed = change(store, added=types)
    violations, memo = assert_recheck_is_full(store, memo, added, removed)
    assert violations == []


def test_removing_a_citation_breaks_what_cites_it(store):
    memo = ChecksMemo.of(all_findings(store))
    citation = CIT["award-70cmsd"]
    added, removed = change(store, removed=triples_of(store, citation))
    violations, memo = assert_recheck_is_full(store, memo, added, removed)
    assert {
        "a relationship needs at least one citation",
        "a claim needs at least one citation, its own",
    } <= {v.message for v in violations}
    added, removed = change(store, added=removed)
    violations, memo = assert_recheck_is_full(store, memo, added, removed)
    assert violations == []


def test_a_change_two_steps_away_reaches_the_citation(store):
    # A citation needs a source with a URL, or a locator: the URL is the source's triple.
    memo = ChecksMemo.of(all_findings(store))
    locators = triples_of(store, CIT["award-70cmsd"], TG.locator)
    urls = triples_of(store, SRC["usaspending-70cmsd"], TG.url)
    added, removed = change(store, removed=locators)
    violations, memo = assert_recheck_is_full(store, memo, added, removed)
    assert violations == []
    added, removed = change(store, removed=urls)
    violations, memo = assert_recheck_is_full(store, memo, added, removed)
    assert "a citation needs a source with a URL, or a record locator" in {
        v.message for v in violations
    }
    added, removed = change(store, added=urls + locators)
    violations, memo = assert_recheck_is_full(store, memo, added, removed)
    assert violations == []


def test_several_constraints_broken_and_healed_in_one_change(store):
    memo = ChecksMemo.of(all_findings(store))
    breaks = [
        triple(ENT.dhs, RDFS.label, Literal("DHS")),
        triple(AWARD_REL, TG.currency, Literal("usd")),
        triple(CLAIM["hosts-1"], TG.status, Literal("rumoured")),
        triple(ENT["amazon-rekognition"], TG.leads, ENT.amazon),
        # Breaks a range: the focus is the object, a node the change adds no triple to.
        triple(ENT.palantir, TG.supplies, ENT["satya-nadella"]),
    ]
    heals = triples_of(store, AWARD_REL, TG.currency)
    added, removed = change(store, added=breaks, removed=heals)
    violations, memo = assert_recheck_is_full(store, memo, added, removed)
    assert len(violations) >= 5
    added, removed = change(store, added=heals, removed=breaks)
    violations, memo = assert_recheck_is_full(store, memo, added, removed)
    assert violations == []


def test_a_renamed_entity_is_named_anew_in_findings_kept_from_before(store):
    memo = ChecksMemo.of(all_findings(store))
    added, removed = change(store, added=[triple(ENT.aclu, TG.opposes, ENT.ice)])
    violations, memo = assert_recheck_is_full(store, memo, added, removed)
    labels = triples_of(store, ENT.ice, RDFS.label)
    renamed = [triple(ENT.ice, RDFS.label, Literal("ICE"))]
    added, removed = change(store, added=renamed, removed=labels)
    violations, memo = assert_recheck_is_full(store, memo, added, removed)
    assert messages(violations) == [
        "American Civil Liberties Union — opposes — no cited relationship states ICE"
    ]


def test_a_subclass_stated_in_the_graph_reaches_every_node(store):
    memo = ChecksMemo.of(all_findings(store))
    added, removed = change(store, added=[triple(TG.Product, RDFS.subClassOf, TG.Organization)])
    assert affected(store, added, removed) is None
    violations, _ = recheck(store, memo, added, removed)
    assert violations == validate_store(store)


def test_a_change_reaching_a_large_share_of_the_graph_is_checked_whole(store):
    # Replacing most of a project's files reaches most nodes: checked one by one, 17,000 nodes
    # of a 100,000-triple graph took 15 s, where the whole check takes a quarter of a second.
    assert worth_focusing(55, 100_606)
    assert not worth_focusing(17_000, 100_606)
    assert worth_focusing(17_000, None)  # a size not given: the nodes, as before
    assert worth_focusing(FEW_NODES, 10)  # a few nodes: on their own in any graph
    assert not worth_focusing(FEW_NODES + 1, 10_000)
    memo = ChecksMemo.of(all_findings(store))
    many = [triple(ENT[f"extra-{i}"], TG.leads, ENT.amazon) for i in range(FEW_NODES + 1)]
    added, removed = change(store, added=many)
    size = sum(1 for _ in store.quads_for_pattern(None, None, None, _DEFAULT))
    assert not worth_focusing(len(affected(store, added, removed)), size)
    violations, memo = recheck(store, memo, added, removed, triples=size)
    assert violations == validate_store(store) != []
    assert memo == ChecksMemo.of(all_findings(store))


def test_checks_on_focus_nodes_are_the_full_checks_of_those_nodes(store):
    change(store, added=[triple(ENT["amazon-rekognition"], TG.leads, ENT.amazon)])
    whole = all_findings(store)
    focus = [ox.NamedNode(str(ENT["amazon-rekognition"])), ox.NamedNode(str(ENT.ice))]
    assert all_findings(store, focus) == {f for f in whole if f.focus in map(str, focus)} != set()
    assert messages(validate_store(store, focus)) == [
        "Amazon Rekognition — leads — leads: the leader must be a Person",
        "Amazon Rekognition — leads — no cited relationship states Amazon",
    ]
    with pytest.raises(ValueError, match="blank node"):
        all_findings(store, [ox.BlankNode()])


# ---- the memo on disk ------------------------------------------------------------------------


def test_the_memo_survives_a_round_trip_byte_for_byte(store, tmp_path):
    change(
        store,
        added=[triple(ENT.aclu, TG.opposes, ENT.ice), triple(ENT.dhs, RDFS.label, Literal("DHS"))],
    )
    memo = ChecksMemo.of(all_findings(store))
    path = tmp_path / "checks.json"
    memo.write(path)
    again = ChecksMemo.read(path)
    assert again == memo and len(again.all()) == 2
    again.write(tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == path.read_bytes()


@pytest.mark.parametrize(
    "content",
    [
        None,
        "",
        "not json",
        "[]",
        json.dumps({"format": MEMO_FORMAT + 1, "constraints": "", "findings": {}}),
        json.dumps({"format": MEMO_FORMAT, "constraints": "other shapes", "findings": {}}),
        json.dumps({"format": MEMO_FORMAT, "findings": {}}),
        json.dumps(
            {"format": MEMO_FORMAT, "constraints": FINGERPRINT, "findings": {"<urn:x>": [[1]]}}
        ),
    ],
    ids=[
        "absent",
        "empty",
        "not json",
        "a list",
        "another format",
        "other shapes",
        "no shapes",
        "a finding that is a number",
    ],
)
def test_a_memo_that_cannot_be_trusted_reads_as_none(tmp_path, content):
    path = tmp_path / "checks.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert ChecksMemo.read(path) is None


def test_a_memo_with_findings_under_the_wrong_node_reads_as_none(store, tmp_path):
    change(store, added=[triple(ENT.aclu, TG.opposes, ENT.ice)])
    path = tmp_path / "checks.json"
    ChecksMemo.of(all_findings(store)).write(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["findings"] = {"<urn:other>": next(iter(data["findings"].values()))}
    path.write_text(json.dumps(data), encoding="utf-8")
    assert ChecksMemo.read(path) is None


def test_without_a_memo_the_whole_store_is_checked(store):
    added, removed = change(store, added=[triple(ENT.aclu, TG.opposes, ENT.ice)])
    violations, memo = recheck(store, None, added, removed)
    assert violations == validate_store(store) != []
    assert memo == ChecksMemo.of(all_findings(store))
