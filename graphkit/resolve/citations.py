"""A relationship's citations, each passage of a document cited once.

Two sources may cite one document at one place, one of them with the sentence and the other
without (a registry entry's `parent`, cited by document and locator, beside a fact file's
`partOf` quoting that paragraph). They are one citation: counted once by `citationCount`,
shown once by `show`, written once to every output, with the quote. Citations that name other
places, or quote other sentences at one place, stay apart.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Citation


def joined_citations(citations: list[Citation]) -> list[Citation]:
    """`citations` with every one that another tells more of (or the same) joined to it.

    Citations of one document at one locator are joined where none of their quote and offsets
    disagree; the one with the most to say leads and lends nothing it has, taking from the
    other only what it lacks. Which one leads is decided by content and input line, never by
    the order facts were read, so every build writes the same citation. The result keeps the
    order in which each joined citation was first cited.
    """
    if len(citations) < 2:
        return list(citations)
    places: dict[tuple, list[int]] = {}  # citations' indexes, by document and locator
    for at, citation in enumerate(citations):
        places.setdefault((citation.source.key, citation.locator), []).append(at)
    joined: list[tuple[int, Citation]] = []
    for indexes in places.values():
        if len(indexes) == 1:
            joined.append((indexes[0], citations[indexes[0]]))
            continue
        kept: list[tuple[int, Citation]] = []
        alike: dict[tuple, int] = {}  # a passage met before joins where it went (an award's rows)
        for at in sorted(indexes, key=lambda i: _leading(citations[i])):
            citation = citations[at]
            passage = (citation.quote, citation.start, citation.end)
            match = alike.get(passage)
            if match is None:
                match = next((n for n, (_, k) in enumerate(kept) if _agree(k, citation)), None)
            if match is None:
                match = len(kept)
                kept.append((at, citation))
            else:
                first, held = kept[match]
                kept[match] = (min(first, at), _filled(held, citation))
            alike[passage] = match
        joined += kept
    return [citation for _, citation in sorted(joined, key=lambda pair: pair[0])]


def _leading(citation: Citation) -> tuple:
    """Who leads a joined citation: the surest, then the one with a quote and its offsets,
    then the row row_rank.py picks of rows that give one citation (one permalink and award id
    on two downloads of an award), then the earlier input line."""
    return (
        -citation.confidence,
        citation.quote is None,
        citation.start is None,
        citation.rank,
        citation.where.file,
        citation.where.line or 0,
        citation.extractor,
    )


def _agree(held: Citation, other: Citation) -> bool:
    """Whether two citations of one place could be one: no quote or offset that differs."""
    return all(
        a is None or b is None or a == b
        for a, b in (
            (held.quote, other.quote),
            (held.start, other.start),
            (held.end, other.end),
        )
    )


def _filled(held: Citation, other: Citation) -> Citation:
    """`held` with the quote and offsets it lacks taken from `other`."""
    quote = held.quote if held.quote is not None else other.quote
    if held.start is None and held.end is None:
        start, end = other.start, other.end  # offsets go together, as a quote's span
    else:
        start, end = held.start, held.end
    if (quote, start, end) == (held.quote, held.start, held.end):
        return held
    return replace(held, quote=quote, start=start, end=end)
