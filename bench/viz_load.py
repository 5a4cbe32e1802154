"""Load-to-interactive time of the network page in headless Chromium, at three sizes.

Synthetic networks of 500, 2,000 and 5,000 entities (four relationships per entity, so 20,000
at the top) are rendered with graphkit's own page and opened from disk. "Interactive" is the
moment the page has laid out the graph, frozen physics and wired its controls (the page's own
`ready` mark, in ms since navigation). A filter toggle and a search-and-focus are timed after
that. Figures are reported as ratios to a baseline measured in the same run: the same page
with an empty graph.

    python bench/viz_load.py            # needs /usr/bin/chromium and playwright
    python bench/viz_load.py --runs 5 --sizes 500,2000,5000
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
from pathlib import Path

import networkx as nx

from graphkit.network import FAMILIES
from graphkit.visualize import render_html
from graphkit.viz.data import CORE_LIMIT

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
TYPES = ["Company", "GovernmentAgency", "AdvocacyGroup", "Person", "Product", "EmployeeGroup"]
ENT = "https://w3id.org/techgov/id/"

TOGGLE = """() => { const t0 = performance.now();
  const box = document.querySelector('#family-filters input[value=business]');
  box.click(); box.click(); return performance.now() - t0; }"""
SEARCH = """(label) => { const t0 = performance.now();
  const ids = window.graphkit.search(label); window.graphkit.focusNode(ids[0]);
  return performance.now() - t0; }"""


def synthetic(nodes: int, per_node: int = 4, seed: int = 1) -> nx.MultiDiGraph:
    """A network shaped like graphkit's: typed entities, cited relationships, some dated."""
    rng = random.Random(seed)
    net = nx.MultiDiGraph()
    ids = [f"{ENT}e{i:05d}" for i in range(nodes)]
    for i, node in enumerate(ids):
        net.add_node(node, type=TYPES[i % len(TYPES)], label=f"Entity {i}", aliases=[f"E{i}"])
    relations = sorted(FAMILIES)
    for i in range(nodes * per_node):
        # Preferential: low ids are hubs, as agencies and big vendors are in the real data.
        source = ids[int(nodes * rng.random() ** 2)]
        target = ids[rng.randrange(nodes)]
        relation = rng.choice(relations)
        start = rng.choice([None, str(rng.randrange(2010, 2024))])
        net.add_edge(source, target, key=f"{ENT}rel/{i:06d}", relation=relation,
                     family=FAMILIES[relation], start=start, end=None, amount=None,
                     currency=None, status="confirmed", product=None, product_label=None,
                     role=None, contract=None, confidence=1.0,
                     citations=[{"url": f"https://example.org/doc/{i}", "title": f"Document {i}",
                                 "publisher": "Example", "date": "2020-01-01", "quote": None,
                                 "locator": "p. 1", "extractor": "facts", "confidence": 1.0,
                                 "archive": None}])
    return net


def measure(browser, path: Path, runs: int, search_for: str | None) -> dict:
    loads, toggles, searches, everything = [], [], [], []
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(path.resolve().as_uri())
        page.wait_for_selector("body[data-ready=true]", state="attached", timeout=300_000)
        loads.append(page.evaluate("window.graphkit.readyAt"))
        toggles.append(page.evaluate(TOGGLE))
        if search_for:
            searches.append(page.evaluate(SEARCH, search_for))
        if page.locator("#show-all").is_visible():
            start = page.evaluate("performance.now()")
            page.click("#show-all")
            page.wait_for_selector("body[data-layout=frozen]", state="attached", timeout=600_000)
            everything.append(page.evaluate("performance.now()") - start)
        page.close()
    return {"load": statistics.median(loads), "toggle": statistics.median(toggles),
            "search": statistics.median(searches) if searches else None,
            "all": statistics.median(everything) if everything else None}


def _ratio(value: float | None, base: float) -> str:
    return "–" if value is None else f"{value / base:.2f}×"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="500,2000,5000")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, args=ARGS)
        pages = {}
        for size in [0, *sizes]:
            pages[size] = Path(tmp) / f"page-{size}.html"
            pages[size].write_text(render_html(synthetic(size)), encoding="utf-8")
        base = measure(browser, pages[0], args.runs, None)
        print(f"baseline (empty graph, same page): load {base['load']:.0f} ms", file=sys.stderr)
        print("| entities | relationships | shown at open | load-to-interactive | "
              "filter toggle | search + focus | show every entity |")
        print("|---:|---:|---:|---:|---:|---:|---:|")
        for size in sizes:
            # Search for an entity outside the opening core, so the expand path is timed too.
            result = measure(browser, pages[size], args.runs, f"Entity {size - 1}")
            shown = min(size, CORE_LIMIT)
            ratios = " | ".join(_ratio(result[k], base["load"]) for k in
                                ("load", "toggle", "search", "all"))
            print(f"| {size:,} | {size * 4:,} | {shown:,} | {ratios} |")
            print(f"  {size}: load {result['load']:.0f} ms, toggle {result['toggle']:.0f} ms, "
                  f"search {result['search']:.0f} ms, show all {result['all'] or 0:.0f} ms",
                  file=sys.stderr)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
