"""Errors that graphkit raises. Messages name the culprit: file, line and field."""

from __future__ import annotations


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

    @property
    def location(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return where

    def __str__(self) -> str:
        field = f" [{self.field}]" if self.field else ""
        return f"{self.location}{field}: {self.message}"


class ConfigError(InputError):
    """graphkit.toml or a --source option is wrong."""


class UnknownEntityError(InputError):
    """A fact names an entity that the registry does not know."""


class QueryError(GraphkitError):
    """A named query is missing, a parameter is wrong, or SPARQL failed."""


class ValidationFailed(GraphkitError):
    """The graph does not conform to its SHACL shapes."""
