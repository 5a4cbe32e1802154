"""Extraction results as plain JSON data and back, for the cache.

Only the model's own records (facts, entities, citations, documents, dates, contract details,
input locations, name hints) and input errors are known; anything else in a payload is an
error, so a crafted cache file can at worst be refused, never run.

A record is written as its fields' values in their order under its tag (`{"$Fact": [...]}`),
each value in the form its field's kind gives it (`_KINDS`): a date as `[year, month, day]`, an
amount as its decimal text, a place as `[file, line, field]`, a citation or a document inside a
record as the list of its own fields. Only the outermost record is a JSON object, so the JSON
reader hands over one object per record it holds, not one per date, amount and place inside it:
a rebuild spends most of its reading time there. A record holding a value its kind does not
describe (text where a date goes) is written by its field names instead
(`{"$record": "Fact", "subject": ...}`, each value tagged as it is), and such a record, written
by hand with fields left out, still reads, made by its class.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal

from .. import exc, model
from ..model import SourceDoc, shared_document

_RECORDS = {
    cls.__name__: cls
    for cls in (
        model.Citation,
        model.ContractDetails,
        model.Entity,
        model.Fact,
        model.NameHint,
        model.PartialDate,
        SourceDoc,
        exc.Location,
    )
}
_RECORD_FIELDS = {cls: tuple(f.name for f in dataclasses.fields(cls)) for cls in _RECORDS.values()}
_FIELDS = {cls: frozenset(names) for cls, names in _RECORD_FIELDS.items()}
_ERRORS = {
    cls.__name__: cls
    for cls in vars(exc).values()
    if isinstance(cls, type) and issubclass(cls, exc.InputError)
}
_SCALARS = frozenset({type(None), bool, int, float, str})
_bare = object.__new__  # a record without its __init__ (see `_record`)


class _Unfit(Exception):
    """A value its field's kind does not describe: its record is written by field names."""


# A field's kind: how its value is written (raising _Unfit for a value it does not describe)
# and read back (TypeError, ValueError and the like for data it could not have written);
# `nullable`: None is written and read as itself, without a call.
@dataclasses.dataclass(frozen=True)
class _Kind:
    write: Callable
    read: Callable
    nullable: bool = False


def _plain_write(value):
    if value is None or isinstance(value, (str, int, float)):  # text of a str subclass too
        return value
    raise _Unfit


PLAIN = _Kind(_plain_write, lambda data: data)


def _optional(kind: _Kind) -> _Kind:
    write = kind.write
    return _Kind(lambda value: None if value is None else write(value), kind.read, True)


def _list_of(kind: _Kind, make: type = list) -> _Kind:
    write, read = kind.write, kind.read

    def written(values):
        if type(values) is not make:
            raise _Unfit
        return [write(value) for value in values]

    def made(data):
        if type(data) is not list:
            raise TypeError("expected a list")
        items = [read(item) for item in data]
        return items if make is list else make(items)

    return _Kind(written, made)


def _decimal_write(value):
    if type(value) is not Decimal:
        raise _Unfit
    return str(value)


DECIMAL = _Kind(_decimal_write, lambda data: Decimal(_text(data)))


def _record(cls: type, kinds: dict[str, _Kind]) -> _Kind:
    """A record as the list of its fields' values, each in its kind's form (plain otherwise)."""
    names = _RECORD_FIELDS[cls]
    writers = tuple((name, kinds.get(name, PLAIN).write) for name in names)
    readers = tuple(
        (i, kinds[name].read, kinds[name].nullable) for i, name in enumerate(names) if name in kinds
    )
    count = len(names)

    def write(value):
        if type(value) is not cls:  # a subclass is written by name, as the record it extends
            raise _Unfit
        return [put(getattr(value, name)) for name, put in writers]

    def read(data):
        if type(data) is not list or len(data) != count:
            raise TypeError(f"{cls.__name__} has {count} fields")
        for i, convert, nullable in readers:
            value = data[i]
            if value is not None or not nullable:
                data[i] = convert(value)
        if cls is SourceDoc:  # one object per document, as extraction gives (model.py)
            return shared_document(tuple(data))
        # What __init__ would make (its only other work, a place given as text, has nothing
        # to do: places are written as such), with the fields set at once.
        record = _bare(cls)
        record.__dict__.update(zip(names, data, strict=False))  # (its length checked above)
        return record

    return _Kind(write, read)


