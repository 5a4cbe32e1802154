"""A PDF's lines as the text a reader reads: paragraphs, whole across lines, columns and pages.

What a PDF's text layer holds and a reader does not see as text is left out: running headers
and footers (a margin line repeated on two pages or more), page numbers, and the hyphens that
break a word at a line's end. Footnotes (small type at a page's foot, opening with their mark)
follow the body, so a sentence that runs on to the next page stays whole.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .pdf_pages import Line

_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:(?:page|p\.|pg\.?|seite|página)\s*)?(?:\d{1,4}|[ivxlc]{1,7})"
    r"(?:\s*(?:of|/|de|von|sur)\s*\d{1,4})?(?:\s*[-–—])?$",
    re.IGNORECASE,
)
_NOTE = re.compile(r"^(?:\d{1,3}|[*†‡§¶]{1,3})(?=[\s.)\]A-Z])")
_BULLET = re.compile(r"^(?:[•▪◦‣●■□➢►–—-]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\))\s")
_ENDS = re.compile(r"[.!?:;][\"'”’)\]]*$")
_WORD = re.compile(r"[^\W\d_][\w'’]*")
_COMPOUND = re.compile(r"[^\W\d_][\w'’]*(?:-[\w'’]+)+")
_BROKEN = re.compile(r"([^\W\d_][\w'’-]*?)-$")  # a word cut by a hyphen at a line's end
_AFTER = re.compile(r"[\w'’]+")
# Endings that follow a word's stem, never a compound's second word: "contract-|ing"
_SUFFIXES = frozenset(
    {"able", "age", "al", "ally", "ance", "ances", "ant", "ants", "ation", "ations", "ed"}
    | {"edly", "ee", "ees", "en", "ence", "ences", "ent", "ents", "er", "ers", "es", "est"}
    | {"ful", "ial", "ible", "ic", "ical", "ing", "ings", "ion", "ions", "ise", "ised", "ism"}
    | {"ist", "ists", "ities", "ity", "ive", "ives", "ize", "ized", "izes", "less", "ling"}
    | {"ly", "ment", "ments", "ness", "ous", "ry", "ship", "ure", "ures", "y"}
)
# Words that open hyphenated compounds, never a word's first syllable: "real-|time"
_COMPOUND_STARTS = frozenset(
    {"all", "anti", "co", "cross", "ex", "half", "non", "real", "self", "third", "well", "zero"}
)
# Words that open closed compounds: "some-|thing", "with-|out", "there-|fore" are joined
_CLOSED = frozenset(
    {"a", "any", "back", "be", "down", "every", "fore", "for", "here", "how", "in", "no", "on"}
    | {"out", "over", "some", "there", "through", "to", "under", "up", "what", "when", "where"}
    | {"who", "with"}
)


def compose(pages: list[list[Line]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The document's text, and where each line of it starts: (offset, page number)."""
    running = _running(pages)
    size = body_size(line for page in pages for line in page if not line.margin)
    flow = [line for page in pages for line in _unfurnished(page, running, size)]
    notes = _footnotes(flow, size)
    # Lines in the bottom margin that repeat nowhere (a copyright line) go with the notes.
    notes |= {id(line) for line in flow if line.margin == "bottom"}
    body = [line for line in flow if id(line) not in notes]
    foot = [line for line in flow if id(line) in notes]
    words, compounds = _vocabulary(body + foot)
    paragraphs = _paragraphs(body, size, words, compounds)
    paragraphs += _paragraphs(foot, size, words, compounds, notes=True)
    text: list[str] = []
    starts: list[tuple[int, int]] = []
    offset = 0
    for pieces in paragraphs:
        if text:
            text.append("\n\n")
            offset += 2
        for piece, page in pieces:
            piece = piece.replace("\u00ad", "")  # a soft hyphen that ends a paragraph
            starts.append((offset, page + 1))
            text.append(piece)
            offset += len(piece)
    return "".join(text), tuple(starts)


def body_size(lines: Iterable[Line]) -> float:
    """The height of the body's type: the weighted median by characters."""
    sizes = sorted((round(line.size, 1), len(line.text)) for line in lines if line.text)
    total = sum(n for _, n in sizes)
    seen = 0
    for size, n in sizes:
        seen += n
        if seen * 2 >= total:
            return size
    return 0.0


