"""A citation and the source it names, as N-Triples lines in a source's named graph: what
every statement the writer makes is traced to, a relationship's (quads.py) or an award
record's (award_quads.py)."""

from __future__ import annotations

from ..model import Citation, SourceDoc
from ..resolve.provenance import is_copied
from ..vocab import PREFIXES, TG
from .iris import iri_text as _t
from .iris import source_node
from .literals import date_literal, decimal_literal, integer, plain, typed

TYPE, LABEL = _t(PREFIXES["rdf"] + "type"), _t(PREFIXES["rdfs"] + "label")
P = {name: _t(TG[name]) for name in TG.__annotations__}  # every ontology term, as text


def add_citation(graph, node: str, cite: str, citation: Citation) -> None:
    """`node` (a relationship or a claim, as text) cites `cite`, one citation; its source."""
    lines = [
        f"{node} {P['citation']} {cite} .\n",
        f"{cite} {TYPE} {P['Citation']} .\n",
        f"{cite} {P['source']} {source_node(citation.source)} .\n",
    ]
    add = lines.append
    if citation.locator:
        add(f"{cite} {P['locator']} {plain(citation.locator)} .\n")
    if citation.quote:
        add(f"{cite} {P['quote']} {plain(citation.quote)} .\n")
    if citation.start is not None:
        add(f"{cite} {P['startOffset']} {integer(citation.start)} .\n")
    if citation.end is not None:
        add(f"{cite} {P['endOffset']} {integer(citation.end)} .\n")
    add(f"{cite} {P['extractor']} {plain(citation.extractor)} .\n")
    if citation.extractor_version:
        add(f"{cite} {P['extractorVersion']} {plain(citation.extractor_version)} .\n")
    add(f"{cite} {P['confidence']} {decimal_literal(citation.confidence)} .\n")
    if citation.where:
        add(f"{cite} {P['inputFile']} {plain(citation.where)} .\n")
    if citation.reported:
        add(f"{cite} {P['reported']} {date_literal(citation.reported)} .\n")
    graph.update(lines)
    add_source(graph, citation.source)


def _url(value: str) -> str:
    return typed(value, "anyURI")


# A source's fields, each with the ontology term it is stated by and its literal's form.
_SOURCE_FIELDS = (
    ("url", "url", _url),
    ("title", "title", plain),
    ("publisher", "publisher", plain),
    ("published", "published", date_literal),
    ("retrieved", "retrieved", date_literal),
    ("archive", "archiveUrl", _url),
    ("kind", "sourceKind", plain),
)


def add_source(graph, source: SourceDoc) -> None:
    """A source's description, once per graph."""
    if source in graph.described:  # every citation of a source would add the same lines
        return
    graph.described.add(source)
    node = source_node(source)
    # The original behind a copy of a publisher's records is no document anyone can open:
    # counted as a source, `stats` gave one more than the documents the build read.
    kind = P["PublisherRecords"] if is_copied(source) else P["Source"]
    lines = [f"{node} {TYPE} {kind} .\n"]
    for name, term, literal in _SOURCE_FIELDS:
        value = getattr(source, name)
        if value:
            lines.append(f"{node} {P[term]} {literal(value)} .\n")
    graph.update(lines)
