"""Everything ontology/shapes.ttl says, and the rule that every fact is cited, as SPARQL on a store.

Each constraint of the shapes (`constraints.py`) fills one of the templates in
`graphkit/queries/checks/`; Oxigraph runs them over the store's default graph (the union of every
source) and Python sees only the focus nodes that break a rule. The cost is a few index joins per
fact, where pySHACL walks every node through rdflib. `graphkit validate --shacl` runs the full
SHACL engine instead, and tests/test_validation_parity.py proves the two agree.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pyoxigraph as ox
from rdflib import RDFS, Literal, URIRef

from ..schema import ontology
from ..vocab import RELATIONS, TG
from .constraints import Constraint, Counted, ValueRule, project_constraints, short_name

_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_LABEL = ox.NamedNode(str(RDFS.label))
_XSD = "http://www.w3.org/2001/XMLSchema#"
# Datatypes whose lexical forms Oxigraph checks when it casts: a value of one of these is
# well-formed when casting it to its own datatype succeeds ("abc"^^xsd:decimal does not).
_CASTABLE = {
    _XSD + name
    for name in ("decimal", "integer", "boolean", "date", "dateTime", "gYear", "gYearMonth")
}
_NODE_KINDS = {
    "IRI": "!isIRI(?value)",
    "BlankNode": "!isBlank(?value)",
    "Literal": "!isLiteral(?value)",
    "BlankNodeOrIRI": "isLiteral(?value)",
    "BlankNodeOrLiteral": "isIRI(?value)",
    "IRIOrLiteral": "isBlank(?value)",
}
_COMPARISONS = {
    "minInclusive": ">=",
    "maxInclusive": "<=",
    "minExclusive": ">",
    "maxExclusive": "<",
}


@dataclass(frozen=True, order=True)
class Violation:
    """One problem, in the words a user reads: which entity, which property, what is wrong."""

    focus: str
    path: str
    message: str
    severity: str = "Violation"

    def __str__(self) -> str:
        return f"{self.focus} — {self.path} — {self.message}"


@dataclass(frozen=True)
class Finding:
    """A node that breaks a constraint, before it is named for people (`focus` is N-Triples)."""

    focus: str
    path: str
    message: str
    severity: str = "Violation"


def validate_store(store: ox.Store) -> list[Violation]:
    """All violations of the store's default graph, sorted; an empty list means it conforms."""
    labels = Labels(store)
    found = {labels.violation(f) for f in store_findings(store)}
    found.update(uncited_violations(store, labels))
    return sorted(found)


def store_findings(store: ox.Store) -> set[Finding]:
    """The nodes of the default graph that break a constraint of ontology/shapes.ttl."""
    classes = Classes(store)
    found = set()
    for constraint in project_constraints():
        for text in constraint_queries(constraint, classes):
            for row in store.query(text):
                found.add(
                    Finding(
                        str(row["focus"]),
                        constraint.path_text,
                        constraint.message,
                        constraint.severity,
                    )
                )
    return found


def uncited_violations(store: ox.Store, labels: Labels) -> list[Violation]:
    """Direct relation triples that no relationship resource with a citation backs."""
    relations = " ".join(f"<{iri}>" for iri in RELATIONS.values())
    text = _template("uncited") + f"VALUES ?relation {{ {relations} }}\n"
    names = {str(iri): name for name, iri in RELATIONS.items()}
    return [
        Violation(
            labels(row["subject"]),
            names[row["relation"].value],
            f"no cited relationship states {labels(row['object'])}",
        )
        for row in store.query(text)
    ]


def constraint_queries(constraint: Constraint, classes: Classes) -> list[str]:
    """The SPARQL that finds the focus nodes breaking `constraint` (one query per template)."""
    target = _target(constraint, classes)
    queries = []
    if constraint.values:
        value = (
            "BIND (?focus AS ?value)"
            if not constraint.path
            else f"?focus {_path(constraint.path)} ?value ."
        )
        queries.append(
            _fill(
                "values",
                TARGET=target,
                VALUE=value,
                TYPES=_types(constraint.values, classes),
                BROKEN=_broken_value(constraint.values),
            )
        )
    counted = (constraint.counted,) if constraint.counted else constraint.alternatives
    if counted:
        paths = "\n  ".join(_counted_path(alt, i, len(counted)) for i, alt in enumerate(counted))
        broken = " && ".join(f"({_broken_count(alt, i)})" for i, alt in enumerate(counted))
        queries.append(_fill("counts", TARGET=target, PATHS=paths, BROKEN=broken))
    return queries


class Classes:
    """Each class with its subclasses, from the ontology and any the graph itself states."""

    def __init__(self, store: ox.Store) -> None:
        below: dict[str, set[str]] = defaultdict(set)
        for sub, sup in ontology().subject_objects(RDFS.subClassOf):
            if isinstance(sub, URIRef) and isinstance(sup, URIRef):
                below[str(sup)].add(str(sub))
        for row in store.query(_template("subclasses")):
            if isinstance(row["sub"], ox.NamedNode) and isinstance(row["super"], ox.NamedNode):
                below[row["super"].value].add(row["sub"].value)
        self._below = below

    def closure(self, classes) -> list[str]:
        """The classes and every class below them, sorted."""
        seen, todo = set(), list(classes)
        while todo:
            cls = todo.pop()
            if cls not in seen:
                seen.add(cls)
                todo += self._below.get(cls, ())
        return sorted(seen)


