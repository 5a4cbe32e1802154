"""An agency a mapped table names by its acronym ("GSA", "DOS") that the registry does not
know was made an agency labelled "GSA", with exit 0 and nothing said. An end's `names:` gives
each acronym the agency's full name, and an acronym nothing gives in full is said as a
warning naming the file, its lines and the column."""

from __future__ import annotations

import pytest
from records_support import build_with, mapping_of
from test_mapping_split import DIRECTORY, build_example, mine

ROWS = 'Company,Agencies\nAcme Inc,"DHS, GSA"\nBeta Corp,"GSA, DOS"\nGamma LLC,DHS\n'
SPEC = """\
subject: {column: Company, type: Company}
relation: supplies
object:
  column: Agencies
  type: GovernmentAgency
  split: ","
NAMES
citation:
  source: {url: "https://example.org/vendors", title: Vendors}
  locator: "row {_row}"
"""


def _labels(result) -> set[tuple[str, str]]:
    return {
        (result.registry.get(r.subject).label, result.registry.get(r.object).label)
        for r in result.relationships
        if r.citations[0].extractor == "mapping"
    }


def test_an_acronym_nothing_names_in_full_is_said_with_its_lines(tmp_path):
    result = build_with(("mapping", mapping_of(tmp_path, ROWS, SPEC.replace("NAMES\n", ""))))
    assert not result.problems
    assert [(w.line, w.field, w.message) for w in result.warnings] == [
        (
            2,
            "Agencies",
            "'GSA' is an agency's acronym that the registry does not know (lines 2, 3): it "
            "becomes an agency labelled 'GSA'; give its full name in the object's names: "
            "({GSA: …}), or add the agency to the registry with GSA among its aliases",
        ),
        (
            3,
            "Agencies",
            "'DOS' is an agency's acronym that the registry does not know (line 3): it "
            "becomes an agency labelled 'DOS'; give its full name in the object's names: "
            "({DOS: …}), or add the agency to the registry with DOS among its aliases",
        ),
    ]
    assert all(str(w.path).endswith("awards.csv") for w in result.warnings)


def test_an_end_s_names_give_each_acronym_its_agency_s_full_name(tmp_path):
    names = (
        "  names:\n    GSA: U.S. General Services Administration\n"
        "    dos: U.S. Department of State\n"
    )
    result = build_with(("mapping", mapping_of(tmp_path, ROWS, SPEC.replace("NAMES\n", names))))
    assert not result.problems and not result.warnings
    assert _labels(result) == {
        ("Acme Inc", "U.S. Department of Homeland Security"),
        ("Acme Inc", "U.S. General Services Administration"),
        ("Beta Corp", "U.S. General Services Administration"),
        ("Beta Corp", "U.S. Department of State"),
        ("Gamma LLC", "U.S. Department of Homeland Security"),
    }


@pytest.mark.parametrize("names", ["[GSA]", "{GSA: ''}", "{}"])
def test_names_that_are_no_table_refuse_the_mapping_at_its_line(tmp_path, names):
    spec = SPEC.replace("NAMES\n", f"  names: {names}\n")
    result = build_with(("mapping", mapping_of(tmp_path, ROWS, spec)))
    assert [(p.line, p.message) for p in result.problems] == [
        (
            4,
            "names maps a text as written to the name meant, such as "
            "names: {GSA: U.S. General Services Administration}",
        )
    ]


@pytest.mark.skipif(not DIRECTORY.is_file(), reason="../shared/datasets/eff-dhs-vendors is absent")
def test_the_vendor_directory_example_names_no_agency_by_an_acronym():
    result = build_example(DIRECTORY)
    labels = {result.registry.get(r.object).label for r in mine(result)}
    assert {"GSA", "DOS", "DOI", "HHS", "USCG"}.isdisjoint(labels)
    assert {
        "U.S. General Services Administration",
        "U.S. Department of State",
        "U.S. Department of the Interior",
        "U.S. Department of Health and Human Services",
        "U.S. Coast Guard",
        "U.S. Department of Energy",
    } <= labels
    assert not result.problems and not result.warnings
