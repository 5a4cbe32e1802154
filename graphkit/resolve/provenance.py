"""Which original documents stand behind a source, and what status a fact has because of them.

A source that republishes or reports another (`derived_from` in the catalogue, in an
article's front matter or in a mapping's citation) is not a second witness: corroboration
counts the originals at the end of those chains. A reference that is no catalogue id and no URL
names a publisher whose records the source copies (Torn Apart's freezer is USAspending.gov's
export, cleaned): such a copy counts with that publisher's own documents, adding no witness to
a fact one of them states, and counts once, for all copies of that publisher, where none does.

The original's kind also sets how sure a fact is (the status rule):

- a government record, or an organisation's own statement or press release, **confirms**;
- a news article, report, web page or data set **reports**;
- an employee letter, a leak or an allegation **alleges**.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

from ..model import SourceDoc
from ..sources.documents import document_address

CONFIRMING_KINDS = frozenset({"record", "press-release", "statement"})
ALLEGING_KINDS = frozenset({"letter", "leak", "allegation"})
# Strongest first: a fact stated by one confirming original is confirmed.
STATUS_ORDER = ("confirmed", "reported", "alleged")


def status_of_kind(kind: str | None) -> str:
    """The status an original of this kind gives the facts it states."""
    if kind in CONFIRMING_KINDS:
        return "confirmed"
    if kind in ALLEGING_KINDS:
        return "alleged"
    return "reported"


class Provenance:
    """Follows `derived_from` from any cited source to its originals.

    References are catalogue ids or URLs. A URL that no catalogue entry has is an original
    outside the graph: two articles that both report it still count once. URLs are compared
    as documents (`document_address`): a citation of a catalogue entry's page with a trailing
    `/`, a `#fragment` or `utm_` parameters cites that entry, and two entries of one page are
    one witness.
    """

    def __init__(self, catalog: Mapping[str, SourceDoc] | None = None) -> None:
        self._by_id = dict(catalog or {})
        self._by_url = {document_address(doc.url): doc for doc in self._by_id.values() if doc.url}
        self._memo: dict[str, tuple[SourceDoc, ...]] = {}
        self._ranks: dict[tuple, int] = {}
        self._cited: dict[tuple, tuple[SourceDoc, ...]] = {}  # by how a citation names it

    def known(self, source: SourceDoc) -> SourceDoc:
        """The catalogue's entry for a cited document (matched by id, then URL), else itself."""
        if source.id and source.id in self._by_id:
            return self._by_id[source.id]
        return self._by_url.get(document_address(source.url), source) if source.url else source

    def _ref(self, ref: str) -> SourceDoc:
        if ref in self._by_id:
            return self._by_id[ref]
        if not is_url(ref):
            return publisher_original(ref)
        return self._by_url.get(document_address(ref)) or SourceDoc(url=ref)

    def originals(self, source: SourceDoc) -> tuple[SourceDoc, ...]:
        """The documents at the ends of `source`'s derived_from chains (itself when none)."""
        cited = (source.id, source.url, source.title)
        if cited not in self._cited:
            self._cited[cited] = self._originals(source)
        return self._cited[cited]

    def _originals(self, source: SourceDoc) -> tuple[SourceDoc, ...]:
        doc = self.known(source)
        if doc.key in self._memo:
            return self._memo[doc.key]
        found: dict[str, SourceDoc] = {}
        stack, seen = [doc], {doc.key}
        while stack:
            current = stack.pop()
            refs = [self.known(self._ref(r)) for r in current.derived_from]
            if not refs:
                found[current.key] = current
            for ref in refs:
                if ref.key not in seen:  # a cycle the catalogue did not catch stops here
                    seen.add(ref.key)
                    stack.append(ref)
        result = tuple(found[k] for k in sorted(found))
        self._memo[doc.key] = result
        return result

    def unknown_references(self, source: SourceDoc) -> list[str]:
        """References in `source`'s derived_from that are neither catalogue ids nor URLs."""
        return [ref for ref in source.derived_from if ref not in self._by_id and not is_url(ref)]

    def derivations(self, source: SourceDoc) -> tuple[SourceDoc, ...]:
        """The documents `source` directly reports, as catalogue entries where known."""
        return tuple(self.known(self._ref(r)) for r in self.known(source).derived_from)

    def independent(self, sources: Iterable[SourceDoc]) -> int:
        """How many distinct originals stand behind these sources: one document under two
        catalogue ids, or cited by two spellings of its URL, is one. A copy of a publisher's
        records counts with the publisher's own documents where they state the fact too."""
        originals = {document_key(o): o for s in sources for o in self.originals(s)}
        if not any(is_copied(o) for o in originals.values()):
            return len(originals)  # (no copy among them: nothing to look up per fact)
        return len(set().union(*witnesses([[original_of(o) for o in originals.values()]])))

    def status(self, sources: Iterable[SourceDoc]) -> str:
        """confirmed, reported or alleged: the strongest that any original gives."""
        return STATUS_ORDER[self.authority(sources)]

    def authority(self, sources: Iterable[SourceDoc]) -> int:
        """0 for a claim resting on a confirming original, 1 for reported, 2 for alleged."""
        return min((self._rank(s) for s in sources), default=1)

    def _rank(self, source: SourceDoc) -> int:
        # Many facts cite one document: its rank is worked out once.
        key = (source.id, source.url, source.title)
        rank = self._ranks.get(key)
        if rank is None:
            kinds = {status_of_kind(o.kind) for o in self.originals(source)}
            rank = self._ranks[key] = min(STATUS_ORDER.index(k) for k in kinds)
        return rank


