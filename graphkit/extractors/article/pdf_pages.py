"""A PDF page's text as lines in reading order.

pypdfium2 gives each character with its box, in the order the page draws them, which is not
always the order a reader reads: some programs draw two columns a row at a time, or the
running header last. Characters are grouped here into runs (one baseline, no wide gap), runs
into columns by the gutters between them, and columns read top to bottom, left to right; a
line that crosses a gutter (a title over both columns) cuts the flow where it stands.
"""

from __future__ import annotations

from dataclasses import dataclass

# Footnote marks set small and raised after a word: "in 2022.¹", "Palantir*"
_MARKS = frozenset("0123456789*†‡§¶")
_SUPERSCRIPTS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")  # marks written as superscript digits
# Characters that carry no text: pdfium's line breaks, controls, zero-width spaces
_INVISIBLE = {ord(c): None for c in "\r\n\x00\u200b\u200c\u200d\u2060\ufeff"}
# PDFium writes a hyphen that ends a line (soft or hard, it cannot tell) as one of these; a
# soft hyphen (U+00AD) stays one until its line is known: within a line it is no letter.
_LINE_HYPHENS = "\x02\ufffe\u2010"
_SPACES = "\t\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u3000"
_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_MARGIN = 0.12  # running headers and footers sit within this share of the page's height
_GAP = 0.9  # a gap wider than this many character heights ends a run (a gutter, a table cell)


class Char:
    """A character and its box on the page (points; y measured down from the page's top)."""

    __slots__ = ("text", "x0", "x1", "y0", "y1", "height", "visible")

    def __init__(self, text: str, x0: float, x1: float, y0: float, y1: float) -> None:
        self.text, self.x0, self.x1, self.y0, self.y1 = text, x0, x1, y0, y1
        self.height = y1 - y0
        self.visible = self.height > 0 and not text.isspace()


@dataclass
class Line:
    """Text on one baseline of one column, with its box (points, y down from the page's top)."""

    page: int
    x0: float
    x1: float
    y0: float
    y1: float
    text: str
    margin: str = ""  # "top" or "bottom": in the page's margin, set apart from the body
    column: int = 0  # -1: crosses the page's gutters
    band: int = 0  # stretches of the page cut by lines that cross the gutters

    @property
    def size(self) -> float:
        return self.y1 - self.y0


def page_lines(chars: list[Char], page: int, width: float, height: float) -> list[Line]:
    """The lines of one page in reading order: top margin, body, bottom margin."""
    runs = _runs(chars, page)
    top, body, bottom = _margins(runs, height)
    gutters = _gutters(body, width)
    ordered: list[Line] = []
    for band, lines in enumerate(_bands(body, gutters)):
        for line in lines:
            line.band = band
            ordered.append(line)
    return _cells(top) + ordered + _cells(bottom)


def clean_char(text: str) -> str:
    """A character as text: ligatures spelt out, odd spaces as spaces, invisible ones gone."""
    if len(text) != 1:
        return text
    if text in _LIGATURES:
        return _LIGATURES[text]
    if text in _LINE_HYPHENS:
        return "-"
    if text in _SPACES:
        return " "
    text = text.translate(_INVISIBLE)
    if text and (ord(text) < 32 or 0xE000 <= ord(text) <= 0xF8FF or text == "\ufffd"):
        return ""  # a glyph its font maps to no letter
    return text


def _runs(chars: list[Char], page: int) -> list[Line]:
    """Characters in drawing order, cut where the baseline changes, the pen goes back, or a
    gap is wider than a gutter; footnote marks set small and raised are left out."""
    runs: list[Line] = []
    current: list[Char] = []
    last = None  # the last letter of the current run
    for char in chars:
        if not char.visible:
            if current:
                current.append(char)  # a space: it goes with the run
            continue
        if last is not None and not _continues(last, char):
            runs.append(_run(current, page))
            current = []
        current.append(char)
        last = char
    if current:
        runs.append(_run(current, page))
    return [run for run in runs if run.text]


def _continues(last: Char, char: Char) -> bool:
    size = last.height if last.height > char.height else char.height
    if char.x0 - last.x1 > _GAP * size or char.x0 < last.x0 - 0.3 * size:
        return False  # a gutter, or the pen gone back (the letters of a ligature share a box)
    if abs(char.y1 - last.y1) <= 0.3 * size:
        return True
    return _raised(char, last) or _raised(last, char)


