"""Where a name goes on past a mark that would end it: a possessive inside a body's name
("Sheriff's Office", "Tenants' Network") or a number before its head ("911 Authority"), and
where it ends before a mark that would not end it ("Local 77", "Department IT manager"); a
state in brackets inside a county's office's name ("Pruitt County (Ohio) Sheriff's Office"); a
first word that asks the reader to meet a titled person ("Meet … Director X")."""

from __future__ import annotations

import re

from ...states import state_code
from .lexicon import (
    ADVOCACY_HEADS,
    COMPANY_HEADS,
    GOV_HEADS,
    LEADER_TITLES,
    MEDIA_HEADS,
    MINISTRY_PORTFOLIOS,
    MONTHS_DAYS,
    PRODUCT_NOUNS,
    PROGRAM_WORDS,
    RESEARCH_HEADS,
    STANDING_OFFICES,
    TITLE_ENDS,
    TITLE_WORDS,
    WORKER_TITLES,
)
from .tokens import Tok, capitalised, without_nickname

# A holder whose possessive opens an office's name ("Sheriff's Office", "Tax Assessor-Collector's
# Office", "County Executive's Office", "Premier's Office"), or people's ("Women's Network")
_POSSESSIVE_HEADS = frozenset({
    "sheriff", "attorney", "governor", "mayor", "marshal", "marshals", "inspector", "comptroller",
    "treasurer", "controller", "people", "children", "women", "veterans", "workers", "president",
    "prosecutor", "coroner", "assessor", "advocate", "auditor", "commissioner", "defender", "clerk",
    "solicitor", "collector", "assessor-collector", "recorder", "registrar", "ombudsman",
    "executive", "manager", "administrator", "premier", "minister",
})  # fmt: skip


def inner_possessive(toks: list[Tok], j: int) -> bool:
    """ "Sheriff's Office": a possessive inside a name, before a government head; "Estate Sector
    Women's Network", "National Children's Alliance": people's, before any capitalised word."""
    tok = toks[j]
    if not (tok.possessive and j + 1 < len(toks) and capitalised(toks[j + 1].text)):
        return False
    if j > 0 and toks[j - 1].text in ("St", "St.", "Saint", "Ste"):
        return True  # "St Aldhelm's Church of England Academy": a saint's name opens it
    if (
        j > 0
        and _PEOPLE.search(re.sub(r"['’]s?$", "", tok.text.lower()))  # ("Fishermen's")
        and capitalised(toks[j - 1 - (toks[j - 1].text in ("of", "for"))].text)  # "Office of"
    ):
        return True
    return (tok.text.lower() in _POSSESSIVE_HEADS or _office_general(toks, j)) and toks[
        j + 1
    ].text.lower() in GOV_HEADS


_PEOPLE = re.compile(
    r"^(?:women|men|children|people|peoples|(?:fisher|fire|water|sea|service|crafts|police|line|"
    r"business|trades|lobster|free|work|dock|long?shore)men)$"
)
_GENERAL_HOLDERS = frozenset({"attorney", "inspector", "auditor", "solicitor"})


def _office_general(toks: list[Tok], j: int) -> bool:
    """ "Attorney General's Office", "Inspector General's Office": the office's holder is two
    words, and the second alone is no title."""
    holder = toks[j - 1].text.lower() if j > 0 else ""
    return toks[j].text.lower() == "general" and holder in _GENERAL_HOLDERS


_BODY_HEADS = GOV_HEADS | COMPANY_HEADS | ADVOCACY_HEADS
_VOICES = frozenset({"forum", "voice", "voices", "assembly", "panel"})
# (and the heads of funds and schemes named for their members: "Educators' Pension Trust")
_VOICES |= {"trust", "fund", "system", "board", "scheme", "society", "chamber"}
_VOICES |= {"cooperative", "co-operative", "co-op", "guild", "collective", "federation", "club"}


def plural_owner(toks: list[Tok], j: int) -> bool:
    """ "Fenmoor Tenants' Network", "Riders' Union", "Commuters' Privacy Project": a plural
    possessive before a group's head, a word or two of its name between."""
    tok = toks[j]
    if not (
        tok.possessive
        and tok.raw.rstrip(",.;:") == tok.raw
        and tok.raw.endswith(("s'", "s’", "S'", "S’"))
        and tok.raw.lower().rstrip("'’") not in ("affairs", "services", "standards", "works")
    ):
        return False
    for k in range(j + 1, min(j + 4, len(toks))):
        if not capitalised(toks[k].text) or toks[k].possessive:
            return False
        if toks[k].text.lower() in _BODY_HEADS | _VOICES:  # "Claimants' Voice Castlebridge"
            return True
        if toks[k].stop_after:
            return False
    return False


