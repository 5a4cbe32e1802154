"""A record's scope (a state, a department) and the registry: a scoped name is a registry
entity's only where the scope agrees with where the registry places it."""

from pathlib import Path

import pytest
from records_support import build_with, mapping_of, registry_project, relationships
from support import MINI, copy_project

from graphkit.exc import UnknownEntityError
from graphkit.states import state_code

SHERIFF = """- id: washington-county-sheriffs-office
  label: Washington County Sheriff's Office
  type: GovernmentAgency
  scope: [OR, Oregon]
"""

UNITS = """- id: doj
  label: U.S. Department of Justice
  type: GovernmentAgency
  aliases: [DOJ, Department of Justice]
- id: doj-oig
  label: Office of the Inspector General
  type: GovernmentAgency
  parent: doj
  source: techcrunch-clearview-ice
  locator: paragraph 9
- id: mission-support-washington
  label: Mission Support Washington
  type: GovernmentAgency
  parent: ice
  source: techcrunch-clearview-ice
  locator: paragraph 9
"""


def scoped_mapping(folder: Path, rows: list[tuple[str, str, str]]) -> Path:
    """A mapping of (vendor, agency, scope) rows: the vendor supplies the agency, whose name is
    scoped by the row's `scope` column."""
    lines = ["vendor,agency,scope,url"]
    lines += [f'{v},"{a}",{s},https://example.org/row/{n}' for n, (v, a, s) in enumerate(rows)]
    return mapping_of(
        folder,
        "\n".join(lines) + "\n",
        "subject: {column: vendor, type: Company}\n"
        "relation: supplies\n"
        "object: {column: agency, type: GovernmentAgency, scope: {column: scope}}\n"
        "citation: {url: url}\n",
    )


def atlas_row(folder: Path, state: str, agency: str, vendor: str) -> Path:
    """An Atlas of Surveillance file of one row: `vendor` supplies `agency` in `state`."""
    path = folder / "atlas.csv"
    path.write_text(
        '"AOSNUMBER","State","Agency","Technology","Vendor","Link 1"\n'
        f'"T1","{state}","{agency}","Drones","{vendor}","https://example.org/atlas/1"\n',
        encoding="utf-8",
    )
    return path


def supplied(result, vendor: str) -> list[str]:
    return sorted(r.object for r in relationships(result, "supplies", vendor))


def test_a_scoped_name_is_a_registry_entitys_only_within_its_scope(tmp_path):
    """The registry's Washington County Sheriff's Office is Oregon's (`scope: [OR, Oregon]`): a
    row naming Minnesota's joined it, and Oregon's contracts and Minnesota's became one
    agency's, with exit 0. Now a row of another scope is an agency of its own."""
    config = registry_project(tmp_path, SHERIFF)
    rows = [
        ("Minnesota Vendor", "Washington County Sheriff's Office", "MN"),
        ("Oregon Vendor", "WASHINGTON COUNTY SHERIFF'S OFFICE", "Oregon"),
    ]
    atlas = atlas_row(tmp_path, "OR", "Washington County Sheriff's Office", "Atlas Vendor")
    sources = (("mapping", scoped_mapping(tmp_path, rows)), ("atlas", atlas))
    result = build_with(*sources, config=config)
    assert supplied(result, "minnesota-vendor") == ["washington-county-sheriff-s-office-mn"]
    assert supplied(result, "oregon-vendor") == ["washington-county-sheriffs-office"]
    assert supplied(result, "atlas-vendor") == ["washington-county-sheriffs-office"]
    assert result.registry.get("washington-county-sheriff-s-office-mn").scope == ("mn",)
    assert not result.problems


def test_a_state_is_one_scope_however_a_file_writes_it(tmp_path):
    """The Atlas writes a state's code, a user's own table its name or the news agencies'
    abbreviation: scoped by "MN", "Minnesota" and "Minn.", one county's sheriff was three new
    agencies, with exit 0. The registry's `scope: OR` is met by "Oregon" and "Ore." too."""
    config = registry_project(tmp_path, SHERIFF.replace("[OR, Oregon]", "OR"))
    rows = [
        ("Coded Vendor", "Washington County Sheriff's Office", "MN"),
        ("Named Vendor", "Washington County Sheriff's Office", "Minnesota"),
        ("Abbreviated Vendor", "Washington County Sheriff's Office", "Minn."),
        ("Oregon Vendor", "Washington County Sheriff's Office", "Oregon"),
        ("Ore Vendor", "Washington County Sheriff's Office", "ore."),
        ("Town Vendor", "Lincoln Police Department", "Nebraska"),
    ]
    atlas = atlas_row(tmp_path, "NE", "Lincoln Police Department", "Atlas Vendor")
    sources = (("mapping", scoped_mapping(tmp_path, rows)), ("atlas", atlas))
    result = build_with(*sources, config=config)
    minnesota = "washington-county-sheriff-s-office-mn"
    for vendor in ("coded-vendor", "named-vendor", "abbreviated-vendor"):
        assert supplied(result, vendor) == [minnesota]
    for vendor in ("oregon-vendor", "ore-vendor"):
        assert supplied(result, vendor) == ["washington-county-sheriffs-office"]
    assert supplied(result, "town-vendor") == supplied(result, "atlas-vendor")
    assert supplied(result, "atlas-vendor") == ["lincoln-police-department-ne"]
    assert not result.problems


