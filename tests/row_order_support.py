"""Record files read with their rows in another order, and what a build of them says with each
cited line replaced by its row's content: what a file sorted or filtered and saved again must
leave as it was (a citation's line moves with its row, and nothing else may change)."""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

from support import MINI, invoke

ORDERS = ("reversed", 7, 19)  # the rows reversed, and shuffled by two seeds


def reordered(source: Path, target: Path, order: str | int) -> Path:
    """`source`'s rows (below its header) written to `target` in another `order`: "reversed",
    "as is", or shuffled by a seed. Each row is written whole, as a spreadsheet saves it."""
    with open(source, encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    if order == "reversed":
        rows.reverse()
    elif order != "as is":
        random.Random(order).shuffle(rows)
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows([header, *rows])
    return target


def rows_by_line(path: Path) -> dict[int, tuple[str, ...]]:
    """Each row of a CSV file (its header too) by the line it starts on."""
    found, line = {}, 1
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        for row in reader:
            found[line] = tuple(row)
            line = reader.line_num + 1
    return found


def row_of(citation, files: dict[str, dict[int, tuple[str, ...]]]) -> tuple[str, ...]:
    """The content of the row a citation names (`files`: `rows_by_line` by file name); the
    place of one from another file (the registry's), as it is."""
    rows = files.get(Path(citation.where.file).name)
    return (str(citation.where),) if rows is None else rows[citation.where.line]


def cited_rows(result, files: dict[str, dict[int, tuple[str, ...]]]) -> dict[str, list]:
    """Each relationship's citations, and each of its claims', as (URL, locator, row content)."""

    def rows(citations):
        return sorted((c.source.url, c.locator or "", row_of(c, files)) for c in citations)

    return {
        rel.id: [rows(rel.citations), sorted(rows(claim.citations) for claim in rel.claims)]
        for rel in result.relationships
        if any(Path(c.where.file).name in files for c in rel.citations)
    }


def built_graph(sources: list[tuple[str, Path]], out: Path, skipped: bool = False) -> str:
    """The N-Quads of a build of the mini project with `sources`, run as a user runs it
    (`skipped`: some entries are bad, reported and skipped, exit 1)."""
    given = [arg for kind, path in sources for arg in ("--source", f"{kind}:{path}")]
    ran = invoke("build", "--config", MINI / "graphkit.toml", *given, "--out", out)
    assert ran.exit_code == (1 if skipped else 0), ran.stderr
    return (out / "graph.nq").read_text(encoding="utf-8")


_CITED_LINE = re.compile(r'"([^"\n]+):(\d+)"')


def by_content(nquads: str, files: list[Path]) -> list[str]:
    """`nquads`' lines, sorted, with each cited `file:line` of `files` given as that row's
    content instead of its line."""
    rows = {str(path): rows_by_line(path) for path in files}

    def content(match: re.Match) -> str:
        lines = rows.get(match.group(1))
        if lines is None:
            return match.group(0)
        return '"' + match.group(1) + ":" + "\x1f".join(lines[int(match.group(2))]) + '"'

    return sorted(_CITED_LINE.sub(content, line) for line in nquads.splitlines())
