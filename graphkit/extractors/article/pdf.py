"""Reading a PDF report or article: its text as a reader reads it, and where it came from.

pypdfium2 (PDFium, the PDF engine of Chromium) gives each page's characters with their boxes;
pdf_pages.py lays them out in reading order, pdf_text.py joins them into paragraphs. The source
is the catalogue's entry for the file where there is one (its `id` is the file's name without
`.pdf`, or its `url` ends in the file's name), else the PDF's own metadata.

A PDF that cannot give text (encrypted, scanned without a text layer, damaged, not a PDF) is
an InputError naming the file; pages lost on the way are warnings.
"""

from __future__ import annotations

import ctypes
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ...exc import InputError
from ...model import SourceDoc
from .document import MAX_BYTES, Document, source_from_meta
from .pdf_meta import find_xmp, metadata
from .pdf_pages import Char, clean_char, page_lines
from .pdf_text import compose

MAX_PAGES = 2000  # a report is tens or hundreds of pages; more are not read
_SCANNED = 0.5  # an image covering this share of a page with no text: a scanned page
_INFO_KEYS = ("Title", "Author", "Creator", "Producer", "CreationDate", "URL")


def pdf_document(
    path: Path, shown: str, catalog: Mapping[str, SourceDoc] | None = None
) -> Document:
    """The text and source of a PDF; InputError when it gives no text.

    A fault of the reader on some file is an InputError naming it too, so that a run over
    many files reports it and goes on with the others."""
    try:
        return _document(path, shown, catalog)
    except InputError:
        raise
    except Exception as err:  # any fault of PDFium or of the layout, reported for this file
        raise InputError(
            f"the PDF reader failed on this file ({type(err).__name__}: {err}); its facts are "
            "left out",
            path=shown,
        ) from err


def _document(path: Path, shown: str, catalog: Mapping[str, SourceDoc] | None) -> Document:
    _check_header(path, shown)
    pdfium = _pdfium(shown)
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as err:
        raise InputError(_unopened(str(err)), path=shown) from None
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", path=shown) from None
    try:
        pages, problems, total = _pages(pdf, pdfium)
        info = {key: pdf.get_metadata_value(key) for key in _INFO_KEYS}
    finally:
        pdf.close()
    text, starts = compose(pages)
    if not text.strip():
        raise InputError(_no_text(problems, total), path=shown)
    warnings = _page_warnings(problems)
    if len(text) > MAX_BYTES:
        warnings.append(
            f"its text is {len(text):,} characters; only the first {MAX_BYTES:,} were read"
        )
        text = text[:MAX_BYTES]
    if total > MAX_PAGES:
        warnings.append(f"it has {total:,} pages; only the first {MAX_PAGES:,} were read")
    source, notices = _source(path, shown, catalog or {}, metadata(info, find_xmp(path)))
    return Document(
        text=text,
        body_start=0,
        source=source,
        warnings=tuple(warnings),
        notices=tuple(notices),
        pages=starts,
    )


def _check_header(path: Path, shown: str) -> None:
    try:
        with open(path, "rb") as handle:
            head = handle.read(1024)
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", path=shown) from None
    if not head:
        raise InputError("empty file, not a PDF", path=shown)
    if b"%PDF-" not in head:
        html = head.lstrip().lower().startswith((b"<!doctype html", b"<html"))
        looks = " (it is an HTML page: a download that failed?)" if html else ""
        raise InputError(f"not a PDF: the file does not begin with %PDF-{looks}", path=shown)


def _pdfium(shown: str):
    try:
        import pypdfium2
    except ImportError:  # a broken install: pypdfium2 is one of graphkit's dependencies
        raise InputError(
            "reading PDFs needs pypdfium2, which is not installed: pip install pypdfium2",
            path=shown,
        ) from None
    return pypdfium2


def _unopened(message: str) -> str:
    if "password" in message.lower():
        return (
            "the PDF is encrypted with a password, so its text cannot be read; save a copy "
            "without the password (or print it to a new PDF) and read that"
        )
    if "security" in message.lower():
        return (
            "the PDF is encrypted in a way PDFium cannot open, so its text cannot be read; "
            "save an unencrypted copy (or print it to a new PDF) and read that"
        )
    if "format" in message.lower():
        return "not a readable PDF: the file is damaged or cut short (PDFium: data format error)"
    return f"not a readable PDF ({message.rstrip('.')})"


def _pages(pdf, pdfium) -> tuple[list, dict[str, list[int]], int]:
    """Each page's lines in reading order, and the pages that gave none, by reason."""
    import pypdfium2.raw as raw

    total = len(pdf)
    pages, problems = [], {"damaged": [], "scanned": []}
    for index in range(min(total, MAX_PAGES)):
        try:
            page = pdf[index]
        except pdfium.PdfiumError:
            problems["damaged"].append(index + 1)
            continue
        try:
            chars, width, height = _chars(page, raw)
            if not any(c.text.strip() for c in chars) and _scanned(page, raw, width, height):
                problems["scanned"].append(index + 1)
        except pdfium.PdfiumError:
            problems["damaged"].append(index + 1)
            continue
        finally:
            page.close()
        pages.append(page_lines(chars, index, width, height))
    return pages, problems, total


