"""Firms whose names read like a sheet's total row, qualifiers that are words rather than
names, and an IDV's parent award saved in scientific notation: what the record importers
must still read as written."""

import pytest
from records_support import (
    CITY_ORDERS,
    build_with,
    mapping_of,
    prime_rows,
    problems,
    relationships,
    warnings,
    write_rows,
)

from graphkit.extractors.atlas import vendors
from graphkit.extractors.cells import names_no_one

FIRMS = ["Grand Total Rentals LLC", "Total Per Diem Services LLC", "Total for Kids Inc"]
FIRMS += ["Total (USA) Inc", "Total All Sports LLC", "Sub Total Construction Inc"]


@pytest.mark.parametrize("firm", FIRMS)
def test_a_firm_whose_name_ends_in_a_legal_form_is_no_total(firm):
    assert not names_no_one(firm)


@pytest.mark.parametrize("total", ["Subtotal: Acme Inc", "Total - Acme Inc", "Total (all)"])
def test_a_total_row_marked_off_from_its_words_is_still_one(total):
    assert names_no_one(total)


def test_firms_named_like_totals_supply_the_buyer(tmp_path):
    """ "Grand Total Rentals LLC", "Total Per Diem Services LLC" and the like were reported as
    naming no one and their orders skipped; "Subtotal: Acme Inc" is still a total row."""
    rows = "Vendor,Amount,PO\n" + "".join(
        f'"{firm}",10.00,PO-{n}\n' for n, firm in enumerate(FIRMS)
    )
    rows += '"Subtotal: Acme Inc",60.00,\n'
    result = build_with(("mapping", mapping_of(tmp_path, rows, CITY_ORDERS)))
    supplied = sorted(r.subject for r in relationships(result, obj="city-of-springfield"))
    assert supplied == [
        "grand-total-rentals",
        "sub-total-construction",
        "total-all-sports",
        "total-for-kids",
        "total-per-diem-services",
        "total-usa",
    ]
    assert problems(result) == []
    assert [(w[1], w[3][:40]) for w in warnings(result)] == [
        (8, "'Subtotal: Acme Inc' labels a total row,")
    ]


def test_an_atlas_cell_that_begins_with_such_a_firm_names_every_vendor(tmp_path):
    """ "Total Per Diem Services LLC; Axon" read whole as "Total per …": the agency had no
    vendor at all, with exit 0. A subtotal's label stays no vendor."""
    assert vendors("Total Per Diem Services LLC; Axon") == ["Total Per Diem Services LLC", "Axon"]
    assert vendors("Grand Total Rentals LLC, Axon") == ["Grand Total Rentals LLC", "Axon"]
    assert vendors("Axon Enterprise, Inc. Total") == []
    assert vendors("Note: Axon, Motorola") == []
    assert vendors("N / A") == []
    header = "AOSNUMBER,State,Agency,Technology,Vendor,Link 1,Link 1 Date\n"
    row = 'TEST000001,MN,Testville Police Department,Drones,"Total Per Diem Services LLC; Axon",,\n'
    path = tmp_path / "atlas.csv"
    path.write_text(header + row, encoding="utf-8")
    result = build_with(("atlas", path))
    supplied = relationships(result, "supplies", obj="testville-police-department-mn")
    assert sorted(r.subject for r in supplied) == ["axon", "total-per-diem-services"]


def test_a_recipient_named_like_a_total_holds_its_award(tmp_path):
    """A USAspending recipient "Grand Total Rentals LLC" was reported as naming no one and
    its award skipped."""
    rows = prime_rows()[:1]
    rows[0]["recipient_name"] = "GRAND TOTAL RENTALS LLC"
    path = write_rows(tmp_path / "Contracts_PrimeAwardSummaries_firm.csv", rows)
    result = build_with(("usaspending", path))
    assert "grand-total-rentals" in {r.subject for r in relationships(result, "supplies")}
    assert not problems(result)


def test_a_role_or_status_that_names_no_company_is_kept(tmp_path):
    """A role "Multiple" or "Pending" was dropped without a word, as if it named no company;
    a status "Pending" was dropped and the fact shown as confirmed. Each is read as written
    (a status outside the list is a violation, as it always was); "N/A" is still none."""
    spec = CITY_ORDERS.replace(
        "currency: {value: USD}}", "currency: {value: USD}, role: Role, status: Status}"
    )
    rows = (
        "Vendor,Amount,PO,Role,Status\n"
        "Acme Analytics Inc,100.00,PO-1,Multiple,ended\n"
        "Beta Corp,100.00,PO-2,Pending,N/A\n"
        "Gamma Co,100.00,PO-3,N/A,Pending\n"
    )
    result = build_with(("mapping", mapping_of(tmp_path, rows, spec)))
    read = sorted((r.subject, r.role, r.status) for r in relationships(result, "supplies"))
    assert [fact for fact in read if fact[0] in ("acme-analytics", "beta", "gamma")] == [
        ("acme-analytics", "Multiple", "ended"),
        ("beta", "Pending", "confirmed"),
        ("gamma", None, "Pending"),
    ]
    assert [v.path for v in result.violations] == ["status"]


def test_an_idvs_parent_award_in_scientific_notation_skips_its_row(tmp_path):
    """An IDV's key (CONT_IDV_{PIID}_{agency}) holds no parent award: a parent PIID saved as
    "4.70988E+11" failed the whole file (IndexError), every row's facts left out. The row is
    skipped with the reason, the others kept."""
    rows = prime_rows()[:2]
    rows[0]["contract_award_unique_key"] = "CONT_IDV_123456789012_7012"
    rows[0]["award_id_piid"] = "123456789012"
    rows[0]["parent_award_id_piid"] = "4.70988E+11"
    path = write_rows(tmp_path / "Contracts_PrimeAwardSummaries_idv.csv", rows)
    result = build_with(("usaspending", path))
    assert [(p[1], p[2], p[3][:30]) for p in problems(result)] == [
        (2, "parent_award_id_piid", "'4.70988E+11' is a number a sp")
    ]
    assert "cont-awd-test0002-7012-none-none" in {
        r.contract for r in relationships(result, "supplies")
    }


def test_a_year_with_a_digit_after_it_is_no_serial_date(tmp_path):
    """A start column holding a year and its quarter ("20211") was read as a spreadsheet's
    serial number, a start on 1955-05-02, with exit 0; it is reported as no date. A serial
    number (44561) is still a date."""
    spec = CITY_ORDERS.replace("currency: {value: USD}}", "currency: {value: USD}, start: Date}")
    rows = "Vendor,Amount,PO,Date\nAcme Analytics Inc,100.00,PO-1,44561\nBeta Corp,5,PO-2,20211\n"
    result = build_with(("mapping", mapping_of(tmp_path, rows, spec)))
    started = {r.subject: str(r.start) for r in relationships(result, obj="city-of-springfield")}
    assert started == {"acme-analytics": "2021-12-31"}
    assert [(p[1], p[2], p[3][:25]) for p in problems(result)] == [
        (3, "Date", "'20211' is not a date; wr")
    ]
