"""`export --format nquads` read straight from an Oxigraph store: rdf.py's export, the same bytes.

Going through rdflib, each of a million triples became three rdflib terms and each line was
written from them: 26 s and 1.4 GB at a million triples. Here the store's terms are grouped as
they come and each distinct term is written once, the way rdflib's N-Quads writer writes it
(its own escaping, its own canonical form of typed values), so the lines, and their order once
sorted, are those of `rdf.to_nquads`. The tests compare the two on graphs written to need it.
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox
from oxrdflib._converter import to_ox_term_pattern
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

# rdflib's N-Quads writer's own quoting of a literal's text, so both ways escape alike.
from rdflib.plugins.serializers.nt import _quote_encode, _quoteLiteral

from ..rdf.oxigraph import from_ox, is_plain_text
from ..rdf.quads import REGISTRY_GRAPH
from .placement import FOLLOWED, placed_lines

_DEFAULT = ox.DefaultGraph()


class _Terms(dict):
    """Each term's text in a line, made once: what `_nq_row` writes for its rdflib term."""

    def __missing__(self, term) -> str:
        # An IRI or a blank node as rdflib writes it (refusing an IRI it cannot write).
        rdflib_term = from_ox(term)
        literal = isinstance(term, ox.Literal)
        text = self[term] = _quoteLiteral(rdflib_term) if literal else rdflib_term.n3()
        return text


class _Names(dict):
    """Each graph name's text, as `_nq_row` writes its context (a citation's source)."""

    def __missing__(self, term) -> str:
        name = from_ox(term)
        text = name.n3() if name and name != DATASET_DEFAULT_GRAPH_ID else ""
        self[term] = text
        return text


def store_nquads(store: ox.Store) -> bytes:
    """The graph of `store` as `rdf.to_nquads` writes it (see there): a build's store as its
    named graphs hold it, any other store's default graph placed as placement.py says."""
    terms, names = _Terms(), _Names()
    if next(iter(store.named_graphs()), None) is not None:
        lines = _named_lines(store, terms, names)
    else:
        lines = _placed_lines(store, terms, names)
    ordered = sorted(lines)
    lines.clear()
    text = "".join(ordered)
    del ordered
    return text.encode("utf-8")


def _named_lines(store: ox.Store, terms: _Terms, names: _Names) -> set[str]:
    """Each named graph's statements in that graph, as the build placed them (graph.nq's
    lines); a statement of the default graph that no named graph holds, in the default graph."""
    lines: set[str] = set()
    for graph in store.named_graphs():
        name = names[graph]
        for quad in store.quads_for_pattern(None, None, None, graph):
            lines.add(f"{_statement(terms, quad.subject, quad.predicate, quad.object)} {name} .\n")
    # A build's default graph is the union of its named graphs: asked of the store, not walked.
    for row in store.query(_DEFAULT_ONLY):
        lines.add(f"{_statement(terms, row[0], row[1], row[2])}  .\n")  # rdflib's default line
    return lines


_DEFAULT_ONLY = "SELECT ?s ?p ?o WHERE { { ?s ?p ?o } MINUS { GRAPH ?g { ?s ?p ?o } } }"


def _placed_lines(store: ox.Store, terms: _Terms, names: _Names) -> set[str]:
    # Each subject's statements as placement.py takes them, each term's text made once; the
    # object only where the rule follows it (a million literals are not kept).
    about: dict = defaultdict(list)
    for quad in store.quads_for_pattern(None, None, None, _DEFAULT):
        s, p, o = quad.subject, quad.predicate, quad.object
        predicate = terms[p]
        kept = o if predicate in FOLLOWED else None
        about[s].append((predicate, kept, _statement(terms, s, p, o)))
    lines = placed_lines(
        about,
        is_node=lambda o: not isinstance(o, ox.Literal),
        graph_name=names.__getitem__,
        direct_line=lambda d: _statement(terms, *d) if _holds(store, d) else None,
        registry=names[ox.NamedNode(str(REGISTRY_GRAPH))],
    )
    about.clear()  # let the statements go before the text is put together
    return lines


def _statement(terms: _Terms, s, p, o) -> str:
    """A line's subject, predicate and object, as `_nq_row` writes them."""
    if is_plain_text(o):
        # Most literals are plain text, each met once: quoted here, not kept.
        return f"{terms[s]} {terms[p]} {_quote_encode(o.value)}"
    return f"{terms[s]} {terms[p]} {terms[o]}"


def _holds(store: ox.Store, triple) -> bool:
    """Whether the default graph holds the triple, asked as rdflib's path asks it: through
    rdflib's terms, so a value Oxigraph keeps as written (" 1" as an integer) is looked up in
    rdflib's form ("1"), and False for one no graph can hold."""
    try:
        pattern = [to_ox_term_pattern(from_ox(term)) for term in triple]
        return any(True for _ in store.quads_for_pattern(*pattern, _DEFAULT))
    except (TypeError, ValueError):
        return False
