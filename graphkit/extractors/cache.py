"""A cache of what each input file gave its extractor, so a rebuild redoes only changed files.

An entry is keyed by everything the extraction read: the file's bytes, the extractor's name and
version, the source's options, the graphkit version, and a fingerprint of the registry and
source catalogue. A changed input changes the key; stale entries are simply never read again.
Only extractors that declare PER_FILE (see parallel.py) are cached.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from pathlib import Path

from .. import __version__
from ..files import write_atomic

CACHE_FORMAT = "3"  # bump when the pickled layout changes (3: facts carry name hints)


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def context_fingerprint(context) -> str:
    """What every extraction of a build reads besides its file: registry, catalogue, root."""
    digest = hashlib.sha256()
    digest.update(f"{CACHE_FORMAT}\0{__version__}\0{context.root}\0{context.strict}\0".encode())
    for entity in context.registry:
        digest.update(repr(entity).encode())
    for key in sorted(context.catalog):
        digest.update(f"{key}\0{context.catalog[key]!r}".encode())
    return digest.hexdigest()


def entry_key(fingerprint: str, extractor, file: Path, options: dict) -> str:
    """The cache key of one file's extraction."""
    parts = {
        "fingerprint": fingerprint,
        "extractor": getattr(extractor, "NAME", extractor.__name__),
        "version": str(getattr(extractor, "VERSION", "")),
        "file": str(file),
        "content": file_digest(file),
        "options": json.dumps(options, sort_keys=True, default=str),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


class ExtractionCache:
    """Pickled extraction results in a folder, one file per key, written atomically.

    New entries are kept until `save()`, so a build that stops (say in --strict mode) leaves
    nothing behind.
    """

    def __init__(self, folder: Path | None) -> None:
        self.folder = Path(folder) if folder is not None else None
        self.hits = 0
        self.misses = 0
        self._pending: dict[str, object] = {}

    def get(self, key: str):
        if self.folder is None:
            return None
        path = self.folder / f"{key}.pickle"
        try:
            with open(path, "rb") as handle:
                value = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value) -> None:
        if self.folder is not None:
            self._pending[key] = value

    def save(self) -> None:
        for key, value in self._pending.items():
            write_atomic(self.folder / f"{key}.pickle", pickle.dumps(value, protocol=5))
        self._pending.clear()
