"""The facts one source's claim gives other ends, as the page draws them.

A disputed fact whose claim names another supplier or buyer (Torn Apart's "American Toner &
Ink" for the award USAspending gives "JEREMY MEYER") is also a fact between the claim's ends, as
`show`, `path` and the exports read it: the page drew the firm as a node of no tie. Each such
fact is a copy of the fact's page record between those ends, keyed by the fact's id and `-1`,
`-2` …, with that claim's dates, figure, product and status, the citations of its sources
alone, and `claimed` naming whose claim it is. Made from the page records themselves, so the
page a build draws from its model and the one `graphkit viz` draws from the graph stay one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..explain.wording import claim_ends, claimants, claimed_pair
from ..sources.documents import document_address
from .fold import Link
from .pack import SOURCE_FIELDS, LeanFacts

_DOCUMENT = SOURCE_FIELDS.index("document")
_OWN = ("start", "end", "amount", "currency", "status")


def claimed_links(links: Sequence[Link], drawn: Mapping) -> list[Link]:
    """`links` (sorted by source, target and fact id) with a link for each pair of ends a
    fact's claims give it other than its own, both `drawn`, sorted alike, marked `claimed`."""
    added = [
        (*ends, {**data, "id": f"{data['id']}-{n}", "claimed": True})
        for source, target, data in links
        for n, ends in enumerate(_ends(source, target, data, drawn), start=1)
    ]
    if not added:
        return list(links)
    return sorted([*links, *added], key=lambda link: (link[0], link[1], link[2]["id"]))


def _ends(source: str, target: str, data: Mapping, drawn: Mapping) -> list[tuple[str, str]]:
    claims = data.get("claims") or ()
    return claim_ends(source, target, claims, drawn) if claims else []


def claimed_facts(facts: Callable[[], list[dict]], drawn: Mapping) -> Callable[[], list[dict]]:
    """`facts` with the page record of each fact between a claim's ends, in the page's order."""

    def made() -> list[dict]:
        given = facts()
        added = []
        for fact in given:
            source, target = fact["from"], fact["to"]
            for n, ends in enumerate(_ends(source, target, fact, drawn), start=1):
                own = [c for c in fact["claims"] if claimed_pair(c, source, target) == ends]
                added.append(_claimed(fact, f"{fact['id']}-{n}", ends, own, given))
        if not added:
            return given
        found = sorted([*given, *added], key=lambda f: (f["from"], f["to"], f["id"]))
        return LeanFacts(found) if isinstance(given, LeanFacts) else found

    return made


def _claimed(fact: dict, key: str, ends: tuple[str, str], claims: list[dict], given) -> dict:
    """The page record of `fact` between the `ends` its `claims` give it, as theirs alone."""
    first = claims[0]
    record = {**fact, "id": key, "from": ends[0], "to": ends[1]}
    for name in _OWN:
        record[name] = first.get(name)
    record["ongoing"] = bool(first.get("ongoing"))
    record["product"] = None
    record["product_label"] = first.get("product")  # a page claim names its product by label
    # Its years are its own dates', which the page works out again (pack.YEARS).
    record.pop("from_year", None)
    record.pop("to_year", None)
    documents = {
        document_address(s["url"]) for c in claims for s in c.get("sources") or () if s.get("url")
    }
    lean = isinstance(given, LeanFacts)
    # Counted by their documents, as a claim's edge and path count them: what a copy counts as
    # among the whole fact's originals is not what it is among the claim's own.
    record["citations"] = [
        {**c, "witness": None} if c.get("witness") is not None else c
        for c in fact["citations"]
        if _document(c, lean) in documents
    ]
    record["claimed"] = " | ".join(claimants(claims)) or "?"
    return record


def _document(citation: dict, lean: bool):
    return citation["source"][_DOCUMENT] if lean else citation.get("document")
