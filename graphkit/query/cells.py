"""How one result cell is written, whichever library holds it: rdflib, pyoxigraph or plain text.

Queries on the store hand back pyoxigraph terms and other readers rdflib ones; both must come out
spelt as the project writes them (see rdf/oxigraph.py): "x"^^xsd:string is the plain literal
"x", and a decimal Oxigraph gives back as "1" is written "1.0". Reading the spelling straight off
each library's term saves making rdflib terms for every cell of a large answer.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import NamedTuple

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from ..amounts import amount_text
from ..sources.documents import document_address, plainest

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
XSD_DECIMAL = XSD + "decimal"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
# Datatypes whose values Oxigraph spells as rdflib does (every one the project writes); values
# of any other (xsd:double: "2E3" against rdflib's "2000.0") are spelt by rdflib, rarely met.
_SPELT_ALIKE = frozenset(
    XSD + name for name in ("integer", "boolean", "date", "gYear", "gYearMonth", "anyURI")
)
URI, BLANK, LITERAL, TRIPLE = "uri", "bnode", "literal", "triple"


class Amount(NamedTuple):
    """A decimal of an amount column, spelt as the amount was written (amounts.amount_text)."""

    text: str


def amounts_written(rows: Iterable[Sequence], at: Collection[int]) -> Iterator[list]:
    """The rows with the decimals of the columns `at` (display.money_columns) as Amounts:
    `1500000`, `1500000.50`, not the graph's `1500000.0`, which reads as a float."""
    for row in rows:
        row = list(row)
        for i in at:
            if row[i] is not None:
                _kind, text, datatype, _language = parts(row[i])
                if datatype == XSD_DECIMAL:
                    row[i] = Amount(amount_text(text))
        yield row


def listed_amounts(
    rows: Iterable[Sequence], at: Collection[int], spell: Callable[[str, str], str]
) -> Iterator[list]:
    """The rows with each entry of the list columns `at` (a disputed fact's claims, each
    `AMOUNT CURRENCY (source)`) spelt by `spell(amount, currency)`: the decimal as written in
    csv and json (Oxigraph and rdflib spell the graph's `250000.0` apart), money in the table."""
    for row in rows:
        row = list(row)
        for i in at:
            if row[i] is not None:
                entries = text(row[i]).split(LIST_SEPARATOR)
                row[i] = LIST_SEPARATOR.join(_amount_entry(e, spell) for e in entries if e)
        yield row


def _amount_entry(entry: str, spell: Callable[[str, str], str]) -> str:
    amount, _, rest = entry.partition(" ")
    currency, _, source = rest.partition(" ")
    return f"{spell(amount, currency)} {source}".strip()


def amount_with_currency(amount: str, currency: str) -> str:
    """`250000.0`, `USD` -> `250000 USD`: the amount as written, its currency after it."""
    return f"{amount_text(amount)} {currency}".strip()


def parts(term) -> tuple[str, str, str | None, str | None]:
    """(kind, text, datatype IRI, language) of a term; a plain literal has neither datatype nor
    language. Plain strings (tables that commands make) are plain literals."""
    if isinstance(term, Amount):
        return LITERAL, term.text, XSD_DECIMAL, None
    if isinstance(term, ox.Literal):
        if term.language:
            return LITERAL, term.value, None, term.language
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return LITERAL, term.value, None, None
        if datatype == XSD_DECIMAL:
            return LITERAL, term.value if "." in term.value else term.value + ".0", datatype, None
        if datatype in _SPELT_ALIKE:
            return LITERAL, term.value, datatype, None
        return (
            LITERAL,
            _spelt(str(Literal(term.value, datatype=URIRef(datatype))), datatype),
            datatype,
            None,
        )
    if isinstance(term, ox.NamedNode):
        return URI, term.value, None, None
    if isinstance(term, ox.BlankNode):
        return BLANK, term.value, None, None
    if isinstance(term, Literal):  # as rdflib holds it: its store already chose the spelling
        if term.language:
            return LITERAL, str(term), None, term.language
        datatype = None if term.datatype is None else str(term.datatype)
        return LITERAL, _spelt(str(term), datatype), datatype, None
    if isinstance(term, URIRef):
        return URI, str(term), None, None
    if isinstance(term, BNode):
        return BLANK, str(term), None, None
    if isinstance(term, ox.Triple):
        return TRIPLE, str(term), None, None
    return LITERAL, str(term), None, None


