"""What an owner names as its own: "Amazon and its home security company Ring", "X, through
its subsidiary Y" (Y is part of X); "X's Safe City initiative", "X's Gotham platform" (X
develops it)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .checks import unstated
from .clauses import words
from .entity import ORG_TYPES, THING_TYPES
from .rules import Found

if TYPE_CHECKING:
    from .relations import Sentence

_ITS_UNIT = re.compile(
    r"@(?P<o>\d+)@(?:'s)?,? (?:and|with|through|via|including|along with) its "
    r"(?:[\w-]+ ){0,3}?(?:company|subsidiary|unit|division|arm|brand|startup|affiliate) "
    r"@(?P<s>\d+)@(?!'s)"
)
_ORGS = ORG_TYPES - {"EmployeeGroup"}
_FIRMS = ("Company", "Organization")  # (a city is no maker: "Corrabine City Council")

PRODUCT_NOUNS = (
    r"(?:product|app|application|tool|software|platform|system|service|suite|database|device|"
    r"camera|technology|program|programme|kit|sensor|scanner|reader|drone|algorithm|model|"
    r"portal|dashboard|module|add-on|tracker|engine|chatbot|headset|robot|validator|kiosk|"
    r"terminal|initiative|project)s?"
)
# "X's Gotham platform", "X, whose P product": a product named before its kind
_OWN_PRODUCT = re.compile(
    r"@(?P<o>\d+)@(?:'s?|, whose) @(?P<p>\d+)@ (?:[a-z-]+ ){0,2}?" + PRODUCT_NOUNS + r"\b"
)
# Words before the noun, but none that makes the owner another party's: "X's rival app" and
# "X's partner platform" are not X's.
_MODIFIERS = (
    r"(?:(?!(?:rival|competitor|competing|alternative|partner|customer|client|supplier|vendor)"
    r"s?\b)[\w-]+ ){0,5}?"
)
# "X's flagship product, P," and "X's new app P"; "P, X's flagship product,"
_OWNER_NAMES_PRODUCT = re.compile(
    r"@(?P<o>\d+)@'s? " + _MODIFIERS + PRODUCT_NOUNS + r",? @(?P<p>\d+)@(?!'s)"
)
# The product noun ends the apposition (its head): "P, X's product lead," is a person.
_PRODUCT_OF_OWNER = re.compile(
    r"@(?P<p>\d+)@, @(?P<o>\d+)@'s? "
    + _MODIFIERS
    + PRODUCT_NOUNS
    + r"(?=\s*(?:[,.;:!?)\]—–]|$)|\s+(?:that|which|used|built|made|designed|developed|sold|"
    r"marketed|called|for|from|by|with|in|on|to|is|was|has|had)\b)"
)


# What a maker is before its name: "the Yorkshire software house Y", "the Danish group Y"
_DESCRIBED_FIRM = r"(?:company|firm|house|group|start-?up|maker|developer|manufacturer|vendor)"


# "X, whose case-tracking app, P, …": the firm's own product
_WHOSE_PRODUCT = re.compile(
    r"@(?P<o>\d+)@, whose " + _MODIFIERS + PRODUCT_NOUNS + r",? @(?P<p>\d+)@(?!'s)"
)
# "P, a scoring tool developed by X", "P, an app made by X", "P, a video search tool from X",
# "P, software made by X"
_PRODUCT_MADE_BY = re.compile(
    r"@(?P<p>\d+)@, (?:(?:a|an|the) )?"
    + _MODIFIERS
    + PRODUCT_NOUNS
    + r"(?: \((?:@\d+@|[a-z]{2,8})\))? (?:(?:that was |which was )?"  # ("system (ECDIS) made by")
    r"(?:developed|made|built|designed|created|written|sold|marketed) by|(?P<from>from)) (?:the )?"
    r"@(?P<o>\d+)@(?!['’])"  # not "from X's rival Y"
    r"(?! (?:[a-z-]+ ){0,2}?" + _DESCRIBED_FIRM + r" @\d+@)"  # ("the Yorkshire software house Y")
)

# the same where the description is read as the product itself: "P, the signal software from X"
_PRODUCT_DESCRIBED_FROM = re.compile(
    r"@(?P<p>\d+)@, @(?P<r>\d+)@ (?:(?P<from>from)|(?:developed|made|built|designed) by) (?:the )?"
    r"@(?P<o>\d+)@(?!['’])"
)

# "the P system from X", "the P app, built by X": the maker after the thing's name and kind
_NAMED_KIND_FROM = re.compile(
    r"@(?P<p>\d+)@ (?:[a-z-]+ )?" + PRODUCT_NOUNS + r",? (?:(?:that was |which was )?"
    r"(?:developed|made|built|designed|created|written) by|(?P<from>from)) (?:the )?"
    r"@(?P<o>\d+)@(?!['’])"
)

# A purchase just before a thing's name: "approves the purchase of 64 P scanners from X"
_BOUGHT_BEFORE = re.compile(
    r"\b(?:purchase|order) of [^@;]{0,20}?$|\b(?:bought|purchased|orders?|"
    r"ordered|buys?) [^@;]{0,20}?$"
)
# "P, a product of X", "P is a brand of X": the maker after "of"
_PRODUCT_OF = re.compile(
    r"@(?P<p>\d+)@(?:,| is) (?:a|an|the) (?!(?:former|previous|old|onetime) )"
    r"(?:[\w-]+ ){0,2}?(?:product|brand|offering|creation|invention) of (?:the )?"
    r"(?:[\w.]+-based )?@(?P<o>\d+)@(?!['’])(?! until\b)"  # ("of Sydney-based X")
)

# "P's maker, X", "P, from X, …": the maker after the thing; "X's first product, a
# report-writing program called P"
_MAKER_OF_PRODUCT = re.compile(
    r"@(?P<p>\d+)@'s (?:maker|developer|manufacturer|creator),? (?:the )?@(?P<o>\d+)@(?!['’])"
    r"|@(?P<p2>\d+)@, from (?:the )?@(?P<o2>\d+)@(?!['’]),"
    r"|@(?P<o3>\d+)@['’]s? (?:first|latest|newest|flagship|main) product, (?:an? |the )?"
    r"(?:[\w-]+ ){0,4}?(?:called|named|known as) @(?P<p3>\d+)@"
)

# "the University of X, whose School of Public Health …": a unit named after "whose"
_WHOSE_UNIT = re.compile(r"@(?P<o>\d+)@, whose @(?P<s>\d+)@(?!'s)")
_UNIT_HEADS = words("""
    school college faculty lab laboratory center centre institute department bureau office
    division unit program programme clinic hospital
