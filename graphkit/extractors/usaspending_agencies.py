"""The agency units a USAspending row names (agency, sub-agency, office); what tells them apart.

Sub-agency names recur across departments ("Office of Inspector General", "Office of the
Secretary" under many), and office names across sub-agencies and departments ("Office of
Acquisition Management", "Mission Support"). So a sub-agency is known by its department's name,
and an office by the unit above it (its sub-agency, else its agency): the resolver keeps apart
new entities of one name in different scopes, and gives each an id ending in its scope, while a
unit the registry names is still found by its name. A sub-agency is scoped by its department's
name rather than its code so that a source without codes (a mapping scoped by an agency column)
meets it; spellings of one department ("Department of Homeland Security (DHS)") share a name
key. An office is not known by its office code: one office of one sub-agency appears under
successive codes (MISSION SUPPORT WASHINGTON of ICE as 70CMSW and MSDC0), and a source that
names offices without codes (a mapping scoped by the sub-agency's code) meets them.
Departments are known by their names: names with one name_key are one agency.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from ..model import NameHint
from ..names import name_key
from .cells import names_no_one
from .stated_once import StatedOnce
from .tables import Row
from .usaspending_rows import code

AGENCY = NameHint("GovernmentAgency")
LEVELS = ("office", "sub_agency", "agency")  # most specific first

Unit = tuple[str, NameHint]  # a unit's name as written, and its hint for the resolver


def unit_name(row: Row, role: str, level: str) -> str:
    """A unit's name as the row writes it; "" for a text that names no one ("N/A", "UNKNOWN"),
    which read as a name was one office of every such row, supplied by all their recipients."""
    name = row.get(f"{role}_{level}_name")
    return "" if names_no_one(name, record=True) else name


def office_hint(row: Row, role: str = "awarding") -> NameHint:
    """The office's hint: its scope is the unit above it, by its code where the file gives one
    (the same where files spell its name differently), else by its name.

    `role` is the columns' prefix (`awarding`, `funding`; `prime_award_awarding` in a subaward
    file), so an office that both awards and funds is one office.
    """
    for level in ("sub_agency", "agency"):
        name = unit_name(row, role, level)
        if name:
            scope = code(row, f"{role}_{level}_code").upper() or name_key(name)
            return NameHint("GovernmentAgency", scope=scope)
    return NameHint("GovernmentAgency")


def sub_agency_hint(row: Row, role: str = "awarding") -> NameHint:
    """The sub-agency's hint: its scope is its department, by name (see the module's note)."""
    agency = unit_name(row, role, "agency")
    return NameHint("GovernmentAgency", scope=name_key(agency) if agency else "")


def agency_chain(row: Row, role: str = "awarding") -> tuple[Unit | None, list[tuple[Unit, Unit]]]:
    """The most specific unit the row names, and each (unit, parent) pair of its chain, from
    the most specific up (`place` states them once per file)."""
    units: list[Unit] = []
    for level in reversed(LEVELS):  # from the top down
        name = unit_name(row, role, level)
        # A unit named as the one above it (an office called after its sub-agency) is that unit.
        if name and not (units and name_key(name) == name_key(units[-1][0])):
            units.append((name, _HINTS[level](row, role)))
    units.reverse()
    return (units[0] if units else None), list(zip(units, units[1:], strict=False))


def funded_elsewhere(row: Row, prefix: str = "") -> bool:
    """Whether the award is funded by another department than the one that awards it: GSA
    awarding a contract for ICE, with ICE's money (by the departments' codes where both are
    given, else their names). Within one department it is not said: the funding office is
    then mostly the program office beside the contracting one, and the funding "office" of a
    closed-out award its department's closeout account (DHS CLOSEOUT INITIATIVE, on 500 rows
    of a real ICE download), which paid no firm for the work. `prefix`: the columns' (a
    subaward file's `prime_award_`)."""
    funding = unit_name(row, f"{prefix}funding", "agency")
    if not funding:
        return False
    roles = (f"{prefix}funding", f"{prefix}awarding")
    codes = [code(row, f"{role}_agency_code").upper() for role in roles]
    if all(codes):
        return codes[0] != codes[1]
    return name_key(funding) != name_key(unit_name(row, roles[1], "agency"))


def place(pairs: list[tuple[Unit, Unit]], fact: Callable, once: StatedOnce, rank: str) -> None:
    """Offer `once` each pair's `fact(child, "partOf", parent, hints=…)` (`agency_chain`'s
    pairs), from a row of `rank`: the hierarchy is the same on every row, so the file states
    it once, cited by the row stated_once.py picks (it was the first row that showed it)."""
    for (child, child_hint), (parent, parent_hint) in pairs:
        hints = {"subject": child_hint, "object": parent_hint}
        key = ("partOf", name_key(child), child_hint.scope, name_key(parent))
        once.offer(key, rank, partial(_placed, fact, child, parent, hints))


def _placed(fact: Callable, child: str, parent: str, hints: dict) -> list:
    return [fact(child, "partOf", parent, hints=hints)]


def funding_facts(
    row: Row,
    fact: Callable,
    recipient: Unit,
    prefix: str = "",
    *,
    once: StatedOnce,
    rank: str,
    **qualifiers,
) -> list:
    """Where another department pays for the award (`funded_elsewhere`): its funding unit
    placed under its department (`place`, with `once` and `rank`), and
    `[fact(unit, "funds", recipient, …, **qualifiers)]`, as `fact` makes the row's facts. The
    amount is not the funder's to state again: the record says whose money, not how much of
    it each paid."""
    if not funded_elsewhere(row, prefix):
        return []
    payer, funding = agency_chain(row, f"{prefix}funding")
    place(funding, fact, once, rank)
    if not payer:
        return []
    hints = {"subject": payer[1], "object": recipient[1]}
    return [fact(payer[0], "funds", recipient[0], hints=hints, **qualifiers)]


_HINTS = {"office": office_hint, "sub_agency": sub_agency_hint, "agency": lambda row, role: AGENCY}