def test_two_registry_entries_scoped_apart_may_share_a_name(tmp_path):
    """Two states' "Lincoln Police Department" in one registry, each with its `scope:`: the
    registry was reported as ambiguous and a record named neither. Now a record names the one
    its scope agrees with (a third state's is new), a name without a scope is refused as
    ambiguous with both ids (a row's, reported at its line), and entries whose scopes meet are
    still reported."""
    lincoln = (
        "- id: lincoln-pd-ne\n  label: Lincoln Police Department\n  type: GovernmentAgency\n"
        "  scope: Nebraska\n"
        "- id: lincoln-pd-ca\n  label: Lincoln Police Department\n  type: GovernmentAgency\n"
        "  scope: [CA, Calif.]\n"
    )
    config = registry_project(tmp_path, lincoln)
    rows = [
        ("Plains Vendor", "Lincoln Police Department", "NE"),
        ("Coast Vendor", "LINCOLN POLICE DEPARTMENT", "California"),
        ("Texas Vendor", "Lincoln Police Department", "TX"),
        ("Unplaced Vendor", "Lincoln Police Department", ""),
        ("Unknown Place Vendor", "Lincoln Police Department", "N/A"),
    ]
    result = build_with(("mapping", scoped_mapping(tmp_path, rows)), config=config)
    assert supplied(result, "plains-vendor") == ["lincoln-pd-ne"]
    assert supplied(result, "coast-vendor") == ["lincoln-pd-ca"]
    assert supplied(result, "texas-vendor") == ["lincoln-police-department-tx"]
    # without a scope the row names any of them: reported at its empty scope, the row skipped,
    # not made a third agency
    assert supplied(result, "unplaced-vendor") == supplied(result, "unknown-place-vendor") == []
    assert [(p.line, p.field) for p in result.problems] == [(5, "scope"), (6, "scope")]
    for problem in result.problems:
        assert "within 3 scopes" in problem.message and "the row is skipped" in problem.message
    with pytest.raises(
        UnknownEntityError, match="ambiguous: it names lincoln-pd-ca, lincoln-pd-ne"
    ):
        result.registry.resolve("Lincoln Police Department")
    overlapping = registry_project(
        tmp_path / "again", lincoln.replace("[CA, Calif.]", "[CA, Neb.]")
    )
    [problem] = build_with(config=overlapping).problems
    assert problem.field == "label" and "also names lincoln-pd-ne" in problem.message


def test_a_parent_places_a_registry_unit_against_scopes_the_registry_knows(tmp_path):
    """The registry's Office of the Inspector General is the Justice Department's: scoped by
    DHS, a row names another office. A scope the registry does not know (an agency's code, a
    state) cannot say the unit is elsewhere, and the registry's unit is found as before."""
    config = registry_project(tmp_path, UNITS)
    rows = [
        ("Justice Vendor", "Office of the Inspector General", "Department of Justice"),
        ("Homeland Vendor", "Office of the Inspector General", "DHS"),
        ("Coded Vendor", "MISSION SUPPORT WASHINGTON", "7012"),
        ("Homeland Unit Vendor", "Mission Support Washington", "Department of Homeland Security"),
        ("Justice Unit Vendor", "Mission Support Washington", "DOJ"),
    ]
    result = build_with(("mapping", scoped_mapping(tmp_path, rows)), config=config)
    assert supplied(result, "justice-vendor") == ["doj-oig"]
    assert supplied(result, "homeland-vendor") == [
        "office-of-the-inspector-general-department-of-homeland-security"
    ]
    assert supplied(result, "coded-vendor") == ["mission-support-washington"]
    # ICE's unit, within DHS (the unit above ICE), and not within the Justice Department
    assert supplied(result, "homeland-unit-vendor") == ["mission-support-washington"]
    assert supplied(result, "justice-unit-vendor") == [
        "mission-support-washington-department-of-justice"
    ]
    assert not result.problems


def test_a_registry_scope_is_a_text_or_a_list_of_texts(tmp_path):
    config = registry_project(tmp_path, SHERIFF.replace("[OR, Oregon]", "{state: OR}"))
    result = build_with(config=config)
    [problem] = [p for p in result.problems if p.field == "scope"]
    assert (problem.line, problem.message) == (
        64,
        "scope is a scope or a list of them (scope: [OR, Oregon])",
    )