""")


# "Dunmore University's Tessel Center": a unit named after its owner's possessive
_OWNERS_UNIT = re.compile(r"(?<![\w@])@(?P<o>\d+)@'s @(?P<s>\d+)@(?!'s)")
# "the Castellan Center at Merrow University": a unit at a university
_UNIT_AT = re.compile(r"@(?P<s>\d+)@ at (?:the )?@(?P<o>\d+)@(?!'s)")


def owned_parts(sentence: Sentence) -> list[Found]:
    out = []
    readings = (
        (_WHOSE_UNIT, "whose unit"),
        (_OWNERS_UNIT, "owner's named unit"),
        (_UNIT_AT, "unit at university"),
    )
    for pattern, rule in readings:
        for match in pattern.finditer(sentence.masked):
            part = sentence.entity(int(match.group("s")))
            owner = sentence.entity(int(match.group("o")))
            if rule == "unit at university" and not _university(owner):
                continue
            head = part.name.lower().split(" of ")[0].split(" for ")[0].split()[-1]
            # an owner whose kind the text leaves open may be a place: "Greyhaven's Division"
            fits = part.type in _ORGS and owner.type in _ORGS - {"Organization"} and not owner.place
            if head in _UNIT_HEADS and part.key != owner.key and fits:
                out.append(Found(part.key, "partOf", owner.key, 0.65, rule))
    for match in _ITS_UNIT.finditer(sentence.masked):
        if unstated(sentence.masked, match.start(), match.end()):
            continue
        part = sentence.entity(int(match.group("s")))
        owner = sentence.entity(int(match.group("o")))
        if part.key != owner.key and part.type in _ORGS and owner.type in _ORGS:
            out.append(Found(part.key, "partOf", owner.key, 0.7, "its unit"))
    return out


def _university(entity) -> bool:
    words = entity.name.lower().split()
    return entity.type == "ResearchOrganization" and ("university" in words or "college" in words)


# A maker named beside the products: they are no firm's own that it only sells or licenses
MADE_ELSEWHERE = re.compile(
    r"\b(?:made|built|developed|designed|manufactured|sold|licensed) (?:by|from)\b|\bfrom @"
)
# "Its ParcelSight tool flags …", "Its products include A and B": the firm named just before
_ITS_PRODUCT = re.compile(
    r"^its (?:(?:new|flagship|main|core|latest|newest|own) )?@(?P<p>\d+)@ (?:[a-z-]+ ){0,2}?"
    + PRODUCT_NOUNS
    + r"\b|^its (?:[a-z-]+ )?products (?:include|includes|are) (?P<list>@\d+@(?:(?:,| and|, and) "
    r"@\d+@)*)"
)


def its_products(sentence: Sentence) -> list[Found]:
    """A sentence opening with "its" names the products of the company the last sentence is
    about."""
    match = _ITS_PRODUCT.match(sentence.masked)
    if match is None or unstated(sentence.masked, 0, len(sentence.masked)):
        return []
    doc = sentence.doc
    # the last sentence's first name, its subject most often ("X, which Y Partners bought in
    # 2023, sells to ports. Its P tool …": X's)
    earlier = [ms for ms in doc.mentions if any(0 <= m.start < sentence.start for m in ms)]
    named = (
        sorted((m for m in earlier[-1] if m.start >= 0), key=lambda m: m.start) if earlier else []
    )
    line = doc.text.rfind("\n", 0, named[0].start) + 1 if named else 0
    bodies = {  # (not one inside an aside: "X, which Y bought in 2023, sells …")
        m.key
        for m in named
        if doc.entities[m.key].type in _ORGS
        and not re.search(r", (?:which|who|whose)\b[^,]*$", doc.text[line : m.start])
    }
    owner = named[0] if named else None
    if owner is None or sentence.start - owner.end > 400 or len(bodies) != 1:
        return []  # ("X lost the bid to Y. Its products …": whose is not told)
    opening = doc.text[doc.text.rfind("\n", 0, owner.start) + 1 : owner.start]
    if re.search(r"\b(?:to|by|from|with|of|for|about)\s+(?:the\s+)?$", opening, re.I):
        return []  # "According to X, the department …": X is no subject
    if MADE_ELSEWHERE.search(sentence.masked):
        return []  # "Its products include A, made by Y", "its P software, licensed from Y"
    firm = doc.entities[owner.key]
    if firm.type != "Company" or firm.place:
        return []
    named = [match.group("p")] if match.group("p") else re.findall(r"@(\d+)@", match.group("list"))
    products = [sentence.entity(int(i)) for i in named]
    return [
        Found(firm.key, "develops", p.key, 0.6, "its product")
        for p in products
        if p.key != firm.key and (p.type in THING_TYPES or p.guessed)
    ]


def owned_products(sentence: Sentence) -> list[Found]:
    """Products a company's possessive names: "X's Gotham platform", "X's flagship product,
    P," and "P, X's new app," (X develops P)."""
    out = []
    for pattern, confidence, rule in (
        (_OWN_PRODUCT, 0.65, "owner's named product"),
        (_OWNER_NAMES_PRODUCT, 0.65, "owner's product named"),
        (_PRODUCT_OF_OWNER, 0.65, "product, owner's"),
        (_PRODUCT_MADE_BY, 0.7, "product, made by"),
        (_PRODUCT_DESCRIBED_FROM, 0.7, "product, made by"),
        (_NAMED_KIND_FROM, 0.7, "product, made by"),
        (_PRODUCT_OF, 0.7, "product, made by"),
        (_MAKER_OF_PRODUCT, 0.65, "product, made by"),
        (_WHOSE_PRODUCT, 0.65, "whose product"),
    ):
        out += _products(sentence, pattern, confidence, rule)
    return out


