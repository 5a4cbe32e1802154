"""Result tables for people: cells as a reader writes them, columns that fit the terminal.

Only the `table` format is shaped here; csv, tsv and json keep every value as the graph holds
it, so a shortened cell is never the only copy of a value.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit

from rdflib.namespace import RDFS, XSD

from ..amounts import amount_grouped
from ..terminal import for_terminal
from ..vocab import ENT, TG
from . import cells

DEFAULT_WIDTH = 100
ELLIPSIS = "…"
GAP = "  "
# A text column never shrinks below this (or its natural width, if smaller): "Palantir …"
# reads, where "Pal…" named nothing. Columns that cannot have it are left out, and named.
MIN_COLUMN = 10
CURRENCY_SYMBOLS = {"USD": "$"}
# Columns whose numbers are sums of money when the row names a currency.
_MONEY_WORDS = ("amount", "value", "obligated", "potential")
_PREFIXES = (("tg:", str(TG)), ("ent:", str(ENT)), ("rdfs:", str(RDFS)), ("xsd:", str(XSD)))
# Amounts, counts and dates: a shortened one would be a wrong one, so they are kept whole.
_FIGURE = re.compile(r"^(-?\$?[\d,.]*|[\d,.]+ [A-Z]{3}|\d{4}(-\d\d){0,2}(T[\d:.]+Z?)?)$")
# An identifier (a PIID, an award key, a UEI): one word of capitals and digits, a digit among
# them. Cut, "HSCEMR14P…" named no award (a dozen share each start), so it is kept whole.
_IDENTIFIER = re.compile(r"^(?=[^\d]*\d)[A-Z0-9][A-Z0-9_-]*$")
_NUMERIC = {str(t) for t in (XSD.decimal, XSD.double, XSD.float, XSD.integer, XSD.int, XSD.long)}
_DATES = {str(XSD.date), str(XSD.dateTime)}


def money(amount: str, currency: str | None) -> str:
    """`150703825.0`, `USD` -> `$150,703,825`; other currencies after the figure: `9,500 EUR`."""
    try:
        Decimal(amount)
    except InvalidOperation:
        return amount
    figure = amount_grouped(amount)  # every digit as written: `{:,.2f}` rounded 0.125 away
    if not currency:
        return figure
    symbol = CURRENCY_SYMBOLS.get(currency.upper())
    if symbol:
        return f"-{symbol}{figure[1:]}" if figure.startswith("-") else f"{symbol}{figure}"
    return f"{figure} {currency}"


def money_columns(columns: list[str]) -> set[int]:
    """The columns that hold amounts of money: an "amount" column always, a "value",
    "obligated" or "potential" one beside a currency."""
    currency_at = columns.index("currency") if "currency" in columns else None
    words = _MONEY_WORDS if currency_at is not None else ("amount",)
    return {
        i
        for i, name in enumerate(columns)
        if any(word in name.lower() for word in words) and i != currency_at
    }


def short_url(url: str) -> str:
    """`https://www.usaspending.gov/award/CONT_AWD_1` -> `usaspending.gov/award/CONT_AWD_1`."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return url
    host = parts.netloc.removeprefix("www.")
    query = f"?{parts.query}" if parts.query else ""
    # A fragment that is a route picks the page (`usaspending.gov/#/award/CONT_AWD_1`, as the
    # site linked its awards before 2020): without it, every such page read as the site's home.
    if parts.fragment.startswith("/"):
        return f"{host}{parts.path.rstrip('/')}/{query}#{parts.fragment.rstrip('/')}"
    return host + parts.path.rstrip("/") + query


def date_text(term) -> str:
    """A date at the precision the graph knows: `2014`, `2025-09`, `2022-09-26`; a dateTime at
    midnight is a day."""
    _, text, datatype, _ = cells.parts(term)
    if datatype == str(XSD.dateTime) and text.endswith("T00:00:00"):
        return text[: -len("T00:00:00")]
    return text


