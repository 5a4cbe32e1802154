"""Names the chunker joined over "for" that the document writes apart: "a contract with
Corvane for Quietline coverage" names Corvane and Quietline where the text also names each
alone, while "Coalition for Open Skies" stays one name."""

from __future__ import annotations

from dataclasses import replace

from .chunks import Chunk


def split_joined(text: str, chunks: list[list[Chunk]]) -> list[list[Chunk]]:
    """Every sentence's chunks, each "A for B" cut in two where A and B stand alone elsewhere."""
    alone = {chunk.name for sentence in chunks for chunk in sentence}
    return [
        [part for chunk in sentence for part in _parts(text, chunk, alone)] for sentence in chunks
    ]


def _parts(text: str, chunk: Chunk, alone: set[str]) -> list[Chunk]:
    left, joined, right = chunk.name.partition(" for ")
    if not joined or " for " in right or left not in alone or right not in alone:
        return [chunk]
    cut = text.find(" for ", chunk.start, chunk.end)
    if cut < 0:
        return [chunk]
    first = replace(chunk, end=cut, name=left, span_end=cut, possessive=False, acronym=None)
    second = replace(chunk, start=cut + len(" for "), name=right, titles=[], initial=False)
    return [first, second]
