"""Shared fixtures: each fixture project is built once per session and read by many tests.

The built folders are for reading; a test that changes files builds its own copy. The browser
fixtures live in browser.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import chromium, watched  # noqa: F401
from support import EXPLAIN, MINI, REPO, TESTS, invoke

HOSTILE = TESTS / "fixtures" / "viz" / "hostile"


def _cli_build(config: Path, out: Path) -> Path:
    result = invoke("build", "--config", config, "--out", out)
    assert result.exit_code == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def mini_output(tmp_path_factory) -> Path:
    """The output folder of `graphkit build` on tests/fixtures/mini."""
    return _cli_build(MINI / "graphkit.toml", tmp_path_factory.mktemp("mini"))


@pytest.fixture(scope="session")
def explain_output(tmp_path_factory) -> Path:
    """The output folder of `graphkit build` on tests/fixtures/explain."""
    return _cli_build(EXPLAIN / "graphkit.toml", tmp_path_factory.mktemp("explain"))


@pytest.fixture(scope="session")
def hostile_output(tmp_path_factory) -> Path:
    """The output folder of `graphkit build` on tests/fixtures/viz/hostile (markup in every name)."""
    return _cli_build(HOSTILE / "graphkit.toml", tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="session")
def bundled_build(tmp_path_factory):
    """(CLI result, output folder) of `graphkit build` on the repository's bundled data/."""
    out = tmp_path_factory.mktemp("bundled")
    return invoke("build", "--config", REPO / "graphkit.toml", "--out", out), out


@pytest.fixture(scope="session")
def bundled_output(bundled_build) -> Path:
    """The output folder of the bundled data's build."""
    result, out = bundled_build
    assert (out / "graph.ttl").is_file(), result.stderr
    return out


def pytest_collection_modifyitems(items) -> None:
    """Every test that drives Chromium is a browser test, marked or not: `-m "not browser"`
    leaves them all out."""
    for item in items:
        if "chromium" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)