def display_rows(columns: list[str], rows: list[list[object]]) -> tuple[list[str], list[list[str]]]:
    """Columns and cells as a reader expects them: money with its currency (the currency column
    folded into the amount), dates at their precision, URLs without their scheme, the project's
    IRIs with their usual prefixes."""
    currency_at = columns.index("currency") if "currency" in columns else None
    money_at = money_columns(columns)
    folded = currency_at is not None and bool(money_at)
    shown = []
    for row in rows:
        currency = None if currency_at is None else cells.text(row[currency_at])
        shown_cells = []
        for i, term in enumerate(row):
            if i == currency_at and folded:
                continue
            if i in money_at and _is_number(term):
                shown_cells.append(money(cells.parts(term)[1], currency))
            else:
                shown_cells.append(_cell(term))
        shown.append(shown_cells)
    names = [c for i, c in enumerate(columns) if not (i == currency_at and folded)]
    return names, shown


def _is_number(term) -> bool:
    if term is None:
        return False
    kind, text, datatype, _ = cells.parts(term)
    if kind != cells.LITERAL:
        return False
    return datatype in _NUMERIC or (datatype is None and _parses(text))


def _parses(text: str) -> bool:
    try:
        Decimal(text)
    except InvalidOperation:
        return False
    return True


def _cell(term) -> str:
    """A cell as the table shows it, on one line, control characters escaped (terminal.py)."""
    return for_terminal(_cell_text(term), keep="")


def _cell_text(term) -> str:
    if term is None:
        return ""
    kind, text, datatype, _ = cells.parts(term)
    if kind == cells.URI:
        for prefix, base in _PREFIXES:
            if text.startswith(base) and "/" not in text[len(base) :]:
                return prefix + text[len(base) :]
        return short_url(text)
    if datatype in _DATES:
        return date_text(term)
    if text.startswith(("http://", "https://")):
        return " ".join(short_url(part) for part in text.split(" "))
    return text


def fit_widths(
    natural: list[int],
    width: int,
    whole: set[int] = frozenset(),
    kept: list[int] | None = None,
) -> list[int]:
    """Column widths that fit `width` characters with gaps: the widest columns give way first,
    each down to MIN_COLUMN characters; `whole` columns (amounts, dates) never do, nor does a
    column below `kept[i]`, the width of the longest identifier it holds."""
    room = width - len(GAP) * (len(natural) - 1)
    if sum(natural) <= room:
        return natural
    kept = kept or [0] * len(natural)
    # Narrow terminals first cost text columns their MIN_COLUMN, then figures and identifiers
    # their wholeness.
    for floors in (
        [n if i in whole else max(min(n, MIN_COLUMN), kept[i]) for i, n in enumerate(natural)],
        [n if i in whole else max(min(n, 2), kept[i]) for i, n in enumerate(natural)],
        [min(n, 2) for n in natural],
    ):
        if sum(floors) <= room:
            break
    # The largest cap such that every column at min(natural, max(cap, floor)) fits.
    low, high = 0, max(natural)
    while low < high:
        cap = (low + high + 1) // 2
        if sum(min(n, max(cap, f)) for n, f in zip(natural, floors, strict=True)) <= room:
            low = cap
        else:
            high = cap - 1
    widths = [min(n, max(low, f)) for n, f in zip(natural, floors, strict=True)]
    # Hand the characters the cap left over to the columns still cut short, left to right.
    spare = room - sum(widths)
    for i, n in enumerate(natural):
        extra = min(spare, n - widths[i])
        if extra > 0:
            widths[i] += extra
            spare -= extra
    return widths


def display_width(text: str) -> int:
    """The columns a text takes in a terminal: a wide character (株, 한) two, a combining mark
    none, anything else one."""
    if text.isascii():
        return len(text)
    return sum(_char_width(c) for c in text)