def _hints_write(hints):
    if type(hints) is not dict or not all(isinstance(key, str) for key in hints):
        raise _Unfit
    return [[key, _NAME_HINT.write(hint)] for key, hint in hints.items()]


def _hints_read(data) -> dict:
    return {_text(key): _NAME_HINT.read(hint) for key, hint in map(_pair, _list(data))}


_TEXTS = _list_of(PLAIN, tuple)
_PAIRS = _list_of(_TEXTS, tuple)
_PARTIAL_DATE = _record(model.PartialDate, {})
_DATE = _optional(_PARTIAL_DATE)
_PLACE = _record(exc.Location, {})
_NAME_HINT = _record(model.NameHint, {"identifiers": _PAIRS, "columns": _PAIRS})
_DOCUMENT_FIELDS = _record(
    SourceDoc, {"published": _DATE, "retrieved": _DATE, "derived_from": _TEXTS}
)


class _Catalogue(threading.local):
    """The catalogue's documents by id, while a build's cache entries are written or read."""

    documents: Mapping[str, SourceDoc] | None = None


_catalogue = _Catalogue()


@contextmanager
def catalogue_documents(documents: Mapping[str, SourceDoc] | None) -> Iterator[None]:
    """Within the block, a cited document that the catalogue holds (by its id, as it is there)
    is written as its id and read back as the catalogue's own object.

    A fact file's citations cite the catalogue, each a document of a dozen fields written per
    citation: most of what a cache entry held and most of its reading time. An entry's key
    covers the whole catalogue (cache.context_fingerprint), so an id read back means the
    document it meant when written; an id the catalogue lacks is refused (ValueError).
    """
    previous, _catalogue.documents = _catalogue.documents, documents
    try:
        yield
    finally:
        _catalogue.documents = previous


def _document_write(document):
    documents = _catalogue.documents
    if documents is not None and type(document) is SourceDoc and document.id is not None:
        held = documents.get(document.id)
        if held is document or held == document:
            return document.id
    return _DOCUMENT_FIELDS.write(document)


def _document_read(data):
    if type(data) is str:
        # ValueError, not KeyError: its text is the message itself, not the message quoted.
        documents = _catalogue.documents
        if documents is None:
            raise ValueError(f"document {data!r} cited by id, read with no catalogue")
        document = documents.get(data)
        if document is None:
            raise ValueError(f"document {data!r} cited by id is not in the catalogue")
        return document
    return _DOCUMENT_FIELDS.read(data)


_DOCUMENT = _Kind(_document_write, _document_read)
_CITATION = _record(
    model.Citation,
    {"source": _DOCUMENT, "confidence": DECIMAL, "where": _PLACE, "reported": _DATE},
)
_DETAILS = _record(
    model.ContractDetails,
    {
        "citation": _CITATION,
        "obligated": _optional(DECIMAL),
        "potential": _optional(DECIMAL),
        "base_action_date": _DATE,
        "latest_action_date": _DATE,
        "performance_start": _DATE,
        "performance_end": _DATE,
    },
)
# Each record's fields of a kind other than plain text, numbers and truth values.
_KINDS = {
    model.PartialDate: _PARTIAL_DATE,
    exc.Location: _PLACE,
    model.NameHint: _NAME_HINT,
    SourceDoc: _DOCUMENT,
    model.Citation: _CITATION,
    model.ContractDetails: _DETAILS,
    model.Entity: _record(
        model.Entity,
        {
            "aliases": _TEXTS,
            "where": _PLACE,
            "identifiers": _PAIRS,
            "details": _optional(_DETAILS),
            "scope": _TEXTS,
            "records": _list_of(_DETAILS, tuple),
        },
    ),
    model.Fact: _record(
        model.Fact,
        {
            "citations": _list_of(_CITATION),
            "start": _DATE,
            "end": _DATE,
            "amount": _optional(DECIMAL),
            "where": _PLACE,
            "hints": _Kind(_hints_write, _hints_read),
            "as_of": _DATE,
        },
    ),
}
_TAGS = {cls: "$" + cls.__name__ for cls in _KINDS}
_BY_TAG = {_TAGS[cls]: kind.read for cls, kind in _KINDS.items()}


