"""The columns of an Atlas of Surveillance file as users and later exports name them.

Headers match without case, spaces or punctuation (tables.header_key: "Type of LEA" is
"TypeofLEA"). A column a user renamed to a label of their own ("Vendor Name", "Link 1 URL")
was not read, and what it held was lost with exit 0: every vendor of the file (no company
supplied any agency), or every row's source (each cited the Atlas itself). The names users give
them are read as the Atlas's own; a file without a vendor column says so, and so does a column
of links the reader does not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..exc import Notice

REQUIRED = ("agency", "technology")
# The columns read under the names a user or a later export gives them, by header_key, the
# Atlas's own first. Not read, the state's made every agency known by its name alone: two
# states' "Springfield Police Department" were one agency, with exit 0.
ALIASES: dict[str, tuple[str, ...]] = {
    "agency": ("agency", "agencyname"),
    "technology": ("technology", "technologytype", "technologies"),
    "state": ("state", "stateabbreviation", "statecode", "st", "statename", "agencystate"),
    "vendor": ("vendor", "vendors", "vendorname", "vendornames", "company", "companyname"),
    "otherlinks": ("otherlinks", "additionallinks", "morelinks"),
}
for _n in (1, 2, 3):
    ALIASES[f"link{_n}"] = (f"link{_n}", f"link{_n}url", f"url{_n}")
    ALIASES[f"link{_n}snapshot"] = (f"link{_n}snapshot", f"link{_n}archive")
    ALIASES[f"link{_n}date"] = (f"link{_n}date", f"dateoflink{_n}", f"link{_n}published")
# The columns read, by header_key: one of them given twice ("Link 1" and "Link1") is refused.
COLUMNS_READ = frozenset(
    [
        *("aosnumber", "ref"),
        *(name for names in ALIASES.values() for name in names),
        *(f"link{n}{part}" for n in (1, 2, 3) for part in ("source", "type")),
    ]
)
URL = re.compile(r"https?://\S+")
_BETWEEN = re.compile(r"(?:[\s,;|]|\band\b)*", re.IGNORECASE)  # between a cell's links


def read_as(columns: dict[str, str]) -> dict[str, str]:
    """The file's columns (header_key: header) with each column read under the Atlas's key
    ("vendor" for "Vendor Name"), the first of its names the file has."""
    found = dict(columns)
    for key, names in ALIASES.items():
        header = next((columns[name] for name in names if name in columns), None)
        if header is not None:
            found[key] = header
    return found


def lacking(columns: dict[str, str], shown: str, line: int) -> Iterator[Notice]:
    """A warning for each column the file lacks that tells something no row can then say."""
    if "state" not in columns:
        yield Notice(
            "the file has no State column, which tells apart agencies of one name in two "
            "states: each agency is known by its name alone, so two states' 'Springfield "
            "Police Department' are one agency, and each agency is another entity than in a "
            "file that has the column (add the column back, or name it State)",
            path=shown,
            line=line,
            field="State",
        )
    if "vendor" not in columns:
        yield Notice(
            "the file has no Vendor column: no row names a vendor, so no company is said to "
            "supply an agency (add the column back, or name it Vendor)",
            path=shown,
            line=line,
            field="Vendor",
        )


def unread_links(cells: Iterable[tuple[int, str, str]], shown: str, line: int) -> Iterator[Notice]:
    """A warning for each column not read whose cells hold only links (`cells`: the unread
    columns' (line, column, text)): a user's "Source URL" for "Link 1", whose rows each cited
    the Atlas itself, without a word."""
    links: dict[str, int] = {}
    other: set[str] = set()
    for _, column, text in cells:
        if URL.search(text) and _BETWEEN.fullmatch(URL.sub("", text)):
            links[column] = links.get(column, 0) + 1
        else:
            other.add(column)
    for column, count in links.items():
        if column in other:
            continue
        yield Notice(
            f"column {column!r} holds links ({count} rows), which are not read: a row's "
            "sources are read from Link 1, Link 2, Link 3 (each with its Date, Source, Type "
            "and Snapshot) and Other Links, and a row without them cites the Atlas itself "
            "(name the column as one of them)",
            path=shown,
            line=line,
            field=column,
        )
