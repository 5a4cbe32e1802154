"""Whether the halves of a name holding "and" are written apart in the text: "Department of
Justice and Court Administration" is one name where "Court Administration" is never written on
its own and its words are common ones the text also writes in lower case."""

from __future__ import annotations

import re

from .field_words import FIELD_NOUNS, MEMBERS_HEADS, MINISTRY_WORDS, abstract_noun, members_word
from .lexicon import (
    ADVOCACY_HEADS,
    COMPANY_HEADS,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    GOV_HEADS,
    GOV_STARTS,
)
from .places import place_kind


def never_apart(left: list[str] | None, right: list[str], text: str) -> bool:
    """Whether the one to three words after "and" (and those before it, unless None: a
    ministry's start may stand alone) are written in the text only as part of this name, and
    the fields they name are shaped as common nouns (a ministry's words after "and"; a body's
    last word before "and" and its words after it up to its head): "Department of Revenue and
    Gaming", "Cebu Gaming and Amusements Board" (not "Department of Justice and Palantir", nor
    "… and Google" where the text names Google again)."""
    fields = right if left is None else left[-1:] + right[:-1]
    # a ministry's "… and Digital Networks", "… and Social Services", "… and Circular Economy"
    last = right[-1].lower()
    if left is None and len(right) >= 2 and (last in _MINISTRY_ENDS or abstract_noun(right[-1])):
        fields = right[:-1]
    if not text or not 1 <= len(right) <= 3:
        return False
    if not all(field_shaped(w) or common_here(w, text) for w in fields):
        return False
    return all(
        len(_written(text, half)) <= len(_written(text, [*(left or []), "and", *right]))
        for half in ([left, right] if left else [right])
    )


# A portfolio's last word that is also a firm's: "Digital Networks", "Emergency Services"
_PORTFOLIO_ENDS = frozenset(["networks", "services", "systems", "industries", "enterprise"])
# The last word of a ministry's second portfolio, after which its other words are its field's
_MINISTRY_ENDS = _PORTFOLIO_ENDS | MINISTRY_WORDS


def field_shaped(word: str) -> bool:
    """A capitalised common noun of a field: "Gaming", "Registry", "Sector", "Land Use"."""
    lower = word.lower()
    if lower in GOV_HEADS | GOV_STARTS | COMPANY_HEADS | GIVEN_NAMES | FUNCTION_WORDS:
        return False
    return (
        lower in MINISTRY_WORDS | FIELD_NOUNS
        or abstract_noun(word)
        or re.fullmatch(r"[A-Z][a-z]{2,}(?:ing|ry|ics|ism|age|or)s?|Uses?", word) is not None
        # (an adjective of a field: "Circular", "Voluntary", "Northern", "Indigenous")
        or re.fullmatch(r"[A-Z][a-z]{3,}(?:al|ar|ary|ern|ous|ive|ic)", word) is not None
    ) and place_kind(word) is None


def common_here(word: str, text: str) -> bool:
    """Whether the text also writes the word in lower case, as a common noun or adjective
    ("court", "civil", "reform"): a brand's or a person's name is not written so."""
    lower = word.lower()
    if lower == word or lower in GIVEN_NAMES | COMPANY_HEADS | FUNCTION_WORDS:
        return False
    # (a plural's singular: "tribunal" of "Tribunals")
    forms = "|".join(map(re.escape, {lower, lower[:-1] if lower.endswith("s") else lower}))
    return re.search(r"(?<![\w’'-])(?:" + forms + r")(?![\w’'-])", text) is not None


def _written(text: str, words: list[str]) -> list[str]:
    """Each place the words are written in the text, as a name of their own (no capitalised
    word joined before or after, nor a name's first half before "and": "the Minister of
    Justice and Court Administration" is no place "Court Administration" is written alone)."""
    phrase = r"\s+".join(map(re.escape, words))
    pattern = r"(?<![\w’'-])(?<![A-Z]\w )" + phrase + r"(?![\w’'-])(?! [A-Z])"
    return [
        found.group()
        for found in re.finditer(pattern, text)
        if not _JOINED.search(text, max(0, found.start() - 40), found.start())
    ]


_JOINED = re.compile(r"[A-Z][\w’'-]* and $")


