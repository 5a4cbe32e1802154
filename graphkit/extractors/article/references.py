"""Mentions by description or pronoun ("the company", "its software"), each as what it means."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import headnouns as hn
from .defined import DEFINED_HEADS, defined_body
from .employees import main_group
from .entity import GROUP_TYPES, ORG_TYPES, THING_TYPES, Mention
from .grouprefs import described_group
from .headnouns import PLAIN_MODS, RECENT, fits_kind, named_by_head, organisation
from .pronouns import firm_kinds, lone_person

if TYPE_CHECKING:
    from .mentions import DocumentEntities

# Plural nouns and the entity types of the lists they refer to.
_PLURALS = {
    **dict.fromkeys(
        ["groups", "organizations", "organisations", "coalitions", "nonprofits"], GROUP_TYPES
    ),
    **dict.fromkeys(
        ["senators", "lawmakers", "legislators", "board members", "researchers"], {"Person"}
    ),
    **dict.fromkeys(["companies", "firms", "vendors"], {"Company"}),
    "agencies": {"GovernmentAgency"},
}
# Between two members of a list: a comma or "and", maybe a note in brackets ("(D-OR)").
_LIST_GAP = re.compile(
    r"(?:['’]s)?(?:\s*\([^()]{0,40}\))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
    r"(?:the\s+)?(?:(?:Senator|Sen\.|Rep\.|Representative)\s+)?$"
)
# Heads of bodies' names: "the institute" is the last "… Institute …" (a noun before narrows;
# "the service": a police service's; not "the partnership", "initiative", "watch commander")
_HEADS = (
    "institute|lab|laboratory|office|ministry|university|council|center|centre|clinic|school|"
    "foundation|commission|division|directorate|department|bureau|agency|union|coalition|alliance|"
    "project|authority|court|unit|network|district|trust|guard|branch|committee|commissionerate|"
    "board|fund|forum|society|college|academy|force|panel|tribunal|utility|federation|consortium|"
    "registry|inspectorate|collective|association|guild|hospital|club|charity|zone|league|"
    "collaborative|workshop|caucus|cooperative|municipality|metro|shire|service|museum|gallery|"
    "library|archives|partnership|corporation"
)
# Roles whose holder "its" or "their" introduces: "its founder", "their staff attorney, X".
_ROLES = (
    "founder|co-founder|cofounder|director|executive director|spokesperson|spokesman|spokeswoman|"
    "chief executive|ceo|president|head|chairperson|chair|chairman|chairwoman|general counsel|"
    "senior counsel|counsel|lawyer|attorney|chief(?: [a-z-]+){1,2} officer|coordinator|analyst|"
    "organi[sz]er|researcher|lead|editor|reporter|secretary|treasurer|manager|managing director|"
    "governor|general manager|director[- ]general|secretary[- ]general|superintendent"
)
_ROLE_KIND = r"(?:(?:staff|senior|policy|research|legal|program|programme|campaign|operations|"
_ROLE_KIND += r"communications|technical|technology|finance|engineering|general) )?"
# What "its" names of a group's doing ("its lawsuit") or a firm's ties ("its parent company")
_ACTIONS = "(?:lawsuit|suit|complaint|grievance|petition|legal challenge|work|parent company|owner"
_ACTIONS += "|(?:(?:biggest|largest|main|first|only|anchor|key|major) )?(?:customer|client)s?"
_ACTIONS += "|(?:(?:lead|main|largest|biggest) )?(?:investor|backer)s?|subsidiary)(?!['’])"
# "It is developed by X": a passive of making, whose "it" may be a product ("It is headed by")
_MADE = r"(?:developed|made|built|designed|written|created|sold|marketed|owned|run|operated"
_MADE += r"|acquired|headed|led|chaired)(?: for (?:us|them|the [a-z]+))?"  # ("built for us by")
# What "the county" names before a noun: another body or a place ("the county jail")
_COUNTY_NOUNS = (
    r"(?:jail|board|commission\w*|council|sheriff|attorney|clerk|executive|lines?|seat|fair|"
    r"roads?|courts?|prosecutor|auditor|administrator|manager|assessor|treasurer|health|police|"
    r"hospital|schools?|library|budget|level|officials?|residents|voters|department|office|"
    r"staff|employees|workers|judge|border|wide|website)"
)
_TITLED_ROLES = "Executive Director|Director|President|Chair|Chief Executive"  # "Its Director"
_ITS_NOUN = _ROLE_KIND + "(?:" + _ROLES + "|" + _TITLED_ROLES + "|" + _ACTIONS + r")\b"
_REFERENCE = re.compile(
    r"(?P<head>\b[Tt]he (?:(?P<mod>[a-z]+)(?P<mods>['’]s)? )?(?P<noun>"
    + _HEADS
    # not "the office of the mayor" (but "accusing the authority of …"), "the council's service"
    + r")\b(?! of\b(?! [a-z]+ing\b))(?! (?:service|services|system|staff|card)\b)(?:['’]s)?)"
    # a document's defined term: "the District", "the Department" (see `defined_term`)
    r"|(?P<defined>(?<=\b[Tt]he )" + DEFINED_HEADS + r"\b(?:['’]s)?)"
    r"|(?P<its>\b(?:[Ii]ts|[Tt]heir)(?= (?:(?:new|former|current|longtime|then|own|wholly owned) )?"
    + _ITS_NOUN
    + r"))"
    # "the firm Okonkwo & Baird" names the firm that follows: no reference back
    r"|(?P<company>\b[Tt]he (?:[Cc]ompany|firm|startup|vendor|contractor|tech giant)\b(?:['’]s)?"
    r"(?! [A-Z]))"
    r"|(?P<agency>\b[Tt]he (?:agency|department|bureau)\b(?:['’]s)?(?! [A-Z]))"
    r"|(?P<group>\b[Tt]he (?:group|coalition|organi[sz]ation|nonprofit|watchdog)\b(?:['’]s)?"
    r"(?! [A-Z]))"
    r"|(?P<outlet>\b[Tt]he (?:newspaper|outlet|publication)\b(?:['’]s)?(?! [A-Z]))"
    r"|(?P<owned>\b(?:[Ii]ts|[Tt]heir) (?:police|fire|"
    r"sheriff['’]s) (?:department|office|service|bureau)\b)"
    # "asked council to scrap the plan": a council without its article, as New Zealand writes
    r"|(?P<council>(?:(?<=\bto )|(?<=\bby )|(?<=\basked )|(?<=\burged )|(?<=\btold ))"
    r"council\b(?![’'-]| \w+s\b))"
    # "the city of Orenfield" names its city; it refers back to none
    r"|(?P<city>\b[Tt]he city(?:['’]s)?(?! of [A-Z]))"
    # "the county's Office of Grants Management", "sued the county" (not "the county of X",
    # "the county jail", "in the county": a place, or another body)
    r"|(?P<county>\b[Tt]he county(?:['’]s(?= [A-Z])|(?!['’-]| of\b| " + _COUNTY_NOUNS + r"\b)"
    r"(?<!\bin the county)(?<!\bacross the county)(?<!\bthroughout the county)))"
    r"|(?P<person>^(?:She|He)\b|(?:(?<=\bbefore )|(?<=\bafter )|(?<=\bwhen )|(?<=\band )"
    r"|(?<=\bbut )|(?<=\bbecause ))(?:she|he)\b)"
    # "It sells …" opening a sentence (or after "At all times,") is the body last named.
    r"|(?P<it>(?:^It|(?<=[a-z0-9,] )it)\b(?!['’]s| (?:seems|appears|remains|(?:has|had|will|"
    r"would|could|may|might) be)\b| (?:is|was)\b(?! (?:also |later |now )?" + _MADE + r" by\b"
    r"| (?:now )?an? (?:(?!former )[\w-]+ ){0,2}?(?:unit|division|subsidiary) of\b)))"
    r"|(?P<thing>(?:\b[Tt]he |\b[Ii]ts |(?P<owner>[A-Z][\w]+(?:['’]s) ))"
    r"(?:(?!(?:to|of|for|and|or|with|by|in|on)\b)[\w-]+ ){0,3}?"  # not "its plan to raise app"
    r"(?:software|technology|tech|tool|app|system|platform|portal|database|kit|dashboard)\b)"
    r"|(?P<staff>\b(?:employees|employee(?= efforts| group| letter| petition)|signees|staffers)\b)"
    # "They" opening a sentence, or "the members": the group the last sentence was about.
    r"|(?P<they>^They\b|\b[Tt]he (?:members|activists|protesters|organi[sz]ers|signatories)\b)"
    # "the data" once a text has said whose data it is: "bought location data from X"
    r"|(?P<data>\b[Tt]he (?:[a-z-]+ )?data\b(?! brokers?\b))"
    # A plural description stands for the last list of its kind: "the groups", "the senators".
    r"|(?P<plural>\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth|[Aa]ll)(?: \w+){0,2}? (?:"
    + "|".join(sorted(_PLURALS))
    + r")\b(?!['’]))"
)


# A phrase of time or circumstance opening a sentence before its subject "it"
_OPENING = re.compile(
    r"(?:At|In|For|Since|By|Over|During|Throughout|Until|As of|From|Today|Now|Currently|"
    r"Last|This|Since then)\b[^,.;:@]{0,40}?,? $"
)
_DEFINED = re.compile(r"[\"“]Company[\"”]")
_NOTE = re.compile(r"\s*\([^()]{0,40}\)")


def references(doc: DocumentEntities, named: list[Mention], span) -> tuple[list[Mention], set]:
    """Mentions by description or pronoun, resolved to the last fitting entity, and the spans
    of named mentions a description replaces: in "Amazon's facial tech", the product's."""
    text = doc.text
    out = []
    replaced: set[tuple[int, int]] = set()
    taken = [(m.start, m.end) for m in named]

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    def recent(types, before: int, owner: str | None = None) -> str | None:
        earlier = [m.key for m in named if m.end <= before]
        for key in reversed(doc.recent_keys(RECENT) + earlier):
            entity = doc.entities.get(key)
            if entity and entity.employer and "Company" in types and not owner:
                entity = doc.entities.get(entity.employer)  # "Amazon employees … the company"
            if fits_kind(entity, types) and (owner is None or entity.developer == owner):
                return entity.key
        return None

    sentence = text[span[0] : span[1]]
    for match in _REFERENCE.finditer(sentence):
        start, end = span[0] + match.start(), span[0] + match.end()
        owner_mention = None
        if match.group("owner"):
            owner_mention = next((m for m in named if m.start == start and m.possessive), None)
            if owner_mention:
                taken.remove((owner_mention.start, owner_mention.end))
        if not free(start, end):
            if owner_mention:
                taken.append((owner_mention.start, owner_mention.end))
            continue
        word = match.group(0).lower()
        key = None
        if match.group("defined"):
            key = defined_body(doc, match.group("defined").rstrip("'’s").lower())
        elif match.group("head"):
            mod = match.group("mod")
            key = named_by_head(doc, named, start, mod, match.group("noun"))
            kinds = _KIND_OF_HEAD.get(match.group("noun")) if mod in PLAIN_MODS else None
            key = key or (recent(kinds, start) if kinds else None)
        elif match.group("council"):
            key = named_by_head(doc, named, start, None, "council")
        elif match.group("its"):
            before = [m for m in named + out if m.end <= start and not m.possessive]
            orgs = [m for m in before if organisation(doc.entities.get(m.key))]
            orgs.sort(key=lambda m: m.start)
            key = orgs[-1].key if orgs else None
            if orgs and _NEW_CLAUSE.search(text, orgs[-1].end, start):
                # "The union has called on the department to stop, and its president …": a
                # new clause's "its" is its sentence's subject, not the last object
                first = orgs[0]
                if not re.search(r"[,;]|\b[a-z]+(?:ed|s)\b", text[span[0] : first.start]):
                    key = first.key
            previous = doc.entities.get(doc.previous_subject or "")
            key = key or (previous.key if organisation(previous) else None)
            if key:
                out.append(Mention(start, end, key, True, generic=True))
                taken.append((start, end))
            continue
        elif match.group("company"):
            if "Company" in match.group(0) and not _DEFINED.search(text):
                continue  # "the Company" means the firm only where a filing defines it so
            firms = {"Company", "Organization"}
            aside = _in_asides(doc, named, span, start)
            if any(doc.entities[m.key].type in firms for m in aside):
                # "Lee, who left X in 2021, said the company …": X is her past; the company is
                # one this sentence names outside that aside, or the last one's subject, or none
                own = [m for m in named if m.end <= start and m not in aside and not m.generic]
                key = next((m.key for m in reversed(own) if doc.entities[m.key].type in firms),
                           None)  # fmt: skip
                key = key or _subject_of_last(doc, own, start, firms)
            else:
                key = _subject_of_last(doc, named, start, firms)
                if key is None:
                    key = recent(firms, start)
                    if key and not any(m.key == key for m in named if m.end <= start):
                        # neither this sentence nor the last is about a firm: the one the
                        # text is about, of those named lately, not one listed in passing
                        key = salient(doc, firms, key)
        elif match.group("agency"):
            key = recent(hn.AGENCIES, start)
        elif match.group("group"):
            key = recent({"AdvocacyGroup", "EmployeeGroup", "Organization"}, start)
            bare = doc.entities.get(key) if key else None
            if bare and bare.type == "Organization" and " " not in bare.name:
                # (a one-word name of no known kind, "Court" opening a quotation, is seldom it)
                key = recent({"AdvocacyGroup", "EmployeeGroup"}, start) or key
            key = described_group(doc, key, named, start) if key else None
        elif match.group("outlet"):
            key = recent({"MediaOrganization"}, start)
        elif match.group("city"):
            key = hn.home_city(doc, _last_place(doc, named, start))
        elif match.group("county"):
            counties = reversed(doc.recent_keys(RECENT) + [m.key for m in named if m.end <= start])
            named_counties = {k for k in counties if _COUNTY.fullmatch(doc.entities[k].name)}
            key = next(iter(named_counties)) if len(named_counties) == 1 else None  # not of two
        elif match.group("owned"):
            key = hn.owned_office(doc, named, start, match.group("owned"))
        elif match.group("person"):  # (mid-sentence, the one person the sentence named)
            key = lone_person(doc, named, start) if match.start() else recent({"Person"}, start)
        elif match.group("it") and (
            not match.start() or _OPENING.match(sentence, 0, match.start())
        ):
            # "It" opening a sentence goes on about the last sentence's subject (not one its own
            # clause names, the pronoun's: "It licenses P from X" is not X)
            kinds = ORG_TYPES - {"EmployeeGroup", "MediaOrganization"}
            if re.match(r"It (?:is|was) (?:also )?" + _MADE + r" by\b", sentence[match.start() :]):
                kinds = kinds | THING_TYPES
            kinds = firm_kinds(sentence, match.end(), kinds)
            previous = doc.entities.get(doc.previous_subject or "")
            fits = previous is not None and previous.type in kinds and not previous.place
            key = previous.key if fits else recent(kinds, start)
            clause = re.search(r"[,;]| (?:which|who|and|but) |$", sentence[match.end() :])
            key = None if key in {m.key for m in named if m.start < end + clause.start()} else key
        elif match.group("thing"):
            owner = owner_mention.key if owner_mention else None
            key = recent(THING_TYPES, start, owner) if owner else recent({"Product"}, start)
            # "OMIS-90, the offender records system X built": the name it is in apposition to
            apposed = [m.key for m in named if text[m.end : start] == ", " and not owner]
            key = apposed[0] if apposed and key else key
            if owner_mention and key is None:
                taken.append((owner_mention.start, owner_mention.end))
                continue
            if owner_mention:
                replaced.add((owner_mention.start, owner_mention.end))
        elif match.group("they"):
            subject = doc.entities.get(doc.previous_subject or "")
            if subject and subject.type in ("AdvocacyGroup", "EmployeeGroup"):
                key = subject.key
                # "A, B and C condemned X. They …": all of them
                listed = next((ks for ks in reversed(doc.lists) if key in ks), ())
                if listed and listed == doc.lists[-1]:
                    others = tuple(k for k in listed if k != key)
                    out.append(Mention(start, end, key, generic=True, members=others))
                    taken.append((start, end))
                    continue
        elif match.group("plural"):
            kinds = next(t for w, t in _PLURALS.items() if match.group(0).endswith(w))
            found = _last_list(doc, named, start, kinds)
            if found:
                out.append(Mention(start, end, found[0], generic=True, members=found[1:]))
                taken.append((start, end))
            continue
        elif match.group("data"):
            key = doc.data_source
        elif match.group("staff"):
            group = main_group(doc)
            key = group.key if group else None
        if key:
            out.append(Mention(start, end, key, word.endswith(("'s", "’s")), generic=True))
            taken.append((start, end))
    return out, replaced


