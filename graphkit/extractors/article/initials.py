"""Acronyms and the names they abbreviate: "(HHS)" after "Department of Health and Human
Services"."""

from __future__ import annotations

import re

from .lexicon import CONNECTORS, GOV_HEADS
from .places import place_kind


def initials_match(acronym: str, words: list[str], hyphens: bool = False) -> bool:
    """Whether "(HHS)" abbreviates "Department of Health and Human Services" and the like;
    with `hyphens`, a hyphenated word gives each part's capital, as "(BLGR)" written right
    after "Bureau of Lands and Geo-Records" abbreviates it."""
    caps = "".join(c for c in acronym if c.isupper())
    if not caps or acronym in words:
        return False  # (nor does "IOMS" abbreviate "HeadCount and IOMS")
    digits = "".join(c for c in acronym if c.isdigit())
    if digits:  # "TC28": "Tropic Coast", then its event's year, "2028 …"
        year = next((k for k, w in enumerate(words) if w.isdigit() and w.endswith(digits)), None)
        return year is not None and "".join(w[0] for w in words[:year]) == caps
    for start in (0, 1):  # "U.S. Customs and Border Protection (CBP)" drops the "U.S."
        part = words[start:]
        # (a short word in capitals gives all its letters, "HM"; not in a heading's capitals)
        whole = not all(w.isupper() for w in part if w[0].isalpha())
        letters = "".join(_initials_of(w, hyphens, whole) for w in part if w[0].isalpha())
        if not letters or caps[0] not in letters[:2]:
            continue
        it = iter(letters)
        if all(c in it for c in caps) and len(caps) * 2 >= len(
            [w for w in part if w.lower() not in CONNECTORS]
        ):
            return True
    return False


def foreign_acronym(acronym: str, words: list[str]) -> bool:
    """Whether "(SENACOP)" after "National Fisheries Control Service" is the body's acronym in
    its own language: capitals only, three or more, after a public body's name of two words or
    more, whose initials hold the acronym's first letter; not a place ("(USA)")."""
    return (
        re.fullmatch(r"[A-Z]{3,9}", acronym) is not None
        and len(words) > 1
        and (
            (words[-1].lower() in GOV_HEADS and acronym[0] in {w[0] for w in words})
            or _syllabic(acronym, words)
            or _compounded(acronym, words)
        )
        and place_kind(acronym) is None
    )


def _syllabic(acronym: str, words: list[str]) -> bool:
    """Whether the acronym is made of the name's syllables, as Nigeria's bodies' often are:
    "(FEWRESDAN)" after "Federation of Waste Recyclers and Scrap Dealers of Nigeria" opens with
    its first word's first two letters, ends with its last word's first, and takes the rest
    from its words in order."""
    letters = iter("".join(words).lower())
    return (
        len(acronym) >= 5
        and acronym[:2].lower() == words[0][:2].lower()
        and acronym[-1] == words[-1][:1]
        and all(c in letters for c in acronym.lower())
    )


def _compounded(acronym: str, words: list[str]) -> bool:
    """Whether the acronym gives each word's first letter and the first letters of the words
    it is compounded of, as Dutch and German bodies' do: "(VRZW)" after "Veiligheidsregio
    Zuidwaarden" (Veiligheids-Regio Zuid-Waarden)."""
    if not 2 <= len(words) <= 3 or len(acronym) > 2 * len(words) or "-" in "".join(words):
        return False

    def split(letters: str, rest: list[str]) -> bool:
        if not rest:
            return not letters
        word = rest[0].upper()
        for size in (1, 2) if len(word) >= 8 else (1,):  # (only a long word is compounded)
            part, inner = letters[:size], iter(word[1:])
            fits = len(part) == size and part[0] == word[0] and all(c in inner for c in part[1:])
            if fits and split(letters[size:], rest[1:]):
                return True
        return False

    return split(acronym, words)


def _initials_of(word: str, hyphens: bool, whole: bool = False) -> str:
    """ "U.S." gives "US", with `whole` "HM" itself; any other word its first letter, and with
    `hyphens` its other parts' capitals too ("Geo-Records": "GR")."""
    if "." in word:
        return "".join(c for c in word if c.isupper())
    if whole and word.isupper() and word.isalpha() and len(word) <= 3:
        return word  # "HM Revenue and Customs (HMRC)"
    if not hyphens:
        return word[0].upper()
    return word[0].upper() + "".join(p[0] for p in word.split("-")[1:] if p[:1].isupper())


def initials(name: str) -> str:
    """Initials of the capitalised words: "American Civil Liberties Union" -> "ACLU"."""
    return "".join(w[0] for w in name.split() if w[0].isupper() and w.lower() not in CONNECTORS)


def spelled(acronym: str, words: list[str]) -> bool:
    """Whether the acronym gives every word's first letter or first two, in order, connectors
    optional: "LASNACA" for "Lagos State Noise and Air Control Agency" (La-S-N-A-C-A)."""
    caps = acronym.upper()
    if not re.fullmatch(r"[A-Z]{4,10}", acronym) or len(words) < 3:
        return False

    def rest(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(caps)
        word = words[j].upper()
        if words[j].lower() in CONNECTORS and rest(i, j + 1):
            return True
        if not word[:1].isalpha() or caps[i : i + 1] != word[:1]:
            return False
        return rest(i + 1, j + 1) or (caps[i : i + 2] == word[:2] and rest(i + 2, j + 1))

    return rest(0, 0)
