"""Time `path`, `rank --by betweenness` and every export on synthetic 10k- and 100k-fact graphs.

    python bench/explain.py                      # 10,000 and 100,000 facts
    python bench/explain.py --sizes 2000 --json /tmp/explain-bench.json

For each size: write a synthetic project (bench/synthetic.py), build its graph in memory (the
build pipeline without SHACL validation, which is the build benchmark's business), save it as
N-Triples, then time

- baseline: loading that graph file with graphkit's loader (`store.load_graph`), which every
  command pays before it starts; each figure is also given as a ratio to it, so runs on
  different machines compare;
- the network projection (`network.to_network`), which every network command also pays;
- `path` between a hub and a remote entity (shortest paths, and `--all --max-hops 3`);
- `rank --by betweenness` (sampled above the exact-size threshold, as the command does);
- each export format, from the loaded graph and its projection.

Times are wall-clock seconds of one run each (the 100k graph takes minutes to set up; heavy
repetition is not worth it on a shared machine).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
import time
from pathlib import Path

# This checkout's graphkit, not an installed one: a copy of another commit measures that commit.
sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]

from synthetic import generate  # noqa: E402

from graphkit.config import load_config  # noqa: E402
from graphkit.explain.path import find_paths, undirected  # noqa: E402
from graphkit.explain.rank import rank  # noqa: E402
from graphkit.export.network import EXPORT_FORMATS, export  # noqa: E402
from graphkit.extractors import get_extractor  # noqa: E402
from graphkit.extractors.base import ExtractContext, files_under  # noqa: E402
from graphkit.network import to_network  # noqa: E402
from graphkit.rdf.quads import graph_quads  # noqa: E402
from graphkit.rdf.store import DEFAULT_STORE, load_graph  # noqa: E402
from graphkit.resolve.entities import resolve_fact  # noqa: E402
from graphkit.resolve.merge import merge  # noqa: E402
from graphkit.sources.catalog import load_catalog  # noqa: E402
from graphkit.sources.registry import load_registry  # noqa: E402


def build_graph_file(project: Path, target: Path) -> dict:
    """Extract, resolve, merge and write the project's graph as N-Triples (no validation)."""
    config = load_config(project / "graphkit.toml")
    context = ExtractContext(root=config.root)
    registry, _ = load_registry(config.entities, context.display)
    context.catalog, _ = load_catalog(config.documents, context.display)
    context.registry = registry
    facts = []
    for spec in config.sources:
        extractor = get_extractor(spec.kind)
        for file in files_under(spec.path, extractor.SUFFIXES):
            facts += [f for f in extractor.extract(file, context) if hasattr(f, "relation")]
    relationships, _ = merge([resolve_fact(f, registry) for f in facts])
    quads = graph_quads(registry, relationships)
    target.write_text("".join(quads.union()), encoding="utf-8")
    return {
        "facts": len(facts),
        "relationships": len(relationships),
        "triples": len(quads),
        "problems": len(context.problems),
    }


def timed(func, *args, **kwargs):
    start = time.perf_counter()
    result = func(*args, **kwargs)
    return result, time.perf_counter() - start


def endpoints(net) -> tuple[str, str]:
    """A hub company and the agency farthest from it (in hops) in the hub's component."""
    view = undirected(net)
    hub = max(sorted(view.nodes), key=lambda n: (net.nodes[n]["type"] == "Company", view.degree(n)))
    import networkx as nx  # noqa: PLC0415

    hops = nx.single_source_shortest_path_length(view, hub)
    agencies = sorted((d, n) for n, d in hops.items() if net.nodes[n]["type"] == "GovernmentAgency")
    return hub, agencies[-1][1]


def bench_size(n_facts: int, work: Path, store: str = DEFAULT_STORE) -> dict:
    project = generate(n_facts, work / f"synthetic-{n_facts}")
    graph_file = project / "output" / "graph.nt"
    graph_file.parent.mkdir(parents=True, exist_ok=True)
    counts, build_seconds = timed(build_graph_file, project, graph_file)
    gc.collect()
    graph, load_seconds = timed(load_graph, graph_file, store)
    net, project_seconds = timed(to_network, graph)
    source, target = endpoints(net)
    rows = {"network projection": project_seconds}
    shortest, rows["path (shortest)"] = timed(find_paths, net, source, target)
    _, rows["path --all --max-hops 3 (20 paths)"] = timed(
        find_paths, net, source, target, all_paths=True, max_hops=3
    )
    ranked, rows["rank --by betweenness"] = timed(rank, net, "betweenness")
    for fmt in EXPORT_FORMATS:
        files, rows[f"export {fmt}"] = timed(export, graph, fmt, net)
        counts[f"{fmt} bytes"] = sum(len(v) for v in files.values())
    counts.update(
        entities=net.number_of_nodes(),
        edges=net.number_of_edges(),
        shortest_hops=shortest["shortest_hops"],
        paths=len(shortest["paths"]),
        betweenness=ranked["approximate"] or "exact",
    )
    return {
        "facts": n_facts,
        "store": store,
        "counts": counts,
        "setup_build_seconds": round(build_seconds, 2),
        "baseline_load_seconds": round(load_seconds, 3),
        "timings": {
            k: {"seconds": round(v, 3), "x_load": round(v / load_seconds, 3)}
            for k, v in rows.items()
        },
    }


def report(results: list[dict]) -> str:
    sizes = [r["facts"] for r in results]
    head = "| operation | " + " | ".join(f"{n:,} facts: s (× load)" for n in sizes) + " |"
    lines = [head, "|---" * (len(sizes) + 1) + "|"]
    lines.append(
        "| baseline: load graph (N-Triples) | "
        + " | ".join(f"{r['baseline_load_seconds']:.2f} (1)" for r in results)
        + " |"
    )
    for name in results[0]["timings"]:
        cells = [
            f"{r['timings'][name]['seconds']:.2f} ({r['timings'][name]['x_load']:.2f})"
            for r in results
        ]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    for r in results:
        c = r["counts"]
        lines.append(
            f"\n{r['facts']:,} facts ({r['store']} store): {c['entities']:,} entities, "
            f"{c['edges']:,} edges "
            f"({c['relationships']:,} relationships), {c['triples']:,} triples; "
            f"setup build {r['setup_build_seconds']:.1f} s; shortest path "
            f"{c['shortest_hops']} hops ({c['paths']} paths); betweenness "
            f"{c['betweenness']}"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--work", type=Path, help="where to write the projects (default: temp)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument(
        "--store",
        choices=("oxigraph", "memory"),
        help="RDF store backend (default: graphkit's default)",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="graphkit-bench-") as tmp:
        work = args.work or Path(tmp)
        results = []
        for n in args.sizes:
            print(f"benchmarking {n:,} facts ...", file=sys.stderr, flush=True)
            results.append(bench_size(n, work, args.store or DEFAULT_STORE))
            gc.collect()
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(report(results), end="")


if __name__ == "__main__":
    main()