def encode(value):
    """A JSON-ready form of a result: lists, tuples, records, Decimals, input errors."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    record = _KINDS.get(kind)
    if record is not None:
        try:
            return {_TAGS[kind]: record.write(value)}
        except _Unfit:
            return _by_name(kind, value)
    if kind is list:
        return [encode(v) for v in value]
    return _encode_other(value)


def _by_name(cls: type, value) -> dict:
    """A record by its field names, each value tagged as it is (see the module's text)."""
    return {"$record": cls.__name__} | {
        name: encode(getattr(value, name)) for name in _RECORD_FIELDS[cls]
    }


def _encode_other(value):
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, tuple):
        return {"$tuple": [encode(v) for v in value]}
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        return {"$dict": [[k, encode(v)] for k, v in value.items()]}
    if isinstance(value, exc.InputError):
        return {
            "$error": type(value).__name__,
            "message": value.message,
            "path": value.path,
            "line": value.line,
            "field": value.field,
        }
    if dataclasses.is_dataclass(value) and type(value).__name__ in _RECORDS:
        return _by_name(_RECORDS[type(value).__name__], value)  # a subclass: as what it extends
    raise TypeError(f"cannot cache a {type(value).__name__}")


def loads(payload: bytes | str):
    """The value `encode` made, read from its JSON text; TypeError, KeyError or ValueError for
    anything it could not have made.

    The JSON reader calls `_object` on each object as it closes, innermost first, so every value
    inside a record written by name is already decoded when the record is made: no second walk.
    """
    return json.loads(payload, object_hook=_object)


def _object(data: dict):
    if len(data) == 1:
        ((tag, value),) = data.items()
        read = _BY_TAG.get(tag)
        if read is not None:
            return read(value)
        if tag == "$decimal":
            return Decimal(_text(value))
        if tag == "$tuple":
            return tuple(_list(value))
        if tag == "$dict":
            return {_text(k): v for k, v in (_pair(p) for p in _list(value))}
    if "$error" in data:
        cls = _ERRORS[data["$error"]]
        line = data.get("line")
        if line is not None and not isinstance(line, int):
            raise TypeError("an error's line is not a number")
        return cls(
            _text(data["message"]),
            path=_optional_text(data.get("path")),
            line=line,
            field=_optional_text(data.get("field")),
        )
    if "$record" not in data:
        raise TypeError("an object that is no known record")
    cls = _RECORDS[data.pop("$record")]
    unknown = data.keys() - _FIELDS[cls]
    if unknown:
        raise KeyError(f"{cls.__name__} has no field {sorted(unknown)[0]!r}")
    record = cls(**data)  # fields left out take their defaults; a place as text is read
    return model.canonical_document(record) if cls is SourceDoc else record


def _pair(item) -> tuple:
    if not isinstance(item, list) or len(item) != 2:
        raise TypeError("a mapping entry is not a [key, value] pair")
    return item[0], item[1]


def _text(value) -> str:
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value


def _optional_text(value) -> str | None:
    return None if value is None else _text(value)


def _list(value) -> list:
    if not isinstance(value, list):
        raise TypeError("expected a list")
    return value