def _key(text: str) -> str:
    return " ".join(re.sub(r"\d+", "#", text.casefold()).split())


def _running(pages: list[list[Line]]) -> set[str]:
    """Margin lines repeated on two pages or more: running headers and footers."""
    seen = Counter(
        key for page in pages for key in {_key(line.text) for line in page if line.margin}
    )
    return {key for key, count in seen.items() if count >= 2}


def _unfurnished(page: list[Line], running: set[str], size: float) -> list[Line]:
    """A page's lines without its furniture: in its margins, lines repeated on other pages,
    page numbers and the text beside them, and small type that is no sentence (a running
    title on a page of its own)."""
    numbers = [line for line in page if line.margin and _PAGE_NUMBER.match(line.text.strip())]

    def furniture(line: Line) -> bool:
        return (
            _key(line.text) in running
            or any(n.margin == line.margin and n.y0 < line.y1 and line.y0 < n.y1 for n in numbers)
            or (line.size < 0.9 * size and not _ENDS.search(line.text))
        )

    return [line for line in page if not line.margin or not furniture(line)]


def _footnotes(lines: list[Line], size: float) -> set[int]:
    """Lines of footnotes: small type at the foot of a page's body, opening with a mark."""
    found: set[int] = set()
    pages: dict[int, list[Line]] = {}
    for line in lines:
        if not line.margin:
            pages.setdefault(line.page, []).append(line)
    for page in sorted(pages):
        block = []
        for line in sorted(pages[page], key=lambda item: (-item.y0, item.x0)):
            if line.size > 0.85 * size:
                break
            block.append(line)
        block.sort(key=lambda item: (item.y0, item.x0))
        if block and _NOTE.match(block[0].text):
            found |= {id(line) for line in block}
    return found


def _vocabulary(lines: list[Line]) -> tuple[Counter, set[str]]:
    """Words of the document (not counting the halves of words broken at a line's end) and
    its hyphenated compounds, to tell "surveil-|lance" from "Palantir-|built"."""
    words: Counter = Counter()
    compounds: set[str] = set()
    for line in lines:
        words.update(w.casefold() for w in _WORD.findall(line.text))
        compounds.update(c.casefold() for c in _COMPOUND.findall(line.text))
    for first, second in zip(lines, lines[1:], strict=False):
        broken = _BROKEN.search(first.text)
        after = _AFTER.match(second.text)
        if broken and after:
            words[broken.group(1).rsplit("-", 1)[-1].casefold()] -= 1
            words[after.group(0).casefold()] -= 1
    return words, compounds


def _paragraphs(
    lines: list[Line], size: float, words: Counter, compounds: set[str], notes: bool = False
) -> list[list[tuple[str, int]]]:
    """Lines joined into paragraphs: each a list of (text, page) pieces."""
    pitch = _pitch(lines, size)
    edges = _edges(lines)
    paragraphs: list[list[tuple[str, int]]] = []
    previous = None
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        cut = "paragraph" if previous is None else _cut(previous, line, size, pitch, edges, notes)
        if cut == "paragraph":
            paragraphs.append([(text, line.page)])
        else:
            last, page = paragraphs[-1][-1]
            if cut == "line":  # a line its writer ended: a signature, an address
                joined, rest = last + "\n", text
            else:
                joined, rest = _join(last, text, words, compounds)
            paragraphs[-1][-1] = (joined, page)
            if rest:
                paragraphs[-1].append((rest, line.page))
        previous = line
    return paragraphs


def _pitch(lines: list[Line], size: float) -> float:
    """The distance from one line of body text to the next, most often."""
    steps = Counter(
        round(b.y0 - a.y0)
        for a, b in zip(lines, lines[1:], strict=False)
        if _same_flow(a, b)
        and abs(a.size - size) <= 0.15 * size
        and abs(b.size - size) <= 0.15 * size
        and 0 < b.y0 - a.y0 < 3 * size
    )
    return float(max(sorted(steps), key=lambda s: steps[s])) if steps else 1.5 * size


