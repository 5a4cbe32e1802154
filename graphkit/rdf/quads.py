"""The one RDF writer: entities, relationships, citations and sources as N-Triples text.

Each source document gets a named graph holding what it states; entity descriptions sit in
the registry graph. The union of all graphs is the full graph. Terms are written as text
straight from the model, with no rdflib or Oxigraph object per triple: the store bulk-loads
the text and Oxigraph's serialisers read it, which is what keeps a build near the store's own
speed.

Every IRI written is a namespace of vocab.py with a slug or a digest after it, a Wikidata QID
or a homepage the registry checked with `vocab.is_iri`, and each is checked again as it is first
written (iris.py): the readers of this text (the store's loader, the serialisers) read it
leniently, without checking each IRI again (half the time Oxigraph takes to parse it).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Citation, Entity, PartialDate, SourceDoc
from ..resolve.claims import Claim
from ..resolve.merge import Relationship
from ..resolve.provenance import Provenance
from ..vocab import (
    ENTITY_TYPES,
    GRAPHS,
    IDENTIFIER_TERMS,
    REL,
    RELATIONS,
)
from .award_quads import add_contract
from .cited import LABEL, TYPE, P, add_citation, add_source
from .groups import Span, group_spans, span_test
from .iris import (
    citation_iri,
    claim_iri,
    entity_node,
    homepage_node,
    membership_node,
    source_name,
    source_node,
    wikidata_node,
)
from .iris import iri_text as _t
from .literals import TRUE, boolean, date_literal, decimal_literal, integer, plain

REGISTRY_GRAPH = GRAPHS["registry"]


_TYPE, _LABEL, _P = TYPE, LABEL, P  # every ontology term, as text
_REL = str(REL)  # the namespace of the relationships
_RELATION_NODES = {name: _t(iri) for name, iri in RELATIONS.items()}


class Quads:
    """Each named graph's triples as N-Triples lines ("<s> <p> <o> .\\n"), without repeats.

    Lines come in runs (a statement's, a source's) added to their graph's set at once. Every
    line is also kept in the order it was made, repeats and all: sorted from there, the union
    costs a third of sorting the same lines in a set's order, which scatters them in memory.
    """

    def __init__(self) -> None:
        self.graphs: dict[str, set[str]] = {}
        self._made: list[str] = []  # every line as made, repeats included
        self._views: dict[str, _GraphLines] = {}
        self._union: tuple[int, list[str]] = (0, [])  # the union of the first n lines made

    def graph(self, name) -> _GraphLines:
        name = str(name)  # one graph for a name, given as text or as an rdflib term
        view = self._views.get(name)
        if view is None:
            self.graphs[name] = lines = set()
            view = self._views[name] = _GraphLines(lines, self._made)
        return view

    def union(self) -> list[str]:
        """Every distinct triple line of every graph, sorted: a subject's lines are adjacent."""
        made = self._made
        if self._union[0] != len(made):
            made.sort()  # lines made since the last union come after it: sorted again quickly
            distinct = [line for last, line in zip([""] + made, made, strict=False) if line != last]
            self._union = (len(made), distinct)
        return self._union[1]

    def nquads_of(self, name: str) -> list[str]:
        """One graph's lines as N-Quads, sorted."""
        suffix = f" <{name}> .\n"
        return [line[:-3] + suffix for line in sorted(self.graphs[name])]

    def __len__(self) -> int:
        return len(self.union())

    def clear(self) -> None:
        """Let the text go (the largest thing a build holds) once it is written out."""
        self.graphs.clear()
        self._made.clear()
        self._views.clear()
        self._union = (0, [])


class _GraphLines:
    __slots__ = ("_lines", "_made", "described")

    def __init__(self, lines: set[str], made: list[str]) -> None:
        self._lines, self._made = lines, made
        self.described: set = set()  # the sources whose description the graph holds

    def update(self, lines: list[str]) -> None:
        """Whole lines ("<s> <p> <o> .\\n")."""
        self._lines.update(lines)
        self._made += lines

    def add(self, subject: str, predicate: str, obj: str) -> None:
        self.update([f"{subject} {predicate} {obj} .\n"])


