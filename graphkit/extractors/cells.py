"""A cell that names several things ("DHS, CBP", "Axon; Motorola Solutions") read as its names.

Read whole, such a cell would become one entity named "DHS, CBP": a wrong entity, and no fact
about either agency. A mapping's `split:` and `ignore:` read a column this way; a name quoted
because it holds a separator ("Smith, Jones & Co") is one name, and so is a name the registry
knows ("Procter and Gamble" split at " and ") or a mapping keeps (`keep:`). The Atlas's
vendor cells are read here too (`atlas.vendors`: separators `;`, `,`, ` / `; a part that names
no one, as `names_no_one` says for every importer, dropped).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable, Iterator
from typing import NamedTuple

from ..names import LEGAL_TAIL, is_legal_form, name_key, normalize, unit_within
from ..sources.registry import Registry
from ..states import state_code
from .tables import trimmed


class CellNames(NamedTuple):
    """The names a cell holds, in the cell's order, each once; `placeholder` when a part of it
    was a value that stands for no name ("No data"), so an empty list is the cell's answer
    rather than a cell left blank."""

    names: list[str]
    placeholder: bool


# What tables write where they have no name: a cell of only this stands for no party. Read
# as a name, "N/A" became a company supplying forty agencies, and "REDACTED DUE TO PII" (how
# USAspending withholds a person's name) one person who held every such award.
# Those that say there is nothing at all, for a name or any other value: `says_none`.
NO_VALUE = frozenset(
    {
        *("n/a", "n.a", "na", "#n/a", "none", "null", "nil", "unknown", "not known", "-", "--"),
        *("not provided", "not available", "not applicable", "tbd", "to be determined", "?"),
        *("\u2014", "\u2013", "not specified", "unspecified", "not listed"),
        *("not reported", "none listed", "none given", "no data", "not given"),
        # a spreadsheet's formula errors, which stand where a name was meant to be (`_ERROR`
        # finds the others: "#SPILL!", "#CALC!", Google Sheets' "#ERROR!", LibreOffice's
        # "Err:502")
        *("#ref!", "#value!", "#name?", "#null!", "#div/0!", "#num!", "#getting_data"),
    }
)
UNNAMED = NO_VALUE | frozenset(
    {
        *("redacted", "withheld", "redacted due to pii", "multiple recipients"),
        *("miscellaneous foreign awardees", "undisclosed", "not disclosed"),
        *("various", "multiple", "several", "confidential", "pending"),
        # the label of a sheet's total row: read as a name, "Grand Total" was a company
        # supplying the buyer the sum of every row above it
        *("total", "totals", "grand total", "sub-total", "subtotal", "sum", "total amount"),
    }
)
# Words for the party a cell was to name: "Unknown vendor", "Vendor: not provided", "No
# vendor" and "Various vendors" name no one either (read as names, each was a company).
_PARTY = (
    r"(?:vendors?|suppliers?|contractors?|compan(?:y|ies)|firms?|recipients?|awardees?|names?"
    r"|parent(?: company)?|agenc(?:y|ies)|entity|party)"
)
_NO_PARTY = re.compile(rf"no {_PARTY}(?: (?:given|listed|named|provided))?")
_PARTY_AROUND = re.compile(rf"(?:{_PARTY} ?:? )?(.+?)(?: {_PARTY})?")
# A total row labelled with more words: "Total for FY2020", "FY2021 Total", "Total - Police
# Department", "TOTAL (all vendors)", "Subtotal Patrol", and Excel's subtotal rows ("Axon
# Enterprise Total"). A firm whose name starts with the word ("Total Wine & More", "Total
# Recall Corp", "TotalEnergies") is still a name: after "Total" comes a punctuation mark, a
# word that says what is added up, for what or when, or a year, never just any word.
_PERIOD = (
    r"(?:(?:fy|cy|fiscal year|calendar year|q[1-4]) ?'?\d{2}(?:\d{2})?|(?:19|20)\d{2})"
    r"(?: ?[-/] ?(?:fy ?)?'?\d{2}(?:\d{2})?)?"
)
_SUMMED = (
    r"(?:amounts?|spend(?:ing)?|spent|paid|payments?|expenditures?|obligations?|obligated|value"
    r"|costs?|dollars|sum|contracts?|awards?|orders?|purchases?|invoices?|vendors?|suppliers?"
    r"|count|due)"
)
_TOTAL = re.compile(
    r"(?:grand ?|sub-? ?)totals?(?:\W.*)?"  # "Grand Total FY2020", "Subtotal: Patrol"
    r"|.+ (?:grand |sub-? ?)?totals?"  # "FY2021 Total", "Police Department Subtotal"
    r"|totals? ?(?:[-:\u2013\u2014].*|\(.*\))"  # "Total - Police Department", "TOTAL (all vendors)"
    # "Total for FY2020", "Total Amount Paid", "Total Spend to date", "Total in FY21"
    rf"|totals?(?: {_SUMMED}){{0,2}}(?: (?:for|of|all|per) .+| (?:in )?{_PERIOD}| to date)?"
)


# A total row's words set off from its "Total" ("Subtotal: Acme Inc", "Total - Acme Inc").
# Without such a mark, a label ending in a legal form is a firm's name ("Grand Total Rentals
# LLC", "Total Per Diem Services LLC", "Total for Kids Inc"): no sheet labels its sum so.
_MARKED_TOTAL = re.compile(r"(?:grand ?|sub-? ?)?totals? ?[-:\u2013\u2014]")
_LEGAL_ENDING = re.compile(r"\S" + LEGAL_TAIL)


def _total(key: str) -> bool:
    """Whether a cell's key (`no_name_key`) labels a total row."""
    if not _TOTAL.fullmatch(key):
        return False
    return _MARKED_TOTAL.match(key) is not None or not _LEGAL_ENDING.search(normalize(key))


