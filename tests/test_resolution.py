"""Entity resolution: normalised names, identifiers, candidates, and decisions applied
transitively, with conflicting judgements refused."""

import pytest

from graphkit.exc import InputError, Location
from graphkit.model import Entity, Fact
from graphkit.names import name_key
from graphkit.resolve.decisions import (
    Decision,
    apply_merges,
    find_candidates,
    load_decisions,
    merge_map,
)
from graphkit.resolve.entities import Resolver
from graphkit.sources.registry import Registry


@pytest.mark.parametrize(
    "a, b",
    [
        ("WEST PUBLISHING CORPORATION", "West Publishing Corp."),
        ("The West Publishing Company", "west publishing"),
        ("U.S. Immigration and Customs Enforcement", "Immigration and Customs Enforcement"),
        ("Department of Homeland Security (DHS)", "DEPARTMENT OF HOMELAND SECURITY"),
        ("REUTERS NEWS & MEDIA INC", "Reuters News and Media, Inc."),
        ("LUKOS, LLC", "LUKOS  L.L.C."),
        # written inverted, as federal and library lists sort names
        ("Homeland Security, Department of", "Department of Homeland Security"),
        ("Defense, Department of (DOD)", "U.S. Department of Defense"),
        ("Interior, Department of the", "Department of the Interior"),
        ("PUBLIC SAFETY, MINNESOTA DEPARTMENT OF", "Minnesota Department of Public Safety"),
        ("STRATFORD COMPANIES, THE", "The Stratford Companies"),
    ],
)
def test_names_that_normalise_alike(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("US Bank", "Bank"),  # only the dotted "U.S." is a country prefix
        ("THOMSON REUTERS (MARKETS) LLC", "THOMSON REUTERS"),  # parentheses inside a name stay
        ("Inc", ""),
        # a part after a comma that is no inverted head is read where it is written
        ("Smith, John", "John Smith"),
        ("Citibank, N.A.", "N.A. Citibank"),
        ("Lincoln, Nebraska", "Nebraska Lincoln"),
    ],
)
def test_names_that_stay_apart(a, b):
    assert name_key(a) != name_key(b)


def _registry():
    return Registry(
        [
            Entity(
                "ice",
                "U.S. Immigration and Customs Enforcement",
                "GovernmentAgency",
                aliases=("ICE",),
            ),
            Entity("palantir", "Palantir Technologies", "Company", aliases=("Palantir",)),
            Entity("known-uei", "Known Vendor", "Company", identifiers=(("uei", "KNOWNVENDOR1"),)),
        ]
    )


def test_registry_names_identifiers_and_new_entities():
    resolver = Resolver(_registry())
    assert resolver.resolve("U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT", "GovernmentAgency") == "ice"
    assert resolver.resolve("PALANTIR TECHNOLOGIES INC.", "Company") == "palantir"
    assert (
        resolver.resolve("Renamed Vendor LLC", "Company", [("uei", "knownvendor1")]) == "known-uei"
    )
    first = resolver.resolve(
        "ACME WIDGETS, INC.", "Company", [("uei", "ACMEWIDGETS1")], Location("f", 2)
    )
    assert resolver.resolve("Acme Widgets", "Company", [("uei", "ACMEWIDGETS1")]) == first
    assert resolver.resolve("ACME WIDGETS INC", "Company") == first  # name, no UEI to differ
    other = resolver.resolve("ACME WIDGETS, INC.", "Company", [("uei", "ACMEWIDGETS2")])
    assert (first, other) == ("acme-widgets", "acme-widgets-2")
    [acme, acme2] = resolver.new_entities()
    # a spelling each: the longest labels it, the others its aliases in lexical order
    assert (acme.label, acme.aliases, acme.where) == (
        "ACME WIDGETS, INC.",
        ("ACME WIDGETS INC", "Acme Widgets"),
        Location("f", 2),
    )
    assert acme.identifiers == (("uei", "ACMEWIDGETS1"),)
    assert acme2.identifiers == (("uei", "ACMEWIDGETS2"),)


def test_a_name_never_matches_across_kinds_and_scope_keeps_namesakes_apart():
    resolver = Resolver(_registry())
    assert resolver.resolve("Palantir", "Product") != "palantir"
    mn = resolver.resolve("Lincoln Police Department", "GovernmentAgency", scope="MN")
    ne = resolver.resolve("Lincoln Police Department", "GovernmentAgency", scope="NE")
    assert (mn, ne) == ("lincoln-police-department-mn", "lincoln-police-department-ne")
    assert resolver.resolve("LINCOLN POLICE DEPARTMENT", "GovernmentAgency", scope="MN") == mn


