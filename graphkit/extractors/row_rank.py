"""Which of several rows that state one thing the graph cites: a rule on the rows' content,
never on their place in the file.

A file may state a fact on many rows that the graph records once (ICE `partOf` DHS on every row
of an ICE download, an award's description on each of its subaward rows, a mapping's `once:`
fact), and two rows may give one citation (one permalink and award id, on two downloads of
one award). The graph cites one of them: the first row read, until a user sorted or filtered
the sheet and saved it again, and the same facts cited another row. Each record's citation
now carries its row's rank (`Citation.rank`), the least the one cited:

1. the row of the latest date, where the importer reads one (a USAspending award's latest
   action, a subaward's action date): the newest record says how things stand;
2. then the row that fills the most cells: it says more;
3. then the row whose content (its cells by column, not its line) has the least SHA-256: a
   fixed pick between rows that differ only in what the rule does not weigh.

Rows of identical content rank alike, and either may be cited: they say the same.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

from ..model import PartialDate

_MOST_CELLS = 99999


def row_rank(cells: Mapping[str, object], date: PartialDate | None = None) -> str:
    """A row's rank as text that sorts by the module's rule (least first)."""
    given = sum(1 for value in cells.values() if _text(value).strip())
    if date is None:
        when = "1"  # after every dated row
    else:
        # later dates first: each digit counted down from 9 ("2021-05" before "2021")
        digits = f"{date.year:04d}{date.month or 0:02d}{date.day or 0:02d}"
        when = "0" + "".join(str(9 - int(d)) for d in digits)
    content = "\x1e".join(f"{column}\x1f{_text(cells[column])}" for column in sorted(cells))
    digest = hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{when}.{_MOST_CELLS - min(given, _MOST_CELLS):05d}.{digest}"


def _text(value: object) -> str:
    """A cell as text: a CSV's as it is, a JSON record's value as JSON."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
