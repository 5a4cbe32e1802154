"""Relationship resources read back from a graph: one reader, one typed record, one set of names.

Every command that reads relationships (network, show, diff, stats, entities, validation) gets
the same `RelationshipRecord`, with its citations and their sources, so a field has one name
whoever prints it. Values are the graph's lexical forms (`"2019-05"`, `"0.85"`); entity ends and
products are IRIs, with their labels beside them.

The reader walks triples node by node rather than running one SPARQL query with a dozen
OPTIONALs: the same records, some thirty times faster, which keeps 100k-fact graphs usable.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from ..amounts import amount_text
from ..model import SourceDoc
from ..resolve.provenance import original_of
from ..sources.documents import document_address
from ..vocab import ENTITY_TYPES, IDENTIFIER_TERMS, TG

ENTITY_TYPE_NAMES = {iri: name for name, iri in ENTITY_TYPES.items()}
# An entity's identifiers, by name, in the order its summary shows them.
IDENTIFIER_PROPERTIES = (
    ("wikidata", TG.wikidata),
    *IDENTIFIER_TERMS.items(),
    ("homepage", TG.homepage),
)


@dataclass(frozen=True)
class SourceRecord:
    """The document a citation names."""

    iri: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    date: str | None = None  # when it was published (tg:published): reporting time
    retrieved: str | None = None
    archive: str | None = None
    # The originals it reports or copies (`tg:derivedFrom`, to the end of each chain), each as
    # `provenance.original_of` gives it, by key; empty for a source that is its own original.
    originals: tuple = ()


@dataclass(frozen=True)
class CitationRecord:
    """One source's support for a relationship; `source` is None when the graph lacks it."""

    iri: str
    source: SourceRecord | None
    locator: str | None = None
    quote: str | None = None
    extractor: str | None = None
    extractor_version: str | None = None
    confidence: str | None = None
    reported: str | None = None  # when the record reported the row cited (tg:reported)

    @property
    def id(self) -> str:
        return self.iri.rsplit("/", 1)[-1]

    @property
    def confidence_value(self) -> float | None:
        return None if self.confidence is None else float(self.confidence)


@dataclass(frozen=True)
class RelationshipRecord:
    """subject relation object with its qualifiers and citations (citations sorted by IRI)."""

    iri: str
    subject: str | None
    relation: str | None  # local name, e.g. "supplies"
    object: str | None
    subject_label: str | None = None
    object_label: str | None = None
    start: str | None = None
    end: str | None = None
    amount: str | None = None
    currency: str | None = None
    product: str | None = None
    product_label: str | None = None
    contract: str | None = None
    contract_label: str | None = None
    role: str | None = None
    status: str | None = None
    citations: tuple[CitationRecord, ...] = ()
    ongoing: bool = False  # true only when a source says the fact still holds
    independent_sources: int | None = None  # originals stating it; reports of one count once
    disputed: bool = False
    disputed_fields: tuple[str, ...] = ()
    claims: tuple[dict, ...] = ()  # the competing claims of a disputed fact, see `claims_of`

    @property
    def id(self) -> str:
        return self.iri.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class EntityRecord:
    """An entity node: its entity types, label, aliases and identifiers."""

    iri: str
    types: tuple[str, ...]  # entity type names, sorted
    label: str  # the IRI when the graph gives none
    aliases: tuple[str, ...]  # sorted
    identifiers: dict  # name -> value, in IDENTIFIER_PROPERTIES order


def reads_natively(graph: Graph) -> bool:
    """Whether `graph` is the default graph of an Oxigraph store, which the readers below then
    read without rdflib (store_records.py): the same records, several times sooner."""
    from .oxigraph import PlainLiteralOxigraphStore  # noqa: PLC0415

    return (
        type(graph) is Graph
        and isinstance(graph.store, PlainLiteralOxigraphStore)
        and graph.identifier == DATASET_DEFAULT_GRAPH_ID
    )


def read_entities(graph: Graph) -> Iterator[EntityRecord]:
    """Every node typed with an entity class, by IRI."""
    if reads_natively(graph):
        from .store_records import store_entities  # noqa: PLC0415

        yield from store_entities(graph.store._inner)
        return
    # Only subjects typed with an entity class: relationships, citations and sources are many.
    nodes = {node for kind in ENTITY_TYPE_NAMES for node in graph.subjects(RDF.type, kind)}
    for node in sorted(nodes):
        types = graph.objects(node, RDF.type)
        yield EntityRecord(
            iri=str(node),
            types=tuple(sorted({ENTITY_TYPE_NAMES[t] for t in types if t in ENTITY_TYPE_NAMES})),
            label=str(graph.value(node, RDFS.label) or node),
            aliases=tuple(sorted(str(a) for a in graph.objects(node, TG.alias))),
            identifiers={
                name: str(value)
                for name, prop in IDENTIFIER_PROPERTIES
                if (value := graph.value(node, prop)) is not None
            },
        )


