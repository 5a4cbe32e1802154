"""Cells every kind of USAspending row reads alike: a required cell, a party's name (which
must name one), identifiers, and a parent named or known only by its UEI."""

from __future__ import annotations

from ..exc import InputError
from ..sources.registry import clean_identifier
from .cells import names_no_one
from .tables import Row


def require(row: Row, column: str, shown: str, what: str) -> str:
    value = row.get(column)
    if not value:
        raise InputError(
            f"missing {what}; the row is skipped", path=shown, line=row.line, field=column
        )
    return value


def named(row: Row, column: str, shown: str, what: str) -> str:
    """A party's name, which must be one: USAspending writes "REDACTED DUE TO PII" for a
    person it withholds and "MULTIPLE RECIPIENTS" for awards it adds up, and read as names
    each would be one party holding every such award."""
    name = require(row, column, shown, what)
    if names_no_one(name):
        raise InputError(
            f"{what} {name!r} names no one; the row is skipped",
            path=shown,
            line=row.line,
            field=column,
        )
    return name


def parent_name(row: Row, name: str, uei: str) -> str:
    """The parent's name; a parent given only by its UEI is still a parent, named by it."""
    if row.get(name) and not names_no_one(row.get(name)):
        return row.get(name)
    return f"UEI {row.get(uei).upper()}" if clean_identifier("uei", row.get(uei)) else ""


def ids(row: Row, uei: str, cage: str | None = None, duns: str | None = None):
    pairs = [("uei", row.get(uei))]
    if cage:
        pairs.append(("cage", row.get(cage)))
    if duns:
        pairs.append(("duns", row.get(duns)))
    return tuple((s, v) for s, v in pairs if v)
