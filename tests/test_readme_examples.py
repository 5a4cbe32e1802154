"""Every `graphkit …` command the README shows runs as shown, in order, on a copy of the project.

The commands are read from the README's fenced `sh`, `bash` and `console` blocks: each line
that starts with `graphkit ` (after an optional `$ ` prompt), joined with its `\\`
continuations, without its trailing `# comment`. They run in order in a temporary copy of the
project that has `../shared` beside it when this checkout has one, so later commands see what
earlier ones built, as a reader's would.

A block that cannot run here says so on the line right before its opening fence:

    <!-- example: needs download -->   files the reader downloads first (USAspending, Atlas …)
    <!-- example: needs server -->     a SPARQL server the reader starts
    <!-- example: needs files -->      the reader's own files (articles, an older graph …)
    <!-- example: needs shared -->     runs, but only where ../shared is beside the project

`> FILE` at the end of a command is a redirect of its output, as in a shell.

Every other command must exit 0 and write nothing to stderr but progress, its summary and
the messages of the commands that report on stderr by design (`entities` hints, `diff`
summary); a library warning fails the test.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil

import pytest
from click.testing import CliRunner
from support import REPO, SHARED

from graphkit.cli import cli

README = REPO / "README.md"
MARKER = re.compile(r"<!--\s*example:\s*needs (download|server|files|shared)\s*-->")
FENCE = re.compile(r"^```(sh|bash|console)\s*$")
# Library noise that must never reach a user's terminal.
NOISE = ("does not look like a valid URI", "Warning:", "Traceback")


def readme_commands(text: str) -> list[tuple[int, str, str | None]]:
    """(line number, command, skip reason or None) for each graphkit command in a shell block."""
    lines = text.splitlines()
    found = []
    inside, skip, previous = False, None, ""
    pending, start = "", 0
    for number, line in enumerate(lines, start=1):
        if not inside:
            if FENCE.match(line.strip()):
                inside = True
                marker = MARKER.search(previous)
                skip = f"needs {marker.group(1)}" if marker else None
            elif line.strip():
                previous = line
            continue
        if line.strip().startswith("```"):
            inside, previous = False, ""
            continue
        body = line.strip().removeprefix("$ ")
        if pending:
            pending += " " + body
        elif body.startswith("graphkit "):
            pending, start = body, number
        else:
            continue
        if pending.endswith("\\"):
            pending = pending[:-1].rstrip()
            continue
        found.append((start, _without_comment(pending), skip))
        pending = ""
    return found


def _without_comment(command: str) -> str:
    words = shlex.split(command, comments=True)
    return shlex.join(words)


def test_the_readme_parser_reads_blocks_markers_and_continuations():
    text = (
        "Intro\n\n```sh\ngraphkit build   # comment\n$ graphkit query x \\\n   -p a=b\n"
        "echo no\n```\n\n<!-- example: needs server -->\n```bash\ngraphkit push\n```\n"
        "```yaml\ngraphkit: not a command\n```\n"
    )
    assert readme_commands(text) == [
        (4, "graphkit build", None),
        (5, "graphkit query x -p a=b", None),
        (12, "graphkit push", "needs server"),
    ]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    base = tmp_path_factory.mktemp("clone")
    copy = base / "graphkit"
    shutil.copytree(
        REPO,
        copy,
        ignore=shutil.ignore_patterns(".git", ".venv", "output", "*.egg-info", "__pycache__"),
    )
    if SHARED.is_dir():
        (base / "shared").symlink_to(SHARED, target_is_directory=True)
    return copy


def test_every_readme_command_runs_as_shown(project, monkeypatch):
    commands = readme_commands(README.read_text(encoding="utf-8"))
    assert len(commands) > 40, "the README's command blocks were not found"
    monkeypatch.chdir(project)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("BROWSER", raising=False)
    shared = (project.parent / "shared").is_dir()
    ran, failures = 0, []
    for number, command, skip in commands:
        if skip and not (skip == "needs shared" and shared):
            continue
        args = shlex.split(command)[1:]
        redirect = None
        if len(args) > 2 and args[-2] == ">":
            args, redirect = args[:-2], project / args[-1]
        result = CliRunner().invoke(cli, args, catch_exceptions=True, env={"BROWSER": "true"})
        if redirect is not None:
            redirect.write_text(result.stdout, encoding="utf-8")
        ran += 1
        noisy = [n for n in NOISE if n in result.stderr]
        if result.exit_code != 0 or noisy:
            failures.append(
                f"README.md:{number}: {command}\n  exit {result.exit_code}; "
                f"stderr: {result.stderr[-600:]!r} {result.exception!r}"
            )
    assert not failures, "\n".join(failures)
    assert ran > 30
    assert os.path.isfile(project / "output" / "graph.ttl")
