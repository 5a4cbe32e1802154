"""A JSON data file read so that nothing is dropped unsaid, and where each record of it starts:
the line a message or a citation names.

`json.loads` keeps the last of a key an object gives twice; `load_json` remembers such keys
(`repeated_keys`), so that a mapping reading one reports the record rather than take one value.

A file of one JSON value a line (JSON Lines, NDJSON, GeoJSON Text Sequences as GDAL writes them)
is read as the list of its values, and one of GeoJSON features as their FeatureCollection:
`json.loads` refused it as "Extra data" after its first line.

A mapping over JSON or GeoJSON reads its records at a dotted path (`features`). `json.loads`
keeps no positions, so the text is walked once more along the same path, each value it does
not enter skipped by the decoder itself, and each record's first character counted in lines.
"""

from __future__ import annotations

import json
import re
from typing import Any

_DECODER = json.JSONDecoder(parse_float=str)


class _Repeating(dict):
    """A JSON object that gives some keys twice (`repeated`), holding the last of each."""

    repeated: frozenset = frozenset()


def load_json(text: str) -> Any:
    """The document, as json.loads reads it with numbers that have a fraction or an exponent
    kept as written (a float keeps 17 digits of an amount); json.JSONDecodeError if it is not
    JSON."""
    return json.loads(text, parse_float=JSONNumber, object_pairs_hook=_object)


def as_one_document(text: str, geojson: bool) -> str | None:
    """The text of a file of one JSON value a line (a GeoJSON sequence's lines may open with
    the record separator, U+001E) as one JSON document of the same lines: the list of its
    values, or the FeatureCollection of its features where `geojson` and each is a Feature;
    None where a line holds no JSON value."""
    lines = text.replace("\x1e", " ").split("\n")
    filled = [at for at, line in enumerate(lines) if line.strip()]
    if len(filled) < 2:
        return None
    for at in filled:
        try:
            load_json(lines[at])
        except json.JSONDecodeError:
            return None
        if at != filled[-1]:
            lines[at] += ","
    values = "[" + "\n".join(lines) + "]"
    if geojson and all(
        isinstance(value, dict) and value.get("type") == "Feature" for value in load_json(values)
    ):
        return '{"type": "FeatureCollection", "features": ' + values + "}"
    return values


class JSONNumber(str):
    """A JSON number with a fraction or an exponent, as written: typed a number by the file
    (1.5e3 is fifteen hundred), not a spreadsheet's rounded rewrite of one."""


def repeated_keys(value: Any) -> frozenset:
    """The keys a JSON object of `load_json` gives more than once."""
    return getattr(value, "repeated", frozenset())


def _object(pairs: list[tuple[str, Any]]) -> dict:
    made = dict(pairs)
    if len(made) == len(pairs):
        return made
    keys = [key for key, _ in pairs]
    repeating = _Repeating(made)
    repeating.repeated = frozenset(k for k in made if keys.count(k) > 1)
    return repeating


_SPACE = re.compile(r"[ \t\n\r]*")


def record_lines(text: str, steps: list[str]) -> list[int] | None:
    """The line each record at the path `steps` starts on, in the order `mapping._walk` gives
    the records (lists along the way walked item by item); None for text this walk cannot
    follow, where the caller numbers the records instead."""
    starts: list[int] = []
    try:
        _value(text, _skip(text, 0), steps, starts)
    except (ValueError, IndexError):
        return None
    lines, line, counted = [], 1, 0
    for offset in starts:
        line += text.count("\n", counted, offset)
        counted = offset
        lines.append(line)
    return lines


def _skip(text: str, at: int) -> int:
    return _SPACE.match(text, at).end()


def _value(text: str, at: int, steps: list[str], starts: list[int]) -> int:
    """Walk the value at `at`, noting where each record starts; the index just after it."""
    if text[at] == "[":
        return _items(text, _skip(text, at + 1), steps, starts)
    if not steps:
        starts.append(at)
    elif text[at] == "{":
        return _members(text, _skip(text, at + 1), steps, starts)
    return _DECODER.raw_decode(text, at)[1]


def _items(text: str, at: int, steps: list[str], starts: list[int]) -> int:
    if text[at] == "]":
        return at + 1
    while True:
        at = _skip(text, _value(text, at, steps, starts))
        if text[at] == "]":
            return at + 1
        if text[at] != ",":
            raise ValueError("expected , or ]")
        at = _skip(text, at + 1)


def _members(text: str, at: int, steps: list[str], starts: list[int]) -> int:
    if text[at] == "}":
        return at + 1
    while True:
        key, at = _DECODER.raw_decode(text, at)
        at = _skip(text, at)
        if text[at] != ":":
            raise ValueError("expected :")
        at = _skip(text, at + 1)
        if key == steps[0]:
            at = _value(text, at, steps[1:], starts)
        else:
            at = _DECODER.raw_decode(text, at)[1]
        at = _skip(text, at)
        if text[at] == "}":
            return at + 1
        if text[at] != ",":
            raise ValueError("expected , or }")
        at = _skip(text, at + 1)