def graph_quads(
    entities: Iterable[Entity],
    relationships: Iterable[Relationship],
    provenance: Provenance | None = None,
) -> Quads:
    """The full graph, one named graph per source document, as N-Triples lines.

    Each source's graph holds what that source states: the relationship, its citation and,
    for a disputed relationship, the claim that source makes.
    """
    provenance = provenance or Provenance()
    quads = Quads()
    registry = quads.graph(REGISTRY_GRAPH)
    for entity in entities:
        _add_entity(registry, entity)
        if entity.details is not None:
            # What an award record says about its contract sits in that record's graph.
            add_contract(quads, entity)
    relationships = list(relationships)
    memberships = group_spans(relationships)
    for (firm, group), spans in memberships.items():
        for first, last in spans:
            node = membership_node(firm, group, first, last)
            registry.add(node, _TYPE, _P["GroupMembership"])
            registry.add(node, _P["member"], entity_node(firm))
            registry.add(node, _P["group"], entity_node(group))
            for term, year in (("fromYear", first), ("toYear", last)):
                if year is not None:
                    registry.add(node, _P[term], date_literal(PartialDate(year)))
    _add_span_tests(registry, relationships, memberships)
    for rel in relationships:
        stated = _relationship_lines(rel)  # the same in the graph of every source stating it
        for citation in rel.citations:
            graph = quads.graph(source_name(citation.source))
            graph.update(stated)
            add_citation(graph, f"<{_REL}{rel.id}>", _t(citation_iri(rel.id, citation)), citation)
            _add_derivations(graph, citation.source, provenance)
        if rel.disputed:
            for claim in rel.claims:
                status = _claim_status(claim, provenance)
                for citation in claim.citations:
                    graph = quads.graph(source_name(citation.source))
                    _add_claim(graph, rel, claim, citation, status)
    return quads


# The sides of a relationship a group's query tests against the member's years there, each
# with the terms that state the test (groups.py): a supply's buyer (`suppliers`, `contracts`)
# and seller (`customers`), a funding's funder (`funded-suppliers`).
_SPAN_TESTS = {
    "supplies": (
        ("object", {"outside": _P["buyerOutside"], "undated": _P["buyerUndatedIn"]}),
        ("subject", {"outside": _P["sellerOutside"], "undated": _P["sellerUndatedIn"]}),
    ),
    "funds": (("subject", {"outside": _P["funderOutside"], "undated": _P["funderUndatedIn"]}),),
}


def _add_span_tests(registry, relationships: list[Relationship], memberships) -> None:
    """Each supply or funding (and each claim of one) that a group's query cannot take as it
    is, a party to it being part of the group for given years only (groups.py): `tg:…Outside`
    the group where its years meet none of the party's spans there, `tg:…UndatedIn` it where
    it gives no dates to test. A claim is tested with its own party and dates, where it names
    one."""
    groups_of: dict[str, list[tuple[str, list[Span]]]] = {}
    for (member, group), spans in memberships.items():
        groups_of.setdefault(member, []).append((group, spans))
    for rel in relationships:
        sides = _SPAN_TESTS.get(rel.relation)
        if sides is None:
            continue
        said = [(f"<{_REL}{rel.id}>", rel)]
        if rel.disputed:
            said += [(_t(claim_iri(rel.id, c)), c) for c in rel.claims]
        for node, told in said:
            for side, terms in sides:
                for group, spans in groups_of.get(getattr(told, side) or "", ()):
                    found = span_test(spans, told.start, told.end)
                    if found is not None:
                        registry.add(node, terms[found], entity_node(group))


def _claim_status(claim: Claim, provenance: Provenance) -> str:
    if claim.denied:
        return "denied"
    return claim.status or provenance.status(c.source for c in claim.citations)


