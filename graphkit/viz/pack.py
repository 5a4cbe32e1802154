"""Page data as the page carries it: the same records, each thing written once.

A large graph's page is mostly facts and their citations, and most of that is repetition: a
source cited by a hundred facts, the same status or currency on most facts, the same id
prefixes. `pack` writes each source once (citations point to it by index), a fact's ends as
indexes into the entity list, ids without their shared prefix, and, for every field that all
records of a kind have, its most common value once as that kind's default, leaving it out of
each record that holds it. The page's `unpack.js` restores exactly the records `page_data`
made before any other script reads them, so the page and its API see no difference.
"""

from __future__ import annotations

import json
from collections import Counter
from itertools import compress, repeat
from operator import eq, is_, itemgetter

from ..schema import relation_families
from ..vocab import ID_BASE

ENTITY_BASE = ID_BASE
FACT_BASE = ID_BASE + "rel/"  # relationship IRIs; an id outside a base keeps its whole self
# `document`: the document the URL names (`document_address`), by which the page counts sources.
SOURCE_FIELDS = ("url", "url_text", "archive", "title", "publisher", "date", "document")
_SOURCE_SET = frozenset(SOURCE_FIELDS)
# Fields the page can work out again, each from another field (unpack.js, same rules).
YEARS = (("from_year", "start"), ("to_year", "end"))
DEFAULT_FAMILY = "business"


class LeanFacts(list):
    """Facts in the form the page's own build gives them (`model_facts.model_links`): no field
    the page works out again (years that are their dates' years, a family that is its
    relation's), and each citation's document as the tuple of its SOURCE_FIELDS under
    `source`. `pack` then only numbers the documents, instead of taking every citation apart."""


def pack(data: dict) -> dict:
    """The page data of `viz.data.page_data`, packed for embedding; see unpack.js."""
    index = {node["id"]: i for i, node in enumerate(data["nodes"])}
    # A source by its fields' values, None where it has none: one key per source as written.
    sources: dict[tuple, int] = {}
    if isinstance(data["edges"], LeanFacts):
        facts, citations = _lean_facts(data["edges"], index, sources)
    else:
        facts, citations = _facts(data["edges"], index, sources)
    defaults = {
        "nodes": _defaults(data["nodes"], skip={"id"}),
        "facts": _defaults(facts, skip={"id", "from", "to", "citations"}),
        "citations": _defaults(citations, skip={"source"}),
        "sources": dict.fromkeys(SOURCE_FIELDS),
    }
    prepared = {kind: _prepared(values) for kind, values in defaults.items()}
    _drop_defaults(citations, prepared["citations"])  # in place: the facts hold these dicts
    nodes = [dict(n) for n in data["nodes"]]
    _drop_defaults(nodes, prepared["nodes"])
    _drop_defaults(facts, prepared["facts"])  # pack's own records
    packed = {k: v for k, v in data.items() if k not in ("nodes", "edges")}
    packed["nodes"] = [_with_id(n, ENTITY_BASE) for n in nodes]
    packed["edges"] = [_with_id(f, FACT_BASE) for f in facts]
    packed["sources"] = [
        {k: v for k, v in zip(SOURCE_FIELDS, source, strict=True) if v is not None}
        for source in sources
    ]
    packed["bases"] = {"nodes": ENTITY_BASE, "facts": FACT_BASE}
    packed["relation_families"] = relation_families()
    packed["default_family"] = DEFAULT_FAMILY
    packed["defaults"] = defaults
    return packed


def _facts(edges: list[dict], index: dict, sources: dict) -> tuple[list[dict], list[dict]]:
    """Each fact less what the page works out again, its ends as indexes and each citation's
    document as the index of its fields in `sources` (added as they come); and the citations."""
    source_of = itemgetter(*SOURCE_FIELDS)
    facts, citations = [], []
    families = relation_families()
    for fact in edges:
        record = _without_derivable(dict(fact), families)
        record["from"], record["to"] = index[fact["from"]], index[fact["to"]]
        packed_citations = record["citations"] = []
        for cite in fact.get("citations") or []:
            try:
                source = source_of(cite)
            except KeyError:  # page data made elsewhere, without every field
                source = tuple(cite.get(k) for k in SOURCE_FIELDS)
            rest = {k: v for k, v in cite.items() if k not in _SOURCE_SET}
            rest["source"] = sources.setdefault(source, len(sources))
            packed_citations.append(rest)
            citations.append(rest)
        facts.append(record)
    return facts, citations


def _lean_facts(edges: LeanFacts, index: dict, sources: dict) -> tuple[list[dict], list[dict]]:
    """`_facts` for facts already lean: copies, ends and documents numbered."""
    facts, citations = [], []
    for fact in edges:
        record = dict(fact)
        record["from"], record["to"] = index[fact["from"]], index[fact["to"]]
        record["citations"] = packed_citations = []
        for cite in fact["citations"]:
            rest = dict(cite)
            rest["source"] = sources.setdefault(cite["source"], len(sources))
            packed_citations.append(rest)
        citations += packed_citations
        facts.append(record)
    return facts, citations


def _without_derivable(fact: dict, families: dict) -> dict:
    """The fact less its years (when they are its dates' years) and family (its relation's)."""
    for year, date in YEARS:
        if year in fact and fact[year] == _year(fact.get(date)):
            del fact[year]
    family = families.get(fact.get("relation"), DEFAULT_FAMILY)
    if fact.get("family") == family:
        del fact["family"]
    return fact


