"""The cycle collector around a build: paused inside, and what resuming leaves behind.

Each case runs in a Python process of its own: freezing is process-wide, and the test process
must keep collecting its own garbage.
"""

from __future__ import annotations

import json
import subprocess
import sys

from support import MINI, REPO, copy_project

# Objects made under a pause, a cycle among them, and what the collector says afterwards.
PAUSE_AND_RESUME = """
import gc, json, sys, weakref
from graphkit import collector
if sys.argv[1] == "one-command":
    collector.one_command_process()

class Node:
    pass

frozen_before = gc.get_freeze_count()
with collector.collector_paused():
    with collector.collector_paused():
        inner_left_paused = not gc.isenabled()
    made = [Node() for _ in range(50_000)]
    a, b = Node(), Node()
    a.other, b.other = b, a  # a reference cycle, dropped at once
    cycle = weakref.ref(a)
    del a, b
    paused = not gc.isenabled()
print(json.dumps({
    "inner_left_paused": inner_left_paused,
    "paused": paused,
    "enabled_after": gc.isenabled(),
    "frozen": gc.get_freeze_count() - frozen_before,
    "cycle_collected": gc.collect() is not None and cycle() is None,
}))
"""


def _run(mode: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", PAUSE_AND_RESUME, mode],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    return json.loads(done.stdout)


def test_a_library_process_collects_after_the_pause_as_before():
    seen = _run("library")
    assert seen["paused"] and seen["inner_left_paused"] and seen["enabled_after"]
    assert seen["frozen"] == 0
    assert seen["cycle_collected"]  # the cycle made while paused is reclaimed


def test_a_one_command_process_freezes_what_the_pause_made():
    seen = _run("one-command")
    assert seen["paused"] and seen["inner_left_paused"] and seen["enabled_after"]
    assert seen["frozen"] >= 50_000  # never walked again by a collection
    assert not seen["cycle_collected"]  # left to the process's end, as documented


def test_the_build_command_freezes_the_build_it_made(tmp_path):
    """`graphkit build` run as the console command: what the build made is frozen by the time
    the process exits, so neither a collection after the build nor the exit walks it."""
    project = copy_project(MINI, tmp_path / "p")
    report = tmp_path / "frozen.json"
    script = (
        "import atexit, gc, json, sys\n"
        "report = sys.argv[1]\n"
        "atexit.register(lambda: open(report, 'w').write(json.dumps(gc.get_freeze_count())))\n"
        "sys.argv = ['graphkit', 'build', '--config', sys.argv[2], '--out', sys.argv[3]]\n"
        "from graphkit.cli import main\n"
        "main()\n"
    )
    subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            str(report),
            str(project / "graphkit.toml"),
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    assert (tmp_path / "out" / "graph.ttl").is_file()
    assert json.loads(report.read_text()) > 10_000
