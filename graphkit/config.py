"""Project configuration: graphkit.toml lists the registry files and the sources to build."""

from __future__ import annotations

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


@dataclass(frozen=True)
class SourceSpec:
    kind: str
    path: Path
    options: tuple[tuple[str, object], ...] = ()
    # Where it was given (graphkit.toml's entry), for messages about its kind and options.
    where: Location = field(default=NOWHERE, compare=False)

    @classmethod
    def parse(cls, text: str, base: Path) -> SourceSpec:
        """`KIND:PATH` as given to --source."""
        kind, sep, path = text.partition(":")
        if not sep or not kind or not path:
            raise ConfigError(
                f"--source {text!r}: write KIND:PATH, e.g. facts:more/", field="source"
            )
        return cls(kind=kind, path=(base / path), where=Location(f"--source {text}"))


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
        data = tomllib.loads(read_text(path, shown))
    except FileNotFoundError:
        raise ConfigError("no such config file", path=shown) from None
    except InputError as err:  # not UTF-8
        raise ConfigError(err.message, path=shown, line=err.line) from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"TOML syntax: {err}", path=shown) from None
    root = path.parent
    _check_keys(data, shown)
    registry = data.get("registry", {})
    config = Config(
        root=root,
        entities=[root / p for p in _paths(registry, "entities", shown)],
        documents=[root / p for p in _paths(registry, "documents", shown)],
    )
    for index, spec in enumerate(data.get("sources", []), start=1):
        if not isinstance(spec, dict) or "kind" not in spec or "path" not in spec:
            raise ConfigError(
                f"[[sources]] entry {index} needs kind and path", path=shown, field="sources"
            )
        options = tuple(sorted((k, v) for k, v in spec.items() if k not in ("kind", "path")))
        where = Location(f"{shown} [[sources]] entry {index}", field="sources")
        config.sources.append(
            SourceSpec(str(spec["kind"]), root / str(spec["path"]), options, where)
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
                field="min_confidence",
            )
        config.min_confidence = float(value)
    return config


def _check_keys(data: dict, shown: str) -> None:
    """ConfigError for a table or key graphkit.toml has no use for, with the closest name."""

    def unknown(name: str, known, what: str) -> ConfigError:
        hint = did_you_mean(name, known)
        hint = f"{hint} " if hint else ""
        return ConfigError(
            f"unknown {what} {name!r}; {hint}{what}s are {', '.join(known)}",
            path=shown,
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
                raise unknown(key, _TABLES[name], f"{name} key")


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
