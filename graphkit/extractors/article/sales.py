"""Sales told of the goods: "P was sold to A", "P has been licensed to A and B".

The passive names the product and the buyer; the seller, unless a by-phrase names another, is
its maker, when the text says who makes it ("Zentro makes Veilscan", "Zentro's Veilscan",
"Amazon Rekognition"). When it does not, the sentence names no supplier, and no fact is read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .checks import unstated
from .entity import ORG_TYPES, THING_TYPES
from .rules import UNREALISED, Found

if TYPE_CHECKING:
    from .relations import Sentence

_SOLD_TO = re.compile(
    r"@(?P<p>\d+)@(?:, [^,;]{0,60},)? (?:(?:is|are|was|were|has been|have been|had been) )"
    r"(?:also |now |since |first |already )?(?:sold|licensed|supplied|provided|offered|"
    r"marketed|delivered) (?:[^@;]{0,40}? )?to (?:the )?@(?P<a>\d+)@"
    # "… by D, a reseller": the passive names its seller, who is not the maker
    r"(?![^@;]{0,40}?\bby (?:the )?@)"
)
_BUYERS = ORG_TYPES - {"EmployeeGroup"}


def sold_products(sentence: Sentence) -> list[Found]:
    """The maker of a product sold to a buyer supplies the buyer."""
    out, text = [], sentence.masked
    for match in _SOLD_TO.finditer(text):
        if unstated(text, match.start(), match.end()) or UNREALISED.search(match.group(0)):
            continue
        product = sentence.entity(int(match.group("p")))
        maker_key = product.developer or sentence.doc.makers.get(product.key)
        if product.type not in THING_TYPES or maker_key is None:
            continue
        for a in sentence.members(int(match.group("a"))):
            buyer = sentence.entity(a)
            if buyer.type in _BUYERS and buyer.key != maker_key:
                out.append(Found(maker_key, "supplies", buyer.key, 0.6, "product sold to"))
    return out


def makers_meant(sentence: Sentence, found: list[Found]) -> list[Found]:
    """ "The company has also sold P to A": "the company" is P's maker, when the text has said
    who makes P, whatever company it named last."""
    doc = sentence.doc
    generic = {m.key for m in sentence.mentions if m.generic}
    makers = {
        doc.makers[m.key]
        for m in sentence.mentions
        if not m.generic and m.key in doc.makers and doc.makers[m.key] in doc.entities
    }
    if len(makers) != 1 or not generic:
        return found
    maker = makers.pop()
    out = []
    for f in found:
        # (not a public body's description: "P, the database the Authority built in-house")
        said = doc.entities.get(f.subject)
        firm = said is None or said.type in ("Company", "Organization")
        if f.relation in ("develops", "supplies") and f.subject in generic and f.subject != maker:
            f = Found(maker, f.relation, f.object, f.confidence, f.rule) if firm else f
        out.append(f)
    return list(dict.fromkeys(out))


_PAPERS_RULES = ("records asked for", "records released to")


def papers_unsold(sentence: Sentence, found: list[Found]) -> list[Found]:
    """No sale in papers asked for: "requested the contract from Y", "Y provided X with a copy
    of its DPIA" is no sale by Y, and "got the P contract from Y" none by P, where P is no
    firm."""
    papers = {f.object for f in found if f.rule in _PAPERS_RULES}
    entities = sentence.doc.entities
    return [
        f
        for f in found
        if f.relation != "supplies"
        or not (f.subject in papers or (f.object in papers and _guessed(entities, f.subject)))
    ]


def _guessed(entities: dict, key: str) -> bool:
    """Whether the entity is a name of no known kind."""
    return key in entities and entities[key].guessed
