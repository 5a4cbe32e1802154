"""People's roles from their titles ("CEO Jeff Bezos", "Laura Rivera, staff attorney at X"),
and employee groups' employers: who leads or works for which organisation."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon as lx
from .bare_titles import heads_kind, nearest_org
from .headnouns import city_government
from .offices import (
    CITY_STAFF,
    OFFICE_TITLES,
    body_titled,
    chief_officer,
    city_service,
    office_body,
    written_office,
)
from .rules import COMPANY, ORGS, Found
from .signing import signing_title
from .title_words import (
    AT_AFTER_FOR,
    HONORIFIC,
    HONORIFICS,
    LEADER,
    RUNS_BODY,
    SECONDS,
    WORKER,
    function_post,
    title_owner,
)

if TYPE_CHECKING:
    from .relations import Sentence

_PRONOUNS = frozenset({"I", "we", "We", "he", "He", "she", "She", "they", "They", "me", "us"})
_LEADER = re.compile(LEADER)
_WORKER = re.compile(WORKER)


def person_roles(sentence: Sentence) -> list[Found]:
    """ "CEO Jeff Bezos", "ICE officer Jonathan Ross", "Laura Rivera, staff attorney at X"."""
    out = []
    text = sentence.masked
    for index, mention in enumerate(sentence.mentions):
        person = sentence.entity(index)
        if person.type != "Person":
            continue
        marker = f"@{index}@"
        pos = text.find(marker)
        one_of = None
        phrase = ""  # the words around the title: "executive director of"
        if pos == -1:
            continue  # a member a plural stands for ("the senators"): its title is elsewhere
        before = text[max(0, pos - 45) : pos]
        # a firm may be another's partner ("X, Y's software partner"): a person only
        partner = _PARTNER_BEFORE.search(before) or _PARTNER_AFTER.match(text, pos + len(marker))
        firm = sentence.entity(int(partner.group("firm"))) if partner else None
        # (a partner "with" a group or an agency works beside it: "a partner with the
        # coalition on the lawsuit")
        kinds = COMPANY if partner and partner.groupdict().get("at") == "with" else ORGS
        portfolio = _PORTFOLIO_BEFORE.search(text, 0, pos)
        if portfolio and sentence.entity(int(portfolio.group("org"))).type in ORGS:
            org_key = sentence.entity(int(portfolio.group("org"))).key
            out.append(Found(person.key, "worksFor", org_key, 0.65, "role title"))
            continue
        if firm is not None and firm.type in kinds:
            # "Brindle Peak partner X", "X, a partner at Y": a partner of a firm works there
            out.append(Found(person.key, "worksFor", firm.key, 0.7, "role title"))
            continue
        # (an honorific is no title: "Council leader Cllr X" is the council's leader)
        titles = " ".join(t for t in mention.titles if t.rstrip(".") not in HONORIFICS)
        before_title = re.search(
            r"((?:[\w-]+ ){0,3}?)(?:'s )?\b("
            + _LEADER.pattern
            + "|"
            + _WORKER.pattern
            # ("Capt. X": a rank's abbreviation; "City manager Ms X": an honorific after it)
            + r")\b\.?,? (?:"
            + HONORIFIC
            + " ){0,2}$",
            before,
        )
        if sentence.doc.text[mention.start : mention.end] in _PRONOUNS:
            before_title = None  # "my meeting with the Sheriff, I …": no title of the writer's
        title = titles or (before_title.group(2) if before_title else "")
        org = None
        after = _TITLE_AFTER.match(text[pos + len(marker) :])
        leads_after = after and _LEADER.fullmatch(after.group(1))
        if title and after and (title in _RANKS or (leads_after and not _LEADER.fullmatch(title))):
            # "Officer X, president of the Y Association": the office she heads; "Professor X,
            # Director of Y": an academic's rank says less than the post after the name
            title = ""
        if title:
            # the words between may not join another party: "the ACLU and Senator X"
            # (", Mr X"; "CPGK chairperson Dr. X")
            bare = re.sub(r"(?<= )(?:" + HONORIFIC + " ){1,2}$", "", before)
            owner = title_owner(bare, titles, title)
            if owner and sentence.entity(int(owner.group(1))).type != "Person":  # no one's own
                org = int(owner.group(1))
            else:
                after = re.match(
                    # (not another's post after a verb: "X said Minister for Y Z agreed")
                    r"(?:'s)?,? (?:the )?(?:(?!(?:said|says|told|and|but)\b)[\w-]+ ){0,2}?"
                    r"(?:of|at|for) (?:the )?@(\d+)@"
                    # "Capt. X, who oversees records for the Y": the body the rank serves
                    # (not "who works the night shift in Oakland": a place, not an employer)
                    r"|, who (?:oversees|manages|supervises|runs|works)\b(?: [\w-]+){0,3}? "
                    r"(?:of|at|for) (?:the )?@(\d+)@",
                    text[pos + len(marker) :],
                )
                org = int(after.group(1) or after.group(2)) if after else None
            # "CEO X", "chief executive X": a leader's title, in one word or several
            if org is None and (_LEADER.fullmatch(title) or _LEADER.fullmatch(title.split()[-1])):
                org = nearest_org(sentence, index, title)
        else:
            # "X, Acme's chief executive", "X, an Acme engineer", "X, a Whitlow computer scientist"
            owner_after = re.match(
                r",? (?:(?:a|an|the) )?@(\d+)@(?:'s)? (?:[\w-]+ ){0,3}?("
                + _LEADER.pattern
                + "|"
                + _WORKER.pattern
                + r")\b(?: director\b)?(?!['@])",  # "its executive director"
                text[pos + len(marker) :],
            )
            if after:
                title, org = after.group(1), int(after.group(2))
                phrase = after.group(0)
                # "program officer for Technology and Democracy at Y": Y employs
                at = AT_AFTER_FOR.match(text, pos + len(marker) + after.end())
                org = int(at.group(1)) if at and re.search(r" for (?:the )?@\d+@$", phrase) else org
                # "a leader in X" is one of its leaders, not the one who heads it
                one_of = re.match(r"(?:'s)?,? (?:(?:is|was) )?an? ", text[pos + len(marker) :])
            elif owner_after:
                title, org = owner_after.group(2), int(owner_after.group(1))
                phrase = owner_after.group(0)  # "X, the trust's executive director"
        if org is not None and _placed(sentence.entity(org)):  # "master at Porthvellan for the X"
            served = _SERVED.match(text, text.find(f"@{org}@", pos) + len(f"@{org}@"))
            org = int(served.group(1)) if served else org
        sits = re.match(
            r",? (?:who )?(?:also )?(?:sits|sat|serves|served) on (?:the )?"
            r"(?:board of (?:the )?)?@(\d+)@",
            text[pos + len(marker) :],
        )
        seat = sentence.entity(int(sits.group(1))) if sits else None
        if seat is not None and seat.type in ORGS:
            out.append(Found(person.key, "worksFor", seat.key, 0.7, "sits on"))
        of = re.match(
            r" (?:of|from) (?:the )?(?:(?:newspaper|magazine|outlet|group|coalition) )?"
            r"@(\d+)@(?!'s)",
            text[pos + len(marker) :],
        )
        if of and org is None and not title and _speaks_for(sentence, int(of.group(1))):
            # "Jane Roe of the Privacy League said": she speaks for the League
            out.append(Found(person.key, "worksFor", sentence.entity(int(of.group(1))).key,
                             0.6, "person of"))  # fmt: skip
        words = title.split()
        if title == "officer" and before_title and "chief" in before_title.group(1).split():
            words = before_title.group(1).split()  # "chief technology officer X", lower case
            words = [*words[words.index("chief") :], "officer"]
        if org is None and words[:1] == ["chief"] and "officer" in words:
            owned = re.search(r"(?:'s|’s|@\d+@|\b(?:its|their|our|his|her|deputy)) [\w ,]*$",
                              before)  # fmt: skip
            out.extend(chief_officer(sentence, person, words, owned is None))
            continue
        title = (written_office(before) or title) if org is None and title else title
        body, noun = body_titled(sentence, before_title, title) if org is None else (None, "")
        if body is not None and body.key != person.key:
            last = title.split()[-1]
            heads = _LEADER.fullmatch(title) or last == "director" or (last, noun) == _COUNTY_HEAD
            heads = heads and not SECONDS & set(title.split())
            out.append(Found(person.key, "leads" if heads else "worksFor", body.key, 0.6,
                             "body title"))  # fmt: skip
            continue
        if org is None and title:
            # "Assistant Chief Constable X", "Deputy Sheriff X": staff of the body the rest of
            # the title heads
            second = bool(SECONDS & set(title.split())) or title.endswith("undersheriff")
            second = second or title in CITY_STAFF
            headed = " ".join(w for w in title.split() if w not in SECONDS)
            past = before_title and _FORMER.search(before_title.group(1))  # "former sheriff X"
            body = None if past else office_body(sentence, headed)
            if body is not None:
                relation = "worksFor" if second else "leads"
                out.append(Found(person.key, relation, body.key, 0.6, "office title"))
            continue
        if org is None or not title:
            continue
        target = sentence.entity(org)
        if target.employer:
            target = sentence.doc.entities[target.employer]
        if _FORMER.search(text, 0, text.find(f"@{org}@")):
            continue
        if title.split()[-1:] == ["sheriff"] and not heads_kind(title, target):
            # "Tusk County Sheriff X" heads the county's sheriff's office, where the text names it
            office = _sheriffs_office(sentence, target)
            if office is None:
                continue
            target = office
        if OFFICE_TITLES.get(title) and city_government(sentence.doc, target.key):
            target = city_service(sentence, title, target)  # "the city's police chief": its PD
        titled = " " not in target.name and signing_title(target.name.lower())  # "Registrar"
        if target.type not in ORGS or titled:
            continue
        if target.place and function_post(title, before, text[pos + len(marker) :]):
            continue  # "X, Head of Partnerships, Australia": where the post is, not a body
        if target.place and _AREA_POST.search(text):
            continue  # "X, Country Director, Iraq": the country the post covers, no employer
        leader = bool(_LEADER.fullmatch(title) or _LEADER.fullmatch(title.split()[-1])) or any(
            t in ("ceo", "founder", "chairman", "chairwoman", "president", "head")
            for t in title.split()
        )
        # "ICE Director Matthew Albence" heads ICE; "director in California for ACLU" works there
        director = "director" in title.split() and "general" not in title.split()
        general = re.search(r"\bdirector[- ]general\b", phrase) is not None  # (who leads)
        if not general and (director or "director" in phrase.split()):
            # "executive director of X" runs X, like "X Director Y"; a director of a
            # programme or a region within it does not
            executive = RUNS_BODY.search(phrase or before) is not None or bool(
                before_title and before_title.group(1).split()[-1:] in (["executive"], ["national"])
            )
            rest = text[pos + len(marker) + len(phrase) :] if phrase else ""
            bare = _bare_director(phrase, rest) if phrase else _bare_before(before, before_title)
            second = {"deputy", "associate", "assistant"} & set(title.split() + phrase.split())
            leader = ("director" in mention.titles or executive or bare) and not second
        # "vice president", "deputy chief": second to the head, so staff; so is a "chief
        # privacy officer" or "chief technology officer" (only a chief executive heads)
        # (but a chief electoral officer heads an election body, a chief fire officer a service)
        officer = title.split()[:1] == ["chief"] and title not in _HEADING_CHIEFS
        left = max(0, pos - 45, text.rfind(";", 0, pos) + 1)  # (not a listed one's before it)
        officer = officer and _CHIEF_OFFICER.search(text, left, pos + len(marker) + 60)
        # "chief deputy clerk at Y": the words of the title up to its body say second
        role = re.split(r" (?:of|at|for|with|in) ", phrase)[0].split()
        # "finance chief X", "the firm's technology chief, X": a function's chief is staff
        officer = officer or function_post(title, before, text[pos + len(marker) :])
        # "X is chief reporter at Y", "Y's chief economist, X": the first of a trade, staff
        # (but the chief of the trade a body is named for heads it: "Chief Investigator,
        # Maritime Safety Investigation Branch")
        trade = _CHIEF_OF_TRADE.search(text, left, pos + len(marker) + 40)
        named_for = bool(trade) and trade.group(1)[:7] in target.name.lower()  # ("investi…")
        officer = officer or (bool(trade) and not named_for)
        leader = leader or named_for
        # "the water minister at the Department for Y": a narrower portfolio's, junior there;
        # a general manager for a region
        officer = officer or _JUNIOR_MINISTER.search(text, left, pos + len(marker) + 60)
        # ("the PD's deputy chief of police, X": the words before the title say second too)
        seconds = set(
            title.split() + role + (before_title.group(1).split() if before_title else [])
        )
        leader = leader and not one_of and not SECONDS & seconds and not officer
        # "the city's inspector general" examines the city; only an inspector general's office
        # is headed by one
        if title.endswith("inspector general") and "inspector general" not in target.name.lower():
            leader = False
        out.append(
            Found(person.key, "leads" if leader else "worksFor", target.key, 0.75, "role title")
        )
    return out


_SERVED = re.compile(r" for (?:the )?@(\d+)@(?!'s)")
_CHIEF_OF_TRADE = re.compile(
    # (a beat before the trade: "chief athletics writer", "chief political correspondent")
    r"\bchief (?:[a-z]+ )?(reporter|correspondent|economist|engineer|scientist|photographer|"
    r"sub-editor|analyst|strategist|nurse|pharmacist|surveyor|architect|investigator|writer)\b",
    re.IGNORECASE,
)


_JUNIOR_MINISTER = re.compile(
    r"\b(?:the|its|their) (?!(?:prime|chief|cabinet|former|senior) )[a-z]+(?: [a-z]+)? "
    r"minister at (?:the )?@\d+@"
    r"|\bgeneral manager,? for\b",  # ("General Manager for Asia-Pacific": a region's)
    re.IGNORECASE,
)


def _placed(entity) -> bool:
    """A place, or a one-word name of no known kind (a harbour's town): no employer itself."""
    return entity.place or (entity.type == "Organization" and " " not in entity.name)


_AREA_POST = re.compile(
    r"\b(?:country|regional|area|field) (?:director|manager|representative|head|coordinator)\b",
    re.IGNORECASE,
)
_RANKS = frozenset(["professor", "prof", "prof.", "ambassador"])  # (a diplomat's rank too)

_FORMER = re.compile(  # "Former X Sheriff Y", "Y, formerly the auditor of X"
    r"\b(?:(?:former|retired|ex|onetime|one-time|then)[ -](?:the )?|(?:formerly|previously) "
    r"(?:an? |the )?(?:[\w-]+ ){0,4}?(?:of|at|with|for) (?:the )?)$", re.I)  # fmt: skip


def _sheriffs_office(sentence: Sentence, place):
    """The sheriff's office the text names for a county: "Tusk County" and the "Tusk County
    Sheriff's Office", else the one sheriff's office it names."""
    name = place.name.lower()
    offices = [e for e in sentence.doc.entities.values() if e.type in ORGS and e.name.lower()
               .startswith(name + " sheriff")]  # fmt: skip
    if len(offices) == 1:
        return offices[0]
    office = office_body(sentence, "sheriff")
    return office if office and office.name.lower().startswith(name) else None


_PARTNER = r"(?:managing |general |founding |senior |venture |equity |operating )?partner"
# "X's vice president for civilian programs, Y", "X's head of government business, Y": a
# portfolio's head is staff of the organisation that owns the title
_PORTFOLIO_BEFORE = re.compile(
    r"@(?P<org>\d+)@'s (?!(?:[a-z-]+ )?(?:former|onetime|one-time|previous|then|ex)\b)"
    + lx.TITLE_PORTFOLIO
)
_PARTNER_BEFORE = re.compile(r"@(?P<firm>\d+)@(?:'s)? " + _PARTNER + r",? $")
_PARTNER_AFTER = re.compile(
    # ("X, until March a deputy governor, is now a venture partner at Y": past an apposition)
    r"(?:,|(?:, [^@,;]{1,50},)? (?:is|was|has been|became))? (?:now )?(?:a |the )?"
    + _PARTNER
    + r" (?P<at>at|with) (?:the )?@(?P<firm>\d+)@"
)


# What joins a name to its title after it: a comma or a copula, not "X criticized the
# president of Y" (someone else)
_AFTER_NAME = (
    # (a speaker's address between: "Ruth Roe, 2210 Linden Road, an organizer with X")
    r"(?:, \d[\d-]* [a-z][\w'. -]{2,40}?(?= ?,))?"
    r"(?:'s)?(?: ?,(?: is| was)?|(?: currently| now)?(?: is| was| became| remains| has been|"
    r" serves as)| was (?:named|appointed|elected))"
)


def _bare_director(phrase: str, rest: str) -> bool:
    """ "X, the director of Y", "X, director of Y", "X, the district's director": the director;
    "a director" is one of them, and so is "the district's director of communications"."""
    owned = re.match(_AFTER_NAME + r" (?:the )?@\d+@'s director$", phrase)
    return bool(
        # (and "X, Director, Y": the title alone between the name and its body)
        re.match(_AFTER_NAME + r" (?:the )?director(?: (?:of|at|for)|,) (?:the )?@", phrase)
    ) or bool(owned and not re.match(r" (?:of|for) (?!the\b)[a-z]", rest))


def _bare_before(before: str, title) -> bool:
    """ "Y director X", "Y's director, X", "the director, X": nothing narrows the title."""
    if title is None or title.group(2) != "director" or title.group(1).strip() not in ("", "the"):
        return False
    ahead = before[: title.start(2)]
    return not ahead.strip() or bool(re.search(r"(?:@\d+@(?:'s)?|\bthe|\bits|\btheir|,) $", ahead))


# "X, chief deputy clerk at Y", "X, the director of Y", "X, staff attorney, Y, said": a title
# after the name, before its body (not "X is expected to become president of Y")
_TITLE_AFTER = re.compile(
    _AFTER_NAME + r" (?!and )(?:the |a |an )?"  # (not the next of a list: "X, and the CEO of Y")
    r"(?:(?!(?:to|will|would|may|might|could|expected|set|due|become|becomes|named|who|"
    r"which|of|for|former|retired|onetime|ex|by|with|suing|sued|meeting|met)\b)[\w-]+ )"
    r"{0,5}?("
    + _LEADER.pattern
    + "|"
    + _WORKER.pattern
    # not the head of a body's part ("head of the Y Police Department's drone unit")
    # or the body named alone after the title's comma, a unit of it between ("X, vice
    # president, public safety, Y"), closing the apposition: "X, organizer, Y: asked …",
    # "X, staff attorney, Y, said" (not a list of parties: "X, chair, Y and Z")
    # (not a thing's: "P is the official parking app of Y")
    + r")\b(?!(?: (?!(?:of|for|at|with|in)\b)[\w-]+){0,3}? (?:app|application|system|platform|"
    r"software|tool|portal)s?\b)"
    r"(?:(?: [\w-]+){0,4}? (?:of|at|for|with|in) (?:the )?| \((?=@\d+@\))"  # "X, analyst (Y)"
    # ("X, head of partnerships, Y": a function's words, then the body)
    r"|(?: (?:of|for) [\w&-]+(?: [\w&-]+){0,3})?, (?:[\w&-]+(?: [\w&-]+){0,2}, )?"
    r"(?:the )?(?=@\d+@(?:(?:'s)?[:;)]|\.? ?$| \(| \||"  # ("…, Y | email")
    r", (?!and\b|or\b|@|the\b|an?\b|mrs?\b|ms\b|dr\b|resign|retire|left\b|quit|step|depart|"
    r"was\b|who\b)[a-z]+\b)))"  # (not one who left the post: "X, director, Y, resigned")
    # (a named unit of a named body is the one headed: "director of the city's Y Division";
    # not "manager of the department's Y contract", "of the town's Y liaison office")
    r"(?:@\d+@['’]s (?=@\d+@(?!['’]s| [a-z])))?@(\d+)@(?!['’]s)"
)
_COUNTY_HEAD = ("executive", "county")  # a county executive heads the county
_HEADING_CHIEFS = ("chief electoral officer", "chief fire officer")
_CHIEF_OFFICER = re.compile(r"\bchief (?!executive\b)[a-z-]+(?: (?:and )?[a-z-]+)? officer\b")


def _speaks_for(sentence: Sentence, index: int) -> bool:
    entity = sentence.entity(index)
    return entity.type in ORGS and not entity.place and not sentence.mentions[index].generic


def group_employers(sentence: Sentence) -> list[Found]:
    """An employee group works for its company; a described body is part of its owner."""
    out = []
    for index in range(len(sentence.mentions)):
        entity = sentence.entity(index)
        if entity.employer:
            out.append(Found(entity.key, "worksFor", entity.employer, 0.8, "employee group"))
        if entity.part_of:
            out.append(Found(entity.key, "partOf", entity.part_of, 0.6, "described body"))
    return out
