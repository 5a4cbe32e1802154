"""Where the node a violation is about was read: the input file and line of each citation
(`tg:inputFile`) of the facts that made it, with the field at fault where a fact file names
it, so a user finds the fact that broke a shape as they find any other bad input.

A relationship or claim is traced to its own citations; an entity that is a relation's wrong
subject or object (a domain or range broken) to the citations of the relationships that give
it that role, and no others; a source to the citations that cite it; a citation to itself.
"""

from __future__ import annotations

from functools import cache

import pyoxigraph as ox

from ..exc import Location
from ..vocab import TG
from .constraints import project_constraints

_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_DEFAULT = ox.DefaultGraph()
# Places named in full; more are counted ("and 3 more"), so one line stays readable.
SHOWN = 3
# A fact file's field for a property a shape constrains on a relationship, a claim or a
# citation: a message names the field the user wrote.
_FIELDS = {
    "subject": "subject",
    "claimedSubject": "subject",
    "object": "object",
    "claimedObject": "object",
    "relation": "relation",
    "product": "product",
    "contract": "contract",
    "amount": "amount",
    "currency": "currency",
    "startDate": "start",
    "endDate": "end",
    "status": "status",
    "ongoing": "ongoing",
    "role": "role",
    "source": "source",
    "locator": "locator",
    "quote": "quote",
    "confidence": "confidence",
    "url": "url",
    "title": "title",
    "publisher": "publisher",
    "published": "date",
    "retrieved": "retrieved",
    "archiveUrl": "archive",
}
_FACTS = "facts"  # the extractor whose inputs name their fields as above


def _node(name: str) -> ox.NamedNode:
    return ox.NamedNode(str(TG[name]))


@cache
def _roles() -> dict[tuple[str, str], tuple[str, str]]:
    """(path, message) of each domain or range constraint -> (relation IRI, the end it is
    about: "subject" or "object")."""
    found = {}
    for constraint in project_constraints():
        key = (constraint.path_text, constraint.message)
        for relation in constraint.target.subjects_of:
            found[key] = (relation, "subject")
        for relation in constraint.target.objects_of:
            found[key] = (relation, "object")
    return found


class Origins:
    """The places a finding's node was read from, looked up in the store."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def __call__(self, focus, path: str, message: str) -> str:
        """`file:line [field]` of each place, sorted, the first few in full; "" if none."""
        if not isinstance(focus, ox.NamedNode):
            return ""
        places = sorted(set(self._places(focus, path, message)), key=_order)
        text = ", ".join(_text(place) for place in places[:SHOWN])
        return text + (f" and {len(places) - SHOWN} more" if len(places) > SHOWN else "")

    def _places(self, focus: ox.NamedNode, path: str, message: str):
        field = _FIELDS.get(path)
        if self._is_a(focus, "Relationship") or self._is_a(focus, "Claim"):
            cites = self._objects(focus, "citation")
        elif self._is_a(focus, "Citation"):
            cites = [focus]
        elif self._is_a(focus, "Source"):
            cites = self._subjects("source", focus)
        elif (path, message) in _roles():
            relation, field = _roles()[(path, message)]
            relation_node = ox.NamedNode(relation)
            cites = [
                cite
                for rel in self._subjects(field, focus)
                if relation_node in self._objects(rel, "relation")
                for cite in self._objects(rel, "citation")
            ]
        else:
            return
        for cite in cites:
            for written in self._objects(cite, "inputFile"):
                where = Location.parse(written.value)
                named = _FACTS in (term.value for term in self._objects(cite, "extractor"))
                yield where.at(field if named else None)

    def _objects(self, node, predicate: str) -> list:
        quads = self.store.quads_for_pattern(node, _node(predicate), None, _DEFAULT)
        return [quad.object for quad in quads]

    def _subjects(self, predicate: str, node) -> list:
        quads = self.store.quads_for_pattern(None, _node(predicate), node, _DEFAULT)
        return [quad.subject for quad in quads]

    def _is_a(self, node, cls: str) -> bool:
        quads = self.store.quads_for_pattern(node, _TYPE, _node(cls), _DEFAULT)
        return next(iter(quads), None) is not None


def _order(place: Location) -> tuple:
    return (place.file, place.line or 0, place.field or "")


def _text(place: Location) -> str:
    return f"{place} [{place.field}]" if place.field else str(place)
