"""Plain facts, citations and entities: what extractors produce, free of RDF."""

from __future__ import annotations

import re
import threading
import weakref
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from .exc import NOWHERE, Location

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day (valid or reporting time)."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: object) -> PartialDate:
        """Read YYYY, YYYY-MM or YYYY-MM-DD (also a `datetime.date`); ValueError otherwise."""
        if isinstance(text, date):
            return cls(text.year, text.month, text.day)
        if isinstance(text, int) and 1000 <= text <= 9999:
            return cls(text)
        match = _DATE.match(str(text).strip())
        if not match:
            said = _written_otherwise(str(text).strip())
            if said:
                raise ValueError(f"{text!r} is written otherwise than YYYY-MM-DD{said}")
            raise ValueError(f"{text!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (int(g) if g else None for g in match.groups())
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"{text!r} has no month {month}")
        if day is not None:
            try:
                date(year, month, day)
            except ValueError:  # 2019-02-30; date's own message names no value
                raise ValueError(f"{text!r} has no day {day} in month {month}") from None
        return cls(year, month, day)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def __str__(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


# Dates as spreadsheets and people write them: refused, each saying the date to write (both,
# where the day and the month could be either), rather than guessed at.
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_SPELT = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y")
_TIMED = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?")
_UNPADDED = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")


def _written_otherwise(text: str) -> str:
    """What to write for a date written otherwise than YYYY-MM-DD (": write 2021-03-04"),
    or "" when it is no date at all."""
    found: list[date | tuple[int, int]] = []
    if slashed := _SLASHED.fullmatch(text):
        first, second, year = map(int, slashed.groups())
        found = [_day(year, second, first), _day(year, first, second)]
    elif parts := (_TIMED.fullmatch(text) or _UNPADDED.fullmatch(text)):
        year, month, day = (int(g) if g else None for g in parts.groups())
        found = [_day(year, month, day) if day else (year, month)]
    else:
        for form in _SPELT:
            try:
                found = [datetime.strptime(text, form).date()]
                break
            except ValueError:
                continue
    readings = list(dict.fromkeys(d for d in found if d))
    if not readings or any(isinstance(d, tuple) and not 1 <= d[1] <= 12 for d in readings):
        return ""
    written = [d.isoformat() if isinstance(d, date) else f"{d[0]:04d}-{d[1]:02d}" for d in readings]
    if len(readings) == 1:
        return f": write {written[0]}"
    day, month = readings[0].day, readings[0].strftime("%B")
    return f", and may be {day} {month} or {readings[1]:%B} {readings[1].day}: write " + (
        " or ".join(written)
    )


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


MAX_AMOUNT = Decimal("1e15")  # above any contract or budget; a bigger value is a typo


# Commas only between groups of three digits before the point: "1,234,567.89".
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?")
_COMMAS = re.compile(r"[+-]?[\d,.]*\d[\d,.]*")


def parse_amount(value: object) -> Decimal:
    """A money amount as a Decimal; accepts 19400000, "19,400,000" and "$19.4".

    ValueError for text that is no number, infinite, or 10^15 and beyond (1e400), and for a
    comma anywhere but between thousands: "12.500,00" (twelve thousand five hundred, written
    with a decimal comma) would otherwise read as 12.5, and "1,5" as 15.
    """
    text = str(value).strip().lstrip("$").strip()
    if "," in text:
        if not _GROUPED.fullmatch(text):
            if not _COMMAS.fullmatch(text):  # "1,234.50 CR": its commas are not what is wrong
                raise ValueError(f"{value!r} is not a number")
            raise ValueError(
                f"{value!r} is not a number as written: a comma may only separate thousands "
                "(1,234,567.89); write the decimal part after a point"
            )
        text = text.replace(",", "")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"{value!r} is not a number") from None
    if not amount.is_finite():
        raise ValueError(f"{value!r} is not a finite number")
    if abs(amount) >= MAX_AMOUNT:
        raise ValueError(f"{value!r} is too large for an amount (10^15 or more); check the value")
    return amount


@dataclass(frozen=True)
class ContractDetails:
    """What an award record says about one contract; written into that record's named graph.

    Obligated and potential amounts (US dollars) are kept apart: money committed so far, and the
    ceiling if every option is exercised.
    """

    award_id: str
    citation: Citation
    piid: str | None = None
    parent_award: str | None = None
    description: str | None = None
    award_type: str | None = None
    naics: str | None = None
    naics_description: str | None = None
    psc: str | None = None
    psc_description: str | None = None
    obligated: Decimal | None = None
    potential: Decimal | None = None
    base_action_date: PartialDate | None = None
    latest_action_date: PartialDate | None = None
    performance_start: PartialDate | None = None
    performance_end: PartialDate | None = None

    def values(self) -> tuple:
        """What the record says of the contract, without where it says it."""
        return tuple(getattr(self, name) for name in _DETAIL_FIELDS)


_DETAIL_FIELDS = tuple(f.name for f in fields(ContractDetails) if f.name != "citation")


@dataclass(frozen=True)
class Entity:
    """One row of the entity registry."""

    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    homepage: str | None = None
    parent: str | None = None
    source: str | None = None  # catalogue id of the document that states the parent
    locator: str | None = None
    where: Location = NOWHERE  # where it was read from, for messages
    # (scheme, value) pairs such as ("uei", "L997DB4PEJL8"); schemes in registry.IDENTIFIERS
    identifiers: tuple[tuple[str, str], ...] = ()
    details: ContractDetails | None = None  # for a Contract read from an award record
    # Where award records of the contract disagree, each record's own description: `details`
    # then shows each field by the rule of resolve/award_records.py, and the graph states the
    # dispute with these as its claims. Empty where the records agree.
    records: tuple[ContractDetails, ...] = ()
    # Where records name it (a state, a department): a record's name of another scope is
    # another entity (resolve/entities.py). A registry entry's `scope:`; a new entity's scope.
    scope: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "where", as_location(self.where))


