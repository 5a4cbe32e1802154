"""Text from sources made safe to print for people: control characters shown, never obeyed.

A label, a quote or a CSV cell may hold an escape sequence (ESC [ ... m recolours the terminal,
ESC ] sets its title, a carriage return or backspaces rewrite what was printed) or a
bidirectional override that shows words in another order than they are stored. Printed raw,
the reader sees what the text's author chose, not what the graph holds. The text formats print
them as escapes (`\\x1b`, `\\u202e`); csv, tsv and json keep every value as the graph holds it.
"""

from __future__ import annotations

import re

# C0 controls, DEL, C1 controls, the bidirectional marks, embeddings, overrides and isolates,
# and the line and paragraph separators some terminals break lines at.
_CONTROL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(match: re.Match) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def values_for_terminal(data):
    """A JSON-like answer (dicts, lists, strings, numbers) with every string escaped whole,
    line breaks too: what a text formatter then lays out can only break lines where it chose."""
    if isinstance(data, str):
        return for_terminal(data, keep="")
    if isinstance(data, dict):
        return {values_for_terminal(key): values_for_terminal(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [values_for_terminal(value) for value in data]
    return data


def turtle_for_terminal(turtle: str) -> str:
    """Turtle text to print: the characters `for_terminal` escapes, inside its strings, written
    as Turtle's own \\uXXXX escapes (the same text to a Turtle reader); line breaks and tabs,
    which lay the document out, kept."""
    return _CONTROL.sub(_turtle_escape, turtle)


def _turtle_escape(match: re.Match) -> str:
    char = match.group()
    return char if char in "\n\t" else f"\\u{ord(char):04X}"


def for_terminal(text: str, *, keep: str = "\n") -> str:
    """`text` with every control character escaped but those in `keep` (a block of lines keeps
    its line breaks; a table cell, which must stay on its line, keeps none)."""
    if _CONTROL.search(text) is None:  # the common case: nothing to do
        return text
    if not keep:
        return _CONTROL.sub(_escape, text)
    return _CONTROL.sub(lambda m: m.group() if m.group() in keep else _escape(m), text)
