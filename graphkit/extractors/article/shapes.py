"""What kind of entity a name's own words make it: "… Department", "Project …", "… Inc."."""

from __future__ import annotations

import re

from . import lexicon as lx
from .field_words import members_word
from .places import place_kind

# Local governments named "X of Place" (a city's and a county's are public heads already).
_LOCAL_GOVERNMENTS = frozenset(["town", "village", "borough", "township", "shire"])


_CAMPAIGNING = frozenset(["action", "campaign", "pressure", "protest", "lobby", "advocacy"])


def _office_of(words: list[str]) -> bool:
    """A government office named by its head and "of": "Department of …", "U.S. Office of …"."""
    start = 1 if words[0] in ("u.s.", "us", "u.s", "united") else 0
    if words[0] == "united" and words[1:2] == ["states"]:
        start = 2
    # ("British Columbia Ministry of Communities and Gaming Policy": the place it serves first)
    placed = next(
        (k for k in (1, 2, 3) if words[k : k + 1] in (["ministry"], ["department"])), None
    )
    if not start and placed and place_kind(" ".join(words[:placed])) in _SERVED_PLACES:
        start = placed
    head = words[start : start + 2]
    # ("Ministry for Rural and Food Industries", "Department for Education": the UK's "for")
    ministry = head[:1] in (["ministry"], ["department"]) and head[1:] == ["for"]
    # ("Norwegian Agency for Customs and Export Control", "Agency for Healthcare Research")
    agency = any(words[k : k + 2] == ["agency", "for"] for k in (0, 1))
    return ministry or agency or (len(head) == 2 and head[0] in lx.OFFICE_HEADS and head[1] == "of")


# Words that make a "… Center" a public one: a county's, a city's, an emergency dispatch's
_PUBLIC_CENTERS = frozenset(
    ["county", "city", "township", "municipal", "emergency", "dispatch", "911", "fusion"]
    + ["crime", "counterterrorism"]
)

# Words of a center that studies, advocates or sells, whoever it is about: "Counterterrorism
# Research Center", "County Crime Victims Center", "City Shopping Center"
_PRIVATE_CENTERS = frozenset(
    ["research", "policy", "studies", "study", "victims", "rights", "advocacy", "legal", "law"]
    + ["justice", "democracy", "shopping", "convention"]
)


# Who sits on a council of residents or firms, not a government's: "Block Club Council"
_CIVIC_MEMBERS = frozenset(
    {"club", "neighborhood", "neighbourhood", "residents", "tenants", "merchants", "renters"}
    | {"riders", "ratepayers", "homeowners", "commuters", "business", "businesses", "pta", "ptas"}
)


def acronymed(names) -> bool:
    """Whether one of an entity's names is the initials of another ("TMPA" of "Thornhill
    Mokoena Public Affairs"), as a body's are and no person's."""
    initials = {
        "".join(w[0] for w in n.split() if w[0].isupper()) for n in names if len(n.split()) > 2
    }
    return any(n.isupper() and len(n) > 2 and n in initials for n in names)


# Heads of a library's, a museum's or an archive's name, and words that make one public
_CULTURAL = frozenset(["museum", "gallery", "library", "libraries", "archive", "archives"])
_PUBLIC_CULTURE = frozenset(["public", "municipal", "regional", "provincial", "county", "city"])
# Countries in their own languages, after a body's name: "Claimants' Forum Cymru"
_OWN_COUNTRY_NAMES = frozenset(["cymru", "aotearoa", "éireann", "alba", "kernow"])
# Legal forms of Europe's north, centre and east, as written (lower-case "as" is a word), at
# a firm's name's end ("Kvitberg Cyber AS", "Halmar Kft.") or start ("SIA Billtek Baltic")
FORMS_LAST = frozenset(["AS", "ASA", "AB", "A/S", "ApS", "Oy", "Oyj", "hf.", "ehf.", "OÜ"])
FORMS_LAST |= {"Kft.", "Kft", "Zrt.", "Nyrt.", "A.Ş.", "A.Ş", "S.L.", "S.L.U.", "SIA", "UAB"}
# A town's government as its own language names it, before the town
_LOCAL_GOVERNMENT = re.compile(
    r"(?:Ajuntament|Ayuntamiento|Prefeitura|Mairie|Comune|Gemeente|Stadt|Alcald[ií]a|"
    r"Municipalidad|Municipio|C[âa]mara Municipal) (?:(?:Municipal )?d[eiao]s? |d')?[A-Z]"
)
# Irish legal forms that name no firm by themselves: a charity or a housing association may be one
IRISH_FORMS = frozenset(["CLG", "DAC"])
_FORMS_FIRST = frozenset(["SIA", "UAB", "PT", "OOO", "JSC", "PJSC"])