@dataclass(frozen=True)
class SourceDoc:
    """A document or record that facts cite."""

    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: PartialDate | None = None
    retrieved: PartialDate | None = None
    archive: str | None = None
    kind: str | None = None
    id: str | None = None  # a catalogue id, when the document is in data/sources.yaml
    # Documents this one republishes or reports (catalogue ids or URLs): not a second witness.
    derived_from: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """What makes two citations cite the same document."""
        return self.id or self.url or self.title or ""

    def __reduce__(self):
        # Sent back from a worker process, a document is the one this process holds already.
        return shared_document, (_values(self),)


_DOCUMENT_FIELDS = tuple(f.name for f in fields(SourceDoc))
# Documents by their field values, while anything holds them. Worker results are read back on
# the executor's own thread: the lock keeps two threads from making one document twice.
_documents: weakref.WeakValueDictionary = weakref.WeakValueDictionary()
_documents_lock = threading.Lock()


def shared_document(values: tuple) -> SourceDoc:
    """The document with these values (SourceDoc's fields, in order): the one object this
    process holds already for an equal document, if any.

    An extraction gives every citation of one source the same object, but a file's results read
    back from the cache, or sent back by a worker process, would hold a copy per citation: the
    build's later steps, which keep what they work out per document object, then work each
    citation's document out again (a fifth of the page's time at a million triples).
    """
    with _documents_lock:
        found = _documents.get(values)
        if found is None:
            found = _documents[values] = SourceDoc(*values)
        return found


def canonical_document(document: SourceDoc) -> SourceDoc:
    """`document`, or the equal one this process holds already (see `shared_document`)."""
    with _documents_lock:
        return _documents.setdefault(_values(document), document)


def _values(document: SourceDoc) -> tuple:
    return tuple(getattr(document, name) for name in _DOCUMENT_FIELDS)


@dataclass(frozen=True)
class Citation:
    """One source's support for one fact."""

    source: SourceDoc
    locator: str | None = None
    quote: str | None = None
    start: int | None = None  # character offsets of the quote in the source text
    end: int | None = None
    extractor: str = "facts"
    extractor_version: str = ""
    confidence: Decimal = Decimal(1)
    where: Location = NOWHERE  # the input line that states it
    # A record's row ranked by its content (extractors/row_rank.py): of rows that state one
    # thing the graph records once, the one with the least rank is cited. "" for other sources.
    rank: str = ""
    # When the source reported what this citation points at, where a record gives it for the
    # row rather than the document (a subaward's report, last changed on that day): reporting
    # time, as a document's published date is; None where the document's date stands.
    reported: PartialDate | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "where", as_location(self.where))


@dataclass(frozen=True)
class NameHint:
    """What a record says about a name besides the name, for the resolver: the entity's type,
    its identifiers ((scheme, value) pairs, as written) and a scope that keeps apart new
    entities of one name (two states' "Police Department")."""

    type: str
    identifiers: tuple[tuple[str, str], ...] = ()
    scope: str = ""
    # (scheme, column) pairs: the column each identifier was read from, as the file spells
    # it, which a message about the identifier names
    columns: tuple[tuple[str, str], ...] = ()


@dataclass
class Fact:
    """subject relation object, with qualifiers and citations.

    `subject`, `object`, `product` and `contract` name entities as written in the input (an
    id, a label or an alias); the resolve stage turns them into registry ids. A name with a
    hint (`hints`, by field) comes from a record: when no entity matches it, one is made.
    """

    subject: str
    relation: str
    object: str
    citations: list[Citation] = field(default_factory=list)
    start: PartialDate | None = None
    end: PartialDate | None = None
    amount: Decimal | None = None
    currency: str | None = None
    product: str | None = None
    contract: str | None = None
    role: str | None = None
    status: str | None = None
    where: Location = NOWHERE
    ongoing: bool | None = None  # True only when a source says the fact still holds
    # The award this fact is (award id, PIID, or a subaward of one): one award, one relationship.
    award: str | None = None
    hints: dict[str, NameHint] = field(default_factory=dict)
    # The date the record's figures stand at (an award record's latest action date): where two
    # records of one award disagree, the later one's figures are the relationship's (merge.py).
    as_of: PartialDate | None = None

    def __post_init__(self) -> None:
        self.where = as_location(self.where)


_FACT_FIELDS = frozenset(Fact.__dataclass_fields__)


def changed(fact: Fact, **changes) -> Fact:
    """`dataclasses.replace(fact, **changes)`, without its per-call look at the fields: a build
    copies each fact at each stage that resolves it (a million-triple build, 50,000 facts at a
    time), and `replace` cost three times this copy."""
    if not changes.keys() <= _FACT_FIELDS:
        raise TypeError(f"not fields of a fact: {sorted(changes.keys() - _FACT_FIELDS)}")
    copy = object.__new__(Fact)
    values = copy.__dict__
    values.update(fact.__dict__)
    values.update(changes)
    if "where" in changes:
        copy.where = as_location(copy.where)
    return copy


def as_location(where: Location | str) -> Location:
    """A Location, also from the `file:line` text that some readers still hand over."""
    return where if isinstance(where, Location) else Location.parse(where)
