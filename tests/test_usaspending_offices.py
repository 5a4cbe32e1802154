"""Contracting offices of one name under different sub-agencies are different offices: each is
part of its own sub-agency, and queries and the page give each its own awards."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from records_support import DATASETS, RECORDS, build_unvalidated, build_with, relationships
from support import MINI, copy_project, invoke

from graphkit.build.outputs import write_outputs
from graphkit.extractors.tables import Row
from graphkit.extractors.usaspending_agencies import office_hint
from graphkit.names import name_key
from graphkit.network import to_network
from graphkit.rdf.store import load_graph
from graphkit.viz.data import page_data

OFFICES = RECORDS / "prime_awards_offices.csv"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
OFFICE = "TEST OFFICE OF PROCUREMENT OPERATIONS"
ENT = "https://w3id.org/techgov/id/"
# The office's name with its sub-agency's code (the department's, when no sub-agency is given).
AT_ICE = "test-office-of-procurement-operations-7012"
AT_CBP = "test-office-of-procurement-operations-7014"
AT_DHS = "test-office-of-procurement-operations-070"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    result = build_with(("usaspending", OFFICES))
    out = tmp_path_factory.mktemp("offices")
    write_outputs(result, out)
    return result, out / "graph.ttl"


def _parents(result, unit: str) -> set[str]:
    return {r.object for r in relationships(result, "partOf", unit)}


def test_one_office_name_under_two_sub_agencies_is_two_offices_each_part_of_its_own(built):
    result, _ = built
    offices = {e.id for e in result.registry if name_key(e.label) == name_key(OFFICE)}
    assert offices == {AT_ICE, AT_CBP, AT_DHS}
    assert _parents(result, AT_ICE) == {"ice"}
    assert _parents(result, AT_CBP) == {"customs-and-border-protection"}
    assert _parents(result, AT_DHS) == {"dhs"}  # no sub-agency given: part of the department
    # Line 4 spells line 2's office otherwise, line 6 gives it another office code: one office.
    assert result.registry.get(AT_ICE).aliases == (OFFICE.title(),)
    assert not result.problems and not result.violations


def _contracts(graph, agency: str) -> list[str]:
    """The contracts `graphkit query contracts -p agency=…` lists; the mini project's curated
    facts name none."""
    shown = invoke(
        "query", "contracts", "-p", f"agency={agency}", "--graph", graph, "--format", "csv"
    )
    assert shown.exit_code == 0, shown.stderr
    return sorted(r["contract"] for r in csv.DictReader(io.StringIO(shown.stdout)) if r["contract"])


def test_contracts_of_a_sub_agency_are_its_own_offices_awards(built):
    _, graph = built
    awards = {a: _contracts(graph, a) for a in ("ICE", "U.S. Customs and Border Protection", "DHS")}
    assert awards == {
        "ICE": ["TESTF001", "TESTF003", "TESTF005"],
        "U.S. Customs and Border Protection": ["TESTF002"],
        "DHS": ["TESTF001", "TESTF002", "TESTF003", "TESTF004", "TESTF005"],
    }


def test_the_page_folds_each_office_into_its_own_agency(built):
    _, graph = built
    data = page_data(to_network(load_graph(graph)))
    folds = {n["id"].removeprefix(ENT): n["fold"] for n in data["nodes"] if n["label"] == OFFICE}
    assert folds == {
        AT_ICE: ENT + "ice",
        AT_CBP: ENT + "customs-and-border-protection",
        AT_DHS: ENT + "dhs",
    }


def test_an_office_the_registry_names_is_the_registry_entity(tmp_path):
    project = copy_project(MINI, tmp_path / "project")
    with (project / "data" / "entities.yaml").open("a", encoding="utf-8") as entities:
        entities.write(
            "- id: ice-office-alpha\n  label: Test Office Alpha\n  type: GovernmentAgency\n"
        )
    result = build_with(
        ("usaspending", RECORDS / "prime_awards.csv"), config=project / "graphkit.toml"
    )
    assert relationships(result, "supplies", "palantir", "ice-office-alpha")
    assert _parents(result, "ice-office-alpha") == {"ice"}
    assert not [e for e in result.registry if e.label == "TEST OFFICE ALPHA"]


def test_an_office_is_the_same_whichever_role_or_file_names_it():
    """The awarding and funding columns of a prime award, and a subaward file's columns for its
    prime award, which spell the sub-agency in capitals: one office, one scope."""
    office = {"sub_agency_code": "7012", "office_code": "70CDCR", "office_name": "DETENTION"}
    prime = {"sub_agency_name": "U.S. Immigration and Customs Enforcement", **office}
    sub = {"sub_agency_name": "U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT", **office}
    cells = {f"{role}_{k}": v for role in ("awarding", "funding") for k, v in prime.items()}
    cells |= {f"prime_award_awarding_{k}": v for k, v in sub.items()}
    row = Row(2, cells)
    hints = {office_hint(row, role) for role in ("awarding", "funding", "prime_award_awarding")}
    assert [h.scope for h in hints] == ["7012"]


# --- the real downloads ------------------------------------------------------------------------

USASPENDING = DATASETS / "usaspending"
PRIMES = sorted(USASPENDING.glob("Contracts_PrimeAwardSummaries_*.csv"))


@pytest.mark.skipif(not PRIMES, reason="../shared/datasets/usaspending is not present")
def test_real_offices_are_one_per_sub_agency_and_name_each_with_one_parent():
    result = build_unvalidated(("usaspending", USASPENDING))
    expected = set()
    for path in PRIMES:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["awarding_office_name"] and row["recipient_name"]:
                    office = name_key(row["awarding_office_name"])
                    expected.add((row["awarding_sub_agency_code"], office))
    offices = {
        r.object
        for r in relationships(result, "supplies")
        if r.role is None and r.citations[0].extractor == "usaspending"
    }
    assert len(offices) == len(expected)
    assert {office: len(_parents(result, office)) for office in offices} == dict.fromkeys(
        offices, 1
    )


FREEZER = DATASETS / "torn-apart" / "freezer.csv"


@pytest.mark.slow
@pytest.mark.skipif(not (PRIMES and FREEZER.is_file()), reason="../shared/datasets are not present")
def test_the_freezer_examples_offices_are_the_usaspending_offices_of_their_names():
    """Torn Apart's rows name ICE's offices without codes: its example scopes them by ICE's
    sub-agency code, so an office both sources name is one entity, part of ICE."""
    result = build_unvalidated(
        ("usaspending", USASPENDING), ("mapping", EXAMPLES / "torn-apart-freezer.yaml")
    )
    named: dict[str, set[str]] = {"usaspending": set(), "mapping": set()}
    for rel in relationships(result, "supplies"):
        for citation in rel.citations:
            office = result.registry.get(rel.object)
            if citation.extractor in named and office.type == "GovernmentAgency":
                named[citation.extractor].add(office.id)
    shared = named["usaspending"] & named["mapping"]
    assert shared  # the two sources name offices in common, as one entity each
    ice_offices = named["usaspending"] | named["mapping"]
    assert all(_parents(result, office) == {"ice"} for office in ice_offices)
    labels = [name_key(result.registry.get(office).label) for office in ice_offices]
    assert len(set(labels)) == len(labels)  # no ICE office name is two entities
