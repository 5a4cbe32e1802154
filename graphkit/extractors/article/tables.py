"""A table written as text lines: a header naming what each column holds ("Buyer | Supplier |
Value (€)", "Agency | Product | Term | Status", "Product | Maker | Hosting | Forces named as
users") and rows beneath it, one per line with as many cells. Each row states, between the names
in its cells, what the columns' parts are to each other: the supplier sells to the buyer, the
buyer uses the product, the maker makes it, the host hosts it, the funder pays the buyer."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...states import state_code
from .entity import THING_TYPES
from .places import place_kind
from .rules import Found
from .things import legal_end

Span = tuple[int, int]
Named = tuple[int, int, str]  # a mention's offsets and its entity's key

# What a header's cell says its column holds, read from the cell's words (its unit dropped:
# "Value (€)"); the first part that matches is the column's.
_PARTS = (
    ("lot", r"lots?(?: no)?|lot number"),  # a notice's lot, which ties a subcontract to its winner
    ("maker", r"maker|manufacturer|developer|made by|built by|developed by"),
    ("host", r"host|hosting|hosted (?:by|on|at|with)|[a-z ]* hosting|cloud provider"),
    ("funder", r"funder|funded by|funding (?:body|source)|grant(?:or| maker| from)"),
    # a funder's own list of its grants: "Recipient | County | Amount (KSh) | Purpose"
    ("grantee", r"(?:grant )?recipients?|grantees?"),
    ("user", r"users?|used by|[a-z ]* (?:named )?as users?|deployed (?:by|at)|in use at"),
    (
        "supplier",
        r"(?:main |prime |lead |successful )?(?:supplier|vendor|contractor|awardee|winner|"
        r"provider|reseller|distributor|integrator|bidder|tenderer)s?|awarded to|"
        r"ordered through|bought through|sold by|supplied by|contractor \(prime\)|"
        r"sub-?contractor (?:to|of)|sub-?contracted (?:to|by)",
    ),
    (
        "buyer",
        r"(?:largest |main |biggest |top )?(?:buyer|customer|client|purchaser)s?|"
        r"(?:awarding|contracting|buying|ordering|purchasing) (?:authority|body|agency|entity)|"
        r"(?:public |government |state |federal )?(?:agency|agencies|department|body|authority)|"
        r"council|police (?:force|service|department)|forces?|ministry|municipality|"
        r"(?:school )?district|awarded by|bought by|ordered by",
    ),
    # a subcontractors' table: "Subcontractor | Work | Subcontractor to" (the prime is its buyer)
    ("subcontractor", r"sub-?contractors?"),
    ("product", r"products?|system|platform|tool|software|solution|application|app|technology"),
    ("status", r"(?:status|stage|outcome|state|result)(?: [a-z ]*)?|notes?|remarks|comments?"),
)
_PART = {part: re.compile(rf"(?:{pattern})") for part, pattern in _PARTS}
# What one row's parts are to each other: (subject's part, relation, object's part)
_RELATIONS = (
    ("supplier", "supplies", "buyer"),
    ("buyer", "uses", "product"),
    ("user", "uses", "product"),
    ("maker", "develops", "product"),
    ("host", "hosts", "product"),
    ("funder", "funds", "buyer"),
    ("subcontractor", "supplies", "supplier"),
    ("funder", "funds", "grantee"),
)
# A row whose status says the relation is not a present one: over, only planned, or never made
_NOT_NOW = re.compile(
    r"\b(?:expired|ended|terminated|cancell?ed|withdrawn|rejected|lost|abandoned|planned|"
    r"proposed|pending|to be (?:determined|confirmed|awarded)|tbd|tbc|requested|not awarded|"
    r"under (?:evaluation|review)|out to tender|re-?tender|prior information notice|"
    r"no competition|rebid|decommissioned|retired|replaced|superseded|switched off|refused|"
    r"not (?:yet )?(?:authori[sz]ed|approved))\b",
    re.IGNORECASE,
)
# A status that says the row's contract runs now ("Active (to June 2028)", "In service since
# 2021", "Contract signed 12 May 2025"), not a trial's ("Pilot completed")
_CURRENT = re.compile(
    r"\b(?:active|in service|in production|in use|live|operational|signed|"
    r"awarded|in force)\b",
    re.IGNORECASE,
)
_TRIED = re.compile(r"\b(?:pilot|trial)", re.IGNORECASE)
_AMOUNT_COLUMN = re.compile(r"\b(?:amount|grant|award|value|sum)s?\b|[$€£¥₹]", re.IGNORECASE)
_SEPARATOR = re.compile(r"^[\s|:+=-]+$")  # "---|---" under a Markdown header
_CONFIDENCE = 0.6


def table_rows(
    text: str, mentions: Iterable[Named], entities: dict, own: str | None = None
) -> list[tuple[Found, Span]]:
    """The facts each table row states, with the row as its evidence. A table of suppliers
    with no buyers' column, in a text an organisation writes (`own`), lists its suppliers."""
    if "|" not in text:
        return []  # (most texts: no line of theirs is read, nor their mentions gathered)
    return _read_tables(text, mentions, entities, own)[0]


