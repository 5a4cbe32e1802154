"""Names that hold "and": "Immigration and Customs Enforcement" and "Department of Health and
Human Services" are one name each, "Twitter and YouTube" two."""

from __future__ import annotations

import re
from functools import partial

from ...states import state_code
from .field_words import (
    COMMON_TOPICS,
    LEVELS,
    MEMBERS,
    MEMBERS_HEADS,
    MINISTRY_WORDS,
    PORTFOLIO_WORDS,
    TOPIC_ENDS,
    TOPIC_WORDS,
    UNITS,
    abstract_noun,
    members_word,
    named_for_fields,
)
from .initials import initials_match, spelled
from .lexicon import (
    ADVOCACY_HEADS,
    COMPANY_HEADS,
    GIVEN_NAMES,
    GOV_HEADS,
    GOV_STARTS,
    OFFICE_HEADS,
    TOPIC_HEADS,
)
from .paired_fields import PAIRED_FIELDS, paired_at, with_pair
from .places import place_kind
from .portfolios import listed_portfolios
from .tokens import Tok
from .written_apart import common_here, field_shaped, halves_unwritten, never_apart, two_places


class DocumentWords(frozenset):
    """A document's all-capital words (its acronyms), and its `text`: whether part of a name
    holding "and" is ever written on its own there."""

    text: str = ""


def document_words(text: str) -> DocumentWords:
    words = DocumentWords(re.findall(r"\b[A-Z][A-Z&]{1,7}\b", text))
    words.text = text
    return words


