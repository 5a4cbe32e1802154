"""Record files as users' spreadsheets write them in other countries: an amount whose point
may separate thousands, and a download saved with its dates day first."""

import records_support as rs

POINT = (
    "may be thousands written with a point or a decimal with three places: write it without "
    "the point if it is thousands (12500), or with two decimal places (12.50)"
)


def test_an_amount_with_a_point_before_three_digits_is_not_guessed(tmp_path):
    """ "12.500", as a German or Brazilian sheet writes twelve thousand five hundred, was 12.5
    with exit 0. Three decimals after four digits, or after thousands separated by commas,
    can only be a decimal, and read."""
    written = {"Acme Analytics Inc": "12.500", "Beta Corp": "$1.234", "Gamma Co": "12.50"}
    written |= {"Delta Inc": "1,234.567", "Eps Inc": "0.125"}
    rows = "Vendor,Amount,PO\n" + "".join(
        f'{vendor},"{amount}",PO-{n}\n' for n, (vendor, amount) in enumerate(written.items(), 1)
    )
    result = rs.build_with(("mapping", rs.mapping_of(tmp_path, rows, rs.CITY_ORDERS)))
    supplied = rs.relationships(result, obj="city-of-springfield")
    assert sorted((r.subject, str(r.amount)) for r in supplied) == [
        ("delta", "1234.567"),
        ("eps", "0.125"),
        ("gamma", "12.50"),
    ]
    assert rs.problems(result) == [
        ("awards.csv", 2, "Amount", f"'12.500' {POINT}"),
        ("awards.csv", 3, "Amount", f"'$1.234' {POINT}"),
    ]


def test_a_usaspending_amount_so_written_skips_its_row(tmp_path):
    rows = rs.prime_rows()[:2]
    rows[0]["total_obligated_amount"] = "1.500"
    path = rs.write_rows(tmp_path / "Contracts_PrimeAwardSummaries_points.csv", rows)
    result = rs.build_with(("usaspending", path))
    assert rs.problems(result) == [(path.name, 2, "total_obligated_amount", f"'1.500' {POINT}")]


def test_a_download_saved_with_its_dates_day_first_says_so(tmp_path):
    """A download a spreadsheet saved day first ("25/07/2021") reported only "not a date",
    while its dates that read either way ("05/07/2021") were read month first unsaid."""
    rows = rs.prime_rows()[:2]
    rows[0]["award_base_action_date"] = "25/07/2021"
    rows[1]["award_base_action_date"] = "05/07/2021"
    path = rs.write_rows(tmp_path / "Contracts_PrimeAwardSummaries_dayfirst.csv", rows)
    result = rs.build_with(("usaspending", path))
    assert rs.problems(result) == [
        (
            path.name,
            2,
            "award_base_action_date",
            "'25/07/2021' is a date written day first: a spreadsheet saved this file with its "
            "dates day first, so its other dates written so (05/07/2021) may be read with day "
            "and month swapped; download the file again, or save it with dates as YYYY-MM-DD",
        )
    ]
