"""Bodies named by their head noun.

A name with a body's head noun after it in lower case ("the Greave County authority", "the
Kelridge university", "the Nordmark police") is the body named in full that begins with that
name and ends with that head ("Greave County 911 Authority"), when the text names exactly one
such body. A description ("the institute", "the sheriff's office") is the last body whose name
has its head noun (`named_by_head`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entity import ORG_TYPES, Mention
from .title_words import HONORIFIC

if TYPE_CHECKING:
    from .mentions import DocumentEntities

_HEAD = re.compile(
    r" (authority|agency|department|office|council|board|commission|district|service|"
    r"university|college|court|union|network|coalition|alliance|association|center|centre|"
    # (not "the Nordmark police union": the union, a body of its own)
    r"police(?! (?:union|association|federation|guild|foundation|officers|chief)\b))"
    r"(['’]s)?\b"
)


def headed_names(doc: DocumentEntities, named: list[Mention], span) -> list[Mention]:
    """The mentions, with each such name and head noun read as the body named in full."""
    out = []
    for mention in named:
        match = None if mention.possessive else _HEAD.match(doc.text, mention.end, span[1])
        body = _body(doc, mention.key, match.group(1)) if match else None
        if body is None:
            out.append(mention)
            continue
        out.append(Mention(mention.start, match.end(), body, bool(match.group(2)), generic=True))
    return out


def _body(doc: DocumentEntities, key: str, head: str) -> str | None:
    words = doc.entities[key].name.lower().split()
    bodies = {
        entity.key
        for entity in doc.entities.values()
        if entity.key != key
        and entity.type in ORG_TYPES
        and not entity.place
        and len(entity.name.split()) > len(words)
        and entity.name.lower().split()[: len(words)] == words
        and entity.name.lower().split()[-1] == head
    }
    return bodies.pop() if len(bodies) == 1 else None


# How far back "the company" or "the city" looks: a few paragraphs, so that a huge file is
# read in linear time.
RECENT = 300
ORGS_NAMED = ORG_TYPES - {"EmployeeGroup", "MediaOrganization"}
# Words before a head noun that do not narrow which body it is.
PLAIN_MODS = {None} | {
    *("new", "federal", "local", "state", "national", "regional", "municipal", "same"),
    *("entire", "whole", "former", "county", "city"),
}
# Nouns an apposition may say a body is ("X, a charity that …"), which then mean it
SAID_HEADS = (
    "charity|forum|union|coalition|alliance|association|trust|foundation|network|collective|"
    "society|federation|consortium|league|cooperative|guild|club|caucus|institute|lab|"
    "laboratory|centre|center|authority|agency|bureau|commission|utility|inspectorate|clinic"
)
# Heads that mean the body only as the last word of its name, and the last words they mean:
# "the district" is a school system too ("Ellory County Schools").
_LAST_WORD_HEADS = {"district": (" district ", " schools ")}


# What "the agency" or "the department" means when no body of that head is named: the last
# government body, but not a place's government ("Osterly County", "City of Wrenfield"), nor a
# council, committee or court; "the department" nor "the bureau" a board or commission either
# ("the department" after "the Ethics Board, part of the police department" is not the board),
# where "the agency" may be a regulator's commission.
AGENCIES = frozenset({"GovernmentAgency"})
DEPARTMENTS = frozenset({"GovernmentAgency"})
_ASSEMBLY = (
    r"committee|council|parliament|assembly|legislature|senate|court|tribunal|caucus|"
    r"subcommittee|county|city|town|township|village|borough|parish|municipality"
)
_NO_AGENCY = re.compile(
    rf"\b(?:{_ASSEMBLY})(?: (?:of|on|for)\b.*)?$|^(?:city|town|county|state|village|borough) of\b",
    re.IGNORECASE,
)
_NO_DEPARTMENT = re.compile(
    rf"\b(?:{_ASSEMBLY}|board|commission|panel)(?: (?:of|on|for)\b.*)?$"
    r"|^(?:city|town|county|state|village|borough) of\b",
    re.IGNORECASE,
)


def fits_kind(entity, types) -> bool:
    """Whether a body a description looks back to is of the kinds it names (see AGENCIES)."""
    if not entity or entity.type not in types or entity.place:
        return False
    if types is AGENCIES:
        return not _NO_AGENCY.search(entity.name)
    return types is not DEPARTMENTS or not _NO_DEPARTMENT.search(entity.name)


def organisation(entity) -> bool:
    """Whether the entity is a body a description may mean (no newsroom, no staff, no place)."""
    return bool(entity) and entity.type in ORGS_NAMED and not entity.place


# Heads that other words name too: "the hospital" is the "… Medical Center".
_SAME_HEADS = {
    "hospital": ["hospital", "medical center", "medical centre", "infirmary"],
    "district": ["district", "schools"],
    # "the force" is a police body whatever its name calls it: "Ferrishire Constabulary"
    "force": ["force", "constabulary", "police service", "police"],
    # "the club" is a football club named by its letters: "Ballyfennick Rovers FC"
    "club": ["club", "fc", "afc"],
    # "the utility" is a firm named for what it supplies: "Bramford Valley Hydro Inc."
    "utility": ["utility", "utilities", "hydro", "electric", "power", "energy", "water"],
    # "the charity" is a trust or a foundation too ("Fairhaven Trust for Penal Reform")
    "charity": ["charity", "trust", "foundation"],
}
# Of those, the words that name a firm only: "Ministry of Power" is no utility
_FIRMS_ONLY = frozenset(["hydro", "electric", "power", "energy", "water"])
_LEGAL_FORM = re.compile(r" (?:inc|ltd|llc|plc|corp|limited|co)\.? $")


def named_by_head(doc, named: list[Mention], before: int, mod: str | None, noun: str):
    """The last organisation whose name has the description's head noun (and its modifier,
    when the name has that too: "the sheriff's office", "the justice lab"): among the recent
    names, else among as many named before them (a head noun names a body across a heading)."""
    recent = doc.recent_keys(RECENT)
    earlier = [m.key for m in named if m.end <= before]
    start = len(doc.order) - len(recent)
    older = doc.order[max(0, start - RECENT) : start]  # bounded: a huge file stays linear
    for keys in (list(dict.fromkeys(reversed(recent + earlier))), list(reversed(older))):
        key = _headed_by(doc, keys, mod, noun)
        if key is not None:
            return _established(doc, named, before, keys, key, mod, noun)
    return None


def _established(doc, named: list[Mention], before: int, keys: list[str], key: str, mod, noun):
    """ "the department" goes on meaning the body the text has been about, not one named once
    in passing ("cameras operated by the X Department of Transportation; 38 cameras owned by
    the department", in the police department's report): the last body of that head unless
    this sentence first names it, after a preposition, and another body of that head is what
    the text is mostly about (one named in the last sentence is what the text moved on to)."""
    here = [m for m in named if m.end <= before and m.key == key]
    weight = doc.mention_counts[key] + 2 * doc.subject_counts[key] + (not here)
    subject = (
        named
        and named[0].key == key
        and not _AFTER_PREPOSITION.search(doc.text, max(0, named[0].start - 12), named[0].start)
    )
    if subject:
        return key
    counts, subjects = doc.mention_counts, doc.subject_counts
    if not here:
        # "Neighbouring Askern Vale District Council trialled P … the council": a body named
        # once, in passing, gives way to one the text is about, named many times over (unless
        # the sentence before is about it: what the text moved on to)
        if counts[key] > 1 or doc.previous_subject == key:
            return key
        return _weightier(doc, keys, key, mod, noun, lambda k: counts[k] >= 5 and subjects[k] >= 2)
    if weight > 0:
        return key
    return _weightier(doc, keys, key, mod, noun, lambda k: counts[k] + 2 * subjects[k] >= 4)


def _weightier(doc, keys: list[str], key: str, mod, noun, enough) -> str:
    """The first other body of the description's head among `keys` that `enough` says the text
    is about, else `key`."""
    others = [k for k in keys if k != key]
    while others:
        other = _headed_by(doc, others, mod, noun)
        if other is None:
            return key
        if enough(other):
            return other
        others = others[others.index(other) + 1 :]
    return key


_AFTER_PREPOSITION = re.compile(r"\b(?:by|of|from|with|to|at|for|in|on)(?: the)? $")


def _headed_by(doc, keys: list[str], mod: str | None, noun: str) -> str | None:
    """The first of the keys whose name the description's words head."""
    wanted = [f"{mod} {noun}", f"{mod}'s {noun}", f"{mod}’s {noun}"] if mod else []
    # "the new office" is any office; "the police department" only a police department
    for words in [*wanted, *_SAME_HEADS.get(noun, [noun])] if mod in PLAIN_MODS else wanted:
        for key in keys:
            entity = doc.entities.get(key)
            if not organisation(entity):
                continue
            if words == noun and noun in entity.said_to_be:
                return key  # "X, a charity that …"; "the charity"
            name = _LEGAL_FORM.sub(" ", f" {entity.name.lower()} ")
            if name.startswith(" friends of "):
                continue  # "Friends of the X Library" are no library
            if words in _FIRMS_ONLY and entity.type != "Company":
                continue
            if noun == "charity" and entity.type == "GovernmentAgency":
                continue  # a health service's trust is no charity
            if name.strip() in (noun, f"{noun}s"):
                continue  # a heading's word taken for a name ("Lab › Projects"), no body
            if noun in _LAST_WORD_HEADS and not name.endswith(_LAST_WORD_HEADS[noun]):
                continue  # "the district" is no "District Attorney's Office"
            if not (f" {words} " in name or (words == noun and f" {noun}s " in name)):
                continue
            if words == "schools" and entity.type != "GovernmentAgency":
                continue  # a school system, not "Parents for Safe Schools"
            opening = _OPENING_HEAD.match(name)
            if opening and opening.group(1) != words:
                continue  # "Office of the Inspector of Fire and Emergency Services" is no service
            # the noun heads the name ("… Watch Center", "Center for …"), not a word that
            # narrows another head ("Watch Center Advisory Board" is a board)
            if re.search(rf" {re.escape(words)}s?(?: (?:of|for|on|at|in)\b.*)? $", name):
                return key
    return None


# A name headed by its first word, what it is "of" or "for" after it
_OPENING_HEAD = re.compile(
    r" (?:[\w'-]+ ){0,3}?(office|department|ministry|bureau|agency|commission|directorate|"
    r"inspectorate|board|authority) (?:of|for) "
)


def owned_office(doc, named: list[Mention], start: int, phrase: str) -> str | None:
    """ "its police department", "their fire department": the body of that kind the text
    names, before or later in the sentence ("sued the City of X and its police department over
    the X Police Department's contract")."""
    mod, noun = phrase.lower().replace("’", "'").split()[-2:]
    key = named_by_head(doc, named, start, mod, noun)
    later = (
        m.key
        for m in named
        if m.start > start and f" {mod} {noun}" in f" {doc.entities[m.key].name.lower()}"
    )
    return key or next(later, None)


def home_city(doc, best: str | None) -> str | None:
    """ "the city" in a text about one city's bodies ("the Port Esmond Police Department … the
    city bought them") is that city, not a place named once as where a vendor is ("a small
    manufacturer in Spokane"): where the text names the city found (`best`) only as where a
    firm is, the one place whose name opens the name of a public body the text names."""

    def opens_a_body(entity) -> bool:
        start = f"{entity.name.lower()} "
        return any(
            other.type == "GovernmentAgency" and other.name.lower().startswith(start)
            for other in doc.entities.values()
        )

    chosen = doc.entities.get(best or "")
    if chosen is None or not _vendor_town(doc, chosen):
        return best
    homes = [
        e.key
        for e in doc.entities.values()
        if (e.city or e.type in ("Organization", "Place")) and not e.part_of and opens_a_body(e)
    ]
    return homes[0] if len(homes) == 1 else best


# Where a firm is: "a small manufacturer in Spokane", "a startup based in Reno"
_FIRM_IN = re.compile(
    r"\b(?:(?:based|headquartered|located) in|(?:company|firm|manufacturer|maker|startup|vendor|"
    r"supplier|contractor|developer)(?: [a-z]+){0,2} (?:in|from|of)) (?:the )?$"
)


def _vendor_town(doc, entity) -> bool:
    """Whether the text names the place only as where a firm is."""
    spots = [
        m.start()
        for name in entity.names
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc.text)
    ]
    return bool(spots) and all(_FIRM_IN.search(doc.text, max(0, i - 60), i) for i in spots)


