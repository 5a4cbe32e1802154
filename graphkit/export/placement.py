"""Which named graph each statement of a graph without named graphs belongs in, as a build
places it (rdf/quads.py): what each source document states goes in that document's graph.

A graph file (Turtle, JSON-LD, an N-Quads file read merged) keeps no named graphs, but its
statements say where they came from: a relationship names its citations and each citation its
source; a source names the documents it reports (`tg:derivedFrom`); a claim names the citations
that make it; a contract names the record that describes it (`tg:describedBy`). Each source's
graph gets:

- every relationship it cites: the direct triple (when the graph holds it), the relationship's
  statements but its other citations and its claims, and this citation;
- the citation's and the source's own statements, and those of every document the source
  reports, down to the originals;
- each claim one of its citations makes, with the link from the relationship to it;
- the details of a contract that source's record describes (its type, codes, amounts, dates,
  whether its records disagree and `tg:describedBy`), and the record's own statements;
- each claim of a disputed contract its record makes (the record's own description), with the
  link from the contract to it, its citation and the source's statements.

The rest (entity descriptions, and what names no source as a node) goes in the registry graph,
and so does each entity's type, even where a record also states it, and the build's tests of
a member's years in a group (`tg:buyerOutside` and the like) on a relationship or a claim.
Both ways of exporting (export/rdf.py through rdflib, export/store_nquads.py from Oxigraph's
terms) describe their graph here in the same shape and get the same lines.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from rdflib import RDF, RDFS

from ..rdf.award_quads import CONTRACT_DETAIL_TERMS
from ..vocab import TG

# Each statement of a subject: (its predicate as N-Triples text, its object where the rule
# follows that predicate, else None, the statement's line without a graph and " .\n").
Statement = tuple[str, object, str]

CITATION, SOURCE, CLAIM = TG.citation.n3(), TG.source.n3(), TG.claim.n3()
DERIVED_FROM, DESCRIBED_BY = TG.derivedFrom.n3(), TG.describedBy.n3()
DIRECT = tuple(p.n3() for p in (TG.subject, TG.relation, TG.object))
# The predicates whose objects the rule follows: what an exporter keeps the object of.
FOLLOWED = frozenset((CITATION, SOURCE, CLAIM, DERIVED_FROM, DESCRIBED_BY, *DIRECT))
TYPE = RDF.type.n3()
# A group's test of a member's years (rdf/groups.py): the build's, stated in the registry graph
# of a relationship or claim, not by the sources citing it.
SPAN_TESTS = frozenset(
    TG[f"{party}{test}"].n3()
    for party in ("buyer", "seller", "funder")
    for test in ("Outside", "UndatedIn")
)
# What an award record says of its contract (rdf/award_quads.py `add_contract`): a contract's
# other statements are the registry's, or facts that other sources state about it.
_CONTRACT_DETAILS = frozenset(
    (TYPE, DESCRIBED_BY, *(TG[term].n3() for term in CONTRACT_DETAIL_TERMS))
)


def placed_lines(
    about: Mapping[object, Sequence[Statement]],
    *,
    is_node: Callable[[object], bool],
    graph_name: Callable[[object], str],
    direct_line: Callable[[tuple], str | None],
    registry: str,
) -> set[str]:
    """Every statement of `about` (subject -> its statements) as N-Quads lines in the graphs
    the module's rule gives. `is_node`: whether an object is an IRI or blank node (a source
    given as text names no graph); `graph_name`: a source node's name as a line writes it;
    `direct_line`: the direct triple of a relationship's (subject, relation, object), if the
    graph holds it, as a statement."""
    lines: set[str] = set()
    placed: set[str] = set()

    def put(statement: str, name: str) -> None:
        lines.add(f"{statement} {name} .\n")
        placed.add(statement)

    def describe(node, name: str) -> None:
        for _p, _o, statement in about.get(node, ()):
            put(statement, name)

    def source_of(citation):
        return next((o for p, o, _ in about.get(citation, ()) if p == SOURCE and is_node(o)), None)

    def derivations(source, name: str) -> None:
        stack, seen = [source], {source}
        while stack:
            for p, original, _ in about.get(stack.pop(), ()):
                if p == DERIVED_FROM and is_node(original) and original not in seen:
                    seen.add(original)
                    describe(original, name)
                    stack.append(original)

    for props in about.values():
        cites = [o for p, o, _ in props if p == CITATION]
        if cites:
            first = {p: o for p, o, _ in props}
            direct = tuple(first.get(p) for p in DIRECT)
            stated = direct_line(direct) if None not in direct else None
            for cite in cites:
                source = source_of(cite)
                if source is None:
                    continue
                name = graph_name(source)
                if stated is not None:
                    put(stated, name)
                for p, o, statement in props:
                    if p not in SPAN_TESTS and ((p != CITATION and p != CLAIM) or o == cite):
                        put(statement, name)
                describe(cite, name)
                describe(source, name)
                derivations(source, name)
        # A disputed relationship's claims, and a disputed contract's (its records' own).
        for p, claim, statement in props:
            if p != CLAIM:
                continue
            made = about.get(claim, ())
            for q, cite, _ in made:
                source = source_of(cite) if q == CITATION else None
                if source is None:
                    continue
                # The claim as this source makes it: its link to this citation, not the
                # other sources' citations of the same claim.
                name = graph_name(source)
                put(statement, name)
                for r, o, line in made:
                    if r not in SPAN_TESTS and (r != CITATION or o == cite):
                        put(line, name)
                if not cites:  # a contract's claim: its citation is cited by nothing else
                    describe(cite, name)
                    describe(source, name)
        for p, record, _ in props:
            if p == DESCRIBED_BY and is_node(record):
                name = graph_name(record)
                for q, _o, statement in props:
                    if q in _CONTRACT_DETAILS:
                        put(statement, name)
                describe(record, name)
    for props in about.values():
        for p, _o, statement in props:
            # The registry describes every entity: its type stays there, wherever else it is.
            if statement not in placed or (p == TYPE and _is_entity(props)):
                lines.add(f"{statement} {registry} .\n")
    return lines


def _is_entity(props: Sequence[Statement]) -> bool:
    """A registry entity: one with a label (relationships, citations and sources have none)."""
    label = RDFS.label.n3()
    return any(p == label for p, _o, _s in props)
