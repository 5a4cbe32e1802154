"""USAspending "Prime Award Summaries — Assistance" downloads: grants as `funds` facts from the
awarding office to the recipient, typed by the recipient's business types, cited by the row."""

from decimal import Decimal

import pytest
from records_support import RECORDS, build_with, problems, relationships

from graphkit.query.named import bind_params, get_query, run

ASSISTANCE = RECORDS / "assistance_awards.csv"


@pytest.fixture(scope="module")
def grants():
    return build_with(("usaspending", ASSISTANCE))


def funded(result) -> dict[str, tuple[str, Decimal | None, str | None]]:
    """recipient id -> (funder id, amount, start) of every `funds` relationship."""
    return {
        r.object: (r.subject, r.amount, str(r.start) if r.start else None)
        for r in relationships(result, "funds")
    }


def test_the_awarding_office_funds_each_recipient_once_per_award(grants):
    """A grant file was refused as "not a Subawards download": who funds a city's plate
    readers was not in the graph. The same award in two rows is one relationship, its amount
    the record's figure, not the sum."""
    given = funded(grants)
    assert given["city-of-brandle-falls"] == (
        "fema-grant-programs-directorate-7022",
        Decimal("250000.00"),
        "2021-09-01",
    )
    assert given["orrick-county"][:2] == ("bureau-of-justice-assistance-1550", Decimal("480000"))
    assert (
        len([r for r in relationships(grants, "funds") if r.object == "city-of-brandle-falls"]) == 1
    )
    [grant] = [r for r in relationships(grants, "funds") if r.object == "city-of-brandle-falls"]
    assert [c.locator for c in grant.citations] == ["EMWTEST0001"]
    assert grant.citations[0].source.url.startswith("https://www.usaspending.gov/award/ASST_NON_")


def test_recipients_are_typed_by_their_business_types(grants):
    types = {e.id: e.type for e in grants.registry}
    assert types["city-of-brandle-falls"] == "GovernmentAgency"
    assert types["orrick-county"] == "GovernmentAgency"
    # "NONPROFIT … (OTHER THAN AN INSTITUTION OF HIGHER EDUCATION)" is no university
    assert types["center-for-policing-examples"] == "AdvocacyGroup"
    assert types["state-university-of-testland"] == "ResearchOrganization"
    assert types["testland-university-system"] == "ResearchOrganization"
    parts = {(r.subject, r.object) for r in relationships(grants, "partOf")}
    assert ("state-university-of-testland", "testland-university-system") in parts
    assert (
        "fema-grant-programs-directorate-7022",
        "federal-emergency-management-agency-department-of-homeland-security",
    ) in parts
    assert not any(r.subject == "orrick-county" for r in relationships(grants, "partOf"))  # "N/A"


def test_individuals_and_bad_cells_are_reported_and_the_rest_imports(grants):
    # a withheld recipient is how USAspending writes an individual: no fact, and no problem
    assert problems(grants) == [
        ("assistance_awards.csv", 8, "total_obligated_amount", "'12x' is not an amount")
    ]
    assert "redacted-due-to-pii" not in {e.id for e in grants.registry}
    assert not grants.violations


def test_a_citys_connections_show_who_funds_it(grants):
    query = get_query("connections")
    params = bind_params(grants.graph, query, {"entity": "City of Brandle Falls"})
    rows = [tuple(map(str, row[:3])) for row in run(grants.graph, query.text, params)]
    assert ("in", "funds", "FEMA GRANT PROGRAMS DIRECTORATE") in rows
