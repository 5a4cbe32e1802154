"""The build's checks after a change: only the nodes the change can affect, and a memo of the rest.

A rebuild that replaced some named graphs knows the triples it added to and removed from the
store's default graph. Whether a node breaks a constraint depends only on a few triples near
it, so the nodes whose findings can differ are found from those triples (`affected`), checked
again, and merged with the previous build's findings of every other node (`ChecksMemo`). The
merge equals a check of the whole store; tests/test_check_focus.py proves it on real stores.

What a node's findings depend on, read from the constraints of ontology/shapes.ttl:

- its own triples (its classes, its values, how many it has): it is their subject;
- for a target `sh:targetObjectsOf p`, the triples `?x p node`: it is their object;
- along a path of several steps (tg:source/tg:url), the triples of the nodes it passes: a
  change to `m step_k v` matters to the nodes that reach m by the steps before k;
- for `sh:class` on a path, the classes of its values: a change to `v rdf:type c` matters to
  the nodes that reach v along the path;
- for an uncited direct triple, the relationships that could back it: a change to any triple
  of a relationship matters to its tg:subject.

Findings hold nodes, not their labels: names are looked up when findings become violations,
so a renamed entity is named anew even where nothing is checked again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import astuple, dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, RDFS

from ..files import write_atomic
from ..schema import ontology
from ..vocab import TG
from .checks import Finding, Violation, all_findings, name_findings
from .constraints import project_constraints

MEMO_FORMAT = 1
# A node checked on its own costs about as much as 300 triples of a check of the whole store
# (at 100,000 triples, 0.65 ms a node against 2.3 µs a triple): a change that reaches more nodes
# than that share of the graph is checked whole, which gives the same findings sooner.
TRIPLES_A_NODE = 300
FEW_NODES = 100  # checked on their own whatever the graph's size: well under a tenth of a second
_DEFAULT = ox.DefaultGraph()
_TYPE = ox.NamedNode(str(RDF.type))
_SUBCLASS = ox.NamedNode(str(RDFS.subClassOf))
_SUBJECT = ox.NamedNode(str(TG.subject))


@dataclass(frozen=True)
class _Reach:
    """How a change travels back to the nodes it matters to, from the constraints."""

    objects_of: frozenset[str]  # predicates whose objects are focus nodes
    back: dict[str, tuple[tuple[str, ...], ...]]  # predicate -> path prefixes to walk back
    class_paths: tuple[tuple[str, ...], ...]  # paths whose values need a class


@cache
def _reach() -> _Reach:
    objects_of, back, class_paths = set(), {}, set()
    for constraint in project_constraints():
        objects_of.update(constraint.target.objects_of)
        counted = (constraint.counted,) if constraint.counted else constraint.alternatives
        paths = {constraint.path, *(alt.path for alt in counted)} - {()}
        for path in paths:
            for k in range(1, len(path)):
                back.setdefault(path[k], set()).add(path[:k])
        if constraint.values.class_groups and constraint.path:
            class_paths.add(constraint.path)
    return _Reach(
        frozenset(objects_of),
        {p: tuple(sorted(prefixes)) for p, prefixes in back.items()},
        tuple(sorted(class_paths)),
    )


def affected(store: ox.Store, added: Iterable, removed: Iterable) -> set[ox.NamedNode] | None:
    """The focus nodes whose findings a change of the store's default graph can alter.

    `store` is the store after the change; `added` and `removed` are the triples (pyoxigraph
    `Triple` or `Quad`; a quad's graph is ignored) that the change added to and removed from
    its default graph. More triples than changed are safe (every triple of the named graphs
    dropped and loaded, say: more nodes are checked); fewer are not. Returns None when the
    change can alter any node's findings (it adds or removes an rdfs:subClassOf statement)
    or touches a blank node, which SPARQL cannot name: then run the full checks.
    """
    reach = _reach()
    nodes: set = set()
    for triple in (*added, *removed):
        subject, predicate, obj = triple.subject, triple.predicate, triple.object
        if predicate == _SUBCLASS:
            return None
        nodes.add(subject)
        if predicate.value in reach.objects_of or predicate == _SUBJECT:
            nodes.add(obj)
        for prefix in reach.back.get(predicate.value, ()):
            nodes |= _walk_back(store, subject, prefix)
        if predicate == _TYPE:
            for path in reach.class_paths:
                nodes |= _walk_back(store, subject, path)
    for node in list(nodes):  # a changed relationship backs, or stops backing, its subject's
        if isinstance(node, ox.NamedNode | ox.BlankNode):
            nodes.update(q.object for q in store.quads_for_pattern(node, _SUBJECT, None, _DEFAULT))
    nodes = {node for node in nodes if not isinstance(node, ox.Literal)}
    if any(isinstance(node, ox.BlankNode) for node in nodes):
        return None
    return nodes


def _walk_back(store: ox.Store, node, path: tuple[str, ...]) -> set:
    """The nodes that reach `node` along `path` in the store's default graph."""
    if isinstance(node, ox.Literal):
        return set()
    found = {node}
    for step in reversed(path):
        predicate = ox.NamedNode(step)
        found = {
            q.subject for n in found for q in store.quads_for_pattern(None, predicate, n, _DEFAULT)
        }
    return found


@dataclass(frozen=True)
class ChecksMemo:
    """The findings of a check of the whole store, by focus node (N-Triples), kept for the next
    build; `constraints` fingerprints the shapes and ontology they were found under."""

    findings: dict[str, tuple[Finding, ...]]
    constraints: str

    @classmethod
    def of(cls, findings: Iterable[Finding]) -> ChecksMemo:
        """The memo of a full check's findings (`checks.all_findings(store)`)."""
        by_focus: dict[str, list[Finding]] = {}
        for finding in findings:
            by_focus.setdefault(finding.focus, []).append(finding)
        return cls({k: tuple(sorted(v)) for k, v in by_focus.items()}, constraints_fingerprint())

    def all(self) -> set[Finding]:
        return {finding for found in self.findings.values() for finding in found}

    def updated(self, focus: Iterable, fresh: Iterable[Finding]) -> ChecksMemo:
        """The memo after the `focus` nodes (Oxigraph terms) were checked again, finding `fresh`."""
        findings = dict(self.findings)
        for node in focus:
            findings.pop(str(node), None)
        merged = ChecksMemo.of(fresh).findings
        findings.update(merged)
        return ChecksMemo(findings, self.constraints)

    @classmethod
    def read(cls, path: Path) -> ChecksMemo | None:
        """The memo written at `path`; None when it is absent, unreadable, of another format
        or of other shapes: then the caller checks the whole store."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            if data["format"] != MEMO_FORMAT or data["constraints"] != constraints_fingerprint():
                return None
            findings = {
                focus: tuple(sorted(_finding(fields) for fields in rows))
                for focus, rows in data["findings"].items()
            }
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        if any(f.focus != focus for focus, found in findings.items() for f in found):
            return None
        return cls(findings, data["constraints"])

    def write(self, path: Path) -> None:
        """The memo as one JSON file, written atomically, keys sorted: the same findings give
        the same bytes."""
        data = {
            "format": MEMO_FORMAT,
            "constraints": self.constraints,
            "findings": {
                focus: [list(astuple(f)) for f in found]
                for focus, found in sorted(self.findings.items())
            },
        }
        write_atomic(Path(path), json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def _finding(fields) -> Finding:
    """A finding from its fields as the memo writes them: five strings."""
    if not isinstance(fields, list) or len(fields) != 5:
        raise ValueError("a finding is five fields")
    if not all(isinstance(field, str) for field in fields):
        raise ValueError("a finding's fields are text")
    return Finding(*fields)


@cache
def constraints_fingerprint() -> str:
    """A hash of what the checks enforce: the constraints and the ontology's subclasses."""
    subclasses = sorted((str(s), str(o)) for s, o in ontology().subject_objects(RDFS.subClassOf))
    text = repr((project_constraints(), subclasses))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def worth_focusing(nodes: int, triples: int | None) -> bool:
    """Whether checking `nodes` nodes on their own is quicker than checking a default graph of
    `triples` triples whole (None: of unknown size, so the nodes are checked)."""
    return triples is None or nodes <= max(triples // TRIPLES_A_NODE, FEW_NODES)


def recheck(
    store: ox.Store,
    memo: ChecksMemo | None,
    added: Iterable,
    removed: Iterable,
    *,
    triples: int | None = None,
) -> tuple[list[Violation], ChecksMemo]:
    """The violations of the whole store after a change, and the memo for the next build.

    `memo` is what the previous build's check left (`ChecksMemo.read`, or the memo this
    function returned); `store`, `added` and `removed` are as for `affected`; `triples`, the
    size of the store's default graph, if known. Only the affected nodes are checked again;
    without a memo, after a change that can reach every node, or one that reaches so many that
    a whole check is quicker (`worth_focusing`), the whole store is. Either way the violations
    equal `checks.validate_store(store)`.
    """
    added, removed = list(added), list(removed)
    # Each changed triple's subject is reached: where they alone are too many, so is the rest.
    subjects = {t.subject for t in (*added, *removed)}
    focus = None
    if memo is not None and worth_focusing(len(subjects), triples):
        focus = affected(store, added, removed)
    if focus is not None and not worth_focusing(len(focus), triples):
        focus = None
    if focus is None:
        memo = ChecksMemo.of(all_findings(store))
    else:
        memo = memo.updated(focus, all_findings(store, focus) if focus else ())
    return name_findings(store, memo.all()), memo
