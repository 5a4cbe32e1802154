"""Extraction in parallel processes gives byte-identical outputs and the same problems."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest
from scale_support import many_files_project
from support import invoke

from graphkit.build.pipeline import build
from graphkit.config import load_config
from graphkit.exc import InputError
from graphkit.extractors import run
from graphkit.extractors.cache import STAGING

FILES = ["graph.html", "graph.jsonld", "graph.nq", "graph.ttl", "report.json"]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return many_files_project(tmp_path_factory.mktemp("many"))


def _build(project, out, *args):
    return invoke("build", "--config", project / "graphkit.toml", "--out", out, *args)


def test_parallel_and_serial_builds_are_byte_identical(project, tmp_path):
    serial = _build(project, tmp_path / "serial", "--jobs", "1")
    parallel = _build(project, tmp_path / "parallel", "--jobs", "3")
    memory = _build(project, tmp_path / "memory", "--jobs", "2", "--store", "memory")
    assert serial.exit_code == parallel.exit_code == memory.exit_code == 1  # two bad entries
    said = [
        r.stderr.replace(str(tmp_path / name), "OUT")
        for r, name in ((serial, "serial"), (parallel, "parallel"), (memory, "memory"))
    ]
    assert said[0] == said[1] == said[2]
    assert "skipped: data/facts/bad-a.yaml:5 [source]" in said[0]
    for name in FILES:
        expected = (tmp_path / "serial" / name).read_bytes()
        assert (tmp_path / "parallel" / name).read_bytes() == expected, name
        assert (tmp_path / "memory" / name).read_bytes() == expected, name


def test_files_handed_to_workers_several_at_a_time_build_as_serially(
    project, tmp_path, monkeypatch
):
    # Eight or nine files a task here (a thousand files share out so): every file's facts and
    # problems still come back in input order, and each file's cache entry is kept.
    monkeypatch.setattr(run, "_BATCHES_PER_JOB", 1)
    config = load_config(project / "graphkit.toml")
    serial = build(config, jobs=1, cache_dir=tmp_path / "serial-cache")
    batched = build(config, jobs=2, cache_dir=tmp_path / "batched-cache")
    assert [str(p) for p in batched.problems] == [str(p) for p in serial.problems]
    assert [p.path for p in batched.problems] == ["data/facts/bad-a.yaml", "data/facts/bad-b.yaml"]
    assert batched.graph.serialize(format="nt") == serial.graph.serialize(format="nt")
    kept = sorted(p.name for p in (tmp_path / "batched-cache").iterdir() if p.is_file())
    assert kept == sorted(p.name for p in (tmp_path / "serial-cache").iterdir() if p.is_file())
    assert len(kept) == len(list((project / "data" / "facts").glob("*.yaml")))


def test_problems_come_back_in_input_order_with_file_and_line(project):
    config = load_config(project / "graphkit.toml")
    serial = build(config, jobs=1)
    parallel = build(config, jobs=2)
    assert [str(p) for p in parallel.problems] == [str(p) for p in serial.problems]
    assert [p.path for p in parallel.problems] == ["data/facts/bad-a.yaml", "data/facts/bad-b.yaml"]
    assert all(p.line == 5 and p.field == "source" for p in parallel.problems)
    assert len(parallel.relationships) == len(serial.relationships) == 15


def test_strict_parallel_build_stops_at_the_first_bad_file(project):
    config = load_config(project / "graphkit.toml")
    with pytest.raises(InputError) as first:
        build(config, jobs=2, strict=True)
    assert first.value.path == "data/facts/bad-a.yaml"
    assert "no-such-source" in str(first.value)


def test_jobs_must_be_positive(project, tmp_path):
    result = _build(project, tmp_path / "out", "--jobs", "0")
    assert result.exit_code == 2
    assert "Invalid value for '--jobs'" in result.stderr


def test_workers_write_the_same_cache_entries_as_a_serial_build(project, tmp_path):
    config = load_config(project / "graphkit.toml")
    build(config, jobs=1, cache_dir=tmp_path / "serial")
    build(config, jobs=2, cache_dir=tmp_path / "parallel")
    serial = _files(tmp_path / "serial")
    parallel = _files(tmp_path / "parallel")
    assert len(serial) >= 4 and parallel == serial
    again = build(config, jobs=2, cache_dir=tmp_path / "parallel")
    assert len(again.relationships) == 15


def _files(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_strict_parallel_build_that_stops_leaves_no_cache_entry(project, tmp_path):
    config = load_config(project / "graphkit.toml")
    with pytest.raises(InputError):
        build(config, jobs=2, strict=True, cache_dir=tmp_path / "cache")
    assert not any((tmp_path / "cache").glob("*.json"))
    # Nor what its workers had written: their staging folder is gone with it.
    assert not any((tmp_path / "cache").glob(f"{STAGING}*"))


def test_a_staging_folder_left_by_a_killed_build_goes_with_the_next_build(project, tmp_path):
    """Workers write entries into a folder of their build's (moved into the cache when the
    extraction ends); one a killed build left is removed, another running build's is not."""
    config = load_config(project / "graphkit.toml")
    cache = tmp_path / "cache"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        text=True,
        capture_output=True,
        check=True,
    ).stdout.strip()
    left = cache / f"{STAGING}{dead}-abc"
    left.mkdir(parents=True)
    (left / ("0" * 64 + ".json")).write_bytes(b"half an entry")
    hours_ago = time.time() - 2 * 3600
    os.utime(left, (hours_ago, hours_ago))
    # A dead number's folder written to a moment ago may be another namespace's running build.
    recent = cache / f"{STAGING}{dead}-def"
    recent.mkdir()
    running = cache / f"{STAGING}{os.getppid()}-ghi"  # this process's parent: alive
    running.mkdir()
    os.utime(running, (hours_ago, hours_ago))
    build(config, jobs=2, cache_dir=cache)
    assert not left.exists() and recent.is_dir() and running.is_dir()
    assert len(list(cache.glob("*.json"))) >= 4