# Where a new clause begins: ", and its president …", "; its director …".
_NEW_CLAUSE = re.compile(r", (?:and|but|while) (?:[\w-]+ )?$|; (?:[\w-]+ )?$")
# "the agency" with no "… Agency" named: the last body of its kind.
_KIND_OF_HEAD = {
    "department": hn.DEPARTMENTS,
    "agency": hn.AGENCIES,
    "bureau": hn.DEPARTMENTS,
    "coalition": {"AdvocacyGroup", "EmployeeGroup", "Organization"},
}


def topic_weight(doc, key: str) -> int:
    """How much the text so far is about a name: named most, a sentence's subject thrice."""
    return doc.mention_counts[key] + 2 * doc.subject_counts[key]


def salient(doc, types, last: str, keys: list[str] | None = None) -> str:
    """Of the recent names of these kinds (`keys`, else the last read), the one the text is
    most about (`topic_weight`; the last named on a tie)."""
    best, most = last, topic_weight(doc, last)
    for key in reversed(doc.recent_keys(RECENT) if keys is None else keys[-RECENT:]):
        entity = doc.entities.get(key)
        if entity and entity.type in types and not entity.place and topic_weight(doc, key) > most:
            best, most = key, topic_weight(doc, key)
    return best


# An aside after a name, to its comma: "Lee, who left X in 2021, said", "Lee, a former X engineer,"
_ASIDE = re.compile(r",\s+(?:who|whom|whose|which|a former|an ex-|formerly)\b[^,;]*,")


