"""The build's own N-Triples read once, answering a Graph's lookups with rdflib terms.

The relationship reader (`records.py`) and the network (`network.py`) ask a graph for the
objects of a node, its predicates and values, node after node. Through oxrdflib each answer
passes rdflib's store layer, which makes a Graph object per triple. The build already has the
union as sorted N-Triples lines that it wrote itself (`quads.py`: IRIs, plain literals and
typed literals, with `\\`, `"`, newline and carriage return escaped), so a reader of the built
graph can be served from them: one pass, each distinct term made into an rdflib term once,
every lookup a dictionary's. Literals come out as the store gives them back through
`oxigraph.from_ox` (plain strings, decimals in the project's form), so the records are the
same. (The build's own page needs no reading at all: see `model_records.py`.) `term` also
gives the reader's value of one literal as the writer spells it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from rdflib import RDF, Literal, URIRef

_UNESCAPE = re.compile(r"\\(.)")
_ESCAPED = {"n": "\n", "r": "\r", '"': '"', "\\": "\\"}


def term(text: str):
    """An rdflib term for one IRI or literal as the build writes it."""
    if text[0] == "<":
        return URIRef(text[1:-1])
    if text[-1] == ">":  # "lexical"^^<datatype>
        lexical, datatype = text.rsplit('"^^<', 1)
        return Literal(_unescape(lexical[1:]), datatype=URIRef(datatype[:-1]))
    return Literal(_unescape(text[1:-1]))


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    return _UNESCAPE.sub(lambda m: _ESCAPED[m.group(1)], text)


class TriplesView:
    """A graph's triples held by subject, with the lookups of rdflib's Graph that readers use."""

    def __init__(self, ntriples: Path) -> None:
        terms: dict[str, object] = {}  # text -> rdflib term (some, like "false", are falsy)
        self._by_subject: dict = {}  # subject -> [(predicate, object)], in the file's order
        self._typed: dict = {}  # class -> [subject]: rdf:type is where readers start
        type_text = f"<{RDF.type}>"
        with open(ntriples, encoding="utf-8") as lines:
            for line in lines:
                subject, predicate, obj = line[:-3].split(" ", 2)
                found = []
                for text in (subject, predicate, obj):
                    try:
                        found.append(terms[text])
                    except KeyError:
                        found.append(terms.setdefault(text, term(text)))
                s, p, o = found
                self._by_subject.setdefault(s, []).append((p, o))
                if predicate == type_text:
                    self._typed.setdefault(o, []).append(s)

    def triples(self, pattern) -> Iterator[tuple]:
        subject, predicate, obj = pattern
        if subject is None:
            if predicate == RDF.type and obj is not None:
                for node in self._typed.get(obj, ()):
                    yield node, predicate, obj
                return
            nodes = list(self._by_subject)
        else:
            nodes = [subject]
        for node in nodes:
            for p, o in self._by_subject.get(node, ()):
                if (predicate is None or p == predicate) and (obj is None or o == obj):
                    yield node, p, o

    def subjects(self, predicate=None, object=None) -> Iterator:  # noqa: A002 - rdflib's name
        return (s for s, _, _ in self.triples((None, predicate, object)))

    def objects(self, subject=None, predicate=None) -> Iterator:
        return (o for _, _, o in self.triples((subject, predicate, None)))

    def predicate_objects(self, subject=None) -> Iterator[tuple]:
        return ((p, o) for _, p, o in self.triples((subject, None, None)))

    def value(self, subject=None, predicate=None):
        return next(self.objects(subject, predicate), None)

    def __contains__(self, triple) -> bool:
        return next(self.triples(triple), None) is not None
