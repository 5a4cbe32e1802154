"""Output generations: swapped whole, one build at a time, leftovers and workers cleaned up.

The kill tests run real `graphkit build` processes and SIGKILL them; they are marked slow.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from support import MINI, REPO, copy_project, invoke

from graphkit.build.outputs import write_outputs
from graphkit.build.pipeline import build
from graphkit.config import load_config
from graphkit.generation import (
    GENERATIONS,
    current_generation,
    open_current,
    output_lock,
    release,
)

sys.path.insert(0, str(REPO / "bench"))
from synthetic import generate  # noqa: E402

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
EXTRA_FACT = """\
- subject: microsoft
  relation: supplies
  object: ice
  citations:
    - source: cnet-orlando-rekognition
      locator: paragraph 9
"""


_STARTED: list[subprocess.Popen] = []


def graphkit(*args, **kwargs) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", "graphkit", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )
    _STARTED.append(process)
    return process


@pytest.fixture(autouse=True)
def _no_process_outlives_its_test():
    """Each started graphkit is stopped and its pipes closed when its test ends."""
    yield
    while _STARTED:
        process = _STARTED.pop()
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)
        for pipe in (process.stdout, process.stderr):
            pipe.close()


def assert_whole(out: Path) -> int:
    """The current generation's files and store hold one graph; its triple count."""
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    triples = report["counts"]["triples"]
    with open(out / "graph.ttl", "rb") as handle:
        assert sum(1 for _ in ox.parse(handle, format=ox.RdfFormat.TURTLE)) == triples
    store = ox.Store.read_only(str(out / "store"))
    # The union in the default graph; each source's statements in its own named graph.
    assert sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph())) == triples
    assert (out / "graph.nq").resolve().parent == (out / "store").resolve().parent
    return triples


