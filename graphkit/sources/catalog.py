"""The catalogue of source documents (data/sources.yaml) that facts cite by id."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from ..exc import InputError
from ..model import PartialDate, SourceDoc
from ..yamlio import load_yaml_list

SOURCE_FIELDS = {"id", "url", "title", "publisher", "date", "retrieved", "archive", "kind"}
SOURCE_KINDS = ("article", "report", "record", "press-release", "letter", "webpage", "dataset")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


def check_url(value: object, field: str) -> str:
    text = str(value).strip()
    if not _URL.match(text):
        raise InputError(f"{text!r} is not an http(s) URL", field=field)
    return text


def source_from_mapping(row: Mapping, line_of=lambda key: None, source_id=None) -> SourceDoc:
    """A SourceDoc from url/title/publisher/date/... keys; InputError names the bad field."""

    def fail(err: Exception, key: str) -> InputError:
        return InputError(str(err), line=line_of(key), field=key)

    values: dict = {"id": source_id}
    for key in ("url", "archive"):
        if row.get(key):
            try:
                values[key] = check_url(row[key], key)
            except InputError as err:
                err.line = line_of(key)
                raise
    for key, attr in (("date", "published"), ("retrieved", "retrieved")):
        if row.get(key):
            try:
                values[attr] = PartialDate.parse(row[key])
            except ValueError as err:
                raise fail(err, key) from None
    for key in ("title", "publisher"):
        if row.get(key):
            values[key] = str(row[key]).strip()
    if row.get("kind"):
        if row["kind"] not in SOURCE_KINDS:
            raise fail(ValueError(f"kind must be one of {', '.join(SOURCE_KINDS)}"), "kind")
        values["kind"] = str(row["kind"])
    return SourceDoc(**values)


def load_catalog(
    paths: Iterable[Path], display=str
) -> tuple[dict[str, SourceDoc], list[InputError]]:
    """Read source catalogue files; bad rows are returned as errors and left out."""
    catalog: dict[str, SourceDoc] = {}
    where: dict[str, str] = {}
    problems: list[InputError] = []
    for path in paths:
        shown = display(path)
        for row in load_yaml_list(path, shown):
            try:
                doc = _catalog_entry(row)
                if doc.id in catalog:
                    raise InputError(
                        f"source id {doc.id!r} is already used at {where[doc.id]}",
                        field="id",
                        line=row.line_of("id"),
                    )
            except InputError as err:
                err.path, err.line = shown, err.line or row.line
                problems.append(err)
                continue
            catalog[doc.id] = doc
            where[doc.id] = f"{shown}:{row.line}"
    return catalog, problems


def _catalog_entry(row) -> SourceDoc:
    unknown = sorted(set(map(str, row)) - SOURCE_FIELDS)
    if unknown:
        raise InputError(
            f"unknown field {unknown[0]!r}; fields are {', '.join(sorted(SOURCE_FIELDS))}",
            line=row.line_of(unknown[0]),
            field=unknown[0],
        )
    for key in ("id", "url", "title", "publisher"):
        if not row.get(key):
            raise InputError(f"missing {key}", line=row.line, field=key)
    return source_from_mapping(row, row.line_of, source_id=str(row["id"]))
