"""A mapped name's scope where its record leaves the scope's cell empty.

An end scoped by a column (`scope: {column: agency}`) is known by its name within that scope,
so that "Office of Inspector General" under two departments is two sub-agencies. A record
whose scope cell is empty, missing (a JSON record without the key) or a placeholder ("N/A")
is placed as the same name's other records place it (record_scopes.py, which the Atlas's
State shares): read without it, "Offices, Boards and Divisions" became a second entity beside
the `…-department-of-justice` of the file's other records, with exit 0.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..exc import InputError, Notice
from .base import ExtractContext
from .cells import names_no_one
from .mapping_cells import end_names
from .record_scopes import NameScopes
from .tables import Row

Cells = Callable[..., Iterator[tuple[int, str, str]]]


def scope_column(ref) -> str | None:
    """The column an end's scope is read from; None for a fixed scope or none."""
    scope = ref.get("scope") if isinstance(ref, dict) else None
    if isinstance(scope, dict):
        return str(scope["column"]) if "column" in scope else None
    return str(scope) if scope else None


class Scopes:
    """The scopes a file's records give each scoped end's names, to place the names whose
    record leaves the scope empty, and the `notices` saying which were placed so."""

    def __init__(
        self, spec: dict, cells: Cells, context: ExtractContext, shown: str, spelt=str
    ) -> None:
        """`spelt` gives a column as the file spells it, for the messages."""
        self._spelt = spelt
        self._scopes = NameScopes(context.registry)
        seen: set[tuple[str, str]] = set()
        for ref in _scoped_ends(spec):
            pair = _pair(ref)
            if pair in seen:
                continue
            seen.add(pair)
            scopes = {line: text for line, _, text in cells([pair[1]], True)}
            type_ = str(ref.get("type", "Company"))
            for line, names in _names(ref, cells, context):
                self._scopes.saw(pair, type_, pair[1], line, names, scopes.get(line, ""))
        self.notices: list[Notice] = self._scopes.notices(shown, spelt)

    def of(self, ref: dict, name: str, row: Row, text: str) -> str:
        """The scope of `name` on `row`, whose scope cell reads `text`: the cell's, else the
        one the name's other records give, else none; InputError where they give several."""
        pair = _pair(ref)
        return self._scopes.of(pair, name, text, row.line, self._spelt(pair[1]))


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
