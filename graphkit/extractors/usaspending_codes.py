"""A sub-agency's code where a USAspending file lacks it: users hide code columns.

An office is known by its sub-agency's code (usaspending_agencies.office_hint), so that one
office is one entity however files spell its sub-agency. A download whose user deleted
`awarding_sub_agency_code` (or emptied its cells) gave its offices ids made from the
sub-agency's name: ICE's DETENTION COMPLIANCE AND REMOVALS was another entity than in the
unedited download, and a project holding both files had every such office twice, each with
half of its awards, with exit 0.

The code is found in the file itself: in the same sub-agency's code on another row or under
another role (a funding sub-agency that awards elsewhere in the file), else in the award keys,
which hold their awarding sub-agency's code (CONT_AWD_{PIID}_{7012}_…, ASST_NON_{FAIN}_{7022}).
An IDV's key is not read: it holds the code of the agency whose vehicle it is, not always the
awarding one (two of an ICE download's IDVs under ICE's 7012 are keyed 7001). A sub-agency is
known by its department and name (two departments have an "Office of Inspector General"). A
code read so is said once for the file, as a warning; a sub-agency the file gives no one code
for keeps the name, said too, since its offices then stand apart from a coded file's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..exc import Notice
from ..names import name_key
from .tables import Row
from .usaspending_agencies import LEVELS, funded_elsewhere, unit_name
from .usaspending_rows import code

# The roles whose units a file may name, and the column of the award key that holds the code
# of the role's sub-agency.
_ROLES = ("awarding", "funding", "prime_award_awarding", "prime_award_funding")
_KEYS = {
    "contract_award_unique_key": "awarding",
    "assistance_award_unique_key": "awarding",
    "prime_award_unique_key": "prime_award_awarding",
}
# The kinds of award key that hold their award's awarding sub-agency's code, at part 3.
_KEYED = {("CONT", "AWD"): 6, ("ASST", "NON"): 4, ("ASST", "AGG"): 4}

Unit = tuple[str, str]  # a sub-agency as compared: its department's name_key, its own


def columns_read() -> list[str]:
    """The columns the codes are looked for in."""
    units = [f"{r}_{level}_{part}" for r in _ROLES for level in LEVELS for part in ("name", "code")]
    return [*units, *_KEYS]


class SubAgencyCodes:
    """The sub-agency codes a file's rows lack that the file shows (`cells`: (line, column,
    text) of `columns_read()`, as tables.Table.cells gives them), and `notices` saying so."""

    def __init__(
        self, cells: Iterable[tuple[int, str, str]], header: list[str], shown: str, line: int
    ):
        rows: dict[int, dict[str, str]] = defaultdict(dict)
        for at, column, text in cells:
            rows[at][column] = text
        written: dict[Unit, set[str]] = defaultdict(set)  # by the code columns
        keyed: dict[Unit, set[str]] = defaultdict(set)  # by the award keys
        lacking: dict[str, dict[Unit, tuple[str, int]]] = defaultdict(dict)  # role: name, line
        for at, cells_ in rows.items():
            row = Row(at, cells_)
            for role, unit in _units(row):
                found = code(row, f"{role}_sub_agency_code").upper()
                if found:
                    written[unit].add(found)
                elif unit_name(row, role, "office"):  # the code scopes an office alone
                    lacking[role].setdefault(unit, (unit_name(row, role, "sub_agency"), at))
            for column, role in _KEYS.items():
                unit, parts = _unit(row, role), row.get(column).split("_")
                if unit is not None and _KEYED.get(tuple(parts[:2])) == len(parts):
                    keyed[unit].add(parts[3].upper())
        self.codes: dict[Unit, str] = {}
        self.notices: list[Notice] = []
        for role, units in lacking.items():
            found, unknown = {}, {}
            for unit, (name, at) in units.items():
                codes = written.get(unit) or keyed.get(unit) or set()
                if len(codes) == 1:
                    [self.codes[unit]] = codes
                    found[name] = self.codes[unit]
                else:
                    unknown[name] = at
            column = f"{role}_sub_agency_code"
            self.notices += _said(column, column in header, found, unknown, (shown, line))

    def fill(self, row: Row) -> Row:
        """`row` with the sub-agency codes it lacks that the file shows."""
        cells = None
        for role in _ROLES:
            unit, column = _unit(row, role), f"{role}_sub_agency_code"
            if unit in self.codes and not row.get(column):
                cells = cells or dict(row.cells)
                cells[column] = self.codes[unit]
        return row if cells is None else replace(row, cells=cells)


def _said(column: str, present: bool, found: dict, unknown: dict, header) -> list[Notice]:
    """What a file lacking a sub-agency code column (or its cells, where `present`) is told:
    the codes `found` (name: code), said at the `header` (file, line), and the sub-agencies
    `unknown` (name: a line naming it)."""
    shown, line = header
    lacks = (
        f"the file {'is empty in' if present else 'lacks'} {column}, the code an office is known by"
    )
    said = []
    if found:
        listed = ", ".join(f"{name}: {c}" for name, c in sorted(found.items()))
        said.append(
            Notice(
                f"{lacks}: each sub-agency's code is read from the file's other rows or its "
                f"award keys ({listed}), so its offices are those of a download that has it",
                path=shown,
                line=line,
                field=column,
            )
        )
    for name, at in sorted(unknown.items(), key=lambda item: item[1]):
        said.append(
            Notice(
                f"{lacks}, and no code of {name!r} is in the file: its offices are known by its "
                "name, apart from the same offices read from a download that has the codes "
                "(download the file again to have the column)",
                path=shown,
                line=at,
                field=column,
            )
        )
    return said


def _units(row: Row) -> Iterator[tuple[str, Unit]]:
    """The roles whose sub-agency the row names and states: a funding unit only where another
    department pays (usaspending_agencies.funding_facts)."""
    for role in _ROLES:
        unit = _unit(row, role)
        prefix = role.removesuffix("funding")
        if unit is not None and (prefix == role or funded_elsewhere(row, prefix)):
            yield role, unit


def _unit(row: Row, role: str) -> Unit | None:
    name = name_key(unit_name(row, role, "sub_agency"))
    return (name_key(unit_name(row, role, "agency")), name) if name else None
