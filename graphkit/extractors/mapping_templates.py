"""A mapping's date made of a row's cells (`start: {value: "{Year}-{Month}-01"}`) that gives no
date, said once for the file: rows whose cells it reads are empty keep their fact without the
date, as an empty date cell does; rows whose cells make no date are skipped. Each row was
reported apart ("'-01-01' is not a date", naming no field) and skipped, its fact lost even
where the row only had no year to give."""

from __future__ import annotations

from collections.abc import Mapping

from ..exc import InputError, Notice, lines_listed
from .mapping_spec import FIELD
from .record_values import no_value
from .tables import Row


class UnreadTemplate(InputError):
    """A row's templated date that is no date: the row is skipped, said with the others."""


class TemplatedDates:
    """The rows of one mapped file whose templated dates give none, by qualifier."""

    def __init__(self) -> None:
        # (qualifier, template) -> lines whose cells are empty; lines and text unread
        self._empty: dict[tuple[str, str], list[int]] = {}
        self._unread: dict[tuple[str, str], list[tuple[int, str, str]]] = {}

    @staticmethod
    def template(ref) -> str | None:
        """The template a qualifier's reference writes (`{value: "{Year}-01-01"}`), or None."""
        if isinstance(ref, Mapping) and isinstance(ref.get("value"), str):
            text = ref["value"]
            return text if _columns(text) else None
        return None

    def empty(self, key: str, template: str, row: Row) -> bool:
        """Whether every cell `template` reads is empty in `row` (or says there is none,
        "N/A"): then the date is not given, and the row is counted."""
        for column in _columns(template):
            text = str(row.get(column) or "").strip()
            if text and not no_value(text):
                return False
        self._empty.setdefault((key, template), []).append(row.line)
        return True

    def unread(self, key: str, template: str, row: Row, text: str, why: str) -> UnreadTemplate:
        """The error that skips a row whose template makes `text`, no date (`why`)."""
        self._unread.setdefault((key, template), []).append((row.line, text, why))
        return UnreadTemplate(why, line=row.line, field=key)

    def said(self, shown: str) -> list[InputError]:
        """What the file's templated dates did, one message per qualifier and template."""
        out: list[InputError] = []
        for (key, template), lines in sorted(self._empty.items(), key=lambda i: i[1][0]):
            columns = " and ".join(_columns(template))
            are = "is" if len(_columns(template)) == 1 else "are"
            kept = "its fact is" if len(lines) == 1 else "their facts are"
            out.append(
                Notice(
                    f"qualifier {key}: {template!r} gives no date on {_rows(lines)}, whose "
                    f"{columns} {are} empty or say none: {kept} kept without a {key}",
                    path=shown,
                    line=lines[0],
                    field=key,
                )
            )
        for (key, template), seen in sorted(self._unread.items(), key=lambda i: i[1][0][0]):
            line, text, why = seen[0]
            out.append(
                InputError(
                    f"qualifier {key}: {template!r} gives no date on {_rows([s[0] for s in seen])}"
                    f" (line {line}: {why}); {'it is' if len(seen) == 1 else 'they are'} skipped",
                    path=shown,
                    line=line,
                    field=key,
                )
            )
        self._empty.clear()
        self._unread.clear()
        return out


def _columns(template: str) -> list[str]:
    return [name for name in FIELD.findall(template) if name != "_row"]


def _rows(lines: list[int]) -> str:
    """ "1 row (line 3)", "7 rows (lines 3, 4, 5, 6, 8 and 2 more)"."""
    return f"{len(lines)} {'row' if len(lines) == 1 else 'rows'} ({lines_listed(lines)})"
