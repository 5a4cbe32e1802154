"""Extractors by source kind. Each turns one kind of input into plain Facts, without RDF.

An extractor module meets `base.Extractor`: NAME, VERSION, SUFFIXES (file endings it reads),
perhaps OPTIONS (the names a source of its kind may set in graphkit.toml or with --set)
and `extract(file, context)`, which reads one file, yields Facts (and Entities it discovers)
and reports bad entries through `context.report` so the rest of the input still builds. The
runner (run.py) finds the files, caches, runs workers and locates errors for every kind.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from ..config import SourceSpec
from ..exc import ConfigError
from ..names import did_you_mean

# kind -> module; imported only when a source of that kind is built.
EXTRACTORS: dict[str, str] = {
    "facts": "graphkit.extractors.facts",
    "article": "graphkit.extractors.article",
    "review": "graphkit.extractors.article.review",
    "usaspending": "graphkit.extractors.usaspending",
    "atlas": "graphkit.extractors.atlas",
    "mapping": "graphkit.extractors.mapping",
}


def get_extractor(kind: str) -> ModuleType:
    """The extractor module for `kind`; ConfigError listing the known kinds otherwise."""
    try:
        return importlib.import_module(EXTRACTORS[kind])
    except KeyError:
        hint = did_you_mean(kind, EXTRACTORS)
        hint = f" ({hint})" if hint else ""
        known = ", ".join(sorted(EXTRACTORS))
        raise ConfigError(f"unknown source kind {kind!r}{hint}; kinds are {known}") from None


def extractor_for(spec: SourceSpec) -> ModuleType:
    """The extractor of a configured source; ConfigError at the source's entry for a kind
    there is none of, or an option the kind does not take (a misspelt one would be ignored)."""
    try:
        extractor = get_extractor(spec.kind)
    except ConfigError as err:
        err.path, err.field = spec.where.file or err.path, spec.where.field or err.field
        err.line = spec.where.line
        raise
    known = getattr(extractor, "OPTIONS", ())
    for name, value in spec.options:
        if name in known and not isinstance(value, str):
            # every option is a path: a list (the mapping's own `data:` may be one) or a
            # number would be read as a path spelt "['a.csv', 'b.csv']"
            raise ConfigError(
                f"a {spec.kind} source's option {name} is a path, written as a text, not {value!r}",
                path=spec.where.file or None,
                line=spec.line_of(name),
                field=name,
            )
        if name not in known:
            hint = did_you_mean(name, known)
            takes = f"its options are {', '.join(known)}" if known else "it takes no options"
            raise ConfigError(
                f"a {spec.kind} source has no option {name!r}; {hint + ' ' if hint else ''}{takes}",
                path=spec.where.file or None,
                line=spec.line_of(name),
                field=name,
            )
    return extractor


def check_sources(specs) -> None:
    """ConfigError for the first source whose kind or options are wrong: checked before a
    build touches its output folder, so a config error leaves no half-made output behind."""
    for spec in specs:
        extractor_for(spec)
