"""A sentence's first word that is a name: "Mijente accused …", not "Federal agents" or
"Surveillance grew …". Names inside a sentence are capitalised; at its start, only the words
around them tell. So do the words that open a heading's name ("STATEMENT FROM THE X") and an
office holder's title that names the office ("The Auditor-General found …")."""

from __future__ import annotations

import re

from . import cues as cx
from . import lexicon as lx

_STARTERS = {
    "police",
    "authorities",
    "lawmakers",
    "critics",
    "officials",
    "records",
    "experts",
    "ahead",
    "amid",
    "inside",
    "outside",
    "together",
    "overall",
    "indeed",
    "asked",
    "speaking",
    "following",
    "despite",
    "currently",
    "unlike",
    "like",
    "whether",
    "none",
    "nothing",
    "everyone",
    "anyone",
    "someone",
    "users",
    "customers",
}


# Plural nouns that an adjective or a modifier opens a sentence with: "Board members said",
# "Civil rights groups": not verbs after a name.
_PLURAL_NOUNS = (
    "(?:members|rights|groups|officials|employees|agents|officers|leaders|workers|users|"
    "activists|companies|firms|agencies|lawmakers|senators|residents|customers|advocates|"
    "researchers|experts|critics|organizations|organisations|lawyers|staffers)"
)


def name_like(word: str, after: str = "") -> bool:
    """A sentence's first word that is likely a name: "Mijente accused …", not "Federal agents".

    `after` is the text that follows: a name is followed by a verb ("accused", "says", "is",
    "bought"), an adjective by the noun it qualifies. An acronym may have its staff between
    ("ICE agents used …").
    """
    low = word.lower()
    acronym = word.isupper() and 2 <= len(word) <= 6 and word.isalpha()
    staff = _STAFF.match(after) if acronym else None
    if after and _APPOSED.match(after):
        # a kind after a comma says a name, whatever its ending: "Prism, a video search tool"
        return word.isalpha() and word[:1].isupper() and low not in lx.FUNCTION_WORDS
    if after and not _verb_after(after[staff.end() :] if staff else after):
        return False
    if acronym:
        return True  # an acronym: "ICE purchased …"
    if " " in word or len(word) < 3 or low in lx.FUNCTION_WORDS or low in _STARTERS:
        return False
    if low in lx.MONTHS_DAYS or low.endswith(("s", "ly", "ing", "ed", "'")):
        return False
    if low in _COMMON_NOUNS or low.endswith(lx.ABSTRACT_ENDINGS):
        return False  # "Staff opposed …", "Surveillance grew …": a bare noun, no name
    return word[0].isupper() and word[1:].islower() and word.isalpha()


# What a name's apposition calls it: "Clearline, the face-search company …"
_APPOSED = re.compile(
    r"^, (?:a|an|the) (?:[\w-]+ ){0,3}?(?:company|firm|startup|maker|vendor|developer|app|tool|"
    r"system|platform|software|product|device|service|group|coalition|nonprofit|subsidiary)\b"
)


def _verb_after(after: str) -> bool:
    """Whether a verb comes next: an auxiliary, a regular form, or any form of a cue verb
    ("bought", "sold", "won"), which English does not build with -ed."""
    match = _NEXT_WORD.match(after)
    if not match or re.fullmatch(_PLURAL_NOUNS, match.group(1)):
        return False
    found = match.group(1)
    if found.endswith("ing"):
        return False  # "Military contracting startup X": a modifier, not a predicate
    return bool(_VERB_FORM.fullmatch(found)) or found in cx.verb_words() or found in _SAID


_NEXT_WORD = re.compile(r"\s+(?:itself\s+)?([a-z]+)\b")
_VERB_FORM = re.compile(
    r"is|are|was|were|has|have|had|will|would|can|could|also|did|do|does|said|says|[a-z]+ed|[a-z]+s"
)
_SAID = frozenset({"told", "wrote", "took", "gave", "sent", "spent", "began", "became"})
# Staff an acronym may govern: "FBI officials said", "CBP officers used".
_STAFF = re.compile(
    r"\s+(?:agents|officials|officers|employees|staff|staffers|analysts|"
    r"detectives|investigators|deputies|personnel)\b"
)
# Nouns that open a sentence bare, singular or mass, where a name would stand: names of
# bodies' and firms' kinds, people's roles and collective nouns.
_COMMON_NOUNS = (
    lx.GOV_HEADS
    | lx.COMPANY_HEADS
    | lx.PRODUCT_NOUNS
    | lx.ADVOCACY_HEADS
    | lx.TITLE_WORDS
    | lx.PERSON_CONTEXT_NOUNS
    | lx.RESEARCH_HEADS
    | lx.POLICY_HEADS
    | lx.NOT_ACTORS
    | lx.BARE_NOUNS
)


# A document's kind and whom it is from, opening a heading: "STATEMENT FROM THE X", "Joint
# statement by X and Y", "MESSAGE FROM THE CHAIR": the kind and "from" are no part of a name
_ISSUED = re.compile(
    r"(?:(?:joint|press|media|public|open|official|formal) )?(?:statement|message|news|update|"
    r"letter|release|notice|response|submission|briefing) (?:from|by) (?P<the>the )?"
)


def issued_kind(words: list) -> bool:
    """Whether the words open with a document's kind before "from" or "by" and a name."""
    opening = " ".join(w.text.lower() for w in words[:4])
    issued = _ISSUED.match(opening)
    return len(words) > 2 and issued is not None and issued.end() < len(opening)


def issued_lead(text: str) -> bool:
    """Whether a heading's text before a name is such a kind ("STATEMENT FROM THE ")."""
    return _ISSUED.match(re.sub(r"\s+", " ", text.lower())) is not None


def standing_office(words: list) -> bool:
    """Whether a name's words (tokens), without an opening "The", are only an office holder's
    title that stands for the office: "The Auditor-General", "Controller and Auditor-General"."""
    said = " ".join(w.text.lower() for w in words)
    return said.removeprefix("the ") in lx.STANDING_OFFICES


# A heading in capitals that names a document or a sitting, not a body: "REPORT TO THE BOARD OF
# DIRECTORS", "ORDINARY COUNCIL MEETING" (the body's "Board" or "Council" is the text's body)
_DOCUMENT_OPENERS = frozenset(["report", "minutes", "notice", "agenda", "memorandum", "item"])
_SITTINGS = frozenset(["meeting", "session", "sitting", "hearing", "agenda", "minutes"])


def document_heading(name: str) -> bool:
    """Whether a name in capitals is a document's or a sitting's heading."""
    words = name.lower().split()
    return (
        name.isupper()
        and len(words) > 1
        and (words[0] in _DOCUMENT_OPENERS or words[-1] in _SITTINGS)
    )