# Heads that open a name, its topic or its members after "of", "for" or "on": "Institute for
# …", and members' bodies, "Federation of …", "Association of …"
_HEADS_FIRST = lx.TOPIC_HEADS | {"federation", "confederation", "association", "alliance", "league"}


_VERSIONED = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]* \d{1,2}")


def officer_named(words: list[str]) -> bool:
    """Whether lower-cased words end with an officer's title whose last word also ends
    newsrooms' names ("Medical Examiner", not "The Aldwick Examiner")."""
    return words[-2:] == ["medical", "examiner"]


def shape_type(name: str) -> str | None:
    """The type a name's own words give it: "… Department", "Project …", "… Inc."."""
    words = [w.lower().strip(".,") for w in name.replace("’", "'").split()]
    if not words:
        return None
    first, last = words[0], words[-1]
    if last.upper() in IRISH_FORMS and len(words) > 2:  # a company limited by guarantee
        return shape_type(" ".join(name.split()[:-1]))  # ("… Housing Association CLG")
    if words[-2:] == ["public", "health"] and len(words) > 2:
        return "GovernmentAgency"  # a Canadian city's health unit: "Grey Pines Public Health"
    if _VERSIONED.fullmatch(name):
        return "Product"  # "NavCharta 8", "RatesMate 4": a coined name and its version
    if (name.split()[-1] in FORMS_LAST or name.split()[0] in _FORMS_FIRST) and len(words) > 1:
        return "Company"  # "Fjellnett Transmisjon AS", "Kvitberg Cyber AS", "SIA Billtek Baltic"
    if last == "e.v" and len(words) > 1:
        return "AdvocacyGroup"  # a German registered association: "Digitale Grundrechte e.V."
    if _LOCAL_GOVERNMENT.match(name) and len(words) > 1:
        return "GovernmentAgency"  # "Ajuntament de Portblanc", "Stadt Wendelheim"
    if " ".join(words) in lx.STANDING_OFFICES:
        return "GovernmentAgency"  # "Auditor-General": a holder's title for the office
    if len(words) > 2 and (last in _OWN_COUNTRY_NAMES or place_kind(name.split()[-1]) == "country"):
        # "Claimants' Forum Cymru", "Disability Rights Network Ireland": the country after the
        # head names where the body is; the head before it tells its kind
        inner = shape_type(" ".join(name.split()[:-1]))
        if inner not in (None, "Company"):  # (not "Fair Roads Data Ireland", a campaign)
            return inner
    served = next((k for k in range(2, len(words) - 1) if words[k] in ("for", "of")), None)
    if served and place_kind(" ".join(name.split()[served + 1 :])) in _SERVED_PLACES:
        # "Charities Commission for Wales", "Revenue Authority of Ontario": the head before the
        # place it serves tells the kind
        inner = shape_type(" ".join(name.split()[:served]))
        if inner is not None:
            return inner
    board = re.fullmatch(r"(.+) board of [a-z]+", " ".join(words))
    if board and shape_type(board.group(1)) == "GovernmentAgency":
        return "GovernmentAgency"  # "Port of Yorvik Authority Board of Commissioners"
    if last in lx.NEWSROOM_WORDS and len(words) > 1:
        return "MediaOrganization"  # "Bureau of Investigative Journalism" reports, it rules nothing
    # (not "Program Integrity Unit", "Project Management Office": a body's unit)
    if first in lx.PROGRAM_WORDS and len(words) > 1 and last not in lx.GOV_HEADS:
        # "Project Maven" is a program; "Project on Government Oversight" is an organisation
        return "AdvocacyGroup" if set(words) & lx.CONNECTORS else "Program"
    if first in _HEADS_FIRST and set(words[1:2]) & {"for", "on", "of"}:
        # "Institute for Surveillance Policy", "Federation of Waste Recyclers and Scrap
        # Dealers": the head comes first, its topic or its members after it
        last = first
    else:
        # "Marlow Institute for Technology Policy", "Hollis Center on Privacy Law": the head
        # before "for" or "on", not the topic's last word
        last = next(
            (
                w
                for w, n in zip(words[1:-2], words[2:-1], strict=True)
                if w in lx.TOPIC_HEADS and n in ("for", "on")
            ),
            last,
        )
    if last in lx.POLICY_HEADS and last not in ("law",) and len(words) > 1:
        # (not a ministry's portfolio: "Ministry of Internal Security and Civil Order")
        return "GovernmentAgency" if _office_of(words) else "Policy"
    if last in lx.RESEARCH_HEADS or (first in lx.RESEARCH_HEADS and len(words) > 2):
        return "ResearchOrganization"
    # (an officer's office, no newsroom's "Examiner": "X County Office of the Medical Examiner")
    examiner = officer_named(words) and "office" in words
    if (_office_of(words) and last not in lx.MEDIA_HEADS) or examiner:
        # "Department of Justice", "U.S. Bureau of Alcohol, Tobacco, Firearms and Explosives",
        # "Office of the Chief Medical Examiner": the head decides, whatever word ends the name.
        return "GovernmentAgency"
    pairs = zip(words[:-2], words[1:-1], strict=True)
    if any(w in _CAMPAIGNERS and n in ("for", "against") for w, n in pairs):
        return "AdvocacyGroup"  # "Eastgate Neighbors for Privacy", "Parents Against Scanning"
    if last == "corporation" and words[-2:-1] in (["municipal"], ["metropolitan"], ["city"]):
        return "GovernmentAgency"  # an Indian city's government: "Sundarkot Municipal Corporation"
    if "&" in words and last in ("associates", "partners", "co", "sons"):
        return "Company"  # "Mulenga Chitalu & Associates": a partnership
    if last == "group" and len(words) > 2 and members_word(words[-2].rstrip("'")):
        return "AdvocacyGroup"  # "Eastbank Residents' Group": its members', no firm's group
    if last == "group" and words[-2:-1] and words[-2] in _CAMPAIGNING:
        return "AdvocacyGroup"  # "Wendle Brook Flood Action Group", "… Pressure Group"
    if (last in lx.COMPANY_HEADS or last.endswith("cloud")) and len(words) > 1:
        return "Company"  # ("Nimbostrata GovCloud")
    if "for" in words[1:-1] and words[words.index("for") - 1] == "cloud":
        return "Company"  # "Ardentine Cloud for Government": a cloud firm's offering
    public = lx.GOV_HEADS | lx.GOV_STARTS | lx.PUBLIC_SERVICE_WORDS
    # ("Coral Hinterland Hospital and Health Service": a public health service, as the NHS's)
    public |= {"health"} if last == "service" else set()
    if last in ("services", "service") and not (set(words[:-1]) & (public | _RESCUE)):
        return "Company"  # "Amazon Web Services"; "Internal Revenue Service" is not
    if (
        last in ("center", "centre")
        and set(words[:-1]) & _PUBLIC_CENTERS
        and not set(words[:-1]) & _PRIVATE_CENTERS
    ):
        return "GovernmentAgency"  # "Tusk County Emergency Communications Center"
    if last in ("fc", "afc") and len(words) > 1:
        return "Company"  # "Ballyfennick Rovers FC": a football club, a business that buys
    if words[:2] == ["friends", "of"] and len(words) > 2:
        return "AdvocacyGroup"  # "Friends of the Fennick Falls Public Library": its supporters
    if last in _CULTURAL and len(words) > 1:
        # a public library or museum is a public body; another, an institution that buys
        # ("Marangaroa Libraries": a library service, a council's)
        public = set(words[:-1]) & (lx.GOV_STARTS | _PUBLIC_CULTURE) or last == "libraries"
        return "GovernmentAgency" if public else "ResearchOrganization"
    if last == "consortium" and len(words) > 1:
        return "Organization"  # "Buckeye Valley Library Consortium": its members' buyer
    if (last in lx.ADVOCACY_HEADS or first in _GROUPS_FIRST) and len(words) > 1:
        return "AdvocacyGroup"  # (the head first: "Vereniging Verladers Rijnmond")
    if "chamber" in words[:-2] and words[words.index("chamber") + 1] == "of":
        return "AdvocacyGroup"  # "X Chamber of Commerce and Industry": its members' lobby
    if last == "trust" and len(words) > 1:
        # a health service's trust is a public body; any other a charity ("… Open Council Trust")
        return "GovernmentAgency" if set(words) & _HEALTH_TRUSTS else "AdvocacyGroup"
    if last in _TRADE_BODIES and words[-2:-1] and words[-2] in _TRADE_MEMBERS:
        return "AdvocacyGroup"  # "Defence Industries Council": a trade's lobby, no public body
    members = {w.rstrip("'’") for w in words[:-1]}
    if last == "council" and members & (_CIVIC_MEMBERS | _CAMPAIGNERS) and "advisory" not in words:
        # "Northside Block Club Council", "Eastside Tenants Council", "Renters' Council"
        return "AdvocacyGroup"
    if last == "council" and words[-2:-1] and re.fullmatch(r"[a-z]{4,}(?:ers|ists)", words[-2]):
        return "AdvocacyGroup"  # "Professional Firefighters Council": a calling's members
    if last in lx.MEDIA_HEADS and len(words) > 1:
        return "MediaOrganization"
    if last in _TRADES and len(words) > 1 and not set(words[:-1]) & (public | _PUBLIC_CARES):
        return "Company"  # "Orrendale Security", "Halcyra Intelligence"; not "Homeland Security"
    if (last in lx.GOV_HEADS or first in lx.GOV_STARTS or "sheriff's" in words) and len(words) > 1:
        return "GovernmentAgency"
    if last in ("transit", "transport") and set(words[-2:-1]) & _PUBLIC_CARRIERS:
        return "GovernmentAgency"  # "Kopara Regional Transport", "Metropolitan Transit"
    if (
        first in _LOCAL_GOVERNMENTS
        and words[1:2] == ["of"]
        and 2 < len(words) <= 4
        and "of" not in words[2:]
        and not last.endswith("ing")  # "Town of Edgemoor Brewing" is a firm
    ):
        return "GovernmentAgency"  # "Village of Callow Creek", "Shire of Mirrigang"
    if "of" in words[2:] and words[words.index("of") - 1] in lx.GOV_HEADS:
        return "GovernmentAgency"  # "Norwell Department of Health": the head before "of"
    if last in ("pentagon", "congress", "senate", "army", "navy", "marines", "parliament"):
        return "GovernmentAgency"
    if last == "schools" and len(words) > 2 and words[-2] in _SCHOOL_SYSTEMS:
        return "GovernmentAgency"  # a school system: "Elmhaven City Schools"
    return None