def department_staff(toks: list[Tok], j: int) -> bool:
    """Whether the name's last word, after a body's head, is the short name of its staff's
    work before a title: "IT" of "Kinloch Police Department IT manager Dev Raman"."""
    return (
        j >= 1
        and j + 1 < len(toks)
        and re.fullmatch(r"[A-Z]{2,3}", toks[j].text) is not None
        and toks[j].text not in ("USA", "US", "UK", "EU", "UAE")  # "Tarrow Systems USA president"
        and toks[j - 1].text.lower() in GOV_HEADS | COMPANY_HEADS
        and (toks[j + 1].text in TITLE_WORDS or toks[j + 1].text in WORKER_TITLES)
    )


COUNTED = r"\s+(?:employees|workers|engineers|staff|people|officers|agents|members|users)\b"


def counted(text: str, words: list[Tok]) -> bool:
    """Whether the number opening a name counts what the name modifies."""
    following = text[words[-1].end : words[-1].end + 40]
    return bool(
        re.match(COUNTED, following)
        or re.match(r"\s+(?:[a-z-]+ )?[a-z]+s\b", following)  # "reviewed 40 SPPD flight records"
        and re.search(r"[a-z]\s+$", text[max(0, words[0].start - 12) : words[0].start])
    )


def person_after(words: list[Tok]) -> bool:
    """Whether the words after a title may be a person's name: two or three capitalised
    words, none the head of a body's name (not "'s Office")."""
    names = [w.text.lower() for w in words]
    return (
        2 <= len(names) <= 3
        # (a hyphenated or apostrophised surname too: "Aldana-Rusk", "O'Neill")
        and all(w.text[:1].isupper() and re.sub(r"[-'’]", "", w.text).isalpha() for w in words)
        and not set(names) & NOT_NAME_WORDS
    )


# Words of a body's, a programme's or a thing's name, never of a person's: "County Sheriff
# Drone Program", "County Sheriff Aviation Unit"
NOT_NAME_WORDS = (
    GOV_HEADS
    | COMPANY_HEADS
    | ADVOCACY_HEADS
    | MEDIA_HEADS
    | RESEARCH_HEADS
    | PRODUCT_NOUNS
    | PROGRAM_WORDS
    | frozenset(["unit", "team", "squad", "patrol", "division", "aviation", "reserve", "posse"])
)


def title_of(words) -> bool:
    """ "CEO of X", "founder and CEO of X", "Director of Jobcenter Havrebæk", "Chief Executive
    of Acme Systems": a title, then "of" or "at" and the body it is of, a name of its own (not
    "Director of Finance", "Chief of Police", "Chief Executive of the Year")."""
    k = next((k for k, w in enumerate(words[:4]) if w.text in ("of", "at")), 0)
    if not 0 < k < len(words) - 1 or not all(w.text.lower() in TITLE_WORDS for w in words[:k]):
        return False
    # a firm head's title before any body; another title before a name of two words or more
    # whose first is no portfolio's and whose last names no function ("Director of Public
    # Works Department", "Head of Estate Operations" stay whole)
    return words[k - 1].text.lower() in _HEADS_OF or (
        len(words) - k > 2
        and words[k + 1].text.lower() not in MINISTRY_PORTFOLIOS
        and words[-1].text.lower() not in FUNCTION_HEADS
    )


_HEADS_OF = frozenset(["ceo", "cfo", "cto", "coo", "founder", "co-founder", "chairman"])
# Heads of a body's name that also name a function within one: "Head of Estate Operations"
FUNCTION_HEADS = frozenset(
    ["operations", "services", "investigations", "intelligence", "security", "protection"]
    + ["enforcement"]
)


_LEGAL_FORMS = frozenset(["inc", "llc", "ltd", "corp", "plc", "gmbh", "pty"])


def legal_form_before(text: str, words) -> bool:
    """ "X, Inc. for P": the legal form of the name before the comma opens the words."""
    after_comma = text[max(0, words[0].start - 2) : words[0].start] == ", "
    return after_comma and len(words) > 2 and words[0].text.lower().rstrip(".") in _LEGAL_FORMS