def read_relationships(graph: Graph, about: URIRef | None = None) -> Iterator[RelationshipRecord]:
    """Every relationship resource of the graph, or those with `about` as subject or object, or
    named so by one of its claims (a supplier one source gives an award a record gives another)."""
    if about is None and reads_natively(graph):
        from .store_records import store_relationships  # noqa: PLC0415

        yield from store_relationships(graph)
        return
    reader = _Reader(graph)
    if about is None:
        nodes: Iterable = graph.subjects(RDF.type, TG.Relationship)
    else:
        ends = {*graph.subjects(TG.subject, about), *graph.subjects(TG.object, about)}
        for term in (TG.claimedSubject, TG.claimedObject):
            ends.update(r for c in graph.subjects(term, about) for r in graph.subjects(TG.claim, c))
        nodes = (n for n in ends if (n, RDF.type, TG.Relationship) in graph)
    for node in nodes:
        yield reader.relationship(node)


def chain_originals(node, reported, original) -> tuple:
    """The originals at the ends of a source's `tg:derivedFrom` chains, sorted (none for a source
    that is its own original): `reported(n)` gives the sources `n` directly reports, and
    `original(n)` what an end counts as. Read alike from an rdflib graph and from the store."""
    stack, seen, found = [node], {node}, set()
    while stack:
        current = stack.pop()
        further = reported(current)
        if not further and current != node:
            found.add(original(current))
        for source in further:
            if source not in seen:
                seen.add(source)
                stack.append(source)
    return tuple(sorted(found))


class _Reader:
    """Reads records, remembering labels and sources: many facts share them."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self._labels: dict = {}
        self._sources: dict = {}

    def relationship(self, node) -> RelationshipRecord:
        props = _properties(self.graph, node)
        subject, obj, product = props.get(TG.subject), props.get(TG.object), props.get(TG.product)
        relation, contract = props.get(TG.relation), props.get(TG.contract)
        disputed = props.get(TG.disputed) == Literal(True)
        citations = [self.citation(c) for c in self.graph.objects(node, TG.citation)]
        return RelationshipRecord(
            iri=str(node),
            subject=_text(subject),
            relation=None if relation is None else str(relation).rsplit("#", 1)[-1],
            object=_text(obj),
            subject_label=self.label(subject),
            object_label=self.label(obj),
            start=_text(props.get(TG.startDate)),
            end=_text(props.get(TG.endDate)),
            amount=amount_of(props.get(TG.amount)),
            currency=_text(props.get(TG.currency)),
            product=_text(product),
            product_label=self.label(product),
            contract=_text(contract),
            contract_label=self.label(contract),
            role=_text(props.get(TG.role)),
            status=_text(props.get(TG.status)),
            citations=tuple(sorted(citations, key=lambda c: c.iri)),
            ongoing=props.get(TG.ongoing) == Literal(True),
            independent_sources=_int(props.get(TG.independentSources)),
            disputed=disputed,
            disputed_fields=tuple(
                sorted(str(f) for f in self.graph.objects(node, TG.disputedField))
            ),
            claims=tuple(self.claims(node)) if disputed else (),
        )

    def claims(self, node, lines: bool = False) -> list[dict]:
        """The competing claims of a relationship, each with its qualifiers and sources (and
        with `lines`, the files and lines its citations were read from).

        Ordered as the build ranked them: claims resting on a record or an organisation's own
        statement first, denials last; each claim's sources by title.
        """
        claims = []
        # By IRI first, as the model's reader takes them (model_records.claim_records): claims
        # that tie in claim_order then come in one order, whichever graph they are read from.
        for claim in sorted(self.graph.objects(node, TG.claim), key=str):
            props = _properties(self.graph, claim)
            sources = []
            for cite in self.graph.objects(claim, TG.citation):
                source = self.source(self.graph.value(cite, TG.source))
                sources.append(
                    {
                        "title": source.title if source else None,
                        "url": source.url if source else None,
                        "publisher": source.publisher if source else None,
                        "locator": _text(self.graph.value(cite, TG.locator)),
                    }
                )
            sources = sources_order(sources)
            product, obj = props.get(TG.product), props.get(TG.claimedObject)
            subject = props.get(TG.claimedSubject)
            claims.append(
                {
                    "subject": _text(subject),
                    "subject_label": self.label(subject),
                    "object": _text(obj),
                    "object_label": self.label(obj),
                    "amount": amount_of(props.get(TG.amount)),
                    "currency": _text(props.get(TG.currency)),
                    "start": _text(props.get(TG.startDate)),
                    "end": _text(props.get(TG.endDate)),
                    "ongoing": props.get(TG.ongoing) == Literal(True),
                    "product": _text(product),
                    "product_label": self.label(product),
                    "status": _text(props.get(TG.status)),
                    "denied": props.get(TG.denied) == Literal(True),
                    "source": sources[0]["title"] if sources else None,
                    "url": sources[0]["url"] if sources else None,
                    "sources": sources,
                    **({"lines": cited_lines(self.graph, claim)} if lines else {}),
                }
            )
        return claim_order(claims)

    def citation(self, node) -> CitationRecord:
        props = _properties(self.graph, node)
        return CitationRecord(
            iri=str(node),
            source=self.source(props.get(TG.source)),
            locator=_text(props.get(TG.locator)),
            quote=_text(props.get(TG.quote)),
            extractor=_text(props.get(TG.extractor)),
            extractor_version=_text(props.get(TG.extractorVersion)),
            confidence=_text(props.get(TG.confidence)),
            reported=_text(props.get(TG.reported)),
        )

    def source(self, node) -> SourceRecord | None:
        if node is None:
            return None
        if node not in self._sources:
            props = _properties(self.graph, node)
            self._sources[node] = SourceRecord(
                iri=str(node),
                url=_text(props.get(TG.url)),
                title=_text(props.get(TG.title)),
                publisher=_text(props.get(TG.publisher)),
                date=_text(props.get(TG.published)),
                retrieved=_text(props.get(TG.retrieved)),
                archive=_text(props.get(TG.archiveUrl)),
                originals=self._originals(node),
            )
        return self._sources[node]

    def _originals(self, node) -> tuple:
        return chain_originals(node, lambda n: list(self.graph.objects(n, TG.derivedFrom)),
                               self._original)  # fmt: skip

    def _original(self, node) -> tuple:
        """What the end of a `tg:derivedFrom` chain counts as (`provenance.original_of`)."""
        props = _properties(self.graph, node)
        named = {name: _text(props.get(TG[name])) for name in ("url", "title", "publisher")}
        document = SourceDoc(**named)
        return original_of(document, (node, RDF.type, TG.PublisherRecords) in self.graph)

    def label(self, node) -> str | None:
        if node is None:
            return None
        if node not in self._labels:
            self._labels[node] = _text(self.graph.value(node, RDFS.label))
        return self._labels[node]


def sources_order(sources: list[dict]) -> list[dict]:
    """A claim's sources without repeats, by title, URL and locator."""
    return sorted(
        {tuple(sorted(s.items(), key=str)): s for s in sources}.values(),
        key=lambda s: (s["title"] or "", s["url"] or "", s["locator"] or ""),
    )


