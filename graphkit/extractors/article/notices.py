"""A notice of award written as labelled lines, as public buyers publish them: the buyer under
"Official name:" or "Contracting authority:", then per lot "Winner: X", "Solution: P, developed
by the winner", "The winner is part of a group: Y" and "Subcontractor: Z – … (Status:
Authorised)". The winner sells to the buyer, makes the solution the notice says it made, and is
part of its group; an authorised subcontractor sells to the winner. A lot cancelled, or a
subcontractor proposed but not approved, states nothing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entity import THING_TYPES
from .notice_staff import SECTION_NUMBER, notice_staff
from .rules import Found
from .tables import lot_winners

if TYPE_CHECKING:
    from .mentions import DocumentEntities

Span = tuple[int, int]
Named = tuple[int, int, str]

_CONFIDENCE = 0.6
_N = SECTION_NUMBER
_BUYER = re.compile(
    _N + r"(?:Official name|Name of (?:the )?(?:contracting|awarding) (?:authority|body|entity)|"
    r"Contracting (?:authority|body|entity)|Awarding (?:authority|body)|Buyer|Purchaser|"
    r"Procuring (?:entity|agency)|Implementing (?:agency|entity)): *(.+)$",
    re.M | re.I,
)
_WINNER = re.compile(
    _N + r"(?:Winner|Awarded to|Successful (?:tenderer|bidder|supplier)|Name of (?:the )?"
    r"contractor|Contractor): *(.+)$",
    re.M | re.I,
)
# A lot's heading: "Lot 2 – Hosting", "V.2) Details for Lot 1"
_LOT = re.compile(
    _N + r"(?:Details (?:for|of) |Information (?:on|about) )?Lot (?:No\.?:? ?)?(\d+)\b", re.M | re.I
)
_STATE = re.compile(r"\b(?:republic|kingdom|commonwealth|federation|government of)\b", re.I)
# A lot that ended without a contract, or one whose award is not yet made
_NO_AWARD = re.compile(
    r"^Status: *(?:cancel+ed|withdrawn|not awarded|no award|(?:under )?evaluation|discontinued)",
    re.M | re.I,
)
_SOLUTION = re.compile(
    _N + r"(?:Solution|Product|System|Solution offered|Product offered): *(?P<thing>.+?), "
    r"(?:developed|built|made) by the (?:winner|contractor|supplier)\b"
    r"|^(?:Solution|Product|System|Solution offered|Product offered): *(?P<own>.+?), the "
    r"(?:winner|contractor|supplier)['’]s\b",
    re.M | re.I,
)
_GROUP = re.compile(
    _N + r"(?:The (?:winner|contractor|supplier) is part of a group(?::|\. Parent company:)|"
    r"Parent (?:company|group):) *(.+)$",
    re.M | re.I,
)
# "Subcontractor: Z – …", "Subcontracting: first-line support – Z, subcontractor to the winner"
_SUBCONTRACTOR = re.compile(
    _N + r"Sub-?contract(?:or|ing|s)?(?: (?:authori[sz]ed|approved)(?: by [^:\n]{1,60})?)?: *(.+)$",
    re.M | re.I,
)
# "Legal status: a directorate under the Ministry of Heritage and Cultural Affairs"
_OWNER = re.compile(
    _N + r"Legal (?:status|form): *(?:an? |the )?(?:[\w-]+ ){0,2}?(?:directorate|agency|body|"
    r"authority|department|office|unit|entity|board|institution|company) (?:under|of|within|"
    r"attached to|owned by|supervised by|overseen by|reporting to|subordinate to|accountable to)"
    # ("within the area of government of the Ministry of X")
    r"(?: the (?:area|sphere|remit)(?: of government)? of)? (?:the )?(.+)$",
    re.M | re.I,
)
# "Funding: 60 % of the contract value is met from the Ministry of X's Digital Heritage Fund",
# "Funding: 70 % Fundo de Modernização Administrativa (FMA); 30 % own revenue"
_FUNDING = re.compile(
    _N + r"(?:Funding|Financing|Co-?financing|Co-?funding|Source of funds): *(.+)$", re.M | re.I
)
_FROM = re.compile(r"\bfrom (?:the )?")
# The first share of a list and whose it is: "70 % Fundo de Modernização Administrativa (FMA); …"
_SHARE = re.compile(
    r"[\d.,]+ ?% (?:(?:of the value )?from )?(?:the )?([^(;,]+?)(?: \(([A-Z]{2,})\))?(?:[;,]|$)"
)
_WHOLE_NAME = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){1,7}")
# What a funder's name is headed by: a fund, a bank, a facility, a programme, a body
_FUNDER = re.compile(
    r"\b(?:Fund|Fundo|Fondo|Fonds|Fons|Fonden|Bank|Facility|Programme|Program|Ministry|Agency|"
    r"Foundation|Trust|Council|Authority|Union|Commission)\b"
)
_OWN_MONEY = re.compile(r"\b(?:own|budget|revenue|reserves?|income)\b", re.IGNORECASE)
# A fund named for its owner: "the Health Digitalisation Fund of the Ministry of Health and X"
_FUND_OF = re.compile(r"\bFund of (?:the )?([A-Z][^;,]+?)\.?$")
# "the second-ranked tenderer, X, filed a complaint … asking it to annul the award of Lot 2"
# (or "asking for the award of Lot 1 to be annulled"; a legal form's dots end no sentence)
_IN = r"(?:[^\n.]|\.(?=[\w,)]| (?-i:[a-z(])))"
_UNDO = (
    rf"(?:\b(?:annul|set aside|overturn|quash|cancel|suspend|review)\b{_IN}*?\baward\b|\baward\b"
    rf"{_IN}*?\bto be (?:annulled|set aside|overturned|quashed|cancell?ed|suspended|reviewed)\b)"
)
_CHALLENGE = re.compile(
    rf"{_IN}*\b(?:tenderer|bidder|ranked second|second-ranked|unsuccessful){_IN}*?{_UNDO}{_IN}*",
    re.I,
)
# A tenderer that goes to law without its rank: "Review procedure: X has issued proceedings in
# the High Court asking for the award of Lot 1 to be set aside" (the line's subject is the one)
_ACTION = re.compile(
    rf"{_IN}*\b(?:(?:filed|lodged|issued|brought|applied|commenced|started)\b{_IN}*?\b(?:action|"
    rf"proceedings|complaint|appeal|application|claim|protest|challenge)|applied to)\b{_IN}*?"
    rf"{_UNDO}{_IN}*",
    re.I,
)
# What opens a line before its subject: a label, a date
_LINE_OPENS = re.compile(
    r"^(?:\d+\.\s*|[IVX]+(?:\.\d+)*\)\s*)?(?:[A-Z][\w ]{0,40}: *)?(?:On [^,\n]{4,30},? )?$", re.M
)
_ACTS = re.compile(
    r"(?: \([^()]*\))?,? (?:has |have )?(?:filed|lodged|issued|brought|applied|"
    r"commenced|started)\b"
)
_TO_ANOTHER = re.compile(r"\bto (?:the )?[A-Za-z]")
_NOT = re.compile(r"\b(?:not|no|never|neither|nor|may|can|could|should)\b|n['’]t\b", re.I)
_RANK_BEFORE = re.compile(r"\b(?:tenderer|bidder),? (?:the )?$", re.I)
_RANK_AFTER = re.compile(
    r"(?: \([^()]*\))?,? (?:the |a |an )?(?:[\w-]+ ){0,3}?(?:tenderer|bidder)\b|, ranked ", re.I
)
_NAME = re.compile(r"[A-Z][\w-]*[a-z][\w-]*(?: [A-Z0-9][\w-]*){0,2}")
_NOT_APPROVED = re.compile(r"\b(?:proposed|not approved|rejected|refused|withdrawn)\b", re.I)


def notice_lots(text: str, named: list[Named], ents: DocumentEntities, buyer: str | None):
    """(fact, evidence span) for each award, solution, group and subcontract a notice of
    `buyer` (`notice_buyer`) states; `named` are the text's mentions, sorted."""
    entities = ents.entities
    if buyer not in entities:
        return []
    if not _WINNER.search(text) and not _BUYER.search(text):
        return _challenges(text, named, entities, buyer)  # (no notice: a report of awards)
    out: list[tuple[Found, Span]] = _about_buyer(text, named, ents, buyer)
    tabled = lot_winners(text, named, entities, buyer)  # (a table of results' winners)
    for start, end, lot in _lots(text):
        if _NO_AWARD.search(text, start, end):
            continue
        winners = list(_WINNER.finditer(text, start, end))
        if not winners and lot in tabled:  # "V.2) Details for Lot 1" under a table of results
            out += _about_winner(text, named, ents, tabled[lot], start, end)
        for match, after in zip(winners, [*winners[1:], None], strict=False):
            winner = _first(named, entities, match.start(1), match.end(1), "Company")
            if winner is None:
                continue
            out.append(_found(winner, "supplies", buyer, match))
            # (what follows it, up to the lot's next winner, is its own)
            upto = after.start() if after is not None else end
            out += _about_winner(text, named, ents, winner, match.start(), upto)
    return out