_ERROR = re.compile(r"#[a-z0-9_/]+[!?]|err:\d{3}")
# The notes a sheet ends with, typed into its first column: "Source: Finance Department",
# "Note: amounts are obligations", "* Preliminary", "Data as of 1/31/2024". Read as a name,
# each was a company supplying the sheet's buyer.
_FOOTER = re.compile(
    r"(?:sources?|notes?|footnotes?|disclaimer|prepared by|report (?:generated|run|date)"
    r"(?: on| by)?) ?:.*|\* .+|(?:data |figures )?(?:current )?as of \d.*"
)
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff]")  # zero-width spaces, joiners, BOMs


def no_name_key(text: str) -> str:
    """A cell's text as the lists of texts that name no one hold it: spaces folded, also
    around a slash ("N / A"), case, brackets around the whole ("(unknown)") and trailing full
    stops and colons ("Grand Total:", how many sheets label their total row) aside."""
    text = _INVISIBLE.sub("", text)  # "N/A\u200b", pasted from a web page, is "N/A"
    key = re.sub(r" ?/ ?", "/", " ".join(text.split()).casefold()).strip(" .:")
    while len(key) > 2 and key[0] + key[-1] in ("()", "[]", "<>"):
        key = key[1:-1].strip(" .:")
    return key


# The label of a subtotal row as Excel's Data > Subtotal writes it in the column grouped by:
# the group's name, then the function's ("Acme Inc Total", "Acme Inc Count", "Acme Inc
# Average"), and "Grand Count" at the end; LibreOffice writes "Acme Inc Sum" or "… Result".
_FUNCTIONS = r"(?:totals?|count|average|max|min|sum|result|stddevp?|varp?)"
_SUBTOTAL = re.compile(rf"(.+) ({_FUNCTIONS})")
_OVERALL = re.compile(rf"(?:grand|sub-?|{_PERIOD})")


def _subtotal(key: str, record: bool, above: Container[str]) -> bool | None:
    """Whether a key (`no_name_key`) of a group's name and a function's is a subtotal row's
    label; None for a key of another form, which `_total` reads.

    Many firms' names end in such a word ("Seguridad Total", "Protección Total", "Mad Max"),
    so the row's evidence decides. It is a subtotal when it says so whole ("Grand Count"),
    when the group is a firm's name with its legal form ("Acme Inc Count": no firm's name goes
    on after its "Inc"), or when the column named the group in a row above (Excel writes the
    subtotal under its group's rows). Else it is a name, unless it ends in "Total" on a row
    that is no `record`: a row with cells of its own (an award key, a row's id, a link to
    cite), which a subtotal row leaves empty, is a firm's; a hand-made sheet's "Patrol Total"
    with nothing beside its sums is still a total, as it always was.
    """
    found = _SUBTOTAL.fullmatch(key)
    if found is None:
        return None
    group, function = found[1], found[2]
    if _OVERALL.fullmatch(group):
        return True if function != "total" and function != "totals" else None
    if _LEGAL_ENDING.search(normalize(group)) or name_key(group) in above:
        return True
    if function in ("total", "totals") and not record:
        return None
    return False