# Titles of several words, which a signature or a letter's heading capitalises
_WHOLE_TITLES = frozenset(
    t for t in LEADER_TITLES + WORKER_TITLES + ("general counsel",) if " " in t
).difference(STANDING_OFFICES)  # (not "The Auditor General" alone: the office)
_ONE_WORD_TITLES = frozenset(t for t in LEADER_TITLES + WORKER_TITLES if " " not in t)
# What a title's first word may say of its reach: "National President", "Regional Director"
# (not "District Attorney", "State Auditor": offices; nor "Assistant Chief", a rank below)
_SCOPES = frozenset(["national", "regional", "international", "global", "provincial"])


def bare_title(text: str, toks: list[Tok], i: int, words) -> bool:
    """A title capitalised without a name: "FROM: X, Chief of Police"; "PRS's Programme
    Director, Rangi Whitcombe", a title between the body that owns it and its holder's name."""
    said = [w.text.lower() for w in words]
    if " ".join(said) in _WHOLE_TITLES:
        return True
    if len(said) == 2 and scoped_title(words):
        return True  # "X, National President of the Y", "Regional Director Z"
    if not (i > 0 and toks[i - 1].possessive) and _post_only(said):
        return True  # "X is Principal Solicitor at Y": a post in capitals with no name in it
    if not (
        i > 0
        and toks[i - 1].possessive
        and 0 < len(words) <= 4
        and words[-1].text.lower() in TITLE_ENDS
        # (not a post held elsewhere, before or after: "X's Outside Counsel, Y", "Former …")
        and not _NOT_HELD.search(text[toks[i - 1].end : words[-1].end])
    ):
        return False
    # the holder's name after the title; or, after a name's comma, the title of that name,
    # which a verb follows ("Gregor Lund, Quillmark's Privacy Officer, said"; not "A, X's
    # Director, B and C said": A's title)
    after = text[words[-1].end : words[-1].end + 3]
    named_before = _after_a_name(text, toks, i)
    return bool(re.match(r", [a-z]" if named_before else r", [A-Z]", after))


def _post_only(said: list[str]) -> bool:
    """ "Principal Solicitor", "Senior Policy Analyst": a post's words only (an office's
    holder may stand for the office, "the Auditor", and is kept)."""
    return (
        len(said) >= 2
        and " ".join(said) not in STANDING_OFFICES  # ("Auditor General": the office)
        and said[-1] in TITLE_ENDS
        and said[-1] not in _OFFICE_HOLDERS
        and all(w in _POST_WORDS or w in TITLE_ENDS for w in said[:-1])
    )


_OFFICE_HOLDERS = frozenset(
    ["auditor", "comptroller", "commissioner", "ombudsman", "sheriff", "mayor", "governor"]
    + ["minister", "treasurer", "clerk", "coroner", "registrar", "advocate", "secretary"]
)
_POST_WORDS = frozenset(
    ["senior", "principal", "chief", "lead", "policy", "legal", "program", "programme", "staff"]
    + ["campaigns", "campaign", "communications", "research", "technology", "data", "digital"]
    + ["information", "privacy", "security", "deputy", "assistant", "associate", "managing"]
    + ["executive", "head", "public", "affairs", "government", "relations", "community"]
    + ["engagement", "operations", "product", "engineering", "finance", "procurement", "media"]
    + ["strategy", "press", "regional", "national", "international", "global", "development"]
    + ["fundraising", "outreach", "project", "clinical", "medical", "health", "advocacy"]
)
_NOT_HELD = re.compile(
    r"(?i)\b(?:former|ex|outside|independent|external|next|incoming|future|prospective|"
    r"retired|opposition)\b"
)


def _after_a_name(text: str, toks: list[Tok], i: int) -> bool:
    """ "Gregor Lund, Quillmark's Privacy Officer, said": the owner follows a name's comma."""
    k = i - 1
    while k > 0 and capitalised(toks[k - 1].text) and not toks[k - 1].stop_after:
        k -= 1
    return (
        re.search(r"[A-Za-z.]+, (?:the )?$", text[max(0, toks[k].start - 40) : toks[k].start])
        is not None
    )


def day_of_month(text: str, words: list[Tok]) -> bool:
    """Whether the chunk opens with a month's day, the month before it: "On May 14 X voted"."""
    if len(words) < 2 or not re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", words[0].text):
        return False
    before = text[: words[0].start].split()
    return bool(before) and before[-1].lower() in MONTHS_DAYS


# A county's state in brackets inside its office's name: "the Pruitt County (Ohio) Sheriff's"
_PLACE_UNITS = frozenset({"county", "parish", "city", "township", "borough"})


