"""What a file states once however many of its rows say it, each cited by the row that the
rule of row_rank.py picks, not the first row read.

A USAspending download names ICE `partOf` DHS on every row, a subawards file its prime award's
description and buyer on each of that award's subaward rows, a grant's sub-grants its funders,
and a mapping's `once: true` rule a fact every row repeats: each is stated once per file, so
that a fact is not cited by thousands of rows. The row cited was the first that said it, and a
file sorted or filtered and saved again cited another row.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator


class StatedOnce:
    """The best row's statement of each key, given back once the file is read (`stated`)."""

    def __init__(self) -> None:
        self._best: dict[Hashable, tuple[str, Callable[[], Iterable]]] = {}

    def offer(self, key: Hashable, rank: str, make: Callable[[], Iterable]) -> None:
        """A row's statement of `key`: what `make()` gives, kept where its row's `rank` (its
        citation's, row_rank.py) is the least so far. Rows of one rank say the same."""
        held = self._best.get(key)
        if held is None or rank < held[0]:
            self._best[key] = (rank, make)

    def stated(self) -> Iterator:
        """Every key's statement, by its row's rank (then the key): in no order that the
        file's rows were read in."""
        ordered = sorted(self._best.items(), key=lambda item: (item[1][0], repr(item[0])))
        for _, (_, make) in ordered:
            yield from make()
        self._best.clear()
