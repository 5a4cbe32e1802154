"""A quiet terminal: commands write their progress and summary to stderr, and nothing else.

These run graphkit as a user does, in a process of its own: library messages (rdflib logs
through `logging`, Python prints warnings) reach the real stderr only there.
"""

import re

import pytest
from support import MINI, REPO, run_graphkit


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    if not (REPO / "data" / "entities.yaml").is_file():
        pytest.skip("the bundled data (data/entities.yaml) is not in this checkout")
    out = tmp_path_factory.mktemp("quiet")
    return run_graphkit("build", "--config", REPO / "graphkit.toml", "--out", out), out


def test_building_the_bundled_data_prints_only_its_summary(built):
    result, out = built
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 2, result.stderr
    assert re.fullmatch(
        r"built \d+ entities, \d+ relationships, \d+ citations from \d+ sources", lines[0]
    )
    assert lines[1] == "validation: conforms"


def test_multi_word_names_leave_stderr_empty(built):
    _, out = built
    graph = out / "graph.ttl"
    for args in (
        ("show", "Palantir Technologies"),
        ("path", "Amazon Web Services", "U.S. Immigration and Customs Enforcement"),
        ("query", "suppliers", "-p", "agency=Homeland Security Investigations"),
    ):
        result = run_graphkit(*args, "--graph", graph)
        assert result.returncode == 0, (args, result.stderr)
        assert result.stderr == "", args


def test_a_fixture_project_builds_quietly_too(tmp_path):
    result = run_graphkit("build", "--config", MINI / "graphkit.toml", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Warning" not in result.stderr and "does not look like" not in result.stderr