_SERVED_PLACES = frozenset(["country", "region", "city"])
# A service of fire and rescue is public: "Wexmoor Fire and Rescue Service"
_RESCUE = frozenset(["fire", "rescue"])
# A members' body's or a foundation's head where its language puts it first
_GROUPS_FIRST = frozenset(["stichting", "vereniging", "verein", "associação", "asociación"])
_TRADE_BODIES = frozenset(["council", "association", "federation", "alliance", "forum", "board"])
_TRADE_MEMBERS = frozenset(
    ["industries", "industry", "business", "businesses", "trade", "manufacturers", "employers"]
    + ["exporters", "suppliers", "vendors", "contractors", "retailers", "growers", "producers"]
)
_HEALTH_TRUSTS = frozenset(["nhs", "ambulance", "hospital", "hospitals", "health", "care"])
# Last words a public body shares with firms that sell what they name; the words before them
# that make the name a public body's ("Border Protection", "Defense Intelligence").
_TRADES = frozenset(
    ["security", "intelligence", "protection", "mobile", "telecom", "telecoms", "wireless"]
    + ["broadband", "payments"]
)
# What makes a transit or transport body public: "Westmarch Regional Transit"
_PUBLIC_CARRIERS = frozenset(["regional", "metropolitan", "metro", "municipal", "city", "county"])
_PUBLIC_CARES = frozenset(
    ["homeland", "public", "social", "border", "civil", "child", "children's", "environmental"]
    + ["defense", "defence", "criminal", "central", "naval", "military", "domestic", "internal"]
    + ["diplomatic", "consumer", "signals", "witness"]
)