def split_and(words: list[Tok], acronym: str | None, acronyms=frozenset()) -> list[list[Tok]]:
    """ "Twitter and YouTube" is two names; "Immigration and Customs Enforcement (ICE)" is one."""
    if acronym or not any(w.text == "and" for w in words):
        return [words]
    texts = [w.text for w in words]
    # (or its words' first letters or two: "the Lagos State Noise and Air Control Agency, LASNACA")
    if any((initials_match(a, texts) or spelled(a, texts)) and len(a) >= 3 for a in acronyms):
        return [words]
    if texts.count("and") > 1 and (paired := paired_at(texts)):
        return with_pair(words, paired, partial(split_and, acronym=None, acronyms=acronyms))
    cut = texts.index("and")
    left, right = texts[:cut], texts[cut + 1 :]
    text = getattr(acronyms, "text", "")
    # "Immigration and Customs Enforcement", "Department of Health and Human Services"
    if (
        texts.count("and") == 1
        and len(right) >= 2
        and right[-1].lower() in GOV_HEADS
        and (
            len(left) == 1
            or (office_start(left) and ("of" in left or len(left) == 2) and _portfolio(right))
            # "(Yorvik) Water Supply and Drainage Department": two fields of one department
            or (len(left) >= 2 and _portfolio(left[-2:] + ["-"]) and _portfolio(left[1:] + right))
            # "Cebu Gaming and Amusements Board": neither half a name the text uses alone
            or never_apart(left, right, text)
        )
    ):
        return [words]
    # "Ministry of Public Service and Human Capital": a ministry's second portfolio, whatever
    # its last word
    if (
        texts.count("and") == 1
        and office_start(left)
        and {"of", "for"} & set(left)
        and (_ministry(right) or never_apart(None, right, text))
    ):
        return [words]
    # "Police and Crime Commissioner X", "the Thawnley Police and Crime Panel": an English
    # office and its scrutiny panel, named for both of its fields
    if texts.count("and") == 1 and left[-1] in ("Police", "Fire") and right[0] == "Crime":
        return [words]
    # "Wexmoor Fire and Rescue Service", "Kettle Peak Search and Rescue": one service's two
    # fields, a pair the trade always names together
    if texts.count("and") == 1 and (left[-1].lower(), right[0].lower()) in PAIRED_FIELDS:
        return [words]
    # "Public Accounts and Oversight Committee", "Audit and Risk Committee": a committee is
    # named for its fields; "Rail Accessibility and Ticketing Fund", a fund for what it pays for
    paid_for = left[-1:] + right[:-1]
    funded = right[-1] in ("Fund", "Programme", "Program") and all(map(field_shaped, paid_for))
    if texts.count("and") == 1 and len(right) >= 2 and (right[-1] in _COMMITTEES or funded):
        return [words]
    # "Science and Technology Group", "Planning and Building Control Service": a unit named
    # for two fields of work, the first one word
    fields = len(left) == 1 and {left[0].lower(), right[0].lower()} <= PORTFOLIO_WORDS
    if texts.count("and") == 1 and fields and len(right) >= 2 and right[-1] in UNITS:
        return [words]
    # "Animal Identification and Movement Division", "Data and Insights Team", "Children and
    # Youth Administrators' Association": a unit or members' body named for what it does or who
    # it is, every word before its head a common noun's (no name, place or firm of its own)
    # ("Recalls and Hazards Branch": words the text also writes in lower case, as common nouns)
    common = partial(common_here, text=text) if text else None
    allied = right[:1] == ["Allied"]
    if texts.count("and") == 1 and (named_for_fields(left, right, common) or allied):
        return [words]  # (and "Media and Allied Workers' Union": a trade and those beside it)
    # "Office of the Police and Crime Commissioner for Mirestone": the office of one holder
    if (
        texts.count("and") == 1
        and office_start(left)
        and "of" in left
        and any(w.lower() in _OFFICE_HOLDERS for w in right[1:])
    ):
        return [words]
    if _listed_portfolios(texts):  # "Department of Roads, Transport and Public Works"
        return [words]
    # "Ministry of Labour and Social Affairs", "Department for Culture and Leisure": a ministry
    # of two portfolios
    if (
        texts.count("and") == 1
        and office_start(left)
        and {"of", "for"} & set(left)
        and all(w.lower() in MINISTRY_WORDS for w in right)
    ):
        return [words]
    # "Center on Privacy and Technology", "Castellan Center for Technology and Society": an
    # organisation's head (after a name of its own, maybe), its topic, and a last word of it
    # ("Center for Child and Family Analytics": a second topic of two common words)
    head = next((k for k, w in enumerate(left[:3]) if w.lower() in TOPIC_HEADS), None)
    if (
        texts.count("and") == 1
        and (len(right) == 1 or (len(right) == 2 and right[0].lower() in COMMON_TOPICS))
        and head is not None
        and {"on", "for", "of"} & set(left[head + 1 : head + 2])
        and len(left) > head + 2
    ):
        return [words]
    if texts.count("and") == 1 and (_one_body(left, right) or _headless_half(left, right)):
        return [words]
    if texts.count("and") == 1 and _one_firm(left, right):
        return [words]
    if texts.count("and") == 1 and two_places(left, right, text):
        return [words]
    body_start = (office_start(left) or _body_of(left)) and bool({"of", "for", "on"} & set(left))
    if texts.count("and") == 1 and halves_unwritten(left, right, text, body_start):
        return [words]
    parts: list[list[Tok]] = [[]]
    joins: list[Tok] = []
    for word in words:
        if word.text == "and" and parts[-1]:
            joins.append(word)
            parts.append([])
        else:
            parts[-1].append(word)
    if len(joins) < 2:
        return [p for p in parts if p]
    # "U.S. Customs and Border Protection and ICE": an agency whose name holds "and", among
    # other names. Each part joins the one before it where the two make an agency's name.
    out = [parts[0]]
    for join, part in zip(joins, parts[1:], strict=True):
        if part and out[-1] and _agency_halves([w.text for w in out[-1]], [w.text for w in part]):
            out[-1] = [*out[-1], join, *part]
        else:
            out.append(part)
    return [p for p in out if p]


