"""A contract Subawards download says what kind of organisation each party is, in its list of
business types (`subawardee_business_types`, `prime_awardee_business_types`): a university or
a county subcontracting under an ICE award was typed a company, whatever its row listed."""

from __future__ import annotations

import csv

import pytest
import records_support as rs

from graphkit.resolve.entities import Resolver
from graphkit.sources.registry import Registry

SUBS = rs.RECORDS / "subawards.csv"
# A subawardee's business types as a real download lists them, and the type each gives it.
LISTED = [
    ("TEST SUB ONE", "FOR-PROFIT ORGANIZATION,LIMITED LIABILITY COMPANY", "Company"),
    ("TEST SUB TWO", "For Profit Organization,Subchapter S Corporation", "Company"),
    (
        "TEST STATE UNIVERSITY",
        "STATE CONTROLLED INSTITUTION OF HIGHER LEARNING,EDUCATIONAL INSTITUTION",
        "ResearchOrganization",
    ),
    ("TEST CITY", "US LOCAL GOVERNMENT,CITY LOCAL GOVERNMENT", "GovernmentAgency"),
    ("TEST FOUNDATION", "OTHER NOT FOR PROFIT ORGANIZATION,FOUNDATION", "AdvocacyGroup"),
    ("TEST MANUFACTURER", "MANUFACTURER OF GOODS,S CORPORATION", "Company"),
    ("TEST LABORATORY", "", "Organization"),  # nothing listed, no firm's legal form
    ("TEST UNLISTED LLC", "", "Company"),  # nothing listed, a firm's legal form
]


def _first_row() -> dict[str, str]:
    with open(SUBS, encoding="utf-8", newline="") as handle:
        return next(csv.DictReader(handle))


def _types(result) -> dict[str, str]:
    subs = {r.subject for r in rs.relationships(result, "supplies") if r.role == "subcontractor"}
    return {rs.label(result, s): result.registry.get(s).type for s in subs}


def test_each_subawardee_is_typed_by_the_business_types_its_row_lists(tmp_path):
    first = _first_row()
    rows = [
        first
        | {
            "subawardee_name": name,
            "subawardee_uei": "",
            "subawardee_business_types": listed,
            "subaward_number": f"TESTSUB{n}",
        }
        for n, (name, listed, _) in enumerate(LISTED)
    ]
    result = rs.build_with(("usaspending", rs.write_rows(tmp_path / "subs.csv", rows)))
    assert _types(result) == {name: type_ for name, _, type_ in LISTED}
    assert not result.problems and not result.violations


def test_a_prime_awardee_is_typed_by_its_list_too(tmp_path):
    row = _first_row() | {
        "prime_awardee_name": "TEST PRIME UNIVERSITY",
        "prime_awardee_uei": "",
        "prime_awardee_business_types": "Private University or College,Nonprofit Organization",
    }
    result = rs.build_with(("usaspending", rs.write_rows(tmp_path / "subs.csv", [row])))
    [rel] = [r for r in rs.relationships(result, "supplies") if r.role == "subcontractor"]
    assert result.registry.get(rel.object).type == "ResearchOrganization"


def test_a_file_without_the_lists_says_so_once(tmp_path):
    rows = [
        {k: v for k, v in row.items() if not k.endswith("_business_types")}
        for row in [_first_row()]
    ]
    result = rs.build_with(("usaspending", rs.write_rows(tmp_path / "slim.csv", rows)))
    assert rs.warnings(result) == [
        (
            "slim.csv",
            1,
            "prime_awardee_business_types",
            "the file lacks prime_awardee_business_types and subawardee_business_types, which "
            "say what kind of organisation each party is: such a party is a company where its "
            'name ends in a firm\'s legal form ("Inc.", "LLC"), else an organisation (download '
            "the file again to have them)",
        )
    ]
    assert _types(result) == {"TEST SUBCONTRACTOR LLC": "Company"}


def test_an_organisation_a_record_could_not_type_takes_the_kind_a_later_record_gives():
    """A subawards file read before the prime award file: its prime awardee, listed without
    types, is an organisation until the prime award's row says it is a university."""
    resolver = Resolver(Registry([]))
    first = resolver.resolve("TEST STATE UNIVERSITY", "Organization")
    again = resolver.resolve("Test State University", "ResearchOrganization")
    assert first == again
    assert [e.type for e in resolver.new_entities()] == ["ResearchOrganization"]
    # a kind once given is kept: a third record does not retype it
    resolver.resolve("TEST STATE UNIVERSITY", "Company")
    assert [e.type for e in resolver.new_entities()] == ["ResearchOrganization"]


# --- the real download ---------------------------------------------------------------------------

REAL = rs.DATASETS / "usaspending" / "Contracts_Subawards_ICE_dev.csv"


@pytest.mark.skipif(not REAL.is_file(), reason="../shared/datasets/usaspending is not present")
def test_the_real_downloads_subawardees_are_the_kinds_their_rows_list():
    """Every subawardee of the real download lists itself a for-profit organisation, or lists
    nothing with a firm's legal form: each is a company, as before."""
    result = rs.build_unvalidated(("usaspending", REAL))
    types = _types(result)
    assert len(types) > 50 and set(types.values()) == {"Company"}
    primes = {r.object for r in rs.relationships(result, "supplies") if r.role == "subcontractor"}
    kinds = {rs.label(result, p): result.registry.get(p).type for p in primes}
    # a nonprofit research institute listed without types is no firm
    assert kinds["BATTELLE MEMORIAL INSTITUTE"] == "Organization"
    assert kinds["PERATON INC."] == "Company"
