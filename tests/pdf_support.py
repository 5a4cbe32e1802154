"""PDFs laid out as reports are, written with fpdf2 from text the tests give.

A `Report` sets text line by line as a typesetter does: a title page, then body pages with a
running header, a footer and page numbers, paragraphs flowed in one or more columns, long
words hyphenated at a line's end, footnote marks set small and raised with their notes at the
page's foot. Every line is recorded first and drawn when saved, so the same report can be
drawn column by column or a row at a time across the columns (as some programs draw), with
the page's furniture before or after its body.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2
from fpdf import FPDF

# A Unicode font (typographic quotes, dashes, ligatures); Helvetica covers Latin-1 only.
FONTS = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
    Path("/Library/Fonts/DejaVuSans.ttf"),
]
UNICODE_FONT = next((f for f in FONTS if f.is_file()), None)
MADE = dt.datetime(2024, 3, 12, 9, 30, tzinfo=dt.UTC)
_NOTE_MARK = re.compile(r"\^(\w+)")


@dataclass
class _Text:
    page: int
    x: float
    y: float
    size: float
    text: str
    furniture: bool = False


@dataclass
class Report:
    """A report's pages, recorded line by line; `save` writes the PDF."""

    header: str | None = None
    footer: str | None = None
    numbers: str | None = "Page {n}"
    unicode: bool = False
    size: float = 10.5
    words_apart: bool = False  # each word drawn on its own, spaces made by position
    width: float = 595.0
    height: float = 842.0
    margin: float = 56.0
    texts: list[_Text] = field(default_factory=list)
    pages: int = 0
    _notes: list[tuple[str, str]] = field(default_factory=list)
    _counted: int = 0
    _y: float = 0.0

    def __post_init__(self) -> None:
        self._measure: FPDF | None = None
        self._font = ""

    def _use(self, pdf: FPDF) -> str:
        if self.unicode:
            if UNICODE_FONT is None:
                raise RuntimeError("no DejaVu Sans font to write Unicode text with")
            pdf.add_font("Body", "", str(UNICODE_FONT))
            return "Body"
        return "Helvetica"

    def width_of(self, text: str, size: float | None = None) -> float:
        if self._measure is None:
            self._measure = FPDF(unit="pt")
            self._measure.add_page()
            self._font = self._use(self._measure)
        self._measure.set_font(self._font, size=size or self.size)
        return self._measure.get_string_width(text)

    # pages

    def title_page(self, *lines: tuple[str, float]) -> Report:
        """A page of its own: each (text, size) line well apart, no header or footer."""
        self.pages += 1
        y = 240.0
        for text, size in lines:
            self.texts.append(_Text(self.pages, self.margin, y, size, text))
            y += size * 2.6
        return self

    def page(self, *lines: str) -> Report:
        """A page of short lines (a list, a table), with the running header and footer."""
        self._new_page()
        for text in lines:
            self.texts.append(_Text(self.pages, self.margin, self._y, self.size, text))
            self._y += self.size * 1.35
        return self

    def body(
        self, paragraphs: list[str], columns: int = 1, notes: dict[str, str] | None = None
    ) -> Report:
        """Paragraphs flowed in columns over new pages. A "\\n" in a paragraph breaks the line
        there; "^key" after a word sets a footnote mark whose note is notes[key]."""
        notes = notes or {}
        gap = 18.0
        inner = self.width - 2 * self.margin
        column_width = (inner - gap * (columns - 1)) / columns
        lead = self.size * 1.35
        self._new_page()
        column = 0
        for paragraph in paragraphs:
            for words, last in self._lines(paragraph, column_width):
                if self._y > self.height - 90 - 11 * len(self._notes):
                    column += 1
                    if column == columns:
                        self._new_page()
                        column = 0
                    else:
                        self._y = 80.0
                x = self.margin + column * (column_width + gap)
                self._line(words, x, column_width, last, notes)
                self._y += lead
            self._y += lead * 0.6
        self._flush_notes()
        return self

    def _new_page(self) -> None:
        self._flush_notes()
        self.pages += 1
        small = self.size * 0.8
        if self.header:
            self.texts.append(_Text(self.pages, self.margin, 36, small, self.header, True))
        if self.footer:
            self.texts.append(
                _Text(self.pages, self.margin, self.height - 30, small, self.footer, True)
            )
        if self.numbers:
            label = self.numbers.format(n=self.pages)
            x = self.width - self.margin - self.width_of(label, small)
            self.texts.append(_Text(self.pages, x, self.height - 30, small, label, True))
        self._y = 80.0

    def _flush_notes(self) -> None:
        if not self._notes:
            return
        # Below the page's lowest line of text, closer together where many notes need it
        lowest = max(
            (t.y for t in self.texts if t.page == self.pages and not t.furniture), default=0.0
        )
        y = max(self.height - 60 - 10 * (len(self._notes) - 1), lowest + 16)
        step = min(10.0, (self.height - 45 - y) / max(1, len(self._notes) - 1))
        for mark, text in self._notes:
            self.texts.append(_Text(self.pages, self.margin, y, 8, f"{mark} {text}"))
            y += step
        self._notes = []

    def _lines(self, paragraph: str, width: float) -> list[tuple[list[str], bool]]:
        """Words set into lines; a long word that does not fit is hyphenated."""
        lines: list[tuple[list[str], bool]] = []
        for forced in paragraph.split("\n"):
            line: list[str] = []
            for word in forced.split():
                if self._fits(line + [word], width):
                    line.append(word)
                    continue
                cut = self._cut(line, word, width)
                if cut:
                    head = word[:cut] if word[cut - 1] == "-" else word[:cut] + "-"
                    lines.append((line + [head], False))
                    line = [word[cut:]]
                else:
                    lines.append((line, False))
                    line = [word]
            if line:
                lines.append((line, True))
        return lines

    def _fits(self, words: list[str], width: float) -> bool:
        return self.width_of(_NOTE_MARK.sub("", " ".join(words))) <= width

    def _cut(self, line: list[str], word: str, width: float) -> int | None:
        """Where to break a word of eight letters or more: after a hyphen it has, else
        leaving three letters or more on each side."""
        if len(word) < 8 or "^" in word:
            return None
        for i in range(len(word) - 3, 2, -1):
            if "-" in word and word[i - 1] != "-":
                continue  # a compound breaks at its own hyphens only
            if not (word[i - 1].isalpha() or word[i - 1] == "-") or not word[i].islower():
                continue  # (nor before a capital: "ImmigrationOS")
            head = word[:i] if word[i - 1] == "-" else word[:i] + "-"
            if self._fits(line + [head], width):
                return i
        return None

    def _line(
        self, words: list[str], x: float, width: float, last: bool, notes: dict[str, str]
    ) -> None:
        plain = [_NOTE_MARK.sub("", w) for w in words]
        if self.words_apart and not last and len(words) > 1:
            space = (width - sum(self.width_of(w) for w in plain)) / (len(words) - 1)
        else:
            space = self.width_of(" ")
        pieces = words if self.words_apart else [" ".join(words)]
        cursor = x
        for piece in pieces:
            for part in re.split(r"(\^\w+)", piece):
                if part.startswith("^"):
                    self._counted += 1
                    mark = str(self._counted)
                    self._notes.append((mark, notes.get(part[1:], "")))
                    small = self.size * 0.6
                    self.texts.append(
                        _Text(self.pages, cursor + 0.5, self._y - self.size * 0.35, small, mark)
                    )
                    cursor += self.width_of(mark, small) + 0.5
                elif part:
                    self.texts.append(_Text(self.pages, cursor, self._y, self.size, part))
                    cursor += self.width_of(part)
            cursor += space

    # output

    def save(
        self,
        path: Path,
        *,
        title: str | None = None,
        author: str | None = None,
        producer: str | None = None,
        created: dt.datetime | None = MADE,
        xmp: str | None = None,
        rows: bool = False,
        furniture_last: bool = False,
        password: str | None = None,
        restricted: bool = False,
        turned: bool = False,
    ) -> Path:
        """Write the PDF. `rows`: draw each page a row at a time across its columns;
        `furniture_last`: draw headers, footers and page numbers after the body; `password`:
        encrypted, opened with it; `restricted`: encrypted with an owner's password only;
        `turned`: pages set sideways with /Rotate 90, upright as shown."""
        # Turned: each page is set sideways and carries /Rotate 90, so that a reader (who sees
        # it turned) reads it upright, as scanners and some layout programs write pages.
        size = (self.height, self.width) if turned else (self.width, self.height)
        pdf = FPDF(unit="pt", format=size)
        pdf.set_auto_page_break(False)
        font = self._use(pdf)
        if created:
            pdf.set_creation_date(created)
        for key, value in (("title", title), ("author", author), ("producer", producer)):
            if value:
                getattr(pdf, f"set_{key}")(value)
        if xmp:
            pdf.set_xmp_metadata(xmp)
        for number in range(1, self.pages + 1):
            pdf.add_page()
            texts = [t for t in self.texts if t.page == number]
            if rows:
                texts.sort(key=lambda t: (round(t.y), t.x))
            if furniture_last:
                texts.sort(key=lambda t: t.furniture)
            for text in texts:
                pdf.set_font(font, size=text.size)
                if not turned:
                    pdf.text(text.x, text.y, text.text)
                    continue
                x, y = text.y, self.width - text.x
                with pdf.rotation(90, x=x, y=y):
                    pdf.text(x, y, text.text)
        if password or restricted:
            pdf.set_encryption(owner_password="owner", user_password=password, permissions=0)
        pdf.output(str(path))
        _close_fonts(pdf)
        if turned:
            written = pypdfium2.PdfDocument(str(path))
            for page in written:
                page.set_rotation(90)
            written.save(str(path))
            written.close()
        if self._measure is not None:
            _close_fonts(self._measure)
            self._measure = None
        return Path(path)


def _close_fonts(pdf: FPDF) -> None:
    """fpdf2 reads a TrueType font lazily and keeps its file open until told."""
    for font in pdf.fonts.values():
        if getattr(font, "ttfont", None) is not None:
            font.ttfont.close()


def xmp_packet(**fields: str) -> str:
    """An XMP packet describing a PDF: title, creator, date, source (a URL)."""
    parts = []
    if "title" in fields:
        parts.append(
            f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{fields["title"]}</rdf:li>'
            "</rdf:Alt></dc:title>"
        )
    if "creator" in fields:
        parts.append(
            f"<dc:creator><rdf:Seq><rdf:li>{fields['creator']}</rdf:li></rdf:Seq></dc:creator>"
        )
    if "date" in fields:
        parts.append(f"<dc:date><rdf:Seq><rdf:li>{fields['date']}</rdf:li></rdf:Seq></dc:date>")
    if "source" in fields:
        parts.append(f"<dc:source>{fields['source']}</dc:source>")
    return (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
        'pdf:Producer="Report writer"><dc:format>application/pdf</dc:format>'
        + "".join(parts)
        + "</rdf:Description></rdf:RDF></x:xmpmeta>"
    )
