"""What changed between two graphs: relationships and citations added, removed or changed.

Relationship and citation ids are hashes of what makes them distinct, so the same fact keeps
its id across builds: a fact whose id is in both graphs is compared field by field.
"""

from __future__ import annotations

from rdflib import Graph

from ..rdf.records import SourceRecord, read_relationships
from .wording import arrow, citation_line, claim_line, short_id

REL_FIELDS = ("start", "end", "amount", "currency", "product", "contract", "role", "status")
CITATION_FIELDS = ("locator", "quote", "extractor", "extractor_version", "confidence")
SOURCE_FIELDS = ("url", "title", "publisher", "date", "retrieved", "archive")
_NO_SOURCE = SourceRecord("")


def snapshot(graph: Graph) -> dict[str, dict]:
    """Every relationship in the graph, by id, with its fields and citations (plain data)."""
    facts = {}
    for record in read_relationships(graph):
        fields = {name: getattr(record, name) for name in REL_FIELDS}
        for name in ("product", "contract"):
            fields[name] = _short(fields[name])
        # What the build works out from the claims, and the claims themselves: a source's
        # figure changed, a dispute settled or a fact said to be ongoing is a change too.
        fields["ongoing"] = True if record.ongoing else None
        fields["independent sources"] = record.independent_sources
        disputed = ", ".join(record.disputed_fields)
        fields["disputed"] = disputed or (True if record.disputed else None)
        fields["claims"] = sorted(claim_line(c, show_object=True) for c in record.claims) or None
        fact = {
            "id": record.id,
            "subject": _end(record.subject, record.subject_label),
            "relation": record.relation,
            "object": _end(record.object, record.object_label),
            "fields": fields,
            "citations": {},
        }
        for cite in record.citations:
            source = cite.source or _NO_SOURCE
            values = {name: getattr(cite, name) for name in CITATION_FIELDS}
            values.update({name: getattr(source, name) for name in SOURCE_FIELDS})
            fact["citations"][cite.id] = values
        facts[fact["id"]] = fact
    return facts


def _end(iri: str | None, label: str | None) -> dict:
    return {"id": _short(iri), "label": label or short_id(str(iri))}


def _short(iri: str | None) -> str | None:
    return None if iri is None else short_id(iri)


def diff(old: Graph, new: Graph) -> dict:
    """Relationships added, removed and changed (fields and citations), in a stable order."""
    before, after = snapshot(old), snapshot(new)
    added = [_whole(after[k]) for k in sorted(after.keys() - before.keys(), key=_order(after))]
    removed = [_whole(before[k]) for k in sorted(before.keys() - after.keys(), key=_order(before))]
    changed = []
    for key in sorted(before.keys() & after.keys(), key=_order(after)):
        change = _compare(before[key], after[key])
        if change:
            changed.append(change)
    return {
        "added": added,
        "removed": removed,
        "changed": changed,
        "counts": {"added": len(added), "removed": len(removed), "changed": len(changed)},
    }


def _order(facts: dict):
    return lambda k: (
        facts[k]["subject"]["label"],
        facts[k]["relation"],
        facts[k]["object"]["label"],
        k,
    )


def _head(fact: dict) -> dict:
    return {
        "id": fact["id"],
        "subject": fact["subject"],
        "relation": fact["relation"],
        "object": fact["object"],
    }


def _whole(fact: dict) -> dict:
    out = _head(fact)
    out["fields"] = {k: v for k, v in fact["fields"].items() if v is not None}
    out["citations"] = [dict(id=k, **fact["citations"][k]) for k in sorted(fact["citations"])]
    return out


def _compare(old: dict, new: dict) -> dict | None:
    fields = _changed_fields(old["fields"], new["fields"])
    if old["subject"]["label"] != new["subject"]["label"]:
        fields["subject label"] = {"old": old["subject"]["label"], "new": new["subject"]["label"]}
    if old["object"]["label"] != new["object"]["label"]:
        fields["object label"] = {"old": old["object"]["label"], "new": new["object"]["label"]}
    before, after = old["citations"], new["citations"]
    citations = {
        "added": [dict(id=k, **after[k]) for k in sorted(after.keys() - before.keys())],
        "removed": [dict(id=k, **before[k]) for k in sorted(before.keys() - after.keys())],
        "changed": [
            {"id": k, "fields": _changed_fields(before[k], after[k])}
            for k in sorted(before.keys() & after.keys())
            if before[k] != after[k]
        ],
    }
    if not fields and not any(citations.values()):
        return None
    out = _head(new)
    out.update(fields=fields, citations=citations)
    return out


def _changed_fields(old: dict, new: dict) -> dict:
    return {
        k: {"old": old.get(k), "new": new.get(k)}
        for k in sorted(old.keys() | new.keys())
        if old.get(k) != new.get(k)
    }


def is_empty(answer: dict) -> bool:
    return not (answer["added"] or answer["removed"] or answer["changed"])


def format_text(answer: dict) -> str:
    """`+` added, `-` removed, `~` changed; citations and field changes indented below."""
    lines = []
    for sign, facts in (("+", answer["added"]), ("-", answer["removed"])):
        for fact in facts:
            lines.append(f"{sign} {_fact_line(fact)}{_fields_text(fact['fields'])}")
            lines += [f"    {sign} citation: {citation_line(c)}" for c in fact["citations"]]
    for fact in answer["changed"]:
        lines.append(f"~ {_fact_line(fact)}")
        for name, change in fact["fields"].items():
            lines.append(f"    {name}: {_shown(change['old'])} → {_shown(change['new'])}")
        cites = fact["citations"]
        lines += [f"    + citation: {citation_line(c)}" for c in cites["added"]]
        lines += [f"    - citation: {citation_line(c)}" for c in cites["removed"]]
        for cite in cites["changed"]:
            for name, change in cite["fields"].items():
                lines.append(
                    f"    ~ citation {cite['id']}: {name}: {_shown(change['old'])} → "
                    f"{_shown(change['new'])}"
                )
    return "\n".join(lines) + "\n" if lines else ""


def summary(answer: dict) -> str:
    counts = answer["counts"]
    if is_empty(answer):
        return "no differences"
    return (
        f"{counts['added']} relationships added, {counts['removed']} removed, "
        f"{counts['changed']} changed"
    )


def _fact_line(fact: dict) -> str:
    return (
        f"{arrow(fact['subject']['label'], fact['relation'], fact['object']['label'], True)}"
        f"  (rel {fact['id']})"
    )


def _fields_text(fields: dict) -> str:
    return f"  [{'; '.join(f'{k}: {v}' for k, v in sorted(fields.items()))}]" if fields else ""


def _shown(value) -> str:
    if isinstance(value, list):  # claims, one per line's worth: `a` | `b`
        return " | ".join(_shown(item) for item in value)
    return "(none)" if value is None else repr(value) if isinstance(value, str) else str(value)
