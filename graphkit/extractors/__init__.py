"""Extractors by source kind. Each turns one kind of input into plain Facts, without RDF.

An extractor module meets `base.Extractor`: NAME, VERSION, SUFFIXES (file endings it reads)
and `extract(file, context)`, which reads one file, yields Facts (and Entities it discovers)
and reports bad entries through `context.report` so the rest of the input still builds. The
runner (run.py) finds the files, caches, runs workers and locates errors for every kind.
"""

from __future__ import annotations

import importlib
from types import ModuleType

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
