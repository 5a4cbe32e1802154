"""The named queries answered by a fresh Virtuoso, compared with the same build's graph file."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest
from servers import answer_mismatch, checkpoint, start_virtuoso, virtuoso_binary
from support import invoke


def assert_virtuoso_answers_as_locally(graph: Path, folder: Path, calls: Iterable[list]) -> None:
    """Push `graph` (a build's graph.ttl) to a Virtuoso started in `folder`, and check that each
    call (the arguments after `query`) gives there the CSV it gives on the file, rows included."""
    if virtuoso_binary() is None:
        pytest.skip("no `virtuoso-t`: apt-get install virtuoso-opensource")
    server = start_virtuoso(folder)
    try:
        pushed = invoke(
            "push", "--endpoint", server.store_url, "--graph", "https://example.org/graph/parity",
            "--from", graph, "--user", server.user, "--password", server.password,
        )  # fmt: skip
        assert pushed.exit_code == 0, pushed.stderr
        checkpoint(server)  # what was loaded survives a kill from here on
        for call in calls:
            args = ["query", *call, "--format", "csv"]
            local = invoke(*args, "--graph", graph)
            remote = invoke(*args, "--endpoint", server.query_url)
            assert remote.exit_code == 0, remote.stderr
            assert remote.stdout == local.stdout, answer_mismatch(
                server, list(call), local.stdout, remote.stdout
            )
            assert len(local.stdout.splitlines()) > 1, call
    finally:
        server.stop()
