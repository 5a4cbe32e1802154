"""A mapped JSON or GeoJSON file's records: the document (one JSON value a line too), the records
at the mapping's `records:` path, each by the line it starts on.

A path the document does not hold is refused, naming where the records are when a path a key
longer or shorter leads to them (a FeatureCollection a tool wrapped in another object,
`{"data": {"features": …}}`, or GeoJSON features one a line read as JSON). Records the path
misses in part of the file (a feature whose `properties` or `awards` is null or missing) are
said once, as a warning: they dropped out of the graph unsaid, with exit 0.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

from ..exc import InputError, Notice
from ..files import read_text
from .base import ExtractContext
from .json_lines import as_one_document, load_json, record_lines
from .mapping_cells import holds
from .mapping_qualifiers import record_cells
from .mapping_spec import check_columns
from .tables import Row

_SHOWN = 6  # lines listed in a warning
_DEEPER = 2  # keys a records path may lack at its start, as a wrapper adds them


def json_records(
    data: Path, shown: str, spec: dict, context: ExtractContext, mapping_shown: str, fmt: str
):
    """The records of a JSON or GeoJSON file as rows, what gives their cells (as
    mapping._records does a table's), and what names a column as written (as the mapping does)."""
    text = read_text(data, shown)
    try:
        document = load_json(text)
    except json.JSONDecodeError as err:
        # one value a line (JSON Lines, a GeoJSON sequence): read as one document of them
        lines = err.msg == "Extra data" or text.lstrip(" \t\r\n").startswith("\x1e")
        text = as_one_document(text, fmt == "geojson") if lines else None
        if text is None:
            raise InputError(f"JSON syntax: {err.msg}", path=shown, line=err.lineno) from None
        document = load_json(text)
    path = spec.get("records") or ("features" if fmt == "geojson" else "")
    steps = path.split(".") if path else []
    records = list(walk(document, steps))
    if not records and not _reaches(document, steps):
        # A misspelt path (`records: award`) would import nothing, and say nothing.
        found = _found_at(document, steps)
        raise InputError(
            f"records: {path!r} leads to nothing in {shown}"
            + (f"; the records are at {found!r}" if found else ""),
            path=mapping_shown,
            line=spec.line_of("records") if "records" in spec else 1,
            field="records",
        )
    for notice in _gaps(document, steps, text, shown):
        context.notice(notice)
    objects = [r for r in records if isinstance(r, dict)]
    keys = list(dict.fromkeys(k for r in objects for k in r))

    def has(column: str) -> bool:  # JSON records vary: a column is there if any record has it
        return any(holds(r, column) for r in objects)

    check_columns(spec, mapping_shown, shown, has, keys, context.report)
    rows = [
        Row(line, record)
        for line, record in zip(_lines(text, steps, records), records, strict=True)
        if isinstance(record, dict)
    ]
    return rows, partial(record_cells, rows), lambda error: error


def _lines(text: str, steps: list[str], values: list) -> list[int] | range:
    """Each value at `steps` by the line it starts on, as a CSV row is; by its number where the
    text cannot be followed (a key given twice, of which JSON keeps the last)."""
    lines = record_lines(text, steps)
    return lines if lines is not None and len(lines) == len(values) else range(1, len(values) + 1)


def walk(node: Any, steps: list[str]) -> Iterator[Any]:
    """The records at a dotted path; lists along the way are walked item by item."""
    if isinstance(node, list):
        for item in node:
            yield from walk(item, steps)
    elif not steps:
        yield node
    elif isinstance(node, dict) and steps[0] in node:
        yield from walk(node[steps[0]], steps[1:])


def _reaches(node: Any, steps: list[str]) -> bool:
    """Whether the path is in the document: some record's, or an empty list on its way."""
    if isinstance(node, list):
        return not node or any(_reaches(item, steps) for item in node)
    if not steps:
        return True
    return isinstance(node, dict) and steps[0] in node and _reaches(node[steps[0]], steps[1:])


def _found_at(document: Any, steps: list[str]) -> str | None:
    """A path to records near `steps`: without its first keys, or with keys before it."""
    for start in range(1, len(steps)):
        if any(True for _ in walk(document, steps[start:])):
            return ".".join(steps[start:])
    level = [((), document)]
    for _ in range(_DEEPER):
        below = []
        for prefix, node in level:
            for item in node if isinstance(node, list) else [node]:
                for key, value in item.items() if isinstance(item, dict) else ():
                    if any(True for _ in walk(value, steps)):
                        return ".".join((*prefix, key, *steps))
                    below.append(((*prefix, key), value))
        level = below
    return None


def _gaps(document: Any, steps: list[str], text: str, shown: str) -> Iterator[Notice]:
    """A warning for each step of the path that some of the values before it lack (missing,
    null or no object), where others hold it: their records are not read."""
    for depth in range(len(steps)):
        values = list(walk(document, steps[:depth]))
        lines = _lines(text, steps[:depth], values)
        # a null at the step before was said there
        at = [(line, v) for line, v in zip(lines, values, strict=True) if v is not None]
        held = [isinstance(v, dict) and v.get(steps[depth]) is not None for _, v in at]
        if all(held) or not any(held):
            continue  # none lacks it, or the path is no path here (refused above)
        lacking = [line for (line, _), has in zip(at, held, strict=True) if not has]
        where = ", ".join(map(str, lacking[:_SHOWN])) + (", …" if len(lacking) > _SHOWN else "")
        within = ".".join(steps[:depth]) or "values of the file"
        yield Notice(
            f"{len(lacking)} of the {len(at)} {within} hold{'s' * (len(lacking) == 1)} no "
            f"{steps[depth]!r} (it is "
            f"missing or null; line{'s' * (len(lacking) > 1)} {where}): the records at "
            f"{'.'.join(steps)!r} are read from the others, and none from these",
            path=shown,
            line=lacking[0],
            field=steps[depth],
        )