def documents_once(sources: list[dict]) -> list[dict]:
    """A claim's sources (`sources_order`), each document once: two passages of one document, or
    two spellings of its URL (a trailing `/`, `http`, an award by its record and by its page),
    are one source to whoever lists or counts them. The first of each is kept."""
    found: dict[tuple, dict] = {}
    for i, source in enumerate(sources):
        url = source.get("url")
        named = source.get("title") or source.get("publisher")
        key = ("url", document_address(url)) if url else ("named", named) if named else ("", i)
        found.setdefault(key, source)
    return list(found.values())


def claim_order(claims: list[dict]) -> list[dict]:
    """Claims resting on a record or an organisation's own statement first, denials last."""
    rank = {"confirmed": 0, "reported": 1, "alleged": 2}
    return sorted(
        claims,
        key=lambda c: (c["denied"], rank.get(c["status"], 1), c["source"] or "", c["amount"] or ""),
    )


def _properties(graph: Graph, node) -> dict:
    """predicate -> object for one node (the smallest object where a predicate repeats)."""
    found: dict = {}
    for pred, obj in graph.predicate_objects(node):
        if pred not in found or obj < found[pred]:
            found[pred] = obj
    return found


def claims_of(graph: Graph, node, lines: bool = False) -> list[dict]:
    """The competing claims of one relationship resource (empty when none are recorded); with
    `lines`, each with the files and lines its citations were read from."""
    return _Reader(graph).claims(node, lines)


def cited_lines(graph: Graph, claim) -> list[str]:
    """The files and lines (`awards.csv:4`) a claim's citations were read from, sorted: two
    records citing one permalink are told apart only by them."""
    cites = graph.objects(claim, TG.citation)
    found = {str(at) for cite in cites for at in graph.objects(cite, TG.inputFile)}
    return sorted(found, key=_row_order)


def _row_order(where: str) -> tuple:
    """`a.csv:9` before `a.csv:10`."""
    path, _, line = where.rpartition(":")
    return (path, int(line)) if path and line.isdigit() else (where, 0)


def _int(value) -> int | None:
    return None if value is None else int(value)


def amount_of(term) -> str | None:
    """An amount's text as it was written (amounts.amount_text): `1500000`, not the graph's
    `1500000.0`, in `show`, `timeline`, `path` and `conflicts` as in queries."""
    text = _text(term)
    return None if text is None else amount_text(text)


def _text(value) -> str | None:
    return None if value is None else str(value)
