"""What each citation of a fact counts as among its originals, for the page and the exports.

The build counts a fact's independent originals (`Provenance.independent`): a copy of a
publisher's records (Torn Apart's freezer, `derived_from: USAspending.gov`) counts with that
publisher's own documents. The page adds up the sources of a tie's facts in the browser, so it
is told, citation by citation, which originals each counts as where that is not its own
document; it counted documents, the copy and the record it copies as two sources.
"""

from __future__ import annotations

from ..model import SourceDoc
from ..resolve.provenance import original_of, witnesses
from .records import SourceRecord

# What a citation of the network says (network.py), and all that an output showing citations
# gives of one (`path` and `timeline` in JSON). The page alone also reads a copy's `witness`
# (witness_fields), for its own count of a tie's sources.
CITATION_FIELDS = (
    "url",
    "title",
    "publisher",
    "date",
    "quote",
    "locator",
    "extractor",
    "confidence",
    "archive",
)


def witness_fields(sources: list[SourceRecord]) -> list[str | None]:
    """For the sources of one fact's citations, in order: the originals each counts as, their
    keys joined by line breaks ("" for a copy whose original the fact cites too), or None for
    a source that is its own original, which the page counts by its document."""
    if not any(s.originals for s in sources):
        return [None] * len(sources)  # (most facts: nothing copied or reported among them)
    cited = [
        list(s.originals)
        or [original_of(SourceDoc(url=s.url, title=s.title, publisher=s.publisher), False)]
        for s in sources
    ]
    return [
        "\n".join(keys) if source.originals else None
        for source, keys in zip(sources, witnesses(cited), strict=True)
    ]
