"""YAML reading that remembers line numbers, so errors can say file:line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from .exc import InputError
from .files import read_text


class LineDict(dict):
    """A mapping read from YAML, with the line of the mapping and of each key, and the text as
    written of each value YAML read as something else (a number, a date, a boolean)."""

    line: int = 0
    key_lines: dict[str, int]
    written: dict[str, str]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


def one_value(row, lists: frozenset[str] | set[str] = frozenset()) -> InputError | None:
    """The error for the first field of an entry read from YAML that holds a list or mapping
    where one value belongs (all but `lists`): written as its Python text, `role: [a, b]` was
    the role "['a', 'b']", with exit 0. None if there is none."""
    for key, value in row.items():
        if key not in lists and isinstance(value, dict | list):
            line = row.line_of(key) if hasattr(row, "line_of") else None
            return InputError(f"{key} is one value, not a list or mapping", line=line, field=key)
    return None


def texts_of(items) -> list:
    """A sequence's scalar items as text, as written in a YAML file (`aliases: [1.50, yes]` are
    "1.50" and "yes", not "1.5" and "True"); an empty item (`~`) stays None, and a mapping or a
    list inside stays as it is, for the caller to refuse."""
    written = getattr(items, "written", None) or {}
    return [
        written.get(i, item if item is None or isinstance(item, dict | list) else str(item))
        for i, item in enumerate(items)
    ]


def text_of(row, key: str) -> str:
    """A field's value as text: as written in a YAML file (`quote: 12.50` is "12.50", not the
    number's "12.5"; `duns: 0012` is "0012", not octal's 10), else the value's own text."""
    written = getattr(row, "written", None)
    if written and key in written:
        return written[key]
    return str(row[key])


class LineList(list):
    """A sequence read from YAML, with the line of the sequence and of each item, and the text
    of each item YAML read as something else than text, as written (`written`, by index)."""

    line: int = 0
    item_lines: list[int]
    written: dict[int, str]

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


# libyaml parses (when PyYAML was built with it) while our Python constructor keeps the lines.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):
    """libyaml composes the nodes; `_Builder` makes the values, keeping each one's line."""


_MERGE_TAG = "tag:yaml.org,2002:merge"
_STR_TAG = "tag:yaml.org,2002:str"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
_SEQUENCE_TAG = yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG
_ALIASES_REFUSED = "YAML aliases (*name) and merges (<<) are not accepted; write the entry out"


class _Builder:
    """The values of one document's nodes, in one walk.

    Text, mappings and sequences (nearly everything a fact file holds) are made here; other
    scalars (numbers, booleans, null, dates) by PyYAML's safe constructors, so they read as
    YAML says. A node met twice is an alias (*name) or a merge (<<: *name): fact files have
    no use for them, and a few hundred bytes of nested aliases expand to gigabytes.
    """

    def __init__(self, loader: _LineLoader) -> None:
        self.loader = loader
        self.seen: set[int] = set()

    def entries(self, node):
        """The document's value, where each item of a top-level list that cannot be read (an
        impossible date, a key given twice) is its InputError, for the reader to report with
        its line and pass over: one entry's typo lost every fact of its file, the message
        saying only that entry was skipped."""
        if not isinstance(node, yaml.SequenceNode) or node.tag != _SEQUENCE_TAG:
            return self.value(node)
        self.seen.add(id(node))
        items = []
        for child in node.value:
            try:
                items.append(self.value(child))
            except InputError as err:
                items.append(err)
        sequence = LineList(items)
        sequence.line = node.start_mark.line + 1
        sequence.item_lines = [child.start_mark.line + 1 for child in node.value]
        sequence.written = {}
        return sequence

    def value(self, node):
        if isinstance(node, yaml.ScalarNode):
            if node.tag == _STR_TAG:
                return node.value
            if node.tag == _TIMESTAMP_TAG:
                return self._timestamp(node)
            return self.loader.construct_object(node, deep=True)
        if id(node) in self.seen:
            raise InputError(_ALIASES_REFUSED, line=node.start_mark.line + 1)
        self.seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node)
        return self._sequence(node)  # YAML's third and last kind of node

    def _mapping(self, node: yaml.MappingNode) -> LineDict:
        if node.tag != yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG:
            return self.loader.construct_object(node, deep=True)  # PyYAML's error for a tag
        for key_node, _ in node.value:
            if key_node.tag == _MERGE_TAG:
                raise InputError(_ALIASES_REFUSED, line=key_node.start_mark.line + 1)
        mapping = LineDict()
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = key_lines = {}
        mapping.written = written = {}
        for key_node, value_node in node.value:
            key = self.value(key_node)
            line = key_node.start_mark.line + 1
            try:
                if key in mapping:
                    raise InputError(
                        f"key {key!r} appears twice in one mapping", line=line, field=str(key)
                    )
            except TypeError:  # a mapping or sequence as a key: PyYAML's own error
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    "found unhashable key",
                    key_node.start_mark,
                ) from None
            try:
                mapping[key] = value = self.value(value_node)
                if isinstance(value_node, yaml.ScalarNode) and not isinstance(value, str):
                    written[str(key)] = value_node.value
            except InputError as err:
                err.field = err.field or str(key)
                # An alias's node is its anchor's, lines above; the key is where it is used.
                err.line = max(err.line or 0, line)
                raise
            key_lines[str(key)] = line
        return mapping

    def _sequence(self, node: yaml.SequenceNode) -> LineList:
        if node.tag != yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG:
            return self.loader.construct_object(node, deep=True)  # PyYAML's error for a tag
        sequence = LineList(self.value(child) for child in node.value)
        sequence.line = node.start_mark.line + 1
        sequence.item_lines = [child.start_mark.line + 1 for child in node.value]
        sequence.written = {
            i: child.value
            for i, (child, item) in enumerate(zip(node.value, sequence, strict=True))
            if isinstance(child, yaml.ScalarNode) and not isinstance(item, str | None)
        }
        return sequence

    def _timestamp(self, node: yaml.ScalarNode):
        """An unquoted date; an impossible one (2020-13-01) is an InputError at its line."""
        try:
            return self.loader.construct_yaml_timestamp(node)
        except ValueError as err:
            raise InputError(
                f"{node.value!r} is not a date ({err}); write YYYY, YYYY-MM or YYYY-MM-DD",
                line=node.start_mark.line + 1,
            ) from None


