"""The build's network page: how long `graphkit build` spends making graph.html, at a given size.

For each size it writes a synthetic project (bench/synthetic.py; 49,072 facts make about a
million triples), builds it once and writes its outputs (so a previous generation holds the
layout memo), then makes the page as `build/outputs.py` does, step by step, several times:

- `network`: `network.model_network`, the records drawn from the model the build holds,
- `sparql`: `viz.sparql.sparql_addon` with the build's Turtle (compressed into the page),
- `render`: `viz.render.render_html` with the layout memo of the previous generation (a
  rebuild: layout kept) or an empty one (a first build: layout computed),
- `after`: `LayoutMemo.write` with the cycle collector back on, as the build does it: the first
  collection after the page walks everything the page made while the collector was paused,

each with the collector paused as the build pauses it. The baseline, measured in the same run:
pyoxigraph's bulk load of the graph.nq the build wrote, into a store in memory. It is the
baseline of bench/scale.py, it grows with the graph as the page does, and no page code is in it,
so the ratio compares one checkout with another (PYTHONPATH=that/checkout python bench/page.py).

    python bench/page.py                          # 500, 4,900 and 49,072 facts (10k-1M triples)
    python bench/page.py --facts 49072 --runs 5
    python bench/page.py --project . --json       # the bundled project, as one JSON object

Figures are medians of the runs; `page_s` is the sum of the steps, `ratio` is page_s / raw load.
The page's bytes are hashed on every run: a difference is reported, since the page must be the
same bytes for the same input.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH)]

DEFAULT_FACTS = (500, 4900, 49072)
STEPS = ("network", "sparql", "render", "after")


def build_once(project: Path, out: Path):
    """The project built and its outputs written, as `graphkit build` does; the BuildResult."""
    from graphkit.build.outputs import write_outputs  # noqa: PLC0415
    from graphkit.build.pipeline import build  # noqa: PLC0415
    from graphkit.config import load_config  # noqa: PLC0415

    result = build(load_config(project / "graphkit.toml"), cache_dir=out / ".cache", out=out)
    write_outputs(result, out)
    return result


def raw_load(nquads: Path) -> float:
    import pyoxigraph as ox  # noqa: PLC0415

    start = time.perf_counter()
    store = ox.Store()
    store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    return time.perf_counter() - start


def make_page(result, turtle: str, memo_path: Path | None, written: Path) -> tuple[dict, str]:
    """The page as build/outputs.py makes it: step times and the page's sha256."""
    from graphkit.network import model_network  # noqa: PLC0415
    from graphkit.viz.layout import LayoutMemo  # noqa: PLC0415
    from graphkit.viz.render import render_html  # noqa: PLC0415
    from graphkit.viz.sparql import sparql_addon  # noqa: PLC0415

    gc.collect()  # each run starts from the same heap, not the previous run's garbage
    times = {}
    layouts = LayoutMemo.read(memo_path)
    gc.disable()
    try:
        start = time.perf_counter()
        net = model_network(result.registry, result.relationships, result.provenance)
        times["network"] = time.perf_counter() - start
        start = time.perf_counter()
        addon = sparql_addon(None, turtle)
        times["sparql"] = time.perf_counter() - start
        start = time.perf_counter()
        html = render_html(net, addons=(addon,), layouts=layouts)
        times["render"] = time.perf_counter() - start
    finally:
        gc.enable()
    start = time.perf_counter()
    layouts.write(written)
    times["after"] = time.perf_counter() - start
    del net, addon
    return times, hashlib.sha256(html.encode("utf-8")).hexdigest()


def measure(project: Path, out: Path, runs: int, label: str) -> dict:
    result = build_once(project, out)
    current = out / "current"
    turtle = (current / "graph.ttl").read_text(encoding="utf-8")
    baseline = statistics.median(raw_load(current / "graph.nq") for _ in range(runs))
    figures = {
        "size": label,
        "triples": result.report["counts"]["triples"],
        "raw_load_s": round(baseline, 3),
    }
    for case, memo in (("kept", current / "layout.json"), ("computed", None)):
        samples = [make_page(result, turtle, memo, out / "layout-bench.json") for _ in range(runs)]
        steps = {s: statistics.median(t[s] for t, _ in samples) for s in STEPS}
        total = statistics.median(sum(t.values()) for t, _ in samples)
        figures[f"layout_{case}"] = {
            "page_s": round(total, 3),
            "ratio": round(total / baseline, 2),
            **{f"{s}_s": round(v, 3) for s, v in steps.items()},
            "deterministic": len({digest for _, digest in samples}) == 1,
        }
    figures["page_bytes"] = (current / "graph.html").stat().st_size
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--facts", default=",".join(map(str, DEFAULT_FACTS)))
    parser.add_argument("--project", type=Path, help="a project folder instead of synthetic ones")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="one JSON object per size")
    args = parser.parse_args()
    from synthetic import generate  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.project:
            cases = [(args.project.resolve(), args.project.name or "project")]
        else:
            cases = [
                (generate(int(n), work / f"project-{n}"), f"{int(n)} facts")
                for n in args.facts.split(",")
            ]
        for i, (project, label) in enumerate(cases):
            figures = measure(project, work / f"out-{i}", args.runs, label)
            print(json.dumps(figures) if args.json else _table(figures), flush=True)


def _table(figures: dict) -> str:
    lines = [
        f"{figures['size']}: {figures['triples']:,} triples, page {figures['page_bytes']:,} bytes,"
        f" raw load {figures['raw_load_s']:.3f} s"
    ]
    for case in ("kept", "computed"):
        f = figures[f"layout_{case}"]
        steps = ", ".join(f"{s} {f[s + '_s']:.3f}" for s in STEPS)
        same = "" if f["deterministic"] else "  PAGE BYTES DIFFER BETWEEN RUNS"
        lines.append(
            f"  layout {case:<8} page {f['page_s']:.3f} s = {f['ratio']:.2f}x raw load"
            f"  ({steps}){same}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
