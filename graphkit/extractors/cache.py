"""A cache of what each input file gave its extractor, so a rebuild redoes only changed files.

An entry is keyed by everything the extraction read: the file's bytes, the extractor's name and
version, the source's options, the graphkit version and a digest of its code (so a checkout or
an edit of the extractors between releases is not answered from entries the old code made),
and a fingerprint of the registry and source catalogue. A changed input changes the key; a
finished extraction deletes the entries it did not use, which are stale.
Only extractors that declare PER_FILE (see run.py) are cached.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path

from .. import __version__
from ..files import write_atomic
from ..model import SourceDoc
from ..vocab import ontology_dir
from .codec import catalogue_documents, encode, loads

# Bump when entries change (5: YAML text as written; 6: amounts as written; 7: records by the
# position of their fields; 8: each field in its kind's form, one JSON object per record; 9: the
# catalogue's documents cited by id).
CACHE_FORMAT = "9"
SUFFIX = ".json"
_KEY = re.compile(r"[0-9a-f]{64}")  # an entry's name: its key
# Where a build's workers write its new entries: a folder of its own, named by its process.
STAGING = ".staging-"
STAGING_IDLE = 3600  # seconds untouched before a dead build's staging folder is removed


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the package's Python code and its ontology files (the lexicons the article
    reader uses among them), as installed: about a megabyte, read once per process."""
    package = Path(__file__).resolve().parent.parent
    files = [p for p in package.rglob("*.py") if "__pycache__" not in p.parts]
    ontology = Path(ontology_dir()).resolve()  # a link to the repository's ontology/
    files += [p for p in ontology.rglob("*") if p.suffix in (".ttl", ".tsv")]
    digest = hashlib.sha256()
    for path in sorted(files):
        name = path.relative_to(ontology.parent if path.is_relative_to(ontology) else package)
        digest.update(f"{name.as_posix()}\0{path.stat().st_size}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def context_fingerprint(context) -> str:
    """What every extraction of a build reads besides its file: registry, catalogue, root, and
    the code that reads it."""
    digest = hashlib.sha256()
    digest.update(f"{CACHE_FORMAT}\0{__version__}\0{code_digest()}\0".encode())
    digest.update(f"{context.root}\0{context.strict}\0".encode())
    for entity in context.registry:
        digest.update(repr(entity).encode())
    for key in sorted(context.catalog):
        digest.update(f"{key}\0{context.catalog[key]!r}".encode())
    return digest.hexdigest()


def file_state(path: Path) -> tuple:
    """What says a file is the same one with the same bytes: its inode, size and times, taken
    before its digest. Equal before and after an extraction, the extraction read the bytes the
    key was made of (an editor's save, a checkout or a deletion meanwhile changes it)."""
    stat = os.stat(path)
    return (
        stat.st_dev,
        stat.st_ino,
        stat.st_size,
        stat.st_mtime_ns,
        stat.st_ctime_ns,
    ), file_digest(path)


def unchanged(path: Path, state: tuple) -> bool:
    """Whether the file still is as `file_state` found it (False if it went)."""
    try:
        return file_state(path) == state
    except OSError:
        return False


def entry_key(
    fingerprint: str, extractor, file: Path, options: dict, content: str | None = None
) -> str:
    """The cache key of one file's extraction (`content`: the file's digest, if known)."""
    parts = {
        "fingerprint": fingerprint,
        "extractor": getattr(extractor, "NAME", extractor.__name__),
        "version": str(getattr(extractor, "VERSION", "")),
        "file": str(file),
        "content": content or file_digest(file),
        "options": json.dumps(options, sort_keys=True, default=str),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


class ExtractionCache:
    """Extraction results in a folder, one JSON file per key, written atomically.

    Each file carries the key it was written for and a SHA-256 of its payload; an entry whose
    key or checksum does not match, or that does not decode, is deleted and reported in
    `discarded` (file, reason), and its input is extracted again. Nothing in an entry is ever
    executed: it is data in the shapes `codec.py` knows.

    New entries are kept, encoded, until `save()`, so a build that stops (say in --strict mode)
    leaves nothing behind: those this process encodes in memory, those its workers write in a
    staging folder of its own (`staging`), moved into the cache then, and removed otherwise.
    """

    def __init__(
        self, folder: Path | None, documents: Mapping[str, SourceDoc] | None = None
    ) -> None:
        self.folder = Path(folder) if folder is not None else None
        self.documents = documents  # the catalogue's, cited by id (codec.catalogue_documents)
        self.hits = 0
        self.misses = 0
        self.discarded: list[tuple[Path, str]] = []
        self._pending: dict[str, object] = {}
        self._staging: Path | None = None
        self._staged: dict[str, None] = {}  # keys, once each: a file may be an input twice

    def path(self, key: str) -> Path:
        return self.folder / f"{key}{SUFFIX}"

    def get(self, key: str, valid: Callable[[object], bool] | None = None):
        """The value kept under `key`, or None. An entry that does not read back, or whose
        value `valid` refuses (a well-formed entry of the wrong shape), is discarded."""
        if self.folder is None:
            return None
        path = self.path(key)
        try:
            data = path.read_bytes()
        except OSError:
            self.misses += 1
            return None
        try:
            value = _read_entry(data, key, self.documents)
            if valid is not None and not valid(value):
                raise CacheEntryError("not what its input's reading gives")
        except CacheEntryError as err:
            self.discarded.append((path, str(err)))
            path.unlink(missing_ok=True)
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value) -> None:
        if self.folder is not None:
            self._pending[key] = entry_bytes(key, value, self.documents)

    def staging(self) -> Path | None:
        """The folder this process's workers write new entries to (`staged_path`); None
        without a cache, or where it cannot be made."""
        if self.folder is None:
            return None
        if self._staging is None:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                # Named by the process (see keep_only), and its own even within one process.
                made = tempfile.mkdtemp(prefix=f"{STAGING}{os.getpid()}-", dir=self.folder)
            except OSError:  # entries are then written by this process, at `save()`
                return None
            self._staging = Path(made)
        return self._staging

    def put_staged(self, key: str) -> None:
        """An entry a worker wrote whole at `staged_path(staging, key)`, kept at `save()`."""
        self._staged[key] = None

    def save(self) -> None:
        if self.folder is not None and (self._pending or self._staged):
            for old in self.folder.glob("*.pickle"):  # entries of the old format: never read
                old.unlink(missing_ok=True)
        for key, entry in self._pending.items():
            # No wait for the disk: an entry a crash cuts short fails its checksum and the
            # file is read again, so the cache stays right without paying an fsync per file.
            write_atomic(self.path(key), entry, durable=False)
        self._pending.clear()
        for key in self._staged:  # written whole by a worker that has ended its file
            os.replace(staged_path(self._staging, key), self.path(key))
        self._staged.clear()
        self.discard_staging()

    def discard_staging(self) -> None:
        """The staging folder removed, with any entry not saved: a build that stops."""
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)
            self._staging = None
        self._staged.clear()

    def keep_only(self, keys: set[str]) -> None:
        """Delete every entry but those of `keys`: what a finished build did not use is stale
        (its input changed or went, or the registry did, which changes every key), and would
        otherwise stay for good, a copy of the whole extraction at each registry edit."""
        if self.folder is None or not self.folder.is_dir():
            return
        for entry in self.folder.glob(f"*{SUFFIX}"):
            # Only entries: files named by a key (a SHA-256), never another file put here.
            if entry.stem not in keys and _KEY.fullmatch(entry.stem):
                entry.unlink(missing_ok=True)
        for folder in self.folder.glob(f"{STAGING}*"):  # left by a build that was killed
            process = folder.name[len(STAGING) :].split("-", 1)[0]
            if process.isdigit() and not _running(int(process)) and _idle(folder):
                shutil.rmtree(folder, ignore_errors=True)