def test_a_file_read_by_two_sources_builds_in_parallel_as_serially(project, tmp_path):
    """The same folder named twice: each file's entry is staged once and kept once."""
    twice = tmp_path / "twice"
    shutil.copytree(project, twice)
    config_file = twice / "graphkit.toml"
    text = config_file.read_text(encoding="utf-8")
    source = text[text.index("[[sources]]") :].split("\n\n")[0]
    config_file.write_text(text + "\n" + source + "\n", encoding="utf-8")
    config = load_config(config_file)
    assert len(config.sources) == 2 * len(load_config(project / "graphkit.toml").sources)
    parallel = build(config, jobs=2, cache_dir=tmp_path / "parallel")
    serial = build(config, jobs=1, cache_dir=tmp_path / "serial")
    assert len(parallel.relationships) == len(serial.relationships) == 15
    assert _files(tmp_path / "parallel") == _files(tmp_path / "serial")


def _documents_per_source(result) -> dict[str, set[int]]:
    """The distinct document objects the model's citations hold, by source."""
    held: dict[str, set[int]] = {}
    for rel in result.relationships:
        for citation in rel.citations:
            held.setdefault(citation.source.key, set()).add(id(citation.source))
    return held


def test_every_citation_of_a_source_holds_one_document_however_it_was_read(project, tmp_path):
    """Extracted here, sent back by workers or read back from the cache, the citations of one
    document share one object: what the build works out per document is worked out once."""
    config = load_config(project / "graphkit.toml")
    for jobs, cache in ((1, None), (2, None), (2, tmp_path / "cache"), (2, tmp_path / "cache")):
        result = build(config, jobs=jobs, cache_dir=cache)
        held = _documents_per_source(result)
        assert len(held) >= 3 and sum(len(ids) for ids in held.values()) >= 3
        assert all(len(ids) == 1 for ids in held.values()), (jobs, cache, held)
