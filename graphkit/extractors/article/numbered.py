"""Numbers that are part of a name: inside a body's name before its head ("Greave County 911
Authority"), or ending it ("Teamsters Local 727", "TabStar 300", "NavCharta 8", "Baybay FM
95.1")."""

from __future__ import annotations

import re

from .lexicon import COMPANY_HEADS, GOV_HEADS, MEDIA_HEADS
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


def number_ends_name(toks: list[Tok], j: int) -> bool:
    """Whether the name's last word is a union's "Local" before its number: "Local 77", or a
    product's coined name before its model's: "TabStar 300 optical-scan tabulators"."""
    number = j + 1 < len(toks) and toks[j + 1].text.isdigit()
    # (a model's number, or its version's: "NavCharta 8", named so apart from "NavCharta 7")
    coined = re.fullmatch(r"[A-Z][a-z]+[A-Z][A-Za-z]*", toks[j].text) is not None
    coined = coined and number and 1 <= len(toks[j + 1].text) <= 4
    year = number and re.fullmatch(r"(?:19|20)\d\d", toks[j + 1].text) is not None
    after = toks[j + 2].text if j + 2 < len(toks) else ""
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
