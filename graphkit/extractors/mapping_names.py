"""What a mapped end's names are called: the end's own table of names (`names:`), and the
agencies a file names only by an acronym that nothing gives in full.

A table such as EFF's vendor directory writes agencies by acronym ("DOD, DHS, GSA, DOS"). An
acronym the registry does not know became a new agency labelled by it ("GSA", "DOS"), which no
search for the agency's name finds and which another source's full name never meets. `names:`
gives each its full name (`names: {GSA: U.S. General Services Administration}`), which the
registry resolves as any name; one still unknown is said once per file, with its rows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..exc import Notice, lines_listed
from ..names import name_key
from ..sources.registry import Registry

# An agency's acronym as tables write it: two to six capitals ("GSA", "USCG"), with or without
# points ("D.O.S."), which no agency's name is.
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")


def check_names(table) -> str | None:
    """What is wrong with an end's `names:` (None when nothing): a mapping from each text as
    written to the name meant."""
    if (
        isinstance(table, Mapping)
        and table
        and all(isinstance(k, str) and k.strip() for k in table)
        and all(isinstance(v, str) and v.strip() for v in table.values())
    ):
        return None
    return (
        "names maps a text as written to the name meant, such as "
        "names: {GSA: U.S. General Services Administration}"
    )


def named_as(ref: Mapping, names: list[str]) -> list[str]:
    """An end's names, each its `names:` table gives in full (compared as names are, so "gsa"
    and "Gsa" are "GSA") replaced by that name."""
    table = ref.get("names")
    if not table:
        return names
    full = {name_key(str(written)): str(meant).strip() for written, meant in table.items()}
    return [full.get(name_key(name), name) for name in names]


class Acronyms:
    """The agencies a file names by an acronym that neither the registry nor the end's
    `names:` knows: each becomes an agency labelled by the acronym, said once per acronym and
    column (`notices`), naming its rows and how to give its name."""

    def __init__(self, registry: Registry) -> None:
        self._registry = registry
        # by acronym and column: the lines, and the ends that read it (one column may be the
        # subject of one rule and the object of another: said once)
        self._seen: dict[tuple[str, str], tuple[list[int], list[str]]] = {}

    def saw(self, end: str, ref: Mapping, names: list[str], line: int, column: str | None) -> None:
        """The names of an end on the row at `line`, read from `column`."""
        if ref.get("type") != "GovernmentAgency" or column is None:
            return
        for name in names:
            if _ACRONYM.fullmatch(name) and not self._registry.candidates(name):
                lines, ends = self._seen.setdefault((name, column), ([], []))
                if not lines or lines[-1] != line:
                    lines.append(line)
                if end not in ends:
                    ends.append(end)

    def notices(self, shown: str) -> list[Notice]:
        said = []
        for (name, column), (lines, ends) in sorted(self._seen.items(), key=lambda i: i[1][0]):
            end = "'s or ".join(ends)
            where = lines_listed(lines)
            said.append(
                Notice(
                    f"{name!r} is an agency's acronym that the registry does not know ({where}): "
                    f"it becomes an agency labelled {name!r}; give its full name in the {end}'s "
                    f"names: ({{{name}: …}}), or add the agency to the registry with {name} "
                    "among its aliases",
                    path=shown,
                    line=lines[0],
                    field=column,
                )
            )
        return said