def _year(value) -> int | None:
    """The leading year of a date as the page reads it: ASCII digits after any minus sign."""
    if not isinstance(value, str):
        return None
    head = value.lstrip("-")[:4]
    return int(head) if head.isascii() and head.isdigit() else None


def _defaults(records: list[dict], skip: set[str]) -> dict:
    """For each field every record has, its most common value where more than one record
    holds it (ties: the first in JSON order)."""
    if not records:
        return {}
    shared = set(records[0]).intersection(*records[1:]) - skip
    out = {}
    for key in sorted(shared):
        values = list(map(itemgetter(key), records))
        kinds = set(map(type, values))
        if len(kinds - _NONE) <= 1 and kinds <= _SCALAR_SET:  # most fields: as they are
            counts = Counter(values)  # one type (and None): equal values write one JSON text
            first = _Itself()
        elif kinds <= _FLOATS:  # a float by its repr: one per JSON text (-0.0 is not 0.0)
            keys = [v if v is None else float.__repr__(v) for v in values]
            counts = Counter(keys)
            first = dict(zip(keys, values, strict=True))  # equal reprs: equal floats
        elif kinds <= _SCALAR_SET:  # True is not 1: counted with their types
            counts = Counter(zip(map(type, values), values, strict=True))
            first = {counted: counted[1] for counted in counts}
        else:
            first = {}  # counted form -> a value of that form
            counts = Counter(_counted(value, first) for value in values)
        most = max(counts.values())
        if most > 1:  # only values held more than once are written to choose among them
            out[key] = json.loads(
                min(_as_json(first[c]) for c, count in counts.items() if count == most)
            )
    return out


def _counted(value, first: dict):
    """A value as a Counter key, one per JSON text: scalars as themselves (with their type: True
    is not 1), anything else as its JSON (a float's written without the encoder)."""
    kind = type(value)
    if kind in _SCALARS:
        counted = (kind, value)
    elif kind in _CONTAINERS and not value:  # an empty list or object: no encoder call
        counted = (None, "{}" if kind is dict else "[]")
    elif isinstance(value, float):
        counted = (None, _float_json(value))
    else:
        counted = (None, _as_json(value))
    first.setdefault(counted, value)
    return counted


# One encoder for every value: json.dumps with options makes a new one per call.
_as_json = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode

_SCALARS = (str, int, bool, type(None))
_SCALAR_SET = frozenset(_SCALARS)
_NONE = frozenset({type(None)})
_FLOATS = frozenset({float, type(None)})
_CONTAINERS = (list, tuple, dict)
_CONTAINER_SET = frozenset(_CONTAINERS)


def _float_json(value: float) -> str:
    """A float as JSON writes it: its repr, or NaN and Infinity."""
    text = float.__repr__(value)
    return text if text[-1].isdigit() else _as_json(value)


def _drop_defaults(records: list[dict], defaults: tuple) -> None:
    """Each record less each field holding its default; `defaults` as `_prepared` gives them,
    for fields every record has.

    Field by field over all records: where a field's values are all of the default's type
    (or None), they are compared without a Python step per record.
    """
    for key, value, text, scalar in defaults:
        held = list(map(itemgetter(key), records))
        kinds = set(map(type, held))
        if scalar is not None and kinds <= {scalar, type(None)}:
            same = map(eq, held, repeat(value))
        elif value is None:  # only None writes null (NaN writes NaN)
            same = map(is_, held, repeat(None))
        elif kinds == {float} and type(value) is float:  # by repr: -0.0 is not 0.0
            same = map(eq, map(float.__repr__, held), repeat(float.__repr__(value)))
        elif kinds <= _CONTAINER_SET and not value:  # the empty list or object: the empty ones
            same = (not v and type(v) in _EMPTY[type(value)] for v in held)
        else:
            same = (v == value if type(v) is scalar else _same_json(v, value, text) for v in held)
        for record in compress(records, list(same)):
            del record[key]


_EMPTY = {list: (list, tuple), tuple: (list, tuple), dict: (dict,)}  # the same JSON when empty


class _Itself(dict):
    """A mapping of each value to itself."""

    def __missing__(self, key):
        return key


def _prepared(defaults: dict) -> tuple:
    """(field, default, its JSON, its type if a scalar) for each default: a handful, each
    compared with thousands of records, so each is written once."""
    return tuple(
        (key, value, _as_json(value), type(value) if type(value) in _SCALARS else None)
        for key, value in defaults.items()
    )


def _same_json(value, default, default_json: str) -> bool:
    """Whether a value writes `default_json`. Scalars of the default's type compare directly,
    floats by repr, empty lists and objects by type: most fields of most records, sparing a
    JSON encoding per field of a large page."""
    kind = type(value)
    if kind is type(default):
        if kind in _SCALARS:
            return value == default
        if kind is float:
            return float.__repr__(value) == float.__repr__(default)
        if kind in _CONTAINERS and (not value or not default):
            return not value and not default
    return _as_json(value) == default_json


def _with_id(record: dict, base: str) -> dict:
    """The record, changed in place: its id without the shared base."""
    iri = record.pop("id")
    if iri.startswith(base):
        record["key"] = iri[len(base) :]
    else:
        record["iri"] = iri
    return record