def bracketed_state(toks: list[Tok], j: int) -> bool:
    """Whether the token after j is a US state in brackets within a name: a county, parish or
    city before it, a capitalised word after it."""
    if j + 2 >= len(toks) or toks[j].text.lower() not in _PLACE_UNITS:
        return False
    raw = toks[j + 1].raw.rstrip(",")
    return (
        raw.startswith("(")
        and raw.endswith(")")
        and state_code(raw[1:-1]) is not None
        and capitalised(toks[j + 2].text)
    )


def name_between(text: str, start: int, end: int) -> str:
    """The name text[start:end] on one line, without a state in brackets inside it ("Pruitt
    County (Ohio) Sheriff's Office") or a nickname quoted inside it ('Rosario "Rio" Cruz')."""
    name = re.sub(
        r" \(([^()]+)(?:\)(?= )|\)?$)",  # (its bracket left off where a title ends the name)
        lambda m: "" if state_code(m.group(1)) else m.group(0),
        " ".join(text[start:end].split()),
    )
    # (and a member's or a silk's letters after a person's name: "Yvette Haddad-Morrow MP")
    return _POSTNOMINAL.sub("", without_nickname(name))


_POSTNOMINAL = re.compile(r"(?<=[a-z]) (?:MP|MPP|MLA|MHA|MSP|MEP|TD|KC|QC)$")


def scoped_title(words: list[Tok]) -> bool:
    """Whether the words open with a title and the reach before it: "National President"."""
    return (
        len(words) >= 2
        and words[0].text.lower() in _SCOPES
        and words[1].text.lower() in _ONE_WORD_TITLES
    )


def listed_title(text: str, toks: list[Tok], i: int, words: list[Tok]) -> bool:
    """A capitalised title after a person's name and its comma or dash, then the body or the
    line's end: "Harold Kessler — City Auditor, City of Tolliver Springs", "Imani Vasquez-Lunde,
    Account Executive (Tessgrove Software Inc.)", "Dana Roe, Head of Partnerships, Acme"."""
    said = [w.text.lower() for w in words]
    ends = [k for k, w in enumerate(said) if w in TITLE_ENDS]
    if not (1 < len(words) <= 6 and ends and i > 0):
        return False
    last = ends[-1]  # the title's own word, then maybe its portfolio: "Director of Resources"
    portfolio = said[last + 1 :]
    if portfolio and not (portfolio[0] in ("of", "for") and len(portfolio) <= 4):
        return False
    # (a head's title "of" names the body: "Sheriff of Skarnwell County", "Mayor of X"; a
    # "Head of Partnerships" heads a function)
    leader = said[last] in _ONE_WORD_LEADERS and said[last] != "head"
    leader = leader or " ".join(said[: last + 1]) in LEADER_TITLES  # "Chief Executive of Y"
    if portfolio and (leader or said[-1] in _BODY_ENDS):
        return False
    # (the title's first words may be stripped already: ", Senior Research Fellow, Y")
    gap = re.fullmatch(
        r" ?(?:,|[—–]) ((?:[A-Z][\w-]* ){0,2})", text[toks[i - 1].end : words[0].start]
    )
    if not gap or any(w.lower() not in TITLE_WORDS for w in gap.group(1).split()):
        return False
    name = _name_before(toks, i)
    if not 2 <= len(name) <= 4 or name[-1].text.lower() in _BODY_ENDS:
        return False
    return re.match(r" ?(?:,|\(|\||$|\n)", text[words[-1].end : words[-1].end + 2]) is not None


_ONE_WORD_LEADERS = frozenset(t for t in LEADER_TITLES if " " not in t)
_BODY_ENDS = ADVOCACY_HEADS | COMPANY_HEADS | GOV_HEADS | MEDIA_HEADS | RESEARCH_HEADS


def _name_before(toks: list[Tok], i: int) -> list[Tok]:
    """The capitalised words that end just before token i, a name's."""
    k = i - 1
    while k > 0 and capitalised(toks[k - 1].text) and not toks[k - 1].stop_after:
        k -= 1
    return toks[k:i] if capitalised(toks[i - 1].text) else []


def past_word(words: list[Tok]) -> bool:
    """ "Former Acme Corp executive", "Retired NYPD officers": a word of the past opening the
    words is none of the name's, but for a group of those it names ("Retired Public Servants'
    Association", "Retired Teachers Union")."""
    first = words[0].text.lower()
    if first == "retired" and any(w.text.lower() in ADVOCACY_HEADS for w in words[1:]):
        return False
    return first in ("former", "current", "retired", "onetime", "erstwhile")