def notice_buyer(text: str, ents: DocumentEntities, own: str | None, labelled: str | None):
    """The body whose notice it is: its buyer line's (`labelled_buyer`), or the text's own."""
    return labelled or _own_body(text, ents, own)


def _about_buyer(text, named, ents, buyer) -> list[tuple[Found, Span]]:
    """The buyer's owner, the fund that pays for the contract (paid to the buyer: not "a grant
    from Y to the police department"), and the tenderers who ask to annul an award."""
    entities = ents.entities
    out = []
    for match in _OWNER.finditer(text):
        owner = _first(named, entities, match.start(1), match.end(1), "GovernmentAgency")
        if owner is not None and owner != buyer:
            out.append(_found(buyer, "partOf", owner, match))
    for match in _FUNDING.finditer(text):
        funder = _funder(text, named, ents, match)
        if funder is not None and funder != buyer:
            out.append(_found(funder, "funds", buyer, match))
    for match in _DEPARTMENT.finditer(text):
        name = re.split(r" \(|, |; ", match.group(1))[0].strip()
        unit = ents.lookup(name)
        if unit is None and _WHOLE_NAME.fullmatch(name) and _UNIT_HEAD.search(name):
            unit = ents.described_entity(name, "GovernmentAgency")  # "Afdeling Parkeren en …"
        if unit is not None and unit.key != buyer and _party(unit):
            out.append(_found(unit.key, "partOf", buyer, match))
    out += notice_staff(text, named, entities, buyer)
    return out + _challenges(text, named, entities, buyer)


