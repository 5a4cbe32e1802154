"""Short names of the text's entities: which stand for a longer name the text also uses."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...names import is_legal_form, normalize
from . import lexicon as lx
from .entity import DocEntity
from .field_words import abstract_noun
from .headnouns import CITY_GOVERNMENT
from .initials import initials_match
from .places import place_kind
from .shapes import FORMS_LAST, IRISH_FORMS, shape_type

if TYPE_CHECKING:
    from .mentions import DocumentEntities


def merge_short_names(doc: DocumentEntities) -> None:
    """Short names that stand for a longer one of the text become its aliases: initials
    ("CBP"), a firm without its suffix ("Clearview"), a surname, a product without its maker;
    a product named after its maker ("Amazon Rekognition") gets the maker as developer."""
    entities = sorted(doc.entities.values(), key=lambda e: (-len(e.name), e.key))
    for short in sorted(doc.entities.values(), key=lambda e: (len(e.name), e.key)):
        if short.key not in doc.entities:
            continue
        words = short.name.split()
        for long in entities:
            if long.key == short.key or long.key not in doc.entities:
                continue
            lwords = long.name.split()
            if len(lwords) <= len(words):
                continue
            if (
                short.name.isupper()
                and 2 <= len(short.name) <= 6
                and initials_match(short.name, long.name.split())
            ):
                doc._alias_to(short.name, long)
                break
            tail, head = lwords[-len(words) :], lwords[: len(words)]
            # (a form in brackets too: "Namib Spatial (Pty) Ltd")
            rest_head = [w.lower().rstrip(".").strip("()") for w in lwords[len(words) :]]
            # (a letterhead's capitals too: "ACME SYSTEMS" over "Acme Systems Ltd")
            upper = short.name.isupper() and [w.upper() for w in head] == words
            if (head == words or upper) and all(
                w in {s.rstrip(".") for s in lx.CORPORATE_SUFFIXES} for w in rest_head
            ):
                doc._alias_to(short.name, long)  # "Clearview" is "Clearview AI"
                break
            goods = head == words and len(rest_head) == 1 and rest_head[0].isdigit()
            # (a version's one digit: "CaseWeave" is "CaseWeave 4"; not "30 X 360 sensors from X")
            if goods and (len(rest_head[0]) == 1 or _as_goods(doc.text, short.name)):
                doc._alias_to(short.name, long)  # a model's coined name: "ScanPoint 700"
                break
            if (
                head == words
                and short.name.isupper()
                and rest_head in (["news"], ["tv"], ["radio"])
            ):
                doc._alias_to(short.name, long)  # call letters: "KMLB" is "KMLB News"
                break
            if head == words and len(words) >= 2 and _topic_cut(words, rest_head):
                doc._alias_to(short.name, long)  # "Castellan Center" of "… Center for X"
                break
            if head == words and rest_head == ["university"] and not short.votes["Place"]:
                doc._alias_to(short.name, long)  # "a Whitlow scientist", "at Merrow"
                break
            if head == words and _defined_short(doc.text, short.name, long):
                doc._alias_to(short.name, long)  # 'Veyrant Biometrics Pte Ltd ("Veyrant")'
                break
            if head == words and _brand_of(doc, short, long):
                doc._alias_to(short.name, long)  # "Halvard" is "Halvard Dataworks"
                break
            if head == words and _body_short(doc, short, long):
                doc._alias_to(short.name, long)  # "Liffeyside" of "… Housing Association"
                break
            if (
                head == words
                and rest_head
                and set(rest_head) <= _MEDIA_ENDS
                and not short.votes["Place"]
            ):
                doc._alias_to(short.name, long)  # "Cascade Crest" of "Cascade Crest Public Media"
                break
            if lwords[0] == "Ma." and lwords[1:] == words:
                doc._alias_to(short.name, long)  # "Ma. Teresita X" (María) is "Teresita X"
                break
            if len(words) == 1 and CITY_GOVERNMENT.fullmatch(short.name + " ") and head == words:
                doc._alias_to(short.name, long)  # "the Ajuntament" of "Ajuntament de Portblanc"
                break
            if head == words and rest_head == ["department"] and words[-1] in ("Police", "Fire"):
                doc._alias_to(short.name, long)  # "Orlin Police" of "Orlin Police Department"
                break
            if head == words and _product_without_kind(doc, short, long):
                doc._alias_to(short.name, long)  # "Talvera" is "Talvera RMS"
                break
            # (a transcript's label may give the surname first in capitals: "DRAPER:")
            said = [w.upper() for w in tail] if short.name.isupper() else tail
            if (
                said == words
                and len(words) == 1
                and (
                    long.votes["Person"] > 0
                    # (a member on a list's line: "Present: Raymond Okimoto, …")
                    or (len(lwords) in (2, 3) and lwords[0].lower() in lx.GIVEN_NAMES)
                    or lwords[-1].lower() in lx.MEDIA_HEADS
                    or normalize(" ".join(lwords[:-1])) in doc._alias
                )
            ):
                # a surname, "the Times", or "Rekognition" of "Amazon Rekognition"
                doc._alias_to(short.name, long)
                break
    _names_in_brackets(doc)
    for entity in list(doc.entities.values()):
        lwords = entity.name.split()
        if shape_type(entity.name):
            continue
        for cut in range(len(lwords) - 1, 0, -1):
            prefix = doc._alias.get(normalize(" ".join(lwords[:cut])))
            if (
                prefix
                and prefix != entity.key
                and doc.entities[prefix].votes["Place"] < 2
                and (entity.votes["Product"] > 0 or entity.registry_id)
            ):
                entity.developer = prefix
                entity.votes["Product"] += 1
                doc.entities[prefix].votes["Company"] += 1
                break


def _names_in_brackets(doc: DocumentEntities) -> None:
    """A body's name in its own language in brackets after its name, maybe with its acronym:
    "National Immunisation Agency (Agensi Imunisasi Kebangsaan, AIK)" is one body."""
    by_name = {normalize(e.name): e for e in doc.entities.values()}
    for entity in list(doc.entities.values()):
        public = shape_type(entity.name) == "GovernmentAgency" or entity.type == "GovernmentAgency"
        if entity.key not in doc.entities or not public or entity.place:
            continue
        # (with its acronym after it: a code name in brackets names a firm, "Heron (Acme Ltd)")
        brackets = rf"{re.escape(entity.name)} \(([^(),;]{{5,80}}), [A-Z]{{2,8}}\)"
        for match in re.finditer(brackets, doc.text):
            other = by_name.get(normalize(match.group(1)))
            named = other is not None and other.key in doc.entities and other.key != entity.key
            if named and len(other.name.split()) > 1 and other.type not in ("Person", "Product"):
                doc._alias_to(other.name, entity)
                entity.votes["GovernmentAgency"] += 2  # (a public body, in two languages)


_MEDIA_ENDS = frozenset(["public", "media", "broadcasting"])  # (not "Boston" of "Boston Globe")


_NOT_FIRMS = ("Product", "Person", "Place")


def _brand_of(doc: DocumentEntities, short: DocEntity, long: DocEntity) -> bool:
    """Whether a one-word name is the short form of a two-word firm's name it opens, or of a
    three-word one that ends as a firm's does ("Wyvern Access Systems"): the text names the
    firm in full before it shortens it, the second word is no name of its own ("Amazon
    Ring") nor a head noun of a body, a medium or a product, neither name reads as a product,
    a person or a place, the registry does not know the short name as an entity of its own,
    and no other name opens with the word."""
    lwords = long.name.split()
    while len(lwords) > 2 and (is_legal_form(lwords[-1]) or lwords[-1] in FORMS_LAST):
        lwords = lwords[:-1]  # "Wyvern Access Systems Ltd.": its name before its legal form
    # (four words where a legal form says it is a firm: "Pennine Track Inspection Services Ltd")
    longest = 4 if len(lwords) < len(long.name.split()) else 3
    if len(short.name.split()) != 1 or short.registry_id or not 2 <= len(lwords) <= longest:
        return False
    # (with a legal form, any third word: "Sentrinet Alarm Monitoring Ltd"; the services of a
    # trade: "Brennard Assessment Services", not "Amazon Web Services")
    trade = lwords[-1].lower() == "services" and abstract_noun(lwords[1])
    firm_head = lwords[-1].lower() in lx.COMPANY_HEADS or trade
    if len(lwords) == 3 and not firm_head and longest == 3:
        return False
    second = lwords[1].lower()
    heads = lx.GOV_HEADS | lx.MEDIA_HEADS | lx.ADVOCACY_HEADS | lx.RESEARCH_HEADS
    if second in heads | lx.PRODUCT_NOUNS or not lwords[1][:1].isupper():
        return False
    # (a firm's name read as a person's as often as a firm's, "whose examiners": a firm's)
    if any(e.votes[k] > e.votes["Company"] for e in (short, long) for k in _NOT_FIRMS):
        return False
    alone = re.search(rf"\b{re.escape(short.name)}\b(?!\s+{re.escape(lwords[1])})", doc.text)
    full = doc.text.find(long.name)
    if normalize(lwords[1]) in doc._alias or alone is None or not 0 <= full < alone.start():
        return False
    return not any(
        other is not long and other is not short and other.name.split()[0] == short.name
        for other in doc.entities.values()
    )


# Heads of members' and charitable bodies a text shortens to their first word
_BODY_HEADS = frozenset(["association", "trust", "union", "co-operative", "cooperative", "society"])


def _body_short(doc: DocumentEntities, short: DocEntity, long: DocEntity) -> bool:
    """Whether a one-word name is the short form of a members' or a charitable body's name of
    three or four words it opens ("Liffeyside" of "Liffeyside Housing Association CLG"): the
    text names the body in full first, the word is no place and opens no other name."""
    lwords = [w for w in long.name.split() if w not in IRISH_FORMS]
    if len(short.name.split()) != 1 or short.registry_id or not 3 <= len(lwords) <= 4:
        return False
    if lwords[-1].lower() not in _BODY_HEADS or long.type == "GovernmentAgency":
        return False
    if short.votes["Place"] or short.votes["Person"] or place_kind(short.name):
        return False
    if not all(w[:1].isupper() and w.lower() not in lx.CONNECTORS for w in lwords[1:]):
        return False
    alone = re.search(rf"\b{re.escape(short.name)}\b(?!\s+{re.escape(lwords[1])})", doc.text)
    full = doc.text.find(long.name)
    if alone is None or not 0 <= full < alone.start():
        return False
    return not any(
        other is not long and other is not short and other.name.split()[0] == short.name
        for other in doc.entities.values()
    )


def _product_without_kind(doc: DocumentEntities, short: DocEntity, long: DocEntity) -> bool:
    """Whether a one-word name is a product the text first named with its kind in capitals
    ("Talvera RMS"): the long name reads as a product made by a firm the text names, the short
    one as nothing else, and the long one comes first."""
    lwords = long.name.split()
    if len(lwords) != 2 or len(short.name.split()) != 1 or short.registry_id:
        return False
    if not (re.fullmatch(r"[A-Z]{2,5}", lwords[1]) and long.votes["Product"] > 0):
        return False
    if any(short.votes[k] for k in ("Company", "Person", "Place", "GovernmentAgency")):
        return False
    alone = re.search(rf"\b{re.escape(short.name)}\b(?!\s+{re.escape(lwords[1])})", doc.text)
    full = doc.text.find(long.name)
    if alone is None or not 0 <= full < alone.start():
        return False
    # (another firm made it: "Talvera RMS, which was built by Denbrook Software"; not "Motorola
    # CAD", the product of the firm it is named for)
    maker = re.compile(r"[^.;]{0,40}?\b(?:built|made|developed|designed|created) by [A-Z]")
    return maker.match(doc.text, full + len(long.name)) is not None


def _topic_cut(words: list[str], rest: list[str]) -> bool:
    """ "Castellan Center" is "Castellan Center for Technology and Society" without its topic:
    the short name ends with an organisation's head and the long one goes on with its topic."""
    heads = lx.TOPIC_HEADS | lx.ADVOCACY_HEADS | lx.RESEARCH_HEADS
    return words[-1].lower() in heads and bool(rest) and rest[0] in ("for", "on")


def _defined_short(text: str, short: str, long) -> bool:
    """Whether the text gives the short name in quotation marks in brackets after one of the
    long name's names: 'Veyrant Biometrics Pte Ltd ("Veyrant")'."""
    return any(
        # (or the first of its terms: '("Thamesgate" or "the Licensee")')
        re.search(
            re.escape(name) + r",? \([\"“]" + re.escape(short) + r",?[\"”](?:\)| or | and |, )",
            text,
        )
        for name in long.names
    )


def _as_goods(text: str, name: str) -> bool:
    """Whether the text writes the name before a noun of goods: "results from ScanPoint units"."""
    goods = r"(?:units?|scanners?|devices?|tabulators?|sensors?|cameras?|kiosks?|terminals?)\b"
    return re.search(rf"\b{re.escape(name)} {goods}", text) is not None