def _edges(lines: list[Line]) -> dict[tuple[int, int, int], tuple[float, float]]:
    edges: dict[tuple[int, int, int], tuple[float, float]] = {}
    for line in lines:
        key = (line.page, line.band, line.column)
        left, right = edges.get(key, (line.x0, line.x1))
        edges[key] = (min(left, line.x0), max(right, line.x1))
    return edges


def _same_flow(a: Line, b: Line) -> bool:
    return (a.page, a.band, a.column, a.margin) == (b.page, b.band, b.column, b.margin)


def _cut(a: Line, b: Line, size: float, pitch: float, edges, notes: bool) -> str:
    """What ends line a before line b: a "paragraph", a "line" its writer ended, or nothing
    (the paragraph goes on)."""
    if a.margin or b.margin:
        return "paragraph"
    if notes and _NOTE.match(b.text):
        return "paragraph"  # each footnote a paragraph of its own
    if abs(a.size - b.size) > 0.15 * max(a.size, b.size) or a.size > 1.15 * size:
        return "paragraph"  # a heading
    ended = bool(_ENDS.search(a.text))
    left, right = edges[(a.page, a.band, a.column)]
    room = _room(a, b, right)
    short = room > 0.2 * a.size
    if _BULLET.match(b.text) and (ended or short or _BULLET.match(a.text)):
        return "paragraph"  # an item of a list (a dash within a sentence is none)
    if not _same_flow(a, b):
        # a full line's paragraph goes on in the next column or on the next page
        return "paragraph" if short else ""
    if b.y0 - a.y0 > 1.3 * pitch * max(1.0, a.size / size):
        return "paragraph"  # space between paragraphs
    indented = b.x0 > a.x0 + 0.8 * b.size
    if ended and (short or indented):
        return "paragraph"
    # A line ended well short, where the next line's first word had room: its writer ended it
    ended_short = room > max(2 * a.size, 0.2 * (right - left))
    return "line" if ended_short and not _BROKEN.search(a.text) else ""


def _room(a: Line, b: Line, right: float) -> float:
    """The room left on line a before its column's edge once line b's first word is set on
    it: where there is room, a's writer ended it there."""
    word = b.text.split(" ", 1)[0]
    per_letter = (b.x1 - b.x0) / max(1, len(b.text))
    return right - (a.x1 + per_letter * (len(word) + 1))


def _join(last: str, text: str, words: Counter, compounds: set[str]) -> tuple[str, str]:
    """Line `text` appended to the paragraph's `last` piece; a word broken by a hyphen at the
    line's end is joined whole, a compound keeps its hyphen. Returns the piece and what opens
    a new piece (the new line, unless it went into the word)."""
    if last.endswith("\u00ad"):
        return last[:-1], text  # a soft hyphen: a word broken where its writer allowed
    broken = _BROKEN.search(last)
    after = _AFTER.match(text)
    if not (broken and after):
        return last + " ", text
    before, second = broken.group(1), after.group(0)
    if text[len(second) : len(second) + 1] == "-" or _keeps_hyphen(
        before, second, words, compounds
    ):
        return last + second, text[len(second) :]
    return last[:-1] + second, text[len(second) :]


def _keeps_hyphen(before: str, after: str, words: Counter, compounds: set[str]) -> bool:
    """Whether "before-|after", broken at a line's end, is a compound that keeps its hyphen.

    Kept: before a capital or a digit ("anti-|ICE", "COVID-|19"), in a compound of three parts
    or more ("state-of-the-|art", "tech-|and-policing"), where the document writes the compound
    whole elsewhere, after a word that opens compounds ("real-|time"), after a name the
    document uses on its own ("Palantir-|built"), and where both halves are words the document
    uses on their own ("face-|recognition"; not before a suffix: "contract-|ing"). Otherwise,
    and wherever the document uses the joined word, the word is joined ("surveil-|lance")."""
    if not after[0].islower():
        return True
    if "-" in before or f"{before}-{after}".casefold() in compounds:
        return True
    first, second = before.casefold(), after.casefold()
    if words[first + second] > 0 or first in _CLOSED:
        return False
    if first in _COMPOUND_STARTS or (before[0].isupper() and words[first] > 0):
        return True
    return words[first] > 0 and words[second] > 0 and second not in _SUFFIXES