def names_no_one(text: str, record: bool = False, above: Container[str] = ()) -> bool:
    """Whether a cell's whole text is one a table writes for no name ("N/A", "Unknown", "Not
    provided", "Unknown vendor", "Grand Total", "Total for FY2020", "Acme Inc Count"). Every
    importer asks this one question.

    A name ending in a subtotal's word ("Seguridad Total") is told apart by its row
    (`_subtotal`): `record`, the row has its own identity cells, and `above`, the name_keys of
    the names its column gave in the rows above (`ColumnNames` keeps them).
    """
    key = no_name_key(text)
    if key in UNNAMED or any(p.fullmatch(key) for p in (_NO_PARTY, _ERROR)):
        return True
    subtotal = _subtotal(key, record, above)
    if subtotal is not None:
        return subtotal
    if _total(key):
        return True
    written = " ".join(_INVISIBLE.sub("", text).split()).casefold()
    if _FOOTER.fullmatch(written) or written == "(blank)":  # a pivot table's empty group
        return True
    around = _PARTY_AROUND.fullmatch(key)
    return around is not None and around[1] in UNNAMED


def labels_total(text: str, above: Container[str] = ()) -> bool:
    """Whether a cell's whole text labels a total or subtotal row ("Grand Total", "Acme Inc
    Total", "Total for FY2020", "Acme Count" under rows of Acme: `above`, as `names_no_one`
    takes it), as a row with no record of its own writes it; "N/A" names no one, but labels
    no total."""
    key = no_name_key(text)
    if key in _TOTALS:
        return True
    subtotal = _subtotal(key, False, above)
    return subtotal if subtotal is not None else _total(key)


_TOTALS = frozenset({"total", "totals", "grand total", "sub-total", "subtotal", "sum"})


class ColumnNames:
    """The names each column of one file gave in the rows read so far: the groups whose
    subtotal rows follow them ("Acme Count" under the rows of "Acme")."""

    def __init__(self) -> None:
        self._seen: dict[str, set[str]] = {}

    def names_no_one(self, text: str, column: str, record: bool) -> bool:
        """`names_no_one` with the column's names above; a name is kept for the rows below."""
        seen = self._seen.setdefault(column, set())
        if names_no_one(text, record, seen):
            return True
        seen.add(name_key(text))
        return False

    def saw(self, column: str, text: str) -> None:
        """A name a column gave on a row of its own, kept for the rows below."""
        if text:
            self._seen.setdefault(column, set()).add(name_key(text))

    def total_label(self, cells: dict[str, str]) -> tuple[str, str] | None:
        """(column, text) of the first cell that labels its row a total or subtotal row
        (`labels_total`, with the column's names above), None if no cell does."""
        for column, text in cells.items():
            text = trimmed(text or "")
            if text and labels_total(text, self._seen.get(column, ())):
                return column, text
        return None


def agency_unit(name: str) -> tuple[str, str] | None:
    """(unit, body) of an agency written inverted with its unit after it ("Justice, Department
    of, FBI": names.unit_within); None for any other name, and where what follows is a state
    ("Washington, County of, OR"), which places the body rather than naming a unit of it."""
    found = unit_within(name)
    return None if found is None or state_code(found[0]) else found


def formula_error(text: str) -> bool:
    """Whether a cell holds a spreadsheet's formula error ("#VALUE!", "#REF!", "#N/A" where a
    lookup found nothing, "Err:502"): a value was meant to be there, and is lost."""
    key = no_name_key(text)
    return key in _ERRORS or _ERROR.fullmatch(key) is not None


_ERRORS = frozenset({"#n/a", "#value!", "#ref!", "#name?", "#null!", "#div/0!", "#num!"})


def is_note(text: str) -> bool:
    """Whether a cell holds one of the notes a sheet ends with ("Source: USAspending.gov",
    "Note: amounts are obligations", "Data as of 1/31/2024")."""
    return _FOOTER.fullmatch(" ".join(_INVISIBLE.sub("", text).split()).casefold()) is not None


def says_none(text: str) -> bool:
    """Whether a cell's whole text says there is no value at all ("N/A", "TBD", "Unknown",
    "#REF!"), as a cell for a word rather than a name reads it: a role or status "Pending" or
    "Multiple" is one, though no company is named so."""
    key = no_name_key(text)
    return key in NO_VALUE or _ERROR.fullmatch(key) is not None


def separators_pattern(separators: Iterable[str]) -> re.Pattern:
    """One pattern for literal separators. A separator written with a space before or after it
    (" / ", " and ") needs whitespace there in the cell, so "A/B Corp" stays one name; others
    ("," ";") take any whitespace around them, and one of the first kind after them: "A, B,
    and C" split at "," and " and " is three names, not "A", "B" and "and C"."""
    separators = list(separators)
    # the words of separators written with spaces around them, which a "," may come before
    words = [s.strip() for s in separators if s.strip() and s[:1].isspace() and s[-1:].isspace()]
    after = "(?:(?:" + "|".join(map(re.escape, words)) + r")\s+)?" if words else ""
    alternatives = []
    for separator in separators:
        core = separator.strip() or separator  # a separator of whitespace ("\n") is itself
        lead = r"\s+" if separator[:1].isspace() and core != separator else r"\s*"
        trail = r"\s+" if separator[-1:].isspace() and core != separator else r"\s*" + after
        alternatives.append(lead + re.escape(core) + trail)
    return re.compile("(" + "|".join(alternatives) + ")")


