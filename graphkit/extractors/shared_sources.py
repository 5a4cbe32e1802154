"""One description per cited URL for the whole build, whatever order rows and files come in.

Record rows describe the documents they cite: an Atlas link with its source, date, type and
snapshot, a USAspending permalink with its award, a mapped row's URL with its title. A source
never carries two titles or dates, so every citation of a URL cites one description: the
catalogue's where it lists the URL, else the one that says most (the most fields given), then
the least by its fields' text. It was the first one a row made: an Atlas link that one row
lists among its "Other Links" (a bare URL) and another describes was described or not as
the rows happened to be sorted, and a link two rows date apart took the first row's date.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from dataclasses import fields, replace

from ..model import Citation, Entity, Fact, SourceDoc, canonical_document
from .base import ExtractContext

_DESCRIBING = tuple(f.name for f in fields(SourceDoc) if f.name not in ("url", "id"))


class _Described:
    """A build's descriptions of the URLs its records cite."""

    def __init__(self, catalogue: dict[str, SourceDoc]) -> None:
        self.catalogue = catalogue  # the catalogue's documents by URL: these win
        self.first: dict[str, SourceDoc] = {}  # what citations hold while extraction runs
        self.made: dict[str, dict[SourceDoc, None]] = {}  # every description made, by URL


# Keyed by the build's registry: the one object every file's context shares.
_BY_BUILD: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def shared_source(context: ExtractContext, url: str, make: Callable[[], SourceDoc]) -> SourceDoc:
    """The document at `url` as the build's citations cite it: the catalogue's if it lists the
    URL, else the first description made; every row's description (`make()`) is kept for
    `settled_sources`, which picks the one every citation then cites."""
    described = _BY_BUILD.get(context.registry)
    if described is None:
        catalogue = {doc.url: doc for _, doc in sorted(context.catalog.items()) if doc.url}
        described = _BY_BUILD[context.registry] = _Described(catalogue)
    if url in described.catalogue:
        return described.catalogue[url]
    document = canonical_document(make())
    made = described.made.setdefault(url, {})
    made.setdefault(document, None)
    return described.first.setdefault(url, document)


def settled_sources(context: ExtractContext) -> dict[str, SourceDoc]:
    """The description each URL's citations are to cite where it is not the one they hold
    (`shared_source`): the one that says most, then the least by its fields' text."""
    described = _BY_BUILD.get(context.registry)
    if described is None:
        return {}
    chosen = {}
    for url, made in described.made.items():
        if len(made) > 1:
            best = min(made, key=_says_most)
            if best is not described.first[url]:
                chosen[url] = best
    return chosen


def _says_most(document: SourceDoc) -> tuple:
    values = [getattr(document, name) for name in _DESCRIBING]
    given = sum(1 for value in values if value not in (None, "", ()))
    return (-given, tuple("" if value is None else str(value) for value in values))


def cite_settled(items: Iterable[Fact | Entity], chosen: dict[str, SourceDoc]) -> list:
    """`items` (facts and entities) citing the `chosen` descriptions (`settled_sources`)."""
    if not chosen:
        return list(items)
    return [_settled(item, chosen) for item in items]


def _settled(item: Fact | Entity, chosen: dict[str, SourceDoc]) -> Fact | Entity:
    if isinstance(item, Fact):
        if any(c.source.url in chosen for c in item.citations):
            item.citations = [_cited(c, chosen) for c in item.citations]
        return item
    if item.details is None:
        return item
    details = replace(item.details, citation=_cited(item.details.citation, chosen))
    records = tuple(replace(r, citation=_cited(r.citation, chosen)) for r in item.records)
    return replace(item, details=details, records=records)


def _cited(citation: Citation, chosen: dict[str, SourceDoc]) -> Citation:
    best = chosen.get(citation.source.url)
    return citation if best is None or best is citation.source else replace(citation, source=best)
