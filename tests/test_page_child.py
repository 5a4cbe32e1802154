"""The page of a build for an output folder, drawn in a forked child: a child that fails or is
killed stops the build with an error that says so, the current generation stays in use, and
nothing of the failed build is left behind."""

import gc
import os
import signal
import threading
import weakref
from pathlib import Path

import pytest
from support import MINI, copy_project, invoke

from graphkit.build.outputs import write_outputs
from graphkit.build.pipeline import build
from graphkit.config import load_config
from graphkit.generation import BUILT_PREFIX, GENERATIONS, current_generation
from graphkit.rdf import forked
from graphkit.viz import render


def _fails(*args, **kwargs):
    raise ValueError("no colour for kind 'Vessel'")


def _killed(*args, **kwargs):
    if forked.in_forked_child():  # as the kernel's out-of-memory killer would
        os.kill(os.getpid(), signal.SIGKILL)
    raise AssertionError("the page was drawn in the build's own process")


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """MINI built once into tmp_path/out; from here on its page is drawn in a child."""
    project = copy_project(MINI, tmp_path / "project")
    out = tmp_path / "out"
    write_outputs(build(load_config(project / "graphkit.toml"), out=out), out)
    monkeypatch.setattr(forked, "can_fork", lambda: True)  # threads other tests left or not
    return project


def _build_threads_done() -> None:
    for thread in threading.enumerate():  # the store's, the text's, the page's Turtle
        if thread.name in ("graphkit-store", "graphkit-text", "graphkit-page-gzip"):
            thread.join()


def _left_behind(out: Path) -> list[str]:
    """What a build that ended left in the output folder besides the current generation."""
    _build_threads_done()
    staged = [p.name for p in (out / GENERATIONS).iterdir() if p.name.startswith(".")]
    return staged + [p.name for p in out.glob(f"{BUILT_PREFIX}*")]


def test_a_page_that_fails_to_draw_fails_the_build_and_leaves_nothing(project, monkeypatch):
    """Dropped, the failed build's private folder goes at once: the error the child raised
    keeps nothing of the build alive."""
    out = project.parent / "out"
    before = current_generation(out)
    monkeypatch.setattr(render, "render_page", _fails)
    gc.disable()
    try:
        result = build(load_config(project / "graphkit.toml"), out=out)
        assert result.page is not None
        kept = weakref.ref(result.built)
        with pytest.raises(RuntimeError, match="no colour for kind 'Vessel'"):
            write_outputs(result, out)
        _build_threads_done()
        del result
        assert kept() is None
    finally:
        gc.enable()
    assert current_generation(out) == before
    assert _left_behind(out) == []


def test_the_command_line_says_the_page_child_was_killed(project, monkeypatch):
    out = project.parent / "out"
    before = current_generation(out)
    monkeypatch.setattr(render, "render_page", _killed)
    result = invoke("build", "--config", project / "graphkit.toml", "--out", out)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
    assert "graph.html" in result.stderr and "killed by SIGKILL" in result.stderr
    assert current_generation(out) == before
    del result
    gc.collect()  # the exit's chain of exceptions in click holds the build in a cycle
    assert _left_behind(out) == []
