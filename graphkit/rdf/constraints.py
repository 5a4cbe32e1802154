"""ontology/shapes.ttl read into plain constraints that the store's checks run as SPARQL.

Only the SHACL features the shapes use are understood. A shape using any other feature is an
`UnsupportedShape` error naming the shape and the feature, so a constraint added to the shapes
later cannot go unchecked: the build fails loudly until `checks.py` learns it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

from ..exc import GraphkitError
from ..schema import shapes


class UnsupportedShape(GraphkitError):
    """A shape uses a SHACL feature the store's checks do not evaluate."""


@dataclass(frozen=True)
class Target:
    """The focus nodes of a shape: instances of classes, subjects or objects of predicates."""

    classes: tuple[str, ...] = ()
    subjects_of: tuple[str, ...] = ()
    objects_of: tuple[str, ...] = ()


@dataclass(frozen=True)
class ValueRule:
    """What every value node must be; each class group is "an instance of one of these"."""

    datatypes: tuple[str, ...] = ()  # one of these (sh:datatype, or an sh:or of them)
    class_groups: tuple[tuple[str, ...], ...] = ()
    node_kind: str | None = None
    allowed: tuple = ()  # sh:in, as rdflib terms
    pattern: tuple[str, str] | None = None  # (regex, flags)
    bounds: tuple[tuple[str, Literal], ...] = ()  # ("minInclusive", 0) ...

    def __bool__(self) -> bool:
        return bool(
            self.datatypes
            or self.class_groups
            or self.node_kind
            or self.allowed
            or self.pattern
            or self.bounds
        )


@dataclass(frozen=True)
class Counted:
    """Constraints on how many values a path has: at least, at most, and values it must hold."""

    path: tuple[str, ...]  # predicate IRIs, one after the other
    min_count: int | None = None
    max_count: int | None = None
    has_value: tuple = ()

    def __bool__(self) -> bool:
        return self.min_count is not None or self.max_count is not None or bool(self.has_value)


@dataclass(frozen=True)
class Constraint:
    """One shape's constraints on one path (or on the focus node itself, `path` empty).

    `alternatives` holds a node-level sh:or of counted paths: the focus breaks it when it
    breaks every alternative. A violation reads `path_text` and `message`.
    """

    shape: str
    target: Target
    path: tuple[str, ...]
    path_text: str
    message: str
    severity: str = "Violation"
    values: ValueRule = field(default_factory=ValueRule)
    counted: Counted | None = None
    alternatives: tuple[Counted, ...] = ()


_DESCRIPTIVE = {RDF.type, RDFS.comment, RDFS.label, SH.name, SH.description, SH.order, SH.group}
_NODE_KEYS = _DESCRIPTIVE | {
    SH.targetClass,
    SH.targetSubjectsOf,
    SH.targetObjectsOf,
    SH.property,
    SH.message,
    SH.severity,
    SH.deactivated,
}
_VALUE_KEYS = {
    SH.datatype,
    SH["class"],
    SH.nodeKind,
    SH["in"],
    SH.pattern,
    SH.flags,
    SH.minInclusive,
    SH.maxInclusive,
    SH.minExclusive,
    SH.maxExclusive,
    SH["or"],
}
_COUNT_KEYS = {SH.minCount, SH.maxCount, SH.hasValue}
_PROPERTY_KEYS = _DESCRIPTIVE | _VALUE_KEYS | _COUNT_KEYS | {SH.path, SH.message, SH.severity}
_SHAPES = "https://w3id.org/techgov/shapes#"
_BOUNDS = ("minInclusive", "maxInclusive", "minExclusive", "maxExclusive")


@cache
def project_constraints() -> tuple[Constraint, ...]:
    """The constraints of ontology/shapes.ttl."""
    return tuple(read_constraints(shapes()))