def _raised(small: Char, base: Char) -> bool:
    """A character set smaller and above the baseline of its neighbour (a footnote mark)."""
    return (
        small.height < 0.8 * base.height
        and small.y1 < base.y1 - 0.15 * base.height
        and small.y1 > base.y0
    )


def _run(chars: list[Char], page: int) -> Line:
    base = chars[0]
    for char in chars:
        if char.height > base.height:
            base = char
    tall = base.height
    text: list[str] = []
    edge: float | None = None  # where the last letter (or a note mark left out) ends
    x0 = y0 = float("inf")
    x1 = y1 = float("-inf")
    for char in chars:
        if not char.visible:
            if text and text[-1] != " ":
                text.append(" ")
            continue
        if edge is not None and (
            char.text in _SUPERSCRIPTS or (char.text in _MARKS and _raised(char, base))
        ):
            edge = char.x1
            continue  # a note mark after a word: "2022.¹" is "2022."
        if edge is not None and char.x0 - edge > 0.25 * tall and text[-1] != " ":
            text.append(" ")  # words set apart by their position, with no space between
        text.append(char.text)
        edge = char.x1
        if char.height >= 0.8 * tall:  # the box of the line's type, not of its marks
            x0 = char.x0 if char.x0 < x0 else x0
            x1 = char.x1 if char.x1 > x1 else x1
            y0 = char.y0 if char.y0 < y0 else y0
            y1 = char.y1 if char.y1 > y1 else y1
    if x0 == float("inf"):
        x0, x1, y0, y1 = base.x0, base.x1, base.y0, base.y1
    words = " ".join("".join(text).split())
    # A soft hyphen breaks a word only at the line's end ("surveil\u00ad|lance")
    soft = "\u00ad" if words.endswith("\u00ad") else ""
    words = words.replace("\u00ad", "") + soft
    return Line(page=page, x0=x0, x1=x1, y0=y0, y1=y1, text=words)


def _margins(runs: list[Line], height: float) -> tuple[list[Line], list[Line], list[Line]]:
    """Runs in the page's top and bottom margins, set apart from the body by a gap."""
    rows = _stack(runs)
    top: list[Line] = []
    while len(rows) > 1 and len(top) < 2 and _apart(rows[0], rows[1], height, True):
        top.append(rows.pop(0))
    bottom: list[Line] = []
    while len(rows) > 1 and len(bottom) < 2 and _apart(rows[-1], rows[-2], height, False):
        bottom.insert(0, rows.pop())
    for rows_, where in ((top, "top"), (bottom, "bottom")):
        for row in rows_:
            for run in row:
                run.margin = where
    return (
        [r for row in top for r in row],
        [r for row in rows for r in row],
        [r for row in bottom for r in row],
    )


def _stack(runs: list[Line]) -> list[list[Line]]:
    """Runs as horizontal rows, top to bottom: runs whose heights overlap share a row."""
    rows: list[list[Line]] = []
    for run in sorted(runs, key=lambda r: (r.y0, r.x0)):
        if rows and run.y0 < max(r.y1 for r in rows[-1]) - 0.3 * run.size:
            rows[-1].append(run)
        else:
            rows.append([run])
    return rows


def _apart(row: list[Line], neighbour: list[Line], height: float, top: bool) -> bool:
    size = max(r.size for r in row)
    if top:
        inside = max(r.y1 for r in row) <= _MARGIN * height
        gap = min(r.y0 for r in neighbour) - max(r.y1 for r in row)
    else:
        inside = min(r.y0 for r in row) >= (1 - _MARGIN) * height
        gap = min(r.y0 for r in row) - max(r.y1 for r in neighbour)
    return inside and gap >= max(size, 6.0)


