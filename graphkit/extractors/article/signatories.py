"""The bodies that sign a joint statement or an open letter, listed under a heading of their own
("Signatories" over "Salween Refugee Rights Network - Naw Paw Htee, Coordinator", …): the
text's "we" is each of them, so what it says "we" do, each of them does."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .entity import ORG_TYPES
from .line_staff import HONORIFIC, candidate_of, staff_line
from .staff_lines import person_named

if TYPE_CHECKING:
    from . import Candidate
    from .mentions import DocumentEntities

_HEADING = re.compile(
    r"(?:signatories|signed(?: by)?|co-?signed by|endorsed by|undersigned(?: organi[sz]ations)?|"
    r"yours (?:sincerely|faithfully|truly))"  # (a letter's signatures under its close)
    r"\s*[:,]?",
    re.IGNORECASE,
)
# What ends the list: a contact line, or a line of prose
_AFTER = re.compile(r"(?:media |press )?(?:contact|enquiries|inquiries)\b", re.IGNORECASE)
_ITEM = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)])?\s*")
_ORGS = ORG_TYPES - {"MediaOrganization"}
# What a signatory's "we" does that each of them does: their stances, not what one of them did
_SHARED = frozenset(["opposes", "supports"])


def signatories(doc: DocumentEntities) -> list[str]:
    """The keys of the bodies listed under the text's signatories heading, in order; none where
    fewer than two are listed."""
    keys = list(dict.fromkeys(body for body, _person, _line in _listed(doc)))
    return keys if len(keys) > 1 else []


def _listed(doc: DocumentEntities):
    """(body key, the person signing for it or None, (line start, line end, title)) of each
    line of the list under the signatories heading."""
    lines = doc.text.split("\n")
    start = next((i for i, line in enumerate(lines) if _HEADING.fullmatch(line.strip())), None)
    if start is None:
        return
    offset = sum(len(line) + 1 for line in lines[: start + 1])
    for at, line in enumerate(lines[start + 1 :]):
        item = _ITEM.sub("", line).strip()
        if not item and at == 0:
            offset += len(line) + 1  # a blank line under the heading: the list follows it
            continue
        if not item or _AFTER.match(item):
            return
        parts = [part.strip() for part in re.split(r"\s+[-–—]\s+|,", item)]
        if len(parts) > 2 and _signer(doc, parts[0]):  # "X, Executive Director, Body e.V."
            parts = [parts[-1], parts[0], *parts[1:-1]]
        body = doc.lookup(parts[0].split("(")[0].strip())
        if body is None or body.type not in _ORGS or body.place:
            return
        person = _signer(doc, parts[1]) if len(parts) > 2 else None
        signer = person.key if person is not None else None
        yield body.key, signer, (offset, offset + len(line), ", ".join(parts[2:]).lower())
        offset += len(line) + 1


def _signer(doc: DocumentEntities, part: str):
    """The person a list item's part names, or None."""
    person = doc.lookup(HONORIFIC.sub("", part))
    return person if person is not None and person_named(person) else None


def cosigned(candidates: list[Candidate], doc: DocumentEntities, blank) -> list[Candidate]:
    """Each stance a signatory takes as "we" (the text's voice may be any of them: the first,
    or the one its media contact names) taken by every other signatory too (where the sentence
    does not name the one it gives it to), and who signs for each (`blank` gives the source
    every candidate of the text shares)."""
    keys = signatories(doc)
    if not keys:
        return []
    listed = [doc.entities[k] for k in keys]
    by_name = {entity.full_name: entity for entity in listed}
    added = _signers(blank, doc)
    for candidate in candidates:
        signer = by_name.get(candidate.subject)
        if candidate.relation not in _SHARED or signer is None:
            continue
        if any(name.lower() in candidate.evidence.lower() for name in signer.names):
            continue  # the signatory's own statement, by name
        added += [
            replace(
                candidate,
                subject=other.full_name,
                subject_type=other.type,
                subject_id=other.registry_id,
            )
            for other in listed
            if other.full_name not in (candidate.object, signer.full_name)
        ]
    return added


# "This letter is supported by the Observatori Balear de Drets Digitals."
_BACKED = re.compile(
    r"^This (?:letter|statement|submission|briefing) is (?:also )?(?:supported|endorsed|backed) "
    r"by (?:the )?([^.,;]+)\.\s*$",
    re.MULTILINE,
)


def backed_letter(blank: Candidate, doc: DocumentEntities) -> list[Candidate]:
    """A body that backs a letter, not among those who sign it, supports each of them."""
    keys, out = signatories(doc), []
    if not keys:  # (a text signed off over two lines: its signers' bodies)
        keys = list(dict.fromkeys(body for _signer, body, _at in doc.signed_off))
    for match in _BACKED.finditer(doc.text) if keys else ():
        # (one backer or several: "by the X Alliance and Parents for Open Libraries")
        for named in re.split(r",? and |, ", match.group(1)):
            backer = doc.lookup(re.sub(r"^the |\s*\([^()]*\)$", "", named.strip()))
            if backer is None or backer.type not in _ORGS or backer.key in keys:
                continue
            for key in keys:
                told = (backer, "supports", doc.entities[key], 0.6, "backs the letter")
                out.append(candidate_of(blank, doc.text, told, match.span()))
    return out


def _signers(blank: Candidate, doc: DocumentEntities) -> list[Candidate]:
    """ "Karenni Women's Solidarity Group - Saw Eh Kalu Ferris, Director": the director heads
    the group, a coordinator works for it."""
    return [
        staff_line(blank, doc, person, body, title, (start, end), "signatory")
        for body, person, (start, end, title) in _listed(doc)
        if person is not None and title
    ]