def _in_asides(doc, named: list[Mention], span, before: int) -> list[Mention]:
    """The named mentions inside the asides of the sentence that end before `before`."""
    asides = [m.span() for m in _ASIDE.finditer(doc.text, span[0], before)]
    return [m for m in named if any(a <= m.start < b for a, b in asides)]


def _last_place(doc: DocumentEntities, named: list[Mention], before: int) -> str | None:
    """The city "the city" means: a city's government ("City of X") named lately, else the one
    the text names anywhere whose city opens the text, before a place only named ("servers in
    Kamloops"); of the cities named lately, the one named most (the latest on a tie), so a
    vendor's home town named once ("a firm based in Spokane") does not take its place."""
    keys = [m.key for m in named if m.end <= before]
    best, most = None, 0
    governments = [k for k in keys + doc.recent_keys(RECENT) if hn.city_government(doc, k)]
    if not governments:
        everywhere = [k for k in doc.entities if hn.city_government(doc, k, opening=True)]
        governments = everywhere if len(everywhere) == 1 else []
    for key in governments or reversed(doc.recent_keys(RECENT) + keys):
        entity = doc.entities.get(key)
        # (a city named "X City", as in the Philippines: "Valderosa City")
        named_city = entity and entity.type == "GovernmentAgency" and entity.name.endswith(" City")
        if entity and (entity.city or hn.CITY_GOVERNMENT.match(entity.name) or named_city):
            count = topic_weight(doc, key)
            if best is None or count > most:
                best, most = key, count
    return best


