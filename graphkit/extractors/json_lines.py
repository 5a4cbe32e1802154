"""A JSON data file read so that nothing is dropped unsaid, and where each record of it starts:
the line a message or a citation names.

`json.loads` keeps the last of a key an object gives twice; `load_json` remembers such keys
(`repeated_keys`), so that a mapping reading one reports the record rather than take one value.

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