class Labels:
    """A readable name for a node, looked up in the store: only violations are named."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self._known: dict = {}

    def violation(self, finding: Finding) -> Violation:
        return Violation(
            self(_parse_term(finding.focus)), finding.path, finding.message, finding.severity
        )

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
        return short_name(node.value)

    def _value(self, node, predicate):
        """The smallest value, so a node with two labels is named the same way every time."""
        found = [q.object for q in self.store.quads_for_pattern(node, predicate, None, _DEFAULT)]
        return min(found, key=str) if found else None

    def _is_a(self, node, cls) -> bool:
        quads = self.store.quads_for_pattern(node, _RDF_TYPE, ox.NamedNode(str(cls)), _DEFAULT)
        return next(iter(quads), None) is not None


_DEFAULT = ox.DefaultGraph()


def _target(constraint: Constraint, classes: Classes) -> str:
    target = constraint.target
    parts = []
    if target.classes:
        values = " ".join(f"<{c}>" for c in classes.closure(target.classes))
        parts.append(f"{{ VALUES ?targetClass {{ {values} }} ?focus a ?targetClass }}")
    parts += [
        f"{{ SELECT DISTINCT ?focus WHERE {{ ?focus <{p}> ?targetObject }} }}"
        for p in target.subjects_of
    ]
    parts += [
        f"{{ SELECT DISTINCT ?focus WHERE {{ ?targetSubject <{p}> ?focus }} }}"
        for p in target.objects_of
    ]
    return "\n  UNION ".join(parts)


def _path(path: tuple[str, ...]) -> str:
    return "/".join(f"<{step}>" for step in path)


def _types(values: ValueRule, classes: Classes) -> str:
    return "\n  ".join(
        f"OPTIONAL {{ VALUES ?type{i} {{ {' '.join(f'<{c}>' for c in classes.closure(group))} }}"
        f" ?value a ?type{i} }}"
        for i, group in enumerate(values.class_groups)
    )


def _broken_value(values: ValueRule) -> str:
    broken = [f"!BOUND(?type{i})" for i in range(len(values.class_groups))]
    if values.datatypes:
        listed = ", ".join(f"<{d}>" for d in values.datatypes)
        well_formed = [
            f"(datatype(?value) != <{d}> || COALESCE(datatype(<{d}>(?value)) = <{d}>, false))"
            for d in values.datatypes
            if d in _CASTABLE
        ]
        ok = " && ".join([f"isLiteral(?value) && datatype(?value) IN ({listed})", *well_formed])
        broken.append(f"!COALESCE({ok}, false)")
    if values.node_kind:
        broken.append(_NODE_KINDS[values.node_kind])
    if values.allowed:
        same = " || ".join(f"sameTerm(?value, {_term(t)})" for t in values.allowed)
        broken.append(f"!({same})")
    if values.pattern:
        regex, flags = values.pattern
        broken.append(
            f"!COALESCE(REGEX(STR(?value), {_term(Literal(regex))}, {_term(Literal(flags))}),"
            " false)"
        )
    for name, bound in values.bounds:
        broken.append(f"!COALESCE(?value {_COMPARISONS[name]} {_term(bound)}, false)")
    return " || ".join(broken)


def _counted_path(alt: Counted, i: int, alternatives: int) -> str:
    pattern = f"?focus {_path(alt.path)} ?value{i} ."
    only_at_most = alt.min_count is None and not alt.has_value and alternatives == 1
    # A focus without values cannot have too many: walk only the values the graph has.
    return pattern if only_at_most else f"OPTIONAL {{ {pattern} }}"


def _broken_count(alt: Counted, i: int) -> str:
    broken = []
    if alt.min_count is not None:
        broken.append(f"COUNT(DISTINCT ?value{i}) < {alt.min_count}")
    if alt.max_count is not None:
        broken.append(f"COUNT(DISTINCT ?value{i}) > {alt.max_count}")
    broken += [
        f"SUM(IF(COALESCE(sameTerm(?value{i}, {_term(v)}), false), 1, 0)) = 0"
        for v in alt.has_value
    ]
    return " || ".join(broken)


def _term(term) -> str:
    """An rdflib term from the shapes file as SPARQL, escaped by Oxigraph's own writer."""
    if isinstance(term, URIRef):
        return str(ox.NamedNode(str(term)))
    if isinstance(term, Literal):
        if term.language:
            return str(ox.Literal(str(term), language=term.language))
        datatype = term.datatype or URIRef(_XSD + "string")
        return str(ox.Literal(str(term), datatype=ox.NamedNode(str(datatype))))
    raise ValueError(f"a shape names a blank node where a term is needed: {term!r}")


def _parse_term(text: str):
    """The Oxigraph term written as N-Triples text in a finding."""
    if text.startswith("<"):
        return ox.NamedNode(text[1:-1])
    if text.startswith("_:"):
        return ox.BlankNode(text[2:])
    quad = next(iter(ox.parse(f"<urn:x> <urn:x> {text} .", format=ox.RdfFormat.N_TRIPLES)))
    return quad.object


@cache
def _template(name: str) -> str:
    return (resources.files("graphkit") / "queries" / "checks" / f"{name}.rq").read_text(
        encoding="utf-8"
    )


def _fill(name: str, **parts: str) -> str:
    """The template with its $PLACEHOLDERs replaced; its header, which names them, left out."""
    lines = _template(name).splitlines(keepends=True)
    text = "".join(line for line in lines if not line.startswith("#"))
    for key, value in parts.items():
        text = text.replace(f"${key}", value)
    return text