def _funder(text, named, ents, match) -> str | None:
    """Who pays for the contract a funding line names: after "from" (not "a grant from Y to
    the police department"), the owner of a fund named for it, or the first party of a list
    of shares."""
    value, start = match.group(1), match.start(1)
    source = _FROM.search(value)
    if source is not None:
        if _TO_ANOTHER.search(value, source.end()):
            return None
        owner = _FUND_OF.search(value, source.end())
        if owner is not None:
            body = ents.lookup(owner.group(1))
            if body is not None and body.type == "GovernmentAgency":
                return body.key
        start += source.end()
        return _first(named, ents.entities, start, match.end(1), "GovernmentAgency")
    for part in value.split(";"):  # (the first share that names a fund or a body)
        share = _SHARE.match(part.strip())
        if share is None:
            continue
        # (the name as the line writes it whole: "Fons Autonòmic per a la Modernització Digital";
        # not "State budget" or "own revenue")
        owner = _FUND_OF.search(share.group(1))
        body = owner and ents.lookup(owner.group(1))
        if body is None or body.type != "GovernmentAgency":  # ("… Fund of the Ministry of X")
            body = ents.lookup(share.group(1))
        if (
            body is None
            and _WHOLE_NAME.fullmatch(share.group(1))
            and _FUNDER.search(share.group(1))
        ):
            body = ents.described_entity(share.group(1), "Organization")
        body = body or (share.group(2) and ents.lookup(share.group(2)))  # (by its acronym)
        if body is not None and _party(body) and not _OWN_MONEY.search(share.group(1)):
            return body.key
    return None


def _party(entity) -> bool:
    return entity.type not in THING_TYPES and entity.type != "Person" and not entity.place


def _challenges(text, named, entities, buyer) -> list[tuple[Found, Span]]:
    """A tenderer asking a court or a board to annul the buyer's award opposes the buyer."""
    out = []
    for pattern, placed in ((_CHALLENGE, _ranked), (_ACTION, _opens_line)):
        for match in pattern.finditer(text):
            if _NOT.search(match.group(0)):
                continue
            # the tenderer named beside its rank ("the second-ranked tenderer, X," or "X, the
            # second-ranked bidder") or as the line's subject, not the winner the line names too
            inside = [m for m in named if match.start() <= m[0] and m[1] <= match.end()]
            firms = [
                m[2]
                for m in inside
                if entities[m[2]].type in ("Company", "Organization") and placed(text, m)
            ]
            if firms and firms[0] != buyer:
                out.append(_found(firms[0], "opposes", buyer, match))
    return out


def _ranked(text: str, mention: Named) -> bool:
    start, end, _ = mention
    return bool(_RANK_BEFORE.search(text, 0, start) or _RANK_AFTER.match(text, end))


def _opens_line(text: str, mention: Named) -> bool:
    start, end, _ = mention
    line = text.rfind("\n", 0, start) + 1
    return bool(_LINE_OPENS.search(text, line, start) and _ACTS.match(text, end))


# The buyer's own units: "Department: Y Department (…)"
# A unit's head word, in English or the buyer's language
_UNIT_HEAD = re.compile(
    r"\b(?:Department|Directorate|Division|Unit|Office|Service|Bureau|Section|Branch|Afdeling|"
    r"Direção|Direcção|Departamento|Dirección|Departament|Abteilung|Referat|Direction)\b"
)
_DEPARTMENT = re.compile(
    _N + r"(?:Department|Directorate|Division|Unit|Service): *(.+)$", re.M | re.I
)


