"""Everything ontology/shapes.ttl says, and the rule that every fact is cited, as SPARQL on a store.

Each constraint of the shapes (`constraints.py`) fills one of the templates in
`graphkit/queries/checks/`; Oxigraph runs them over the store's default graph (the union of every
source) and Python sees only the focus nodes that break a rule. The cost is a few index joins per
fact, where pySHACL walks every node through rdflib. `graphkit validate --shacl` runs the full
SHACL engine instead, and tests/test_validation_parity.py proves the two agree.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDFS

from ..vocab import RELATIONS, TG
from .check_origins import Origins
from .check_queries import CheckQuery, Classes, check_queries, fill, foci_query
from .constraints import project_constraints, short_name

_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_LABEL = ox.NamedNode(str(RDFS.label))


@dataclass(frozen=True, order=True)
class Violation:
    """One problem, in the words a user reads: which entity, which property, what is wrong,
    and `where` the facts that made it were read (`file:line [field]`, "" if not from a file)."""

    focus: str
    path: str
    message: str
    severity: str = "Violation"
    where: str = ""

    def __str__(self) -> str:
        said = f"{self.focus} — {self.path} — {self.message}"
        return f"{self.where}: {said}" if self.where else said


@dataclass(frozen=True, order=True)
class Finding:
    """A node that breaks a constraint, before it is named for people (`focus` is N-Triples).

    `named` is a node the message ends with, N-Triples too (the object of an uncited triple):
    it is named when the finding is, so a finding stays true when a label changes.
    """

    focus: str
    path: str
    message: str
    severity: str = "Violation"
    named: str = ""


# Focus nodes per query: enough to keep each query's text small, few enough queries.
FOCUS_BATCH = 500


def validate_store(store: ox.Store, focus=None) -> list[Violation]:
    """All violations of the store's default graph, sorted; an empty list means it conforms.

    With `focus` (Oxigraph named nodes), only the violations whose focus node is one of
    them: what `check_focus.recheck` merges into the findings of a previous check.
    """
    return name_findings(store, all_findings(store, focus))


def all_findings(store: ox.Store, focus=None) -> set[Finding]:
    """The shapes' findings and the uncited triples, of every node or of the `focus` nodes."""
    if focus is None:
        return _batch_findings(store, "")
    nodes = sorted(str(node) for node in focus)
    if any(node.startswith("_:") for node in nodes):
        raise ValueError("the checks cannot focus on a blank node; check the whole store")
    found: set[Finding] = set()
    for start in range(0, len(nodes), FOCUS_BATCH):
        found |= _batch_findings(store, " ".join(nodes[start : start + FOCUS_BATCH]))
    return found


def _batch_findings(store: ox.Store, focus: str) -> set[Finding]:
    with ThreadPoolExecutor(1) as beside:  # one of the longest queries, beside the others
        uncited = beside.submit(uncited_findings, store, focus)
        return store_findings(store, focus) | uncited.result()


def name_findings(store: ox.Store, findings) -> list[Violation]:
    """The findings as violations people read, sorted, their nodes named from the store."""
    labels = Labels(store)
    return sorted({labels.violation(f) for f in findings})


def store_findings(store: ox.Store, focus: str = "") -> set[Finding]:
    """The nodes of the default graph that break a constraint of ontology/shapes.ttl.

    `focus`: only these nodes (N-Triples IRIs, space-separated); empty: every node.
    """
    # Queries that share a text (one class test on one path serves every shape) run once.
    by_text: dict[str, list[CheckQuery]] = {}
    for query in check_queries(project_constraints(), Classes(store), focus):
        by_text.setdefault(query.text, []).append(query)
    with ThreadPoolExecutor(check_workers()) as pool:
        return set().union(*pool.map(lambda same: _findings(store, same), by_text.values()))


def check_workers() -> int:
    """Queries run at once: Oxigraph answers them outside Python's lock, one core each."""
    return max(1, min(4, os.cpu_count() or 1))


def _findings(store: ox.Store, queries: list[CheckQuery]) -> set[Finding]:
    """What the queries (one text) find; a query of values looks for the nodes that hold the
    values it finds broken, if any."""
    found = set()
    if queries[0].foci is None:
        answers = [(queries[0], store.query(queries[0].text))]
    else:
        values = {str(row["value"]): row["value"] for row in store.query(queries[0].text)}
        ordered = [values[key] for key in sorted(values)]
        answers = [(q, store.query(foci_query(q, ordered))) for q in queries] if values else []
    for query, rows in answers:
        for row in rows:
            focus = str(row["focus"])
            if len(query.constraints) == 1:
                broken = query.constraints
            else:
                broken = [c for i, c in enumerate(query.constraints) if _true(row[f"broken{i}"])]
            found.update(Finding(focus, c.path_text, c.message, c.severity) for c in broken)
    return found


