"""Errors that graphkit raises. Messages name the culprit: file, line and field."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, order=True)
class Location:
    """Where something was read: the file as users see it, the line, and the field at fault.

    `str()` gives `file:line`, the form messages and report.json show.
    """

    file: str = ""
    line: int | None = None
    field: str | None = None

    @classmethod
    def parse(cls, text: str) -> Location:
        """A location from its `file:line` form (a file alone when there is no line)."""
        file, sep, line = text.rpartition(":")
        if sep and line.isdigit():
            return cls(file, int(line))
        return cls(text)

    def at(self, field: str | None) -> Location:
        """The same place, naming a field."""
        return replace(self, field=field)

    def __bool__(self) -> bool:
        return bool(self.file) or self.line is not None

    def __str__(self) -> str:
        return self.file if self.line is None else f"{self.file}:{self.line}"


NOWHERE = Location()  # for things made by the program rather than read from a file


class GraphkitError(Exception):
    """Base class of every error graphkit raises on purpose."""


class InputError(GraphkitError):
    """A problem in a user's input file, located by file, line and field."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.field = field
        super().__init__(str(self))

    @classmethod
    def at(cls, where: Location, message: str, field: str | None = None) -> InputError:
        """An error at a location; `field` names the field when the location does not."""
        return cls(message, path=where.file or None, line=where.line, field=field or where.field)

    @property
    def location(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return where

    def __str__(self) -> str:
        field = f" [{self.field}]" if self.field else ""
        return f"{self.location}{field}: {self.message}"


class Notice(InputError):
    """Input read right that is still worth a look (a file saved with its dates day first,
    title lines above a table's header): a build's warning, printed and in report.json, never
    a skipped entry, so it does not make the build exit 1 nor stop a --strict one."""


class ConfigError(InputError):
    """graphkit.toml or a --source option is wrong."""


class UnknownEntityError(InputError):
    """A fact names an entity that the registry does not know."""


class QueryError(GraphkitError):
    """A named query is missing, a parameter is wrong, or SPARQL failed."""


class ParameterError(QueryError):
    """A query's parameters given wrong on its command line: one it does not take, one it
    needs left out, a value not of its kind. The CLI says so as a usage error (exit 2)."""


def lines_listed(lines: list[int], most: int = 5) -> str:
    """Where a notice about many rows points: "line 3", "lines 3, 4, 9 and 12 more"."""
    shown = ", ".join(map(str, lines[:most]))
    more = f" and {len(lines) - most} more" if len(lines) > most else ""
    return f"{'line' if len(lines) == 1 else 'lines'} {shown}{more}"
