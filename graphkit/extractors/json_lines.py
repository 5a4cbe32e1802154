"""Where each record of a JSON document starts: the line a message or a citation names.

A mapping over JSON or GeoJSON reads its records at a dotted path (`features`). `json.loads`
keeps no positions, so the text is walked once more along the same path, each value it does
not enter skipped by the decoder itself, and each record's first character counted in lines.
"""

from __future__ import annotations

import json
import re

_DECODER = json.JSONDecoder(parse_float=str)
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