def counted(project: Path) -> int:
    """The triples `graphkit query` counts in the project's built graph."""
    result = invoke("query", "--config", project / "graphkit.toml", "-e", COUNT, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    return int(result.stdout.splitlines()[1])


def test_every_output_is_a_link_into_one_generation(tmp_path):
    project = copy_project(MINI, tmp_path / "p")
    out = project / "output"
    write_outputs(build(load_config(project / "graphkit.toml")), out)
    generation = current_generation(out)
    assert generation == out / GENERATIONS / "000001"
    for name in ("graph.ttl", "graph.nq", "graph.jsonld", "graph.html", "report.json", "store"):
        assert (out / name).resolve() == (generation / name).resolve()
    assert counted(project) == assert_whole(out)


def test_a_rebuild_swaps_every_file_and_the_store_at_once(tmp_path):
    project = copy_project(MINI, tmp_path / "p")
    out = project / "output"
    write_outputs(build(load_config(project / "graphkit.toml")), out)
    before = assert_whole(out)
    (project / "data" / "facts" / "more.yaml").write_text(EXTRA_FACT, encoding="utf-8")
    write_outputs(build(load_config(project / "graphkit.toml")), out)
    after = assert_whole(out)
    assert after > before
    assert counted(project) == after
    assert [p.name for p in (out / GENERATIONS).iterdir()] == ["000002"]


def test_a_reader_keeps_its_generation_until_it_lets_go(tmp_path):
    project = copy_project(MINI, tmp_path / "p")
    out = tmp_path / "out"
    write_outputs(build(load_config(project / "graphkit.toml")), out)
    held = open_current(out)
    triples = len(ox.Store.read_only(str(held / "store")))
    (project / "data" / "facts" / "more.yaml").write_text(EXTRA_FACT, encoding="utf-8")
    write_outputs(build(load_config(project / "graphkit.toml")), out)
    assert held.is_dir() and held != current_generation(out)
    assert len(ox.Store.read_only(str(held / "store"))) == triples
    release(held)
    write_outputs(build(load_config(project / "graphkit.toml")), out)
    assert not held.exists()


def test_a_second_build_into_the_same_folder_stops_with_a_clear_message(tmp_path):
    out = tmp_path / "out"
    with output_lock(out):
        result = subprocess.run(
            [sys.executable, "-m", "graphkit", "build", "--config", MINI / "graphkit.toml"]
            + ["--out", out],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert result.returncode == 1
    assert f"Error: {out.resolve()}: another build (pid {os.getpid()}) is writing" in result.stderr
    assert "--wait" in result.stderr
    assert not (out / "graph.ttl").exists()


def test_with_wait_a_second_build_waits_for_the_first(tmp_path):
    out = tmp_path / "out"
    with output_lock(out):
        waiting = graphkit("build", "--config", MINI / "graphkit.toml", "--out", out, "--wait")
        time.sleep(3)
        assert waiting.poll() is None  # still waiting for the lock
    assert waiting.wait(timeout=120) == 0
    assert_whole(out)


def fail_while_waited_for(out: Path, config: Path) -> subprocess.Popen:
    """Hold `out`'s lock, start a build of `config` into it that waits for the lock, and fail
    (as a build that stops before publishing) once it waits: the waiting build's process."""
    with pytest.raises(RuntimeError), output_lock(out):
        waiting = graphkit("build", "--config", config, "--out", out, "--wait")
        time.sleep(3)
        assert waiting.poll() is None  # waiting for the lock this block holds
        raise RuntimeError("the build stops")
    return waiting


def test_a_build_that_fails_before_writing_leaves_no_folder_and_its_waiter_builds(tmp_path):
    """A build that stops before it publishes (a broken registry) left `out/.lock` in a folder
    it had made; now it removes what it made, and a build that was waiting for its lock builds
    into the folder rather than into one already removed."""
    out = tmp_path / "made" / "out"
    waiting = fail_while_waited_for(out, MINI / "graphkit.toml")
    assert waiting.wait(timeout=120) == 0
    assert_whole(out)
    with pytest.raises(RuntimeError), output_lock(tmp_path / "other"):
        raise RuntimeError("the build stops")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["made"]


def test_a_build_that_waited_for_a_failed_one_and_fails_too_leaves_nothing(tmp_path):
    """A build waiting for the lock of a fresh folder took the folder and its lock as found
    (they were the first build's); the first failed and removed them, the waiter made them
    again and failed too (a broken registry), and `out/.lock` stayed behind. Now what a build
    made is judged when it takes the lock."""
    project = copy_project(MINI, tmp_path / "project")
    (project / "data" / "entities.yaml").write_text("- id: [unclosed\n", encoding="utf-8")
    waiting = fail_while_waited_for(tmp_path / "made" / "out", project / "graphkit.toml")
    assert waiting.wait(timeout=120) != 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["project"]


def test_a_failed_build_removes_only_its_own_folder_not_a_parent_it_shares(tmp_path):
    """Two builds into `runs/a` and `runs/b` of a fresh `runs/`: the one into `b` stopping
    (Ctrl-C) removed `runs/`, the other's finished output with it. Now it removes `runs/b`,
    and `runs/` only when nothing else is in it."""
    runs = tmp_path / "runs"
    with pytest.raises(KeyboardInterrupt), output_lock(runs / "b"):
        other = graphkit("build", "--config", MINI / "graphkit.toml", "--out", runs / "a")
        assert other.wait(timeout=120) == 0, other.stderr.read()
        raise KeyboardInterrupt
    assert sorted(p.name for p in runs.iterdir()) == ["a"]
    assert_whole(runs / "a")
    with pytest.raises(KeyboardInterrupt), output_lock(tmp_path / "new" / "deep" / "out"):
        raise KeyboardInterrupt
    assert sorted(p.name for p in tmp_path.iterdir()) == ["runs"]


def test_leftovers_of_killed_builds_are_removed_by_the_next(tmp_path):
    out = tmp_path / "out"
    for leftover in (out / ".store-new-x1", out / GENERATIONS / ".new-123-456"):
        leftover.mkdir(parents=True)
        (leftover / "CURRENT").write_text("half a store", encoding="utf-8")
    (out / ".graph.ttl.abc.tmp").write_text("half a file", encoding="utf-8")
    write_outputs(build(load_config(MINI / "graphkit.toml")), out)
    hidden = sorted(p.name for p in out.iterdir() if p.name.startswith("."))
    assert hidden == [".cache", ".lock"] or hidden == [".lock"]
    assert [p.name for p in (out / GENERATIONS).iterdir()] == ["000001"]


def test_an_output_folder_of_the_old_layout_is_taken_over(tmp_path):
    project = copy_project(MINI, tmp_path / "p")
    out = project / "output"
    out.mkdir()
    (out / "graph.ttl").write_text("# old\n", encoding="utf-8")
    (out / "store").mkdir()
    (out / "store" / "CURRENT").write_text("old", encoding="utf-8")
    write_outputs(build(load_config(project / "graphkit.toml")), out)
    assert (out / "graph.ttl").is_symlink() and (out / "store").is_symlink()
    assert counted(project) == assert_whole(out)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
def test_extraction_workers_die_with_a_killed_build(tmp_path):
    project = generate(6000, tmp_path / "p")
    build_process = graphkit(
        "build", "--config", project / "graphkit.toml", "--out", tmp_path / "out", "--jobs", "2"
    )
    workers: list[int] = []
    deadline = time.monotonic() + 60
    while not workers and time.monotonic() < deadline:
        workers = _children(build_process.pid)
        time.sleep(0.05)
    assert workers, "the build never started extraction workers"
    os.kill(build_process.pid, signal.SIGKILL)
    build_process.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [w for w in workers if _alive(w)]


@pytest.mark.slow
def test_a_build_killed_at_any_point_leaves_one_whole_generation(tmp_path):
    project = copy_project(MINI, tmp_path / "p")
    out = project / "output"  # the project's own, which `graphkit query` reads
    config = project / "graphkit.toml"
    first = graphkit("build", "--config", config)
    assert first.wait(timeout=300) == 0, first.stderr.read()
    old = assert_whole(out)
    (project / "data" / "facts" / "more.yaml").write_text(EXTRA_FACT, encoding="utf-8")
    started = time.monotonic()
    timing = graphkit("build", "--config", config, "--out", tmp_path / "timing")
    assert timing.wait(timeout=300) == 0
    duration = time.monotonic() - started
    new = assert_whole(tmp_path / "timing")
    assert new > old
    seen = set()
    for point in range(10):
        victim = graphkit("build", "--config", config)
        time.sleep(duration * (0.3 + 0.7 * point / 10))
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=30)
        triples = assert_whole(out)
        assert triples in (old, new)
        assert counted(project) == triples
        seen.add(triples)
    finish = graphkit("build", "--config", config)
    assert finish.wait(timeout=300) == 0
    assert assert_whole(out) == new
    assert [p.name for p in (out / GENERATIONS).iterdir() if p.name.startswith(".")] == []
    assert old in seen  # the early kills came before the swap


@pytest.mark.slow
def test_queries_during_rebuilds_answer_from_one_whole_generation(tmp_path):
    from serve_load import rebuild_loop, versions  # noqa: PLC0415

    project = copy_project(MINI, tmp_path / "p")
    old, new = versions(project)
    stop, builds = threading.Event(), []
    builder = threading.Thread(target=rebuild_loop, args=(project, stop, builds))
    builder.start()
    answers = []
    try:
        deadline = time.monotonic() + 60
        while (len(builds) < 3 or len(answers) < 100) and time.monotonic() < deadline:
            answers.append(counted(project))
    finally:
        stop.set()
        builder.join()
    assert builds and set(builds) == {0}
    assert set(answers) <= {old, new}
    assert set(answers) == {old, new}
