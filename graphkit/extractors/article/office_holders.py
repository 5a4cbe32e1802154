"""The holder of an office named for its holder: "Office of the Information Commissioner" is led
by whoever the text gives that title, before or after the name ("Information Commissioner Jane
Doe", "Jane Doe, Information Commissioner", "State Auditor: Evelyn Strand", "The Communications
Data Commissioner, Dame Harriet X, …"), and, where the text names one such office, by whoever it
gives the title's last words ("Ombudsman X", "X, Inspector General", "the Commissioner, X")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .entity import ORG_TYPES, Mention
from .rules import Found
from .title_words import HONORIFIC

Span = tuple[int, int]
Named = tuple[int, int, str]  # a mention's offsets and its entity's key

_OFFICE = re.compile(r"^Office of the (?P<title>.+)$")
# The words an oversight officer's title ends with (given alone where the text names one office
# of them)
_HOLDERS = re.compile(
    r"(?:inspector[- ]general|auditor[- ]general|ombuds(?:man|woman|person)|"
    r"commissioner|auditor|inspector|advocate|registrar|comptroller|coroner)$",
    re.IGNORECASE,
)
# Titles that alone are also a rank of the office's staff ("Lead inspector: X", "Senior Auditor")
_RANKS = frozenset(["inspector", "auditor", "advocate"])
# A title's qualifier that may be left out: "… Commissioner of Ontario", "… for New South Wales"
_QUALIFIED = re.compile(r"^(?P<bare>.+?) (?:of|for) (?:the )?[A-Z][\w' -]+$")
# Words before a title that make its holder someone else than the office's head
_NOT_HEAD = re.compile(r"\b(?:deputy|assistant|associate|former|ex|senior|staff|lead|principal) $")
_CONFIDENCE = 0.7


def office_holders(
    text: str, mentions: Iterable[Named], entities: dict
) -> list[tuple[Found, Span]]:
    """`leads` of each office named for its holder, by each person the text gives its title."""
    offices = {}
    for key, entity in entities.items():
        match = _OFFICE.match(entity.name)
        titles = _titles(match["title"]) if match else set()
        # (an oversight officer's: no "Office of the Mayor", whose mayor heads the city)
        if any(map(_HOLDERS.search, titles)) and entity.type == "GovernmentAgency":
            offices[key] = titles
    if not offices:
        return []
    short = _short_titles(offices)
    people = sorted({m for m in mentions if entities[m[2]].type == "Person"})
    out = []
    for key, titles in offices.items():
        said = "|".join(re.escape(t) for t in sorted(titles | short.get(key, set()), key=len)[::-1])
        for start, end, person in people:
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            before, after = text[line_start:start], text[end:line_end]
            title_first = re.search(
                rf"(?:^|[\s(:,])(?:the )?(?P<t>{said})[:,]?\s*(?:(?:{HONORIFIC}|dame|sir)\.? )?$",
                before,
                re.IGNORECASE,
            )
            title_after = re.match(
                rf",?\s+(?:the )?(?:{said})\b(?! of(?:fice)?\b)", after, re.IGNORECASE
            )
            if title_first and _NOT_HEAD.search(before[: title_first.start("t")].lower()):
                title_first = None
            if title_after and re.match(r",?\s+(?:the )?(?:deputy|assistant)\b", after, re.I):
                title_after = None
            if title_first or title_after:
                found = Found(person, "leads", key, _CONFIDENCE, "office's holder")
                out.append((found, (line_start, line_end)))
    return out


def without_title_words(best: dict, holders: list[tuple[Found, Span]], entities: dict) -> dict:
    """The facts without those that read a word of a holder's title as a body ("Tax Ombudsman
    X": no "Tax" that X leads), now that the office the title names is known."""
    titled = {}
    for found, _ in holders:
        title = _OFFICE.match(entities[found.object].name)["title"].lower()
        titled.setdefault(found.subject, set()).update(title.split())
    return {
        (subject, relation, obj): told
        for (subject, relation, obj), told in best.items()
        if not (
            relation in ("leads", "worksFor")
            and subject in titled
            and entities[obj].name.lower() in titled[subject]
        )
    }


def _titles(title: str) -> set[str]:
    """A holder's title and its forms without its qualifier ("Data and Information Commissioner
    of Ontario", "Data and Information Commissioner")."""
    titles = {title}
    qualified = _QUALIFIED.match(title)
    if qualified:
        titles.add(qualified["bare"])
    return titles


def _short_titles(offices: dict[str, set[str]]) -> dict[str, set[str]]:
    """The last words of each office's title, where no other office's title ends with them."""
    ends: dict[str, set[str]] = {}
    for key, titles in offices.items():
        for title in titles:
            match = _HOLDERS.search(title)
            if match and match.group(0).lower() not in _RANKS:
                ends.setdefault(match.group(0).lower(), set()).add(key)
    return {
        next(iter(keys)): {end for end, ks in ends.items() if ks == keys}
        for keys in ends.values()
        if len(keys) == 1
    }


# "said her office had opened an inquiry": the office its holder, just named, heads
_HELD = re.compile(r"\b(?:his|her|their) office\b(?!['’]s? [a-z]+ (?:of|for)\b)")
_HOLDER_WORDS = frozenset(["ombudsman", "ombudsperson", "commissioner", "auditor", "inspector"])


def held_office(doc, named: list[Mention], span) -> list[Mention]:
    """The mentions, with "Tax Ombudsman X said her office had opened an inquiry" adding one of
    the office X holds: the body the text names for the title or, where it names none, "Office
    of the Tax Ombudsman" (`doc` is the document's entities, mentions.DocumentEntities)."""
    out = list(named)
    for match in _HELD.finditer(doc.text, span[0], span[1]):
        people = [m for m in named if m.end <= match.start() and m.titles]
        people = [m for m in people if doc.entities[m.key].type == "Person"]
        titles = list(people[-1].titles) if people else []
        if not titles or titles[-1] not in _HOLDER_WORDS | {"sheriff"} or titles[0] in _SECONDS:
            continue
        title = " ".join(titles)
        seen = set(doc.order) | {m.key for m in named}  # (the bodies this text has named)
        named_bodies = [doc.entities[k] for k in sorted(seen) if k in doc.entities]
        bodies = [
            e.key
            for e in named_bodies
            if e.type in ORG_TYPES and not e.place and title in e.name.lower()
        ]
        # (a city's or a county's officer is its staff, where the text names no office)
        local = titles[0] in ("city", "county", "town") or titles[-1] == "sheriff"
        if len(bodies) > 1 or (not bodies and local):
            continue
        if not bodies:
            words = [w[:1].upper() + w[1:] for w in titles]
            bodies = [
                doc.described_entity(f"Office of the {' '.join(words)}", "GovernmentAgency").key
            ]
        out.append(Mention(match.start(), match.end(), bodies[0], generic=True))
    return out


_SECONDS = frozenset(["deputy", "assistant", "associate", "acting", "former"])