def lot_winners(text: str, mentions: Iterable[Named], entities: dict, own: str | None):
    """Each lot's winner a notice's table of results names: {"1": key, …}."""
    return _read_tables(text, mentions, entities, own)[1] if "|" in text else {}


def _read_tables(text, mentions, entities, own) -> tuple[list[tuple[Found, Span]], dict]:
    """The facts of every table row, and each lot's winner (the first its rows award)."""
    named = sorted(set(mentions))
    own = _buyer_named(text, named, entities) or own
    out: list[tuple[Found, Span]] = []
    winners: dict[str, str] = {}
    for line, start, cells, header in _rows(text, named, entities, own):
        found = _row(line, start, cells, header, named, entities, own, winners)
        out += found
        if "lot" in header and "subcontractor" not in header:
            lot = _cell(line, start, cells, header, "lot")
            for fact, _ in found:
                if fact.relation == "supplies" and fact.object == own:
                    winners.setdefault(lot, fact.subject)
    return out, winners


def _cell(line: str, start: int, cells: list[Span], header: list, part: str) -> str:
    a, b = cells[header.index(part)]
    return line[a - start : b - start].strip()


def _rows(text: str, named: list[Named], entities: dict, own: str | None):
    """(line, offset, cells, header) of each table row under its header."""
    header: list[str | None] | None = None
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        cells = _cells(line, start)
        if len(cells) < 2:
            header = None  # prose ends a table
            continue
        if _SEPARATOR.match(line):
            continue
        parts = [_part(line[a - start : b - start]) for a, b in cells]
        # (its own suppliers, or grants: recipients with an amount, not a privacy notice's
        # recipients of data)
        granted = "grantee" in parts and _AMOUNT_COLUMN.search(line) is not None
        listed = own in entities and ("supplier" in parts or granted)
        listed = listed or {"lot", "subcontractor"} <= set(parts)  # (a notice's subcontracts)
        # (a unit in brackets may be a name: "Value (NZD, excl. GST)")
        unbracketed = [
            (a, a + len(re.sub(r"\(.*", "", line[a - start : b - start]))) for a, b in cells
        ]
        # (a column's word the text took for a name of no known kind: "System or service")
        names = [m for a, b in unbracketed for m in _inside(named, a, b) if not _word(entities, m)]
        if not names and (_pairs(parts) or listed):
            header = parts  # a row of column names, no names of parties
            continue
        if header is None:
            continue
        if len(header) != len(cells):
            header = None  # a line of another shape ends the table
            continue
        yield line, start, cells, header


# A notice's field naming the body that buys, where another publishes the notice (a lender's
# award notice for its borrower's project): "Implementing agency: National Digital Public
# Infrastructure Authority (NDPIA), …"
_BUYER_FIELD = re.compile(
    r"^(?:implementing agency|purchaser|procuring (?:entity|agency)|contracting (?:authority|"
    r"entity|agency)|employer|client|official name|name of (?:the )?(?:contracting|awarding) "
    r"(?:authority|body|entity))\s*:\s*",
    re.IGNORECASE | re.MULTILINE,
)


def _buyer_named(text: str, named: list[Named], entities: dict) -> str | None:
    """The key of the body a notice's buyer field names, if it names one."""
    field = _BUYER_FIELD.search(text)
    if field is None:
        return None
    first = next((m for m in named if m[0] == field.end()), None)
    body = entities[first[2]] if first else None
    # (not its officer: "Contracting authority: X, Senior Procurement Officer, DETS")
    if body is None or body.place or body.type == "Person" or body.type in THING_TYPES:
        return None
    return body.key


def _word(entities: dict, mention: Named) -> bool:
    entity = entities[mention[2]]
    return entity.guessed and " " not in entity.name and entity.type == "Organization"


def _cells(line: str, start: int) -> list[Span]:
    """The offsets of a line's cells between its pipes (none: it is no table row)."""
    if "|" not in line:
        return []
    out, a = [], start
    for piece in line.split("|"):
        b = a + len(piece)
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        out.append((a + lead, b - trail))
        a = b + 1
    # (a row drawn with outer pipes, "| A | B |", has an empty cell at each end)
    while out and out[0][0] >= out[0][1]:
        out.pop(0)
    while out and out[-1][0] >= out[-1][1]:
        out.pop()
    return out if len(out) >= 2 else []


def _part(cell: str) -> str | None:
    words = re.sub(r"\([^)]*\)|[^a-z ]", " ", cell.lower())
    words = " ".join(words.split())
    if not words or len(words) > 40:
        return None
    return next((part for part, pattern in _PART.items() if pattern.fullmatch(words)), None)


def _pairs(parts: list[str | None]) -> bool:
    """Whether a header's columns hold two parts the rows relate."""
    return any(s in parts and o in parts for s, _, o in _RELATIONS)


