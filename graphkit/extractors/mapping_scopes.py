"""A mapped name's scope where its record leaves the scope's cell empty.

An end scoped by a column (`scope: {column: agency}`) is known by its name within that scope,
so that "Office of Inspector General" under two departments is two sub-agencies. A record
whose scope cell is empty, missing (a JSON record without the key) or a placeholder ("N/A")
gave the name no scope: "Offices, Boards and Divisions" became a second entity beside the
`…-department-of-justice` of the file's other records, with exit 0. The scope is read from the
same name's other records when they all give one (as usaspending_codes.py reads a deleted
sub-agency code), said once per file and scope column, as a warning. A name other records
place within several scopes cannot be placed: the record is refused, since read without its
scope the name is every scope's at once. A name no other record places is known by its name
alone, and the warning says so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

from ..exc import InputError, Notice
from ..names import name_key
from .base import ExtractContext
from .cells import names_no_one
from .mapping_cells import end_names
from .tables import Row

Cells = Callable[..., Iterator[tuple[int, str, str]]]
_SHOWN = 6  # lines listed in a warning


def scope_column(ref) -> str | None:
    """The column an end's scope is read from; None for a fixed scope or none."""
    scope = ref.get("scope") if isinstance(ref, dict) else None
    if isinstance(scope, dict):
        return str(scope["column"]) if "column" in scope else None
    return str(scope) if scope else None


def given(text: str) -> str:
    """A scope cell's scope: "" for an empty cell or one that names no one ("N/A")."""
    return "" if names_no_one(text) else text


class Scopes:
    """The scopes a file's records give each scoped end's names, to place the names whose
    record leaves the scope empty, and the `notices` saying which were placed so."""

    def __init__(
        self, spec: dict, cells: Cells, context: ExtractContext, shown: str, spelt=str
    ) -> None:
        """`spelt` gives a column as the file spells it, for the messages."""
        self._spelt = spelt
        self._known: dict[tuple, dict[str, dict[str, tuple[str, int]]]] = {}
        key = context.registry.scope_key
        self.notices: list[Notice] = []
        lacking: dict[str, dict[int, list[tuple[tuple, str]]]] = defaultdict(dict)
        for ref in _scoped_ends(spec):
            pair = _pair(ref)
            if pair in self._known:
                continue
            known = self._known[pair] = defaultdict(dict)
            scopes = {line: text for line, _, text in cells([pair[1]], True)}
            for line, names in _names(ref, cells, context):
                scope = given(scopes.get(line, ""))
                for name in names:
                    if scope:
                        known[name_key(name)].setdefault(key(scope), (scope, line))
                    else:
                        lacking[pair[1]].setdefault(line, []).append((pair, name))
        for column, lines in lacking.items():
            read: set[int] = set()  # the lines placed or left alone; the others are refused
            placed: dict[str, str] = {}
            alone: set[str] = set()
            for line, names in lines.items():
                for pair, name in names:
                    found = self._known[pair].get(name_key(name), {})
                    if len(found) == 1:
                        [(scope, _)] = found.values()
                        placed.setdefault(name, scope)
                        read.add(line)
                    elif not found:
                        alone.add(name)
                        read.add(line)
            self.notices += _said(spelt(column), read, placed, alone, shown)

    def of(self, ref: dict, name: str, row: Row, text: str) -> str:
        """The scope of `name` on `row`, whose scope cell reads `text`: the cell's, else the
        one the name's other records give, else none; InputError where they give several."""
        if given(text):
            return text
        pair = _pair(ref)
        found = self._known.get(pair, {}).get(name_key(name), {})
        if len(found) <= 1:
            return next(iter(found.values()), ("", 0))[0]
        places = ", ".join(f"{scope!r} on line {line}" for scope, line in found.values())
        column = self._spelt(pair[1])
        raise InputError(
            f"{column} is empty, and other records place {name!r} within {len(found)} scopes "
            f"({places}): which one is meant is unknown, and read without one it would be "
            f"all of them; the row is skipped (fill in {column})",
            line=row.line,
            field=column,
        )


def _scoped_ends(spec: dict) -> Iterator[dict]:
    for rule in spec["rules"]:
        for end in ("subject", "object"):
            if isinstance(rule[end], dict) and scope_column(rule[end]):
                yield rule[end]


def _pair(ref: dict) -> tuple[str, str]:
    """What keeps an end's names and their scopes: its name's column (or value), its scope's."""
    name = f"column {ref['column']}" if "column" in ref else f"value {ref.get('value')}"
    return name, scope_column(ref) or ""


def _names(ref: dict, cells: Cells, context: ExtractContext) -> Iterator[tuple[int, list[str]]]:
    """(line, names) of an end on each record, its cell split as the rules split it."""
    if "column" not in ref:
        lines = (line for line, _, _ in cells([scope_column(ref)], True))
        yield from ((line, [str(ref.get("value") or "")]) for line in lines)
        return
    column = str(ref["column"])
    for line, _, text in cells([column], True):
        if "split" in ref or "ignore" in ref:
            try:
                names = end_names(ref, Row(line, {column: text}), context)[0]
            except InputError:
                continue  # the rules report it
        else:
            names = [text]
        yield line, [name for name in names if name and not names_no_one(name)]


def _said(
    column: str,
    lines: set[int],
    placed: dict[str, str],
    alone: set[str],
    shown: str,
) -> list[Notice]:
    """The warning of a file whose records at `lines` leave `column` empty and are read: the
    names `placed` (name: scope) and those left `alone`."""
    parts = []
    if placed:
        listed = _listed(f"{n!r} within {s!r}" for n, s in sorted(placed.items()))
        parts.append(f"each name is placed as the file's other records place it ({listed})")
    if alone:
        names = _listed(repr(n) for n in sorted(alone))
        parts.append(
            f"no other record places {names}, known by the name alone, apart from the same "
            f"name within a scope (fill in {column} to place it)"
        )
    if not lines:
        return []  # every such record is refused, each at its line
    at = sorted(lines)
    where = ", ".join(map(str, at[:_SHOWN])) + (", …" if len(at) > _SHOWN else "")
    records = "1 record gives" if len(at) == 1 else f"{len(at)} records give"
    return [
        Notice(
            f"{records} no {column} (line{'s' * (len(at) > 1)} {where}), the scope a name is "
            f"known within: {'; '.join(parts)}",
            path=shown,
            line=at[0],
            field=column,
        )
    ]


def _listed(items: Iterable[str]) -> str:
    items = list(items)
    return ", ".join(items[:_SHOWN]) + (
        f" and {len(items) - _SHOWN} more" if len(items) > _SHOWN else ""
    )
