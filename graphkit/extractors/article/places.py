"""Known places and demonyms (`ontology/lexicons/places.tsv`): "Germany", "Hyderabad", "Rift
Valley", "Dutch". A name that is one of them is a place, or a people, in a text, never a
party to a fact by itself: "a Dutch provider" names no one, "a Hyderabad company" is not
Hyderabad, "Wattlegrid Cloud's Sydney data centres" are no unit called Sydney, and "the UK's
Helmsdale Group" is Helmsdale Group's name with where it is from (a mention of the country, or
its plain words)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ...states import news_abbreviations
from ...vocab import ontology_dir
from .lexicon import CONNECTORS, NOT_ACTORS

if TYPE_CHECKING:
    from .chunks import Chunk
    from .tokens import Tok

KINDS = ("country", "region", "city", "demonym")
# A US state as news agencies abbreviate it after a city ("Springfield, Ill."): from the
# states' table (graphkit/states.py), which records' scopes read too.
STATE_ABBREVIATION = "state abbreviation"
# A place used before one of these nouns says where something is, and names no party.
_PLACED_NOUNS = re.compile(
    r"\s*(?:based\s+)?(?:company|companies|firm|firms|start-?ups?|provider|providers|vendor|"
    r"supplier|maker|manufacturer|developer|contractor|data\s+cent(?:re|er)s?|offices?|"
    r"registry|branch|headquarters|subsidiary|unit|police|residents?|plant|factory|facility|"
    r"campus|lab|laboratory|region|servers?)\b"
)


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, str]:
    """name (case folded) -> kind; a malformed line is an error naming file and line."""
    path = ontology_dir() / "lexicons" / "places.tsv"
    known: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, _, kind = line.partition("\t")
        if kind not in KINDS:
            raise ValueError(f"{path}:{number}: kind {kind!r} is not one of {', '.join(KINDS)}")
        known[" ".join(name.split()).casefold()] = kind
    for abbreviation in news_abbreviations():
        known.setdefault(abbreviation.casefold(), STATE_ABBREVIATION)
    return known


@lru_cache(maxsize=1)
def joined_places() -> re.Pattern:
    """The known places whose names hold "and" ("Trinidad and Tobago"), as written in a text."""
    names = sorted((n for n in _lexicon() if " and " in n), key=len, reverse=True)
    if not names:
        return re.compile(r"(?!)")  # (none known: a pattern that matches nothing)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)


def place_kind(name: str) -> str | None:
    """The kind of a known place or demonym, or None."""
    return _lexicon().get(" ".join(name.split()).casefold())


def is_demonym(name: str) -> bool:
    return place_kind(name) == "demonym"


def placing(name: str, after: str) -> bool:
    """Whether a known place is only saying where something is: followed by a noun such as
    "company", "provider" or "data centres" ("a Christchurch provider")."""
    return place_kind(name) in ("country", "region", "city") and bool(_PLACED_NOUNS.match(after))


def state_after(chunk: Chunk, chunks: list[Chunk]) -> bool:
    """ "Springfield, Ill.": the state a news agency writes after a city is where the city is."""
    if place_kind(chunk.name) != STATE_ABBREVIATION:
        return False
    return any(other.span_end + 2 == chunk.start for other in chunks)


_REGION_AFTER = re.compile(r"\s+(?:regions?|availability zones?|cloud regions?)\b")
_OWNER_BEFORE = re.compile(r"['’]s\s+$|\bits\s+$|\btheir\s+$")


def cloud_region(text: str, chunk: Chunk) -> bool:
    """ "Y Cloud's Canada Central region", "its UK South region": a cloud's region is where
    the cloud runs, no party of its own."""
    return bool(
        _REGION_AFTER.match(text, chunk.span_end)
        and _OWNER_BEFORE.search(text, max(0, chunk.start - 8), chunk.start)
    )


def split_places(parts: list[list[Tok]]) -> list[list[Tok]]:
    """ "California for ACLU": a place joined to a name by a connector is not part of it."""
    out = []
    for part in parts:
        cut = next(
            (
                k
                for k in range(1, len(part) - 1)
                if part[k].text.lower() in CONNECTORS
                and " ".join(w.text for w in part[:k]).lower() in NOT_ACTORS
            ),
            None,
        )
        out.extend([part[:cut], part[cut + 1 :]] if cut else [part])
    return out


# Legal forms after which a nationality before a firm's name is no part of it: "the Dutch
# Veldkamp Groep B.V.", "the German Amtwerk GmbH" (not "American Civil Liberties Union",
# "British Airways": names that hold their nation's adjective)
_LEGAL_ENDS = frozenset(
    ["b.v.", "b.v", "bv", "gmbh", "ag", "ltd", "ltd.", "limited", "inc", "inc.", "llc", "plc"]
    + ["s.a.", "s.a", "sa", "oy", "oyj", "ab", "a/s", "aps", "n.v.", "nv", "pty", "s.r.l."]
)


_RANKS = frozenset(["Adm", "Brig", "Cdr", "Insp", "Supt"])
_PARTY_HOME = re.compile(r"[RDI]-[A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?")
# Kinds of body written in capitals before a name: "the Estonian NGO X" is X
_KIND_BEFORE = frozenset({"NGO", "CSO", "INGO", "NPO"})


def without_demonyms(chunks: list[Chunk]) -> list[Chunk]:
    """A firm's name with its legal form, after a nationality, and a name after its kind ("the
    Estonian NGO X"): the name without them. A lawmaker's party and home after their name
    ("State Sen. X, R-Sagebrook, who chairs …") and a rank's abbreviation name no one."""
    out = []
    for chunk in chunks:
        if _PARTY_HOME.fullmatch(chunk.name) or chunk.name in _RANKS:
            continue  # ("Rear Adm. X": the rank's abbreviation, cut off by its period)
        first, *rest = chunk.name.split(" ", 1)
        words = chunk.name.split()
        if len(words) >= 3 and words[-1].lower() in _LEGAL_ENDS and is_demonym(first):
            skip = len(first) + 1
            chunk = replace(chunk, name=rest[0], start=chunk.start + skip, titles=[])
        kind = 1 + (len(words) > 2 and is_demonym(first))
        if len(words) > kind and words[kind - 1] in _KIND_BEFORE:
            skip = len(" ".join(words[:kind])) + 1
            name = chunk.name[skip:]
            chunk = replace(chunk, name=name, start=chunk.start + skip, titles=[])
        out.append(chunk)
    return out


def nation_before_name(doc, mention, following: list) -> bool:
    """Whether a mention is a country's possessive before a name, which says where the named
    body is from ("the UK's Helmsdale Group", "South Korea's Hanbit Vision"): no party."""
    if not mention.possessive or not following:
        return False
    if doc.text[mention.end : following[0].start].strip():
        return False
    entity = doc.entities.get(mention.key)
    return entity is not None and place_kind(entity.name) == "country"


# A possessive in the words before a name: "the UK's Helmsdale Group" (UK no name of its own)
_POSSESSED = re.compile(r"((?:[a-z.]+ ){0,2}[a-z.]+)'s (?=@\d+@)")


def without_nations(masked: str) -> str:
    """The sentence without a country's possessive before a name ("which the UK's Y bought":
    "which the Y bought"), which says where the named body is from."""

    def drop(match: re.Match) -> str:
        words = match.group(1).split()
        for k in range(len(words)):
            if place_kind(" ".join(words[k:])) == "country":
                return " ".join(words[:k]) + (" " if k else "")
        return match.group(0)

    return _POSSESSED.sub(drop, masked)
