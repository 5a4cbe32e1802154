"""Contracting offices of one name under different sub-agencies, and sub-agencies of one name
under different departments, are different units: each is part of its own parent, and queries,
`show` and the page give each its own awards."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from records_support import (
    DATASETS,
    RECORDS,
    build_unvalidated,
    build_with,
    mapping_of,
    problems,
    relationships,
)
from support import MINI, copy_project, invoke, run_graphkit

from graphkit.build.outputs import write_outputs
from graphkit.extractors.tables import Row
from graphkit.extractors.usaspending_agencies import office_hint, sub_agency_hint
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
# A sub-agency the registry lacks: its name with its department's
CBP = "customs-and-border-protection-department-of-homeland-security"
SUB_AGENCIES = RECORDS / "prime_awards_sub_agencies.csv"
OIG_DHS = "office-of-inspector-general-department-of-homeland-security"
OIG_TREASURY = "office-of-inspector-general-department-of-the-treasury"


def _built_from(records: Path, out: Path):
    """The mini project built with a records file, and the path of its written graph."""
    result = build_with(("usaspending", records))
    write_outputs(result, out)
    return result, out / "graph.ttl"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return _built_from(OFFICES, tmp_path_factory.mktemp("offices"))


def _parents(result, unit: str) -> set[str]:
    return {r.object for r in relationships(result, "partOf", unit)}


def test_one_office_name_under_two_sub_agencies_is_two_offices_each_part_of_its_own(built):
    result, _ = built
    offices = {e.id for e in result.registry if name_key(e.label) == name_key(OFFICE)}
    assert offices == {AT_ICE, AT_CBP, AT_DHS}
    assert _parents(result, AT_ICE) == {"ice"}
    assert _parents(result, AT_CBP) == {CBP}
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
        AT_CBP: ENT + CBP,
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


def test_a_sub_agency_is_the_same_whichever_role_or_file_names_it():
    """The awarding and funding columns of a prime award, and a subaward file's, which spell
    the department with its abbreviation: one sub-agency, one scope."""
    unit = {"sub_agency_name": "Office of Inspector General"}
    cells = {
        f"{role}_{k}": v
        for role in ("awarding", "funding")
        for k, v in (unit | {"agency_name": "Department of the Treasury"}).items()
    }
    cells |= {f"prime_award_awarding_{k}": v.upper() for k, v in unit.items()}
    cells["prime_award_awarding_agency_name"] = "Department of the Treasury (TREAS)"
    row = Row(2, cells)
    hints = {sub_agency_hint(row, role) for role in ("awarding", "funding", "prime_award_awarding")}
    assert [h.scope for h in hints] == ["department of the treasury"]


@pytest.fixture(scope="module")
def sub_agencies(tmp_path_factory):
    return _built_from(SUB_AGENCIES, tmp_path_factory.mktemp("sub-agencies"))


def test_one_sub_agency_name_under_two_departments_is_two_sub_agencies(sub_agencies):
    result, _ = sub_agencies
    named = {
        e.id
        for e in result.registry
        if name_key(e.label) == name_key("Office of Inspector General")
    }
    assert named == {OIG_DHS, OIG_TREASURY}
    assert _parents(result, OIG_DHS) == {"dhs"}  # the registry's department
    assert _parents(result, OIG_TREASURY) == {"department-of-the-treasury"}
    # Each office is part of its own sub-agency, not both of one.
    offices = {
        rel.object: _parents(result, rel.object)
        for rel in relationships(result, "supplies")
        if name_key(result.registry.get(rel.object).label) == name_key("TEST OIG ACQUISITIONS")
    }
    assert sorted(map(sorted, offices.values())) == [[OIG_DHS], [OIG_TREASURY]]
    assert not result.problems and not result.violations


def test_the_registrys_sub_agency_is_still_found_by_its_name(sub_agencies):
    result, _ = sub_agencies
    assert _parents(result, "test-ice-acquisitions-7012") == {"ice"}
    assert not [e for e in result.registry if e.id.startswith("immigration-and-customs")]


def test_contracts_of_each_sub_agency_of_one_name_are_its_own(sub_agencies):
    _, graph = sub_agencies
    awards = {a: _contracts(graph, a) for a in (OIG_DHS, OIG_TREASURY, "DHS")}
    assert awards == {
        OIG_DHS: ["TESTG001", "TESTG003"],
        OIG_TREASURY: ["TESTG002"],
        "DHS": ["TESTG001", "TESTG003", "TESTG004"],
    }


def test_show_says_which_sub_agencies_a_shared_name_names(sub_agencies):
    _, graph = sub_agencies
    shown = invoke("show", "Office of Inspector General", "--graph", graph)
    assert shown.exit_code == 1
    assert shown.stderr == (
        "Error: 'Office of Inspector General' is ambiguous: it names "
        f"{OIG_DHS}, {OIG_TREASURY}; use an id\n"
    )
    treasury = invoke("show", OIG_TREASURY, "--graph", graph)
    assert treasury.exit_code == 0, treasury.stderr
    assert "Department of the Treasury" in treasury.stdout
    assert "Homeland Security" not in treasury.stdout


def test_a_sub_agency_of_its_own_name_is_shown_by_its_name(tmp_path):
    """Without a registry entity, ICE is found by its name as written, and its id says whose
    sub-agency it is."""
    (tmp_path / "graphkit.toml").write_text(
        f'[[sources]]\nkind = "usaspending"\npath = "{SUB_AGENCIES}"\n', encoding="utf-8"
    )
    done = run_graphkit("show", "U.S. Immigration and Customs Enforcement", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(
        "U.S. Immigration and Customs Enforcement  (GovernmentAgency, "
        "immigration-and-customs-enforcement-department-of-homeland-security)\n"
    )


def test_a_mapping_scoped_by_its_department_column_meets_the_sub_agency(tmp_path):
    spec = mapping_of(
        tmp_path,
        "vendor,sub,department,url\n"
        "TEST TREASURY OIG VENDOR LLC,Office of Inspector General,Department of the Treasury,"
        "https://example.org/award/1\n",
        "subject: {column: vendor, type: Company}\nrelation: supplies\n"
        "object: {column: sub, type: GovernmentAgency, scope: {column: department}}\n"
        "citation: {url: url}\n",
    )
    result = build_with(("usaspending", SUB_AGENCIES), ("mapping", spec))
    [rel] = relationships(result, "supplies", obj=OIG_TREASURY)
    assert rel.citations[0].extractor == "mapping"


def test_a_department_the_registry_knows_scopes_alike_however_a_source_spells_it(tmp_path):
    """A mapping that writes the department as the registry's alias "DHS" meets the sub-agency
    a USAspending file scopes by "Department of Homeland Security": one entity, not two."""
    spec = mapping_of(
        tmp_path,
        "vendor,sub,department,url\n"
        "TEST DHS OIG VENDOR LLC,Office of Inspector General,DHS,https://example.org/award/1\n",
        "subject: {column: vendor, type: Company}\nrelation: supplies\n"
        "object: {column: sub, type: GovernmentAgency, scope: {column: department}}\n"
        "citation: {url: url}\n",
    )
    result = build_with(("usaspending", SUB_AGENCIES), ("mapping", spec))
    named = {
        e.id
        for e in result.registry
        if name_key(e.label) == name_key("Office of Inspector General")
    }
    assert named == {OIG_DHS, OIG_TREASURY}
    [rel] = relationships(result, "supplies", obj=OIG_DHS, subject="test-dhs-oig-vendor")
    assert [c.extractor for c in rel.citations] == ["mapping"]


def test_a_scope_column_the_data_lacks_refuses_the_mapping_not_merges_its_units(tmp_path):
    """Read without its scope, every department's "Office of Inspector General" was one
    entity, part of each department: a misspelt scope column is an error at the mapping's
    line, as a misspelt subject is, and the file is not read."""
    spec = mapping_of(
        tmp_path,
        "vendor,sub,department,url\n"
        "Scope Vendor One,Office of Inspector General,Department of Homeland Security,"
        "https://example.org/award/1\n"
        "Scope Vendor Two,Office of Inspector General,Department of the Treasury,"
        "https://example.org/award/2\n",
        "subject: {column: vendor, type: Company}\nrelation: supplies\n"
        "object: {column: sub, type: GovernmentAgency, scope: {column: departmnt}}\n"
        "citation: {url: url}\n"
        "also:\n  - subject: {column: sub, type: GovernmentAgency, scope: {column: departmnt}}\n"
        "    relation: partOf\n    object: {column: department, type: GovernmentAgency}\n",
    )
    result = build_with(("usaspending", SUB_AGENCIES), ("mapping", spec))
    assert problems(result) == [
        (
            "awards.yaml",
            4,
            "object",
            f"column 'departmnt' is not in {tmp_path / 'awards.csv'}; did you mean "
            "'department'? its columns are vendor, sub, department, url",
        )
    ]
    assert not [r for r in result.relationships if r.citations[0].extractor == "mapping"]


# --- the real downloads ------------------------------------------------------------------------

USASPENDING = DATASETS / "usaspending"
PRIMES = sorted(USASPENDING.glob("Contracts_PrimeAwardSummaries_*.csv"))


def _real_rows():
    """The rows of the real prime award downloads that name a recipient."""
    for path in PRIMES:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            yield from (row for row in csv.DictReader(handle) if row["recipient_name"])


@pytest.fixture(scope="module")
def real():
    if not PRIMES:
        pytest.skip("../shared/datasets/usaspending is not present")
    return build_unvalidated(("usaspending", USASPENDING))


def test_real_offices_are_one_per_sub_agency_and_name_each_with_one_parent(real):
    result = real
    expected = {
        (row["awarding_sub_agency_code"], name_key(row["awarding_office_name"]))
        for row in _real_rows()
        if row["awarding_office_name"]
    }
    offices = {
        r.object
        for r in relationships(result, "supplies")
        if r.role is None and r.citations[0].extractor == "usaspending"
    }
    assert len(offices) == len(expected)
    assert {office: len(_parents(result, office)) for office in offices} == dict.fromkeys(
        offices, 1
    )


def test_real_sub_agencies_are_each_part_of_their_own_department(real):
    """The downloads name each sub-agency under one department; scoped by it, every one is
    still one entity, and ICE the registry's."""
    result = real
    expected = {
        (name_key(row["awarding_sub_agency_name"]), row["awarding_agency_name"])
        for row in _real_rows()
        if row["awarding_sub_agency_name"]
    }
    recipients = {r.subject for r in relationships(result, "awardedContract")}
    units = [
        r
        for r in relationships(result, "partOf")
        if any(c.extractor == "usaspending" for c in r.citations)
        and result.registry.get(r.subject).type == "GovernmentAgency"
        and r.subject not in recipients  # a county's office is part of its county
    ]
    departments = {r.object for r in units} - {r.subject for r in units}
    subs = {r.subject for r in units if r.object in departments}
    assert len(subs) == len(expected)
    assert "ice" in subs
    parents = {sub: {r.object for r in units if r.subject == sub} for sub in subs}
    assert {sub: len(of) for sub, of in parents.items()} == dict.fromkeys(subs, 1)


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
        for claim in rel.claims:  # each source's own office, where an award's name two
            office = result.registry.get(claim.object)
            for citation in claim.citations:
                if citation.extractor in named and office.type == "GovernmentAgency":
                    named[citation.extractor].add(office.id)
    shared = named["usaspending"] & named["mapping"]
    assert shared  # the two sources name offices in common, as one entity each
    ice_offices = named["usaspending"] | named["mapping"]
    assert all(_parents(result, office) == {"ice"} for office in ice_offices)
    labels = [name_key(result.registry.get(office).label) for office in ice_offices]
    assert len(set(labels)) == len(labels)  # no ICE office name is two entities
