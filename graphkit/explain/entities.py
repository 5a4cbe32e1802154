"""The entities of a built graph: type, names, identifiers and how many facts use them."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, Graph, URIRef

from ..exc import GraphkitError
from ..model import Entity
from ..rdf.records import read_relationships
from ..vocab import ENT, ENTITY_TYPES, IDENTIFIER_TERMS, TG, types_meant

_TYPES = {iri: name for name, iri in ENTITY_TYPES.items()}


@dataclass(frozen=True)
class EntityRow:
    id: str
    type: str
    label: str
    aliases: tuple[str, ...]
    identifiers: tuple[tuple[str, str], ...]
    facts: int

    def as_entity(self) -> Entity:
        return Entity(
            id=self.id,
            label=self.label,
            type=self.type,
            aliases=self.aliases,
            identifiers=self.identifiers,
        )


def entity_rows(graph: Graph, type_: str | None = None) -> list[EntityRow]:
    """Every typed entity of the graph, sorted by id; `facts` counts relationships it is in."""
    uses: Counter = Counter()
    for record in read_relationships(graph):
        # A claim's own supplier or buyer is in the fact, as `show` lists it.
        claimed = {c[end] for c in record.claims for end in ("subject", "object")}
        for end in {record.subject, record.object, *claimed} - {None}:
            uses[end] += 1
    rows = []
    for iri, name in _TYPES.items():
        if type_ and name not in types_meant([type_]):
            continue
        for node in set(graph.subjects(RDF.type, iri)):
            if not isinstance(node, URIRef) or not str(node).startswith(str(ENT)):
                continue
            ids = [(s, str(v)) for s, t in IDENTIFIER_TERMS.items() for v in graph.objects(node, t)]
            ids += [
                ("wikidata", str(v).rsplit("/", 1)[-1]) for v in graph.objects(node, TG.wikidata)
            ]
            rows.append(
                EntityRow(
                    id=str(node)[len(str(ENT)) :],
                    type=name,
                    label=str(graph.value(node, RDFS.label) or ""),
                    aliases=tuple(sorted(str(a) for a in graph.objects(node, TG.alias))),
                    identifiers=tuple(sorted(ids)),
                    facts=uses[str(node)],
                )
            )
    return sorted(rows, key=lambda r: r.id)


def load_report(path: Path) -> dict:
    """A build's report.json; GraphkitError if there is none yet."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GraphkitError(f"{path}: no build report; run `graphkit build` first") from None
    except json.JSONDecodeError as err:
        raise GraphkitError(f"{path}: not a build report ({err.msg})") from None


def decision_entry(verdict: str, ids: list[str], note: str = "") -> str:
    """One YAML entry for the decisions file, quoted so any id or note reads back as written."""
    text = f"- {verdict}: [{', '.join(json.dumps(i) for i in ids)}]\n"
    if note:
        text += f"  note: {json.dumps(note, ensure_ascii=False)}\n"
    return text
