"""The review file: candidate facts a person accepts or rejects before they enter the graph.

`graphkit extract … -o review.yaml` writes every candidate with `status: pending`. A person sets
`status: accept` or `status: reject`, and may correct `subject`, `object`, their types or
`relation`, and add `amount`, `currency`, `start_date`, `end_date` and `product`. The `review`
source kind builds the accepted facts, cited by their sentence; their names go through the same
entity resolution as every other source. A re-run of `extract` into an existing file keeps the
decisions already made.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import yaml

from ...exc import InputError, Location
from ...files import read_text
from ...model import Citation, Entity, Fact, NameHint
from ...sources.catalog import source_from_mapping
from ...sources.registry import Registry
from ...vocab import ENTITY_TYPES, RELATIONS
from ...yamlio import load_yaml_list
from ..base import ExtractContext, files_under
from ..facts import set_qualifiers

NAME = "review"
VERSION = "1"
SUFFIXES = (".yaml", ".yml")
STATUSES = ("pending", "accept", "reject")
_SYNONYMS = {"accepted": "accept", "rejected": "reject", "true": "accept", "false": "reject"}
HEADER = (
    "# Candidate facts proposed by `graphkit extract`. For each, set status to accept or reject;\n"
    "# subject, object, their types and relation may be corrected, and amount, currency,\n"
    "# start_date, end_date and product added. Build the accepted ones with\n"
    '# `graphkit build --source review:THIS_FILE` (or a [[sources]] entry of kind "review").\n'
)
_FIELDS = (
    "status",
    "subject",
    "subject_type",
    "subject_id",
    "relation",
    "object",
    "object_type",
    "object_id",
    "confidence",
    "evidence",
    "start",
    "end",
    "source",
    "title",
    "publisher",
    "date",
    "file",
)


def candidate_id(row: dict) -> str:
    """A stable id of a candidate as extracted, kept when a person corrects its names."""
    parts = [str(row.get(k)) for k in ("file", "start", "end", "subject", "relation", "object")]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def _identity(row: dict) -> str:
    return str(row.get("id") or candidate_id(row))


def review_rows(found: list[dict], previous: list[dict] | None = None) -> list[dict]:
    """Candidate rows with `status: pending`, or the decision a previous review recorded."""
    decided = {_identity(row): row for row in previous or [] if row.get("status") != "pending"}
    rows = []
    for item in found:
        row = {"status": "pending", "id": candidate_id(item)} | {
            k: item.get(k) for k in _FIELDS if k != "status"
        }
        old = decided.get(_identity(row))
        rows.append(old if old else row)
    seen = {_identity(r) for r in rows}
    rows.extend(r for r in decided.values() if _identity(r) not in seen)
    return rows


def dump_review(rows: list[dict]) -> str:
    """The review file's text."""
    body = yaml.safe_dump(rows, sort_keys=False, allow_unicode=True, width=100) if rows else "[]\n"
    return HEADER + body


def load_previous(path: Path) -> list[dict]:
    """Rows of an existing review file (empty if there is none or it is not a list)."""
    if not path.is_file():
        return []
    try:
        data = yaml.safe_load(read_text(path, str(path)))
    except yaml.YAMLError as err:
        raise InputError(f"cannot read the existing review file: {err}", path=str(path)) from None
    return [r for r in data if isinstance(r, dict)] if isinstance(data, list) else []


def extract(path: Path, context: ExtractContext) -> Iterator[Fact | Entity]:
    """Accepted facts of review files; bad rows are reported with file, line and field."""
    for file in files_under(Path(path), SUFFIXES):
        shown = context.display(file)
        try:
            rows = load_yaml_list(file, shown, context.report)
        except InputError as err:
            context.report(err)
            continue
        for row in rows:
            try:
                yield from _accepted(row, shown, context.registry)
            except InputError as err:
                err.path = shown
                context.report(err)


# Review fields that qualify a fact, as the fact files name them ("start"/"end" are offsets here).
_QUALIFIERS = {"amount": "amount", "currency": "currency", "start_date": "start",
               "end_date": "end", "product": "product"}  # fmt: skip


def _named(name: str, type_: str, given, registry: Registry) -> tuple[str, NameHint | None]:
    """The registry's id when the name still names the entity the extractor found; else the
    name with its type, for the build's one resolver: a registry label or alias, or one new
    entity shared with every other source that names it."""
    if given and str(given) in registry:
        if any(e.id == str(given) for e in registry.candidates(name)):
            return str(given), None
    elif given:
        return str(given), None  # an id the person wrote, defined by another source
    return name, NameHint(type_)


def _accepted(row, shown: str, registry: Registry) -> Iterator[Fact | Entity]:
    def fail(message: str, key: str) -> InputError:
        return InputError(message, path=shown, line=row.line_of(key) or row.line, field=key)

    status = str(row.get("status", "")).strip().lower()
    status = _SYNONYMS.get(status, status)
    if status not in STATUSES:
        raise fail(f"status must be one of {', '.join(STATUSES)}", "status")
    if status != "accept":
        return
    relation = str(row.get("relation", ""))
    if relation not in RELATIONS:
        raise fail(
            f"unknown relation {relation!r}; relations are {', '.join(RELATIONS)}", "relation"
        )
    ids, hints = [], {}
    for end in ("subject", "object"):
        name = str(row.get(end) or "").strip()
        if not name:
            raise fail(f"missing {end}", end)
        type_ = str(row.get(f"{end}_type") or "")
        if type_ not in ENTITY_TYPES:
            raise fail(
                f"unknown type {type_!r}; types are {', '.join(ENTITY_TYPES)}", f"{end}_type"
            )
        named, hint = _named(name, type_, row.get(f"{end}_id"), registry)
        ids.append(named)
        if hint is not None:
            hints[end] = hint
    try:
        source = source_from_mapping(
            {
                "url": row.get("source"),
                "title": row.get("title"),
                "publisher": row.get("publisher"),
                "date": row.get("date"),
            },
            row.line_of,
        )
    except InputError as err:
        err.path = shown
        raise
    start, end = row.get("start"), row.get("end")
    locator = None if source.url else f"{row.get('file')}, characters {start}-{end}"
    fact = Fact(
        subject=ids[0],
        relation=relation,
        object=ids[1],
        where=Location(shown, row.line),
        hints=hints,
        citations=[
            Citation(
                source=source,
                locator=locator,
                quote=str(row.get("evidence") or "") or None,
                start=start if isinstance(start, int) else None,
                end=end if isinstance(end, int) else None,
                extractor="article",
                extractor_version=VERSION,
                confidence=Decimal(1),
                where=Location(shown, row.line),
            )
        ],
    )
    qualifiers = {key: row.get(field) for field, key in _QUALIFIERS.items() if row.get(field)}
    set_qualifiers(fact, qualifiers, lambda message, key: fail(message, _review_field(key)))
    if fact.product:
        fact.hints["product"] = NameHint("Product")
    yield fact


def _review_field(key: str) -> str:
    return {fact_key: field for field, fact_key in _QUALIFIERS.items()}.get(key, key)
