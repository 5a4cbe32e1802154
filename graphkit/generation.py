"""Output generations: a build's files and store made whole beside the current ones, then swapped.

An output folder holds

    generations/000007/   graph.ttl graph.nq graph.jsonld graph.html report.json store/
    current -> generations/000007
    graph.ttl -> current/graph.ttl, …, store -> current/store
    .lock                 held by the one build writing this folder

A build stages a new generation in `generations/.new-*`, renames it to its number and points
`current` at it with one atomic rename of a symlink, so `output/graph.ttl` and `output/store`
change together. Readers resolve `current` once and hold a shared lock on that generation's
`.readers` file while they use it; a build deletes only generations nobody holds, so a long
query keeps its store to the end. Whatever a killed build left behind (`.new-*` folders, the
old per-file layout's `.store-new-*`) is removed by the next build.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import time
from pathlib import Path

from .exc import GraphkitError
from .files import fsync_file

GENERATIONS = "generations"
CURRENT = "current"
LOCK_FILE = ".lock"
READERS_FILE = ".readers"
_STAGING_PREFIX = ".new-"
BUILT_PREFIX = ".built-"  # a build's private files: `.built-<pid>-…`, removed when it ends
_LEFTOVER_PATTERNS = (".store-new-*", ".store-old-*", ".*.tmp")  # the per-file layout's temps
_held_locks: dict[Path, int] = {}  # output folder -> lock fd, for this process's own builds
# generation -> [fd of the shared lock this process holds to read it, how many holders]
_reader_fds: dict[Path, list[int]] = {}


class OutputBusyError(GraphkitError):
    """Another build is writing the same output folder."""


@contextlib.contextmanager
def output_lock(out: Path, *, wait: bool = False):
    """Hold the output folder's build lock inside the block; re-entrant within a process.

    Without `wait`, a folder another build holds is an OutputBusyError naming that build's pid.
    A block that fails before a generation is published leaves the folder as it found it: a
    folder it made is removed (and the parents it made, if nothing else is in them), and a lock
    file it made (a broken registry on a fresh project left `output/.lock` behind).
    """
    out = Path(out).resolve()
    if out in _held_locks:
        yield
        return
    fd, made, lock_existed = _locked(out, wait)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        _held_locks[out] = fd
        try:
            remove_leftovers(out)
            yield
        except BaseException:
            if current_generation(out) is None:  # nothing published: undo what it made
                if made is not None:
                    _remove_made(out, made)
                elif not lock_existed:
                    (out / LOCK_FILE).unlink(missing_ok=True)
            raise
        finally:
            del _held_locks[out]
            os.ftruncate(fd, 0)
    finally:
        os.close(fd)  # closing releases the lock; a killed build's lock goes with its process


def _first_missing(folder: Path) -> Path | None:
    """The outermost of `folder` and its parents that does not exist, if any."""
    missing = None
    while not folder.exists() and folder != folder.parent:
        missing, folder = folder, folder.parent
    return missing


def _remove_made(out: Path, made: Path) -> None:
    """Remove `out`, which this build made, and the parents up to `made` it made for it while
    they hold nothing else: another build may have put its own output beside `out` since."""
    _remove(out)
    folder = out.parent
    while folder.is_relative_to(made):
        try:
            folder.rmdir()
        except OSError:  # not empty: a sibling's files
            return
        folder = folder.parent


def _locked(out: Path, wait: bool) -> tuple[int, Path | None, bool]:
    """An open descriptor of `out`'s lock file, locked: the file the folder holds, not one a
    failed build removed while this one waited for it. With it, the outermost folder this
    build made for it (None: `out` was there) and whether the lock file was there, as found
    just before the lock file it holds was opened: a failed build it waited for may have
    removed both, and then the file it waited on is gone and it looks again, so what it
    makes anew it removes on its own failure."""
    while True:
        made, lock_existed = _first_missing(out), (out / LOCK_FILE).exists()
        out.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(out / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        except FileNotFoundError:  # the folder went between the two steps: make it again
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise OutputBusyError(
                f"{out}: another build (pid {holder}) is writing this folder; "
                "wait for it to finish or run with --wait"
            ) from None
        if _same_file(fd, out / LOCK_FILE):
            return fd, made, lock_existed
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        found = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (found.st_dev, found.st_ino)


def remove_leftovers(out: Path) -> None:
    """Delete what killed builds left: staged generations and the old layout's temp files."""
    out = Path(out)
    for pattern in _LEFTOVER_PATTERNS:
        for path in out.glob(pattern):
            _remove(path)
    for path in out.glob(f"{BUILT_PREFIX}*"):
        if not _running(path.name[len(BUILT_PREFIX) :].split("-", 1)[0]):
            _remove(path)
    generations = out / GENERATIONS
    if generations.is_dir():
        for path in generations.glob(f"{_STAGING_PREFIX}*"):
            _remove(path)
        _remove_unread(out)


