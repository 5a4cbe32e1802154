"""Numbers that are part of a name: inside a body's name before its head ("Greave County 911
Authority"), or ending it ("Teamsters Local 727", "TabStar 300", "NavCharta 8", "Baybay FM
95.1")."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import COMPANY_HEADS, GOV_HEADS, MEDIA_HEADS, MONTHS_DAYS, word_set
from .tokens import Tok, capitalised


def number_inside(toks: list[Tok], j: int) -> bool:
    """A number inside a body's name, before its head (three words between at most): "Greave
    County 911 Authority", "Tamsworth County 911 Communications District", an event's year in
    its organisers' "Tropic Coast 2028 Games Organising Committee Ltd"."""
    if j + 2 >= len(toks) or not toks[j + 1].text.isdigit() or toks[j + 1].stop_after:
        return False
    for tok in toks[j + 2 : j + 6]:
        if not capitalised(tok.text):
            return False
        if tok.text.lower() in GOV_HEADS | COMPANY_HEADS | MEDIA_HEADS:
            return True
        if tok.stop_after:
            return False
    return False


# Words a number follows that count or date things, not names: "Lot 3", "Phase 2", "March 4"
_COUNTING = MONTHS_DAYS | word_set("""
    lot lots phase stage step tier level band grade class category section sections table
    figure fig chart article chapter part schedule annex appendix clause rule item items
    question questions finding recommendation page paragraph para no number year years
    route line platform gate terminal floor ward zone region unit option round group
    division session day week month term quarter q version release wave cohort exhibit tab
    episode season series issue volume vol edition doc document box room suite building
    channel pier berth runway highway interstate road street avenue precinct district area
    sector bay dock cell block wing
""")
_WORD_NUMBER = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*) (\d{1,3})(?![\w.,/:-]?\d)(?![\w%])")


@lru_cache(maxsize=64)
def model_numbers(text: str) -> dict[str, str]:
    """The names the text writes with a model's or version's number, by their last word: a word
    written with the same number at least twice and never with another, and never written in
    lower case ("Vigilance 9", "Nightjar 4"; not "Lot 3" beside "Lot 4", nor a month's day)."""
    numbers: dict[str, list[str]] = {}
    for match in _WORD_NUMBER.finditer(text):
        numbers.setdefault(match.group(1), []).append(match.group(2))
    return {
        word: found[0]
        for word, found in numbers.items()
        if len(found) > 1
        and len(set(found)) == 1
        and word.lower() not in _COUNTING
        and not re.search(rf"\b{re.escape(word.lower())}\b", text)
    }


def number_ends_name(toks: list[Tok], j: int, models: dict[str, str] | None = None) -> bool:
    """Whether the name's last word is a union's "Local" before its number: "Local 77", or a
    product's before its model's: a coined name ("TabStar 300 optical-scan tabulators") or one
    the text writes with that number throughout (`models`, of `model_numbers`)."""
    number = j + 1 < len(toks) and toks[j + 1].text.isdigit()
    after = toks[j + 2].text if j + 2 < len(toks) else ""
    # (not where a body's name goes on: "Juniper 12 News")
    modelled = number and models and models.get(toks[j].text) == toks[j + 1].text
    if modelled and not capitalised(after):
        return True
    # (a model's number, or its version's: "NavCharta 8", named so apart from "NavCharta 7")
    coined = re.fullmatch(r"[A-Z][a-z]+[A-Z][A-Za-z]*", toks[j].text) is not None
    coined = coined and number and 1 <= len(toks[j + 1].text) <= 4
    year = number and re.fullmatch(r"(?:19|20)\d\d", toks[j + 1].text) is not None
    model = coined and not year and (not after or after[0].islower() or not after[0].isalpha())
    return number and (toks[j].text == "Local" or model) or _station(toks, j)


def _station(toks: list[Tok], j: int) -> bool:
    """A radio station's band and frequency: "Baybay FM 95.1" (a television station's call
    sign is its name without its channel: "KQPH" of "KQPH 6")."""
    if j + 1 >= len(toks):
        return False
    return (
        toks[j].text in ("FM", "AM")
        and re.fullmatch(r"\d{2,4}(?:\.\d)?", toks[j + 1].text) is not None
    )
