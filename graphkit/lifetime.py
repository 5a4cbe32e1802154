"""Child processes that do not outlive the process that started them, and how to start one."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

_PR_SET_PDEATHSIG = 1  # linux/prctl.h
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[1])  # the folder holding `graphkit/`
# How much less CPU time work that can wait asks for, as Linux niceness: each step is about a
# quarter less weight, so at 10 the critical work gets about nine tenths of a shared core.
BACKGROUND_NICENESS = 10


def die_with_parent(parent: int) -> None:
    """In a child process: be killed when `parent` dies, even by SIGKILL (Linux).

    Elsewhere the request is not available; a child that finds its parent already gone exits.
    """
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def module_command(module: str, *args: str) -> tuple[list[str], dict[str, str]]:
    """The command line and environment that run `python -m module args...` with this very
    graphkit, whether it is installed or run from a checkout, wherever the caller stands."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (_PACKAGE_ROOT, env.get("PYTHONPATH")) if p)
    # -P: not the working folder first on the path, where another graphkit (a checkout of
    # another version, say) would be imported instead of this one.
    return [sys.executable, "-P", "-m", module, *args], env


def start_module(module: str, *args: str, stdout, stderr) -> subprocess.Popen:
    """`python -m module args...` (see module_command) started, its standard input a pipe."""
    command, env = module_command(module, *args)
    return subprocess.Popen(command, stdin=subprocess.PIPE, stdout=stdout, stderr=stderr, env=env)


def lower_thread_priority(by: int = BACKGROUND_NICENESS) -> None:
    """Make the calling thread (on Linux; elsewhere nothing changes) yield the CPU to the
    process's other threads and processes: for work that can wait while they are critical.

    Relative to what the thread has (a build started with `nice` stays below it), and threads
    the caller then starts inherit it. It cannot be undone without privileges: call it only on
    a thread of one's own, never on a caller's.
    """
    if not sys.platform.startswith("linux"):
        return
    thread = threading.get_native_id()  # Linux schedules each thread as its own process
    with contextlib.suppress(OSError):  # not allowed here: it runs as it did
        niceness = os.getpriority(os.PRIO_PROCESS, thread)
        os.setpriority(os.PRIO_PROCESS, thread, min(19, niceness + by))
