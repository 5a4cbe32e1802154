"""Names: the one rule that decides when two names are the same, slugs, and "did you mean"."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


LEGAL_FORMS = (  # the words name_key drops from a name's end; the query panel's too
    "incorporated",
    "inc",
    "llc",
    "l l c",
    "lllp",
    "llp",
    "lp",
    "l p",
    "corporation",
    "corp",
    "company",
    "co",
    "limited",
    "ltd",
    "plc",
    "pllc",
    "pc",
    "p c",
    "gmbh",
    "ag",
    "sa",
    "nv",
    "bv",
    "sarl",
    "srl",
    "ltda",
    "pty",
)
# Dotted spellings ("S.A.", "N.V."), which normalise to single letters, and forms of other
# countries: "Citibank, N.A." is one bank, "Leonardo S.p.A." one firm. Not forms that are words
# or names too, undotted: "SAS" (a software firm), "spa". Letters that follow a lone letter end
# an initialism, not a form: "Canon U.S.A." is not "Canon U", nor "N.A.S.A." "N.A.".
INITIALS = (
    "s a",
    "n v",
    "b v",
    "l l p",
    "n a",
    "s p a",
    "s a s",
    "s a r l",
    "s à r l",
    "s r l",
    "a s",
)
# The tail name_key drops, as a pattern the query panel (sparql-engine.js) uses as it is.
LEGAL_TAIL = (
    r"(?:\s+(?:"
    + "|".join(re.escape(s) for s in LEGAL_FORMS)
    + r")|(?<!\s\S)(?<!^\S)\s+(?:"
    + "|".join(re.escape(s) for s in INITIALS)
    + r"))+$"
)
_LEGAL_TAIL = re.compile(LEGAL_TAIL)
# "U.S." and "United States" lead agency names; "US Bank" keeps its "US".
_COUNTRY_HEAD = re.compile(r"^(?:u s a|u s|united states(?: of america)?)\s+(?=\S)")
_TRAILING_PARENS = re.compile(r"\s*\([^()]*\)\s*$")
# A name written inverted, as federal and library lists sort names: its head after the last
# comma when that part is "The" or ends in "of", "for" or "on" ("Homeland Security, Department
# of", "Interior, Department of the", "Sherburne, County of", "Stratford Companies, The"). No
# other part after a comma ends so: "Citibank, N.A.", "Smith, John" and "Axon Enterprise, Inc."
# are read as written. The query panel (sparql-engine.js) uses the pattern as it is.
INVERTED = r"^(.+?),\s*(the|\S[^,()]*\s(?:of|for|on)(?:\s+the)?)(\s*\([^()]*\))?\s*$"
_INVERTED = re.compile(INVERTED, re.IGNORECASE)


def is_legal_form(text: str) -> bool:
    """Whether a text is only a legal form, or forms ("Inc.", "N.A.", "Pty Ltd"): the tail of a
    name that a comma cut off, not a name of its own."""
    text = normalize(text)
    return bool(text) and _LEGAL_TAIL.fullmatch(" " + text) is not None


def has_legal_form(name: str) -> bool:
    """Whether a name ends in a firm's legal form ("Peraton Inc.", "Celeress LLC")."""
    return _LEGAL_TAIL.search(" " + normalize(name)) is not None


# What a table leaves around a name: a list's separator after its last item ("Elevated
# Technologies, LLC,"), a cell begun with one, a dash a sheet wrote before a blank.
_LOOSE_ENDS = re.compile(
    r"^(?:[\s,;:/|]|[-\u2013\u2014](?=\s))+|(?:[\s,;:/|]|(?<=\s)[-\u2013\u2014])+$"
)


def bare_name(name: str) -> str:
    """A name without the separators around it ("Acme Inc.," is "Acme Inc."); a text of
    nothing else ("-", "/") as it is, for the reader to say it names no one."""
    return _LOOSE_ENDS.sub("", name) or name


def uninverted(name: str) -> str:
    """A name written inverted ("Justice, Department of (DOJ)") in its natural order
    ("Department of Justice (DOJ)"); any other name as it is."""
    found = _INVERTED.match(name)
    if found is None:
        return name
    return f"{found[2]} {found[1].strip()}{found[3] or ''}"


# An inverted name with a unit after it, as federal lists write a component: "Justice,
# Department of, FBI", "Homeland Security, Department of the, ICE", "Sherburne, County of,
# Sheriff's Office". Read whole it was one agency named after neither.
_UNIT_WITHIN = re.compile(
    r"^(?P<within>[^,]+,\s*\S[^,()]*\s(?:of|for|on)(?:\s+the)?),\s*(?P<unit>[^,]*\w[^,]*)$",
    re.IGNORECASE,
)


def unit_within(name: str) -> tuple[str, str] | None:
    """(unit, the body it is within, in natural order) for an inverted name with its unit
    after it ("Justice, Department of, FBI": ("FBI", "Department of Justice")); None for any
    other name."""
    found = _UNIT_WITHIN.match(bare_name(name.strip()))
    if found is None:
        return None
    return " ".join(found["unit"].split()), " ".join(uninverted(found["within"]).split())


def normalize(name: str) -> str:
    """Fold case, curly quotes, punctuation, a leading "the" and a trailing "'s".

    The spelling-level fold that `name_key` starts from; on its own it finds names in prose
    (articles), where "Inc" after a name is a word of the sentence, not of the name.
    """
    text = unicodedata.normalize("NFKC", name).translate(_QUOTES).casefold().strip()
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"[^\w&]+", " ", text)
    return " ".join(text.split())