def placeholders_pattern(ignore: Iterable[str]) -> re.Pattern | None:
    """A pattern that finds an ignored value as a whole part or as a part's last words
    ("DOS and others" with "and others" ignored), case aside."""
    texts = [r"\s+".join(map(re.escape, t.split())) for t in ignore if t.strip()]
    if not texts:
        return None
    return re.compile(r"(?:^|\s+)(?:" + "|".join(texts) + r")$", re.IGNORECASE)


# What ends a list of names without naming more: "DOD, DHS, DOS and others", "…, and others",
# "…, etc.". Read as names, "DOS and others" and "and others" were two agencies; a list split
# (`split:`) drops them as it drops what `ignore:` lists, whether the mapping lists them or not.
_LIST_TAIL = re.compile(
    r"(?:^|\s+)(?:(?:(?:and|&|among|plus)\s+)?others|etc\.?|and\s+(?:more|so\s+on))$",
    re.IGNORECASE,
)


def split_names(
    text: str,
    separators: re.Pattern | None,
    ignore: re.Pattern | None = None,
    whole: Callable[[str], bool] | None = None,
) -> CellNames:
    """The names of a cell split at `separators` (a `separators_pattern`; None: the cell is
    one name).

    A name in double quotes ("Smith, Jones & Co") is not split at the separators it holds,
    and loses its quotes; nor is a run of parts that `whole` says is one name as the cell
    writes it (a name the registry knows: "Procter and Gamble" split at " and "), the longest
    run first. A part that is only a legal form ("Inc.", "N.A."; not "N/A", which names no
    one) is the tail of the name before it ("Axon Enterprise, Inc."); parts matching `ignore`
    (a `placeholders_pattern`) are dropped, and an ignored value ending a part is cut from it,
    as a list's own tail is ("and others", "etc."; `_LIST_TAIL`) where the cell splits; empty
    parts are dropped, and a name given twice (as name_key compares names) is kept once, where
    it first appears.
    """
    # the parts at even places, the separators between them at odd ones
    pieces = _pieces(text or "", separators) if separators is not None else [text or ""]
    parts: list[str] = []
    placeholder = False
    for at, end in _runs(pieces, whole):
        part = _unquoted(" ".join(trimmed("".join(pieces[at:end])).split()))
        found = ignore.search(part) if ignore is not None else None
        if found is None and separators is not None:
            found = _LIST_TAIL.search(part)  # a list's "and others" names no member
        if found is not None:
            # a placeholder ("N/A") is dropped before it could be read as a legal form
            part, placeholder = part[: found.start()].strip(), True
            parts.append(part)
        elif part and parts and parts[-1] and "/" not in part and is_legal_form(part):
            parts[-1] += pieces[at - 1].strip() + " " + part
        else:
            parts.append(part)
    names: dict[str, str] = {}
    for part in parts:
        if part:
            names.setdefault(name_key(part) or part.casefold(), part)
    return CellNames(list(names.values()), placeholder)


def _runs(pieces: list[str], whole: Callable[[str], bool] | None) -> Iterator[tuple[int, int]]:
    """(start, end) of each name's pieces: one part each, or the longest run of parts (with
    the separators between them) that `whole` takes for one name."""
    at = 0
    while at < len(pieces):
        end = at + 1
        if whole is not None:
            end = next(
                (
                    stop
                    for stop in range(len(pieces), at + 1, -2)
                    if whole(" ".join("".join(pieces[at:stop]).split()))
                ),
                end,
            )
        yield at, end
        at = end + 1


_QUOTED = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')  # a name quoted, straight or curly


def _pieces(text: str, separators: re.Pattern) -> list[str]:
    """`separators.split(text)`, but for separators inside a quoted name."""
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    pieces, start = [], 0
    for found in separators.finditer(text):
        if found.end() > found.start() and not any(a < found.start() < b for a, b in quoted):
            pieces += [text[start : found.start()], found.group()]
            start = found.end()
    return [*pieces, text[start:]]


def _unquoted(part: str) -> str:
    """A part that is one quoted name, without its quotes."""
    found = _QUOTED.fullmatch(part)
    return " ".join(part[1:-1].split()) if found else part


def known_names(registry: Registry, keep: Iterable[str] = ()) -> Callable[[str], bool]:
    """Whether a text is one name, never to be split: a name the registry knows (an id, label
    or alias) or one of `keep`, compared as name_key compares names."""
    kept = frozenset(name_key(name) for name in keep)
    return lambda text: name_key(text) in kept or bool(registry.candidates(text))
