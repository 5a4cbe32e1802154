"""Rows that name, without an identifier, a firm whose name another firm shares.

Two rows of one name and two UEIs are two firms (the resolver keeps them apart); a row of that
name with no identifier at all (a tracker's "MOTOROLA SOLUTIONS, INC." beside USAspending's two
registrations of it) is given to the first of them it meets, which nothing in the row chose.
Each such file is said once, as a warning, naming the firms and the one its rows went to: the
259 awards of a tracker were counted as one registration's with exit 0 and no word.
"""

from __future__ import annotations

from ..exc import InputError, Location
from ..model import Entity
from ..names import name_key


def unidentified_rows(made: list[Entity], unidentified: dict[str, list[Location]]):
    """A warning per file of rows that gave no identifier for a new firm another new firm of
    its name, told apart by an identifier, shares."""
    alike: dict[tuple, list[Entity]] = {}
    for entity in made:
        alike.setdefault((entity.type, name_key(entity.label), entity.scope), []).append(entity)
    warnings = []
    for group in alike.values():
        identified = [e for e in group if e.identifiers]
        if len(identified) < 2:
            continue
        told = ", ".join(
            f"{e.id} ({', '.join(f'{s} {v}' for s, v in e.identifiers)})" for e in identified
        )
        for entity in group:
            firsts: dict[str, Location] = {}
            for where in sorted(unidentified.get(entity.id, ()), key=lambda w: w.line or 0):
                firsts.setdefault(where.file, where)
            warnings += [
                InputError.at(
                    where,
                    f"{entity.label!r} names {len(identified)} firms the records tell apart: "
                    f"{told}; rows of this file (the first here) name it with none of their "
                    f"identifiers, and their facts were given to {entity.id}, which nothing in "
                    "them chose: give the rows the UEI or DUNS, or join the firms with "
                    "`graphkit entities same` if they are one",
                )
                for where in firsts.values()
            ]
    return warnings
