"""Dates as users' spreadsheets write them, in USAspending, Atlas and mapped files: compact
ISO, a month's name, ISO date-times with a zone, and a day and month both in numbers read by
the file's convention."""

import json

import pytest
import records_support as rs

from graphkit.extractors.record_values import parse_record_date
from graphkit.model import PartialDate

WRITTEN = [
    "20210507",
    "07-May-21",
    "7-May-2021",
    "May 7, 2021",
    "7 May 2021",
    "Friday, May 7, 2021",
    "2021-05-07T00:00:00Z",
    "2021-05-07T00:00:00-04:00",
    "2021-05-07T22:30:00-04:00",
    "2021-05-07T01:00:00+05:30",
    "2021-05-07 00:00:00 UTC",
    "2021/05/07",
    "5/7/21",
]


@pytest.mark.parametrize("text", WRITTEN)
def test_a_date_as_spreadsheets_write_it_is_that_day(text):
    """Each was refused ("'May 7, 2021' is not a date"), or in an Atlas link dropped without a
    word; a time with a zone never moves the date to another day."""
    assert parse_record_date(text) == PartialDate(2021, 5, 7)


@pytest.mark.parametrize(
    "text",
    ["05072021", "07052021", "Thursday, May 7, 2021", "May-21", "2021-05/07", "Mayo 7, 2021"],
)
def test_a_date_that_could_be_two_dates_or_none_is_refused(text):
    """Eight digits not year first, a weekday the date does not fall on, Excel's "May-21" (May
    2021, or 21 May?): no rule says which date, so none is guessed."""
    with pytest.raises(ValueError):
        parse_record_date(text)


def test_day_first_only_where_the_file_says_so_or_dots_say_so():
    assert parse_record_date("05/07/21") == PartialDate(2021, 5, 7)
    assert parse_record_date("05/07/21", day_first=True) == PartialDate(2021, 7, 5)
    assert parse_record_date("7.5.2021") == PartialDate(2021, 5, 7)
    assert parse_record_date("May 2021") == PartialDate(2021, 5)


def test_a_usaspending_download_with_its_dates_retyped(tmp_path):
    """Award dates a spreadsheet rewrote as "20210507", "07-May-21" or "May 7, 2021", or an
    export's "2021-05-07T00:00:00-04:00", skipped the award with "is not a date"."""
    rows = rs.prime_rows()[:4]
    written_as = ["20210507", "07-May-21", "May 7, 2021", WRITTEN[7]]
    for row, written in zip(rows, written_as, strict=True):
        row["period_of_performance_start_date"] = written
        row["award_base_action_date"] = written
    path = rs.write_rows(tmp_path / "Contracts_PrimeAwardSummaries_dates.csv", rows)
    result = rs.build_with(("usaspending", path))
    awards = [r for r in rs.relationships(result, "supplies") if r.contract]
    assert [str(r.start) for r in awards] == ["2021-05-07"] * 3  # the fixture repeats a row
    assert rs.problems(result) == []


def test_an_atlas_link_dated_in_words_keeps_its_date(tmp_path):
    """A link dated "May 7, 2021" or "2021-05-07T00:00:00Z" had no date, with exit 0."""
    header = rs.ATLAS_HEADER
    rows = "".join(
        f'TEST{n:06d},Testville,Test County,MN,"Testville Police Department",Police,TEST DATA,'
        f'Municipal,"Drones","DJI",https://example.org/news/{n},,Example News,News,"{date}",\n'
        for n, date in enumerate(["May 7, 2021", "2021-05-07T00:00:00Z", "7-May-21"], 1)
    )
    path = tmp_path / "atlas.csv"
    path.write_text(header + rows, encoding="utf-8")
    result = rs.build_with(("atlas", path))
    [uses] = rs.relationships(result, "uses", obj="drones")
    assert {c.source.published for c in uses.citations} == {PartialDate(2021, 5, 7)}
    assert rs.problems(result) == []


def _started(tmp_path, dates: list[str], order: str = ""):
    spec = rs.CITY_ORDERS.replace("currency: {value: USD}}", "currency: {value: USD}, start: Date}")
    rows = "Vendor,Amount,PO,Date\n" + "".join(
        f'Vendor {n},100.00,PO-{n},"{date}"\n' for n, date in enumerate(dates)
    )
    result = rs.build_with(("mapping", rs.mapping_of(tmp_path, rows, order + spec)))
    supplied = rs.relationships(result, "supplies", obj="city-of-springfield")
    started = sorted((r.subject, str(r.start)) for r in supplied)
    return result, [start for _, start in started]