def _products(sentence: Sentence, pattern: re.Pattern, confidence: float, rule: str) -> list:
    out = []
    for match in pattern.finditer(sentence.masked):
        if unstated(sentence.masked, match.start(), match.end()):
            continue
        groups = match.groupdict()
        owner = sentence.entity(int(groups["o"] or groups.get("o2") or groups.get("o3")))
        product = sentence.entity(int(groups["p"] or groups.get("p2") or groups.get("p3")))
        described = match.groupdict().get("r")
        if described is not None and sentence.entity(int(described)).key != product.key:
            continue  # "P, Q from X": Q is no description of P
        # (a thing "made by" an organisation of no known kind says it is a maker; one "from"
        # it may be from a place: "a tool from Boulder")
        came = groups.get("from") or groups.get("p2")  # "from X" may be from a place
        if came and _BOUGHT_BEFORE.search(sentence.masked, 0, match.start()):
            continue  # "the purchase of 64 P scanners from X": the seller, maybe no maker
        made = rule == "product, made by" and not came
        told = not owner.guessed or made
        maker = owner.type == "Company" or (owner.type == "Organization" and told)
        maker = maker and not owner.place  # "a tool from Boulder"
        # ("X, from Y," may be a person or a body from Y: only a thing named as one)
        thing = product.type in THING_TYPES or (product.guessed and not groups.get("p2"))
        if maker and thing:
            out.append(Found(owner.key, "develops", product.key, confidence, rule))
    return out


