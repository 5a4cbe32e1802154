"""The network page in headless Chromium, and the build-time layout behind it.

Page: synthetic networks of 500, 2,000 and 5,000 entities (four relationships per entity, so
20,000 at the top), and any built graph given with --graph (the USAspending import, say), are
rendered with graphkit's own page and opened from disk. "Interactive" is the page's own
`ready` mark (ms since navigation): drawn, and every control wired. Then, on the open page: a
relation family filter switched off and on, a search for an entity outside the opening view
plus focusing it, "show every entity", then one zoom step with everything shown; each until
the next frame is painted. Figures are
ratios to a baseline measured in the same run: the same page with an empty graph, loaded.

Layout: the force-directed layout the build computes, timed at 500, 5,000 and 50,000 entities,
as a ratio to serialising the same network as JSON (networkx node-link data) in the same run.

    python bench/viz_load.py            # needs /usr/bin/chromium and playwright
    python bench/viz_load.py --runs 5 --sizes 500,2000,5000 --graph output/graph.ttl
    python bench/viz_load.py --layout-sizes 500,5000,50000 --no-page

The page part uses only what every version of the page offers, so the same script measures an
older checkout too (PYTHONPATH=that/checkout python bench/viz_load.py).

With --sparql it measures the query panel instead: the page's size and the time from a click to
the first SPARQL result (the engine unpacked and compiled, the graph loaded, the query run), at
the bundled graph, a synthetic project of 5,000 entities and the bundled graph plus the
USAspending import, as ratios to the same page around an empty graph:

    python bench/viz_load.py --sparql --runs 3
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import networkx as nx

from graphkit.schema import relation_families
from graphkit.viz.data import CORE_LIMIT
from graphkit.viz.render import render_html

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
TYPES = ["Company", "GovernmentAgency", "AdvocacyGroup", "Person", "Product", "EmployeeGroup"]
ENT = "https://w3id.org/techgov/id/"
FRAME = "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"

TOGGLE = f"""async () => {{ const t0 = performance.now();
  const box = document.querySelector('#family-filters input[value=business]');
  box.click(); await {FRAME}; box.click(); await {FRAME}; return performance.now() - t0; }}"""
SEARCH = f"""async (label) => {{ const t0 = performance.now();
  const ids = window.graphkit.search(label); window.graphkit.focusNode(ids[0]);
  await {FRAME}; return performance.now() - t0; }}"""
SHOW_ALL = f"""async () => {{ const t0 = performance.now();
  document.getElementById('show-all').click();
  while (document.body.dataset.layout !== 'frozen') {{ await {FRAME}; }}
  await {FRAME}; return performance.now() - t0; }}"""

# One zoom step and the frame that shows it: what panning and zooming feel like.
ZOOM = f"""async () => {{ const net = window.graphkit.network, t0 = performance.now();
  net.moveTo({{ scale: net.getScale() * 1.25 }}); await {FRAME};
  return performance.now() - t0; }}"""


def synthetic(nodes: int, per_node: int = 4, seed: int = 1) -> nx.MultiDiGraph:
    """A network shaped like graphkit's: typed entities, cited relationships, some dated."""
    rng = random.Random(seed)
    net = nx.MultiDiGraph()
    ids = [f"{ENT}e{i:05d}" for i in range(nodes)]
    for i, node in enumerate(ids):
        net.add_node(node, type=TYPES[i % len(TYPES)], label=f"Entity {i}", aliases=[f"E{i}"])
    families = relation_families()
    relations = sorted(families)
    for i in range(nodes * per_node):
        # Preferential: low ids are hubs, as agencies and big vendors are in the real data.
        source = ids[int(nodes * rng.random() ** 2)]
        target = ids[rng.randrange(nodes)]
        relation = rng.choice(relations)
        start = rng.choice([None, str(rng.randrange(2010, 2024))])
        net.add_edge(
            source,
            target,
            key=f"{ENT}rel/{i:06d}",
            relation=relation,
            family=families[relation],
            start=start,
            end=None,
            amount=None,
            currency=None,
            status="confirmed",
            product=None,
            product_label=None,
            role=None,
            contract=None,
            confidence=1.0,
            citations=[
                {
                    "url": f"https://example.org/doc/{i}",
                    "title": f"Document {i}",
                    "publisher": "Example",
                    "date": "2020-01-01",
                    "quote": None,
                    "locator": "p. 1",
                    "extractor": "facts",
                    "confidence": 1.0,
                    "archive": None,
                }
            ],
        )
    return net