def two_places(left: list[str], right: list[str], text: str) -> bool:
    """Whether "left and right" is one body of two places ("Sallowfield and Kestleigh Ambulance
    Service Trust", "Harrowfield and Dene Valley Hospitals NHS Trust", "Port Alder and District
    Chamber of Commerce"): a body's head at the end, and before "and" a name the text writes
    only as a place (after "in", "of", "for" or "across", or before "and" in another name) or
    to open other names, never as a name of its own ("Palantir said")."""
    if not 1 <= len(left) <= 2 or not 2 <= len(right) <= 6:
        return False
    if right[0] == "District" and right[1][:1].isupper():
        return True  # "X and District …": the town and the country around it
    if right[-1].lower() not in GOV_HEADS | ADVOCACY_HEADS | {"trust", "forum"}:
        return False
    words = left + right[:1]
    if not all(re.fullmatch(r"[A-Z][a-z’'-]{2,}", w) for w in words):
        return False
    named = GIVEN_NAMES | COMPANY_HEADS | GOV_HEADS | GOV_STARTS | ADVOCACY_HEADS | MEMBERS_HEADS
    if any(w.lower() in named or members_word(w) for w in words):
        return False
    name = r"\s+".join(map(re.escape, left))
    alone = re.finditer(r"(?<![\w’'-])(?<![A-Z]\w )" + name + r"(?![\w’'-])(?! [A-Z])", text)
    seen = False
    for found in alone:
        before = text[max(0, found.start() - 12) : found.start()]
        if re.search(r"\b(?:in|of|for|across|around|near|from|at)\s+$", before):
            seen = True
        elif not text.startswith(" and ", found.end()):
            return False  # written as a name of its own
    opens = re.search(r"(?<![\w’'-])" + name + r" (?!and\b)[A-Z]", text) is not None
    return seen or opens


# A body's last word: a name after "and" that ends so is a body of its own
_BODY_HEADS = frozenset(
    ["administration", "agency", "authority", "board", "bureau", "commission", "committee"]
    + ["council", "court", "department", "directorate", "division", "office", "ministry"]
    + ["service", "unit", "tribunal", "panel", "police", "force", "inspectorate", "institute"]
)


def halves_unwritten(left: list[str], right: list[str], text: str, body_start: bool) -> bool:
    """Whether "left and right" is one name because the text never writes either half as a
    name of its own: "Department of Employment and Fair Work" and "Committee on Motor Vehicles
    and Digital Credentials" (a body of, for or on two things, `body_start`), "Civil and Public
    Workers' Alliance" (a members' body whose first word is a trade's). Not "ACLU and Electronic
    Frontier Foundation" (an acronym) nor a name after a person's or a firm's word."""
    if not text or not 1 <= len(right) <= 5 or right[0].lower() in GOV_STARTS:
        return False
    named = GIVEN_NAMES | COMPANY_HEADS | FUNCTION_WORDS
    if not all(re.fullmatch(r"[A-Z][A-Za-z’'-]+", w) and w.lower() not in named for w in right):
        return False
    if body_start:
        if len(right) > 3 or right[-1].lower() in _BODY_HEADS | ADVOCACY_HEADS:
            return False  # ("Department of Justice and Victims Service": a body after "and")
        # (one of its words a field's: not "Department of Justice and Palantir", a firm's name)
        fields = [w for w in right if field_shaped(w) or common_here(w, text)]
        if not fields or (len(right) == 1 and not field_shaped(right[0])):
            return False
    elif not (
        len(left) == 1
        and re.fullmatch(r"[A-Z][a-z’'-]{2,}", left[0])
        and left[0].lower() not in named | GOV_HEADS | ADVOCACY_HEADS
        and len(right) >= 2
        and (
            (right[-1].lower() in MEMBERS_HEADS | {"circle"})
            and members_word(right[-2].rstrip("’'"))
            # ("Lagan and Mourne Health Trust": a body of two places, neither written alone)
            or (right[-1].lower() in {"trust"} | _BODY_HEADS and place_kind(right[0]) is None)
        )
    ):
        return False
    joined = r"\s+".join(map(re.escape, [*left, "and", *right]))
    rest = re.sub(joined, " ", text)
    # (each half where the text writes it, less where it is part of the whole name or, the
    # first half, of another such name: "Lagan and Mourne Health and Social Care Trust")
    first = r"\s+".join(map(re.escape, left)) + r"\s+and\s+[A-Z]"
    return not _written(re.sub(first, " ", rest), left) and not _written(rest, right)
