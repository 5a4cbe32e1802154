"""The build's network page: how long `graphkit build` spends making graph.html, at a given size.

For each size it writes a synthetic project (bench/synthetic.py; 49,072 facts make about a
million triples), builds it once and writes its outputs (so a previous generation holds the
layout memo), then makes the page as the build makes it, several times, with the cycle
collector paused as build/outputs.py pauses it:

- `page`: the page's facts drawn from the model the build holds (viz/model_facts.py), the
  page data, the layout, the packed JSON and the query panel with the build's Turtle compressed
  into it, in one call (`viz.render.model_page`; a checkout without it: `model_network`,
  `sparql_addon`, `render_html` in turn),
- `after`: `LayoutMemo.write` with the collector back on, as the build does it: the first
  collection walks whatever the page left alive that was made while the collector was paused,

with the layout memo of the previous generation (`kept`: a rebuild) and without one
(`computed`: a first build); `kept_composed` is the three calls in turn on the same checkout.

Two baselines, measured in the same run, neither with any page code in it, so the ratios
compare one checkout with another (PYTHONPATH=that/checkout python bench/page.py measures that
checkout's page):
- pyoxigraph's bulk load of the graph.nq the build wrote, into a store in memory: the baseline
  of bench/scale.py, so the page reads as a share of the build's own yardstick;
- the json module reading and writing graph.jsonld again: single-threaded Python work like the
  page's own, so it slows as the page does when other jobs share the machine, which the bulk
  load (on several threads) does not; the steadier ratio of the two on a busy machine.

    python bench/page.py                          # 500, 4,900 and 49,072 facts (10k-1M triples)
    python bench/page.py --facts 49072 --runs 5
    python bench/page.py --project . --json       # the bundled project, as one JSON object

Figures are medians of the runs; `ratio` is seconds / raw load, `ratio_json` seconds / round
trip. The page's bytes are hashed on every run: a difference is reported, since the page must be
the same bytes for the same input.
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
sys.path[:0] = [str(BENCH)]
sys.path.append(str(BENCH.parent))  # graphkit from PYTHONPATH or the install first

DEFAULT_FACTS = (500, 4900, 49072)
STEPS = ("page", "after")


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


def json_round_trip(jsonld: Path) -> float:
    """graph.jsonld read and written again by the json module: one core's speed at the work
    the page does most (dicts made, JSON written), where the raw load runs on several."""
    start = time.perf_counter()
    json.dumps(json.loads(jsonld.read_bytes()), sort_keys=True, ensure_ascii=False)
    return time.perf_counter() - start


def make_page(result, turtle: str, memo_path: Path | None, written: Path, how: str):
    """The page as the build makes it, with the collector paused as build/outputs.py pauses it:
    step times (seconds) and the page's sha256.

    `how`: "model_page" (one call, `viz.render.model_page`) or "composed" (`model_network`,
    `sparql_addon` and `render_html` called in turn, as outputs.py called them before it).
    """
    from graphkit.network import model_network  # noqa: PLC0415
    from graphkit.viz import render  # noqa: PLC0415
    from graphkit.viz.layout import LayoutMemo  # noqa: PLC0415
    from graphkit.viz.sparql import sparql_addon  # noqa: PLC0415

    model = (result.registry, result.relationships, result.provenance)
    gc.collect()  # each run starts from the same heap, not the previous run's garbage
    layouts = LayoutMemo.read(memo_path)
    gc.disable()
    try:
        start = time.perf_counter()
        if how == "model_page":
            html = render.model_page(*model, turtle=turtle, layouts=layouts)
        else:
            net = model_network(*model)
            html = render.render_html(net, addons=(sparql_addon(None, turtle),), layouts=layouts)
        page = time.perf_counter() - start
    finally:
        gc.enable()
    start = time.perf_counter()
    layouts.write(written)  # the first allocations with the collector back on
    after = time.perf_counter() - start
    return {"page": page, "after": after}, hashlib.sha256(html.encode("utf-8")).hexdigest()


def measure(project: Path, out: Path, runs: int, label: str) -> dict:
    result = build_once(project, out)
    current = out / "current"
    turtle = (current / "graph.ttl").read_text(encoding="utf-8")
    baseline = statistics.median(raw_load(current / "graph.nq") for _ in range(runs))
    round_trip = statistics.median(json_round_trip(current / "graph.jsonld") for _ in range(runs))
    figures = {
        "size": label,
        "triples": result.report["counts"]["triples"],
        "raw_load_s": round(baseline, 3),
        "json_round_trip_s": round(round_trip, 3),
    }
    from graphkit.viz import render  # noqa: PLC0415

    how = "model_page" if hasattr(render, "model_page") else "composed"
    cases = [("kept", how), ("computed", how)]
    if how == "model_page":
        cases.append(("kept", "composed"))
    figures["calls"] = how
    for layout, made in cases:
        memo = current / "layout.json" if layout == "kept" else None
        samples = [
            make_page(result, turtle, memo, out / "layout-bench.json", made) for _ in range(runs)
        ]
        steps = {s: statistics.median(t[s] for t, _ in samples) for s in STEPS}
        total = statistics.median(sum(t.values()) for t, _ in samples)
        figures[f"layout_{layout}" + ("" if made == how else f"_{made}")] = {
            "seconds": round(total, 3),
            "ratio": round(total / baseline, 2),
            "ratio_json": round(total / round_trip, 2),
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
        f" raw load {figures['raw_load_s']:.3f} s,"
        f" JSON round trip {figures['json_round_trip_s']:.3f} s"
    ]
    for case, f in figures.items():
        if not case.startswith("layout_"):
            continue
        same = "" if f["deterministic"] else "  PAGE BYTES DIFFER BETWEEN RUNS"
        lines.append(
            f"  {case[7:]:<16} {f['seconds']:.3f} s = {f['ratio']:.2f}x raw load"
            f" = {f['ratio_json']:.2f}x JSON round trip"
            f"  (page {f['page_s']:.3f}, after {f['after_s']:.3f}){same}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