def measure(browser, path: Path, runs: int, search_for: str | None) -> dict:
    loads, toggles, searches, everything, zooms = [], [], [], [], []
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(path.resolve().as_uri())
        page.wait_for_selector("body[data-ready=true]", state="attached", timeout=300_000)
        loads.append(page.evaluate("window.graphkit.readyAt"))
        toggles.append(page.evaluate(TOGGLE))
        if search_for:
            searches.append(page.evaluate(SEARCH, search_for))
        if page.locator("#show-all").is_visible():
            everything.append(page.evaluate(SHOW_ALL))
        zooms.append(page.evaluate(ZOOM))  # with every entity shown
        page.close()
    return {
        "load": statistics.median(loads),
        "toggle": statistics.median(toggles),
        "search": statistics.median(searches) if searches else None,
        "all": statistics.median(everything) if everything else None,
        "zoom": statistics.median(zooms),
    }


def _ratio(value: float | None, base: float) -> str:
    return "–" if value is None else f"{value / base:.2f}×"


def _least_connected_label(net: nx.MultiDiGraph) -> str:
    """A label to search for: the least connected entity, outside any opening core."""
    degree = dict(net.degree())
    node = min(net.nodes, key=lambda n: (degree[n], n))
    return net.nodes[node].get("label") or node


def bench_pages(args, sizes: list[int], graphs: list[Path]) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, args=ARGS)
        cases = [("empty", synthetic(0))]
        cases += [(f"{size:,} synthetic", synthetic(size)) for size in sizes]
        for graph in graphs:
            from graphkit.network import to_network
            from graphkit.rdf.store import load_graph

            cases.append((graph.parent.name or str(graph), to_network(load_graph(graph))))
        pages = {}
        for i, (name, net) in enumerate(cases):
            pages[name] = Path(tmp) / f"page-{i}.html"
            pages[name].write_text(render_html(net), encoding="utf-8")
        base = measure(browser, pages["empty"], args.runs, None)
        print(f"baseline (empty graph, same page): load {base['load']:.0f} ms", file=sys.stderr)
        print(
            "| network | entities | relationships | load-to-interactive | filter toggle | "
            "search + focus | show every entity | then a zoom step |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for name, net in cases[1:]:
            result = measure(browser, pages[name], args.runs, _least_connected_label(net))
            ratios = " | ".join(
                _ratio(result[k], base["load"]) for k in ("load", "toggle", "search", "all", "zoom")
            )
            print(f"| {name} | {net.number_of_nodes():,} | {net.number_of_edges():,} | {ratios} |")
            print(f"  {name}: " + json.dumps({k: v and round(v) for k, v in result.items()}))
            sys.stdout.flush()
        browser.close()


def bench_layout(sizes: list[int]) -> None:
    try:
        from graphkit.viz.layout import force_layout
    except ImportError:
        print("this checkout lays the graph out in the browser: no build-time layout to time")
        return
    print("| entities | ties | layout | × the network as JSON |")
    print("|---:|---:|---:|---:|")
    for size in sizes:
        net = synthetic(size)
        ties = Counter((min(a, b), max(a, b)) for a, b in net.edges() if a != b)
        started = time.perf_counter()
        force_layout(sorted(net.nodes), ties)
        layout = time.perf_counter() - started
        started = time.perf_counter()
        json.dumps(nx.node_link_data(net, edges="links"))
        baseline = time.perf_counter() - started
        print(f"| {size:,} | {len(ties):,} | {layout:.2f} s | {layout / baseline:.1f}× |")
        sys.stdout.flush()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="500,2000,5000")
    parser.add_argument("--graph", type=Path, action="append", default=[], help="a built graph")
    parser.add_argument("--layout-sizes", default="500,5000,50000")
    parser.add_argument("--no-page", action="store_true", help="time the layout only")
    parser.add_argument("--no-layout", action="store_true", help="time the page only")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--sparql", action="store_true", help="measure the query panel")
    args = parser.parse_args()
    if args.sparql:
        return sparql_main(args)
    if not args.no_page:
        bench_pages(args, [int(s) for s in args.sizes.split(",") if s], args.graph)
    if not args.no_layout:
        bench_layout([int(s) for s in args.layout_sizes.split(",") if s])
    print(f"(pages open on at most {CORE_LIMIT:,} entities)", file=sys.stderr)
    return 0


