"""Child processes that do not outlive the process that started them, and how to start one."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
from pathlib import Path

_PR_SET_PDEATHSIG = 1  # linux/prctl.h
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[1])  # the folder holding `graphkit/`


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
    graphkit, whether it is installed or run from a checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (_PACKAGE_ROOT, env.get("PYTHONPATH")) if p)
    return [sys.executable, "-m", module, *args], env
