"""Project configuration: graphkit.toml lists the registry files and the sources to build."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .exc import NOWHERE, ConfigError, InputError, Location
from .files import read_text
from .names import did_you_mean

CONFIG_NAME = "graphkit.toml"
# What graphkit.toml may hold: a misspelt table or key (`[[source]]`, `entitie`) would
# otherwise be passed over, and the build would make an empty graph and exit 0.
_TABLES = {
    "registry": ("entities", "documents"),
    "sources": ("kind", "path"),  # and the options of the source's kind
    "build": ("out", "min_confidence"),
}


def source_path(base: Path, path: str) -> Path:
    """`path` read from `base`, its `..` taken out as a mapping's `data:` is (normpath, not
    resolve: links stay links), so one file is named alike wherever it was given from: its
    citations and messages said `/p/../shared/f.csv` given to --source and `/shared/f.csv`
    through a mapping."""
    return Path(os.path.normpath(base / path))


@dataclass(frozen=True)
class SourceSpec:
    kind: str
    path: Path
    options: tuple[tuple[str, object], ...] = ()
    # Where it was given (graphkit.toml's entry), for messages about its kind and options.
    where: Location = field(default=NOWHERE, compare=False)
    # The line of each key its graphkit.toml entry writes: (key, line) pairs.
    key_lines: tuple[tuple[str, int], ...] = field(default=(), compare=False)

    def line_of(self, key: str) -> int | None:
        """The graphkit.toml line that gives `key`, else the entry's own line."""
        return dict(self.key_lines).get(key) or self.where.line

    @classmethod
    def parse(cls, text: str, base: Path) -> SourceSpec:
        """`KIND:PATH` as given to --source."""
        kind, sep, path = text.partition(":")
        if not sep or not kind or not path:
            raise ConfigError(
                f"--source {text!r}: write KIND:PATH, e.g. facts:more/", field="source"
            )
        return cls(kind=kind, path=source_path(base, path), where=Location(f"--source {text}"))


@dataclass
class Config:
    root: Path
    entities: list[Path] = field(default_factory=list)
    documents: list[Path] = field(default_factory=list)
    sources: list[SourceSpec] = field(default_factory=list)
    out: Path | None = None
    # Machine-extracted facts below this confidence stay out of the graph, listed in the report.
    min_confidence: float = 0.5

    @property
    def has_inputs(self) -> bool:
        """Whether the project names anything to build from: registry files or sources."""
        return bool(self.entities or self.documents or self.sources)


def load_config(path: Path | None = None, cwd: Path | None = None) -> Config:
    """Read graphkit.toml (or the defaults: data/entities.yaml, data/sources.yaml, data/facts)."""
    cwd = cwd or Path.cwd()
    if path is None and (cwd / CONFIG_NAME).is_file():
        path = cwd / CONFIG_NAME
    if path is None:
        return _defaults(cwd)
    path = Path(path)
    shown = str(path)
    try:
        text = read_text(path, shown)
        data = tomllib.loads(text)
    except FileNotFoundError:
        raise ConfigError("no such config file", path=shown) from None
    except InputError as err:  # not UTF-8
        raise ConfigError(err.message, path=shown, line=err.line) from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"TOML syntax: {err}", path=shown) from None
    root = path.parent
    _check_keys(data, shown, text)
    registry = data.get("registry", {})
    config = Config(
        root=root,
        entities=[root / p for p in _paths(registry, "entities", shown)],
        documents=[root / p for p in _paths(registry, "documents", shown)],
    )
    entries = _source_lines(text)
    for index, spec in enumerate(data.get("sources", []), start=1):
        lines = entries[index - 1] if index <= len(entries) else {}
        if not isinstance(spec, dict) or "kind" not in spec or "path" not in spec:
            raise ConfigError(
                f"[[sources]] entry {index} needs kind and path",
                path=shown,
                line=lines.get("[[sources]]"),
                field="sources",
            )
        options = tuple(sorted((k, v) for k, v in spec.items() if k not in ("kind", "path")))
        where = Location(shown, lines.get("kind") or lines.get("[[sources]]"), field="kind")
        config.sources.append(
            SourceSpec(
                str(spec["kind"]),
                source_path(root, str(spec["path"])),
                options,
                where,
                tuple(sorted((k, n) for k, n in lines.items() if k != "[[sources]]")),
            )
        )
    build = data.get("build", {})
    if "out" in build:
        config.out = root / str(build["out"])
    if "min_confidence" in build:
        value = build["min_confidence"]
        # A boolean is an int to Python: `min_confidence = true` would hold back all but 1.0.
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise ConfigError(
                "build.min_confidence must be a number from 0 to 1",
                path=shown,
                line=_line_of(text, "build", "min_confidence"),
                field="min_confidence",
            )
        config.min_confidence = float(value)
    return config


