"""The titles a signer holds: a head's ("President and Chief Executive Officer"), another still
held ("General Counsel", "CTO"), and words that make what follows a name no title ("a client of
Y", "Former Chief of Police")."""

from __future__ import annotations

import re

from . import lexicon as lx

# A head's title in a signature: "President and Chief Executive Officer", "Executive Director",
# "Chief of Police", "Director" alone (not "Chief Information Officer", "Deputy Director")
HEAD_TITLE = re.compile(
    r"^(?:(?:acting |interim )?(?:president|chief executive officer|ceo|chief executive|"
    r"executive director|chair|chairman|chairwoman|chairperson|executive chair(?:man)?|"
    r"chief of police|police chief|fire chief|chief fire officer|chief constable|chief|head|"
    r"sheriff|mayor|director|founder|co-founder|commissioner(?: of [a-z]+)?|superintendent|"
    r"director[- ]general|(?:cabinet |general )?secretary(?:[- ]general)?|chief electoral officer|"
    r"inspector general|administrator|minister|governor|leader|managing director|general manager|"
    r"chief inspector|ombudsman|ombudsperson|registrar[- ]general|"
    r"(?:national|chief|state) (?:archivist|librarian)|"
    r"auditor[- ]general(?: for [a-z ]+)?|commissioner[- ]general|"
    r"comptroller(?: general)?(?: of [a-z ]+)?)"
    r"(?: and | & |/|$))+"
)


def head_title(title: str) -> bool:
    """Whether a signer's title is a head's, or holds one ("Registrar and Chief Executive"; not
    "Secretary and Treasurer")."""
    parts = re.split(r" and | & |/", title)
    if parts[0] != "secretary" and HEAD_TITLE.match(title) is not None:
        return True
    return any(HEAD_TITLE.fullmatch(part) and part != "secretary" for part in parts[1:])


def signing_title(title: str) -> bool:
    """Whether the words after a signer's name are a title still held."""
    words = title.rstrip(".").split()
    if not words or set(words) & _PAST_TITLES:
        return False
    if HEAD_TITLE.match(title) or _OFFICER_TITLE.match(title):
        return True
    if "of" in words[1:]:  # "Commissioner of Customs": the title before its portfolio
        words = words[: words.index("of")]
    return words[-1] in lx.TITLE_ENDS | _SIGNED_ENDS and not set(words) & _NOT_TITLES


# Titles a signature gives beside the lexicon's: an officer's letters ("CTO", "CFO"), a vice
# president's or a head's of a function ("VP Public Sector", "Head of Investor Relations")
_OFFICER_TITLE = re.compile(r"^(?:c[a-z]{1,2}o|(?:senior |executive )?vp|svp|evp)\b|^head of ")
_SIGNED_ENDS = frozenset({"esq", "counsel", "partner", "associate", "consultant", "lead", "critic"})
_SIGNED_ENDS |= {"registrar", "researcher"}


# Words that make what follows a name no title of the signer's: "X, a client of Y, …"
_NOT_TITLES = frozenset({"a", "an", "the", "of", "at", "with"})
# A title not held, no longer or not yet: "Dana Whitcombe, Former Chief of Police, …",
# "Candidate for Superintendent: Dr. Lena Ortiz"
_PAST_TITLES = frozenset({"former", "retired", "ex", "ex-", "emeritus", "onetime", "past"}) | {
    *("candidate", "nominee", "applicant", "finalist", "proposed", "prospective", "designate"),
    *("outside", "external", "visiting", "guest"),
}