def _one_body(left: list[str], right: list[str]) -> bool:
    """ "Tarahuna Ratepayers and Residents Association" (a body of two kinds of members),
    "Office of Privacy and Civil Liberties", "Privacy and Data Office" (an office of two
    topics), "Hotel and Restaurant Employees Union" (a union of two trades): one name, not two."""
    short = 1 <= len(right) <= 3 and all(w[:1].isupper() for w in right)
    # (not two bodies: "Halden Tenants and Kelmor Homeowners Association")
    # (and where it is after "of": "Customs Brokers and Clerks Association of Trinidad and Tobago")
    core = right[:2] if len(right) > 3 and right[2] == "of" else right
    members = (
        members_word(left[-1])
        and len(core) == 2
        and members_word(core[0])
        and core[-1].lower() in MEMBERS_HEADS
    )
    # (and a body named for what it is on, "Committee on Borders and Citizen Security": a
    # topic of two words, the first no name's)
    topics = (
        (office_start(left) or _body_of(left))
        and {"of", "for", "on"} & set(left)
        and right[-1].lower() in TOPIC_ENDS
        and (
            all(w.lower() in TOPIC_WORDS for w in right)
            or (len(right) == 2 and right[0].lower() not in GIVEN_NAMES | COMPANY_HEADS)
        )
    )
    # "Port Calder Privacy and Data Office": one office of two topics, the left no body's name
    office = (
        left[-1].lower() in TOPIC_WORDS
        and len(right) == 2
        and right[0].lower() in TOPIC_WORDS
        and right[-1].lower() in _TOPIC_OFFICES
    )
    # "Warehouse and Distribution Workers Guild": the members of two trades
    # (the level it serves before: "National Waste and Recycling Workers Union")
    trades = (
        # (or its place: "Iowa Turkey and Egg Growers Council")
        (len(left) == 1 or (len(left) == 2 and (left[0] in LEVELS or _place(left[0]))))
        and len(right) in (2, 3)
        and right[1].lower() in MEMBERS
        and (len(right) == 2 or right[2].lower() in MEMBERS_HEADS)
    )
    # "Kelso Parks and Recreation Department", "Brannock Falls Water and Sewer Authority": a
    # local body of two services, the place before the first
    services = (
        left[-1].lower() in _SERVICES
        and len(right) in (2, 3)
        and all(w.lower() in _SERVICES for w in right[:-1])
        and right[-1].lower() in _SERVICE_BODIES
    )
    return bool(members) or (short and bool(topics or office or trades or services))


# Legal forms a firm's name ends with, after its head: "… Holdings (SOC) Ltd"
_FIRM_FORMS = frozenset(["ltd", "ltd.", "limited", "inc", "inc.", "llc", "plc", "gmbh", "pty"])


def _place(word: str) -> bool:
    """Whether a name's first word is a country, a region or a US state: "Iowa"."""
    return place_kind(word) is not None or state_code(word) is not None


def _one_firm(left: list[str], right: list[str]) -> bool:
    """ "National Freight and Ports Holdings (SOC) Ltd": a firm named for two trades, its legal
    form at the end and no head, form or place of its own before "and" (not "Corvane Labs and
    Brix Holdings Ltd", nor one brand and another's name: "Palantir and Brix Holdings Ltd")."""
    return (
        len(left) >= 2
        and right[-1].lower() in _FIRM_FORMS
        and len(right) >= 3
        and not any(w.lower().strip(".") in COMPANY_HEADS | _FIRM_FORMS | GOV_HEADS for w in left)
        and left[0].lower() not in GIVEN_NAMES
        and place_kind(" ".join(left)) is None  # (not "Brightwell County and Veyra Systems Ltd.")
    )


def _body_of(left: list[str]) -> bool:
    """ "Committee on Borders", "Council for Health", "House of Commons Standing Committee on
    Indigenous": a body's head, then what it is of."""
    return any(
        word.lower() in _BODY_OF and after in ("of", "for", "on")
        for word, after in zip(left[:-2], left[1:-1], strict=True)
    )


_COMMITTEES = ("Committee", "Subcommittee")
_BODY_OF = frozenset(["committee", "commission", "council", "board", "panel", "ministry"])


