"""Extraction results as plain JSON data and back, for the cache.

Only the model's own records (facts, entities, citations, documents, dates, contract details,
input locations, name hints) and input errors are known; anything else in a payload is an
error, so a crafted cache file can at worst be refused, never run.

A record is written as one object holding its fields' values in their order under its tag
(`{"$Citation": [...]}`): without the field names, an entry is half the size, and the JSON
reader, which a rebuild spends most of its reading time in, has half as much to read. A record
written by its field names (`{"$record": "Fact", "subject": ...}`, by hand, fields left out)
still reads, made by its class.
"""

from __future__ import annotations

import dataclasses
import json
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
# Each record's fields in order, and as a set for checking what a cache entry holds.
_RECORD_FIELDS = {cls: tuple(f.name for f in dataclasses.fields(cls)) for cls in _RECORDS.values()}
_FIELDS = {cls: frozenset(names) for cls, names in _RECORD_FIELDS.items()}
_TAGS = {cls: "$" + cls.__name__ for cls in _RECORD_FIELDS}
# Per tag: the class, its fields, and the position of its `where` field (None: it has none).
_BY_TAG = {
    tag: (cls, names, names.index("where") if "where" in names else None)
    for cls, tag in _TAGS.items()
    for names in (_RECORD_FIELDS[cls],)
}
_ERRORS = {
    cls.__name__: cls
    for cls in vars(exc).values()
    if isinstance(cls, type) and issubclass(cls, exc.InputError)
}


# The kinds met most, by exact type: one lookup each instead of a chain of isinstance tests
# (a million-triple build encodes about two million values). Anything else, a subclass
# included, takes the general path below.
_SCALARS = frozenset({type(None), bool, int, float, str})


def encode(value):
    """A JSON-ready form of a result: lists, tuples, records, Decimals, input errors."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    names = _RECORD_FIELDS.get(kind)
    if names is not None:
        return {_TAGS[kind]: [encode(getattr(value, name)) for name in names]}
    if kind is list:
        return [encode(v) for v in value]
    return _encode_other(value)


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
        cls = _RECORDS[type(value).__name__]  # a subclass: written as the record it extends
        return {_TAGS[cls]: [encode(getattr(value, name)) for name in _RECORD_FIELDS[cls]]}
    raise TypeError(f"cannot cache a {type(value).__name__}")


def loads(payload: bytes | str):
    """The value `encode` made, read from its JSON text; TypeError or KeyError for anything it
    could not have made.

    The JSON reader calls `_object` on each object as it closes, innermost first, so every value
    inside a record is already decoded when the record is made: no second walk over the data.
    """
    return json.loads(payload, object_hook=_object)


def _object(data: dict):
    if len(data) == 1:
        ((tag, value),) = data.items()
        record = _BY_TAG.get(tag)
        if record is not None:
            return _positional(*record, _list(value))
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
    if len(data) == len(_RECORD_FIELDS[cls]):  # every field given: made as a positional one
        return _positional(*_BY_TAG[_TAGS[cls]], [data[name] for name in _RECORD_FIELDS[cls]])
    return cls(**data)


def _positional(cls, names: tuple[str, ...], where: int | None, values: list):
    """A record from its fields' values in order (every field, as the cache writes them)."""
    if len(values) != len(names):
        raise TypeError(f"{cls.__name__} has {len(names)} fields, not {len(values)}")
    if cls is SourceDoc:  # one object per document, as extraction gives (model.py)
        return shared_document(tuple(values))
    if where is None or type(values[where]) is exc.Location:
        # The record is what its __init__ would make (whose only other work, turning a `where`
        # text into a Location, has nothing to do), with its fields set at once.
        record = object.__new__(cls)
        vars(record).update(zip(names, values, strict=True))  # lengths checked above
        return record
    return cls(**dict(zip(names, values, strict=True)))


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