# ---- the query panel ----------------------------------------------------------------------------
REPO = Path(__file__).resolve().parents[1]
USASPENDING = REPO.parent / "shared" / "datasets" / "usaspending"
FIRST = """async (text) => { const t0 = performance.now();
  await window.graphkit.sparql(text); return performance.now() - t0; }"""
NAMED = """async (agency) => { const t0 = performance.now();
  await window.graphkit.sparqlNamed('suppliers', {agency: agency});
  return performance.now() - t0; }"""
ICE = "https://w3id.org/techgov/id/ice"


def sparql_graphs(work: Path) -> list[tuple[str, object]]:
    """(name, rdflib graph): empty, bundled, 5,000 synthetic entities, bundled + USAspending."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from synthetic import generate

    from graphkit.build.pipeline import build
    from graphkit.config import SourceSpec, load_config
    from graphkit.rdf.store import new_graph

    graphs = [("empty graph", new_graph())]
    config = load_config(REPO / "graphkit.toml")
    graphs.append(("bundled data", build(config).graph))
    project = generate(25_000, work / "synthetic")  # one entity per five facts
    graphs.append(("5,000 entities", build(load_config(project / "graphkit.toml")).graph))
    awards = USASPENDING / "Contracts_PrimeAwardSummaries_ICE_MN_dev.csv"
    if awards.is_file():
        extra = [SourceSpec("usaspending", awards)]
        graphs.append(("bundled + USAspending", build(config, extra_sources=extra).graph))
    else:
        print(f"skipping the USAspending page: {awards} not found", file=sys.stderr)
    return graphs


def measure_sparql(browser, path: Path, runs: int, has_ice: bool) -> dict:
    loads, firsts, named = [], [], []
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(path.resolve().as_uri())
        page.wait_for_selector("body[data-ready=true]", state="attached", timeout=300_000)
        loads.append(page.evaluate("performance.now()"))
        firsts.append(page.evaluate(FIRST, "SELECT ?s WHERE { ?s a tg:Company } LIMIT 10"))
        if has_ice:  # the synthetic graph has no ICE
            named.append(page.evaluate(NAMED, ICE))
        page.close()
    return {
        "ready": statistics.median(loads),
        "first": statistics.median(firsts),
        "named": statistics.median(named) if named else None,
    }


def sparql_main(args) -> int:
    from playwright.sync_api import sync_playwright

    from graphkit.network import to_network
    from graphkit.viz.sparql import sparql_addon

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        pages = []
        for name, graph in sparql_graphs(Path(tmp)):
            path = Path(tmp) / f"sparql-{len(pages)}.html"
            net = to_network(graph)
            path.write_text(render_html(net, addons=(sparql_addon(graph),)), encoding="utf-8")
            panel = path.stat().st_size - len(render_html(net).encode("utf-8"))
            pages.append((name, net.number_of_nodes(), len(graph), path, ICE in net, panel))
        browser = playwright.chromium.launch(executable_path=args.chromium, args=ARGS)
        base = measure_sparql(browser, pages[0][3], args.runs, False)
        base_size = pages[0][3].stat().st_size
        print(
            f"baseline (empty graph, same page): {base_size / 1e6:.2f} MB, first result "
            f"{base['first']:.0f} ms, ready {base['ready']:.0f} ms",
            file=sys.stderr,
        )
        print(
            "| graph | entities | triples | page size | of which the panel | size vs empty | "
            "ready vs empty | first result vs empty | suppliers of ICE vs empty first result |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for name, entities, triples, path, has_ice, panel in pages:
            result = measure_sparql(browser, path, args.runs, has_ice)
            size = path.stat().st_size
            print(
                f"| {name} | {entities:,} | {triples:,} | {size / 1e6:.2f} MB | "
                f"{panel / 1e6:.2f} MB | {size / base_size:.2f}× | "
                f"{_ratio(result['ready'], base['ready'])} | "
                f"{_ratio(result['first'], base['first'])} | "
                f"{_ratio(result['named'], base['first'])} |"
            )
            print(
                f"  {name}: ready {result['ready']:.0f} ms, first result {result['first']:.0f} ms"
                f", suppliers {result['named'] or 0:.0f} ms",
                file=sys.stderr,
            )
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
