"""The thing "it" stands for after a verb of use or of making: "the department, which has
used it since 2025", "the college tested it in 40 courses", "Verrandi built it". Such an "it"
is the product the text named last, not an organisation (no one uses, tests or installs a
firm), unless a thing with no name came between ("Palantir makes ELITE. It is building a tool
for ICE. ICE is using it …"). The "it" a body says of itself is that body: "The forum said it
supported the rollout"."""

from __future__ import annotations

import re
from itertools import chain
from typing import TYPE_CHECKING

from . import lexicon as lx
from .entity import ORG_TYPES, Mention

if TYPE_CHECKING:
    from .mentions import DocumentEntities

_KIN = frozenset(
    ["brother", "sister", "son", "daughter", "husband", "wife", "father", "mother", "friend"]
    + ["uncle", "aunt", "cousin"]
)
_USED_IT = re.compile(
    r"\b(?:use|uses|used|using|tested|tests|piloted|pilots|trialled|trialed|deployed|deploys|"
    r"adopted|licensed|licenses|runs|ran|operates|operated|installed|bought|purchased|"
    # and a verb of making: "The product is called P. Verrandi built it."
    r"built|builds|developed|develops|designed|designs|created|creates|manufactured|"
    r"manufactures) "
    r"(?P<it>it)\b(?! (?:is|was|has|had|will|would|could|may|might|should)\b)"
)
# ... or a sentence's "It" that is hosted somewhere: "It runs on X's Sydney region", "It is
# hosted by X in its Amsterdam data centre" (a host keeps a thing, not a firm)
_IT_KEPT = re.compile(
    r"\b(?P<it>It)(?=(?:['’]s| is| was)(?: now| also| currently| still)? (?:hosted|stored|kept|"
    r"held) (?:on|in|at|by)\b|(?: now| also| currently| still)? (?:runs|ran|sits|lives) (?:on|in|"
    r"at)\b)"
)
_UNNAMED_THING = re.compile(
    r"\b(?:a|an|another|one) (?:[\w$.,-]+ ){0,3}?(?:tool|app|system|software|platform|program|"
    r"programme|product|device|dashboard|database|model|service|camera|drone|"
    # or what else "it" may be: "approved a $2 million contract, and A used it to …",
    # "bought a parcel …, and A has used it since", "approved a new jail, and C built it"
    r"contract|deal|agreement|grant|loan|budget|parcel|lot|property|building|site|jail|"
    r"facility|station|headquarters|warehouse|plant)s?\b"
    # money given: "gave A $2 million, and the department used it to hire analysts"
    r"|\b(?:gave|gives|give|awarded|granted|received|receives|raised|got|donated) "
    r"[^.;]{0,40}?\$\d"
)
# A firm that buys "it" buys the maker, not a copy: "Kelso Capital bought it for $300 million"
_BOUGHT = ("bought", "purchased")
_MAKING = ("built", "builds", "designed", "designs", "created", "creates")
# How many mentions back the product may be: a few sentences, not the whole text.
_LOOKBACK = 15


def used_it(doc: DocumentEntities, mentions: list[Mention], span) -> list[Mention]:
    """A mention of the last product named for each "it" a verb of use takes, and each "It"
    said to be hosted."""
    out = []
    kept = _IT_KEPT.finditer(doc.text, span[0], span[1])
    for match in chain(_USED_IT.finditer(doc.text, span[0], span[1]), kept):
        start, end = match.span("it")
        earlier = [m for ms in doc.mentions for m in ms if m.end <= span[0]]
        earlier += sorted((m for m in mentions if m.end <= start), key=lambda m: m.start)
        product = next(
            (m for m in reversed(earlier[-_LOOKBACK:]) if doc.entities[m.key].type == "Product"),
            None,
        )
        verb = doc.text[match.start() : start].strip()
        buyer = next((m for m in reversed(mentions) if m.end <= start), None)
        if (
            product is None
            or _UNNAMED_THING.search(doc.text, product.end, start)
            # "A built it into next year's budget": no making
            or (verb in _MAKING and doc.text.startswith(" into ", end))
            or (verb in _BOUGHT and buyer and doc.entities[buyer.key].type == "Company")
        ):
            continue
        out.append(Mention(start, end, product.key, generic=True))
    return out