def _load(text: str, entries: bool = False):
    """The document's value (None for an empty one), as yaml.load would give it; with
    `entries`, as `_Builder.entries` gives a list's."""
    loader = _LineLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        builder = _Builder(loader)
        return builder.entries(node) if entries else builder.value(node)
    finally:
        loader.dispose()


def load_yaml(path: Path, display: str | None = None, entries: bool = False) -> Any:
    """Parse one YAML file; syntax errors become InputError with file and line. With
    `entries`, an item of a top-level list that cannot be read is its InputError."""
    shown = display or str(path)
    text = read_text(path, shown)  # a byte that is not UTF-8: the whole file, at its line
    try:
        return _load(text, entries)
    except InputError as err:
        err.path = shown
        raise
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        if err.context_mark and "simple key" in (err.context or ""):
            # A key without its colon: the scanner notices on a later line; the key is here.
            mark = err.context_mark
        line = mark.line + 1 if mark else None
        raise InputError(f"YAML syntax: {err.problem or err}", path=shown, line=line) from None
    except yaml.reader.ReaderError as err:
        line = text[: err.position].count("\n") + 1
        what = f"character U+{err.character:04X}" if isinstance(err.character, int) else "byte"
        raise InputError(
            f"{what} is not allowed in YAML (a control character); remove it",
            path=shown,
            line=line,
        ) from None
    except yaml.YAMLError as err:
        raise InputError(f"YAML: {err}", path=shown) from None


def load_yaml_list(
    path: Path,
    display: str | None = None,
    report: Callable[[InputError], None] | None = None,
    trim: bool = False,
) -> list[LineDict]:
    """A YAML file whose top level is a list of mappings (an empty file is an empty list).

    An item that is not a mapping (a stray `-`, a line without its key) is given to `report`
    with its line and left out, so the file's other entries still count; without `report` it
    is raised. With `trim`, text values are `trimmed`."""
    shown = display or str(path)
    data = load_yaml(path, shown, entries=True)
    if data is None:
        return []
    if not isinstance(data, list):
        raise InputError(
            "expected a list of entries (lines starting with '- ')", path=shown, line=1
        )
    entries = []
    for index, item in enumerate(data):
        if isinstance(item, LineDict):
            entries.append(trimmed(item) if trim else item)
            continue
        if isinstance(item, InputError):  # the entry is left out, the file's others kept
            item.path = shown
            if report is None:
                raise item
            report(item)
            continue
        found = "an empty entry (a '-' with nothing after it)" if item is None else repr(item)
        error = InputError(
            f"expected an entry of `key: value` lines, found {found}",
            path=shown,
            line=data.line_of(index),
        )
        if report is None:
            raise error
        report(error)
    return entries


def trimmed(value):
    """`value` with the spaces around each text within it left off, and a text of spaces alone
    made None (no value), as a table's blank cell is: `role: "  "` was a role no one sees,
    `label: "  "` an entity without a name, `relation: " supplies "` no relation."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        for key, item in value.items():
            value[key] = trimmed(item)
    elif isinstance(value, list):
        value[:] = [trimmed(item) for item in value]
    return value
