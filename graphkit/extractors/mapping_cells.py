"""A mapping's rows read cell by cell: a column's text (a JSON record's nested keys too), a
value or template, and the names an end's cell holds (split, ignored, kept whole)."""

from __future__ import annotations

import functools
import re
from typing import Any

from ..exc import InputError
from ..names import name_key
from .base import ExtractContext
from .cells import (
    CellNames,
    agency_unit,
    known_names,
    names_no_one,
    placeholders_pattern,
    separators_pattern,
    split_names,
)
from .json_lines import JSONNumber, repeated_keys
from .mapping_spec import FIELD
from .tables import Row, trimmed

_MISSING = object()  # a column a record does not hold
_TWICE = object()  # a column a JSON record gives twice


def _lookup(cells: dict, column: str) -> Any:
    """The value a column names; dotted names reach into JSON records ("properties.name")."""
    value: Any = cells
    for step in [column] if column in cells else column.split("."):
        if not isinstance(value, dict) or step not in value:
            return _MISSING
        if step in repeated_keys(value):
            return _TWICE
        value = value[step]
    return value


def holds(record: dict, column: str) -> bool:
    """Whether a JSON record holds the column (even empty), as `_cell` reads it."""
    return _lookup(record, column) is not _MISSING


def filled(row: Row, column: str) -> bool:
    """Whether a row holds something in a column (a value twice or an object counts)."""
    try:
        return bool(cell(row, column))
    except InputError:
        return True


def typed_number(row: Row, column: str | None) -> bool:
    """Whether a column's value is a JSON number with a fraction or an exponent, which no
    spreadsheet wrote in scientific notation."""
    return column is not None and isinstance(_lookup(row.cells, column), JSONNumber)


def cell(row: Row, column: str) -> str:
    """A column's text ("" where the record does not hold it)."""
    value = _lookup(row.cells, column)
    if value is None or value is _MISSING:
        return ""
    if value is _TWICE:
        raise InputError(
            f"{column} is given twice in this record: one value would be kept and the other "
            "dropped; the row is skipped",
            line=row.line,
            field=column,
        )
    if isinstance(value, dict | list):
        # Its Python spelling ("['Delta Inc', 'Eps Inc']") would become a name or an amount.
        kind = "an object" if isinstance(value, dict) else "a list"
        raise InputError(
            f"{column} holds {kind}, not a value; the row is skipped", line=row.line, field=column
        )
    return trimmed(str(value))


def value(ref: Any, row: Row) -> tuple[str, str | None]:
    """(text, column) for a reference: a column name, {column: ...}, {value: ...} or a template."""
    if isinstance(ref, dict):
        if "value" in ref:
            return template(str(ref["value"]), row), None
        return cell(row, str(ref["column"])), str(ref["column"])
    return cell(row, str(ref)), str(ref)


def template(text: str, row: Row) -> str:
    return FIELD.sub(lambda m: str(row.line) if m[1] == "_row" else cell(row, m[1]), text)


def end_names(ref: dict, row: Row, context: ExtractContext) -> tuple[list[str], bool, str | None]:
    """The names of an end that splits or ignores (cells.split_names), a placeholder seen, and
    its column. With `split`, a JSON list is its names, each item read as a cell is. A name
    the registry knows, or the end `keep`s, is never split."""
    whole = known_names(context.registry, _keep(ref))

    def cell_names(text: str) -> CellNames:
        # A cell that names no one is not split: "N/A" split at "/" would be "N" and "A". One
        # the end ignores is a placeholder, as split_names finds it.
        ignore = _placeholders(ref)
        ignored = ignore is not None and ignore.search(text.strip())
        if names_no_one(text) and name_key(text) not in _kept(ref) and not ignored:
            return CellNames([text.strip()], False)
        if ref.get("type") == "GovernmentAgency" and agency_unit(text):
            # "Justice, Department of, FBI" is one unit, not "Justice", "Department of" and
            # "FBI" (mapping._units_within reads it)
            return CellNames([text.strip()], False)
        return split_names(text, _separators(ref), ignore, whole)

    items = _lookup(row.cells, str(ref["column"])) if "column" in ref else None
    if not (ref.get("split") and isinstance(items, list)):
        text, column = value(ref, row)
        return (*cell_names(text), column)
    names: dict[str, str] = {}
    placeholder = False
    for item in items:
        if isinstance(item, dict | list):
            raise InputError(
                f"{ref['column']} holds a list of lists or objects, not of names; the row is "
                "skipped",
                line=row.line,
                field=str(ref["column"]),
            )
        text = "" if item is None else str(item)
        found = cell_names(text)
        placeholder = placeholder or found.placeholder
        for name in found.names:
            names.setdefault(name_key(name) or name.casefold(), name)
    return list(names.values()), placeholder, str(ref["column"])


def unnamed_of(ref: dict, names: list[str], no_one=names_no_one) -> list[str]:
    """Those of an end's names that name no one ("N/A", "Unknown": cells.names_no_one, or
    `no_one`, which weighs the row's evidence), unless the end `keep`s them (a kept "NA" is a
    name)."""
    return [n for n in names if no_one(n) and name_key(n) not in _kept(ref)]


def _kept(ref: dict) -> frozenset[str]:
    """The names an end `keep`s whole, as name_key gives them."""
    return _keys(tuple(_keep(ref)))


def _keep(ref: dict) -> list[str]:
    """An end's `keep:`, a name or a list of them, as a list."""
    keep = ref.get("keep") or []
    return [str(name) for name in keep] if isinstance(keep, list) else [str(keep)]


@functools.lru_cache(maxsize=64)
def _keys(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(name_key(name) for name in names)


def _separators(ref: dict) -> re.Pattern | None:
    return _pattern(separators_pattern, ref["split"]) if ref.get("split") else None


def _placeholders(ref: dict) -> re.Pattern | None:
    return _pattern(placeholders_pattern, ref["ignore"]) if ref.get("ignore") else None


def _pattern(make, value: str | list) -> re.Pattern | None:
    """The pattern of a `split:` or `ignore:` value, made once per mapping, not once a row."""
    return _compiled(make, tuple(value) if isinstance(value, list) else (value,))


@functools.lru_cache(maxsize=64)
def _compiled(make, texts: tuple[str, ...]) -> re.Pattern | None:
    return make(texts)