# rdflib spells a double's infinities and not-a-number as Python does; XML Schema's lexical
# forms, which every other reader of the answer parses, are these.
_NOT_FINITE = {"inf": "INF", "-inf": "-INF", "nan": "NaN"}
_FLOATING = frozenset(XSD + name for name in ("double", "float"))


def _spelt(text: str, datatype: str | None) -> str:
    return _NOT_FINITE.get(text, text) if datatype in _FLOATING else text


# Literals whose text is their value as Oxigraph holds it: strings and the kinds spelt alike.
_TEXT_AS_HELD = _SPELT_ALIKE | {XSD_STRING, RDF_LANG_STRING}


def text(term) -> str:
    """The cell as csv and tsv write it: the value alone, empty when unbound."""
    if term is None:
        return ""
    kind = type(term)
    if kind is ox.NamedNode:  # the common cases first: most cells are IRIs or literals
        return term.value
    if kind is ox.Literal and term.datatype.value in _TEXT_AS_HELD:
        return term.value
    kind, value, _, _ = parts(term)
    # A blank node as SPARQL's CSV writes it, so it does not read as text that says the same.
    return f"_:{value}" if kind == BLANK else value


def row_text(width: int, listed: Collection[int] = ()) -> Callable[[Sequence], list[str]]:
    """A function from a row of `width` cells to their text as csv and tsv write it; the
    columns at `listed` hold GROUP_CONCAT lists, written sorted. Each cell's writer is chosen
    once per answer, not once per cell."""
    if not listed:
        return lambda row: [text(term) for term in row]
    writers = [_listed_text if i in listed else text for i in range(width)]
    return lambda row: [write(term) for write, term in zip(writers, row, strict=True)]


def _listed_text(term) -> str:
    return "" if term is None else sorted_list(text(term))


def json_term(term) -> dict:
    """The cell as a binding of the SPARQL 1.1 Query Results JSON Format."""
    kind, value, datatype, language = parts(term)
    if kind == TRIPLE:
        return {
            "type": TRIPLE,
            "value": {
                "subject": json_term(term.subject),
                "predicate": json_term(term.predicate),
                "object": json_term(term.object),
            },
        }
    out = {"type": kind, "value": value}
    if language:
        out["xml:lang"] = language
    elif datatype:
        out["datatype"] = datatype
    return out


# What the named queries put between the names a GROUP_CONCAT lists. A name may hold " | " (a
# title such as "Palantir's ICE deal | The Intercept"); no name holds this symbol.
LIST_SEPARATOR = "\u241f"
# What a query puts between a document's URL and its title ("https://…\x1eTitle"), so a
# document cited by two spellings of its URL, under two titles, is named once: no URL holds it.
TITLE_OF = "\x1e"


def sorted_list(value: str) -> str:
    """A GROUP_CONCAT list in sorted order: names (separated by LIST_SEPARATOR) joined by " | ",
    URLs by spaces.

    A single name is left whole ("Clearview AI" is one developer, not two words; "Report | The
    Intercept" is one title). A document is listed once, however its URL is written (with and
    without a trailing `/`, over `http`, an award by its record and by its page), by its
    plainest spelling (`plainest`). A list of titles each written with its document's URL
    (`TITLE_OF`) names each document once, by the title its plainest spelling has.
    """
    if TITLE_OF in value:
        return _titles(value)
    if LIST_SEPARATOR in value:
        return " | ".join(sorted({p for p in value.split(LIST_SEPARATOR) if p}))
    if all(part.startswith(("http://", "https://")) for part in value.split()):
        documents: dict[str, str] = {}
        for url in sorted(set(value.split()), key=plainest, reverse=True):  # the plainest last
            documents[document_address(url)] = url
        return " ".join(sorted(documents.values()))
    return value


def _titles(value: str) -> str:
    """Titles joined by " | ", one per document: of one document's titles, a given one with its
    plainest URL, so an award cited by its record and by its page shows its record's title."""
    found: dict[str, tuple] = {}
    for part in filter(None, value.split(LIST_SEPARATOR)):
        url, _, title = part.partition(TITLE_OF)
        key = document_address(url) if url else f"{TITLE_OF}{title}"
        told = (not title, plainest(url), title)
        # a document cited untitled only has no title, not the title True
        found[key] = min(found[key], told) if key in found else told
    return " | ".join(sorted({told[-1] for told in found.values()} - {""}))
