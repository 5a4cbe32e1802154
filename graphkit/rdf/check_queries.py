"""The SPARQL that finds the nodes breaking the shapes' constraints, filled from templates.

The templates are in `graphkit/queries/checks/`. How many values each target node has on its
properties is checked by one `grouped` query per target: one pass over the triples of the
target's nodes, a count per constraint; where a constraint only asks whether a path has a
value, `presence` looks it up. What a value must be is checked once per distinct value
(`broken-values`), and only when one breaks are the nodes holding it looked for (`class-foci`,
`values`). Checks of a few nodes (`focus`) start from them instead. Only the nodes that break
a rule come back to Python.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

import pyoxigraph as ox
from rdflib import RDFS, Literal, URIRef

from ..schema import ontology
from .constraints import Constraint, Counted, Target, ValueRule

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


@dataclass(frozen=True)
class CheckQuery:
    """A query selecting ?focus; with several constraints, ?broken0 ... say which it breaks.

    With `foci`, the query selects the ?value nodes that break the constraint, and `foci`
    (its $VALUES and $BLANKS filled, see `foci_query`, where it has them) the focus nodes
    that reach them: it runs only when some value breaks.
    """

    text: str
    constraints: tuple[Constraint, ...]
    foci: str | None = None
    path: str = ""


class Classes:
    """Each class with its subclasses, from the ontology and any the graph itself states."""

    def __init__(self, store: ox.Store) -> None:
        below: dict[str, set[str]] = defaultdict(set)
        for sub, sup in ontology().subject_objects(RDFS.subClassOf):
            if isinstance(sub, URIRef) and isinstance(sup, URIRef):
                below[str(sup)].add(str(sub))
        for row in store.query(template("subclasses")):
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


def check_queries(constraints, classes: Classes, focus: str = "") -> list[CheckQuery]:
    """Every query needed to check `constraints`: one grouped query per target for the counts,
    one query per constraint for its values, one for each path of several steps.

    `focus` (Oxigraph terms written as N-Triples, space-separated; no blank nodes, which
    SPARQL cannot name) checks only those nodes: each query then starts from them.
    """
    grouped: dict[Target, list[Constraint]] = defaultdict(list)
    queries = []
    for constraint in constraints:
        values = constraint.values
        literal = replace(values, class_groups=())
        if values.class_groups:
            queries.append(_class_query(constraint, classes, focus))
        if literal:
            queries.append(_values_query(replace(constraint, values=literal), classes, focus))
        counted = (constraint.counted,) if constraint.counted else constraint.alternatives
        if counted and all(len(c.path) == 1 for c in counted):
            grouped[constraint.target].append(constraint)
        elif counted:
            queries.append(_counts_query(constraint, counted, classes, focus))
    grouped_queries = [_grouped_query(t, members, classes, focus) for t, members in grouped.items()]
    return grouped_queries + queries


def foci_query(query: CheckQuery, values: list) -> str:
    """The query of the focus nodes that reach `values` (Oxigraph terms) along the path."""
    named = " ".join(str(v) for v in values if not isinstance(v, ox.BlankNode))
    blanks = ""
    if any(isinstance(v, ox.BlankNode) for v in values):
        blanks = f"UNION {{ ?focus {query.path} ?value . FILTER (isBlank(?value)) }}"
    return query.foci.replace("$VALUES", named).replace("$BLANKS", blanks)


def _class_query(constraint: Constraint, classes: Classes, focus: str) -> CheckQuery:
    rule = ValueRule(class_groups=constraint.values.class_groups)
    if not constraint.path:
        return _node_query(constraint, rule, classes, focus)
    path = _path(constraint.path)
    types = _types(rule, classes)
    broken = _broken_value(rule)
    member = _member(constraint.target, classes)
    if focus:  # a few focus nodes: test their own values, no pass over every value
        text = fill(
            "values", FOCUS=_focus(focus), PATH=path, TYPES=types, BROKEN=broken, MEMBER=member
        )
        return CheckQuery(text, (constraint,))
    text = fill("broken-values", PATH=path, TYPES=types, BROKEN=broken)
    foci = fill("class-foci", PATH=path, TYPES=types, BROKEN=broken, MEMBER=member)
    return CheckQuery(text, (constraint,), foci, path)


def _values_query(constraint: Constraint, classes: Classes, focus: str) -> CheckQuery:
    if not constraint.path:
        return _node_query(constraint, constraint.values, classes, focus)
    path, broken = _path(constraint.path), _broken_value(constraint.values)
    member = _member(constraint.target, classes)
    exact = fill("values", FOCUS=_focus(focus), PATH=path, TYPES="", BROKEN=broken, MEMBER=member)
    if focus:
        return CheckQuery(exact, (constraint,))
    # Each distinct value tested once; the nodes that hold it looked for only when one breaks.
    screen = fill("broken-values", PATH=path, TYPES="", BROKEN=broken)
    return CheckQuery(screen, (constraint,), exact, path)


def _node_query(constraint: Constraint, rule: ValueRule, classes: Classes, focus: str):
    text = fill(
        "node-values",
        FOCI=_foci(constraint.target, classes, focus),
        TYPES=_types(rule, classes),
        BROKEN=_broken_value(rule),
    )
    return CheckQuery(text, (constraint,))


def _counts_query(constraint: Constraint, counted, classes: Classes, focus: str) -> CheckQuery:
    foci = _foci(constraint.target, classes, focus)
    if all(_presence(alt) is not None for alt in counted):
        # A focus breaks the constraint when it breaks every alternative: each alternative's
        # query keeps, of the nodes the one before kept, those that break it.
        ordered = sorted(enumerate(counted), key=lambda item: len(item[1].path))
        for i, alt in ordered:
            bound = f"BOUND(?value{i})" if _presence(alt) else f"!BOUND(?value{i})"
            text = fill("presence", FOCI=foci, STEPS=_steps(alt, i), BROKEN=bound)
            foci = f"{{ {text} }}"
        return CheckQuery(text, (constraint,))
    paths = "\n  ".join(_counted_path(alt, i, len(counted)) for i, alt in enumerate(counted))
    broken = " && ".join(f"({_broken_count(alt, i)})" for i, alt in enumerate(counted))
    text = fill("counts", FOCI=foci, PATHS=paths, BROKEN=broken)
    return CheckQuery(text, (constraint,))


def _presence(alt: Counted) -> bool | None:
    """True when `alt` only forbids any value (maxCount 0), False when it only needs one
    (minCount 1), None when it counts otherwise."""
    if alt.has_value:
        return None
    if alt.min_count is None and alt.max_count == 0:
        return True
    if alt.min_count == 1 and alt.max_count is None:
        return False
    return None


def _steps(alt: Counted, i: int) -> str:
    """Triple patterns binding ?value{i} along the path from ?focus, one per step."""
    nodes = ["?focus", *(f"?step{i}_{k}" for k in range(len(alt.path) - 1)), f"?value{i}"]
    links = zip(nodes, alt.path, nodes[1:], strict=False)  # one node more than steps
    return " . ".join(f"{a} <{p}> {b}" for a, p, b in links)


def _grouped_query(target: Target, members: list[Constraint], classes: Classes, focus: str):
    conditions = [_grouped_condition(c) for c in members]
    flags = " ".join(f"({cond} AS ?broken{i})" for i, cond in enumerate(conditions))
    text = fill(
        "grouped",
        FOCI=_foci(target, classes, focus),
        FLAGS=flags,
        BROKEN=" || ".join(f"({cond})" for cond in conditions),
    )
    return CheckQuery(text, tuple(members))


def _grouped_condition(constraint: Constraint) -> str:
    """True for a focus breaking the constraint, over the rows ?predicate ?value of the focus."""
    counted = (constraint.counted,) if constraint.counted else constraint.alternatives
    return " && ".join(f"({_grouped_count(alt)})" for alt in counted)


def _grouped_count(alt: Counted) -> str:
    on_path = f"sameTerm(?predicate, <{alt.path[0]}>)"
    count = f"SUM(IF({on_path}, 1, 0))"
    broken = []
    if alt.min_count is not None:
        broken.append(f"{count} < {alt.min_count}")
    if alt.max_count is not None:
        broken.append(f"{count} > {alt.max_count}")
    broken += [
        f"SUM(IF({on_path} && sameTerm(?value, {_term(v)}), 1, 0)) = 0" for v in alt.has_value
    ]
    return " || ".join(broken)


def _foci(target: Target, classes: Classes, focus: str = "") -> str:
    """A pattern binding ?focus to each target node once (of the `focus` nodes, if given)."""
    if focus:
        return f"{_focus(focus)} FILTER EXISTS {{ {_member(target, classes)} }}"
    parts = []
    closure = classes.closure(target.classes)
    if len(closure) == 1 and not (target.subjects_of or target.objects_of):
        # One class: a plain pattern, which Oxigraph joins node by node, not by a hash of all.
        return f"?focus a <{closure[0]}> ."
    if closure:
        values = " ".join(f"<{c}>" for c in closure)
        # DISTINCT: a node typed with two of the classes is one focus, counted once.
        parts.append(
            f"{{ SELECT DISTINCT ?focus WHERE {{ VALUES ?targetClass {{ {values} }}"
            " ?focus a ?targetClass } }"
        )
    parts += [
        f"{{ SELECT DISTINCT ?focus WHERE {{ ?focus <{p}> ?targetObject }} }}"
        for p in target.subjects_of
    ]
    parts += [
        f"{{ SELECT DISTINCT ?focus WHERE {{ ?targetSubject <{p}> ?focus }} }}"
        for p in target.objects_of
    ]
    return "\n  UNION ".join(parts)


def _member(target: Target, classes: Classes) -> str:
    """A pattern that matches when the bound ?focus is a target node."""
    parts = []
    if target.classes:
        values = " ".join(f"<{c}>" for c in classes.closure(target.classes))
        parts.append(f"{{ VALUES ?targetClass {{ {values} }} ?focus a ?targetClass }}")
    parts += [f"{{ ?focus <{p}> ?targetObject }}" for p in target.subjects_of]
    parts += [f"{{ ?targetSubject <{p}> ?focus }}" for p in target.objects_of]
    return " UNION ".join(parts)


def _focus(focus: str) -> str:
    """A pattern binding ?focus to each of the `focus` nodes; nothing for every node."""
    return f"VALUES ?focus {{ {focus} }}" if focus else ""


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


@cache
def template(name: str) -> str:
    """The text of graphkit/queries/checks/NAME.rq."""
    folder = resources.files("graphkit") / "queries" / "checks"
    return (folder / f"{name}.rq").read_text(encoding="utf-8")


def fill(name: str, **parts: str) -> str:
    """The template with its $PLACEHOLDERs replaced; its header, which names them, left out."""
    lines = template(name).splitlines(keepends=True)
    text = "".join(line for line in lines if not line.startswith("#"))
    for key in sorted(parts, key=len, reverse=True):  # $PATHS before $PATH
        text = text.replace(f"${key}", parts[key])
    return text