def _chars(page, raw) -> tuple[list[Char], float, float]:
    """The page's characters as it shows them: within its crop box, turned as it is turned."""
    left, bottom, right, top = page.get_bbox()  # the crop box as shown (inherited too)
    width, height = right - left, top - bottom
    turn = page.get_rotation() % 360
    shown_size = (height, width) if turn in (90, 270) else (width, height)
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count > 0 else ""
        if len(text) != count:  # a character outside the BMP, two UTF-16 units: one by one
            text = _letters([raw.FPDFText_GetUnicode(textpage.raw, i) for i in range(count)])
        box = raw.FS_RECTF()
        pointer = ctypes.byref(box)
        handle, char_box = textpage.raw, raw.FPDFText_GetLooseCharBox
        chars = []
        for i, letter in enumerate(text):
            if letter == "\r" or letter == "\n":
                letter = " "  # PDFium's own line breaks: a space between runs
            elif not ("a" <= letter <= "z" or "A" <= letter <= "Z"):
                letter = clean_char(letter)
                if not letter:
                    continue
            char_box(handle, i, pointer)
            x0, x1 = box.left - left, box.right - left
            y0, y1 = top - box.top, top - box.bottom  # measured down from the top
            if x1 > x0 and not (0 <= x0 + x1 <= 2 * width and 0 <= y0 + y1 <= 2 * height):
                continue  # outside the crop box: no reader sees it
            if turn:
                chars.append(_turned(letter, x0, x1, y0, y1, turn, width, height))
            else:
                chars.append(Char(letter, x0, x1, y0, y1))
    finally:
        textpage.close()
    return chars, shown_size[0], shown_size[1]


def _letters(units: list[int]) -> list[str]:
    """One letter per character index: a surrogate pair is the letter at its first index."""
    letters = []
    for i, unit in enumerate(units):
        following = units[i + 1] if i + 1 < len(units) else 0
        if 0xD800 <= unit < 0xDC00 and 0xDC00 <= following < 0xE000:
            letters.append(chr(0x10000 + ((unit - 0xD800) << 10) + following - 0xDC00))
        elif 0xD800 <= unit < 0xE000:
            letters.append("")  # the second half of a pair, or half of none
        else:
            letters.append(chr(unit))
    return letters


def _turned(letter, x0, x1, y0, y1, turn, width, height) -> Char:
    """A character's box on the page as a reader holds it (the page's /Rotate applied)."""
    if turn == 90:
        return Char(letter, height - y1, height - y0, x0, x1)
    if turn == 180:
        return Char(letter, width - x1, width - x0, height - y1, height - y0)
    if turn == 270:
        return Char(letter, y0, y1, width - x1, width - x0)
    return Char(letter, x0, x1, y0, y1)


def _scanned(page, raw, width: float, height: float) -> bool:
    """Whether an image covers most of a page that has no text: a scan."""
    for image in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = image.get_bounds()
        if (right - left) * (top - bottom) >= _SCANNED * width * height:
            return True
    return False


def _no_text(problems: dict[str, list[int]], total: int) -> str:
    pages = f"{total} page" + ("s" if total != 1 else "")
    if total == 0:
        return "the PDF has no pages"
    if problems["scanned"]:
        images = "its page is an image" if total == 1 else f"its {pages} are images"
        return (
            f"no text layer: {images} (a scan?); run OCR on it (for example ocrmypdf) and "
            "read the PDF that gives"
        )
    if len(problems["damaged"]) == min(total, MAX_PAGES):
        return f"none of its {pages} can be read: the file is damaged"
    return f"no text in its {pages}"


def _page_warnings(problems: dict[str, list[int]]) -> list[str]:
    warnings = []
    if problems["damaged"]:
        pages = problems["damaged"]
        its = "its" if len(pages) == 1 else "their"
        warnings.append(f"{_listed(pages)} could not be read (damaged); {its} text is left out")
    if problems["scanned"]:
        pages = problems["scanned"]
        is_an = "is an image" if len(pages) == 1 else "are images"
        its = "its" if len(pages) == 1 else "their"
        warnings.append(
            f"{_listed(pages)} {is_an} with no text layer (scanned?); {its} text is left out "
            "(OCR would give it)"
        )
    return warnings


def _listed(pages: list[int]) -> str:
    if len(pages) == 1:
        return f"page {pages[0]}"
    shown = ", ".join(map(str, pages[:10])) + (", …" if len(pages) > 10 else "")
    return f"pages {shown}"


def _source(
    path: Path, shown: str, catalog: Mapping[str, SourceDoc], meta: dict[str, str]
) -> tuple[SourceDoc, list[str]]:
    """The catalogue's entry for the file, else a source from the PDF's own metadata; a
    notice when no URL is known, saying where to give one."""
    entries = _catalogued(Path(path), catalog)
    if len(entries) == 1:
        return entries[0], []
    source = source_from_meta(meta, shown)
    source = SourceDoc(
        url=source.url,
        title=source.title,
        publisher=source.publisher,
        published=source.published,
        kind="report",
    )
    if source.url:
        return source, []
    if entries:
        ids = ", ".join(sorted(e.id or "" for e in entries))
        return source, [
            f"several catalogue entries have a URL ending in this file's name ({ids}), so "
            f"none is taken; rename the file after the entry's id ({entries[0].id}.pdf)"
        ]
    return source, [
        "no URL: neither its metadata nor the sources catalogue gives one, so its facts cite "
        "the file by name; to cite it by URL, add to data/sources.yaml an entry "
        f"`id: {Path(path).stem}` with the `url:` it was published at, and its `title:`, "
        "`publisher:` and `date:`"
    ]


def _catalogued(path: Path, catalog: Mapping[str, SourceDoc]) -> list[SourceDoc]:
    """The catalogue entries for a file: the one whose id is its name without `.pdf`, else
    those whose URL ends in its name."""
    stem, name = path.stem.casefold(), path.name.casefold()
    named = [doc for key, doc in sorted(catalog.items()) if key.casefold() == stem]
    if named:
        return named[:1]
    return [
        doc
        for _, doc in sorted(catalog.items())
        if doc.url and unquote(urlsplit(doc.url).path).rsplit("/", 1)[-1].casefold() == name
    ]
