"""Reading text files as UTF-8, saying where they are not; writing files so that readers never
see half of one."""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
import tempfile
from pathlib import Path

from .exc import InputError

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF16_PROBE = 256  # the bytes looked at for UTF-16 without its byte-order mark
_BAD_BYTE = re.compile("[\udc80-\udcff]")  # a byte that is not UTF-8, kept by surrogateescape


def read_text(path: Path, shown: str) -> str:
    """A file's text, which must be UTF-8 (a byte-order mark is dropped): YAML, TOML and JSON
    files are read here; tables (extractors/tables.py) say the same of the rows they refuse.

    InputError naming the line and column of the first byte that is not UTF-8, and the byte.
    """
    data = Path(path).read_bytes()
    refuse_utf16(data, shown)
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as err:
        raise not_utf8_at(data, err.start, shown) from None


def refuse_utf16(data: bytes, shown: str) -> None:
    """InputError for a file in UTF-16: one that starts with its byte-order mark, or one
    without it whose first characters are each a letter and a NUL byte (read as UTF-8, every
    name would hold NULs)."""
    if data.startswith(_UTF16_BOMS):
        raise InputError(
            "the file is UTF-16; save it as UTF-8 (CSV UTF-8 in spreadsheet programs)",
            path=shown,
            line=1,
        )
    halves = (data[:_UTF16_PROBE:2], data[1:_UTF16_PROBE:2])  # mostly NULs in one of them
    if len(data) >= 4 and any(half.count(0) * 4 >= len(half) * 3 for half in halves):
        raise InputError(
            "the file is UTF-16 without a byte-order mark; save it as UTF-8", path=shown, line=1
        )


def not_utf8(byte: int, column: int | None = None) -> str:
    """What to say of a byte that is not UTF-8: which character it is in Windows-1252 (the
    usual encoding of a file that is not UTF-8), and that the file must be UTF-8."""
    char = bytes([byte]).decode("cp1252", "replace")
    known = f" ({char!r} in Windows-1252)" if char != "\ufffd" else ""
    at = f" at column {column}" if column else ""
    return f"byte 0x{byte:02X}{known}{at} is not UTF-8: the file must be UTF-8; save it as UTF-8"


def not_utf8_at(data: bytes, at: int, shown: str) -> InputError:
    """InputError for the byte at offset `at` (the first that is not UTF-8), by line and
    column, counting the other lines that hold such bytes."""
    start = data.rfind(b"\n", 0, at) + 1
    before = data[start:at].removeprefix(b"\xef\xbb\xbf") if start == 0 else data[start:at]
    column = len(before.decode("utf-8")) + 1  # all UTF-8 before the first bad byte
    lines = data.decode("utf-8", "surrogateescape").split("\n")
    more = sum(1 for text in lines if _BAD_BYTE.search(text)) - 1
    others = f"; {more} more lines hold such bytes" if more > 1 else ""
    others = "; 1 more line holds such bytes" if more == 1 else others
    return InputError(
        not_utf8(data[at], column) + others, path=shown, line=data.count(b"\n", 0, at) + 1
    )


def write_atomic(path: Path, data: bytes | str, *, durable: bool = True) -> None:
    """Write a file so that readers see the old content or the new, never half of it.

    `durable` waits for the disk before the rename, so a power cut cannot leave an empty
    file; files that check their own content (cache entries) can skip that wait.
    """
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if path.is_symlink():  # the file the link names is replaced, and the link kept
        path = path.resolve()
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "a folder is there, not a file", str(path))
    if mode is not None and not stat.S_ISREG(mode):
        # A device or a pipe (/dev/stdout, a FIFO a reader waits on): written to, as a stream
        # is; replacing it would leave the reader nothing and the device a file.
        with open(path, "wb") as handle:
            handle.write(payload)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def link_or_copy(source: Path, target: Path) -> None:
    """`target` made a hard link to `source` where the file system allows, else a copy."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def fsync_file(path: Path) -> None:
    """Wait until a file's content (or a folder's list of names) is on the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
