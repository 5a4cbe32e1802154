"""The force simulation behind the page's layout, run here or in a process of its own.

python-igraph keeps the interpreter's lock for the whole simulation: a fifth of a second for a
thousand entities. In a build that stops every other thread of the process for that long, the
store's loader among them. So while other threads run and the simulation is large enough to be
worth a process's start (about 60 ms), it runs in a child: this process draws the page's other
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

from ..lifetime import start_module

# From this many entities the simulation (60 ms at 500, 0.2 s at 1,000; below 300 see
# EVERY_PAIR_BELOW) outlasts starting a child.
CHILD_FROM = 500
ITERATIONS = 500
# Fruchterman-Reingold weighing every pair of entities costs the square of their count: 90 ms
# for 300, 0.9 s for a thousand. Below EVERY_PAIR_BELOW entities it is run as it is. From there,
# igraph's grid variant, which weighs only the entities of nearby cells against each other,
# takes 0.06 s for a thousand but leaves them bunched (half of them less than 1.6 units from
# their nearest neighbour, against 4.2 with every pair). Up to REFINE_UP_TO entities, REFINE
# more iterations with every pair, from the grid's positions, spread them as far as the whole
# run with every pair does, for a quarter of its time. Above it those iterations would cost
# seconds: the grid's layout is kept.
EVERY_PAIR_BELOW = 300
REFINE = 100
REFINE_UP_TO = 1000
SIMULATION = "fr-grid-refined-1"  # names the above: a kept layout of another is not reused


def simulate(
    count: int, edges: list[tuple[int, int]], weights: list[float], seed: int
) -> list[tuple[float, float]]:
    """Fruchterman-Reingold positions of `count` vertices joined by weighted `edges`, here:
    for hundreds and more, on igraph's grid first (see REFINE)."""
    import igraph  # noqa: PLC0415 (here: a build whose page keeps its layout never needs it)

    graph = igraph.Graph(n=count, edges=edges)
    layout = partial(graph.layout_fruchterman_reingold, weights=weights or None)
    previous = random.getstate()
    random.seed(seed)  # python-igraph draws from Python's `random`: seeding it fixes the layout
    try:
        if count < EVERY_PAIR_BELOW:
            coords = layout(niter=ITERATIONS, grid=False).coords
        else:
            coords = layout(niter=ITERATIONS, grid=True).coords
            if count <= REFINE_UP_TO:
                coords = layout(niter=REFINE, grid=False, seed=coords).coords
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