def test_malformed_identifiers_are_ignored_not_trusted():
    resolver = Resolver(_registry())
    assert resolver.resolve("Someone", "Company", [("uei", "not-a-uei")]) == "someone"
    assert resolver.new_entities()[0].identifiers == ()


def test_candidates_are_reported_with_evidence_and_decided_pairs_left_out():
    entities = [
        Entity(
            "west-publishing",
            "WEST PUBLISHING CORPORATION",
            "Company",
            identifiers=(("uei", "AAAAAAAAAAA1"),),
        ),
        Entity(
            "west-publishing-2",
            "WEST PUBLISHING CORPORATION",
            "Company",
            identifiers=(("uei", "AAAAAAAAAAA2"),),
        ),
        Entity("west-publishing-co", "West Publishing Co of Minnesota", "Company"),
        Entity("drones", "Drones", "Product"),
        Entity("drone-unit", "Drones", "GovernmentAgency"),
    ]
    found = find_candidates(entities)
    assert [(c.score, c.a, c.b, c.evidence) for c in found] == [
        (
            100.0,
            "west-publishing",
            "west-publishing-2",
            "'WEST PUBLISHING CORPORATION' ~ 'WEST PUBLISHING CORPORATION' (token_sort_ratio 100); "
            "same name once normalised; different UEI AAAAAAAAAAA1 / AAAAAAAAAAA2",
        ),
    ]
    assert find_candidates(entities, {frozenset(("west-publishing", "west-publishing-2"))}) == []
    assert [(c.a, c.b) for c in find_candidates(entities, threshold=60)][-1] == (
        "west-publishing-2",
        "west-publishing-co",
    )


REG = Registry([Entity(i, i.upper(), "Company") for i in ("a", "b", "c", "d", "e")])


def test_same_decisions_merge_transitively_into_a_registry_entity():
    decisions = [
        Decision("same", ("b", "c"), Location("d.yaml", 1)),
        Decision("same", ("c", "a"), Location("d.yaml", 3)),
    ]
    merged, problems = merge_map(decisions, REG, created={"b", "c"})
    assert merged == {"b": "a", "c": "a"}
    assert problems == []


def test_a_same_that_contradicts_a_different_is_refused_and_reported():
    decisions = [
        Decision("different", ("a", "c"), Location("d.yaml", 1)),
        Decision("same", ("a", "b"), Location("d.yaml", 2)),
        Decision("same", ("b", "c"), Location("d.yaml", 3)),  # would make a == c
        Decision("same", ("x", "d"), Location("d.yaml", 4)),
    ]
    merged, problems = merge_map(decisions, REG, created=set())
    assert merged == {"b": "a"}
    assert [str(p) for p in problems] == [
        "d.yaml:3 [same]: 'b' and 'c' would be merged, but d.yaml:1 says a and c are different; "
        "this merge is not applied",
        "d.yaml:4 [same]: inactive: 'x' is in no source of this build; the decision is kept "
        "and applies to builds that include it",
    ]


def test_merging_folds_names_and_identifiers_and_renames_facts():
    registry = Registry(
        [
            Entity("west", "West Publishing", "Company", identifiers=(("uei", "AAAAAAAAAAA1"),)),
            Entity(
                "west-2",
                "WEST PUBLISHING CORP",
                "Company",
                aliases=("West Pub",),
                identifiers=(("uei", "AAAAAAAAAAA2"), ("cage", "12345")),
            ),
            Entity("ice", "ICE", "GovernmentAgency"),
        ]
    )
    facts = [Fact("west-2", "supplies", "ice"), Fact("west-2", "partOf", "west")]
    folded, renamed = apply_merges(registry, facts, {"west-2": "west"})
    west = folded.get("west")
    assert west.aliases == ("WEST PUBLISHING CORP", "West Pub")
    assert dict(west.identifiers) == {"uei": "AAAAAAAAAAA1", "cage": "12345"}
    assert "west-2" not in folded
    assert [(f.subject, f.relation, f.object) for f in renamed] == [("west", "supplies", "ice")]


def test_decisions_file_errors_name_line_and_field(tmp_path):
    path = tmp_path / "decisions.yaml"
    path.write_text(
        "- same: [a, b]\n  note: checked the UEI\n- same: a\n- maybe: [a, b]\n", encoding="utf-8"
    )
    decisions, problems = load_decisions(path, "decisions.yaml")
    assert decisions == [
        Decision("same", ("a", "b"), Location("decisions.yaml", 1), "checked the UEI")
    ]
    assert [str(p) for p in problems] == [
        "decisions.yaml:3 [same]: same needs a list of two or more entity ids",
        "decisions.yaml:4: an entry needs either same: [ids] or different: [ids]",
    ]
    assert load_decisions(tmp_path / "absent.yaml") == ([], [])
    assert isinstance(problems[0], InputError)
