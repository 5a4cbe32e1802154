"""Products named by a brand and a kind of device: "Taser drones", "Skyrix glasses".

A name that no one has typed as an organisation, written before a plural noun for a kind of
device and nowhere without one, names a product line with it: criticism of "Taser drones" is
of the drones, not of the brand. A company's name before such a noun stays the company ("Axon
body cameras" is Axon's), and so does a name the text also uses on its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon as lx
from .entity import Mention

if TYPE_CHECKING:
    from .mentions import DocumentEntities

_DEVICES = re.compile(
    r"\s+(drones|cameras|doorbells|robots|glasses|goggles|towers|scanners|helicopters|"
    r"balloons|blimps|trackers|wearables)\b"
)


def product_lines(doc: DocumentEntities, named: list[Mention], span) -> list[Mention]:
    out = []
    for mention in named:
        entity = doc.entities[mention.key]
        after = None if mention.possessive else _DEVICES.match(doc.text, mention.end, span[1])
        written = doc.text[mention.start : mention.end]
        # (a model's name with a number, or of several words the text types as a product, is
        # the product itself: "Petrel S4 drones" are Petrel S4s, "Halo Vantage drones, made by
        # Y" Halo Vantages; "Brisant Robotics drones" are still the firm's line)
        numbered = any(ch.isdigit() for ch in written)
        # (a name of several words whose last is no firm's head: "Halo Vantage drones")
        unfirm = entity.guessed and written.split()[-1].lower() not in lx.COMPANY_HEADS
        # (so is a coined name with a capital inside: "HaloWing drones" are HaloWings)
        coined = re.search(r"[a-z][A-Z]", written) is not None
        model = (
            numbered
            or coined
            or (len(written.split()) > 1 and (entity.type == "Product" or unfirm))
        )
        if after and (entity.type == "Product" or entity.guessed) and not _alone(doc, written):
            if model:
                entity.type = "Product"  # a numbered model before its device is a thing
                out.append(mention)
                continue
            line = doc.described_entity(f"{written} {after.group(1)}", "Product")
            out.append(Mention(mention.start, after.end(), line.key))
        else:
            out.append(mention)
    return out


def _alone(doc: DocumentEntities, written: str) -> bool:
    """Whether the text also names `written` without a device after it: then it is a maker
    or a brand that acts ("DJI sells … police bought DJI drones"), and stays one."""
    pattern = re.compile(r"\b" + re.escape(written) + r"\b(?!" + _DEVICES.pattern + r")")
    return pattern.search(doc.text) is not None