# "X said it …", "X has told the Chief it backs …": the one who says speaks of itself
_SAID_IT = re.compile(
    r"\b(?:(?:said|says|added|argued|stated|insisted|maintains|maintained|confirmed|announced)"
    r" (?:on [A-Z][a-z]+ |(?:this|last) (?:week|month|morning|year) |yesterday |today "
    r"|in a (?:[\w-]+ )?(?:statement|letter|filing|submission) )?|told (?:[\w-]+ ){1,4}?)"
    r"(?:that )?(?P<it>it)\b"
    r"(?! (?:is|was|would be|will be) (?:un|not|im|possible|likely|time|important|hard|"
    r"difficult|clear|too|early|worth)\w*\b)"
    # (what it may or would do is no statement: "told staff it could work with HB 388")
    r"(?! (?:could|would|might|may|should|will|can)\b)"
)
_SAYERS = ORG_TYPES - {"MediaOrganization"}


def said_it(doc: DocumentEntities, mentions: list[Mention], span) -> list[Mention]:
    """A mention of the body a sentence opens with for each "it" it says of itself: "The
    Ntsikazi Heights Civic Forum said it supported the rollout"."""
    out = []
    for match in _SAID_IT.finditer(doc.text, span[0], span[1]):
        start, end = match.span("it")
        before = sorted((m for m in mentions if m.end <= match.start()), key=lambda m: m.start)
        # (the subject opens the sentence: not "the records X obtained said it …")
        opening = before[0] if before and before[0].start - span[0] < 12 else None
        if opening is None or opening.possessive:
            continue
        sayer = doc.entities[opening.key]
        if sayer.type in _SAYERS and not sayer.place and all(m.key == sayer.key for m in before):
            out.append(Mention(start, end, sayer.key, generic=True))
    return out


# "Y is its first and biggest customer": "its" is the firm the text told of last
_ITS_CUSTOMER = re.compile(
    r"\b(?:is|was|has been|remains|became) (?:now )?(?:the |one of )?(?P<its>its) "
    r"(?:[\w-]+ ){0,3}?(?:customer|client)s?\b"
)


def its_customer(doc: DocumentEntities, mentions: list[Mention], span) -> list[Mention]:
    """A mention of the firm named last before the sentence for the "its" of "Y is its first
    customer", where the sentence names no firm before it."""
    out = []
    for match in _ITS_CUSTOMER.finditer(doc.text, span[0], span[1]):
        start, end = match.span("its")
        before = [m for m in mentions if m.end <= start]
        if any(doc.entities[m.key].type == "Company" for m in before):
            continue  # "X said Y is its largest customer": X's, read by the phrase rules
        earlier = [m for ms in doc.mentions for m in ms if m.end <= span[0]]
        firm = next(
            (m for m in reversed(earlier[-_LOOKBACK:]) if doc.entities[m.key].type == "Company"),
            None,
        )
        if firm is not None:
            out.append(Mention(start, end, firm.key, possessive=True, generic=True))
    return out


# Someone a sentence describes without a name, whom a later "he" or "she" may mean: "the
# mayor", "her brother", "a man"
_UNNAMED_PERSON = re.compile(
    r"\b(?:the|a|an|his|her|their|its|our|my)(?: [\w-]+){0,2}? (?:"
    + "|".join(sorted(lx.TITLE_ENDS | lx.PERSON_CONTEXT_NOUNS | _KIN))
    + r")s?\b"
)


def lone_person(doc: DocumentEntities, named: list[Mention], start: int) -> str | None:
    """ "X worked as a dispatcher before he founded Y": the one person the sentence named
    before the pronoun at `start`, unless someone it names by a description comes between
    ("X criticized the mayor because he …")."""
    people = [m for m in named if m.end <= start and doc.entities[m.key].type == "Person"]
    if len({m.key for m in people}) != 1:
        return None
    return None if _UNNAMED_PERSON.search(doc.text, people[-1].end, start) else people[-1].key


# What only a firm does, after an "It" that opens a sentence: "It makes P"
_FIRM_VERB = re.compile(
    r" (?:also |now |still )?(?:makes|develops|builds|manufactures|designs|sells|supplies)\b"
)


def firm_kinds(text: str, end: int, kinds):
    """What an "It" opening a sentence may stand for: only a firm when it "makes P" (not the
    group the last sentence was about), else `kinds`."""
    return {"Company", "Organization"} if _FIRM_VERB.match(text, end) else kinds
