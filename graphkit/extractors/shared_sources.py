"""One description per cited URL for the whole build, whatever order rows and files come in.

Record rows describe the documents they cite: an Atlas link with its source, date, type and
snapshot, a USAspending permalink with its award, a mapped row's URL with its title. A source
never carries two titles or dates, so every citation of a URL cites one description: the
catalogue's where it lists the URL, else the one that says most (the most fields given), then
the least by its fields' text. It was the first one a row made: an Atlas link that one row
lists among its "Other Links" (a bare URL) and another describes was described or not as
the rows happened to be sorted, and a link two rows date apart took the first row's date.

A title is the document's, not a row's: rows that give one URL two titles (a mapping's
`title: "Report: {Agency}"` over two agencies' rows that link one report) say no title of
it, and the URL is cited without one, said as a warning naming the rows. The one that says
most was cited by every row: EFF's licence-plate reader file links SOSINK's report from
Cincinnati's row too, and SOSINK's row cited "Vigilant ALPR report: Cincinnati Police
Department", with exit 0. So is a date: rows that date one URL apart say no date of it, and
rows that agree at two precisions ("2016-09", "2016-09-12") its finer one.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from dataclasses import fields, replace

from ..exc import Location, Notice
from ..model import Citation, Entity, Fact, SourceDoc, canonical_document
from .base import ExtractContext

_DESCRIBING = tuple(f.name for f in fields(SourceDoc) if f.name not in ("url", "id"))

# What a mapping's user can do: the mapping's `title:` is theirs to write.
MAPPED_TITLE = "write a title that names the document, not the row: a fixed one, or a column "
MAPPED_TITLE += "that holds each document's"
# What an Atlas download's user can do: its rows are EFF's, but the catalogue is theirs, and
# the catalogue's description of a URL is the one every row cites.
CATALOGUED_TITLE = "to cite it with its title, list the URL in the project's catalogue "
CATALOGUED_TITLE += "(the `documents` file in graphkit.toml, e.g. data/sources.yaml) with an id, "
CATALOGUED_TITLE += "its title and publisher: every row then cites that"


class _Described:
    """A build's descriptions of the URLs its records cite."""

    def __init__(self, catalogue: dict[str, SourceDoc]) -> None:
        self.catalogue = catalogue  # the catalogue's documents by URL: these win
        self.first: dict[str, SourceDoc] = {}  # what citations hold while extraction runs
        # every description made, by URL, with the first row that made it
        self.made: dict[str, dict[SourceDoc, Location | None]] = {}
        # by URL, what the files that describe it let their user do to give it one title
        self.retitle: dict[str, set[str]] = {}


# Keyed by the build's registry: the one object every file's context shares.
_BY_BUILD: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def shared_source(
    context: ExtractContext,
    url: str,
    make: Callable[[], SourceDoc],
    where: Location | None = None,
    retitle: str = MAPPED_TITLE,
) -> SourceDoc:
    """The document at `url` as the build's citations cite it: the catalogue's if it lists the
    URL, else the first description made; every row's description (`make()`, made at
    `where`) is kept for `settled_sources`, which picks the one every citation then cites.
    `retitle`: what the user of the rows' file can do where rows give the URL two titles."""
    described = _BY_BUILD.get(context.registry)
    if described is None:
        catalogue = {doc.url: doc for _, doc in sorted(context.catalog.items()) if doc.url}
        described = _BY_BUILD[context.registry] = _Described(catalogue)
    if url in described.catalogue:
        return described.catalogue[url]
    document = canonical_document(make())
    made = described.made.setdefault(url, {})
    made.setdefault(document, where)
    described.retitle.setdefault(url, set()).add(retitle)
    return described.first.setdefault(url, document)


def settled_sources(context: ExtractContext) -> dict[str, SourceDoc]:
    """The description each URL's citations are to cite where it is not the one they hold
    (`shared_source`): the one that says most, then the least by its fields' text, without a
    title where rows give the URL two (each said to `context` as a warning)."""
    described = _BY_BUILD.get(context.registry)
    if described is None:
        return {}
    chosen = {}
    for url, made in described.made.items():
        if len(made) > 1:
            best = min(made, key=_says_most)
            titled = {}  # each title, with the first row that gives it
            for document, where in made.items():
                if document.title and document.title not in titled:
                    titled[document.title] = where
            if len(titled) > 1:
                best = canonical_document(replace(best, title=None))
                context.notice(_titled_apart(url, titled, described.retitle[url]))
            best = _dated(context, url, made, best)
            if best is not described.first[url]:
                chosen[url] = best
    return chosen


def _dated(
    context: ExtractContext, url: str, made: dict[SourceDoc, Location | None], best: SourceDoc
) -> SourceDoc:
    """`best` with the date its rows give: the most precise where they agree ("2016-09" and
    "2016-09-12"), none where two disagree (said to `context` as a warning). It took the date
    of the description that said most, whichever row's that was: the Atlas's six rows of one
    AJC article, dated 11/4/2016 and 9/4/2016, were all dated 2016-11-04."""
    dated: dict[str, Location | None] = {}  # each date, with the first row that gives it
    for document, where in sorted(made.items(), key=lambda item: _place(item[1])):
        if document.published is not None:
            dated.setdefault(str(document.published), where)
    if not dated:
        return best
    finest = max(dated, key=len)
    if all(finest.startswith(date) for date in dated):
        found = next(d.published for d in made if str(d.published) == finest)
        return (
            best if best.published == found else canonical_document(replace(best, published=found))
        )
    places = sorted(dated.items(), key=lambda item: _place(item[1]))
    first = places[0][1]
    listed = ", ".join(f"{date} ({_at(where, first)})" for date, where in places)
    context.notice(
        Notice(
            f"rows cite {url} under {len(dated)} dates: {listed}; a document has one date, so "
            "it is cited without one (to cite it with its date, list the URL in the project's "
            "catalogue, the `documents` file in graphkit.toml, with the date it was published)",
            path=first.file if first else None,
            line=first.line if first else None,
            field=None,  # the row's place names its link's title column, not its date's
        )
    )
    return canonical_document(replace(best, published=None))


def _titled_apart(url: str, titled: dict[str, Location | None], retitle: set[str]) -> Notice:
    """The warning that rows give one URL two titles (`titled`: each, where first given), and
    what the files' user can do about it (`retitle`)."""
    places = sorted(titled.items(), key=lambda item: _place(item[1]))
    first = places[0][1]
    listed = ", ".join(f"{title!r} ({_at(where, first)})" for title, where in places)
    fixes = "; or ".join(sorted(retitle))
    return Notice(
        f"rows cite {url} under {len(titled)} titles: {listed}; a document has one title, "
        f"so it is cited without one, each row by its own locator ({fixes})",
        path=first.file if first else None,
        line=first.line if first else None,
        field=first.field if first and first.field else "title",
    )


def _at(where: Location | None, first: Location | None) -> str:
    """Where a title is given, as a message names it: its line in the file the message names."""
    if where is None:
        return "a record"
    return f"line {where.line}" if first and where.file == first.file else str(where)


def _place(where: Location | None) -> tuple:
    return (where.file, where.line or 0) if where else ("", 0)


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
