"""The force simulation behind the page's layout, run here or in a process of its own.

python-igraph keeps the interpreter's lock for the whole simulation: about a second for a
thousand entities. In a build that stops every other thread of the process for that long, the
store's loader among them. So while other threads run and the simulation is large enough to be
worth a process's start (about 50 ms), it runs in a child: this process draws the page's other
parts meanwhile, then waits for the answer without holding the lock. The child seeds the same
generator the same way, and JSON carries floats exactly: the positions are the ones computing
them here would give, and if the child cannot start or fails, they are computed here.

    python -m graphkit.viz.simulate    (the problem as JSON on standard input, positions out)
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import threading
from collections.abc import Callable
from functools import partial

import igraph

from ..lifetime import start_module

# From this many entities the simulation (90 ms at 300, 1 s at 1,000) outlasts starting a child.
CHILD_FROM = 300
ITERATIONS = 500


def simulate(
    count: int, edges: list[tuple[int, int]], weights: list[float], seed: int
) -> list[tuple[float, float]]:
    """Fruchterman-Reingold positions of `count` vertices joined by weighted `edges`, here."""
    graph = igraph.Graph(n=count, edges=edges)
    previous = random.getstate()
    random.seed(seed)  # python-igraph draws from Python's `random`: seeding it fixes the layout
    try:
        coords = graph.layout_fruchterman_reingold(
            weights=weights or None, niter=ITERATIONS, grid="auto"
        ).coords
    finally:
        random.setstate(previous)
    return [(float(x), float(y)) for x, y in coords]


def start_simulation(
    count: int, edges: list[tuple[int, int]], weights: list[float], seed: int
) -> Callable[[], list[tuple[float, float]]]:
    """`simulate`, begun: call what this returns for the positions.

    While other threads run and the graph is large, a child computes them meanwhile, and the
    caller can do other work until it asks; otherwise they are computed here when asked.
    """
    if count >= CHILD_FROM and threading.active_count() > 1:
        try:
            return _SimulationProcess(count, edges, weights, seed).positions
        except OSError:  # no process could be started: the same positions, computed here
            pass
    return partial(simulate, count, edges, weights, seed)


class _SimulationProcess:
    def __init__(
        self, count: int, edges: list[tuple[int, int]], weights: list[float], seed: int
    ) -> None:
        self._problem = (count, edges, weights, seed)
        self._child = start_module(__name__, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        given = {"count": count, "edges": edges, "weights": weights, "seed": seed}
        try:  # the child reads all of it before it writes anything: this cannot deadlock
            self._child.stdin.write(json.dumps(given).encode("utf-8"))
            self._child.stdin.flush()
        except OSError:
            pass  # the child is gone: positions() finds out and computes here

    def positions(self) -> list[tuple[float, float]]:
        try:
            out, _ = self._child.communicate()
            if self._child.returncode == 0:
                return [(x, y) for x, y in json.loads(out)]
        except (OSError, ValueError):
            pass
        # The child failed (killed, or out of memory): the same positions, computed here.
        return simulate(*self._problem)


def main() -> None:
    problem = json.load(sys.stdin)
    edges = [(a, b) for a, b in problem["edges"]]
    positions = simulate(problem["count"], edges, problem["weights"], problem["seed"])
    json.dump(positions, sys.stdout)


if __name__ == "__main__":
    main()