_COPIED = "publisher:"  # the id of the original behind a copy of a publisher's records


def is_url(ref: str) -> bool:
    return ref.strip().lower().startswith(("http://", "https://"))


def publisher_name(name: str) -> str:
    """A publisher's name as references are compared: without case, spacing or a leading
    `www.` ("USAspending.gov", "usaspending.gov" and "www.usaspending.gov" are one)."""
    return " ".join(name.lower().split()).removeprefix("www.")


def publisher_original(ref: str) -> SourceDoc:
    """The original behind a copy of the records `ref` publishes: that publisher's records."""
    return SourceDoc(id=_COPIED + publisher_name(ref), publisher=ref.strip(), title=ref.strip())


def is_copied(document: SourceDoc) -> bool:
    """Whether `document` stands for a publisher's records that a derived source copies."""
    return bool(document.id and document.id.startswith(_COPIED))


def publishers(document: SourceDoc) -> set[str]:
    """Who publishes `document`, as references name a publisher: its publisher, and the site
    its URL is on (`usaspending.gov` for an award's page)."""
    names = {publisher_name(document.publisher)} if document.publisher else set()
    if document.url:
        host = urlsplit(document_address(document.url)).hostname
        names |= {publisher_name(host)} if host else set()
    return names


def document_key(document: SourceDoc) -> str:
    """What a document is counted by, as a witness or a source: the document its URL names
    (`document_address`), else its id or title."""
    return document_address(document.url) if document.url else document.key


# An original as the page and the exports count it: (key, its publishers' names, whether it
# stands for a publisher's records that a copy reproduces). Made of a document's URL, title
# and publisher alone, which the graph keeps, so it is the same read from the graph or the model.
Original = tuple[str, tuple[str, ...], bool]


def original_of(document: SourceDoc, copied: bool | None = None) -> Original:
    """`document` as an original: a copied publisher's records by the publisher's name, any
    other document by its URL's document (`document_address`), else its title or publisher."""
    if is_copied(document) if copied is None else copied:
        name = publisher_name(document.publisher or document.title or "")
        return (_COPIED + name, (name,), True)
    key = document_address(document.url) if document.url else document.title or document.publisher
    return (key or "", tuple(sorted(publishers(document))), False)


def witnesses(cited: list[list[Original]]) -> list[tuple[str, ...]]:
    """For each citation of one fact (the originals behind its source), the originals it
    counts as, by key, with the rule `Provenance.independent` counts by: a copy of a
    publisher's records counts with that publisher's own documents where one of them is
    among the fact's, and counts once, for all copies of that publisher, where none is."""
    if not any(o[2] for originals in cited for o in originals):
        return [tuple(o[0] for o in originals) for originals in cited]
    published = {by for originals in cited for o in originals if not o[2] for by in o[1]}
    return [
        tuple(o[0] for o in originals if not (o[2] and set(o[1]) <= published))
        for originals in cited
    ]
