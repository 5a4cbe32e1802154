"""Named SPARQL queries (queries/*.rq) and ad hoc ones, with parameters bound as RDF terms."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import RDFS, Graph, Literal, URIRef

from ..exc import ParameterError, QueryError
from ..files import read_text
from ..names import closest_entities, did_you_mean, name_key, normalize, shown_choices
from ..vocab import ENT, IDENTIFIER_TERMS, PREFIXES, TG
from .cells import sorted_list
from .display import DEFAULT_WIDTH
from .stream import write_rows

if TYPE_CHECKING:
    from rdflib.query import Result

PARAM_KINDS = ("entity", "string", "integer")
# Prefixes that ad hoc queries may use without declaring them (the page's panel too).
AD_HOC_PREFIXES = {name: PREFIXES[name] for name in ("tg", "ent", "rdfs", "rdf", "xsd")}
_HEADER = re.compile(r"^#\s*(\w+):\s*(.*)$")
_ID = re.compile(r"[A-Za-z0-9._~-]+")  # the characters an IRI path segment takes unescaped


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    optional: bool
    help: str


@dataclass
class NamedQuery:
    name: str
    text: str
    description: str = ""
    params: list[Param] = field(default_factory=list)
    lists: tuple[str, ...] = ()  # columns holding lists, sorted so output is stable
    # Columns that mark a few rows true: the table leaves out one that no row sets.
    flags: tuple[str, ...] = ()


def named_queries() -> dict[str, NamedQuery]:
    """Every query shipped in graphkit/queries, by name."""
    folder = resources.files("graphkit") / "queries"
    found = {}
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".rq"):
            query = parse_query_file(item.name[:-3], item.read_text(encoding="utf-8"))
            found[query.name] = query
    return found


def parse_query_file(name: str, text: str) -> NamedQuery:
    """Read the header comments: description, param (name kind [optional] help), list, flag."""
    query = NamedQuery(name=name, text=text)
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _HEADER.match(line)
        if not match:
            continue
        key, value = match.groups()
        if key == "description":
            query.description = value.strip()
        elif key == "param":
            parts = value.split(None, 2)
            if len(parts) < 2:  # a user's query file is read so too
                raise QueryError(
                    f"{name}.rq: '# param: {value.strip()}' names no kind; write # param: NAME "
                    f"KIND [optional] HELP, KIND one of {', '.join(PARAM_KINDS)}"
                )
            pname, kind = parts[0], parts[1]
            rest = parts[2] if len(parts) > 2 else ""
            optional = rest.startswith("optional")
            if optional:
                rest = rest[len("optional") :]
            if kind not in PARAM_KINDS:
                raise QueryError(f"{name}.rq: parameter {pname} has unknown kind {kind!r}")
            query.params.append(Param(pname, kind, optional, rest.strip()))
        elif key == "list":
            query.lists = tuple(value.split())
        elif key == "flag":
            query.flags = tuple(value.split())
    return query


def get_query(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        hint = did_you_mean(name, queries)
        hint = f"{hint} " if hint else ""
        raise QueryError(f"no query named {name!r}; {hint}`graphkit queries` lists them")
    return queries[name]


def find_entity(graph, name: str) -> URIRef:
    """The entity an id (also as `ent:id` or its IRI), label or alias names in the built graph
    (an rdflib graph or an Oxigraph store).

    Names match as they do when the graph is built (names.name_key: "Palantir Technologies
    Inc." finds "Palantir Technologies"); among several, one written alike is preferred.
    """
    # Only a name that can be an IRI's last segment is tried as an id: rdflib logs a warning for
    # every IRI built from text with spaces ("Palantir Technologies"). An id may be written as
    # the text table shows it (`ent:palantir`) or as its whole IRI.
    local = name.removeprefix(str(ENT)).removeprefix("ent:")
    if _ID.fullmatch(local) and _has_label(graph, str(ENT[local])):
        return ENT[local]
    wanted, spelt = name_key(name), normalize(name)
    hits, alike = set(), set()
    base = str(ENT)
    for prop in (RDFS.label, TG.alias):
        for node, value in _named(graph, str(prop)):
            if (
                node.startswith(base)
                and "/" not in node[len(base) :]  # entities, not statements
                and name_key(value) == wanted
            ):
                hits.add(node)
                if normalize(value) == spelt:
                    alike.add(node)
    hits = alike if len(hits) > 1 and alike else hits
    if len(hits) == 1:
        return URIRef(hits.pop())
    if hits:
        names = ", ".join(f"{h[len(base) :]}{_identified(graph, h)}" for h in sorted(hits))
        raise QueryError(f"{name!r} is ambiguous: it names {names}; use an id")
    raise QueryError(f"no entity called {name!r} in the graph{_suggest(graph, name)}")


def _identified(graph, iri: str) -> str:
    """ " (uei …, duns …)": what tells apart two firms a download names alike ("EATON
    CORPORATION" twice), else nothing."""
    found = []
    for name, term in IDENTIFIER_TERMS.items():
        if isinstance(graph, ox.Store):
            pattern = (ox.NamedNode(iri), ox.NamedNode(str(term)), None, ox.DefaultGraph())
            values = [q.object.value for q in graph.quads_for_pattern(*pattern)]
        else:
            values = [str(v) for v in graph.objects(URIRef(iri), term)]
        found += [f"{name} {v}" for v in sorted(values)]
    return f" ({', '.join(found)})" if found else ""


def _has_label(graph, iri: str) -> bool:
    if isinstance(graph, ox.Store):
        found = graph.quads_for_pattern(
            ox.NamedNode(iri), ox.NamedNode(str(RDFS.label)), None, ox.DefaultGraph()
        )
        return next(iter(found), None) is not None
    return (URIRef(iri), RDFS.label, None) in graph


def _named(graph, prop: str):
    """(IRI, text) of each `prop` statement about an IRI, from rdflib or from Oxigraph directly
    (no rdflib terms: a large store has hundreds of thousands of labels)."""
    if isinstance(graph, ox.Store):
        for quad in graph.quads_for_pattern(None, ox.NamedNode(prop), None, ox.DefaultGraph()):
            if isinstance(quad.subject, ox.NamedNode):
                yield quad.subject.value, quad.object.value
        return
    for node, value in graph.subject_objects(URIRef(prop)):
        if isinstance(node, URIRef):
            yield str(node), str(value)


def _suggest(graph, name: str) -> str:
    """ "; did you mean …?" naming the entities closest to a name that matches none."""
    base = str(ENT)
    labels: dict[str, str] = {}
    names: list[tuple[str, str]] = []
    for prop in (RDFS.label, TG.alias):
        for node, value in _named(graph, str(prop)):
            local = node[len(base) :]
            if node.startswith(base) and "/" not in local:  # entities, not statements
                names.append((local, value))
                if prop == RDFS.label:
                    labels.setdefault(local, value)
    names += [(local, local) for local in labels]
    close = closest_entities(name, names, labels)
    return f"; did you mean {shown_choices(close, labels)}?" if close else ""


def bind_params(graph: Graph, query: NamedQuery, given: dict[str, str]) -> dict[str, object]:
    """RDF terms for the given parameters; QueryError names a missing or unknown one."""
    known = {p.name: p for p in query.params}
    for key in given:
        if key not in known:
            listed = ", ".join(known) or "none"
            raise ParameterError(
                f"query {query.name!r} has no parameter {key!r} (parameters: {listed})"
            )
    bindings: dict[str, object] = {}
    for param in query.params:
        if param.name not in given:
            if not param.optional:
                raise ParameterError(
                    f"query {query.name!r} needs --param {param.name}=…  ({param.help})"
                )
            continue
        value = given[param.name]
        if param.kind == "entity":
            bindings[param.name] = find_entity(graph, value)
        elif param.kind == "integer":
            try:
                bindings[param.name] = Literal(int(value))
            except ValueError:
                raise ParameterError(
                    f"parameter {param.name} must be an integer, not {value!r}"
                ) from None
        else:
            bindings[param.name] = Literal(value)
    return bindings


def check_read_only(text: str) -> None:
    """Refuse SPARQL Update; report syntax errors in words."""
    if _oxigraph_accepts(text):
        return
    # rdflib's SPARQL parser, only to tell a syntax error from an update in words: imported
    # here, since every build reads this module's query list and never parses with it.
    from rdflib.plugins.sparql import prepareQuery  # noqa: PLC0415
    from rdflib.plugins.sparql.parser import parseUpdate  # noqa: PLC0415

    try:
        prepareQuery(text)
        return
    except Exception as query_error:  # noqa: BLE001 - rdflib raises several parser types
        try:
            update = parseUpdate(text)
        except Exception:  # noqa: BLE001
            raise QueryError(f"SPARQL syntax: {query_error}") from None
        if "request" not in update:  # nothing but prefixes and comments: an empty update
            raise QueryError(
                "the query is empty: write a SELECT, ASK, CONSTRUCT or DESCRIBE query"
            ) from None
        raise QueryError("UPDATE is refused: graphkit queries never change the graph") from None


_EMPTY_STORE = None


def _oxigraph_accepts(text: str) -> bool:
    """Whether Oxigraph's parser reads the text as a query (not an update).

    It parses in a millisecond where rdflib's takes a hundred; the query is only prepared
    against an empty store, never run on the graph.
    """
    global _EMPTY_STORE
    if _EMPTY_STORE is None:
        _EMPTY_STORE = ox.Store()
    try:
        _EMPTY_STORE.query(text)
    except (SyntaxError, ValueError, OSError, RuntimeError):
        return False
    return True


def run(graph: Graph, text: str, bindings: dict | None = None) -> Result:
    """Run a read-only query with parameters bound as RDF terms (see bind_values)."""
    check_read_only(text)
    text = bind_values(text, bindings or {})
    try:
        return graph.query(text)
    except Exception as err:  # noqa: BLE001 - evaluation errors come in many types
        raise QueryError(f"query failed: {err}") from None


# Tokens to step over while looking for the query's WHERE group: comments, strings, IRIs.
_SKIP = re.compile(
    r"#[^\n]*|'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'"
    r'|"(?:[^"\\\n]|\\.)*"|<[^<>"{}|^`\\\s]*>',
    re.S,
)
_WHERE = re.compile(r"\bWHERE\s*\{", re.I)
_BAD_IRI = re.compile(r'[<>"{}|^`\\\s]')


def bind_values(text: str, bindings: dict) -> str:
    """The query with a VALUES block binding each parameter, first in its WHERE group.

    Values are written as RDF terms in N3 syntax (quotes and backslashes escaped), never as
    raw text, so a parameter cannot change the query. Every store honours VALUES, whereas
    oxrdflib's `initBindings` only binds variables that the SELECT clause projects.
    """
    terms = {name: term for name, term in bindings.items() if term is not None}
    if not terms:
        return text
    names = sorted(terms)
    for name in names:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"parameter name {name!r} is not a SPARQL variable name")
    cells = " ".join(_n3(terms[name]) for name in names)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({cells}) }} "
    at = _group_start(text)
    return text[:at] + block + text[at:]


