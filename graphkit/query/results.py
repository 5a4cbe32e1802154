"""SPARQL results written out at most `max_rows` rows long, in the formats the server offers.

Oxigraph serialises a whole result; a server with a row limit needs to stop early and say so,
so solutions are written here: SPARQL 1.1 Query Results JSON, XML, CSV and TSV. Graphs
(CONSTRUCT, DESCRIBE) are cut to `max_rows` triples and serialised by Oxigraph.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
SOLUTION_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/ld+json": "JSON_LD",
    "application/rdf+xml": "RDF_XML",
}


@dataclass
class Answer:
    """What one query gives back over HTTP."""

    body: bytes
    media: str
    truncated: bool = False
    rows: int = 0


def write_result(result, accept: str, max_rows: int) -> Answer:
    """The answer to send for a pyoxigraph query result, cut at `max_rows` rows or triples."""
    if isinstance(result, ox.QueryBoolean):
        media = choose(accept, SOLUTION_TYPES, "application/sparql-results+json")
        fmt = SOLUTION_TYPES[media].upper()
        if fmt == "TSV" or fmt == "CSV":
            body = (b"true" if bool(result) else b"false") + b"\r\n"
        else:
            body = result.serialize(format=getattr(ox.QueryResultsFormat, fmt))
        return Answer(body, media, rows=1)
    if isinstance(result, ox.QueryTriples):
        media = choose(accept, GRAPH_TYPES, "text/turtle")
        triples, truncated = _first(result, max_rows)
        fmt = getattr(ox.RdfFormat, GRAPH_TYPES[media])
        return Answer(ox.serialize(triples, format=fmt), media, truncated, len(triples))
    media = choose(accept, SOLUTION_TYPES, "application/sparql-results+json")
    names = [v.value for v in result.variables]
    rows, truncated = _first(result, max_rows)
    solutions = [[row[name] for name in names] for row in rows]
    writer = {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv}[SOLUTION_TYPES[media]]
    return Answer(writer(names, solutions, truncated), media, truncated, len(rows))


def choose(accept: str, offered: dict, default: str) -> str:
    """The first offered media type the Accept header names (q-values in order of listing)."""
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in offered:
            return media
    return default


def _first(items, limit: int) -> tuple[list, bool]:
    taken = []
    for item in items:
        if len(taken) == limit:
            return taken, True
        taken.append(item)
    return taken, False


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {
            "subject": _json_term(term.subject),
            "predicate": _json_term(term.predicate),
            "object": _json_term(term.object),
        },
    }


def _json(names: list[str], solutions: list[list], truncated: bool) -> bytes:
    bindings = [
        {name: _json_term(v) for name, v in zip(names, row, strict=True) if v is not None}
        for row in solutions
    ]
    doc: dict = {"head": {"vars": names}, "results": {"bindings": bindings}}
    if truncated:
        doc["truncated"] = True  # beside the standard keys, which clients read unchanged
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            datatype = quoteattr(term.datatype.value)
            return f"<literal datatype={datatype}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return (
        f"<triple><subject>{_xml_term(term.subject)}</subject>"
        f"<predicate>{_xml_term(term.predicate)}</predicate>"
        f"<object>{_xml_term(term.object)}</object></triple>"
    )


def _xml(names: list[str], solutions: list[list], truncated: bool) -> bytes:
    parts = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
    parts += [f"<variable name={quoteattr(name)}/>" for name in names]
    parts.append("</head><results>")
    for row in solutions:
        parts.append("<result>")
        for name, value in zip(names, row, strict=True):
            if value is not None:
                parts.append(f"<binding name={quoteattr(name)}>{_xml_term(value)}</binding>")
        parts.append("</result>")
    parts.append("</results></sparql>\n")
    return "".join(parts).encode("utf-8")


def _csv(names: list[str], solutions: list[list], truncated: bool) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(names)
    for row in solutions:
        writer.writerow(["" if v is None else _plain(v) for v in row])
    return buffer.getvalue().encode("utf-8")


def _plain(term) -> str:
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def _tsv(names: list[str], solutions: list[list], truncated: bool) -> bytes:
    lines = ["\t".join(f"?{name}" for name in names)]
    lines += ["\t".join("" if v is None else str(v) for v in row) for row in solutions]
    return ("\n".join(lines) + "\n").encode("utf-8")
