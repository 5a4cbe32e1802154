"""The catalogue of source documents (data/sources.yaml) that facts cite by id."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from ..exc import InputError, Notice
from ..model import PartialDate, SourceDoc, canonical_document
from ..yamlio import load_yaml_list, one_value, text_of, texts_of
from .documents import document_address

SOURCE_FIELDS = {
    "id",
    "url",
    "title",
    "publisher",
    "date",
    "retrieved",
    "archive",
    "kind",
    "derived_from",
}
SOURCE_KINDS = (
    "article",
    "report",
    "record",
    "press-release",
    "statement",
    "letter",
    "leak",
    "allegation",
    "webpage",
    "dataset",
)
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


def check_url(value: object, field: str) -> str:
    text = str(value).strip()
    if not _URL.match(text):
        raise InputError(f"{text!r} is not an http(s) URL", field=field)
    # A scheme has no case: "HTTPS://…" is kept as "https://…", as the shapes require; kept as
    # written, the build failed validation naming no file.
    scheme, rest = text.split(":", 1)
    return scheme.lower() + ":" + rest


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
            values[key] = text_of(row, key).strip()
    if row.get("kind"):
        if row["kind"] not in SOURCE_KINDS:
            raise fail(ValueError(f"kind must be one of {', '.join(SOURCE_KINDS)}"), "kind")
        values["kind"] = str(row["kind"])
    if row.get("derived_from"):
        values["derived_from"] = derived_references(
            _as_written(row, "derived_from"), line_of("derived_from")
        )
    # The one object for this document: a worker's copy, or the cache's, comes back as this.
    return canonical_document(SourceDoc(**values))


def _as_written(row, key: str):
    """A field's scalar values as the file spells them (an id 0012 is "0012", not 12); None,
    mappings and lists inside left as they are, for the check that refuses them."""
    value = row[key]
    if isinstance(value, list):
        return texts_of(value)
    return value if isinstance(value, dict) else text_of(row, key)


def derived_references(value: object, line: int | None = None) -> tuple[str, ...]:
    """`derived_from:` as a tuple of catalogue ids or URLs; one reference or a list of them."""
    items = value if isinstance(value, list) else [value]
    refs = []
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise InputError(
                "derived_from names the sources this one reports: an id or URL, or a list of them",
                line=line,
                field="derived_from",
            )
        refs.append(item.strip())
    return tuple(dict.fromkeys(refs))


def load_catalog(
    paths: Iterable[Path], display=str
) -> tuple[dict[str, SourceDoc], list[InputError]]:
    """Read source catalogue files; bad rows are returned as errors and left out."""
    catalog: dict[str, SourceDoc] = {}
    where: dict[str, str] = {}
    lines: dict[str, tuple[str, int]] = {}
    addresses: dict[str, str] = {}  # the first entry of each document, by its address
    problems: list[InputError] = []
    for path in paths:
        shown = display(path)
        for row in load_yaml_list(path, shown, problems.append, trim=True):
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
            if doc.url:
                problems += _same_document(doc, addresses, where, shown, row.line_of("url"))
            lines[doc.id] = (shown, row.line_of("derived_from") or row.line)
    problems += check_derivations(catalog, lines)
    return catalog, problems


def _same_document(
    doc: SourceDoc, addresses: dict[str, str], where: Mapping[str, str], shown: str, line: int
) -> list[Notice]:
    """A notice for an entry whose URL names the document of an entry above it: citing both
    is one witness, not two (resolve/provenance.py counts them once)."""
    first = addresses.setdefault(document_address(doc.url), doc.id)
    if first == doc.id:
        return []
    message = (
        f"source {doc.id!r} is the document of {first!r} ({where[first]}): its URL names the "
        "same page, so facts citing both count one source; cite one id"
    )
    return [Notice(message, path=shown, line=line, field="url")]


def check_derivations(
    catalog: dict[str, SourceDoc], lines: Mapping[str, tuple[str, int]]
) -> list[InputError]:
    """Unknown ids and cycles in `derived_from`, reported and cut so the build goes on.

    A reference is a catalogue id or an http(s) URL (an original outside the catalogue). An
    unknown id is dropped from the row; a cycle is broken at the row that closes it.
    """
    problems = []
    for doc_id in sorted(catalog):
        doc = catalog[doc_id]
        kept = []
        for ref in doc.derived_from:
            if ref in catalog or _URL.match(ref):
                kept.append(ref)
                continue
            path, line = lines[doc_id]
            problems.append(
                InputError(
                    f"derived_from names unknown source {ref!r}; give a source id from this "
                    "catalogue or the original's URL",
                    path=path,
                    line=line,
                    field="derived_from",
                )
            )
        if len(kept) != len(doc.derived_from):
            catalog[doc_id] = replace(doc, derived_from=tuple(kept))
    for doc_id in sorted(catalog):
        cycle = _cycle_from(doc_id, catalog)
        if cycle:
            path, line = lines[doc_id]
            problems.append(
                InputError(
                    f"derived_from makes a cycle ({' -> '.join(cycle)}); a source cannot report "
                    "itself, so this row's derived_from is ignored",
                    path=path,
                    line=line,
                    field="derived_from",
                )
            )
            catalog[doc_id] = replace(catalog[doc_id], derived_from=())
    return problems


def _cycle_from(start: str, catalog: Mapping[str, SourceDoc]) -> list[str] | None:
    """The chain of ids leading from `start` back to itself, if there is one."""
    stack = [(start, [start])]
    seen = set()
    while stack:
        node, chain = stack.pop()
        for ref in catalog[node].derived_from if node in catalog else ():
            if ref == start:
                return [*chain, ref]
            if ref in catalog and ref not in seen:
                seen.add(ref)
                stack.append((ref, [*chain, ref]))
    return None


def _catalog_entry(row) -> SourceDoc:
    unknown = sorted(set(map(str, row)) - SOURCE_FIELDS)
    if unknown:
        raise InputError(
            f"unknown field {unknown[0]!r}; fields are {', '.join(sorted(SOURCE_FIELDS))}",
            line=row.line_of(unknown[0]),
            field=unknown[0],
        )
    if (nested := one_value(row, {"derived_from"})) is not None:
        raise nested
    for key in ("id", "url", "title", "publisher"):
        if not row.get(key):
            raise InputError(f"missing {key}", line=row.line_of(key), field=key)
    return source_from_mapping(row, row.line_of, source_id=text_of(row, "id"))