# A county's own name, not a body of it: "Tamsworth County", "County of Marin"
_COUNTY = re.compile(r"(?:[A-Z][\w'.-]* ){1,3}County|County of [A-Z][\w .'-]+")


def _subject_of_last(doc: DocumentEntities, named: list[Mention], before: int, types) -> str | None:
    """The entity the last sentence was about, if it fits and this sentence has named none that
    fits before the reference: a description goes on about the topic, not the last name read."""
    if any(doc.entities[m.key].type in types for m in named if m.end <= before):
        return None
    subject = doc.entities.get(doc.previous_subject or "")
    return subject.key if subject and subject.type in types and not subject.place else None


def named_lists(text: str, named: list[Mention], entities: dict) -> list[tuple[str, ...]]:
    """Runs of names of one kind joined as a list ("A, B (D-OR) and C"), each as its keys."""
    out: list[tuple[str, ...]] = []
    run: list[Mention] = []
    for mention in named:
        if mention.generic or entities[mention.key].place:
            continue
        previous = run[-1] if run else None
        if (
            previous
            and _kind(entities[previous.key].type) == _kind(entities[mention.key].type)
            and _LIST_GAP.fullmatch(text, previous.end, mention.start)
        ):
            run.append(mention)
            continue
        note = _NOTE.match(text, previous.end) if previous else None
        if note and previous.start < mention.start < note.end():
            continue  # a name inside a member's bracketed note
        if len(run) > 1:
            out.append(tuple(dict.fromkeys(m.key for m in run)))
        run = [mention]
    if len(run) > 1:
        out.append(tuple(dict.fromkeys(m.key for m in run)))
    return [keys for keys in out if len(keys) > 1]


def _kind(type_: str) -> str:
    return "group" if type_ in GROUP_TYPES else type_


def _last_list(doc, named: list[Mention], before: int, kinds) -> tuple[str, ...] | None:
    """The list a plural description refers to: in this sentence before it, else the last."""
    here = named_lists(doc.text, [m for m in named if m.end <= before], doc.entities)
    for keys in reversed(doc.lists + here):
        if all(doc.entities[k].type in kinds for k in keys if k in doc.entities):
            return keys
    return None
