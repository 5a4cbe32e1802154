"""The body a title names when no name of a body goes with it: "Sheriff X" heads the text's
sheriff's office, "Mayor X" its city, "Vice-Chancellor X" its university, "union president X"
its union."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from . import lexicon as lx
from .headnouns import CITY_GOVERNMENT, governs, named_for, organisation
from .initials import initials_match
from .places import place_kind
from .rules import ORGS, Found
from .title_words import HONORIFICS, SECONDS

if TYPE_CHECKING:
    from .relations import Sentence

# Titles that say which kind of body their holder heads, and the words that body's name has:
# "Sheriff X" heads the text's "… Sheriff's Office", "Minister X" its "Ministry of …", "County
# Auditor X" its "… County Auditor's Office" (a British chief constable heads a police force).
OFFICE_TITLES = {
    **dict.fromkeys(("sheriff", "undersheriff"), "sheriff"),
    "minister": "ministry",
    **dict.fromkeys(("fire chief", "chief fire officer"), "fire"),
    "superintendent": "school",
    **dict.fromkeys(("police chief", "chief of police"), "police"),
    "chief constable": "police|constabulary",  # ("… Police Service", "… Constabulary")
    # (not "Police Commissioner X": one of a board of police commissioners, in the US)
    **dict.fromkeys(("commissioner of police", "director of campus police"), "police"),
    **dict.fromkeys(("auditor general", "auditor-general"), "auditor general"),
    **{"provincial auditor": "audit office", "inspector general": "inspector general"},
    **{t: f"{t}'s office|office of the {t}" for t in ("county auditor", "city auditor")},
    "state auditor": "state auditor",  # (and a library's, an archive's, an ombudsman's head)
    **dict.fromkeys(("library director", "chief librarian", "city librarian"), "library"),
    **{t: t for t in ("ombudsman", "ombudsperson", "national archivist", "state archivist")},
    "police and crime commissioner": "police and crime commissioner",
    # elected officers whose office bears their title: "the Colorado Attorney General's Office"
    **{t: t for t in ("attorney general", "district attorney", "secretary of state")},
    **{"public defender": "public defender", "county clerk": "clerk", "vice-chancellor": "univ"},
}
_PUBLIC_HEADS = frozenset(["commissioner", "secretary", "minister", "director", "chief", "head"])
# A city's head, and the officers who run its administration under the council ("City manager
# X", "Municipal Manager X": its staff)
_CITY_HEADS = frozenset(["mayor", "municipal president", "punong barangay"])
CITY_STAFF = frozenset(["city manager", "municipal manager", "city administrator", "town manager"])


_WRITTEN_TITLE = re.compile(r"(?:^|[^\w@'’])((?:[A-Za-z-]+ ){1,4}[A-Za-z-]+)\.?,? $")


def written_office(before: str) -> str | None:
    """The office a title of several words written before a name holds, where the title read
    took only its last word: "City manager Ms X", "Provincial Auditor X"."""
    match = _WRITTEN_TITLE.search(before)
    if match is None:
        return None
    words = match.group(1).lower().split()
    while words and words[-1].rstrip(".") in HONORIFICS:
        words.pop()  # "City manager Ms X"
    for start in range(len(words) - 1):
        title = " ".join(words[start:])
        if title in OFFICE_TITLES or title in CITY_STAFF:
            # (with the word that makes it a second's: "Assistant Chief Constable X")
            second = words[start - 1 : start] if start and words[start - 1] in SECONDS else []
            return " ".join([*second, title])
    return None


def office_body(sentence: Sentence, title: str):
    """The one body of the text whose name says it is what the title heads: "Sheriff X" and
    the "… County Sheriff's Office"; none when the text names none, or several."""
    if "former" in title.split():
        return None  # "former Sheriff X" no longer heads it
    if (
        re.sub(r"^(?:the |acting |interim |executive |lord )+", "", title)
        in _CITY_HEADS | CITY_STAFF
    ):
        return _mayors_city(sentence.doc)
    title = " ".join(w for w in title.split() if w not in lx.PERSON_HONORIFICS)  # "Dr."
    title = re.sub(r"^(?:the |acting |interim )+", "", title)
    # "Merrowvale Police and Crime Commissioner X": the place's office, named in full elsewhere
    title = re.sub(r"^.* (?=police and crime commissioner$)", "", title)
    words, kinds = OFFICE_TITLES.get(title), ORGS
    if (
        title == "chief"
        and not _FIELD_CHIEF.search(sentence.masked)
        and not _body_named(sentence.doc, "fire", ORGS)
    ):
        # "Chief X" in a text of a police department and of no fire department (not "Finance
        # chief X", nor a police union's)
        words, kinds = "police", {"GovernmentAgency"}
    *portfolio, head = title.split() or [""]
    if words is None and portfolio and head in _PUBLIC_HEADS:
        # "Health Commissioner X", "Transport Minister X": the government body of that field
        if not all(w in lx.PORTFOLIOS for w in portfolio):
            return None
        words, kinds = " ".join(portfolio), {"GovernmentAgency"}
    if words is None:
        return None
    if words == "school":
        kinds = {"GovernmentAgency"}  # a school system, not a parents' group
    here = {  # one named in the sentence itself: "The X Sheriff's Office …, Undersheriff Y said"
        m.key
        for m in sentence.mentions
        if sentence.doc.entities[m.key].type in kinds
        and named_for(sentence.doc.entities[m.key].name, words)
    }
    if len(here) == 1:
        return sentence.doc.entities[here.pop()]
    doc = sentence.doc
    # (named before, or in the text's furniture: its letterhead has no mention)
    named = set(doc.keys_before(sentence.start)) | {
        k for k in doc.entities if not doc.mention_counts[k]
    }
    body = _body_named(doc, words, kinds, named) or _body_named(doc, words, kinds)
    # (a bare title speaks of a body the text names before or often, not of one it names only
    # later, in passing: "Superintendent X" and, ten items on, "an agreement with Y Schools")
    if body is not None and doc.mention_counts[body.key] < 2:
        return body if body.key in named else None
    return body


# A chief of a field, no police chief: "Finance chief X", "the technology chief, X"
_FIELD_CHIEF = re.compile(
    r"\b(?:finance|financial|technology|information|security|operations|marketing|product|data|"
    r"privacy|fire|medical|executive|legal|battalion|bureau|division|section|unit|union)"
    r",? chief,? @"
)


_BOARD = re.compile(r"\b(?:Board|Commission)\b", re.IGNORECASE)
_RANK = re.compile(
    r"(?:(?:joint|deputy|additional|assistant|special) )?(?:commissioner|superintendent) of "
    r"police\b",
    re.IGNORECASE,
)


def _body_named(doc, words: str, kinds, among=None):
    """The body of these kinds whose name has these words (`_most_named` of several), of
    those `among` these keys if given."""
    bodies = {
        entity.key: entity
        for entity in doc.entities.values()
        if entity.type in kinds
        and (among is None or entity.key in among)
        and not entity.place
        and named_for(entity.name, words)
        # (a board of police commissioners has several; its president heads it)
        and not _BOARD.search(entity.name)
        # (nor is a rank read as a name one: "Joint Commissioner of Police (Crime)")
        and not _RANK.match(entity.name)
        # (the police and crime commissioner's office oversees a force, it is none)
        and (
            words == "police and crime commissioner"
            or "police and crime" not in entity.name.lower()
        )
    }
    # the body before the head's own office ("Office of the Chief of Police" within the police
    # department), which is the body where there is no other ("Office of the Inspector General")
    bodies = {
        k: e for k, e in bodies.items() if not e.name.lower().startswith("office of the")
    } or bodies
    return _most_named(doc, bodies)


def _most_named(doc, bodies: dict):
    """The one body of these, or of several the one the text is about, when one is named more
    often than the others (a list's first member is no more the subject than the rest: "A and
    B bought …"); none on a tie."""
    if len(bodies) <= 1:
        return next(iter(bodies.values()), None)
    ranked = sorted((doc.mention_counts[k], k) for k in bodies)
    return bodies[ranked[-1][1]] if ranked[-1][0] > ranked[-2][0] else None


_PAST_ROLE = re.compile(r"\b(?:former|ex|onetime|one-time|retired|erstwhile)\b", re.IGNORECASE)
# Bodies a lower-case noun before a title names: "union president X", "District director X"
_BODY_NOUNS = lx.GOV_HEADS | lx.ADVOCACY_HEADS | {"county", "company", "firm", "chamber", "forum"}


def city_service(sentence: Sentence, title: str, city):
    """The police or fire body of the city a "city's police chief" serves, if the text names
    one with the city's name; else the city."""
    office = office_body(sentence, title)
    place = city.name.lower().removeprefix("city of ")
    return office if office is not None and place in office.name.lower() else city


def body_titled(sentence: Sentence, before_title, title: str):
    """ "union president X", "District director X", "County Executive X": the body whose name
    has the lower-case noun before the title (the text's union, its district), with that
    noun; none for a former role or a member's seat."""
    if before_title is None or not before_title.group(1).split():
        return None, ""
    if _PAST_ROLE.search(f"{before_title.group(0)} {title}"):
        return None, ""  # "former union president X"
    words = before_title.group(1).lower().split()
    # the noun and the words naming it ("teachers union"), not a verb before them ("said")
    while len(words) > 1 and words[0] in _NOT_NAMING:
        words = words[1:]
    noun = words[-1]
    own = title.split()[-1].lower() in _OWN_OFFICES and noun not in ("city", "town", "village")
    if noun not in _BODY_NOUNS or own:  # (a city's attorney or clerk is its staff)
        # "Council member X" sits on the council, in no one's employ; a "County Attorney" or
        # "District attorney" holds an office of its own, not the county's or a district's
        return None, ""
    return _body_headed(sentence.doc, words, ORGS), noun


_NOT_NAMING = {
    *("said", "says", "told", "added", "wrote", "explained", "noted", "argued", "according"),
    *("to", "the", "a", "an", "its", "their", "his", "her", "our", "and", "but", "as", "by"),
}
# Titles that are public offices of their own after a body's noun ("County Commissioner").
_OWN_OFFICES = {
    *("member", "attorney", "commissioner", "clerk", "assessor", "treasurer", "auditor"),
    *("judge", "supervisor", "prosecutor", "coroner", "recorder"),
}


def _body_headed(doc, words: list[str], kinds):
    """The body whose name ends in the noun before the title and holds every word before it
    ("union president X": a "… Teachers Union"; "County Executive X": "Marrow County", not
    "Marrow County Sheriff's Office"), or "<noun> of …" (`_most_named` of several)."""
    noun = words[-1]
    bodies = {}
    for entity in doc.entities.values():
        name = entity.name.lower().replace("’", "'")
        named = name.split()
        if entity.type not in kinds or entity.place or not named:
            continue
        # (or "Idaho Department of Benefit Programs" for a "Department spokesperson")
        headed = named[-1] in (noun, noun + "s") or f" {noun} of " in f" {name}"
        if headed and all(word in named for word in words[:-1]):
            bodies[entity.key] = entity
    return _most_named(doc, bodies)


# ("X District Council", "X Borough Council": the local government a mayor heads in New
# Zealand, Britain or Australia)
_CITY_GOVERNMENT = re.compile(
    r"(?:city|town|village|borough|municipality|barangay) of |.+ (?:district|borough|shire) "
    r"council$|barangay |.+ (?:metro|metropolitan municipality|local municipality)$"
)


def _mayors_city(doc):
    """The city a "Mayor X" heads when the sentence names no body: of the cities the text has
    named, a city's government ("City of X") before a place's bare name, then the one named
    most, counting the bodies named for it ("the Richmond Police Department"); none on a tie.
    A firm's home town ("based in Atlanta", "a Costa Mesa company") is not the city the text
    is about. Countries and regions have no mayor."""
    ranked = []
    for entity in doc.entities.values():
        name = entity.label or entity.name  # ("Prefeitura de X", "Stadt X" too)
        government = bool(_CITY_GOVERNMENT.match(name.lower()) or CITY_GOVERNMENT.match(name))
        if not government and not (entity.place and place_kind(entity.name) in (None, "city")):
            continue
        count = doc.mention_counts[entity.key]
        if not count or (not government and _home_town(doc.text, entity.name)):
            continue
        if not government and _part_of_town(doc.text, entity.name):
            continue  # "the Eastgate and Millrace neighborhoods": a part of the town
        count += sum(
            doc.mention_counts[other.key]
            for other in doc.entities.values()
            if not other.place and other.name.startswith(entity.name + " ")
        )
        ranked.append(((government, count), entity))
    ranked.sort(key=lambda pair: pair[0], reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return ranked[0][1]


def _part_of_town(text: str, name: str) -> bool:
    """Whether the text names the place as a part of a town ("the Eastgate neighborhood",
    "the Eastgate and Millrace neighborhoods"), no city with a mayor."""
    kinds = r"neighbou?rhoods?"  # (a city's own ward or district is its own)
    name = re.escape(name)
    return re.search(rf"\b{name}(?: and [A-Z][\w-]*)? {kinds}\b", text) is not None


def _home_town(text: str, city: str) -> bool:
    """Whether the text names the city only as a firm's home: "based in X", "an X company"."""
    name = re.escape(city)
    homes = len(
        re.findall(
            rf"\b(?:based|headquartered) in {name}\b|\b{name}-based\b|"
            rf"\b(?:an?|the) {name} (?:company|firm|startup|vendor|maker|manufacturer|"
            rf"contractor|developer)\b|, of {name},"
            rf"|['’]s {name} (?:sales|regional|branch) office\b",
            text,
        )
    )
    return homes > 0 and homes >= len(re.findall(rf"\b{name}\b(?!-based)", text)) - homes


def governed_place(sentence: Sentence, facts: list) -> list:
    """A mayor of a place the text also names as its government ("mayor of Osterly Falls"
    beside "City of Osterly Falls") heads the government (not "the police chief of Osterly
    Falls", nor "X of Osterly Falls", who lives there)."""
    doc, out = sentence.doc, []
    mayor = re.search(r"\bmayor\b", sentence.masked) is not None
    for fact in facts:
        place = doc.entities[fact.object]
        if mayor and fact.relation == "leads" and (place.place or place.type == "Organization"):
            names = {f"{kind} of {place.name}".lower() for kind in ("city", "town", "village")}
            body = next((e for e in doc.entities.values() if e.name.lower() in names
                         or governs(e.name, place.name)), None)  # fmt: skip
            if body is not None and not body.place:
                fact = type(fact)(fact.subject, fact.relation, body.key, fact.confidence, fact.rule)
        if fact not in out:
            out.append(fact)
    return out


_POLICE_AFTER = re.compile(r"\s+(?:police|officers|detectives)\b")


def policed_place(sentence: Sentence, facts: list) -> list:
    """ "Granton police ran Wayline searches": a place with "police" after it, in lower case,
    is the place's police force the text names ("Granton Police Department")."""
    doc, forces = sentence.doc, {}
    for mention in sentence.mentions:
        place = doc.entities[mention.key]  # (an invented town may be typed a body of its own)
        if place.type == "Person" or not _POLICE_AFTER.match(doc.text, mention.end):
            continue
        # (the force itself, not "the Wistow Police Foundation" nor its officers' association)
        names = {f"{place.name.lower()} {kind}" for kind in _FORCES}
        bodies = [e.key for e in doc.entities.values() if not e.place and e.name.lower() in names]
        if len(bodies) == 1:
            forces[place.key] = bodies[0]
    if not forces:
        return facts
    # (what the sentence says of the town's people stays the town's: "Wistow Mayor X")
    kept = ("leads", "worksFor")
    return [
        f
        if f.relation in kept
        else type(f)(
            forces.get(f.subject, f.subject),
            f.relation,
            forces.get(f.object, f.object),
            f.confidence,
            f.rule,
        )
        for f in facts
    ]


_FORCES = ("police department", "police", "police service", "city police", "police force")


def chief_officer(sentence: Sentence, person, words: list[str], unowned: bool) -> list[Found]:
    """ "Chief Digital and AI Officer X" heads the CDAO the text names; a "Chief Financial
    Officer X" of no body so named (nor owned: "the county's chief information officer, X")
    works for the firm or body the text is about."""
    office = _office(sentence, words[: words.index("officer") + 1])
    if office is not None:
        return [Found(person.key, "leads", office.key, 0.7, "office title")]
    # (no body named in the sentence itself: "said X, who joined Y", "… at Y" tell their own)
    here = any(
        organisation(e) or e.employer for e in map(sentence.entity, range(len(sentence.mentions)))
    )
    topic = topic_body(sentence) if unowned and person.type == "Person" and not here else None
    return [Found(person.key, "worksFor", topic, 0.55, "topic's officer")] if topic else []


def _office(sentence: Sentence, title: list[str]):
    """The office a "Chief … Officer" heads: the organisation whose acronym the title spells."""
    written = [w.upper() if w == "ai" else w.capitalize() for w in title if w[0].isalpha()]
    for entity in sentence.doc.entities.values():
        acronyms = [n for n in sorted(entity.names) if n.isupper() and 3 <= len(n) <= 8]
        if entity.type in ORGS and any(initials_match(a, written) for a in acronyms):
            return entity
    return None


def topic_body(
    sentence: Sentence, least: int = 2, kinds: tuple = ("Company", "GovernmentAgency")
) -> str | None:
    """The firm or public body the text is about so far: the one named most before the
    sentence, at least `least` times and twice as often as any other (else none: no body is
    guessed)."""
    doc = sentence.doc
    # every organisation counts as a rival (a firm typed only as an organisation too), but
    # only a firm or a public body is the one
    seen = Counter(
        key for key in doc.keys_before(sentence.start) if organisation(doc.entities[key])
    )
    ranked = seen.most_common(2)
    if not ranked or ranked[0][1] < least or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    chosen = doc.entities[ranked[0][0]]
    return chosen.key if chosen.type in kinds else None
