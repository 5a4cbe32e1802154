"""Staff named after their role: "a privacy officer at the bureau, Jane Roe," and "a company
spokesman, John Doe," (the company the text is about). The role comes first and the name is
its apposition; "former" or "ex-" before the role takes it back. Staff who walk out or strike
oppose their employer."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from . import lexicon as lx
from .checks import unstated
from .rules import COMPANY, ORGS, UNREALISED, Found
from .title_words import HONORIFIC

if TYPE_CHECKING:
    from .relations import Sentence

# (a space or a hyphen between a title's words: "director general", "Director-General")
_TITLES = "|".join(
    re.escape(t).replace(r"\ ", "[ -]").replace(r"\-", "[ -]")
    for t in sorted(lx.WORKER_TITLES + lx.LEADER_TITLES, key=len, reverse=True)
)
# Words that may stand before the role; none that puts it in the past or on another's side.
_MODS = r"(?:(?!(?:former|ex|onetime|retired|past|then|acting)\b)[\w-]+ ){0,2}?"
# (a minister's "Hon." too: "the Minister for Finance, Hon. X")
_ROLE_AT = re.compile(
    r"\b(?P<article>a|an|the) (?P<mods>"
    + _MODS
    + r")(?P<title>"
    + _TITLES
    + r") (?:at|of|for|with) "
    # (a ministry's list of portfolios read as names: "the Minister of Wildlife, Parks and
    # Tourism, Hon. X", each one a word of the ministry's name)
    r"(?:the )?@(?P<o>\d+)@(?P<more>(?:, @\d+@)*,? and @\d+@)?, "
    r"(?:(?:" + HONORIFIC + r"|hon\.?) ){0,2}@(?P<p>\d+)@(?!'s)"
)
_LEADERS = frozenset(lx.LEADER_TITLES)
_SECOND = re.compile(r"\b(?:deputy|assistant|associate|vice|under|pro)\b")
# "a company spokesman, X", "district spokesman X", "X, an agency spokesman,": the body of
# that kind the text is about
_KIND = r"(?P<kind>company|firm|agency|bureau|department|district|group|coalition)"
_KIND_ROLE = re.compile(
    r"(?:\b(?:a|an|the) |(?<=\bsaid )|(?<=\bsays )|(?<=^))" + _KIND + r" (?P<title>" + _TITLES
    + r"),? @(?P<p>\d+)@(?!'s)"
    r"|@(?P<q>\d+)@, (?:a|an|the) " + _KIND.replace("kind", "kind2") + r" (?:" + _TITLES
    + r")\b(?! (?:at|of|for|with)\b)"
)  # fmt: skip
_KINDS = {
    "company": COMPANY,
    "firm": COMPANY,
    "agency": {"GovernmentAgency"},
    "bureau": {"GovernmentAgency"},
    "department": {"GovernmentAgency"},
    "district": {"GovernmentAgency"},
    "group": {"AdvocacyGroup"},
    "coalition": {"AdvocacyGroup"},
}
# What a body's name has that the kind may mean ("district" a school system too): a kind
# named so is one body only where the text names one such body
_KIND_NAMES = {
    "district": re.compile(r" (?:district|schools)$", re.IGNORECASE),
    "department": re.compile(r"\bdepartment\b", re.IGNORECASE),
}


# "KMLB's Kevin Oduya has the story": an outlet's own reporter
_OUTLETS_OWN = re.compile(r"(?<![\w@])@(?P<o>\d+)@'s @(?P<p>\d+)@(?!'s)")


def named_staff(sentence: Sentence) -> list[Found]:
    out, text = [], sentence.masked
    for match in _OUTLETS_OWN.finditer(text):
        person = sentence.entity(int(match.group("p")))
        outlet = sentence.entity(int(match.group("o")))
        if person.type == "Person" and outlet.type == "MediaOrganization":
            out.append(Found(person.key, "worksFor", outlet.key, 0.6, "outlet's reporter"))
    for match in _ROLE_AT.finditer(text):
        person = sentence.entity(int(match.group("p")))
        org = sentence.entity(int(match.group("o")))
        listed = [sentence.entity(int(n)) for n in re.findall(r"\d+", match["more"] or "")]
        if listed:  # (the ministry's fullest name, which holds every portfolio)
            org = max([org, *listed], key=lambda e: len(e.name))
            held = all(e.name.lower() in org.name.lower() for e in listed)
            if not held or not re.search(r"\b(?:ministry|department)\b", org.name.lower()):
                continue  # (a list of bodies, or of portfolios, not one's name)
        if person.type in ("Person", "Organization") and org.type in ORGS and not org.place:
            out.append(Found(person.key, _relation(match), org.key, 0.7, "role, name"))
    for match in _KIND_ROLE.finditer(text):
        person = sentence.entity(int(match.group("p") or match.group("q")))
        kind = match.group("kind") or match.group("kind2")
        org = _last_of_kind(sentence, _KINDS[kind], _KIND_NAMES.get(kind))
        if person.type in ("Person", "Organization") and org is not None:
            out.append(Found(person.key, "worksFor", org, 0.6, "kind role, name"))
    return out


def _relation(match: re.Match) -> str:
    """ "the chief executive of X, Y" leads X; "a chief executive" is one of several."""
    title = match.group("title")
    # (a space or a hyphen: "director-general" as "director general")
    leader = {title, title.replace("-", " ")} & _LEADERS and title not in (
        "head",
        "leader",
    )
    # (a deputy's post is no head's: "the Deputy Vice-Chancellor of Y, Prof. X")
    leader = leader and not _SECOND.search(match.group("mods"))
    return "leads" if leader and match.group("article") == "the" else "worksFor"


def _last_of_kind(sentence: Sentence, types, named=None) -> str | None:
    """The organisation of these types the text is about so far: the one it named most before
    the sentence, if one leads; with two named as often, "a company spokesman" may speak for
    either. Of a kind its name must have (`named`), the one such body the text named."""
    doc = sentence.doc
    seen = Counter(
        key
        for key in doc.keys_before(sentence.start)
        if key in doc.entities
        and doc.entities[key].type in types
        and not doc.entities[key].place
        and (named is None or named.search(doc.entities[key].name))
    )
    ranked = seen.most_common(2)
    if not ranked or (len(ranked) == 2 and (ranked[0][1] == ranked[1][1] or named)):
        return None
    return ranked[0][0]


# "Acme employees walked out", "engineers at Acme went on strike": done, not threatened
_WALKOUT = re.compile(
    r"@(?P<g>\d+)@ (?P<aux>(?:[\w-]+ ){0,2}?)(?:walked out|went on strike|struck|staged an? "
    r"(?:[\w-]+ )?(?:walkout|strike|sit-in|protest)|(?:are|were) (?:on strike|striking))\b"
)


def staff_walkouts(sentence: Sentence) -> list[Found]:
    """An employee group that walks out or strikes opposes its employer."""
    out, text = [], sentence.masked
    for match in _WALKOUT.finditer(text):
        group = sentence.entity(int(match.group("g")))
        aux = match.group("aux")
        if not group.employer or re.search(r"\b(?:will|would|could|might|may|to)\b", aux):
            continue
        if unstated(text, match.start(), match.end()) or UNREALISED.search(text, 0, match.end()):
            continue
        out.append(Found(group.key, "opposes", group.employer, 0.6, "walkout"))
    return out