def _true(term) -> bool:
    return isinstance(term, ox.Literal) and term.value in ("true", "1")


_UNCITED = "no cited relationship states"


def uncited_findings(store: ox.Store, focus: str = "") -> set[Finding]:
    """Direct relation triples that no relationship resource with a citation backs.

    `focus`: only the triples whose subject is one of these nodes; empty: every triple.
    """
    relations = " ".join(f"<{iri}>" for iri in RELATIONS.values())
    direct = f"VALUES ?relation {{ {relations} }} ?subject ?relation ?object ."
    subjects = ""
    if focus:  # from each focus node's own triples: a join of two VALUES would hash them all
        subjects = f"VALUES ?subject {{ {focus} }}"
        listed = ", ".join(f"<{iri}>" for iri in RELATIONS.values())
        direct = f"{subjects} ?subject ?relation ?object . FILTER (?relation IN ({listed}))"
    text = fill("uncited", DIRECT=direct, SUBJECTS=subjects)
    names = {str(iri): name for name, iri in RELATIONS.items()}
    return {
        Finding(
            str(row["subject"]), names[row["relation"].value], _UNCITED, named=str(row["object"])
        )
        for row in store.query(text)
    }


def uncited_violations(store: ox.Store, labels: Labels) -> list[Violation]:
    """Direct relation triples that no relationship resource with a citation backs, named."""
    return [labels.violation(finding) for finding in uncited_findings(store)]


class Labels:
    """A readable name for a node, looked up in the store: only violations are named."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self._known: dict = {}
        self._origins = Origins(store)

    def violation(self, finding: Finding) -> Violation:
        message = finding.message
        if finding.named:
            message = f"{message} {self(_parse_term(finding.named))}"
        focus = _parse_term(finding.focus)
        where = self._origins(focus, finding.path, finding.message)
        return Violation(self(focus), finding.path, message, finding.severity, where)

    def __call__(self, node) -> str:
        key = str(node)
        if key not in self._known:
            self._known[key] = self._label(node)
        return self._known[key]

    def _label(self, node) -> str:
        if not isinstance(node, ox.NamedNode | ox.BlankNode):
            return short_name(node.value if isinstance(node, ox.Literal) else str(node))
        label = self._value(node, _LABEL)
        if label is not None:
            return label.value
        if self._is_a(node, TG.Relationship):
            parts = [self._value(node, ox.NamedNode(str(p))) for p in (TG.subject, TG.relation)]
            parts.append(self._value(node, ox.NamedNode(str(TG.object))))
            return " ".join(self(p) if p is not None else "?" for p in parts)
        if self._is_a(node, TG.Citation):
            source = self._value(node, ox.NamedNode(str(TG.source)))
            return f"citation of {self(source)}" if source is not None else "citation"
        if self._is_a(node, TG.Source):
            title = self._value(node, ox.NamedNode(str(TG.title)))
            title = title or self._value(node, ox.NamedNode(str(TG.url)))
            if title is not None:
                return title.value
        # A blank node's id differs from one load to the next: name it the same way each time.
        return "a blank node" if isinstance(node, ox.BlankNode) else short_name(node.value)

    def _value(self, node, predicate):
        """The smallest value, so a node with two labels is named the same way every time."""
        found = [q.object for q in self.store.quads_for_pattern(node, predicate, None, _DEFAULT)]
        return min(found, key=str) if found else None

    def _is_a(self, node, cls) -> bool:
        quads = self.store.quads_for_pattern(node, _RDF_TYPE, ox.NamedNode(str(cls)), _DEFAULT)
        return next(iter(quads), None) is not None


_DEFAULT = ox.DefaultGraph()


def _parse_term(text: str):
    """The Oxigraph term written as N-Triples text in a finding."""
    if text.startswith("<"):
        return ox.NamedNode(text[1:-1])
    if text.startswith("_:"):
        return ox.BlankNode(text[2:])
    quad = next(iter(ox.parse(f"<urn:x> <urn:x> {text} .", format=ox.RdfFormat.N_TRIPLES)))
    return quad.object
