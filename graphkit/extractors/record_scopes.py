"""A record's name whose scope its record leaves empty, placed as the file's other records place
it: a mapped end's scope column (mapping_scopes.py), an Atlas agency's State.

A name known within a scope (a department's "Office of Inspector General", a state's
"Springfield Police Department") whose record leaves the scope's cell empty, or writes a
placeholder ("N/A"), had no scope: it became a second entity beside the same name on the
file's other records, with exit 0. The scope is read from the same name's other records when
they all give one, said once per file and scope column, as a warning. A name other records
place within several scopes cannot be placed: the record is refused, since read without its
scope the name is every scope's at once, unless the registry knows it as one entity within
each of them (a federal agency an Atlas sheet lists under many states). A name no other record
places is known by its name alone, and the warning says so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable

from ..exc import InputError, Notice
from ..names import name_key
from ..sources.registry import Registry
from .cells import names_no_one

_SHOWN = 6  # lines listed in a warning


def given(text: str) -> str:
    """A scope cell's scope: "" for an empty cell or one that names no one ("N/A")."""
    return "" if names_no_one(text) else text


class NameScopes:
    """The scopes a file's records give names, each name within a group (a mapped end, the
    Atlas's agencies) of one entity type, and the names whose record leaves the scope empty."""

    def __init__(self, registry: Registry) -> None:
        self._registry = registry
        # group: name_key: scope as compared: (scope as written, its first line)
        self._known: dict[Hashable, dict[str, dict[str, tuple[str, int]]]] = {}
        self._types: dict[Hashable, str] = {}
        # scope column: line: (group, name) of each name the line leaves unscoped
        self._lacking: dict[str, dict[int, list[tuple[Hashable, str]]]] = defaultdict(dict)

    def saw(
        self, group: Hashable, type_: str, column: str, line: int, names: Iterable[str], scope: str
    ) -> None:
        """What a record at `line` says: its `names` of `group`, within the `scope` its cell of
        `column` gives (empty, or a placeholder, for none)."""
        known = self._known.setdefault(group, defaultdict(dict))
        self._types[group] = type_
        scope = given(scope)
        for name in names:
            if scope:
                known[name_key(name)].setdefault(self._registry.scope_key(scope), (scope, line))
            else:
                self._lacking[column].setdefault(line, []).append((group, name))

    def notices(self, shown: str, spelt=str) -> list[Notice]:
        """One warning per scope column that records leave empty and that are read; `spelt`
        gives a column as the file spells it."""
        said = []
        for column, lines in self._lacking.items():
            read: set[int] = set()  # the lines placed or left alone; the others are refused
            placed: dict[str, str] = {}
            alone: set[str] = set()
            for line, names in lines.items():
                for group, name in names:
                    found = self._found(group, name)
                    if len(found) == 1:
                        [(scope, _)] = found.values()
                        placed.setdefault(name, scope)
                        read.add(line)
                    elif not found and not self._anywhere(group, name, found):
                        alone.add(name)
                        read.add(line)
            said += _said(spelt(column), read, placed, alone, shown)
        return said

    def of(self, group: Hashable, name: str, text: str, line: int, column: str) -> str:
        """The scope of `name` on the record at `line`, whose scope cell (`column`, as the file
        spells it) reads `text`: the cell's, else the one the name's other records give, else
        none; InputError where they give several."""
        if given(text):
            return text
        found = self._found(group, name)
        if len(found) <= 1:
            return next(iter(found.values()), ("", 0))[0]
        if self._anywhere(group, name, found):
            return ""  # the registry's entity, whichever scope is meant
        places = ", ".join(f"{scope!r} on line {at}" for scope, at in found.values())
        raise InputError(
            f"{column} is empty, and other records place {name!r} within {len(found)} scopes "
            f"({places}): which one is meant is unknown, and read without one it would be "
            f"all of them; the row is skipped (fill in {column})",
            line=line,
            field=column,
        )

    def _found(self, group: Hashable, name: str) -> dict[str, tuple[str, int]]:
        return self._known.get(group, {}).get(name_key(name), {})

    def _anywhere(self, group: Hashable, name: str, found: dict) -> bool:
        """Whether the registry finds `name` as one entity within each scope `found` and
        without one (resolve/entities.py), so that no scope is wanted: an entry placed nowhere
        by a `scope:` of its own, the scopes naming no registry agency (states: ICE in an
        Atlas sheet's every state)."""
        type_ = self._types[group]
        known = self._registry.candidates(name, lambda e: e.type == type_)
        return (
            len(known) == 1
            and not known[0].scope
            and all(self._registry.scope_agency(scope) is None for scope, _ in found.values())
        )


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
