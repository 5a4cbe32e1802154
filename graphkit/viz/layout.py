"""Where each entity sits on the page: computed once, here, with a fixed seed.

The page opens already laid out and runs no physics, so a large graph is interactive at once
and every build draws the same picture. Entities are placed by a force-directed layout
(igraph's Fruchterman-Reingold on a grid, so 50,000 take seconds, then refined with every pair
weighed up to a thousand entities: see simulate.py);
then the labels of the most connected entities are pushed apart so they can all be read at
the opening view. Entities the page keeps folded or hidden at first (contracting offices,
contracts) are set in a ring around the entity they belong to.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from ..files import write_atomic
from .simulate import SIMULATION, start_simulation

SEED = 7
# The default view is scaled into this box (canvas units); on a 1400×900 window the page opens
# at about one pixel per unit, so label sizes below are close to what the reader sees.
WIDTH, HEIGHT = 1000.0, 700.0
# Labels at the opening view: the page draws these entities' names at this size in pixels.
LABEL_PX = 13.0
CHAR_WIDTH = 0.58  # of the font size, for a sans-serif label
LABEL_GAP = 6.0
SEPARATED = 30  # the most connected entities whose labels are kept apart


def label_box(x: float, y: float, size: float, text: str) -> tuple[float, float, float, float]:
    """The rectangle (left, top, right, bottom) a label takes, centred under its entity."""
    width = CHAR_WIDTH * LABEL_PX * len(text) + 4
    top = y + size + 2
    return (x - width / 2, top, x + width / 2, top + LABEL_PX * 1.3)


class LayoutMemo:
    """Positions an earlier build computed, under the digest of what the layout was given.

    The layout is a pure function of its entities, ties and seed, so a kept result is exactly
    what computing it again would give: a rebuild whose entities and ties did not change (a
    date, an amount or a citation edited) skips the force simulation and draws the same page.
    The top labels' places once pushed apart are kept the same way (`separate_labels_kept`).
    """

    def __init__(self, entries: Mapping[str, dict] | None = None) -> None:
        self.entries = dict(entries or {})
        self.used: dict[str, dict] = {}  # what this build laid out: all the next one needs

    @classmethod
    def read(cls, path: Path | None) -> LayoutMemo:
        """The memo kept at `path`; an empty one if it is missing or unreadable."""
        try:
            entries = json.loads(Path(path).read_text(encoding="utf-8")) if path else {}
        except (OSError, ValueError):
            entries = {}
        return cls(entries if isinstance(entries, dict) else {})

    def write(self, path: Path) -> None:
        write_atomic(path, json.dumps(self.used, sort_keys=True), durable=False)

    def kept(self, key: str, nodes: Iterable[str]) -> dict[str, tuple[float, float]] | None:
        """The places kept under `key` for exactly `nodes`; None if there are none."""
        kept = self.entries.get(key)
        if not isinstance(kept, dict) or set(kept) != set(nodes):
            return None
        return {node: (float(x), float(y)) for node, (x, y) in kept.items()}

    def keep(self, key: str, places: Mapping[str, tuple[float, float]]) -> None:
        """Places this build used, for the next one (JSON carries the floats exactly)."""
        self.used[key] = {node: list(point) for node, point in places.items()}


def _layout_key(nodes: list[str], ties: Mapping[tuple[str, str], int], seed: int) -> str:
    # The simulation's version too: a layout kept from an earlier one is not what it gives now.
    given = json.dumps([SIMULATION, seed, nodes, [[a, b, n] for (a, b), n in sorted(ties.items())]])
    return hashlib.sha256(given.encode("utf-8")).hexdigest()


def force_layout(
    nodes: list[str],
    ties: Mapping[tuple[str, str], int],
    *,
    seed: int = SEED,
    memo: LayoutMemo | None = None,
) -> dict[str, tuple[float, float]]:
    """Positions for `nodes` pulled together by `ties` (pair -> number of facts), in the box.

    With a `memo`, a layout it holds for the same input is taken from it, and the result is
    recorded in it.
    """
    return start_force_layout(nodes, ties, seed=seed, memo=memo)()


def start_force_layout(
    nodes: list[str],
    ties: Mapping[tuple[str, str], int],
    *,
    seed: int = SEED,
    memo: LayoutMemo | None = None,
) -> Callable[[], dict[str, tuple[float, float]]]:
    """`force_layout`, begun (in a child process when that is worth it, see simulate.py): call
    what this returns for the positions, after doing other work meanwhile."""
    if not nodes:
        return dict
    key = _layout_key(nodes, ties, seed) if memo is not None else None
    kept = memo.kept(key, nodes) if memo is not None else None
    if kept is not None:
        simulated = None
    else:
        index = {node: i for i, node in enumerate(nodes)}
        pairs = sorted(ties)
        edges = [(index[a], index[b]) for a, b in pairs]
        # Many facts pull harder, but only logarithmically: one huge tie must not collapse a hub.
        weights = [1 + math.log(ties[p]) for p in pairs]
        simulated = start_simulation(len(nodes), edges, weights, seed)

    def positions() -> dict[str, tuple[float, float]]:
        if simulated is None:
            found = {node: kept[node] for node in nodes}
        else:
            coords = simulated()
            found = _fit_box({node: coords[i] for i, node in enumerate(nodes)})
        if memo is not None:
            memo.keep(key, found)
        return found

    return positions


def _fit_box(points: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    xs = [p[0] for p in points.values()]
    ys = [p[1] for p in points.values()]
    span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
    scale = min(WIDTH / span_x if span_x else 1.0, HEIGHT / span_y if span_y else 1.0)
    mid_x, mid_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {n: ((x - mid_x) * scale, (y - mid_y) * scale) for n, (x, y) in points.items()}


def separate_labels(
    positions: dict[str, tuple[float, float]],
    first: Iterable[str],
    labels: Mapping[str, str],
    sizes: Mapping[str, float],
    *,
    rounds: int = 300,
) -> None:
    """Move the given entities (most important first) until their labels no longer overlap.

    Each overlapping pair is pushed apart along the axis that needs the smaller move, the less
    important entity moving further, so hubs stay where the forces put them.
    """
    order = list(first)
    for _ in range(rounds):
        moved = False
        boxes = {n: label_box(*positions[n], sizes[n], labels[n]) for n in order}
        for i, a in enumerate(order):
            box_a = boxes[a]
            for b in order[i + 1 :]:
                # How far the two labels overlap along x, then y (at most 0: they are apart),
                # as min() and max() would say, written out: this runs 100,000 times a page.
                box_b = boxes[b]
                right = box_b[2] if box_b[2] < box_a[2] else box_a[2]
                left = box_b[0] if box_b[0] > box_a[0] else box_a[0]
                dx = right - left + LABEL_GAP
                if dx <= 0:
                    continue
                bottom = box_b[3] if box_b[3] < box_a[3] else box_a[3]
                top = box_b[1] if box_b[1] > box_a[1] else box_a[1]
                dy = bottom - top + LABEL_GAP
                if dy <= 0:
                    continue
                (ax, ay), (bx, by) = positions[a], positions[b]
                if dx < dy:
                    step = (dx + LABEL_GAP) * (1 if bx >= ax else -1)
                    positions[a] = (ax - step / 3, ay)
                    positions[b] = (bx + 2 * step / 3, by)
                else:
                    step = (dy + LABEL_GAP) * (1 if by >= ay else -1)
                    positions[a] = (ax, ay - step / 3)
                    positions[b] = (bx, by + 2 * step / 3)
                boxes[a] = box_a = label_box(*positions[a], sizes[a], labels[a])
                boxes[b] = label_box(*positions[b], sizes[b], labels[b])
                moved = True
        if not moved:
            return


def separate_labels_kept(
    positions: dict[str, tuple[float, float]],
    first: Iterable[str],
    labels: Mapping[str, str],
    sizes: Mapping[str, float],
    memo: LayoutMemo | None,
) -> None:
    """`separate_labels`, or, from `memo`, the places it gave an earlier build for the same
    entities at the same places with the same labels and sizes: its rounds of pushing labels
    apart (a twentieth of a second on a crowded page) are then not run again. The result is
    the same either way: floats go through JSON exactly."""
    order = list(first)
    if memo is None:
        separate_labels(positions, order, labels, sizes)
        return
    given = [[n, list(positions[n]), labels[n], sizes[n]] for n in order]
    key = hashlib.sha256(json.dumps(["labels apart", given]).encode("utf-8")).hexdigest()
    kept = memo.kept(key, order)
    if kept is not None:
        positions.update(kept)
    else:
        separate_labels(positions, order, labels, sizes)
    memo.keep(key, {n: positions[n] for n in order})


def ring_around(
    positions: dict[str, tuple[float, float]], members: Mapping[str, str]
) -> dict[str, tuple[float, float]]:
    """Positions for `members` (member -> anchor) on golden-angle spirals around their anchors."""
    by_anchor: dict[str, list[str]] = defaultdict(list)
    for member, anchor in members.items():
        by_anchor[anchor].append(member)
    placed = {}
    for anchor, group in sorted(by_anchor.items()):
        cx, cy = positions.get(anchor, (0.0, 0.0))
        for k, member in enumerate(sorted(group), start=1):
            radius = 28 + 9 * math.sqrt(k)
            angle = k * 2.39996  # the golden angle: no two members on one ray
            placed[member] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    return placed


def rounded(positions: Mapping[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """To a tenth of a unit: the page bytes never depend on the last bits of a float."""
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in positions.items()}
