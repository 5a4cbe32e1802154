"""Reading one article: its metadata (header lines or YAML front matter) and its main text.

Text from articles is untrusted: it is decoded defensively, never evaluated, and a binary or
oversized file gives a clear InputError instead of a crash. PDFs are read in pdf.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from ...exc import InputError
from ...model import PartialDate, SourceDoc
from ...sources.catalog import check_url
from .dates import header_date

# Larger files are cut here: an article is a few thousand words, and rule matching is per sentence.
MAX_BYTES = 2_000_000
_HEADER_KEYS = ("url", "title", "publisher", "date", "author")
_HEADER_LINE = re.compile(r"^(url|title|publisher|date|author|source)\s*:\s*(.*)$", re.IGNORECASE)


@dataclass
class Document:
    """An article's text and where it came from.

    `text` is the whole decoded file for .txt/.md (so offsets point into the file) and the
    extracted main text for .html and .pdf; `body_start` is where the article body begins in
    `text`. `warnings` tell of text lost, `notices` of what was read right but is worth a look;
    `pages` (PDFs) says where each line of `text` starts: (offset, page number).
    """

    text: str
    body_start: int
    source: SourceDoc
    warnings: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()
    pages: tuple[tuple[int, int], ...] = ()

    def page_of(self, offset: int) -> int | None:
        """The page of a PDF that the text at `offset` is on; None for other documents."""
        index = bisect_right(self.pages, (offset, float("inf"))) - 1
        return self.pages[index][1] if index >= 0 else None


def read_document(
    path: Path, shown: str | None = None, catalog: Mapping[str, SourceDoc] | None = None
) -> Document:
    """Read a .txt, .md, .html or .pdf article; InputError for binary, undecodable or
    unreadable files. A PDF's source may be an entry of the sources catalogue."""
    shown = shown or str(path)
    if Path(path).suffix.lower() == ".pdf":
        from .pdf import pdf_document

        return pdf_document(Path(path), shown, catalog)
    try:
        raw = Path(path).read_bytes()
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", path=shown) from None
    warnings = []
    if len(raw) > MAX_BYTES:
        warnings.append(f"file is {len(raw):,} bytes; only the first {MAX_BYTES:,} were read")
        raw = raw[:MAX_BYTES]
    text = decode(raw, shown)
    if Path(path).suffix.lower() in (".html", ".htm"):
        from .html import html_document

        doc = html_document(text, shown)
        doc.text = doc.text[: doc.body_start] + without_note_marks(doc.text[doc.body_start :])
    else:
        doc = text_document(text, shown)
        if Path(path).suffix.lower() in (".md", ".markdown"):
            doc.text = doc.text[: doc.body_start] + plain_markdown(doc.text[doc.body_start :])
    doc.warnings = tuple(warnings) + doc.warnings
    return doc


def decode(raw: bytes, shown: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(
                "not valid UTF-16 text despite its byte-order mark", path=shown
            ) from None
    if b"\x00" in raw[:8192]:
        raise InputError("binary file, not an article (it contains NUL bytes)", path=shown)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 0.05 * max(1, len(text[:8192])):
        raise InputError("binary file, not an article (too many control characters)", path=shown)
    return text.replace("\r\n", "\n").replace("\r", "\n")


_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_MD_MARKS = re.compile(r"(?<![\w*_])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\w*_])|`+")
_MD_LINE_START = re.compile(r"^(?:\s{0,3}#{1,6}\s|\s{0,3}>\s?|\s*[-*+]\s|\s*\d+\.\s)", re.MULTILINE)


def plain_markdown(text: str) -> str:
    """Markdown syntax blanked out with spaces, so offsets still point into the file.

    Link texts stay, their targets go; emphasis marks, headings' hashes, quote marks and list
    bullets become spaces.
    """

    def blank(match: re.Match) -> str:
        return " " * len(match.group(0))

    def link(match: re.Match) -> str:
        return " " + match.group(1) + " " * (len(match.group(0)) - len(match.group(1)) - 1)

    text = _MD_IMAGE.sub(blank, text)
    text = _MD_LINK.sub(link, text)
    text = _MD_MARKS.sub(blank, text)
    return _MD_LINE_START.sub(blank, text)


def text_document(text: str, shown: str) -> Document:
    """A .txt/.md article: YAML front matter between '---' lines, or header lines, then text."""
    meta: dict = {}
    body_start = 0
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            try:
                loaded = yaml.safe_load(text[4:end])
            except yaml.YAMLError as err:
                mark = getattr(err, "problem_mark", None)
                raise InputError(
                    f"front matter is not YAML: {getattr(err, 'problem', err)}",
                    path=shown,
                    line=mark.line + 2 if mark else 1,
                ) from None
            if isinstance(loaded, dict):
                meta = {str(k).lower(): v for k, v in loaded.items()}
            after = text.find("\n", end + 4)
            body_start = len(text) if after == -1 else after + 1
    else:
        pos = 0
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            match = _HEADER_LINE.match(text[pos:end])
            if not match:
                break
            meta[match.group(1).lower()] = match.group(2).strip()
            pos = end + 1
        if meta:
            body_start = pos
    while body_start < len(text) and text[body_start] == "\n":
        body_start += 1  # the blank line after the header
    text = text[:body_start] + without_note_marks(text[body_start:])
    return Document(text=text, body_start=body_start, source=source_from_meta(meta, shown))


# A reference work's note marks after a word: "Quarry Hill Capital.[2]", "[citation needed]"
_NOTE_MARK = re.compile(
    r"(?<=[\w.,;:!?)\"”’'])\[(?:\d{1,3}|[a-z]|citation needed|note \d{1,3}|nb \d{1,3})\]"
)


def without_note_marks(text: str) -> str:
    """Note marks blanked with spaces, so offsets still point into the file: a name before
    one ends there ("Veltro Cloud.[7]" names Veltro Cloud)."""
    return _NOTE_MARK.sub(lambda m: " " * len(m.group(0)), text)


def source_from_meta(meta: dict, shown: str) -> SourceDoc:
    """A SourceDoc from header fields; values like "not given", and dates that could be read
    two ways (`09/10/2024`), are dropped."""
    url = None
    if meta.get("url"):
        try:
            url = check_url(meta["url"], "url")
        except InputError:
            url = None  # "not given in the source" and the like: no URL, not an error
    published = None
    if meta.get("date"):
        value = meta["date"]
        try:
            published = PartialDate.parse(value)
        except ValueError:
            published = header_date(value)  # with a time, or in words; None if it gives none
    title = str(meta["title"]).strip() if meta.get("title") else None
    publisher = str(meta["publisher"]).strip() if meta.get("publisher") else None
    if not url and not title:
        title = Path(shown).name
    # An article that reports another document (a letter, a wire story) names it, by catalogue
    # id or URL, so it does not count as a second witness.
    derived = meta.get("derived_from") or []
    derived = tuple(str(d).strip() for d in (derived if isinstance(derived, list) else [derived]))
    return SourceDoc(
        url=url,
        title=title,
        publisher=publisher,
        published=published,
        kind="article",
        derived_from=tuple(d for d in derived if d),
    )
