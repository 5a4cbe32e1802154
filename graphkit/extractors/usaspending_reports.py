"""Which subaward action a Subawards download's row reports.

A row of the download is one report that a prime awardee filed of one of its subawards (FSRS,
since 2025 SAM.gov): the subaward's number, the action's date and amount, and the report's
id. SAM.gov publishes the reports in force and keeps a report amended or withdrawn apart as
deleted, so two rows of one download are two reports both in force, never an earlier and a
corrected version of one: a subaward's rows of other dates or amounts are actions of their own
(an option exercised, a month's task order), each with its own figure, as USAspending's award
page lists and adds them. A prime awardee re-files what it already reported, though (ICE's
subcontracts under one prime award were reported with one date and amount in four monthly
reports): rows that repeat a subaward's date and amount are one action reported again, cited
by each report and counted once. One report id met in two rows (two downloads joined, or
given as two files, the later holding the report as amended) is one report: its figures
dispute each other and the one last modified is shown (merge.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from .tables import Row

# The columns that tell an action apart, and the report's id in FSRS's and in SAM's downloads
ACTION_COLUMNS = (
    "prime_award_unique_key",
    "subaward_number",
    "subawardee_uei",
    "subawardee_duns",
    "subawardee_name",
    "subaward_action_date",
    "subaward_amount",
)
REPORT_COLUMNS = ("subaward_fsrs_report_id", "subaward_sam_report_id")


def report_id(row: Row | dict[str, str]) -> str:
    """The row's report id, as its download names the column; "" where it gives none."""
    return next(filter(None, (row.get(column) for column in REPORT_COLUMNS)), "") or ""


class SubawardReports:
    """The report each row's action is known by: of the file's rows that report one action
    (the same prime award, subaward, subawardee, date and amount), the least report id, so
    a re-filed report joins the first and a download holding the same reports names them
    alike whatever order its rows come in."""

    def __init__(self, cells: Iterable[tuple[int, str, str]]) -> None:
        rows: dict[int, dict[str, str]] = {}
        for line, column, text in cells:
            rows.setdefault(line, {})[column] = text
        first: dict[tuple[str, ...], str] = {}
        for cells_of in rows.values():
            report = report_id(cells_of)
            if report:
                action = _action(cells_of.get)
                first[action] = min(first.get(action, report), report)
        self._first = first

    def action_report(self, row: Row) -> str:
        """The report id the row's action is known by ("" where the row gives none)."""
        own = report_id(row)
        if not own:
            return ""
        return self._first.get(_action(row.get), own)


def _action(get) -> tuple[str, ...]:
    return tuple((get(column) or "").strip().upper() for column in ACTION_COLUMNS)