def test_merging_two_departments_merges_the_units_known_within_them(tmp_path):
    """Two files spell one department apart ("Department of the Treasury", "Treasury
    Department"): two departments, each with its own Office of Inspector General, and
    its offices under it. A person's `same` on the departments left two inspectors general,
    each part of the one department, and the audit office part of both; now the units named
    alike within the merged departments are one too."""
    folder = copy_project(MINI, tmp_path / "project")
    lines = ["vendor,office,sub,department,url"]
    for n, department in enumerate(["Department of the Treasury", "Treasury Department"]):
        lines.append(
            f'Vendor {n},Audit Office,Office of Inspector General,"{department}",'
            f"https://example.org/award/{n}"
        )
    spec = mapping_of(
        folder,
        "\n".join(lines) + "\n",
        "subject: {column: vendor, type: Company}\n"
        "relation: supplies\n"
        "object: {column: office, type: GovernmentAgency, scope: {column: sub}}\n"
        "citation: {url: url}\n"
        "also:\n"
        "  - subject: {column: sub, type: GovernmentAgency, scope: {column: department}}\n"
        "    relation: partOf\n"
        "    object: {column: department, type: GovernmentAgency}\n"
        "  - subject: {column: office, type: GovernmentAgency, scope: {column: sub}}\n"
        "    relation: partOf\n"
        "    object: {column: sub, type: GovernmentAgency, scope: {column: department}}\n",
    )
    config = folder / "graphkit.toml"
    before = build_with(("mapping", spec), config=config)
    assert parts(before, "audit-office-office-of-inspector-general") == [
        "office-of-inspector-general-department-of-the-treasury",
        "office-of-inspector-general-treasury-department",
    ]
    (folder / "data" / "decisions.yaml").write_text(
        "- same: [department-of-the-treasury, treasury-department]\n"
        "  note: one department, two spellings\n",
        encoding="utf-8",
    )
    result = build_with(("mapping", spec), config=config)
    assert parts(result, "audit-office-office-of-inspector-general") == [
        "office-of-inspector-general-department-of-the-treasury"
    ]
    assert parts(result, "office-of-inspector-general-department-of-the-treasury") == [
        "department-of-the-treasury"
    ]
    assert result.merged == {
        "office-of-inspector-general-treasury-department": (
            "office-of-inspector-general-department-of-the-treasury"
        ),
        "treasury-department": "department-of-the-treasury",
    }
    assert supplied(result, "vendor-0") == supplied(result, "vendor-1")
    assert not result.problems


def parts(result, unit: str) -> list[str]:
    """What `unit` is part of."""
    return sorted(r.object for r in relationships(result, "partOf", unit))


def test_a_name_written_as_a_registry_id_is_held_to_its_type_and_scope(tmp_path):
    """A record naming an agency by the registry's id ("washington-county-sheriffs-office")
    joined it whatever the row's scope: the id skipped the check every other name passes."""
    config = registry_project(tmp_path, SHERIFF.replace("[OR, Oregon]", "OR"))
    rows = [
        ("Minnesota Vendor", "washington-county-sheriffs-office", "MN"),
        ("Oregon Vendor", "washington-county-sheriffs-office", "OR"),
    ]
    result = build_with(("mapping", scoped_mapping(tmp_path, rows)), config=config)
    assert supplied(result, "minnesota-vendor") == ["washington-county-sheriffs-office-mn"]
    assert supplied(result, "oregon-vendor") == ["washington-county-sheriffs-office"]


def test_a_state_code_is_the_state_even_where_an_agency_is_called_by_it(tmp_path):
    """A registry whose Department of Veterans Affairs has the alias "VA": an Atlas row in VA
    became an agency of Veterans Affairs, and the same police department written "Virginia"
    another one. A state is read as the state first."""
    veterans = (
        "- id: va\n  label: U.S. Department of Veterans Affairs\n  type: GovernmentAgency\n"
        "  aliases: [VA, Department of Veterans Affairs]\n"
    )
    config = registry_project(tmp_path, veterans)
    atlas = atlas_row(tmp_path, "VA", "Fairfax County Police Department", "Atlas Vendor")
    rows = [("Table Vendor", "Fairfax County Police Department", "Virginia")]
    sources = (("mapping", scoped_mapping(tmp_path, rows)), ("atlas", atlas))
    result = build_with(*sources, config=config)
    assert supplied(result, "atlas-vendor") == ["fairfax-county-police-department-va"]
    assert supplied(result, "table-vendor") == ["fairfax-county-police-department-va"]
    assert not result.problems


@pytest.mark.parametrize(
    "written, code",
    [
        ("Minnesota", "MN"),
        ("MN", "MN"),
        ("Minn.", "MN"),
        ("minn", "MN"),
        ("New  Hampshire", "NH"),
        ("N.H.", "NH"),
        ("W. Va.", "WV"),
        ("Washington", "WA"),
        ("Washington, DC", "DC"),
        ("Washington D.C.", "DC"),
        ("D.C.", "DC"),
        ("Puerto Rico", "PR"),
        ("USVI", "VI"),
        ("Nebr.", "NE"),
        ("Springfield", None),
        ("DHS", None),
    ],
)
def test_a_state_is_known_however_a_table_writes_it(written, code):
    assert state_code(written) == code