# People who band together for a cause and name their group after themselves
_CAMPAIGNERS = frozenset(
    ["neighbors", "neighbours", "parents", "students", "citizens", "residents", "families"]
    + ["mothers", "moms", "mums", "veterans", "scientists", "technologists", "workers", "tenants"]
    + ["voters", "taxpayers", "advocates", "nurses", "teachers", "lawyers", "doctors", "people"]
)


# What a public school system's name says before "Schools" (not "Parents for Safe Schools")
_SCHOOL_SYSTEMS = frozenset(
    ["city", "public", "county", "community", "unified", "independent", "area", "municipal"]
)


# The last words of a public body's name that no place has ("… County" and "… City" may be both)
_BODY_HEADS = frozenset(
    ["administration", "agency", "bureau", "commission", "authority", "police", "department"]
    + ["office", "ministry", "directorate"]
)


def no_place(name: str) -> bool:
    """Whether a name is a body's that no place has: "X Administration" beside "Washington, DC"
    in an address is the body still."""
    return name.split()[-1].lower() in _BODY_HEADS


# The last words any name of six capitalised words ends with: a body's head, a firm's form
_NAME_ENDS = (
    lx.GOV_HEADS | lx.COMPANY_HEADS | lx.CORPORATE_SUFFIXES | lx.MEDIA_HEADS | lx.ADVOCACY_HEADS
) | (
    lx.RESEARCH_HEADS
    | lx.TOPIC_HEADS
    | lx.POLICY_HEADS
    | {"program", "programme", "trust", "grant", "no"}
)
_SMALL_WORDS = frozenset(["of", "for", "the", "and", "on", "in", "to", "at", "by", "a", "an"])


def headline(name: str) -> bool:
    """Whether a run of capitalised words is a headline written in title case, not a name:
    six words or more, none a connecting word, a title or a number, the last no head a name
    ends with ("Class Action Follows RecordHaven Court Portal Breach")."""
    words = [w.lower().strip(".,") for w in name.replace("’", "'").split()]
    if len(words) < 6 or name.isupper() or any(not w[:1].isupper() for w in name.split()):
        return False
    if set(words) & (lx.CONNECTORS | lx.TITLE_WORDS | lx.GIVEN_NAMES | _SMALL_WORDS) or re.search(
        r"\d", name
    ):
        return False
    return words[-1] not in _NAME_ENDS and not words[-1].endswith("'s")
