"""The IRIs the build's graph names things by: entities, sources, citations and claims.

Each is a namespace of vocab.py with a slug or a digest after it, a Wikidata QID or a homepage;
an entity's id, a QID or a homepage is checked as it is first written (`_unwritable`): the
readers of the graph's text read it leniently, without checking each IRI again (quads.py).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from rdflib import URIRef

from ..model import Citation, SourceDoc
from ..names import slugify
from ..resolve.claims import Claim
from ..vocab import CIT, CLAIM, ENT, ENTITY_ID, QID, SRC, WD, is_iri

_CIT, _CLAIM = str(CIT), str(CLAIM)  # the namespaces of the nodes made per fact


def iri_text(term) -> str:
    """An IRI as N-Triples text."""
    return f"<{term}>"


# A source or entity is named by every statement that cites or involves it: its IRI's text is
# made once (slugs, digests and rdflib's IRI check are the writer's costliest steps per line).
@lru_cache(maxsize=1 << 16)
def entity_node(entity_id: str) -> str:
    if not ENTITY_ID.fullmatch(entity_id):
        raise _unwritable("entity id", entity_id)
    return iri_text(ENT[entity_id])


def membership_node(firm: str, group: str, first: int | None, last: int | None) -> str:
    """The node of a firm's span of years in a group above it (`tg:GroupMembership`), as
    the graph names it: the firm's IRI, then `/in/`, the group's id and the span's years,
    `2004-2017`, `2019-` (from 2019 on) or `-2017` (until 2017)."""
    entity_node(group)  # (the group's id checked as any entity's)
    years = f"{'' if first is None else first}-{'' if last is None else last}"
    return entity_node(firm)[:-1] + f"/in/{group}/{years}>"


def wikidata_node(qid: str) -> str:
    if not QID.fullmatch(qid):
        raise _unwritable("Wikidata id", qid)
    return iri_text(WD[qid])


def homepage_node(homepage: str) -> str:
    if not is_iri(homepage):
        raise _unwritable("homepage", homepage)
    return iri_text(homepage)


def _unwritable(kind: str, text: str) -> ValueError:
    # Inputs are checked where they are read, with their file, line and field: this is the
    # writer's own guard, so that no IRI the store's lenient reading would take unchecked
    # (store.load_in_pieces) is ever written.
    return ValueError(f"{kind} {text!r} cannot be written as an IRI")


def source_name(source: SourceDoc) -> str:
    return _source_key_name(source.key, bool(source.id))


@lru_cache(maxsize=1 << 16)
def _source_key_name(key: str, catalogued: bool) -> str:  # a catalogued source's key is its id
    return str(SRC[slugify(key)] if catalogued else SRC[_digest(key)])


def source_node(source: SourceDoc) -> str:
    return iri_text(source_name(source))


def source_iri(source: SourceDoc) -> URIRef:
    return URIRef(source_name(source))


def citation_iri(relationship_id: str, citation: Citation) -> str:
    """A citation's IRI (text: made once per citation, an rdflib term costs more than the line)."""
    parts = (
        relationship_id,
        citation.source.key,
        citation.locator or "",
        citation.quote or "",
        str(citation.start or ""),
    )
    return _CIT + _digest("\x1f".join(parts))


def claim_iri(relationship_id: str, claim: Claim) -> str:
    parts = [relationship_id, claim.object, str(claim.denied)]
    parts += [str(getattr(claim, k) or "") for k in ("amount", "currency", "start", "end")]
    parts += [claim.product or "", claim.status or "", str(claim.ongoing or "")]
    if claim.subject:  # only where an award's claims name two suppliers (merge.py)
        parts.append("subject " + claim.subject)
    return _CLAIM + _digest("\x1f".join(parts))


def record_claim_iri(contract_id: str, values: tuple) -> str:
    """The claim of one description of a disputed contract (ContractDetails.values())."""
    parts = [contract_id, "record", *("" if v is None else str(v) for v in values)]
    return _CLAIM + _digest("\x1f".join(parts))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]