def test_a_mapped_sheet_reads_dates_month_first_unless_it_says_day_first(tmp_path):
    """ "05/07/21" is 7 May as US records write it; a mapping that says `dates: day-first`
    reads it as 5 July, as a British or European sheet means it."""
    result, started = _started(tmp_path, ["05/07/21", "7 May 2021", "20210507"])
    assert started == ["2021-05-07", "2021-05-07", "2021-05-07"]
    assert rs.problems(result) == []
    result, started = _started(tmp_path, ["05/07/21", "25/12/2021"], "dates: day-first\n")
    assert started == ["2021-07-05", "2021-12-25"]
    assert rs.problems(result) == []


def test_a_day_first_date_in_a_month_first_mapping_says_how_to_read_it(tmp_path):
    result, started = _started(tmp_path, ["25/07/2021", "05/07/2021"], "dates: month-first\n")
    assert started == ["2021-05-07"]  # the row of "25/07/2021" is skipped, and says why
    assert rs.problems(result) == [
        (
            "awards.csv",
            2,
            "Date",
            "'25/07/2021' has no month 25: if the file writes the day first (25/07/2021), add "
            "`dates: day-first` to the mapping",
        )
    ]


def test_a_mapping_refuses_a_date_order_it_does_not_know(tmp_path):
    result, _ = _started(tmp_path, ["05/07/21"], "dates: dmy\n")
    assert [(p[0], p[2], p[3]) for p in rs.problems(result)] == [
        ("awards.yaml", "dates", "dates is month-first or day-first (how the data writes 05/07/21)")
    ]


DAY_FIRST = (
    "'25/07/2021' is a date written day first, and no date of this file is written month "
    "first: a spreadsheet saved the file with its dates day first, and they are all read so "
    "(05/07/2021 is 5 July)"
)
BOTH = (
    "'05/07/2021' may be day or month first: this file writes dates day first ('25/07/2021', "
    "line 2) and month first ('07/25/2021', line 3), so no row says which"
)


def test_a_mapping_without_dates_reads_them_as_the_file_shows(tmp_path):
    """Without `dates:`, "05/07/2021" was 7 May in a sheet whose "25/07/2021" shows it was
    saved day first, with exit 0 (only the row of "25/07/2021" was refused): it is 5 July, as
    a USAspending file's is, said once. In a file that writes dates both ways it is refused."""
    result, started = _started(tmp_path, ["25/07/2021", "05/07/2021", "2021-05-07"])
    assert started == ["2021-07-25", "2021-07-05", "2021-05-07"]
    advice = "; say `dates: day-first` in the mapping to read it so without this notice"
    assert rs.problems(result) == []
    assert rs.warnings(result) == [("awards.csv", 2, "Date", DAY_FIRST + advice)]
    result, started = _started(tmp_path, ["25/07/2021", "05/07/2021"], "dates: day-first\n")
    assert started == ["2021-07-25", "2021-07-05"]
    assert not rs.problems(result)
    result, started = _started(tmp_path, ["25/07/2021", "07/25/2021", "05/07/2021"])
    assert started == ["2021-07-25", "2021-07-25"]
    assert rs.problems(result) == [
        ("awards.csv", 4, "Date", BOTH + " (save the file with dates as YYYY-MM-DD)")
    ]


def test_a_mapped_json_file_reads_its_dates_as_it_shows(tmp_path):
    records = [
        {"vendor": f"Vendor {n}", "po": f"PO-{n}", "date": d}
        for n, d in enumerate(["25/07/2021", "05/07/2021"])
    ]
    (tmp_path / "awards.json").write_text(json.dumps(records), encoding="utf-8")
    spec = (
        "data: awards.json\nsubject: {column: vendor, type: Company}\nrelation: supplies\n"
        "object: {value: City of Springfield, type: GovernmentAgency}\n"
        "qualifiers: {start: date}\n"
        "citation:\n  source: {url: 'https://springfield.example/po.json', title: POs}\n"
    )
    (tmp_path / "awards.yaml").write_text(spec, encoding="utf-8")
    result = rs.build_with(("mapping", tmp_path / "awards.yaml"))
    supplied = rs.relationships(result, "supplies", obj="city-of-springfield")
    assert sorted(str(r.start) for r in supplied) == ["2021-07-05", "2021-07-25"]
    assert rs.problems(result) == []
    assert [w[3][:40] for w in rs.warnings(result)] == [DAY_FIRST[:40]]


