"""USAspending assistance downloads mix grants with loans, loan guarantees, insurance and
payments: what the graph says of each award follows its assistance type (FABS's code, with
its description), never a loan guarantee read as a grant."""

from __future__ import annotations

import csv

import records_support as rs

ASSISTANCE = rs.RECORDS / "assistance_awards.csv"


def _rows() -> list[dict[str, str]]:
    with open(ASSISTANCE, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _first(**cells: str) -> dict[str, str]:
    """The fixture's first award (a FEMA project grant to the City of Brandle Falls), edited."""
    return _rows()[0] | cells


def _built(tmp_path, rows):
    path = rs.write_rows(tmp_path / "Assistance_PrimeAwardSummaries_test.csv", rows)
    return rs.build_with(("usaspending", path))


CITY = "city-of-brandle-falls"
FEMA_OFFICE = "fema-grant-programs-directorate-7022"


def test_a_loan_guarantee_is_no_grant(tmp_path):
    """The agency backs a bank's loan to the city and pays the city nothing: read as a grant,
    FEMA funded the city with the loan's face value, with exit 0."""
    guarantee = _first(
        assistance_type_code="08",
        assistance_type_description="GUARANTEED/INSURED LOAN (F)",
        total_obligated_amount="2000000.00",
        total_face_value_of_loan="2000000.00",
        total_loan_subsidy_cost="31000.00",
    )
    result = _built(tmp_path, [guarantee])
    assert rs.relationships(result, "funds") == []
    assert rs.problems(result) == []  # nothing in the file is wrong
    [(_, line, field, message)] = [w for w in rs.warnings(result) if w[1] == 2]
    assert (line, field) == (2, "assistance_type_code")
    assert message.startswith(
        "assistance type '08' (GUARANTEED/INSURED LOAN (F)) is a guaranteed or insured loan: "
        "the agency backs a lender's loan to 'CITY OF BRANDLE FALLS', paying it nothing"
    )
    assert message.endswith("the row is passed over")
    assert not result.violations


def test_insurance_and_other_assistance_are_passed_over_saying_their_type(tmp_path):
    insured = _first(assistance_type_code="09", assistance_type_description="INSURANCE (G)")
    other = _rows()[2] | {
        "assistance_type_code": "11",
        "assistance_type_description": "OTHER FINANCIAL ASSISTANCE (H)",
    }
    result = _built(tmp_path, [insured, other])
    assert rs.relationships(result, "funds") == []
    said = {line: message for _, line, field, message in rs.warnings(result) if field}
    assert "is insurance: the agency covers a risk of 'CITY OF BRANDLE FALLS'" in said[2]
    assert "is other financial assistance" in said[3] and "'ORRICK COUNTY'" in said[3]


def test_a_direct_loan_funds_its_recipient_as_lender_without_a_figure(tmp_path):
    """The money is lent, not given: the lender funds the city, and the loan's face value is
    no amount given (FABS leaves a loan's obligation blank or 0)."""
    loan = _first(
        assistance_type_code="07",
        assistance_type_description="DIRECT LOAN (E)",
        total_obligated_amount="0",
        total_face_value_of_loan="1500000.00",
    )
    result = _built(tmp_path, [loan])
    [funds] = rs.relationships(result, "funds", obj=CITY)
    assert (funds.subject, funds.role, funds.amount) == (FEMA_OFFICE, "lender", None)
    assert rs.problems(result) == [] and not result.violations


def test_grants_and_direct_payments_fund_with_their_obligated_amount(tmp_path):
    payment = _rows()[2] | {
        "assistance_type_code": "06",
        "assistance_type_description": "DIRECT PAYMENT FOR SPECIFIED USE (C)",
    }
    # a spreadsheet that read the code as a number saved "04" as "4"
    grant = _first(assistance_type_code="4")
    result = _built(tmp_path, [grant, payment])
    amounts = {r.object: (r.amount, r.role) for r in rs.relationships(result, "funds")}
    assert amounts == {CITY: (250000, None), "orrick-county": (480000, None)}
    assert rs.problems(result) == []


def test_an_award_of_no_known_type_is_refused_saying_why(tmp_path):
    """Whether the agency gave money or backed a loan is not known: the row is reported, not
    read as a grant."""
    rows = [
        _first(assistance_type_code="", assistance_type_description=""),
        _rows()[2] | {"assistance_type_code": "F099", "assistance_type_description": "NEW"},
        _rows()[3] | {"assistance_type_description": "DIRECT LOAN (E)"},  # code 05: a grant
        _rows()[4] | {"assistance_type_code": "F004", "assistance_type_description": "LOAN"},
    ]
    result = _built(tmp_path, rows)
    [loan] = rs.relationships(result, "funds")
    assert loan.object == "state-university-of-testland"
    assert loan.role == "lender"  # a code FABS added later, read by its description
    assert [(line, field, message) for _, line, field, message in rs.problems(result)] == [
        (
            2,
            "assistance_type_code",
            "missing assistance type: a grant funds its recipient, a loan guarantee pays it "
            "nothing; the row is skipped",
        ),
        (
            3,
            "assistance_type_code",
            "assistance type 'F099' (NEW) is not one this importer knows; the row is skipped",
        ),
        (
            4,
            "assistance_type_code",
            "assistance type '05' (DIRECT LOAN (E)): its code and its description are of two "
            "kinds (direct loan and grant); the row is skipped",
        ),
    ]


def test_a_download_without_its_assistance_types_is_refused(tmp_path):
    rows = [
        {k: v for k, v in row.items() if not k.startswith("assistance_type")} for row in _rows()
    ]
    result = _built(tmp_path, rows)
    [(_, line, field, message)] = rs.problems(result)
    assert (line, field) == (1, "assistance_type_code")
    assert "missing column(s) assistance_type_code" in message
    assert rs.relationships(result, "funds") == []


def test_a_grant_another_department_pays_for_names_its_funding_office(tmp_path):
    """As for a contract: FEMA's grant paid with DOJ money says DOJ's office funds the city,
    without a second amount; within one department nothing more is said."""
    funded = {
        "funding_agency_code": "015",
        "funding_agency_name": "Department of Justice",
        "funding_sub_agency_code": "1550",
        "funding_sub_agency_name": "Office of Justice Programs",
        "funding_office_code": "15PBJA",
        "funding_office_name": "BUREAU OF JUSTICE ASSISTANCE",
    }
    result = _built(tmp_path, [_first(**funded)])
    funders = {r.subject: r.amount for r in rs.relationships(result, "funds", obj=CITY)}
    assert funders == {FEMA_OFFICE: 250000, "bureau-of-justice-assistance-1550": None}
    parts = {(r.subject, r.object) for r in rs.relationships(result, "partOf")}
    assert ("bureau-of-justice-assistance-1550", "office-of-justice-programs") in {
        (s, o.split("-department")[0]) for s, o in parts
    }
    within = funded | {"funding_agency_code": "070", "funding_agency_name": "DHS"}
    result = _built(tmp_path, [_first(**within)])
    assert [r.subject for r in rs.relationships(result, "funds", obj=CITY)] == [FEMA_OFFICE]
    assert not result.violations
