"""Time `graphkit build` and three named queries on synthetic projects of N facts.

Every figure is printed beside a baseline measured in the same run on the same machine:
rdflib parsing the N-Triples of the produced graph (the cost of merely reading that graph).

    python bench/build.py                 # 10k and 100k facts
    python bench/build.py --facts 10000   # one size
    python bench/build.py --json          # one JSON object per size

Each size runs in a fresh process, so peak memory (max RSS) belongs to that size alone.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUERIES = {
    "suppliers": {"agency": None},  # filled with the agency that has most suppliers
    "connections": {"entity": None},
    "single-source": {},
}


def _timed(func, *args, **kwargs):
    start = time.perf_counter()
    value = func(*args, **kwargs)
    return value, time.perf_counter() - start


def built(build_mod, *args, **kwargs):
    """build() and what it leaves running on the store's thread: the load and the checks."""
    result = build_mod.build(*args, **kwargs)
    result.built.store  # noqa: B018 - waits for the load
    result.violations  # noqa: B018 - and for the checks
    return result


def measure(n_facts: int, repeats: int = 3) -> dict:
    """Build once with stage timings, then query; all in this process."""
    # This checkout's graphkit, not an installed one: a copy of another commit measures that one.
    sys.path[:0] = [str(HERE.parent), str(HERE)]
    from synthetic import generate  # noqa: PLC0415

    from graphkit.build import outputs as outputs_mod  # noqa: PLC0415
    from graphkit.build import pipeline as build_mod  # noqa: PLC0415
    from graphkit.config import load_config  # noqa: PLC0415
    from graphkit.query.named import bind_params, get_query, run, to_table  # noqa: PLC0415
    from graphkit.rdf.store import load_graph, new_graph  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as tmp:
        project = generate(n_facts, Path(tmp) / "project")
        out = Path(tmp) / "out"
        stages: dict[str, float] = {}
        checks = build_mod._checks

        def timed_checks(*args):
            result, seconds = _timed(checks, *args)
            stages["validate_s"] = seconds
            return result

        build_mod._checks = timed_checks
        try:
            result, build_s = _timed(built, build_mod, load_config(project / "graphkit.toml"))
        finally:
            build_mod._checks = checks
        _, write_s = _timed(outputs_mod.write_outputs, result, out)
        if not result.ok:
            raise SystemExit(
                f"synthetic build not clean: {result.problems[:3]} {result.violations[:3]}"
            )

        nt = Path(tmp) / "graph.nt"
        result.built.write_ntriples(nt)
        parses = []
        for _ in range(repeats):
            graph = new_graph()
            _, seconds = _timed(graph.parse, nt, format="nt")
            parses.append(seconds)
        baseline = statistics.median(parses)

        graph, load_s = _timed(load_graph, out / "graph.ttl")
        hub_agency = _hub(graph, "supplies")
        hub_any = _hub(graph, None)
        queries = {}
        for name in QUERIES:
            query = get_query(name)
            given = {
                p.name: (hub_agency if p.name == "agency" else hub_any)
                for p in query.params
                if not p.optional
            }
            bindings = bind_params(graph, query, given)
            times = []
            for _ in range(repeats):
                table, seconds = _timed(
                    lambda q=query, b=bindings: to_table(run(graph, q.text, b), q.lists)
                )
                times.append(seconds)
            queries[name] = {"median_s": statistics.median(times), "rows": len(table.rows)}

    return {
        "facts": n_facts,
        "relationships": result.report["counts"]["relationships"],
        "triples": result.report["counts"]["triples"],
        "baseline_parse_nt_s": baseline,
        "build_s": build_s,
        "validate_s": stages.get("validate_s"),
        "write_outputs_s": write_s,
        "load_ttl_s": load_s,
        "queries": queries,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _hub(graph, relation: str | None) -> str:
    """The id of the entity with most relationships (as object of `relation` if given)."""
    from collections import Counter  # noqa: PLC0415

    from graphkit.vocab import ENT, TG  # noqa: PLC0415

    counts: Counter = Counter()
    for rel in graph.subjects(TG.relation, TG[relation] if relation else None):
        counts[graph.value(rel, TG.object)] += 1
        if relation is None:
            counts[graph.value(rel, TG.subject)] += 1
    return str(counts.most_common(1)[0][0])[len(str(ENT)) :]


def report(row: dict) -> str:
    base = row["baseline_parse_nt_s"]

    def line(label: str, seconds: float, extra: str = "") -> str:
        return f"  {label:<42} {seconds:8.3f} s  {seconds / base:6.2f}x{extra}"

    lines = [
        f"{row['facts']:,} facts -> {row['relationships']:,} relationships, "
        f"{row['triples']:,} triples; peak {row['peak_mb']:.0f} MB",
        line("baseline: rdflib parses the N-Triples", base),
        line("graphkit build (extract .. validate)", row["build_s"]),
        line("  of which SHACL validation", row["validate_s"]),
        line("write outputs (ttl, nq, jsonld, html, json)", row["write_outputs_s"]),
        line("load graph.ttl for a query", row["load_ttl_s"]),
    ]
    for name, q in row["queries"].items():
        lines.append(line(f"query {name}", q["median_s"], f"  ({q['rows']} rows)"))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--facts", type=int, action="append", help="size(s); default 10000 and 100000"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object per size")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = args.facts or [10_000, 100_000]
    if args.child:
        print(json.dumps(measure(sizes[0])))
        return
    for n in sizes:
        proc = subprocess.run(
            [sys.executable, __file__, "--child", "--facts", str(n)],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            raise SystemExit(proc.stderr)
        row = json.loads(proc.stdout.strip().splitlines()[-1])
        print(json.dumps(row) if args.json else report(row), flush=True)


if __name__ == "__main__":
    main()