def _add_claim(graph, rel: Relationship, claim: Claim, citation: Citation, status: str) -> None:
    """One competing version of a disputed relationship, in the graph of a source stating it."""
    node = _t(claim_iri(rel.id, claim))
    graph.add(f"<{_REL}{rel.id}>", _P["claim"], node)
    graph.add(node, _TYPE, _P["Claim"])
    graph.add(node, _P["claimedObject"], entity_node(claim.object))
    if claim.subject:
        graph.add(node, _P["claimedSubject"], entity_node(claim.subject))
    graph.add(node, _P["status"], plain(status))
    if claim.denied:
        graph.add(node, _P["denied"], TRUE)
    if claim.start:
        graph.add(node, _P["startDate"], date_literal(claim.start))
    if claim.end:
        graph.add(node, _P["endDate"], date_literal(claim.end))
    if claim.ongoing:
        graph.add(node, _P["ongoing"], TRUE)
    if claim.amount is not None:
        graph.add(node, _P["amount"], decimal_literal(claim.amount))
    if claim.currency:
        graph.add(node, _P["currency"], plain(claim.currency))
    if claim.product:
        graph.add(node, _P["product"], entity_node(claim.product))
    # The claim's own citation node, as a disputed contract's claim has (award_quads.py): two
    # rows citing one permalink, each with its own figure, are told apart by their lines.
    add_citation(graph, node, _t(citation_iri(node, citation)), citation)


def _add_derivations(graph, source: SourceDoc, provenance: Provenance) -> None:
    """The documents a source reports, each described, down to the originals."""
    stack, seen = [source], {source.key}
    while stack:
        current = stack.pop()
        for original in provenance.derivations(current):
            graph.add(source_node(current), _P["derivedFrom"], source_node(original))
            if original.key not in seen:
                seen.add(original.key)
                add_source(graph, original)
                stack.append(original)


def _add_entity(graph, entity: Entity) -> None:
    node = entity_node(entity.id)
    graph.add(node, _TYPE, _t(ENTITY_TYPES[entity.type]))
    graph.add(node, _LABEL, plain(entity.label))
    for alias in entity.aliases:
        graph.add(node, _P["alias"], plain(alias))
    if entity.wikidata:
        graph.add(node, _P["wikidata"], wikidata_node(entity.wikidata))
    if entity.homepage:
        graph.add(node, _P["homepage"], homepage_node(entity.homepage))
    for scheme, value in entity.identifiers:
        if scheme == "wikidata" and not entity.wikidata:
            graph.add(node, _P["wikidata"], wikidata_node(value))
        elif scheme in IDENTIFIER_TERMS:
            graph.add(node, _t(IDENTIFIER_TERMS[scheme]), plain(value))


def _relationship_lines(rel: Relationship) -> list[str]:
    """What every citation of a relationship states: the direct triple and the relationship."""
    subject, obj = entity_node(rel.subject), entity_node(rel.object)
    node, relation = f"<{_REL}{rel.id}>", _RELATION_NODES[rel.relation]
    lines = [
        f"{subject} {relation} {obj} .\n",
        f"{node} {_TYPE} {_P['Relationship']} .\n",
        f"{node} {_P['subject']} {subject} .\n",
        f"{node} {_P['relation']} {relation} .\n",
        f"{node} {_P['object']} {obj} .\n",
        f"{node} {_P['citationCount']} {integer(len(rel.citations))} .\n",
        f"{node} {_P['independentSources']} {integer(rel.independent_sources)} .\n",
        f"{node} {_P['disputed']} {boolean(rel.disputed)} .\n",
    ]
    add = lines.append
    for name in rel.disputed_fields:
        add(f"{node} {_P['disputedField']} {plain(name)} .\n")
    if rel.ongoing:
        add(f"{node} {_P['ongoing']} {TRUE} .\n")
    if rel.start:
        add(f"{node} {_P['startDate']} {date_literal(rel.start)} .\n")
    if rel.end:
        add(f"{node} {_P['endDate']} {date_literal(rel.end)} .\n")
    if rel.amount is not None:
        add(f"{node} {_P['amount']} {decimal_literal(rel.amount)} .\n")
        if rel.currency:  # never the text "None": an amount without one fails the shapes
            add(f"{node} {_P['currency']} {plain(rel.currency)} .\n")
    if rel.product:
        add(f"{node} {_P['product']} {entity_node(rel.product)} .\n")
    if rel.contract:
        add(f"{node} {_P['contract']} {entity_node(rel.contract)} .\n")
    if rel.role:
        add(f"{node} {_P['role']} {plain(rel.role)} .\n")
    add(f"{node} {_P['status']} {plain(rel.status or 'confirmed')} .\n")
    return lines
