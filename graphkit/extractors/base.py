"""What every extractor receives: the source catalogue and a place to report problems."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..exc import InputError
from ..model import SourceDoc
from ..sources.registry import Registry


@dataclass
class ExtractContext:
    """Shared by all extractors of one build: read the registry and catalogue, report problems."""

    catalog: dict[str, SourceDoc] = field(default_factory=dict)
    registry: Registry = field(default_factory=Registry)
    root: Path = field(default_factory=Path.cwd)
    options: dict[str, Any] = field(default_factory=dict)
    strict: bool = False
    problems: list[InputError] = field(default_factory=list)

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
        """Record a bad entry; in strict mode stop at the first one."""
        if self.strict:
            raise error
        self.problems.append(error)


def _inside(path: Path, root: Path) -> bool:
    try:
        Path(path).resolve().relative_to(Path(root).resolve())
    except ValueError:
        return False
    return True


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