# Latin letters that carry their mark in themselves, not as a combining one.
_LATIN_FOLDS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d"})


def unaccented(text: str) -> str:
    """Latin letters without their accents: a download writes "Müller & Söhne GmbH" as
    "MULLER & SOHNE GMBH", and the two are one firm. Marks on other scripts' letters stay
    (in Cyrillic "й" and "и" are two letters)."""
    kept: list[str] = []
    for char in unicodedata.normalize("NFD", text.translate(_LATIN_FOLDS)):
        if unicodedata.combining(char) and kept and kept[-1].isascii():
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A name reduced to what identifies what it names: the one rule by which names match.

    Registry lookups, the resolution of every source's names and the lookups of `graphkit
    show` and `path` all compare names by this key.

    >>> name_key("The West Publishing Corporation") == name_key("WEST PUBLISHING CORP.")
    True
    >>> name_key("U.S. Immigration and Customs Enforcement")
    'immigration and customs enforcement'
    """
    text = _TRAILING_PARENS.sub("", name) or name  # "Department of Homeland Security (DHS)"
    text = uninverted(text)  # "Homeland Security, Department of"
    text = unaccented(normalize(text.replace("&", " and ")))
    text = _COUNTRY_HEAD.sub("", text)
    text = re.sub(r"^the\s+", "", text)
    stripped = _LEGAL_TAIL.sub("", text).strip()
    return stripped or text


def slugify(name: str) -> str:
    """A stable lowercase id made of [a-z0-9-]."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-zA-Z0-9]+", "-", text.lower()).strip("-")
    return text or "unnamed"


def close_names(
    word: str, choices: Iterable[str], limit: int = 1, cutoff: float = 0.6
) -> list[str]:
    """The choices closest to a misspelt word, best first (difflib's ratio)."""
    return difflib.get_close_matches(word, list(choices), n=limit, cutoff=cutoff)


def closest_entities(
    word: str, names: Iterable[tuple[str, str]], labels: dict[str, str], limit: int = 3
) -> list[str]:
    """The entities whose names are closest to a name that matches none, best first.

    `names` gives each entity's names as (entity, name) pairs: its id, label and aliases. An
    entity is as close as its closest name, compared as names match (`name_key`: "U.S." and a
    legal form count for nothing), so "Palantr" finds Palantir Technologies by its id or
    alias "Palantir" before the product "Palantir Gotham", whose label merely starts alike
    (compared by labels alone, the shorter label won). Ties go to the label, then the id, so
    the same graph always suggests the same names.
    """
    wanted = {name_key(word), normalize(word)}
    best: dict[str, float] = {}
    astray: dict[str, int] = {}  # the fewest of the word's characters any of its names misses
    matcher = difflib.SequenceMatcher(autojunk=False)
    for entity, name in names:
        for candidate in {name_key(name), normalize(name.replace("-", " "))}:
            matcher.set_seq2(candidate)
            for text in wanted:
                matcher.set_seq1(text)
                if matcher.real_quick_ratio() < _CLOSE or matcher.quick_ratio() < _CLOSE:
                    continue
                score = matcher.ratio()
                missed = _missed(text, score, candidate)
                if score < _CLOSE or missed > max(1, len(text) // 5):
                    continue
                best[entity] = max(score, best.get(entity, 0.0))
                astray[entity] = min(missed, astray.get(entity, missed))
    # An entity the word misses more of than the closest by two characters or more is no
    # likely meaning: "Departmnt of Defense", one letter short of the Department of Defense,
    # also found the Department of Homeland Security by the words the two names share. The
    # names a word is begun from ("Palantr": Palantir Technologies, Palantir Gotham) all miss
    # none of it, and stay.
    fewest = min(astray.values(), default=0)
    kept = [entity for entity in best if astray[entity] <= fewest + 1]
    ranked = sorted(kept, key=lambda e: (-best[e], labels.get(e, e).casefold(), e))
    return ranked[:limit]


_CLOSE = 0.6  # difflib's own cutoff for a close match


def _missed(word: str, score: float, name: str) -> int:
    """How many of `word`'s characters are not in `name` in order. A word reads as a name
    mistyped (or begun) when nearly all its characters are, at most one in five astray (one
    in a short word): the ratio alone let a short name hold half its letters elsewhere,
    "Amazn" found the alias "Maven", "Oracel" the ACLU."""
    matched = round(score * (len(word) + len(name)) / 2)  # the ratio is 2 * matched / both
    return len(word) - matched


def shown_choices(entities: list[str], labels: dict[str, str]) -> str:
    """`'Palantir Technologies' or 'Palantir Gotham'`: each entity by its label, and by its id
    too where two of them share a label."""
    said = [labels.get(e, e) for e in entities]
    return " or ".join(
        repr(label) if said.count(label) == 1 else f"{label!r} ({entity})"
        for entity, label in zip(entities, said, strict=True)
    )


def did_you_mean(word: str, choices: Iterable[str], limit: int = 1, cutoff: float = 0.6) -> str:
    """`did you mean 'supplies'?` for the closest choices, or "" when none is close."""
    close = close_names(word, choices, limit, cutoff)
    return f"did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
