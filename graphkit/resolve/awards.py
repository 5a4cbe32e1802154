"""One award, one relationship: the award a fact is about, wherever the fact comes from.

An award is known by its PIID (procurement instrument id). A USAspending row names it in
columns; a mapping row in its `contract` column; a curated fact by citing the award's
USAspending permalink (`/award/CONT_AWD_<PIID>_...`) or a locator such as `award <PIID>`.
Facts that name one award become one relationship with one Contract entity (the record's, where
a record describes it), so its money is counted once.
"""

from __future__ import annotations

import re

from ..exc import InputError, Location
from ..model import Entity, Fact, changed
from ..sources.documents import usaspending_award
from ..sources.registry import Registry
from .decisions import apply_merges

AWARD_RELATIONS = ("supplies", "awardedContract")
_LOCATOR = re.compile(r"^\s*award\s+([A-Za-z0-9][A-Za-z0-9 \-]*[A-Za-z0-9])\s*$", re.IGNORECASE)


def award_key(text: str) -> str:
    """A PIID as compared: upper case, without the dashes and spaces people add."""
    return re.sub(r"[\s\-]", "", text).upper()


def award_of_url(url: str | None) -> tuple[str, str] | None:
    """(award unique key, PIID) from a USAspending award permalink, else None."""
    key = usaspending_award(url)
    if key is None:
        return None
    parts = key.split("_")
    if len(parts) >= 3 and parts[0].upper() in ("CONT", "ASST"):
        return key, parts[2]
    return None


def assign_awards(
    facts: list[Fact], registry: Registry
) -> tuple[Registry, list[Fact], list[InputError]]:
    """Facts with their award set, Contract entities of one award folded into one.

    An award is its USAspending unique key where a permalink or record gives it, else its
    PIID (a PIID that several records share stays apart from all of them). An award id written
    two ways (with and without dashes) is read as one award and reported, with the file and
    line of the second spelling.
    """
    contracts, keys_of_piid = _contracts_by_award(registry)
    for fact in facts:
        if not fact.award and fact.relation in AWARD_RELATIONS:
            for url in (c.source.url for c in fact.citations):
                found = award_of_url(url)
                if found:
                    keys_of_piid.setdefault(award_key(found[1]), set()).add(award_key(found[0]))
    # A fact naming only the PIID joins the award another source's permalink names, where one
    # award has that PIID: Torn Apart's row of 70CMSD18FR0000094 was a second relationship
    # beside the one citing the award's page, the award listed twice by `contracts`.
    by_piid = {piid: next(iter(keys)) for piid, keys in keys_of_piid.items() if len(keys) == 1}
    spelled: dict[str, tuple[str, str]] = {}  # PIID key -> first spelling and where
    warnings: list[InputError] = []
    merges: dict[str, str] = {}
    out = []
    for fact in facts:
        if fact.award or fact.relation not in AWARD_RELATIONS:
            out.append(fact)
            continue
        keys, piids = _spellings(fact, registry)
        for text in piids:
            first = spelled.setdefault(award_key(text), (text, fact.where))
            if text != first[0] and text.upper() != first[0].upper():
                warnings.append(_two_ways(text, first, fact.where))
        if keys:
            key = award_key(keys[0])
        elif piids:
            key = by_piid.get(award_key(piids[0])) or award_key(piids[0])
        else:
            out.append(fact)
            continue
        # a subcontract under the award names its Contract, but is no fact of the award's
        changes: dict = {} if _subcontract(fact, registry) else {"award": key}
        canonical = contracts.get(key)
        named = _named_contract(fact, registry)
        if canonical is not None:
            if named is None:  # none, or an award's id as written: the award's Contract
                if fact.relation != "awardedContract":
                    changes["contract"] = canonical.id
            elif named != canonical.id:  # two Contract entities of one award
                merges[named] = canonical.id
        out.append(changed(fact, **changes))
    registry, out = apply_merges(registry, out, merges)
    out = [_without_unknown_contract(fact, registry, warnings) for fact in out]
    return registry, out, _unique(warnings)


def _subcontract(fact: Fact, registry: Registry) -> bool:
    """Whether a fact citing an award states a subcontract under it, not the award: its buyer
    is no government body (the prime awardee, a firm). A mapped subawards file cites each row
    by its prime award's permalink or PIID: read as the award, every subcontractor of one prime
    award was one relationship, all but one of them a competing claim to hold the award, with
    exit 0. Such a fact is a relationship of its own, by its ends and start, as any fact."""
    return (
        fact.relation == "supplies"
        and fact.object in registry
        and registry.get(fact.object).type != "GovernmentAgency"
    )


def _named_contract(fact: Fact, registry: Registry) -> str | None:
    """The Contract entity the fact names (its object, for awardedContract), if it names one:
    never another entity, which an award must not fold into its Contract."""
    named = fact.object if fact.relation == "awardedContract" else fact.contract
    if named is not None and named in registry and registry.get(named).type == "Contract":
        return named
    return None


def _without_unknown_contract(fact: Fact, registry: Registry, warnings: list) -> Fact:
    """The fact, less a contract that names no Contract entity (a Contract's name, or an award's
    id that a record describes, became its id before): said, and the rest of the fact kept."""
    if fact.contract is None or (
        fact.contract in registry and registry.get(fact.contract).type == "Contract"
    ):
        return fact
    warnings.append(
        InputError.at(
            fact.where,
            f"contract {fact.contract!r} names no Contract entity nor an award a record "
            "describes; the fact is kept without it",
            "contract",
        )
    )
    return changed(fact, contract=None)


def _contracts_by_award(registry: Registry) -> tuple[dict[str, Entity], dict[str, set[str]]]:
    """award key -> the Contract entity a record describes; PIID -> the award keys it has."""
    found: dict[str, Entity] = {}
    keys_of_piid: dict[str, set[str]] = {}
    for entity in sorted(registry, key=lambda e: e.id):
        if entity.type != "Contract" or entity.details is None:
            continue
        key = award_key(entity.details.award_id)
        found.setdefault(key, entity)
        if entity.details.piid:
            keys_of_piid.setdefault(award_key(entity.details.piid), set()).add(key)
    return found, keys_of_piid


def _spellings(fact: Fact, registry: Registry) -> tuple[list[str], list[str]]:
    """The award unique keys a fact gives (record, permalinks) and the PIIDs as written."""
    keys, piids = [], []
    named = fact.object if fact.relation == "awardedContract" else fact.contract
    if named and named in registry:
        entity = registry.get(named)
        if entity.details is not None:
            keys.append(entity.details.award_id)
            piids.append(entity.details.piid or entity.label)
        elif entity.type == "Contract":
            piids.append(entity.label)
    elif named:  # a contract written as its award's id
        piids.append(named)
    for citation in fact.citations:
        found = award_of_url(citation.source.url)
        if found:
            keys.append(found[0])
            piids.append(found[1])
    for citation in fact.citations:
        match = _LOCATOR.match(citation.locator or "")
        if match:
            piids.append(match.group(1))
    return keys, piids


def _two_ways(text: str, first: tuple[str, Location], where: Location) -> InputError:
    there = "in this fact's permalink or record" if first[1] == where else f"at {first[1]}"
    return InputError.at(
        where,
        f"award id {text!r} is written {first[0]!r} {there}; both are read as one award, "
        "write it one way",
        "contract",
    )


def _unique(warnings: list[InputError]) -> list[InputError]:
    seen, out = set(), []
    for warning in warnings:
        key = (warning.path, warning.line, warning.message)
        if key not in seen:
            seen.add(key)
            out.append(warning)
    return out
