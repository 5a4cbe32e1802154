"""Cells every kind of USAspending row reads alike: a required cell, a party's name (which
must name one), identifiers, and a parent named or known only by its UEI."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from ..exc import InputError, Location, Notice
from ..model import Citation, ContractDetails, Entity, Fact, NameHint
from ..names import name_key, slugify
from ..sources.registry import clean_identifier
from .cells import ColumnNames, is_note, names_no_one, no_name_key
from .record_values import cell_identifier
from .tables import Row
from .totals import total_label
from .usaspending_layouts import UEI_TO_DUNS, description


def require(row: Row, column: str, shown: str, what: str) -> str:
    value = row.get(column)
    if not value:
        raise InputError(
            f"missing {what}; the row is skipped", path=shown, line=row.line, field=column
        )
    return value


# How USAspending itself writes a party it withholds (a person's name) or a sum of awards to
# many (aggregate reporting): rows that name no party by design, passed over without a report
# (those of cells.UNNAMED that are USAspending's own).
WITHHELD = frozenset(
    {"redacted due to pii", "multiple recipients", "miscellaneous foreign awardees"}
)


class Withheld(Exception):
    """A row whose party USAspending withholds or adds up: no fact, and nothing wrong with it."""


def named(row: Row, column: str, shown: str, what: str) -> str:
    """A party's name, which must be one. Read as names, "REDACTED DUE TO PII" and "MULTIPLE
    RECIPIENTS" would each be one party holding every such award: such a row raises Withheld,
    and another text that names no one ("N/A", "Unknown") is reported."""
    name = require(row, column, shown, what)
    if no_name_key(name) in WITHHELD:
        raise Withheld(name)
    if names_no_one(name, record=True):  # a row with its award key is no subtotal row
        raise InputError(
            f"{what} {name!r} names no one; the row is skipped",
            path=shown,
            line=row.line,
            field=column,
        )
    return name


# The columns a sheet's subtotal rows are grouped by, whose names above a row tell its label
# ("Palantir Count" under rows of Palantir): its award key, its parties and units.
_GROUPED = (
    *("recipient_name", "recipient_parent_name", "subawardee_name", "prime_awardee_name"),
    *(f"awarding_{level}_name" for level in ("agency", "sub_agency", "office")),
)


def subtotal_row(row: Row, key: str, groups: ColumnNames, shown: str) -> Notice | None:
    """Why a row is a sheet's total or subtotal row, or a note below the table, to be passed
    over, or None: its award `key` empty, or itself the label ("CONT_AWD_… Total", where the
    sheet was grouped by it), and a cell that labels a total ("ACME INC Total", "Grand Total",
    "Palantir Count" under rows of Palantir). Reported as "missing award key", it read as an
    award gone wrong. A Notice: a row without its award's key is no award whatever it says,
    so nothing is lost by passing it over."""
    award = row.get(key)
    if award and is_note(award):
        return Notice(
            f"{award!r} is a note below the table, not an award; the row is skipped",
            path=shown,
            line=row.line,
            field=key,
        )
    if award and " " not in award:
        for column in (key, *_GROUPED):
            groups.saw(column, row.get(column))
        return None
    label = groups.total_label({key: award} if award else row.cells)
    if label is None:
        return None
    column, text = label
    return total_label(text, shown, row.line, column, "awards")


def parent_name(row: Row, name: str, uei: str) -> str:
    """The parent's name; a parent given only by its UEI is still a parent, named by it, and
    so is one of an older download given only by its DUNS (usaspending_layouts.py)."""
    if row.get(name) and not names_no_one(row.get(name), record=True):
        return row.get(name)
    if clean_identifier("uei", row.get(uei)):
        return f"UEI {row.get(uei).upper()}"
    duns = code(row, UEI_TO_DUNS.get(uei, uei))
    return f"DUNS {duns}" if clean_identifier("duns", duns) else ""


def hint(kind: str, row: Row, uei: str, cage: str | None = None, duns: str | None = None):
    """A firm's NameHint: its type and the identifiers of the columns `uei`, `cage` and
    `duns`, each with its column, which a message about it names."""
    read = [("uei", uei, row.get(uei))]
    if cage:
        read.append(("cage", cage, code(row, cage)))
    if duns:
        read.append(("duns", duns, code(row, duns)))
    read = [(s, c, v) for s, c, v in read if v]
    identifiers = tuple((s, v) for s, _, v in read)
    return NameHint(kind, identifiers, columns=tuple((s, c) for s, c, _ in read))


def parent_hint(kind: str, row: Row, uei: str):
    """A parent's NameHint: its UEI (`uei`, the column), else its DUNS. A parent's DUNS
    beside its UEI may be of another parent: the firm's owner when DUNS numbers were reported
    (LA JOLLA LOGIC INC's parent DUNS is its own, its parent UEI BOECORE's), and read so, the
    later owner was one entity with the firm it owns."""
    return hint(kind, row, uei) if row.get(uei) else hint(kind, row, uei, duns=UEI_TO_DUNS[uei])


# Codes of fixed width that a spreadsheet, reading them as numbers, saves without their
# leading zeros ("070" as "70", "0900" as "900", DUNS "007901598" as "7901598"): an agency's
# code (three digits; some are four, which no zero begins) and a sub-agency's (four), which
# scope an office's name, and the DUNS (nine) and CAGE (five) codes that identify a firm.
# Read as written, ICE's office under "70" was another office than under "070", and a DUNS
# of seven digits was no DUNS, its firm known by name alone.
_WIDTHS = {"sub_agency_code": 4, "agency_code": 3, "duns": 9, "cage_code": 5}


def code(row: Row, column: str) -> str:
    """A code cell as the record wrote it: a number shorter than its column's width has its
    leading zeros back."""
    text = row.get(column)
    width = next((w for end, w in _WIDTHS.items() if column.endswith(end)), 0)
    return text.zfill(width) if text.isdigit() and len(text) < width else text


# Where an award's unique key holds its ids whole: CONT_AWD_{PIID}_{agency}_{parent PIID}_{its
# agency}, CONT_IDV_{PIID}_{agency}, ASST_NON_{FAIN}_{agency}, ASST_AGG_{URI}_{agency}.
_KEY_PARTS = {("CONT", "AWD"): 6, ("CONT", "IDV"): 4, ("ASST", "NON"): 4, ("ASST", "AGG"): 4}
_DIGITS = re.compile(r"\d+(?:E\d+)?", re.IGNORECASE)  # an id a spreadsheet reads as a number


def award_id(row: Row, column: str, shown: str, key: str, part: int) -> str:
    """An award's id (`cell_identifier`). One a spreadsheet saved in scientific notation
    ("1.23457E+11") is read whole from part `part` of the row's unique key (`key`; 2: the
    PIID, FAIN or URI, 4: the parent award's PIID) where the key's agrees with it in every
    digit the spreadsheet kept; else the row is skipped, as `cell_identifier` says."""
    try:
        return cell_identifier(row, column, shown)
    except InputError:
        parts = row.get(key).split("_")
        # an IDV's key holds no parent award: its parent PIID is not in it
        known = _KEY_PARTS.get(tuple(parts[:2])) == len(parts) and part < len(parts)
        whole = parts[part] if known else ""
        if _DIGITS.fullmatch(whole) and _rounded_alike(row.get(column), whole):
            return whole
        raise


def _rounded_alike(shown: str, whole: str) -> bool:
    """Whether `whole` rounded as a spreadsheet rounds it (half up, to the digits `shown` has
    before its exponent) is the number `shown` gives."""
    kept = len(re.sub(r"\D", "", shown.upper().split("E")[0]))
    value = Decimal(whole)
    if not value:
        return False
    step = Decimal(1).scaleb(value.adjusted() - kept + 1)
    return value.quantize(step, rounding=ROUND_HALF_UP) == Decimal(shown)


def award_entity(key: str, citation: Citation, **described) -> Entity:
    """The award `key` as one row describes it (`described`: ContractDetails' fields), cited
    by `citation`, whose locator (the PIID, or a grant's FAIN) labels it: a contract's and a
    grant's alike, so that the records of one award are weighed by one rule
    (resolve/award_records.py)."""
    return Entity(
        id=slugify(key),
        label=citation.locator,
        type="Contract",
        where=citation.where,
        details=ContractDetails(award_id=key, citation=citation, **described),
    )


def described(once, contract: Entity, stated: list) -> None:
    """The award as a row describes it (`contract`), with what its row states of it once
    (`stated`): one row of each description, the one row_rank.py picks. A file's rows may
    describe one award apart (two downloads joined): each description is kept, and
    resolve/award_records.py weighs them."""
    key = ("award", contract.id, contract.details.values())
    once.offer(key, contract.details.citation.rank, lambda: stated)


def citing(citation: Citation, where: Location):
    """`fact(subject, relation, object, **qualifiers)`: a row's Fact, citing `citation`."""

    def fact(subject: str, relation: str, obj: str, **qualifiers) -> Fact:
        return Fact(subject, relation, obj, citations=[citation], where=where, **qualifiers)

    return fact


def subaward_key(row: Row, key: str, number: str, name: str, report: str, when, amount) -> str:
    """What a subaward action is known by: its prime award (`key`), its subaward's number, its
    subawardee (by UEI where the row gives one, else its `name`: two spellings of one UEI are
    one subawardee) and the `report` its action is known by (usaspending_reports.py), else,
    in a file without report ids, its action's date and `amount`. Reports of one action are
    one relationship; the subaward's other actions, other subawards and the prime award are
    relationships of their own."""
    who = (
        clean_identifier("uei", row.get("subawardee_uei"))
        or clean_identifier("duns", code(row, "subawardee_duns"))
        or name_key(name)
    ).upper()
    if report:
        action = ("report", report)
    else:
        action = (str(when) if when else None, str(amount) if amount is not None else None)
    return " ".join(filter(None, (key, "subaward", number, *action, who)))


def usd(amount) -> dict:
    """A fact's amount qualifiers: the amount in US dollars, or none."""
    return {"amount": amount, "currency": "USD" if amount is not None else None}


def award_record(row: Row, prefix: str, citation: Citation, key: str, **described) -> Entity:
    """The award `key` as a row describes it (`prefix`: of its NAICS columns, a subaward
    row's "prime_award_"), cited by `citation`, with the `described` details."""
    return award_entity(
        key,
        citation,
        piid=citation.locator,
        description=description(row),
        naics=row.get(f"{prefix}naics_code") or None,
        naics_description=row.get(f"{prefix}naics_description") or None,
        **described,
    )