def _running(pid: str) -> bool:
    """Whether a process with this id lives (a build still using its private files)."""
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stage(out: Path) -> Path:
    """A new, empty folder for the next generation (the caller holds the output lock)."""
    generations = Path(out) / GENERATIONS
    generations.mkdir(parents=True, exist_ok=True)
    folder = generations / f"{_STAGING_PREFIX}{os.getpid()}-{time.time_ns()}"
    folder.mkdir()
    (folder / READERS_FILE).touch()
    return folder


def publish(out: Path, staged: Path, names: tuple[str, ...]) -> Path:
    """Make a staged generation current in one step; `names` get stable links at the top."""
    out = Path(out)
    for name in names:
        if not (staged / name).exists():
            raise GraphkitError(f"{staged}: incomplete generation, {name} is missing")
    _fsync_tree(staged)
    final = staged.parent / f"{_next_number(staged.parent):06d}"
    os.replace(staged, final)
    _replace_link(out / CURRENT, f"{GENERATIONS}/{final.name}")
    for name in names:
        _link_top(out, name)
    fsync_file(out)
    _remove_unread(out)
    return final


def current_generation(out: Path) -> Path | None:
    """The folder of the current generation, or None if the folder has none yet."""
    link = Path(out) / CURRENT
    if not link.is_symlink():
        return None
    target = Path(out) / os.readlink(link)
    return target if target.is_dir() else None


def open_current(out: Path) -> Path:
    """The current generation's folder, held for reading until this process ends or releases it
    (each open_current or hold_path needs its own release).

    Output folders written before generations existed are read as they are.
    """
    out = Path(out)
    for _ in range(100):  # a build may swap and delete between our two steps: look again
        folder = current_generation(out)
        if folder is None:
            return out
        if _hold(folder):
            return folder
    raise GraphkitError(f"{out}: the current generation keeps changing; try again")


def hold_path(path: Path) -> Path:
    """The real path behind `path` (say output/store), its generation held for reading."""
    for _ in range(100):
        real = Path(os.path.realpath(path))
        if not (real.parent / READERS_FILE).exists() or _hold(real.parent):
            return real
    raise GraphkitError(f"{path}: the current generation keeps changing; try again")


def release(folder: Path) -> None:
    """Stop holding a generation this process opened (a server moving to a newer one)."""
    held = _reader_fds.get(Path(folder))
    if held is None:
        return
    held[1] -= 1
    if held[1] == 0:
        del _reader_fds[Path(folder)]
        os.close(held[0])


def _hold(folder: Path) -> bool:
    """Take a shared lock on a generation; False if a build deleted it meanwhile."""
    folder = Path(folder)
    if folder in _reader_fds:
        _reader_fds[folder][1] += 1
        return True
    try:
        fd = os.open(folder / READERS_FILE, os.O_RDONLY)
    except FileNotFoundError:
        return False
    fcntl.flock(fd, fcntl.LOCK_SH)
    if not (folder / READERS_FILE).exists():  # unlinked by a build that held it exclusively
        os.close(fd)
        return False
    _reader_fds[folder] = [fd, 1]
    return True


def _remove_unread(out: Path) -> None:
    """Delete generations that are neither current nor held by a reader."""
    current = current_generation(out)
    for folder in sorted((Path(out) / GENERATIONS).iterdir()):
        if folder.name.startswith(".") or (current and folder.name == current.name):
            continue
        readers = folder / READERS_FILE
        try:
            fd = os.open(readers, os.O_RDONLY)
        except FileNotFoundError:
            _remove(folder)
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            continue  # someone is reading it; a later build removes it
        else:
            readers.unlink()  # a reader that locks after us sees the file gone and looks again
            _remove(folder)
        finally:
            os.close(fd)


def _next_number(generations: Path) -> int:
    numbers = [int(p.name) for p in generations.iterdir() if p.name.isdigit()]
    return max(numbers, default=0) + 1


def _replace_link(link: Path, target: str) -> None:
    tmp = link.with_name(f".{link.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    os.symlink(target, tmp)
    os.replace(tmp, link)


def _link_top(out: Path, name: str) -> None:
    """`out/name -> current/name`, replacing a file or folder of the per-file layout."""
    top = out / name
    target = f"{CURRENT}/{name}"
    if top.is_symlink() and os.readlink(top) == target:
        return
    if top.is_dir() and not top.is_symlink():
        aside = out / f".store-old-{os.getpid()}"
        os.replace(top, aside)
        _remove(aside)
    _replace_link(top, target)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _fsync_tree(folder: Path) -> None:
    """Flush every file of a generation before it becomes current, so a crash cannot
    leave `current` pointing at files the disk never got."""
    for root, _dirs, files in os.walk(folder):
        for name in files:
            fsync_file(Path(root, name))
        fsync_file(Path(root))
