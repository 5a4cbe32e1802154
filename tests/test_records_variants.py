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


def _dated(tmp_path, written: list[str]):
    rows = _awards(rs.prime_rows(), ["100.00"] * len(written))
    for row, date in zip(rows, written, strict=True):
        row |= {"award_base_action_date": date, "period_of_performance_start_date": date}
    path = rs.write_rows(tmp_path / "Contracts_PrimeAwardSummaries_dayfirst.csv", rows)
    result = rs.build_with(("usaspending", path))
    awards = [r for r in rs.relationships(result, "supplies") if r.contract]
    started = sorted((r.contract.split("-")[2][-1:], str(r.start)) for r in awards)
    return path.name, result, started


def test_a_download_saved_with_its_dates_day_first_is_read_day_first(tmp_path):
    """A download a spreadsheet saved day first ("25/07/2021") had that row refused, while its
    dates that read either way ("05/07/2021") were read month first, 7 May, with exit 0. A
    spreadsheet writes every date of a file one way: the file is read day first, and says so
    once."""
    name, result, started = _dated(tmp_path, ["25/07/2021", "05/07/2021", "2021-05-07"])
    assert started == [("1", "2021-07-25"), ("2", "2021-07-05"), ("3", "2021-05-07")]
    assert rs.problems(result) == []  # every date is read right: a warning, exit 0
    assert rs.warnings(result) == [
        (
            name,
            2,
            "award_base_action_date",
            "'25/07/2021' is a date written day first, and no date of this file is written "
            "month first: a spreadsheet saved the file with its dates day first, and they are "
            "all read so (05/07/2021 is 5 July)",
        )
    ]


def test_a_download_with_dates_both_ways_refuses_those_that_read_either_way(tmp_path):
    """A file joined from two saved differently says nothing of "05/07/2021": its rows are
    refused, saying why; a date that can only be one day still reads. Without any date that
    can only be day first, the file is month first, as US records are written."""
    written = ["25/07/2021", "07/25/2021", "05/07/2021", "5/7/21 0:00"]
    name, result, started = _dated(tmp_path, written)
    assert started == [("1", "2021-07-25"), ("2", "2021-07-25")]
    doubt = (
        "may be day or month first: this file writes dates day first ('25/07/2021', line 2) "
        "and month first ('07/25/2021', line 3), so no row says which; the row is skipped "
        "(download the file again, or save it with dates as YYYY-MM-DD)"
    )
    assert rs.problems(result) == [
        (name, 4, "award_base_action_date", f"'05/07/2021' {doubt}"),
        (name, 5, "award_base_action_date", f"'5/7/21 0:00' {doubt}"),
    ]
    name, result, started = _dated(tmp_path, ["07/25/2021", "05/07/2021"])
    assert started == [("1", "2021-07-25"), ("2", "2021-05-07")]
    assert not rs.problems(result)


SPACED = (
    "'1 234,50' separates its thousands with spaces, and its decimals may follow a comma: "
    "write it 1234.50"
)


def _awards(rows, amounts: list[str]):
    """The prime awards fixture's first row once for each amount, each its own award."""
    awards = []
    for n, amount in enumerate(amounts, 1):
        key = f"CONT_AWD_TESTA{n:03d}_7012_-NONE-_-NONE-"
        permalink = f"https://www.usaspending.gov/award/{key}/"
        awards.append(
            rows[0] | {"contract_award_unique_key": key, "award_id_piid": f"TESTA{n:03d}"}
        )
        awards[-1] |= {"usaspending_permalink": permalink, "total_obligated_amount": amount}
    return awards


def test_usaspending_amounts_with_their_currency_read_only_in_dollars(tmp_path):
    """ "1234.50 USD" and "USD 1,234.50" were refused as no amount; "€1,234.50" is refused, never
    read as dollars, nor is "1 234,50" read as 123450 or 1.23, nor a ledger's "CR" guessed."""
    amounts = ["1234.50 USD", "USD 1,234.50", "$1,234.50 ", "(1,234.50)", "1,234.50-"]
    amounts += ["US$1,234.50", "€1,234.50", "1 234,50", "1,234.50 CR", "CAD 1,234.50"]
    path = rs.write_rows(
        tmp_path / "Contracts_PrimeAwardSummaries_money.csv", _awards(rs.prime_rows(), amounts)
    )
    result = rs.build_with(("usaspending", path))
    awards = [r for r in rs.relationships(result, "supplies") if r.contract]
    assert sorted((r.contract.split("-")[2][-3:], str(r.amount), r.currency) for r in awards) == [
        ("001", "1234.50", "USD"),
        ("002", "1234.50", "USD"),
        ("003", "1234.50", "USD"),
        ("004", "-1234.50", "USD"),
        ("005", "-1234.50", "USD"),
        ("006", "1234.50", "USD"),
    ]
    assert [(p[1], p[3]) for p in rs.problems(result)] == [
        (8, "'€1,234.50' is in EUR, not USD"),
        (9, SPACED),
        (
            10,
            "'1,234.50 CR' is marked a credit or debit, which is money in or out as the ledger "
            "is kept: write a refund or de-obligation with a minus (-1234.50), a payment "
            "without the mark",
        ),
        (11, "'CAD 1,234.50' is in CAD, not USD"),
    ]


def test_a_mapped_amount_with_its_currency_agrees_with_the_mapping(tmp_path):
    """ "€1,234.50" in a mapping of USD was $1,234.50 with exit 0, and "$1,234.50" in one of
    EUR 1,234.50 euros; a currency written beside the amount is the fact's where the mapping
    gives none."""
    rows = "Vendor,Amount,PO\n" + "".join(
        f'Vendor {n},"{amount}",PO-{n}\n'
        for n, amount in enumerate(["€1,234.50", "1,234.50 USD", "$1,234.50", "1 234,50"])
    )
    spec = rs.CITY_ORDERS
    result = rs.build_with(("mapping", rs.mapping_of(tmp_path, rows, spec)))
    supplied = rs.relationships(result, obj="city-of-springfield")
    assert sorted((r.subject, str(r.amount), r.currency) for r in supplied) == [
        ("vendor-1", "1234.50", "USD"),
        ("vendor-2", "1234.50", "USD"),
    ]
    assert [(p[1], p[3]) for p in rs.problems(result)] == [
        (2, "'€1,234.50' is in EUR, and the mapping's currency is USD"),
        (5, SPACED),
    ]
    spec = spec.replace("currency: {value: EUR}", "").replace("{value: USD}", "{value: EUR}")
    result = rs.build_with(("mapping", rs.mapping_of(tmp_path, rows, spec)))
    assert [(p[1], p[3]) for p in rs.problems(result)][:3] == [
        (3, "'1,234.50 USD' is in USD, and the mapping's currency is EUR"),
        (4, "'$1,234.50' is in dollars, and the mapping's currency is EUR"),
        (5, SPACED),
    ]
    spec = spec.replace(", currency: {value: EUR}", "")
    result = rs.build_with(("mapping", rs.mapping_of(tmp_path, rows, spec)))
    supplied = rs.relationships(result, obj="city-of-springfield")
    assert sorted((r.subject, str(r.amount), r.currency) for r in supplied) == [
        ("vendor-0", "1234.50", "EUR"),
        ("vendor-1", "1234.50", "USD"),
    ]