def _gutters(body: list[Line], width: float) -> list[tuple[float, float]]:
    """Vertical strips of white that columns of text stand on either side of."""
    if len(body) < 2:
        return []
    left = min(r.x0 for r in body)
    right = max(r.x1 for r in body)
    cover = [0] * (int(right - left) + 2)
    for run in body:
        for x in range(int(run.x0 - left), int(run.x1 - left) + 1):
            cover[x] += 1
    allowed = len(body) // 12  # a title or a figure's caption may cross it
    sizes = sorted(r.size for r in body)
    least = max(6.0, 0.6 * sizes[len(sizes) // 2])
    found, start = [], None
    for x, count in enumerate([*cover, len(body)]):
        if count <= allowed and start is None:
            start = x
        elif count > allowed and start is not None:
            if start > 0:
                found += _core(cover, start, x, least)
            start = None
    return [
        (left + a, left + b)
        for a, b, crossed in found
        if _columns_beside(body, (left + a, left + b), crossed)
    ]


def _core(cover: list[int], start: int, end: int, least: float) -> list[tuple[int, int, bool]]:
    """The widest stretch of a strip that the fewest lines cross (a short column beside it
    crosses the strip too, fewer times than it is allowed)."""
    fewest = min(cover[start:end])
    best, run = (0, 0), None
    for x in range(start, end + 1):
        if x < end and cover[x] == fewest:
            run = x if run is None else run
        elif run is not None:
            best = max(best, (x - run, run))
            run = None
    width, first = best
    return [(first, first + width - 1, fewest > 0)] if width >= least else []


def _columns_beside(body: list[Line], gutter: tuple[float, float], crossed: bool) -> bool:
    """Text stands on both sides of the strip, side by side over a stretch of the page: three
    lines or more on each side where a few lines cross it, one where none does (a column's
    last lines at the top of the next)."""
    lefts = [r for r in body if r.x1 <= gutter[0] + 1]
    rights = [r for r in body if r.x0 >= gutter[1] - 1]
    least = 3 if crossed else 1
    if len(lefts) < least or len(rights) < least:
        return False
    top = max(min(r.y0 for r in lefts), min(r.y0 for r in rights))
    bottom = min(max(r.y1 for r in lefts), max(r.y1 for r in rights))
    tall = sorted(r.size for r in body)[len(body) // 2]
    return bottom - top >= (3 if crossed else 0.5) * tall


def _bands(body: list[Line], gutters: list[tuple[float, float]]) -> list[list[Line]]:
    """The body in reading order: stretches between lines that cross a gutter, each read
    column by column."""
    for run in body:
        run.column = _column(run, gutters)
    bands: list[list[Line]] = []
    current: list[Line] = []
    for run in sorted(body, key=lambda r: (r.y0, r.x0)):
        if run.column == -1:
            if current:
                bands.append(current)
            bands.append([run])
            current = []
        else:
            current.append(run)
    if current:
        bands.append(current)
    ordered = []
    for band in bands:
        columns = sorted({r.column for r in band})
        ordered.append([ln for c in columns for ln in _rows([r for r in band if r.column == c])])
    return ordered


def _column(run: Line, gutters: list[tuple[float, float]]) -> int:
    column = 0
    for start, end in gutters:
        if run.x0 < start and run.x1 > end:
            return -1
        if run.x0 >= end - 1:
            column += 1
    return column


def _cells(runs: list[Line]) -> list[Line]:
    """Margin runs each a line of its own, top to bottom, left to right: a footer's text and
    the page number beside it are told apart."""
    return [run for row in _stack(runs) for run in sorted(row, key=lambda r: r.x0)]


def _rows(runs: list[Line]) -> list[Line]:
    """Runs on one baseline joined left to right into lines, top to bottom."""
    lines = []
    for row in _stack(runs):
        row.sort(key=lambda r: (r.x0, r.y0))
        row = [r for i, r in enumerate(row) if i == 0 or not _mark_after(r, row[i - 1], row)]
        first = row[0]
        lines.append(
            Line(
                page=first.page,
                x0=min(r.x0 for r in row),
                x1=max(r.x1 for r in row),
                y0=min(r.y0 for r in row),
                y1=max(r.y1 for r in row),
                text=" ".join(r.text for r in row),
                margin=first.margin,
                column=first.column,
                band=first.band,
            )
        )
    return lines


def _mark_after(run: Line, before: Line, row: list[Line]) -> bool:
    """A note mark drawn apart from the word it follows: small, raised, right after it."""
    main = max(row, key=lambda r: r.size)
    return (
        all(c in _MARKS for c in run.text.replace(" ", ""))
        and run.size < 0.8 * main.size
        and run.y1 < main.y1 - 0.15 * main.size
        and -0.3 * main.size <= run.x0 - before.x1 <= 0.5 * main.size
    )