_TABLE_LINE = re.compile(r"\s*\[\[?\s*([\w.]+)\s*\]\]?")
_KEY_LINE = re.compile(r"\s*([\w-]+)\s*=")


def _written(text: str):
    """(line, table, key) for each line of graphkit.toml that opens a table (key None; the
    table written "[[sources]]" for an entry of a list of tables) or writes a key in one."""
    table = None
    for number, line in enumerate(text.splitlines(), 1):
        header = _TABLE_LINE.match(line)
        if header:
            table = f"[[{header.group(1)}]]" if line.strip().startswith("[[") else header.group(1)
            yield number, table, None
            continue
        key = _KEY_LINE.match(line)
        if key:
            yield number, table, key.group(1)


def _source_lines(text: str) -> list[dict[str, int]]:
    """For each [[sources]] entry in order, the line of its header ("[[sources]]") and of
    each key written in it, so a message names the line a user wrote."""
    entries: list[dict[str, int]] = []
    for number, table, key in _written(text):
        if table == "[[sources]]" and key is None:
            entries.append({"[[sources]]": number})
        elif table == "[[sources]]":
            entries[-1].setdefault(key, number)
    return entries


def _line_of(text: str, table: str, key: str | None = None) -> int | None:
    """The first line of graphkit.toml that opens `table` or, with `key`, that writes `key`
    in that table."""
    return next(
        (
            number
            for number, written, name in _written(text)
            if (written or "").strip("[]") == table and name == key
        ),
        None,
    )


def _check_keys(data: dict, shown: str, text: str = "") -> None:
    """ConfigError for a table or key graphkit.toml has no use for, with the closest name."""

    def unknown(name: str, known, what: str, table: str | None = None) -> ConfigError:
        hint = did_you_mean(name, known)
        hint = f"{hint} " if hint else ""
        return ConfigError(
            f"unknown {what} {name!r}; {hint}{what}s are {', '.join(known)}",
            path=shown,
            line=_line_of(text, table, name) if table else _line_of(text, name),
            field=name,
        )

    for name, value in data.items():
        if name not in _TABLES:
            raise unknown(name, list(_TABLES), "table")
        if name == "sources":
            if not isinstance(value, list):
                raise ConfigError(
                    "sources is a list of tables: write each as [[sources]]",
                    path=shown,
                    field=name,
                )
            continue
        if not isinstance(value, dict):
            raise ConfigError(f"{name} is a table: write it as [{name}]", path=shown, field=name)
        for key in value:
            if key not in _TABLES[name]:
                raise unknown(key, _TABLES[name], f"{name} key", name)


def _paths(table: dict, key: str, shown: str) -> list[str]:
    value = table.get(key, [])
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(
            f"registry.{key} must be a path or a list of paths", path=shown, field=key
        )
    return value


def _defaults(cwd: Path) -> Config:
    config = Config(root=cwd)
    if (cwd / "data" / "entities.yaml").is_file():
        config.entities.append(cwd / "data" / "entities.yaml")
    if (cwd / "data" / "sources.yaml").is_file():
        config.documents.append(cwd / "data" / "sources.yaml")
    if (cwd / "data" / "facts").is_dir():
        config.sources.append(SourceSpec("facts", cwd / "data" / "facts"))
    return config
