"""Whose own page a text is, where no signature, letterhead or byline says: the body its address
names ("…/tenantsfirst/resources/…", "www.kelderby-police.ca"), or the one body it calls by
the capitalised word a council's own papers call it ("the City", "Council")."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ...states import state_code
from .entity import ORG_TYPES
from .places import place_kind

_ORGS = ORG_TYPES - {"MediaOrganization"}  # (an outlet's "we" is its reporters', no body's)
# Parts of an address that name no one: domains, a government's and a country's labels
_GENERIC = frozenset(
    ["www", "example", "org", "com", "net", "gov", "govt", "co", "ac", "edu", "int", "info"]
)


def own_body(sentences: list, url: str | None) -> str | None:
    """The one body whose name the address's host or first folder spells: its initials
    ("ffps" for Fennick Falls Police Service) or its first words run together ("tenantsfirst",
    "kelderby-police"). On a government's site named for its place ("yarrandale-vic-gov-au"),
    the body of that place the text calls "the City" or "Council" (`self_named`)."""
    if not url or not sentences:
        return None
    doc = sentences[0].doc
    parts = urlsplit(url)
    labels = parts.netloc.lower().split(".")
    folders = [f for f in parts.path.lower().split("/") if f][:1]
    bodies = [e for e in doc.entities.values() if e.type in _ORGS and not e.place and not e.guessed]
    places = {_plain(e.name) for e in doc.entities.values() if e.place}
    government = bool({"gov", "govt"} & set(labels))  # ("yarrandale.vic.gov.au")
    for slug in [label for label in labels[:-1] if label not in _GENERIC] + folders:
        # (a host's last label is its country or kind)
        tokens = [w for w in re.split(r"[-_.]", slug) if w]
        words = [w for w in tokens if w not in _GENERIC]
        # (short labels after the name are its state's or country's: "marrisford-county-wa")
        named = list(words)
        while len(named) > 1 and len(named[-1]) <= 3:
            named.pop()
        for joined in dict.fromkeys(["".join(words), "".join(named)]):
            if len(joined) < 3 or _place(joined, places):
                continue  # ("oslo": the place, whose bodies are many)
            found = {e.key for e in bodies if _spells(joined, e.names)}
            if len(found) == 1:
                body = found.pop()
                return None if _dealt_with(sentences, body) else body
        if government or "gov" in tokens:  # (a government's site: its body is the place's)
            body = self_named(sentences)
            name = _plain(doc.entities[body].name) if body else ""
            if any(len(word) > 3 and word in name for word in words):
                return body
    return None


# "we signed a five-year agreement with Heronwick Software": a customer's story on its
# vendor's site speaks as the customer
_WE_WITH = re.compile(r"\b[Ww]e\b[^.;@]{0,80}?\b(?:with|from|by) (?:the )?@(\d+)@")


def _dealt_with(sentences: list, body: str) -> bool:
    """Whether the text's "we" deals with the body as another party."""
    return any(
        sentence.mentions[int(index)].key == body
        for sentence in sentences
        for index in _WE_WITH.findall(sentence.masked)
    )


def _place(word: str, places: set[str]) -> bool:
    """A place's name: one the text names as a place, a known place, or a US state ("idaho")."""
    return word in places or place_kind(word) is not None or state_code(word) is not None


def _plain(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _spells(slug: str, names) -> bool:
    for name in names:
        words = [w for w in map(_plain, name.split()) if w]
        capitals = "".join(w[0] for w in name.split() if w[:1].isupper())
        if len(capitals) >= 3 and slug == capitals.lower():
            return True
        if name.isupper() and slug == name.lower():
            return True
        if any(slug == "".join(words[:k]) for k in range(1, len(words) + 1)):
            return True
    return False


# A council's own word for itself, capitalised as its own pages and reports write it
_SELF_REFERENCE = re.compile(r"(?:[Tt]he )?(?:City|Council)(?:['’]s)?")
# The first person plural, and quotations, where it is someone else's
OURS = re.compile(r"\b(?:[Ww]e(?:['’](?:ve|re|d|ll)\b)?|us|[Oo]urs?)\b(?!['’]\w)")
QUOTE = re.compile(r"[“\"][^”\"]{3,}?[”\"]")


def self_named(sentences: list) -> str | None:
    """The body a text in the first person plural (outside quotations, in two sentences at
    least) calls "the City" or "Council", and no other body so: a council's own page,
    "… under a hosting agreement between Coolabah Cloud Pty Ltd and the City"."""
    doc = sentences[0].doc
    bodies = {
        mention.key
        for sentence in sentences
        for mention in sentence.mentions
        if mention.generic and _SELF_REFERENCE.fullmatch(doc.text[mention.start : mention.end])
    }
    if len(bodies) != 1:
        return None
    body = doc.entities.get(next(iter(bodies)))
    if body is None or body.type not in _ORGS or body.place:
        return None
    ours = sum(
        1
        for sentence in sentences
        if OURS.search(QUOTE.sub("", doc.text[sentence.start : sentence.end]))
    )
    return body.key if ours >= 2 else None
