"""The extractor contract, and what every extractor receives: the catalogue, the registry and
a place to report problems."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from ..exc import InputError, Notice
from ..model import Entity, Fact, SourceDoc
from ..sources.registry import Registry


class Extractor(Protocol):
    """One kind of source: a module with these names (see extractors/__init__.py).

    `extract` reads ONE file. Finding a source's files, caching, worker processes and locating
    an error that stops a file are the runner's (extractors/run.py), written once for all.
    A bad entry is reported with `context.report` and skipped; what was read right but is
    worth a look (a file saved day first) is said with `context.notice`, a warning of the
    build that leaves its exit status 0; an InputError raised out of `extract` stops that
    file only. Facts name entities as the input writes them; the resolve
    stage turns names into ids (resolve/entities.py). A record's names carry a NameHint
    (type, identifiers, scope), so that a name the registry lacks becomes a new entity.

    A module may also set `PER_FILE = True` when a file's extraction reads only that file, the
    registry files and the catalogue: then it is cached and may run in a worker process.
    """

    NAME: str
    VERSION: str
    SUFFIXES: tuple[str, ...]  # file endings it reads, lower case

    def extract(self, file: Path, context: ExtractContext) -> Iterable[Fact | Entity]: ...


@dataclass
class ExtractContext:
    """Shared by all extractors of one build: read the registry and catalogue, report problems
    (`problems`: entries skipped or values lost) and notices (`notices`: read right, worth a
    look)."""

    catalog: dict[str, SourceDoc] = field(default_factory=dict)
    registry: Registry = field(default_factory=Registry)
    root: Path = field(default_factory=Path.cwd)
    options: dict[str, Any] = field(default_factory=dict)
    strict: bool = False
    problems: list[InputError] = field(default_factory=list)
    notices: list[InputError] = field(default_factory=list)

    def display(self, path: Path) -> str:
        """A path as users see it in messages: relative to the project when inside it."""
        try:
            return (
                Path(os.path.relpath(path, self.root)).as_posix()
                if _inside(path, self.root)
                else str(path)
            )
        except ValueError:
            return str(path)

    def report(self, error: InputError) -> None:
        """Record a bad entry; in strict mode stop at the first one. A Notice (read right,
        worth a look) is a notice, which stops nothing."""
        if isinstance(error, Notice):
            self.notices.append(error)
        elif self.strict:
            raise error
        else:
            self.problems.append(error)

    def notice(self, note: InputError) -> None:
        """Record what was read right but is worth a look: the build's warnings, exit 0."""
        self.report(note if isinstance(note, Notice) else notice_of(note))


def notice_of(error: InputError) -> Notice:
    """The same message at the same place, as a Notice."""
    return Notice(error.message, path=error.path, line=error.line, field=error.field)


def _inside(path: Path, root: Path) -> bool:
    real, top = os.path.realpath(path), _real_root(os.fspath(root))
    return real == top or real.startswith(top.rstrip(os.sep) + os.sep)


@lru_cache(maxsize=16)
def _real_root(root: str) -> str:
    # Once per build, not once per file: resolving the project's folder again for each of a
    # thousand files was a tenth of their reading.
    return os.path.realpath(root)


def files_under(path: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """The input files of a source: the path itself, or matching files below it, sorted."""
    if path.is_file():
        return [path]
    if not path.exists():
        raise InputError("no such file or directory", path=str(path))
    return sorted(
        p
        for p in path.rglob("*")
        if p.is_file()
        and p.suffix.lower() in suffixes
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )
