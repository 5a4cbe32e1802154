"""Dates a spreadsheet or a person writes otherwise than YYYY-MM-DD are refused at their line,
saying what to write: the date itself where it can only be one, both readings where the day
and the month could be either."""

from __future__ import annotations

import pytest
from support import build_with_facts

HEADER = "subject,relation,object,start,url,title,date,locator\n"


@pytest.mark.parametrize(
    ("start", "message"),
    [
        (
            "03/04/2021",
            "'03/04/2021' is written otherwise than YYYY-MM-DD, and may be 3 April or "
            "March 4: write 2021-04-03 or 2021-03-04",
        ),
        ("25/07/2021", "'25/07/2021' is written otherwise than YYYY-MM-DD: write 2021-07-25"),
        ("7/25/2021", "'7/25/2021' is written otherwise than YYYY-MM-DD: write 2021-07-25"),
        (
            "March 4, 2021",
            "'March 4, 2021' is written otherwise than YYYY-MM-DD: write 2021-03-04",
        ),
        ("4 Mar 2021", "'4 Mar 2021' is written otherwise than YYYY-MM-DD: write 2021-03-04"),
        (
            "2021-03-04 00:00:00",
            "'2021-03-04 00:00:00' is written otherwise than YYYY-MM-DD: write 2021-03-04",
        ),
        ("2021-3-4", "'2021-3-4' is written otherwise than YYYY-MM-DD: write 2021-03-04"),
    ],
)
def test_a_date_written_otherwise_is_refused_saying_what_to_write(tmp_path, start, message):
    row = f'clearview-ai,supplies,hsi,"{start}",https://example.org/a,A,2021-05-01,p1\n'
    ran, report = build_with_facts(tmp_path, {"f.csv": HEADER + row})
    assert ran.exit_code == 1
    assert [(p["line"], p["field"], p["message"]) for p in report["skipped"]] == [
        (2, "start", message)
    ]


def test_a_publication_date_too(tmp_path):
    row = 'clearview-ai,supplies,hsi,2021,https://example.org/a,A,"May 1, 2021",p1\n'
    ran, report = build_with_facts(tmp_path, {"f.csv": HEADER + row})
    assert [(p["line"], p["field"], p["message"]) for p in report["skipped"]] == [
        (2, "date", "'May 1, 2021' is written otherwise than YYYY-MM-DD: write 2021-05-01")
    ]
