"""The bodies that sign a joint statement or an open letter, listed under a heading of their own
("Signatories" over "Salween Refugee Rights Network - Naw Paw Htee, Coordinator", …): the
text's "we" is each of them, so what it says "we" do, each of them does."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .entity import ORG_TYPES
from .staff_lines import person_named

if TYPE_CHECKING:
    from . import Candidate
    from .mentions import DocumentEntities

_HEADING = re.compile(
    r"(?:signatories|signed(?: by)?|co-?signed by|endorsed by|undersigned(?: organi[sz]ations)?)"
    r"\s*:?",
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
    for line in lines[start + 1 :]:
        item = _ITEM.sub("", line).strip()
        if not item or _AFTER.match(item):
            return
        parts = [part.strip() for part in re.split(r"\s+[-–—]\s+|,", item)]
        body = doc.lookup(parts[0].split("(")[0].strip())
        if body is None or body.type not in _ORGS or body.place:
            return
        person = doc.lookup(parts[1]) if len(parts) > 2 else None
        signer = person.key if person is not None and person_named(person) else None
        yield body.key, signer, (offset, offset + len(line), ", ".join(parts[2:]).lower())
        offset += len(line) + 1


def cosigned(candidates: list[Candidate], doc: DocumentEntities) -> list[Candidate]:
    """The candidates with each stance the first signatory takes as "we" taken by every other
    signatory too (where the sentence does not name the first)."""
    keys = signatories(doc)
    if not keys:
        return candidates
    first, others = doc.entities[keys[0]], [doc.entities[k] for k in keys[1:]]
    names = {name.lower() for name in first.names}
    added = _signers(candidates[0], doc) if candidates else []  # who signs for each body
    for candidate in candidates:
        if candidate.relation not in _SHARED or candidate.subject != first.full_name:
            continue
        if any(name in candidate.evidence.lower() for name in names):
            continue  # the first signatory's own statement, by name
        added += [
            replace(
                candidate,
                subject=other.full_name,
                subject_type=other.type,
                subject_id=other.registry_id,
            )
            for other in others
            if other.full_name != candidate.object
        ]
    told = {(c.subject, c.relation, c.object) for c in candidates}
    out = list(candidates)
    for candidate in added:  # (one candidate a fact, as the reading gives them)
        if (candidate.subject, candidate.relation, candidate.object) not in told:
            told.add((candidate.subject, candidate.relation, candidate.object))
            out.append(candidate)
    return out


# Titles whose holder heads the body they sign for
_HEADS = re.compile(
    r"(?:executive |managing )?director|chair(?:person|man|woman)?|president|chief executive|"
    r"ceo|(?:co-)?founder|head|general secretary|secretary-general"
)


def _signers(like: Candidate, doc: DocumentEntities) -> list[Candidate]:
    """ "Karenni Women's Solidarity Group - Saw Eh Kalu Ferris, Director": the director heads
    the group, a coordinator works for it (`like` gives the source the candidates share)."""
    out = []
    for body_key, person_key, (start, end, title) in _listed(doc):
        if person_key is None or not title:
            continue
        person, body = doc.entities[person_key], doc.entities[body_key]
        heads = _HEADS.fullmatch(title) is not None
        out.append(
            replace(
                like,
                subject=person.full_name,
                subject_type="Person",
                subject_id=person.registry_id,
                relation="leads" if heads else "worksFor",
                object=body.full_name,
                object_type=body.type,
                object_id=body.registry_id,
                evidence=" ".join(doc.text[start:end].split()),
                start=start,
                end=end,
                confidence=0.65,
                rule="signatory",
                line=doc.text.count("\n", 0, start) + 1,
                page=None,
            )
        )
    return out
