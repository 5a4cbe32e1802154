"""The words bodies are named with: what a ministry is of, the fields a unit works in, the
members a body is made of, and the heads such names end with. A name holding "and" is one name
where the words on both sides are such words: "Data and Insights Team", "Ministry of Commerce
and Fair Trading"."""

from __future__ import annotations

import re

from .lexicon import GIVEN_NAMES, GOV_HEADS, MINISTRY_PORTFOLIOS
from .places import place_kind

# Who a members' body is made of, and the heads such bodies' names end with
MEMBERS = frozenset(
    ["ratepayers", "residents", "parents", "tenants", "workers", "teachers", "families"]
    + ["neighbors", "neighbours", "merchants", "employees", "students", "friends", "owners"]
    + ["homeowners", "riders", "citizens", "taxpayers", "nurses", "farmers", "businesses"]
    + ["growers", "producers"]
)
# Others a members' body joins: "Home and School Association", "Builders and Trades Forum"
TRADES = frozenset(["home", "school", "builders", "trades", "contractors", "retailers", "clerks"])
MEMBERS_HEADS = frozenset(
    ["association", "union", "alliance", "coalition", "league", "council", "network"]
    + ["federation", "society", "committee", "forum", "group", "guild", "collective"]
)
# What an office is of, as the last word of its name: "Office of Privacy and Civil Liberties"
TOPIC_ENDS = frozenset(
    ["liberties", "rights", "affairs", "services", "safety", "security", "technology"]
    + ["development", "planning", "recreation", "transparency", "accountability", "innovation"]
    + ["policy", "research", "oversight", "compliance", "ethics", "integrity", "standards"]
    + ["budget", "management", "finance"]
)


# The first of two words after "and" that makes a second topic, not another body's name
COMMON_TOPICS = frozenset(
    ["family", "families", "child", "children", "youth", "community", "public", "social"]
    + ["health", "education", "labor", "labour", "work", "society", "culture", "media"]
    + ["disease", "environmental", "food", "water", "road", "fire"]
)

TOPIC_WORDS = TOPIC_ENDS | {
    *("civil", "public", "human", "social", "data", "digital", "information", "open"),
    *("government", "community", "economic", "consumer", "emergency", "privacy", "police"),
}

PORTFOLIO_WORDS = MINISTRY_PORTFOLIOS | {
    *("border", "community", "aging", "environmental", "protection", "motor", "vehicles"),
    *("fire", "consumer", "family", "families", "economic", "urban", "rural", "workforce"),
    # "U.S. Immigration and Customs Enforcement", "U.S. Citizenship and Immigration Services"
    *("customs", "immigration", "citizenship", "naturalization", "drug"),
    *("supply", "drainage", "sewerage", "waste"),
    # "Commonwealth Excise and Duties Office", "Department of Local Taxation and Excise"
    *("excise", "duties", "taxation", "tax", "taxes"),
    # "Department of Education and Early Learning", "Information Access and Privacy Office"
    *("early", "learning", "childhood", "access"),
}


# What a ministry of two portfolios may be of after "and": "Ministry of Internal Security and
# Civil Order", "Department of Corrections and Community Safety"
MINISTRY_WORDS = MINISTRY_PORTFOLIOS | PORTFOLIO_WORDS | TOPIC_WORDS | {"order", "internal"}
MINISTRY_WORDS |= {"engagement", "outreach", "participation", "transformation", "cohesion"}

# The fields of public work a unit, an office or a ministry is named for that the portfolio and
# topic lists do not hold: "Street Trading Team", "Survey and Mapping Division", "Consumer
# Protection and Redress Authority", "Ministry of Commerce and Fair Trading". Common nouns only:
# they join a name only between a body's start and its head, never make one by themselves.
FIELD_NOUNS = frozenset(
    ["insights", "analytics", "animal", "quality", "performance", "risk", "space", "trading"]
    + ["universities", "fair", "markets", "street", "lighting", "mapping", "titles", "audit"]
    + ["governance", "assurance", "redress", "complaints", "supervision", "issues", "systemic"]
    + ["estates", "property", "business", "sciences", "engineering", "schools", "learning"]
    + ["postal", "shipping", "logistics", "harbours", "aid", "cooperation", "relations"]
    + ["consular", "passports", "visas", "cleansing", "cemeteries", "bereavement", "archives"]
    + ["museums", "valuation", "registration", "identity", "verification", "fraud", "casework"]
    + ["investigations", "contact", "customer", "carers", "knowledge", "evaluation", "strategy"]
    + ["design", "delivery", "marketing", "legal", "contracts", "commercial", "people"]
    + ["payroll", "grants", "funding", "investment", "growth", "traffic", "parking", "events"]
    + ["advice", "guidance", "reporting", "monitoring", "modelling", "modeling", "geospatial"]
    + ["cadastral", "building", "buildings", "homelessness", "tenancy", "neighbourhoods"]
    + ["neighborhoods", "licensing", "permitting", "consents", "recycling", "highways"]
    + ["regulatory", "corporate", "operational", "technical", "strategic", "financial"]
    + ["clinical", "scientific", "statutory", "active", "diaspora", "revenue", "tariff", "service"]
    + ["intelligence", "targeting", "law", "courts", "tribunals", "prosecutions", "disease"]
)
MINISTRY_WORDS |= FIELD_NOUNS

