"""Helpers shared by the tests: fixture projects and the paths of real inputs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner, Result

from graphkit.cli import cli

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
MINI = TESTS / "fixtures" / "mini"
SHARED = REPO.parent / "shared"


def copy_project(source: Path, target: Path) -> Path:
    """A writable copy of a fixture project (graphkit.toml + data/)."""
    shutil.copytree(source, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("output"))
    return target


def run_graphkit(*args, cwd: Path = REPO, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    """The command in a process of its own, as a user runs it (stderr captured, as text)."""
    return subprocess.run(
        [sys.executable, "-m", "graphkit", *map(str, args)],
        cwd=cwd,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=300,
        check=False,
    )


def invoke(*args: str) -> Result:
    """Run the CLI in-process; result.stdout and result.stderr are kept apart."""
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def query_rows(name: str, graph: Path, **params: str) -> list[dict[str, str]]:
    """The rows of a named query asked of a build's graph file, as its CSV gives them."""
    import csv  # noqa: PLC0415
    import io  # noqa: PLC0415

    pairs = [a for key, value in params.items() for a in ("-p", f"{key}={value}")]
    asked = invoke("query", name, *pairs, "--format", "csv", "--graph", graph)
    assert asked.exit_code == 0, asked.stderr
    return list(csv.DictReader(io.StringIO(asked.stdout)))


EXPLAIN = TESTS / "fixtures" / "explain"


def build_with_facts(tmp_path: Path, files: dict[str, str | bytes]) -> tuple[Result, dict]:
    """The mini project with these files added to its data/facts/, built by the command into
    tmp_path/out: the command's result and report.json."""
    import json  # noqa: PLC0415

    project = copy_project(MINI, tmp_path / "p")
    for name, content in files.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        (project / "data" / "facts" / name).write_bytes(data)
    out = tmp_path / "out"
    ran = invoke("build", "--config", project / "graphkit.toml", "--out", out)
    return ran, json.loads((out / "report.json").read_text(encoding="utf-8"))


def built_graph(project: Path, out: Path) -> Path:
    """Build a fixture project into `out` in-process; the path of its graph.ttl."""
    from graphkit.build.outputs import write_outputs  # noqa: PLC0415
    from graphkit.build.pipeline import build  # noqa: PLC0415
    from graphkit.config import load_config  # noqa: PLC0415

    write_outputs(build(load_config(project / "graphkit.toml")), out)
    return out / "graph.ttl"