def _atlas_dated(tmp_path, dates: list[str]):
    rows = "".join(
        f'TEST{n:06d},Testville,Test County,MN,"Testville Police Department",Police,TEST DATA,'
        f'Municipal,"Drones","DJI",https://example.org/news/{n},,Example News,News,"{date}",\n'
        for n, date in enumerate(dates, 1)
    )
    path = tmp_path / "atlas.csv"
    path.write_text(rs.ATLAS_HEADER + rows, encoding="utf-8")
    result = rs.build_with(("atlas", path))
    [uses] = rs.relationships(result, "uses", obj="drones")
    published = {c.source.url[-1]: c.source.published for c in uses.citations}
    return result, [str(published[str(n)]) for n in range(1, len(dates) + 1)]


def test_an_atlas_export_saved_day_first_dates_its_links_day_first(tmp_path):
    """A link dated "05/07/2021" in an export whose "25/07/2021" shows it was saved day first
    was dated 7 May, with exit 0, and the link of "25/07/2021" had no date. In a file that
    writes dates both ways, a link whose date reads either way is cited without it, said."""
    result, published = _atlas_dated(tmp_path, ["25/07/2021", "05/07/2021"])
    assert published == ["2021-07-25", "2021-07-05"]
    assert rs.problems(result) == []
    assert rs.warnings(result) == [("atlas.csv", 2, "Link 1 Date", DAY_FIRST)]
    result, published = _atlas_dated(tmp_path, ["25/07/2021", "07/25/2021", "05/07/2021"])
    assert published == ["2021-07-25", "2021-07-25", "None"]
    assert rs.problems(result) == [
        (
            "atlas.csv",
            4,
            "Link 1 Date",
            BOTH + "; the link is cited without its date (save the file with dates as YYYY-MM-DD)",
        )
    ]
    result, published = _atlas_dated(tmp_path, ["12/27/2012", "05/07/2021"])
    assert published == ["2012-12-27", "2021-05-07"]
    assert not rs.problems(result)


SHORTENED = (
    "'16-Oct' is October 2016 or 16 October of a year not written, as spreadsheets shorten "
    "dates, and no cell says which: write it whole (2016-10, or the day with its year; in the "
    "spreadsheet, format the column as YYYY-MM-DD before saving)"
)


def test_a_date_a_spreadsheet_shortened_to_a_month_and_a_number_is_refused_saying_why():
    """ "16-Oct" is how a sheet shows 16 October with its year hidden, and how the Atlas's own
    export wrote October 2016 (its link is a document of that month): no rule says which. A
    number that can be no day is the year: "99-Oct" is October 1999."""
    for text in ("16-Oct", "Oct-16", "16 Oct"):
        with pytest.raises(ValueError, match="or 16 October of a year not written"):
            parse_record_date(text)
    assert parse_record_date("99-Oct") == parse_record_date("Oct-99") == PartialDate(1999, 10)
    assert parse_record_date("16-Oct-2019") == PartialDate(2019, 10, 16)


def test_an_atlas_link_dated_as_a_shortened_date_is_cited_without_it_saying_so(tmp_path):
    """The link of "16-Oct" kept no date without a word (exit 0), and any reading of it would
    be a guess; a loosely written date ("Fall 2019") is still passed over."""
    result, published = _atlas_dated(tmp_path, ["16-Oct", "Fall 2019", "12/27/2012"])
    assert published == ["None", "None", "2012-12-27"]
    assert rs.problems(result) == [
        ("atlas.csv", 2, "Link 1 Date", SHORTENED + "; the link is cited without its date")
    ]


def test_a_usaspending_or_mapped_date_shortened_so_skips_its_row(tmp_path):
    rows = rs.prime_rows()[:2]
    rows[0]["period_of_performance_start_date"] = "16-Oct"
    path = rs.write_rows(tmp_path / "Contracts_PrimeAwardSummaries_short.csv", rows)
    result = rs.build_with(("usaspending", path))
    assert rs.problems(result) == [
        (path.name, 2, "period_of_performance_start_date", SHORTENED + "; the row is skipped")
    ]
    result, started = _started(tmp_path, ["16-Oct", "2021-05-07"])
    assert started == ["2021-05-07"]
    assert rs.problems(result) == [("awards.csv", 2, "Date", SHORTENED)]


