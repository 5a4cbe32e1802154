"""What a record importer read right but says is worth a look (a file saved with its dates day
first, a title above its header, a sheet's total rows) is a warning of `graphkit build`: printed,
in report.json's "warnings", exit 0. A value or a row lost is still a skipped entry, exit 1.
Each was a skipped entry, so a build that read every row right exited 1."""

import csv
import io
import json

import records_support as rs
from support import MINI, copy_project, run_graphkit

from graphkit.exc import Notice
from graphkit.extractors.codec import encode, loads

DAY_FIRST = (
    "'25/07/2021' is a date written day first, and no date of this file is written month "
    "first: a spreadsheet saved the file with its dates day first, and they are all read so "
    "(05/07/2021 is 5 July)"
)


def _download(folder, dates: list[str], title: str = "") -> str:
    rows = rs.prime_rows()[: len(dates)]
    for n, (row, date) in enumerate(zip(rows, dates, strict=True), 1):
        key = f"CONT_AWD_TEST{n:04d}_7012_-NONE-_-NONE-"
        row |= {"contract_award_unique_key": key, "award_id_piid": f"TEST{n:04d}"}
        row |= {column: date for column, text in row.items() if column.endswith("_date") and text}
    path = rs.write_rows(folder / "Contracts_PrimeAwardSummaries_saved.csv", rows)
    path.write_text(title + path.read_text(encoding="utf-8"), encoding="utf-8")
    return path.name


def _built(tmp_path, *args):
    project = copy_project(MINI, tmp_path / "project")
    done = run_graphkit("build", *args, cwd=project)
    report = json.loads((project / "output" / "report.json").read_text(encoding="utf-8"))
    return done, report


def test_a_file_read_right_with_notices_builds_with_exit_0_and_says_them(tmp_path):
    name = _download(tmp_path, ["25/07/2021", "05/07/2021"], "Prime award summaries\n")
    done, report = _built(tmp_path, "--source", f"usaspending:{tmp_path / name}")
    assert done.returncode == 0, done.stderr
    shown = str(tmp_path / name)
    title = (
        "the header is on line 2: line 1 above it ('Prime award summaries') is no row and is "
        "skipped"
    )
    assert f"warning: {shown}:1: {title}\n" in done.stderr
    assert f"warning: {shown}:3 [award_base_action_date]: {DAY_FIRST}\n" in done.stderr
    assert "skipped:" not in done.stderr
    assert report["skipped"] == []
    assert report["warnings"] == [
        {"file": shown, "line": 1, "field": None, "message": title},
        {"file": shown, "line": 3, "field": "award_base_action_date", "message": DAY_FIRST},
    ]
    # and the dates the notice speaks of are read as it says
    project = tmp_path / "project"
    supplies = run_graphkit(
        "query", "contracts", "-p", "agency=ICE", "--format", "csv", cwd=project
    )
    ours = [row for row in csv.DictReader(io.StringIO(supplies.stdout)) if row["award"]]
    assert sorted((row["contract"], row["start"]) for row in ours) == [
        ("TEST0001", "2021-07-25"),
        ("TEST0002", "2021-07-05"),
    ]


def test_a_value_lost_beside_a_notice_still_exits_1(tmp_path):
    """A date that reads either way in a file that writes both loses its row: a problem."""
    name = _download(tmp_path, ["25/07/2021", "07/25/2021", "05/07/2021"])
    done, report = _built(tmp_path, "--source", f"usaspending:{tmp_path / name}")
    assert done.returncode == 1
    assert [(s["line"], s["message"].split(":")[0]) for s in report["skipped"]] == [
        (4, "'05/07/2021' may be day or month first")
    ]
    assert f"skipped: {tmp_path / name}:4 [award_base_action_date]: " in done.stderr


def test_a_strict_build_does_not_stop_at_a_notice(tmp_path):
    name = _download(tmp_path, ["25/07/2021", "05/07/2021"])
    done, report = _built(tmp_path, "--strict", "--source", f"usaspending:{tmp_path / name}")
    assert done.returncode == 0, done.stderr
    assert [w["message"] for w in report["warnings"]] == [DAY_FIRST]


def test_a_notice_comes_back_from_a_cached_extraction_as_a_notice():
    """Extractions are cached and come from worker processes encoded: a notice stays one."""
    note = Notice("read right", path="a.csv", line=2, field="Date")
    [back] = loads(json.dumps(encode([note])))
    assert type(back) is Notice
    assert (back.path, back.line, back.field, back.message) == ("a.csv", 2, "Date", "read right")