UNITS = frozenset(["Group", "Team", "Unit", "Division", "Branch", "Directorate", "Service"])
# The heads of a unit or members' body named for its fields: "… and Movement Division"
FIELD_HEADS = UNITS | frozenset(["Section", "Office", "Bureau", "Centre", "Center", "Desk"])
FIELD_HEADS |= frozenset(["Association", "Forum", "Network", "Panel", "Council", "Board"])
FIELD_HEADS |= frozenset(
    ["Authority", "Agency", "Commission", "Ombudsman", "Committee", "Services"]
)
LEVELS = frozenset(["County", "State", "National", "Regional", "Provincial", "District"])
# The last words of a body's own unit's name: "the Council's Highways and Street Lighting Service"
UNIT_ENDS = frozenset(["Service", "Services", "Team", "Unit", "Division", "Directorate", "Branch"])
UNIT_ENDS |= {"Section", "Desk"}


def unit_name(name: str) -> bool:
    """Whether a name of several words ends as a body's own unit's does ("… Lighting Service")."""
    words = name.split()
    return len(words) > 1 and words[-1] in UNIT_ENDS


def members_word(word: str) -> bool:
    """Who a members' body is made of: "Ratepayers", "Tenants", or a calling's plural
    ("Seafarers", "Dockworkers", "Pharmacists")."""
    lower = word.lower()
    return lower in MEMBERS | TRADES or re.fullmatch(r"[a-z]{3,}(?:ers|ists)", lower) is not None


ABSTRACT = re.compile(r"[A-Z][a-z]{3,}(?:tion|sion|ment|ity|ure|ance|ence|ness|ship)s?")


def abstract_noun(word: str) -> bool:
    return ABSTRACT.fullmatch(word) is not None and word.lower() not in GIVEN_NAMES


def named_for_fields(left: list[str], right: list[str], common=None) -> bool:
    """Whether "left and right" is one unit or members' body named for its fields or members:
    a head at the end, and before it, on both sides, only common nouns (the known ones, or
    those `common` finds written so in the text)."""
    # (the level it serves, its body's or place's name may open it: "County Children and Youth
    # Administrators' Association", "NCLTA Survey and Mapping Division", "Caerwern Markets and
    # Street Trading Team")
    opened = len(left) >= 2 and (left[0] in LEVELS or _opener(left[0]))
    words = left[1:] + right[:-1] if opened else left + right[:-1]
    return (
        right[-1] in FIELD_HEADS
        and 1 <= len(left) <= 3
        and 2 <= len(right) <= 4
        and all(field_word(w) or (common is not None and common(w)) for w in words)
    )


def _opener(word: str) -> bool:
    """A word a unit's name may open with before its fields: its body's letters ("NCLTA") or a
    name of no field ("Caerwern"), not a person's given name, a body's head or an owner."""
    lower = word.lower()
    if not word[:1].isupper() or lower.endswith(("'s", "’s")):  # (not "the Council's X and Y")
        return False
    return lower not in GIVEN_NAMES | GOV_HEADS | MEMBERS_HEADS and not field_word(word)


def field_word(word: str) -> bool:
    """A capitalised common noun of a field, a topic or a kind of member: "Data", "Insights",
    "Youth", "Administrators'", "Movement" (not a name, a place or a body's head)."""
    lower = word.lower().rstrip("'’")
    if not word[:1].isupper() or lower in GIVEN_NAMES or place_kind(word) is not None:
        return False
    if lower in _HEADS_NOT_FIELDS:  # (not "the Finance Department and Audit Team")
        return False
    return (
        lower in PORTFOLIO_WORDS | TOPIC_WORDS | MEMBERS | COMMON_TOPICS | FIELD_NOUNS
        or members_word(lower)
        or re.fullmatch(r"[a-z]{4,}ors", lower) is not None  # "Administrators", "Operators"
        or abstract_noun(word.rstrip("'’"))
    )


# A body's heads that name no field of it ("Department", "Council"); a head that is also a field
# is one: "Consumer Protection and Redress Authority", "Local Government and Housing Ombudsman"
_HEADS_NOT_FIELDS = (GOV_HEADS | MEMBERS_HEADS) - PORTFOLIO_WORDS - FIELD_NOUNS