def _inside(named: list[Named], a: int, b: int) -> list[Named]:
    return [m for m in named if a <= m[0] and m[1] <= b]


def _row(line, start, cells, header, named, entities, own, winners) -> list[tuple[Found, Span]]:
    status = [
        line[a - start : b - start]
        for (a, b), part in zip(cells, header, strict=True)
        if part == "status"
    ]
    if any(_NOT_NOW.search(s) for s in status):
        return []
    parties: dict[str, list[str]] = {}
    for (a, b), part in zip(cells, header, strict=True):
        if part not in (None, "status", "lot"):
            # (not a column's word: "Maker's own data centre")
            names = [m for m in _inside(named, a, b) if _part(entities[m[2]].name) is None]
            parties[part] = _parties(line[a - start : b - start], names, a, entities)
            if part == "host":
                parties[part] = parties[part][:1]  # "Ferncastle Cloud, UK South": where it is
    if "subcontractor" in parties and "supplier" not in header and "lot" in header:
        # (a notice's subcontract sells to its lot's winner)
        winner = winners.get(_cell(line, start, cells, header, "lot"))
        parties["supplier"] = [winner] if winner else []
    current = any(_CURRENT.search(s) and not _TRIED.search(s) for s in status)
    if own in entities and "supplier" in parties and "buyer" not in header and current:
        parties["buyer"] = [own]  # "Supplier | Service | Status" in a body's annual report
    if own in entities and "grantee" in parties and "funder" not in header:
        parties["funder"] = [own]  # "Recipient | Amount | Purpose" in a funder's list
    span = (start + len(line) - len(line.lstrip()), start + len(line.rstrip()))
    out = []
    for subject_part, relation, object_part in _RELATIONS:
        for subject in parties.get(subject_part, ()):
            for obj in parties.get(object_part, ()):
                if subject != obj and _fits(relation, entities[subject], entities[obj]):
                    out.append((Found(subject, relation, obj, _CONFIDENCE, "table row"), span))
    return out


# What may stand between the names of a cell that lists several: "A; B", "A, B and C"
_LIST_GLUE = re.compile(r"^(?:\s|,|;|/|&|\band\b|\([^()]*\))*$")


def _parties(cell: str, inside: list[Named], offset: int, entities: dict) -> list[str]:
    """The entities a cell names: all of a list of names, else the first name only ("PatrolDeck
    (140 users)", "Northmarch direct"); a place after the first is where it is ("Harwell County
    Sheriff's Office, IN")."""
    inside = inside[:1] + [m for m in inside[1:] if not _place(entities[m[2]])]
    if not inside:
        return []
    if legal_end(entities[inside[0][2]].full_name):
        # "DataMost sp. z o.o., Łódź": a firm, then its town (not a consortium's second firm)
        inside = inside[:1] + [m for m in inside[1:] if " " in cell[m[0] - offset : m[1] - offset]]
    keys = [key for _, _, key in inside]
    rest, pos = [], offset
    for a, b, _ in inside:
        rest.append(cell[pos - offset : a - offset])
        pos = b
    if all(_LIST_GLUE.match(piece) for piece in rest[1:]):
        return list(dict.fromkeys(keys))
    return keys[:1]


def _place(entity) -> bool:
    return entity.place or bool(place_kind(entity.name) or state_code(entity.name))


def _fits(relation: str, subject, obj) -> bool:
    """Whether the two entities are of kinds the relation joins: a product is used, made and
    hosted; parties that sell, buy, make, host and pay are bodies, never people or things."""
    if {subject.type, obj.type} & {"Person"} or subject.type in THING_TYPES:
        return False
    if relation in ("supplies", "funds"):
        return obj.type not in THING_TYPES
    return obj.type in THING_TYPES or obj.type == "Organization"  # (a name no other text typed)


# A notice of award on a body's own pages: "Awarded to: Kahurangi Insights Ltd" (where no line
# names another buyer: "Contracting authority: …")
_AWARDED = re.compile(r"^(?:Awarded to|Successful (?:tenderer|bidder|supplier)): (.+?)\.?$", re.M)
_BUYER_LABEL = re.compile(
    r"^(?:Contracting (?:authority|body|entity)|Buyer|Purchaser|Awarding (?:body|authority)|"
    r"Agency|Client|Customer):",
    re.MULTILINE | re.IGNORECASE,
)


def award_lines(text: str, mentions: Iterable[Named], entities: dict, own: str | None):
    """The winner each notice of award on the body's own pages names supplies the body."""
    if own not in entities or _BUYER_LABEL.search(text):
        return []
    named = sorted(set(mentions))
    out = []
    for match in _AWARDED.finditer(text):
        inside = _inside(named, match.start(1), match.end(1))
        winner = entities[inside[0][2]] if inside else None
        if (
            winner is not None
            and inside[0][0] == match.start(1)
            and _fits("supplies", winner, entities[own])
        ):
            found = Found(winner.key, "supplies", own, _CONFIDENCE, "award notice")
            out.append((found, (match.start(), match.end())))
    return out