def named_products(sentence: Sentence) -> list[Found]:
    """ "Amazon Rekognition": a product named after its maker is developed by it."""
    out = []
    for index, mention in enumerate(sentence.mentions):
        entity = sentence.entity(index)
        if not entity.developer or mention.generic or entity.type not in THING_TYPES:
            continue
        maker = sentence.doc.entities[entity.developer]
        written = sentence.doc.text[mention.start : mention.end]
        if maker.type in _ORGS and written.startswith(maker.name) and _a_maker(sentence, maker):
            out.append(Found(maker.key, "develops", entity.key, 0.6, "product name"))
    return out


def _a_maker(sentence: Sentence, prefix) -> bool:
    """Whether a product name's first word names its maker: a known firm, one the text names at
    length ("Graylark Recall" beside "Graylark Vision") or one the word alone does what a firm
    does ("Skarnwell was paid $2 million"). Else the word is more often the product's own short
    name ("Skein runs on …" of "Skein Dispatch", Heronwick's platform) or a family of products
    ("Corrabine Go" and "Corrabine Connect", the city's apps)."""
    if prefix.registry_id:
        return True
    start = prefix.name + " "
    if any(
        other.name.startswith(start) and other.type in _FIRMS and not other.developer
        for other in sentence.doc.entities.values()
    ):
        return True
    return re.search(rf"\b{re.escape(prefix.name)}" + _FIRM_DOES, sentence.doc.text) is not None


# What a firm named alone does: "Kaamos signed", "Selvedge says", "Skarnwell was paid"
_FIRM_DOES = (
    r"(?: (?:Inc|Ltd|LLC)\b\.?)?,? (?:was paid|is paid|has been paid|said|says|won|signed|sells|"
    r"sold|makes|made|builds|built|develops|developed|markets|licenses|licensed|supplies|supplied|"
    r"declined|did not respond|was awarded|employs|was founded|raised|announced|told)\b"
)