def _n3(term) -> str:
    if isinstance(term, URIRef):
        if _BAD_IRI.search(str(term)):
            raise QueryError(f"not an IRI: {str(term)!r}")
        return f"<{term}>"
    if isinstance(term, Literal):
        return term.n3()
    raise QueryError(f"cannot bind {term!r}: parameters are IRIs or literals")


def _group_start(text: str) -> int:
    """Where the outermost WHERE group's content begins (just after its `{`)."""
    masked = _SKIP.sub(lambda m: " " * len(m.group()), text)
    match = _WHERE.search(masked)
    if match:
        return match.end()
    brace = masked.find("{")  # ASK { … } and SELECT … { … } may leave out WHERE
    if brace < 0:
        raise QueryError("the query has no WHERE group to bind parameters in")
    return brace + 1


@dataclass
class Table:
    """SELECT results as plain columns and rows of RDF terms (None where unbound)."""

    columns: list[str]
    rows: list[list[object]]


def to_table(result: Result, lists: tuple[str, ...] = ()) -> Table:
    columns = [str(v) for v in result.vars]
    rows = []
    for row in result:
        cells = list(row)
        for i, name in enumerate(columns):
            if name in lists and cells[i] is not None:
                cells[i] = Literal(sorted_list(str(cells[i])))
        rows.append(cells)
    return Table(columns, rows)


def format_table(
    table: Table, fmt: str, width: int | None = DEFAULT_WIDTH, flags: Sequence[str] = ()
) -> str:
    """The table as json, jsonl, csv, tsv or (any other `fmt`) aligned text fitting `width`
    characters; `width=None` prints text cells whole; the text leaves out a `flags` column
    that no row sets."""
    return "".join(write_rows(table.columns, table.rows, fmt, width=width, flags=flags))


def read_query_file(path: Path) -> str:
    """A query file's text, read as every project file is (files.read_text): UTF-8, a
    byte-order mark dropped; InputError at the first byte that is not UTF-8."""
    try:
        return read_text(Path(path), str(path))
    except OSError as err:
        raise QueryError(f"{path}: {err.strerror}") from None
