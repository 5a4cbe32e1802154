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
from ..vocab import TG

_DEFAULT = ox.DefaultGraph()
# Predicates as written in a line: the ones whose objects the grouping follows.
_CITATION, _SOURCE = TG.citation.n3(), TG.source.n3()
_DIRECT_TEXT = tuple(p.n3() for p in (TG.subject, TG.relation, TG.object))
_FOLLOWED = frozenset((_CITATION, _SOURCE, *_DIRECT_TEXT))


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
    """The default graph of `store` as `rdf.to_nquads` writes it (see there)."""
    terms, names = _Terms(), _Names()
    # Each subject's (predicate's text, object, the statement's text), the text made once;
    # the object only where it is looked at again (a million literals are not kept).
    about: dict = defaultdict(list)
    for quad in store.quads_for_pattern(None, None, None, _DEFAULT):
        s, p, o = quad.subject, quad.predicate, quad.object
        predicate = terms[p]
        kept = o if predicate in _FOLLOWED else None
        about[s].append((predicate, kept, _statement(terms, s, p, o)))
    lines: set[str] = set()
    # By text, as rdflib's terms compare: a few spellings Oxigraph keeps apart ("TRUE" and
    # "true" as booleans) are one rdflib term, placed once.
    placed: set[str] = set()

    def put(statement: str, name) -> None:
        lines.add(f"{statement} {names[name]} .\n")
        placed.add(statement)

    for props in about.values():
        cites = [o for p, o, _ in props if p == _CITATION]
        if not cites:
            continue
        first = {p: o for p, o, _ in props}
        direct = tuple(first.get(p) for p in _DIRECT_TEXT)
        held = None not in direct and _holds(store, direct)
        for cite in cites:
            source = next(
                (
                    o
                    for p, o, _ in about.get(cite, ())
                    if p == _SOURCE and not isinstance(o, ox.Literal)
                ),
                None,
            )
            if source is None:
                continue
            if held:
                put(_statement(terms, *direct), source)
            for p, o, statement in props:
                if p != _CITATION or o == cite:
                    put(statement, source)
            for node in (cite, source):
                for _p, _o, statement in about.get(node, ()):
                    put(statement, source)
    registry = names[ox.NamedNode(str(REGISTRY_GRAPH))]
    for props in about.values():
        for _p, _o, statement in props:
            if statement not in placed:
                lines.add(f"{statement} {registry} .\n")
    about.clear()  # let the statements go before the text is put together
    placed.clear()
    ordered = sorted(lines)
    lines.clear()
    text = "".join(ordered)
    del ordered
    return text.encode("utf-8")


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