def read_constraints(graph: Graph) -> list[Constraint]:
    """Every constraint of every active node shape with a target, in a stable order."""
    found = []
    targeted = {
        s
        for p in (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
        for s in graph.subjects(p, None)
    }
    for shape in sorted(targeted, key=str):
        if graph.value(shape, SH.deactivated) == Literal(True):
            continue
        try:
            found += _shape_constraints(graph, shape)
        except UnsupportedShape as err:
            raise UnsupportedShape(f"{ontology_name(shape)}: {err}") from None
    return found


def _shape_constraints(graph: Graph, shape) -> list[Constraint]:
    _refuse_unknown(graph, shape, _NODE_KEYS | _VALUE_KEYS)
    target = Target(
        classes=_iris(graph, shape, SH.targetClass),
        subjects_of=_iris(graph, shape, SH.targetSubjectsOf),
        objects_of=_iris(graph, shape, SH.targetObjectsOf),
    )
    found = _node_constraints(graph, shape, target)
    for prop in sorted(graph.objects(shape, SH.property), key=lambda p: _sort_key(graph, p)):
        try:
            found.append(_property_constraint(graph, shape, prop, target))
        except UnsupportedShape as err:
            path = graph.value(prop, SH.path)
            where = short_name(str(path)) if isinstance(path, URIRef) else "a path"
            raise UnsupportedShape(f"the property shape on {where}: {err}") from None
    return found


def _node_constraints(graph: Graph, shape, target: Target) -> list[Constraint]:
    alternatives = []
    values = _value_rule(graph, shape, allow_alternatives=True)
    for or_list in graph.objects(shape, SH["or"]):
        members = list(Collection(graph, or_list))
        if all(graph.value(m, SH.path) is not None for m in members):
            alternatives.append(tuple(_counted_alternative(graph, shape, m) for m in members))
    if not values and not alternatives:
        return []
    if len(alternatives) > 1:
        raise UnsupportedShape("more than one sh:or of paths")
    base = dict(
        shape=ontology_name(shape),
        target=target,
        path=(),
        path_text=node_path_text(str(shape)),
        message=_message(graph, shape),
        severity=_severity(graph, shape),
    )
    made = []
    if values:
        made.append(Constraint(values=values, **base))
    if alternatives:
        made.append(Constraint(alternatives=alternatives[0], **base))
    return made


def node_path_text(shape: str) -> str:
    """What a violation of a node-level constraint names as its path.

    Domain and range shapes (tgsh:leadsDomain ...) check a relation without a path: the
    relation's name; any other node shape: "(node)".
    """
    local = short_name(shape)
    for suffix in ("Domain", "Range"):
        if local.endswith(suffix) and len(local) > len(suffix):
            return local[: -len(suffix)]
    return "(node)"


def _property_constraint(graph: Graph, parent, prop, target: Target) -> Constraint:
    _refuse_unknown(graph, prop, _PROPERTY_KEYS)
    path = _path(graph, prop)
    values = _value_rule(graph, prop, allow_alternatives=True)
    counted = _counted(graph, prop, path)
    return Constraint(
        shape=ontology_name(parent),
        target=target,
        path=path,
        path_text=short_name(path[0]) if len(path) == 1 else "(node)",
        message=_message(graph, prop),
        severity=_severity(graph, prop),
        values=values,
        counted=counted if counted else None,
    )


def _counted_alternative(graph: Graph, shape, member) -> Counted:
    unknown = set(graph.predicates(member, None)) - (_DESCRIPTIVE | _COUNT_KEYS | {SH.path})
    if unknown:
        names = ", ".join(sorted(short_name(str(p)) for p in unknown))
        raise UnsupportedShape(f"sh:or of paths with {names}")
    return _counted(graph, member, _path(graph, member))


def _counted(graph: Graph, node, path: tuple[str, ...]) -> Counted:
    def number(pred):
        value = graph.value(node, pred)
        return None if value is None else int(value)

    return Counted(
        path=path,
        min_count=number(SH.minCount),
        max_count=number(SH.maxCount),
        has_value=tuple(sorted(graph.objects(node, SH.hasValue), key=str)),
    )


def _value_rule(graph: Graph, node, *, allow_alternatives: bool) -> ValueRule:
    datatypes = _iris(graph, node, SH.datatype)
    groups = [(c,) for c in _iris(graph, node, SH["class"])]
    for or_list in graph.objects(node, SH["or"]):
        members = list(Collection(graph, or_list))
        keys = [set(graph.predicates(m, None)) - _DESCRIPTIVE for m in members]
        if all(k == {SH.datatype} for k in keys) and not datatypes:
            datatypes = tuple(sorted(str(graph.value(m, SH.datatype)) for m in members))
        elif all(k == {SH["class"]} for k in keys):
            groups.append(tuple(sorted(str(graph.value(m, SH["class"])) for m in members)))
        elif not all(SH.path in k for k in keys) or graph.value(node, SH.path) is not None:
            raise UnsupportedShape("sh:or must list datatypes, classes or counted paths")
    if len(datatypes) > 1 and not graph.value(node, SH["or"]):
        raise UnsupportedShape("more than one sh:datatype")
    allowed = ()
    in_list = graph.value(node, SH["in"])
    if in_list is not None:
        allowed = tuple(Collection(graph, in_list))
    pattern = graph.value(node, SH.pattern)
    kind = graph.value(node, SH.nodeKind)
    return ValueRule(
        datatypes=datatypes,
        class_groups=tuple(groups),
        node_kind=None if kind is None else short_name(str(kind)),
        allowed=allowed,
        pattern=None if pattern is None else (str(pattern), str(graph.value(node, SH.flags) or "")),
        bounds=tuple(
            (name, graph.value(node, SH[name]))
            for name in _BOUNDS
            if graph.value(node, SH[name]) is not None
        ),
    )


def _path(graph: Graph, node) -> tuple[str, ...]:
    path = graph.value(node, SH.path)
    if isinstance(path, URIRef):
        return (str(path),)
    if isinstance(path, BNode) and graph.value(path, RDF.first) is not None:
        steps = list(Collection(graph, path))
        if all(isinstance(s, URIRef) for s in steps):
            return tuple(str(s) for s in steps)
    raise UnsupportedShape("sh:path must be an IRI or a sequence of IRIs")


def _refuse_unknown(graph: Graph, node, known: set) -> None:
    unknown = set(graph.predicates(node, None)) - known
    if unknown:
        names = ", ".join(sorted(short_name(str(p)) for p in unknown))
        raise UnsupportedShape(f"the store's checks do not evaluate {names}")


def _message(graph: Graph, node) -> str:
    message = graph.value(node, SH.message)
    if message is None:
        raise UnsupportedShape("a shape needs an sh:message for its violations")
    return str(message)


def _severity(graph: Graph, node) -> str:
    severity = graph.value(node, SH.severity)
    return "Violation" if severity is None else short_name(str(severity))


def _iris(graph: Graph, node, pred) -> tuple[str, ...]:
    return tuple(sorted(str(o) for o in graph.objects(node, pred)))


def _sort_key(graph: Graph, prop) -> tuple:
    path = graph.value(prop, SH.path)
    return (str(path) if isinstance(path, URIRef) else "", str(graph.value(prop, SH.message)))


def ontology_name(node) -> str:
    """A shape's name as people read it: tgsh:EntityShape, or a blank shape's role."""
    if isinstance(node, URIRef):
        text = str(node)
        return f"tgsh:{short_name(text)}" if text.startswith(_SHAPES) else text
    return "an unnamed shape"


def short_name(text: str) -> str:
    """The local name of an IRI: after its last # or /."""
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
    return text