def _char_width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def shorten(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text
    kept, used = [], 0
    for char in text:
        used += _char_width(char)
        if used > width - 1:
            break
        kept.append(char)
    return "".join(kept) + ELLIPSIS


def padded(text: str, width: int) -> str:
    """The text followed by the spaces that make it `width` terminal columns wide."""
    return text + " " * max(width - display_width(text), 0)


def text_table(
    columns: list[str],
    rows: list[list[object]],
    width: int | None = DEFAULT_WIDTH,
    flags: Collection[str] = (),
) -> str:
    """An aligned table with a row count. With a `width`, lines fit it, shortened cells end in
    "…" and columns that no row fills are left out; `None` prints every other column and
    value whole. A `flags` column no row sets true is left out at any width."""
    names, cells = display_rows(columns, rows)
    if cells:
        # A column no row fills only takes room from the others; csv, json and --wide keep it.
        # A flag no row sets says nothing, at any width (`claimed` false on each of ICE's 2,000
        # supplies squeezed the supplier's name to four characters; --wide printed the column
        # of `false` all the same).
        kept = [
            i
            for i in range(len(names))
            if (width is None or any(row[i] for row in cells))
            and (names[i] not in flags or any(row[i] == "true" for row in cells))
        ]
        names = [names[i] for i in kept]
        cells = [[row[i] for i in kept] for row in cells]
    natural = [display_width(c) for c in names]
    for row in cells:
        natural = [max(w, display_width(c)) for w, c in zip(natural, row, strict=True)]
    whole = {i for i in range(len(names)) if all(_FIGURE.match(row[i]) for row in cells)}
    kept = identifier_widths(cells, len(names))
    left_out: list[str] = []
    if width is not None:
        set_flags = {i for i, name in enumerate(names) if name in flags}
        floors = [
            n if i in whole else max(min(n, MIN_COLUMN), kept[i]) for i, n in enumerate(natural)
        ]
        shown = _columns_that_fit(floors, width, set_flags)
        left_out = [name for i, name in enumerate(names) if i not in shown]
        names = [names[i] for i in shown]
        cells = [[row[i] for i in shown] for row in cells]
        natural = [natural[i] for i in shown]
        kept = [kept[i] for i in shown]
        whole = {n for n, i in enumerate(shown) if i in whole}
    widths = natural if width is None else fit_widths(natural, width, whole, kept)
    cut = widths != natural

    def line(values: list[str]) -> str:
        return GAP.join(padded(shorten(v, w), w) for v, w in zip(values, widths, strict=True))

    lines = [line(names).rstrip(), GAP.join("-" * w for w in widths)]
    lines += [line(row).rstrip() for row in cells]
    cut_any = cut and any(
        display_width(v) > w for row in cells for v, w in zip(row, widths, strict=True)
    )
    lines.append(_footer(len(cells), cut_any, left_out, width))
    return "\n".join(lines) + "\n"


def identifier_widths(cells: list[list[str]], count: int) -> list[int]:
    """Each column's widest identifier (`HSCEMR14P00012`), 0 where it holds none: the width it
    never goes below, also where names share it (`connections`' other ends, firms and awards)."""
    widths = [0] * count
    for row in cells:
        for i, cell in enumerate(row):
            if _IDENTIFIER.match(cell):
                widths[i] = max(widths[i], display_width(cell))
    return widths


def _columns_that_fit(floors: list[int], width: int, keep: set[int]) -> list[int]:
    """The columns a `width`-wide table shows: all where each fits at its floor (MIN_COLUMN
    characters, figures and identifiers whole), else the first ones, left to right, the first
    always and `keep` (a flag a row sets) wherever room allows. Twelve columns of suppliers in
    100 characters had each text column at three or four ("A2Z…", "git…"): no supplier, buyer
    or source could be read."""

    def fits(columns: list[int]) -> bool:
        return sum(floors[i] for i in columns) + len(GAP) * (len(columns) - 1) <= width

    shown = list(range(len(floors)))
    # The query puts what names a row first; the rightmost columns give way first, flags last.
    others = [i for i in reversed(shown) if i != 0 and i not in keep]
    for i in others + [i for i in reversed(shown) if i != 0 and i in keep]:
        if fits(shown):
            break
        shown.remove(i)
    return shown


def _footer(count: int, cut: bool, left_out: list[str], width: int | None) -> str:
    """The row count, and what --wide adds: the cut values, the columns left out by name,
    or only by number where their names would make the line wider than the table."""
    rows = f"({count} row{'s' if count != 1 else ''}"
    if not left_out:
        return rows + ("; --wide shows the cut values whole)" if cut else ")")
    more = f"{len(left_out)} more column{'s' if len(left_out) != 1 else ''}"
    lead = (
        f"{rows}; --wide shows the cut values whole and {more}"
        if cut
        else f"{rows}; --wide shows {more}"
    )
    for footer in (f"{lead}: {', '.join(left_out)})", f"{lead})", f"{rows}; {more} with --wide)"):
        if width is None or display_width(footer) <= width:
            return footer
    return footer
