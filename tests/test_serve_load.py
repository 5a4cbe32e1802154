"""graphkit serve under load while builds swap generations: 20 clients × 50 requests over
loopback, every answer from one whole generation, no failed request."""

from __future__ import annotations

import sys

import pytest
from support import REPO

sys.path.insert(0, str(REPO / "bench"))
from serve_load import measure  # noqa: E402


@pytest.mark.slow
def test_twenty_clients_during_rebuilds_get_the_old_graph_or_the_new(tmp_path):
    stats = measure(tmp_path, clients=20, requests=50, pause=0.1)
    assert stats["failures"] == []
    assert stats["wrong"] == []
    assert stats["answered"] == 1000
    assert stats["builds"] >= 1 and stats["failed_builds"] == 0
    old, new = stats["versions"]
    assert set(stats["seen"]) == {old, new}  # a swap happened while the clients were asking
