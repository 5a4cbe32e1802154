"""Incremental builds: each facts file's extraction is cached by content, extractor version,
options and the registry; a rebuild reads only changed files and gives the same outputs."""

from __future__ import annotations

import pickle
from types import SimpleNamespace

from scale_support import many_files_project
from support import invoke

from graphkit.extractors.cache import entry_key

FILES = ["graph.html", "graph.jsonld", "graph.nq", "graph.ttl", "report.json"]


def _build(project, out, *args):
    return invoke("build", "--config", project / "graphkit.toml", "--out", out, *args)


def _entries(out):
    return sorted((out / ".cache").glob("*.pickle"))


def test_a_rebuild_uses_the_cache_and_matches_a_fresh_build(tmp_path):
    project = many_files_project(tmp_path / "project")
    out = tmp_path / "out"
    first = _build(project, out, "--jobs", "2")
    files = len(list((project / "data" / "facts").glob("*.yaml")))
    assert len(_entries(out)) == files
    before = {name: (out / name).read_bytes() for name in FILES}
    again = _build(project, out, "--jobs", "2")
    assert again.stderr == first.stderr
    assert {name: (out / name).read_bytes() for name in FILES} == before
    assert len(_entries(out)) == files  # nothing new to remember


def test_the_cache_answers_for_unchanged_files(tmp_path):
    project = many_files_project(tmp_path / "project")
    out = tmp_path / "out"
    _build(project, out, "--jobs", "1")
    assert "tg:opposes" in (out / "graph.ttl").read_text()
    # An entry stands in for its file: emptied, the rebuild no longer has that file's facts.
    emptied = 0
    for entry in _entries(out):
        items, problems, error = pickle.loads(entry.read_bytes())
        if any(getattr(i, "relation", None) == "opposes" for i in items):
            entry.write_bytes(pickle.dumps(([], problems, error)))
            emptied += 1
    assert emptied >= 1
    _build(project, out, "--jobs", "1")
    assert "tg:opposes" not in (out / "graph.ttl").read_text()


def test_changing_one_file_redoes_only_that_file(tmp_path):
    project = many_files_project(tmp_path / "project")
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    _build(project, out, "--jobs", "2")
    entries = set(_entries(out))
    changed = sorted((project / "data" / "facts").glob("ice-*.yaml"))[0]
    changed.write_text(changed.read_text().replace("224000", "225000"))
    result = _build(project, out, "--jobs", "2")
    assert result.exit_code == 1  # the two bad entries, still reported from the cache
    assert result.stderr.count("skipped: data/facts/bad-") == 2
    assert len(set(_entries(out)) - entries) == 1
    assert "tg:amount 225000.0 ;" in (out / "graph.ttl").read_text()
    _build(project, fresh, "--jobs", "1")  # a build with an empty cache
    for name in FILES:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def test_changing_the_registry_invalidates_every_entry(tmp_path):
    project = many_files_project(tmp_path / "project")
    out = tmp_path / "out"
    _build(project, out, "--jobs", "1")
    entries = set(_entries(out))
    registry = project / "data" / "entities.yaml"
    registry.write_text(registry.read_text().replace("label: Microsoft", "label: Microsoft Corp"))
    _build(project, out, "--jobs", "1")
    assert len(set(_entries(out)) - entries) == len(entries)
    assert "Microsoft Corp" in (out / "graph.ttl").read_text()


def test_the_key_follows_extractor_version_options_and_content(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("- x\n")
    v1 = SimpleNamespace(NAME="facts", VERSION="1", __name__="facts")
    v2 = SimpleNamespace(NAME="facts", VERSION="2", __name__="facts")
    key = entry_key("fp", v1, path, {})
    assert entry_key("fp", v1, path, {}) == key
    assert entry_key("fp", v2, path, {}) != key
    assert entry_key("fp", v1, path, {"min_confidence": 0.5}) != key
    assert entry_key("other", v1, path, {}) != key
    path.write_text("- y\n")
    assert entry_key("fp", v1, path, {}) != key
