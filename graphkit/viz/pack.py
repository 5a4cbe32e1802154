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
import re
from collections import Counter

from ..schema import relation_families
from ..vocab import ID_BASE

ENTITY_BASE = ID_BASE
FACT_BASE = ID_BASE + "rel/"  # relationship IRIs; an id outside a base keeps its whole self
SOURCE_FIELDS = ("url", "url_text", "archive", "title", "publisher", "date")
# Fields the page can work out again, each from another field (unpack.js, same rules).
YEARS = (("from_year", "start"), ("to_year", "end"))
DEFAULT_FAMILY = "business"


def pack(data: dict) -> dict:
    """The page data of `viz.data.page_data`, packed for embedding; see unpack.js."""
    index = {node["id"]: i for i, node in enumerate(data["nodes"])}
    sources: dict[tuple, int] = {}
    facts, citations = [], []
    for fact in data["edges"]:
        record = _without_derivable({k: v for k, v in fact.items() if k != "citations"})
        record["from"], record["to"] = index[fact["from"]], index[fact["to"]]
        record["citations"] = []
        for cite in fact.get("citations") or []:
            source = tuple((k, cite.get(k)) for k in SOURCE_FIELDS if cite.get(k) is not None)
            rest = {k: v for k, v in cite.items() if k not in SOURCE_FIELDS}
            rest["source"] = sources.setdefault(source, len(sources))
            record["citations"].append(rest)
            citations.append(rest)
        facts.append(record)
    defaults = {
        "nodes": _defaults(data["nodes"], skip={"id"}),
        "facts": _defaults(facts, skip={"id", "from", "to", "citations"}),
        "citations": _defaults(citations, skip={"source"}),
        "sources": dict.fromkeys(SOURCE_FIELDS),
    }
    for record in citations:  # in place: the fact records hold these same dicts
        _drop_defaults(record, defaults["citations"])
    packed = {k: v for k, v in data.items() if k not in ("nodes", "edges")}
    packed["nodes"] = [_with_id(n, ENTITY_BASE, defaults["nodes"]) for n in data["nodes"]]
    packed["edges"] = [_with_id(f, FACT_BASE, defaults["facts"]) for f in facts]
    packed["sources"] = [dict(source) for source in sources]
    packed["bases"] = {"nodes": ENTITY_BASE, "facts": FACT_BASE}
    packed["relation_families"] = relation_families()
    packed["default_family"] = DEFAULT_FAMILY
    packed["defaults"] = defaults
    return packed


def _without_derivable(fact: dict) -> dict:
    """The fact less its years (when they are its dates' years) and family (its relation's)."""
    for year, date in YEARS:
        if year in fact and fact[year] == _year(fact.get(date)):
            del fact[year]
    family = relation_families().get(fact.get("relation"), DEFAULT_FAMILY)
    if fact.get("family") == family:
        del fact["family"]
    return fact


def _year(value) -> int | None:
    """The leading year of a date as the page reads it: ASCII digits after any minus sign."""
    if not isinstance(value, str):
        return None
    head = value.lstrip("-")[:4]
    return int(head) if re.fullmatch("[0-9]+", head) else None


def _defaults(records: list[dict], skip: set[str]) -> dict:
    """For each field every record has, its most common value where more than one record
    holds it (ties: the first in JSON order)."""
    if not records:
        return {}
    shared = set(records[0]).intersection(*records[1:]) - skip
    out = {}
    for key in sorted(shared):
        counts = Counter(_counted(r[key]) for r in records)
        text, count = min(
            ((_text(value), count) for value, count in counts.items()),
            key=lambda item: (-item[1], item[0]),
        )
        if count > 1:
            out[key] = json.loads(text)
    return out


def _counted(value):
    """A value as a Counter key: scalars as themselves (with their type: True is not 1),
    anything else as its JSON."""
    if type(value) in _SCALARS:
        return (type(value).__name__, value)
    return ("json", _as_json(value))


def _text(counted) -> str:
    kind, value = counted
    return value if kind == "json" else _as_json(value)


def _as_json(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


_SCALARS = (str, int, bool, type(None))


def _same_json(value, default) -> bool:
    """Whether two values write the same JSON; scalars of one type compare directly (most
    fields of most records), which spares a JSON encoding per field of a large page."""
    if type(value) is type(default) and type(value) in _SCALARS:
        return value == default
    return _as_json(value) == _as_json(default)


def _drop_defaults(record: dict, defaults: dict) -> dict:
    for key, value in defaults.items():
        if key in record and _same_json(record[key], value):
            del record[key]
    return record


def _with_id(record: dict, base: str, defaults: dict) -> dict:
    out = _drop_defaults(dict(record), defaults)
    del out["id"]
    if record["id"].startswith(base):
        out["key"] = record["id"][len(base) :]
    else:
        out["iri"] = record["id"]
    return out