def staged_path(staging: Path, key: str) -> Path:
    return Path(staging) / f"{key}{SUFFIX}"


def _idle(folder: Path) -> bool:
    """Untouched for an hour: a build in another process namespace (a container sharing the
    cache), whose process number means nothing here, writes into its folder as it goes."""
    try:
        return time.time() - folder.stat().st_mtime > STAGING_IDLE
    except OSError:
        return False


def _running(process: int) -> bool:
    try:
        os.kill(process, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's: running
        return True
    return True


def entry_bytes(key: str, value, documents: Mapping[str, SourceDoc] | None = None) -> bytes:
    """The bytes of the cache file of `key`: a header with its checksum, then the payload
    (`documents`: the catalogue's, which it cites by id)."""
    with catalogue_documents(documents):
        encoded = encode(value)
    # Deterministic without sorting: every object's keys come in the order encode() made them.
    payload = json.dumps(encoded, ensure_ascii=False, separators=(",", ":")).encode()
    header = {"format": CACHE_FORMAT, "key": key, "sha256": _sha256(payload)}
    return json.dumps(header).encode() + b"\n" + payload


# What reading a payload raises on data `encode` could not have written (a crafted entry's
# `where` that is no text reaches Location.parse as a number: AttributeError).
_UNDECODABLE = (ValueError, TypeError, KeyError, AttributeError, ArithmeticError, RecursionError)


class CacheEntryError(Exception):
    """A cache entry that is not what it claims to be."""


def _read_entry(data: bytes, key: str, documents: Mapping[str, SourceDoc] | None = None):
    head, newline, payload = data.partition(b"\n")
    try:
        header = json.loads(head)
    except ValueError:
        raise CacheEntryError("unreadable header") from None
    if not newline or not isinstance(header, dict):
        raise CacheEntryError("unreadable header")
    if header.get("format") != CACHE_FORMAT:
        raise CacheEntryError(f"format {header.get('format')!r}, expected {CACHE_FORMAT!r}")
    if header.get("key") != key:
        raise CacheEntryError("written for another input (key mismatch)")
    if header.get("sha256") != _sha256(payload):
        raise CacheEntryError("payload does not match its checksum")
    try:
        with catalogue_documents(documents):
            return loads(payload)
    except _UNDECODABLE as err:
        raise CacheEntryError(f"undecodable payload: {err}") from None


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