# Nouns of a body that may stand before a title: "Council chief executive X", "association
# chairwoman X" mean the council or the association the text named.
_TITLE_BODIES = frozenset(
    ["council", "association", "union", "coalition", "board", "commission", "authority"]
    + ["department", "agency", "trust", "committee", "foundation", "institute", "bureau"]
    + ["ministry", "office", "alliance", "league", "network", "district", "chamber", "forum"]
    + ["federation", "society", "guild", "branch", "charity", "university", "college"]
)


def body_before_title(doc, masked_before: str, title: str) -> tuple[bool, str | None]:
    """Whether a body's noun stands before the title ("council chief executive "), and the body
    the text named that it means, as an entity key (None where the text named none)."""
    # (an honorific may follow the title: "Council leader Cllr X")
    match = re.search(
        r"(?:^|[^@\w'])([a-z]+) " + re.escape(title) + r"(?: " + HONORIFIC + r")?,? $",
        masked_before,
    )
    if match is None or match.group(1) not in _TITLE_BODIES:
        return False, None
    if re.search(r"\b(?:former|retired|onetime|ex|then)[ -]$", masked_before[: match.start(1)]):
        return True, None  # "former union president X": no longer its head
    return True, named_by_head(doc, [], 0, None, match.group(1))


# A city's government as its own language names it: "City of X", "Stadt X", "Prefeitura de X"
CITY_GOVERNMENT = re.compile(
    r"(?:city of|stadt|prefeitura(?: municipal)? de|municipalidad de|ayuntamiento de|"
    r"alcald[ií]a de|municipio de|mairie de|comune di|gemeente|ajuntament de|"
    r"c[âa]mara municipal d[eo]|ajuntament|ayuntamiento|alcald[ií]a|mairie|prefeitura) ",
    re.IGNORECASE,
)


def governs(name: str, place: str) -> bool:
    """Whether the name is the place's government's in its language: "Ajuntament de Portblanc"."""
    government = CITY_GOVERNMENT.match(name)
    return government is not None and name[government.end() :] == place


def city_government(doc, key: str, opening: bool = False) -> bool:
    """Whether the entity is a city's government ("City of X"); with `opening`, one whose city
    the text's opening (its title or dateline) names."""
    entity = doc.entities.get(key)
    government = entity and CITY_GOVERNMENT.match(entity.name)
    if not government or entity.place:
        return False
    return not opening or entity.name[government.end() :].lower() in doc.text[:600].lower()


def named_for(name: str, words: str) -> bool:
    """Whether a body's name has these words, or one of their "|"-separated alternatives."""
    return any(f" {w}" in f" {name.lower()}" for w in words.split("|"))
