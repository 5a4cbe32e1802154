"""USAspending Prime Transactions downloads ("Download → Transactions"): one row per action on
an award, refused whole, saying what they are and what to download instead."""

import records_support as rs

# A Contracts_PrimeTransactions download's columns, in its order (a few of its 297), and the
# base award and a modification of one award: the modification obligates 500.00 more, and
# total_dollars_obligated is the award's running total.
HEADER = (
    "contract_transaction_unique_key,contract_award_unique_key,award_id_piid,"
    "modification_number,transaction_number,parent_award_id_piid,federal_action_obligation,"
    "total_dollars_obligated,current_total_value_of_award,potential_total_value_of_award,"
    "action_date,action_date_fiscal_year,period_of_performance_start_date,"
    "period_of_performance_current_end_date,awarding_agency_code,awarding_agency_name,"
    "awarding_sub_agency_code,awarding_sub_agency_name,awarding_office_code,"
    "awarding_office_name,recipient_uei,recipient_name,recipient_parent_uei,"
    "recipient_parent_name,award_type,transaction_description,"
    "prime_award_base_transaction_description,naics_code,product_or_service_code,"
    "action_type_code,action_type,usaspending_permalink,last_modified_date\n"
)
_AWARD = "CONT_AWD_TEST0001_7012_-NONE-_-NONE-"
_DHS = "070,Department of Homeland Security,7012,U.S. Immigration and Customs Enforcement"
_LINK = "https://www.usaspending.gov/award/" + _AWARD + "/"
ROWS = (
    f"7012_-NONE-_TEST0001_0_-NONE-_0,{_AWARD},TEST0001,0,0,,1000.00,1000.00,1000.00,5000.00,"
    f"2020-01-15,2020,2020-01-15,2022-12-31,{_DHS},TEST01,TEST OFFICE ALPHA,TESTACME0001,"
    f"ACME ANALYTICS INC,,,PURCHASE ORDER,TEST DATA,TEST DATA,519190,D317,,,{_LINK},"
    "2020-01-20\n"
    f"7012_-NONE-_TEST0001_P00001_-NONE-_0,{_AWARD},TEST0001,P00001,0,,500.00,1500.00,"
    f"1500.00,5000.00,2021-03-05,2021,2020-01-15,2022-12-31,{_DHS},TEST01,TEST OFFICE ALPHA,"
    f"TESTACME0001,ACME ANALYTICS INC,,,PURCHASE ORDER,FUNDING ONLY ACTION,TEST DATA,519190,"
    f"D317,B,SUPPLEMENTAL AGREEMENT FOR WORK WITHIN SCOPE,{_LINK},2021-03-10\n"
)
SAID = (
    "not a USAspending Prime Award Summaries download: this is a Prime Transactions{} "
    "download, one row per action on an award (its base award and each modification, with "
    "that action's federal_action_obligation), holding only the actions dated within the "
    "period it was asked for, so that no sum of its rows is an award's figure; the file is "
    "skipped (download the Prime Award Summaries instead: on USAspending.gov's Award Search, "
    "Download → Awards, not Transactions; one row per award, with its total obligated amount)"
)


def test_a_prime_transactions_download_is_refused_saying_what_to_download(tmp_path):
    """It was refused as "missing column(s) award_base_action_date", which told the user to
    mend a file that is of another kind; read as awards, the award would be stated once per
    modification and its figures added up or disputed (1000.00 and 1500.00, or 2500.00)."""
    path = tmp_path / "Contracts_PrimeTransactions_2025-03-21_H19M57S23_1.csv"
    path.write_text(HEADER + ROWS, encoding="utf-8")
    prime = rs.write_rows(tmp_path / "Contracts_PrimeAwardSummaries_1.csv", rs.prime_rows()[:1])
    result = rs.build_with(("usaspending", path), ("usaspending", prime))
    assert rs.problems(result) == [(path.name, 1, None, SAID.format(" (contracts)"))]
    # the file is skipped, the build's other sources kept
    assert not [r for r in result.relationships if path.name in str(r.where)]
    assert rs.relationships(result, "supplies", subject="west-publishing")


def test_an_assistance_or_slimmed_transactions_download_is_refused_too(tmp_path):
    path = tmp_path / "Assistance_PrimeTransactions_1.csv"
    assistance = HEADER.replace("contract_transaction", "assistance_transaction")
    path.write_text(assistance + ROWS, encoding="utf-8")
    result = rs.build_with(("usaspending", path))
    assert rs.problems(result) == [(path.name, 1, None, SAID.format(" (assistance)"))]
    # without its transaction key, a row's own obligation and modification number still tell
    path = tmp_path / "transactions.csv"
    slim = HEADER.replace("contract_transaction_unique_key,", "Report of ICE actions\n", 1)
    path.write_text(slim + "".join(r.split(",", 1)[1] for r in ROWS.splitlines(True)))
    result = rs.build_with(("usaspending", path))
    assert [p[1:] for p in rs.problems(result)] == [(2, None, SAID.format(""))]
    assert [w[1] for w in rs.warnings(result)] == [1]  # the title above the header
