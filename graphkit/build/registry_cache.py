"""The entity registry and the source catalogue of a build, read back from its cache when their
files are unchanged: a rebuild then skips reading and checking every row of them again (at a
million triples, a fifth of the work it does before it resolves anything).

The entry is keyed by the files' names and bytes, the source of the code that reads them and the
versions of PyYAML and pyoxigraph (whose IRI check the registry uses), so a change to any of them
reads the files again. It holds what reading them gave: the entities in the order they were
added (the first entity holding an identifier keeps it), the documents, and every problem found,
reported again as it was.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox
import yaml

from .. import __version__, exc, model, names, vocab, yamlio
from ..extractors.cache import CACHE_FORMAT, ExtractionCache, file_digest
from ..model import SourceDoc
from ..sources import catalog as catalog_module
from ..sources import registry as registry_module
from ..sources.catalog import load_catalog
from ..sources.registry import Registry, load_registry

SOURCES = "sources"  # the entries' folder in the cache's, beside the extractions'
# The modules whose code decides what the files give.
_READERS = (registry_module, catalog_module, yamlio, model, exc, names, vocab)


class Sources(NamedTuple):
    """What the registry and catalogue files gave; `remember()` writes the cache's entry."""

    registry: Registry
    problems: list[exc.InputError]
    catalog: dict[str, SourceDoc]
    catalog_problems: list[exc.InputError]
    remember: Callable[[], None]


def load_sources(
    entities: Iterable[Path],
    documents: Iterable[Path],
    display: Callable[[Path], str],
    cache_dir: Path | None,
    warnings: list[exc.InputError] | None = None,
) -> Sources:
    """The registry and the catalogue with their problems, as `load_registry` and
    `load_catalog` give them, taken from `cache_dir` where an entry for the same files is.

    A new entry is written by `remember()`, which the build calls once it has reported the
    problems: a strict build that one of them stops leaves no entry, as with extractions. An
    entry found wrong is deleted, said in `warnings`, and the files are read again."""
    entities, documents = list(entities), list(documents)
    if cache_dir is None:
        return Sources(
            *load_registry(entities, display), *load_catalog(documents, display), _nothing
        )
    cache = ExtractionCache(Path(cache_dir) / SOURCES)
    key = _key(entities, documents, display)
    kept = cache.get(key)
    shown = ", ".join(display(path) for path in [*entities, *documents])
    for entry, reason in cache.discarded if warnings is not None else ():
        message = f"cached registry and catalogue {entry.name} discarded: {reason}; read again"
        warnings.append(exc.InputError(message, path=shown))
    if kept is not None:
        added, problems, documents_kept, catalog_problems = kept
        return Sources(Registry(added), problems, dict(documents_kept), catalog_problems, _nothing)
    registry, problems = load_registry(entities, display)
    catalog, catalog_problems = load_catalog(documents, display)
    if _key(entities, documents, display) != key:  # a file changed while it was read: not kept
        return Sources(registry, problems, catalog, catalog_problems, _nothing)
    cache.put(key, [registry.as_added(), problems, list(catalog.items()), catalog_problems])
    return Sources(registry, problems, catalog, catalog_problems, partial(_remember, cache, key))


def _remember(cache: ExtractionCache, key: str) -> None:
    cache.save()
    cache.keep_only({key})  # the entries of earlier versions of the files are stale


def _nothing() -> None:
    """Nothing to remember: read from the cache, or no cache."""


def _key(entities: list[Path], documents: list[Path], display) -> str:
    # The libraries that parse the files and check their IRIs, with our own code.
    versions = f"{CACHE_FORMAT}\0{__version__}\0{yaml.__version__}\0{ox.__version__}"
    digest = hashlib.sha256(f"sources\0{versions}\0".encode())
    for module in _READERS:
        digest.update(Path(module.__file__).read_bytes())
    for kind, paths in (("entities", entities), ("documents", documents)):
        for path in paths:
            content = file_digest(path) if Path(path).is_file() else "absent"
            digest.update(f"\0{kind}\0{display(path)}\0{path}\0{content}".encode())
    return digest.hexdigest()