@pytest.mark.skipif(not rs.DATASETS.is_dir(), reason="../shared/datasets is not present")
def test_the_real_atlas_export_says_which_links_lost_their_shortened_dates():
    """The scholars' file dates four links "16-Oct", "18-Oct", "16-Sep" and "18-Aug" (their
    documents are of October 2016 and 2018, September 2016, August 2018)."""
    path = rs.DATASETS / "eff-atlas" / "scholars_unders_surveillance_dataset_03-03-2021.csv"
    result = rs.build_unvalidated(("atlas", path))
    shortened = [p[3][:8] for p in rs.problems(result) if "spreadsheets shorten" in p[3]]
    assert shortened == ["'16-Oct'", "'18-Oct'", "'16-Sep'", "'18-Aug'"]


def _either_way(read: str, advice: str) -> str:
    return (
        "'03/04/2024' may be written day or month first, and no date of this file shows which: "
        f"it is read month first, as US records are written ({read}), and so are 1 more of "
        "its dates" + advice
    )


def test_a_mapped_sheet_whose_every_date_reads_either_way_says_how_it_read_them(tmp_path):
    """A British or Australian sheet's "03/04/2024" (3 April) was 4 March with no word, as
    no date of the file had a day above 12 to show its order: the reading is said once, at
    the first such date, with how to say the order; a mapping that says it hears nothing."""
    result, started = _started(tmp_path, ["03/04/2024", "11/12/2023", "2024-01-05"])
    assert started == ["2024-03-04", "2023-11-12", "2024-01-05"]
    advice = "; say `dates: day-first` or `dates: month-first` in the mapping"
    assert rs.warnings(result) == [("awards.csv", 2, "Date", _either_way("2024-03-04", advice))]
    assert rs.problems(result) == []
    result, started = _started(tmp_path, ["03/04/2024", "11/12/2023"], "dates: day-first\n")
    assert started == ["2024-04-03", "2023-12-11"]
    assert rs.warnings(result) == []
    result, started = _started(tmp_path, ["03/04/2024", "07/25/2023"])
    assert started == ["2024-03-04", "2023-07-25"]  # 07/25 shows the file is month first
    assert rs.warnings(result) == []


def test_an_atlas_or_usaspending_file_whose_every_date_reads_either_way_says_so(tmp_path):
    resave = "; if it was saved day first, save it again with dates as YYYY-MM-DD"
    result, published = _atlas_dated(tmp_path, ["03/04/2024", "2024-02-01", "11/12/2023"])
    assert published == ["2024-03-04", "2024-02-01", "2023-11-12"]
    assert rs.warnings(result) == [
        ("atlas.csv", 2, "Link 1 Date", _either_way("2024-03-04", resave))
    ]
    rows = rs.prime_rows()[:1]
    rows[0]["period_of_performance_start_date"] = "03/04/2024"
    rows[0]["award_base_action_date"] = "03/04/2024"
    path = rs.write_rows(tmp_path / "Contracts_PrimeAwardSummaries_dates.csv", rows)
    result = rs.build_with(("usaspending", path))
    [award] = [r for r in rs.relationships(result, "supplies") if r.contract]
    assert str(award.start) == "2024-03-04"
    said = [w for w in rs.warnings(result) if "day or month first" in w[3]]
    assert said == [(path.name, 2, "award_base_action_date", _either_way("2024-03-04", resave))]


def test_a_mapping_s_own_date_that_reads_either_way_is_refused_at_its_line(tmp_path):
    """`start: {value: "03/04/2024"}`, a date the mapping gives every row, was 4 March without
    a word; it is refused once, at the mapping's line, unless `dates:` says the order."""
    spec = rs.CITY_ORDERS.replace("USD}}", 'USD}, start: {value: "03/04/2024"}}')
    result = rs.city_orders(tmp_path, spec)
    either = "may be day or month first: write it YYYY-MM-DD, or say `dates: day-first` or "
    message = f"qualifier start: '03/04/2024' {either}`dates: month-first` in the mapping"
    assert rs.problems(result) == [("awards.yaml", 5, "qualifiers", message)]
    assert rs.relationships(result, "supplies", obj="city-of-springfield") == []
    result = rs.city_orders(tmp_path, "dates: day-first\n" + spec)
    supplied = rs.relationships(result, "supplies", obj="city-of-springfield")
    assert [str(r.start) for r in supplied] == ["2024-04-03", "2024-04-03"]
    assert rs.problems(result) == []