def _headless_half(left: list[str], right: list[str]) -> bool:
    """ "Netherlands Security and Defence Industries Council", "Brennard County Foster and
    Adoptive Parents Association": before "and", a place and one word that names no body, so
    not a name of its own; after it, the body's head."""
    place, last = left[:-1], left[-1].lower()
    placed = bool(place) and (
        place_kind(" ".join(place)) in ("country", "region", "city", "demonym")
        or (len(place) >= 2 and place[-1] in ("County", "Parish"))
    )
    heads = COMPANY_HEADS | TOPIC_HEADS | ADVOCACY_HEADS | MEMBERS_HEADS
    return (
        placed
        and (last not in GOV_HEADS | heads or last in TOPIC_ENDS)
        and 2 <= len(right) <= 3
        and all(w[:1].isupper() for w in right)
        and right[-1].lower() in heads
        and place_kind(right[0]) is None
        and right[0].lower() not in GIVEN_NAMES
    )


_SERVICES = frozenset(
    ["parks", "recreation", "water", "sewer", "sewers", "streets", "sanitation", "planning"]
    + ["zoning", "building", "buildings", "fire", "police", "transportation", "transit", "light"]
    + ["power", "gas", "wastewater", "stormwater", "housing", "community", "development", "solid"]
    + ["waste", "public", "works", "code", "enforcement", "licensing", "permits", "inspections"]
    + ["elections", "registration", "libraries", "health", "utilities", "traffic", "roads"]
)
_SERVICE_BODIES = frozenset(
    ["department", "commission", "board", "division", "office", "authority", "district"]
    + ["committee", "agency", "bureau", "utility", "utilities"]
)


_TOPIC_OFFICES = frozenset(["office", "unit", "division", "bureau", "department", "center"])
# ("Information and Privacy Commissioner")
_TOPIC_OFFICES |= {"commissioner", "commission", "ombudsman"}


_OFFICE_HOLDERS = frozenset(
    ["commissioner", "ombudsman", "inspector", "auditor", "advocate", "registrar", "comptroller"]
)


def _portfolio(right: list[str]) -> bool:
    """Whether what follows "and" in a body's name is more of what it is of ("Human Services",
    "Community Development", "Motor Vehicles"), not another body ("Dunlake Police Department",
    "Marrow County"): every word before its last is a portfolio's."""
    return all(w.lower() in PORTFOLIO_WORDS for w in right[:-1])


def _ministry(right: list[str]) -> bool:
    """Whether every word after "and" is one of a ministry's portfolios ("Human Capital",
    "Energy Transition")."""
    return bool(right) and all(
        w.lower() in MINISTRY_WORDS | {"capital"} or abstract_noun(w) for w in right
    )


def _listed_portfolios(texts: list[str]) -> bool:
    cut = texts.index("and")
    return texts.count("and") == 1 and listed_portfolios(texts[:cut], texts[cut + 1 :])


def office_start(left: list[str]) -> bool:
    """Whether a name opens as a government body's: "Department of Health", or after the
    place it serves, "Dunmore County Office of Aging" (the office head then names what it is of)."""
    if left[0].lower() in GOV_STARTS:
        return True
    return any(
        # (and "Norwegian Agency for Customs and Export Control")
        word.lower() in OFFICE_HEADS | {"agency"} and after.lower() in ("of", "for")
        for word, after in zip(left[1:3], left[2:4], strict=False)
    )


def _agency_halves(left: list[str], right: list[str]) -> bool:
    """Whether "left and right" is one agency's name: "Customs and Border Protection", not
    "ICE and U.S. Customs" (an acronym, then a name that starts anew)."""
    return (
        len(right) >= 2
        and right[-1].lower() in GOV_HEADS
        and right[0].lower() not in GOV_STARTS
        and (
            (len(left) == 1 and not left[0].isupper())
            or (left[0].lower() in GOV_STARTS and ("of" in left or len(left) == 2))
        )
    )
