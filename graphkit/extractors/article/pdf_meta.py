"""A PDF's description of itself: title, author, date and URL, from its XMP metadata and its
document information dictionary (XMP first: PDF 2.0 keeps only that one)."""

from __future__ import annotations

import mmap
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path

_START, _END = b"<x:xmpmeta", b"</x:xmpmeta>"
_MAX_PACKET = 1_000_000
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_DC = "http://purl.org/dc/elements/1.1/"
_XMP = "http://ns.adobe.com/xap/1.0/"
_PDF = "http://ns.adobe.com/pdf/1.3/"
_PRISM = re.compile(r"^http://prismstandard\.org/namespaces/basic/[\d.]+/$")
_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_INFO_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
# Titles that programs write for a document, not its title: a file's name, a template's
_NO_TITLE = re.compile(
    r"(?:^(?:untitled|title|document\d*|slide \d+|layout \d+|print|microsoft word - .*)$"
    r"|\.(?:docx?|pdf|indd|pptx?|xlsx?|rtf|odt|tex|html?|qxp|pages|txt)$)",
    re.IGNORECASE,
)
# Programs that print a page to PDF: their creation date is the day it was printed
_PRINTERS = re.compile(
    r"skia/pdf|chrom(?:e|ium)|mozilla|firefox|webkit|wkhtmltopdf|print to pdf|headless",
    re.IGNORECASE,
)


def metadata(info: Mapping[str, str], xmp: bytes | None) -> dict[str, str]:
    """Header fields (title, publisher, date, url) as a text article's header would give
    them, from the PDF's own metadata; the author stands as publisher where none is named."""
    described = _xmp_fields(xmp) if xmp else {}
    fields: dict[str, str] = {}
    title = described.get("title") or info.get("Title", "")
    if title.strip() and not _NO_TITLE.search(title.strip()):
        fields["title"] = " ".join(title.split())
    author = described.get("publisher") or described.get("creator") or info.get("Author", "")
    if author.strip():
        fields["publisher"] = " ".join(author.split())
    made_by = " ".join(
        [described.get("producer", ""), info.get("Producer", ""), info.get("Creator", "")]
    )
    date = described.get("date") or ""
    if not date and not _PRINTERS.search(made_by):
        date = described.get("created") or _info_date(info.get("CreationDate", ""))
    if date:
        fields["date"] = date[:10]
    for url in (described.get("url"), info.get("URL")):
        if url and _URL.match(url.strip()):
            fields["url"] = url.strip()
            break
    return fields


def _info_date(value: str) -> str:
    """`D:20240312093000-05'00'` as `2024-03-12`, to the precision it gives."""
    match = _INFO_DATE.match(value.strip())
    if not match:
        return ""
    return "-".join(part for part in match.groups() if part)


def find_xmp(path: Path) -> bytes | None:
    """The document's XMP packet: the last one in the file that describes a PDF (a later
    update's), found as XMP is meant to be found, by its markers in the file's bytes."""
    with open(path, "rb") as handle:
        try:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # an empty file
            return None
        with data:
            end = len(data)
            while (start := data.rfind(_START, 0, end)) >= 0:
                stop = data.find(_END, start, start + _MAX_PACKET)
                if stop >= 0:
                    packet = data[start : stop + len(_END)]
                    if _PDF.encode() in packet or b"application/pdf" in packet:
                        return packet
                end = start
    return None


def _xmp_fields(packet: bytes) -> dict[str, str]:
    if b"<!DOCTYPE" in packet or b"<!ENTITY" in packet:
        return {}  # XMP has no use for either; a packet with them is not read
    try:
        root = ET.fromstring(packet)
    except ET.ParseError:
        return {}
    prism = {
        ns for el in root.iter() for ns in re.findall(r"^\{([^}]*)\}", el.tag) if _PRISM.match(ns)
    }
    fields = {
        "title": _first(root, _DC, "title"),
        "creator": ", ".join(_values(root, _DC, "creator")),
        "publisher": _first(root, _DC, "publisher"),
        "date": _first(root, _DC, "date"),
        "created": _first(root, _XMP, "CreateDate"),
        "producer": " ".join([_first(root, _PDF, "Producer"), _first(root, _XMP, "CreatorTool")]),
    }
    for ns, name in [*((p, "url") for p in sorted(prism)), (_DC, "identifier"), (_DC, "source")]:
        urls = [v for v in _values(root, ns, name) if _URL.match(v)]
        if urls:
            fields["url"] = urls[0]
            break
    return {key: value.strip() for key, value in fields.items() if value and value.strip()}


def _first(root: ET.Element, ns: str, name: str) -> str:
    values = _values(root, ns, name)
    return values[0] if values else ""


def _values(root: ET.Element, ns: str, name: str) -> list[str]:
    """A property's values, written as an attribute or an element (a list or a language
    alternative: the default language first)."""
    tag = f"{{{ns}}}{name}"
    found: list[str] = []
    for element in root.iter():
        if tag in element.attrib:
            found.append(element.attrib[tag])
        if element.tag != tag:
            continue
        items = list(element.iter(f"{{{_RDF}}}li"))
        if not items:
            found.append(element.text or "")
            continue
        items.sort(key=lambda li: li.get(_LANG) != "x-default")
        found += [li.text or "" for li in items]
    return [" ".join(value.split()) for value in found if value and value.strip()]
