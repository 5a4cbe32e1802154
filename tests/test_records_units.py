"""An agency written inverted with its unit after it, as federal lists write a component
("Justice, Department of, FBI"): the unit, part of the department, never one agency named
after neither."""

import records_support as rs

from graphkit.extractors.cells import agency_unit
from graphkit.names import unit_within

AGENCIES = (
    "vendor,agency,url\n"
    'Vendor 0,"Homeland Security, Department of, ICE",https://example.org/row/0\n'
    'Vendor 1,"JUSTICE, DEPARTMENT OF, FBI",https://example.org/row/1\n'
    'Vendor 2,"Justice, Department of, Office of Widget Review",https://example.org/row/2\n'
    'Vendor 3,"Interior, Department of the, Office of Widget Review",https://example.org/row/3\n'
    'Vendor 4,"Justice, Department of",https://example.org/row/4\n'
)
SPEC = (
    "subject: {column: vendor, type: Company}\nrelation: supplies\n"
    "object: {column: agency, type: GovernmentAgency}\ncitation: {url: url}\n"
)
DOJ = (
    "- id: doj\n  label: U.S. Department of Justice\n  type: GovernmentAgency\n"
    "  aliases: [DOJ, Department of Justice]\n"
    "- id: fbi\n  label: Federal Bureau of Investigation\n  type: GovernmentAgency\n"
    "  aliases: [FBI]\n  parent: doj\n  source: techcrunch-clearview-ice\n"
)


def test_the_name_reads_as_the_unit_and_the_body_it_is_within():
    assert unit_within("Justice, Department of, FBI") == ("FBI", "Department of Justice")
    assert unit_within("Sherburne, County of, Sheriff's Office") == (
        "Sheriff's Office",
        "County of Sherburne",
    )
    for name in ["Justice, Department of", "DHS, CBP, ICE", "Smith, John, Acme", "Citibank, N.A."]:
        assert unit_within(name) is None
    # a state after it places the county; it names no unit of it
    assert agency_unit("Washington, County of, OR") is None
    assert agency_unit("Justice, Department of, FBI") == ("FBI", "Department of Justice")


def _supplied(result):
    supplied = rs.relationships(result, "supplies")
    return [r.object for r in sorted(supplied, key=lambda r: r.subject) if "vendor" in r.subject]


def test_a_mapped_agency_written_so_is_the_unit_within_its_department(tmp_path, split=""):
    """Each was a new agency, "Justice, Department of, FBI", apart from the FBI and from the
    department, with exit 0. A unit the registry lacks is a new agency named as its cell
    names it, kept apart by its department and part of it."""
    config = rs.registry_project(tmp_path, DOJ)
    spec = SPEC.replace("type: GovernmentAgency}", "type: GovernmentAgency" + split + "}")
    result = rs.build_with(("mapping", rs.mapping_of(tmp_path, AGENCIES, spec)), config=config)
    widgets, interior = (
        "office-of-widget-review-department-of-justice",
        ("office-of-widget-review-department-of-the-interior"),
    )
    assert _supplied(result) == ["ice", "fbi", widgets, interior, "doj"]
    assert rs.label(result, widgets) == "Office of Widget Review"
    part_of = {(r.subject, r.object) for r in rs.relationships(result, "partOf")}
    assert {(widgets, "doj"), (interior, "department-of-the-interior"), ("fbi", "doj")} <= part_of
    assert ("ice", "dhs") in part_of
    assert not result.problems


def test_a_split_cell_written_so_is_not_cut_at_its_commas(tmp_path):
    """Split at ",", it was three agencies: "Justice", "Department of" and "FBI"."""
    test_a_mapped_agency_written_so_is_the_unit_within_its_department(tmp_path, ", split: ','")


def test_an_atlas_agency_written_so_is_the_unit_within_its_county(tmp_path):
    path = tmp_path / "atlas.csv"
    row = rs.atlas_row(1, "Sherburne, County of, Sheriff's Office", "Drones", "DJI")
    path.write_text(rs.ATLAS_HEADER + row, encoding="utf-8")
    result = rs.build_with(("atlas", path))
    office = "sheriff-s-office-county-of-sherburne"
    assert [r.subject for r in rs.relationships(result, "uses", obj="drones")] == [office]
    assert [r.object for r in rs.relationships(result, "partOf", office)] == [
        "county-of-sherburne-mn"
    ]
    assert rs.label(result, office) == "Sheriff's Office"
    assert not result.problems