def _about_winner(text, named, ents, winner, start, end):
    out, entities = [], ents.entities
    for match in _SOLUTION.finditer(text, start, end):
        group = "thing" if match.group("thing") else "own"
        thing = _first(named, entities, match.start(group), match.end(group), "Product")
        if thing is None and _NAME.fullmatch(match.group(group)):
            # a label's value opens its line, where no name is read: "Solution: Billettvakt, …"
            thing = ents.described_entity(match.group(group), "Product").key
        if thing is not None:
            out.append(_found(winner, "develops", thing, match))
    for match in _GROUP.finditer(text, start, end):
        owner = _first(named, entities, match.start(1), match.end(1), "Company")
        if owner is not None and owner != winner:
            out.append(_found(winner, "partOf", owner, match))
    for match in _SUBCONTRACTOR.finditer(text, start, end):
        if _NOT_APPROVED.search(match.group(1)):
            continue
        # (the first firm the line names: "first-line user support – Z, subcontractor to …")
        inside = [m for m in named if match.start(1) <= m[0] and m[1] <= match.end(1)]
        firm = next(
            (
                m[2]
                for m in inside
                if _party(entities[m[2]]) and entities[m[2]].type != "GovernmentAgency"
            ),
            None,
        )  # (not "as approved by the Ministry of Health, Z will provide …")
        if firm is not None and firm != winner:
            out.append(_found(firm, "supplies", winner, match))
    return out


def _lots(text: str) -> list[tuple[int, int, str]]:
    """Each lot's part of the text and its number, or the whole text where no lot is headed."""
    heads = list(_LOT.finditer(text))
    if not heads:
        return [(0, len(text), "")]
    ends = [m.start() for m in heads[1:]] + [len(text)]
    return [(m.start(), end, m.group(1)) for m, end in zip(heads, ends, strict=True)]


def _own_body(text: str, ents: DocumentEntities, own: str | None) -> str | None:
    """The body whose notice it is: its letterhead's, or under a state's name over it
    ("FEDERAL REPUBLIC OF NIGERIA" over "NATIONAL LAND TITLES DIGITISATION AGENCY (NLTDA)")
    the body the next line names."""
    if own is None or not _STATE.search(ents.entities[own].name):
        return own
    for line in text[:600].split("\n")[1:6]:
        name = re.sub(r"\s*\([^()]*\)\s*$", "", line).strip()
        body = ents.lookup(name) or ents.lookup(name.title())
        if body is not None and body.type == "GovernmentAgency" and body.key != own:
            return body.key
    return None


def labelled_buyer(text: str, named: list[Named], ents: DocumentEntities) -> str | None:
    """The body a notice's buyer line names ("Official name: X"), if it has one."""
    match = _BUYER.search(text)
    if match is None:
        return None
    value = re.split(r" \(|, |; ", match.group(1))[0].strip()
    if (whole := ents.lookup(value)) is not None and _party(whole):
        return whole.key
    first = _first(named, ents.entities, match.start(1), match.end(1), "GovernmentAgency")
    opening = any(m[0] == match.start(1) for m in named)
    if not _WHOLE_NAME.fullmatch(value) or (opening and first is None):
        return first  # (a person on the line: "Contracting authority: Priya X, Officer, DETS")
    # The line names the buyer whole, where the text's names read only its start ("Servicio
    # Nacional de Alerta y Respuesta" of "… ante Emergencias (SENARE)") or none of it, only
    # its short names after it ("Valsts nodokļu datu centrs (State Tax Data Centre, VNDC)"):
    # the body is named as the line names it.
    if first is not None and not value.startswith(ents.entities[first].name + " "):
        return first
    if first is None:
        if not any(w.islower() for w in value.split()):
            return None  # (not a name the reader missed)
        after = match.start(1) + len(value)
        shorts = [m[2] for m in named if after <= m[0] and m[1] <= match.end(1)]
        shorts = [k for k in shorts if _party(ents.entities[k])]  # (its acronym first)
        first = min(shorts, key=lambda k: not ents.entities[k].name.isupper(), default=None)
        if first is None:
            return ents.described_entity(value, "GovernmentAgency").key
    ents.entities[first].name = value
    return first


def _first(named, entities, a: int, b: int, kind: str) -> str | None:
    """The first name within the label's value, if it opens the value and is of a kind the
    label can name: a party for a party's label, a thing for a thing's."""
    inside = [m for m in named if a <= m[0] and m[1] <= b]
    if not inside or inside[0][0] != a:
        return None
    entity = entities[inside[0][2]]
    if kind == "Product":
        return entity.key if entity.type in THING_TYPES or entity.type == "Organization" else None
    return None if entity.type in THING_TYPES or entity.type == "Person" else entity.key


def _found(subject: str, relation: str, obj: str, match: re.Match) -> tuple[Found, Span]:
    return Found(subject, relation, obj, _CONFIDENCE, "award notice"), (match.start(), match.end())
