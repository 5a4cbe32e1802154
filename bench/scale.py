"""Scale benchmark: build, incremental rebuild, named queries and pushes at a given graph size.

For N triples it writes a synthetic project (bench/synthetic.py) of about N triples spread over
1,000 facts files, then measures, each in a fresh process:

- a full `graphkit build` (all cores, empty cache): time and peak memory (largest process),
- pyoxigraph's raw bulk load of the N-Quads that build wrote (the baseline),
- the store alone as the build lays it out: the union and each source's named graph loaded into
  an on-disk Oxigraph store by the build's own loader and compacted, nothing else running (the
  least any build that writes that store can take),
- the floor under any build of this project, in CPU seconds, each part alone: parsing every facts
  file (PyYAML's C loader, without the line numbers the build keeps), the store alone (above,
  and the named graphs alone on disk: what a store querying their union would keep), and
  Oxigraph's own Turtle and JSON-LD writers on the union; divided by the cores, as a ratio to
  the raw load (`floor_vs_raw`): the least a build that parses the files, keeps the store and
  writes the text could take with both cores busy all along, before resolving, checking or
  drawing anything,
- a rebuild after changing one of the files (warm cache),
- every named query on the built on-disk store (median of 5 runs, in milliseconds), and its
  floor: its rows times the engine's least cost of a row on that store (one stored property of
  every relationship, serialised by Oxigraph itself), what no wording of the query can beat,
- the same queries on an entity of the long tail (`query_ms_tail`): a query that walks the
  whole graph for every answer costs little more on a hub than its own rows do, and shows here,
- with --servers: push time to a real Oxigraph server and Virtuoso, and the named queries there.

    python bench/scale.py --triples 100000            # a table, with ratios to the baselines
    python bench/scale.py --triples 1000000 --json    # one JSON object (the embedded store)

The JSON object: {"triples", "build_s", "raw_load_s", "peak_mb", "rebuild_one_change_s",
"query_ms": {name: median}} plus a few extra keys (files, facts, jobs, write_s, ...).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path[:0] = [str(REPO), str(BENCH), str(REPO / "tests")]

import synthetic  # noqa: E402

FILES = 1000
CORES = os.cpu_count() or 1  # the floor's work spread over all of them
FLOOR_PARTS = ("yaml", "store", "turtle_jsonld")  # floor_vs_raw's (store_named_only: aside)
TARGETS = {"build_vs_raw": 5.0, "query_ms": 50.0, "rebuild_share": 0.20, "peak_mb": 1536}
# Parameters for the named queries: the synthetic graph's hubs (most facts; see synthetic.py).
# Optional ones too, so each query is timed on a hub; single-source has none (whole graph).
PARAMS = {
    "agency": "agency-000000",
    "company": "company-000000",
    "entity": "company-000000",
    "target": "company-000000",
    "user": "agency-000000",
}
# The long tail's entity of each kind: a quarter of the way down the registry's list of that
# kind, which gathers tens of facts where the hub gathers thousands (the skew in synthetic.py).
TAIL_POSITION = 0.25


def tail_params(project: Path) -> dict[str, str]:
    """PARAMS with each hub replaced by the entity of the same kind at TAIL_POSITION."""
    ids: dict[str, list[str]] = {}
    for line in (project / "data" / "entities.yaml").read_text(encoding="utf-8").splitlines():
        if line.startswith("- id: "):
            entity_id = line.removeprefix("- id: ")
            ids.setdefault(entity_id.rsplit("-", 1)[0], []).append(entity_id)

    def tail(hub: str) -> str:
        kind = ids[hub.rsplit("-", 1)[0]]
        return kind[int(len(kind) * TAIL_POSITION)]

    return {name: tail(hub) for name, hub in PARAMS.items()}


def _cpu_s(who: int = resource.RUSAGE_SELF) -> float:
    used = resource.getrusage(who)
    return used.ru_utime + used.ru_stime


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def child_build(project: Path, out: Path, jobs: int, validate: bool = True) -> dict:
    """In this process: build and write, as `graphkit build` does; times and peak memory."""
    from graphkit.build.outputs import write_outputs  # noqa: PLC0415
    from graphkit.build.pipeline import build  # noqa: PLC0415
    from graphkit.collector import one_command_process  # noqa: PLC0415
    from graphkit.config import load_config  # noqa: PLC0415

    one_command_process()  # this child runs one build and ends, as `graphkit build` does
    config = load_config(project / "graphkit.toml")
    cpu = _cpu_s() + _cpu_s(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = build(config, jobs=jobs, cache_dir=out / ".cache", validate=validate, out=out)
    built = time.perf_counter()
    write_outputs(result, out)
    done = time.perf_counter()
    return {
        "seconds": done - start,
        "write_s": done - built,
        # Every process of the build (its children are done when it returns).
        "cpu_s": _cpu_s() + _cpu_s(resource.RUSAGE_CHILDREN) - cpu,
        "peak_mb": _peak_mb(),
        "triples": result.report["counts"]["triples"],
        "violations": len(result.violations),
    }


def child_raw_load(nquads: Path) -> dict:
    import pyoxigraph as ox  # noqa: PLC0415

    start = time.perf_counter()
    store = ox.Store()
    store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "quads": len(store), "peak_mb": _peak_mb()}


def child_store_load(built_store: Path, nquads: Path) -> dict:
    """The build's store made again from its own text, timed: the union (as the build writes it,
    sorted N-Triples) then the named graphs, loaded by `load_in_pieces` and compacted."""
    import pyoxigraph as ox  # noqa: PLC0415

    from graphkit.rdf.store import load_in_pieces  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="graphkit-store-floor-") as tmp:
        union = Path(tmp) / "union.nt"
        built = ox.Store.read_only(str(built_store))
        lines = sorted(
            ox.serialize(
                built.quads_for_pattern(None, None, None, ox.DefaultGraph()),
                format=ox.RdfFormat.N_TRIPLES,
            ).splitlines(keepends=True)
        )
        union.write_bytes(b"".join(lines))
        del built, lines
        cpu, start = _cpu_s(), time.perf_counter()
        store = ox.Store(str(Path(tmp) / "store"))
        load_in_pieces(store, union, ox.RdfFormat.N_TRIPLES)
        load_in_pieces(store, nquads, ox.RdfFormat.N_QUADS)
        store.optimize()
        seconds, cpu_s = time.perf_counter() - start, _cpu_s() - cpu
        quads = len(store)
        del store
        # The named graphs alone, in one call of the bulk loader, not compacted: the least an
        # on-disk store of the build's quads takes (one whose queries read their union).
        cpu, start = _cpu_s(), time.perf_counter()
        named = ox.Store(str(Path(tmp) / "named"))
        named.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS, lenient=True)
        named.flush()
        named_s, named_cpu_s = time.perf_counter() - start, _cpu_s() - cpu
    return {
        "seconds": seconds,
        "cpu_s": cpu_s,
        "quads": quads,
        "named_only_s": named_s,
        "named_only_cpu_s": named_cpu_s,
    }


def child_floor(project: Path, built_store: Path) -> dict:
    """CPU seconds, in this process, of two things every build of `project` does: parsing its
    facts files (PyYAML's C loader: no line numbers, no checks) and writing the union as Turtle
    and JSON-LD (Oxigraph's own writers, from a store in memory, to memory)."""
    import pyoxigraph as ox  # noqa: PLC0415
    import yaml  # noqa: PLC0415

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    files = sorted((project / "data" / "facts").glob("*.yaml"))
    cpu = _cpu_s()
    facts = sum(len(yaml.load(path.read_bytes(), Loader=loader) or ()) for path in files)
    yaml_cpu_s = _cpu_s() - cpu
    union = ox.Store()
    built = ox.Store.read_only(str(built_store))
    union.bulk_extend(built.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    del built
    cpu = _cpu_s()
    text = 0
    for fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.JSON_LD):
        text += len(union.dump(format=fmt, from_graph=ox.DefaultGraph()))
    return {
        "yaml_cpu_s": yaml_cpu_s,
        "text_cpu_s": _cpu_s() - cpu,
        "facts": facts,
        "text_bytes": text,
    }


def child_queries(
    store_dir: Path, in_memory: bool = False, repeats: int = 5, params: dict | None = None
) -> dict:
    """Each named query as `graphkit query NAME --format csv` answers it, minus starting Python:
    parameters found, the query run on the store and every row written (to nowhere).
    `in_memory`: on a copy of the store's default graph in an in-memory Oxigraph store, which
    no command uses: what the same engine takes without reading RocksDB. `params`: the
    entities to ask about (PARAMS, the hubs, by default)."""
    import pyoxigraph as ox  # noqa: PLC0415

    from graphkit.query.named import bind_params, named_queries  # noqa: PLC0415
    from graphkit.query.native import execute, load_store  # noqa: PLC0415
    from graphkit.query.stream import write_rows  # noqa: PLC0415

    store = load_store(store_dir)
    if in_memory:
        copy = ox.Store()
        copy.bulk_extend(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        store = copy
    timings = {}
    for name, query in named_queries().items():
        chosen = params or PARAMS
        given = {p.name: chosen[p.name] for p in query.params if p.name in chosen}
        if params and not given:
            continue  # the same text as on the hubs: timed there
        runs = []
        rows = 0
        for _ in range(repeats):
            start = time.perf_counter()
            answer = execute(store, query.text, bind_params(store, query, given))
            counted = [0]

            def counting(solutions, counted=counted):
                for row in solutions:
                    counted[0] += 1
                    yield row

            columns, solutions = answer.solutions.columns, answer.solutions.rows
            for _chunk in write_rows(columns, counting(solutions), "csv", lists=query.lists):
                pass
            runs.append((time.perf_counter() - start) * 1000)
            rows = counted[0]
        timings[name] = {"ms": round(statistics.median(runs), 2), "rows": rows}
    timings[FLOOR_KEY] = {"us_per_row": round(row_floor_us(store, repeats), 3)}
    return timings


FLOOR_KEY = "$floor"  # among child_queries' answers: not a named query
# One stored property of every relationship, written out by Oxigraph itself (no Python object
# per row): the cheapest way to have rows from the store at all.
FLOOR_QUERY = (
    "SELECT ?rel ?n WHERE { ?rel <https://w3id.org/techgov/ontology#independentSources> ?n }"
)


def row_floor_us(store, repeats: int) -> float:
    """The engine's least cost of a row, in microseconds: every row of a named query holds at
    least one value read from the store, and no query gives rows faster than one pattern read
    in index order and serialised natively. Measured as a margin (every row against the first
    half of them), so what any query pays once, parsing and planning, is left out: a query
    answering N rows takes at least N times this, whatever its text."""
    import pyoxigraph as ox  # noqa: PLC0415

    rows = sum(1 for _ in store.query(FLOOR_QUERY))
    half = rows // 2

    def seconds(text: str) -> float:
        runs = []
        for _ in range(repeats):
            start = time.perf_counter()
            store.query(text).serialize(format=ox.QueryResultsFormat.CSV)
            runs.append(time.perf_counter() - start)
        return statistics.median(runs)

    if rows - half < 1:
        return 0.0
    margin = seconds(FLOOR_QUERY) - seconds(f"{FLOOR_QUERY} LIMIT {half}")
    return max(margin, 0.0) * 1e6 / (rows - half)


def _child(*args: str) -> dict:
    """Run one measurement in a fresh interpreter; its JSON answer."""
    began = time.strftime("%H:%M:%S")
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args], check=True, capture_output=True, text=True
    )
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    # Each figure as soon as it is known, for long runs that may be stopped.
    print(f"{began} {args[0]}: {json.dumps(answer)}", file=sys.stderr, flush=True)
    return answer


def triples_per_fact(work: Path) -> float:
    """Calibrate: build 2,000 synthetic facts and count the triples."""
    project = synthetic.generate(2000, work / "calibrate")
    out = work / "calibrate-out"
    result = _child("build", str(project), str(out), "1")
    return result["triples"] / 2000


def make_project(n_triples: int, work: Path) -> tuple[Path, int]:
    facts = max(FILES, round(n_triples / triples_per_fact(work)))
    synthetic.FACTS_PER_FILE = max(1, -(-facts // FILES))  # ceil: about 1,000 files
    return synthetic.generate(facts, work / "project"), facts


def remote_figures(out: Path, work: Path) -> dict:
    """Push to real servers and time the named queries there (needs oxigraph, virtuoso-t)."""
    from servers import (  # noqa: PLC0415
        checkpoint,
        oxigraph_binary,
        start_oxigraph,
        start_virtuoso,
        virtuoso_binary,
    )

    from graphkit.query.named import bind_params, bind_values, named_queries  # noqa: PLC0415
    from graphkit.rdf.remote import Server, push, remote_names, remote_query  # noqa: PLC0415
    from graphkit.rdf.store import open_store  # noqa: PLC0415

    data = open_store(out / "store").serialize(format="nt", encoding="utf-8")
    figures = {}
    starters = [
        ("oxigraph", oxigraph_binary, start_oxigraph),
        ("virtuoso", virtuoso_binary, start_virtuoso),
    ]
    for name, binary, start in starters:
        if binary() is None:
            figures[name] = {"skipped": "not installed"}
            continue
        server = start(work / name)
        try:
            began = time.perf_counter()
            push(
                data,
                Server(server.store_url, server.user, server.password),
                "https://example.org/bench",
            )
            if name == "virtuoso":
                checkpoint(server)
            push_s = time.perf_counter() - began
            remote = Server(server.query_url)
            names = remote_names(remote)
            timings = {}
            for qname, query in named_queries().items():
                given = {p.name: PARAMS[p.name] for p in query.params if p.name in PARAMS}
                text = bind_values(query.text, bind_params(names, query, given))
                runs = []
                for _ in range(3):
                    began = time.perf_counter()
                    list(remote_query(remote, text))
                    runs.append((time.perf_counter() - began) * 1000)
                timings[qname] = round(statistics.median(runs), 1)
            figures[name] = {"push_s": round(push_s, 2), "query_ms": timings}
        finally:
            server.stop()
    return figures


def edit_one_fact(path: Path) -> None:
    """An edit a user makes: one citation's locator changed, so one source's graph and the
    union change (a comment alone would leave the graph as it was)."""
    text = path.read_text(encoding="utf-8")
    match = re.search(r"locator: paragraph (\d+)", text)
    edited = f"locator: paragraph {int(match.group(1)) + 100}"
    path.write_text(text[: match.start()] + edited + text[match.end() :], encoding="utf-8")


def measure(
    n_triples: int, jobs: int, servers: bool, validate: bool = True, memory_queries: bool = False
) -> dict:
    with tempfile.TemporaryDirectory(prefix="graphkit-scale-") as tmp:
        work = Path(tmp)
        project, facts = make_project(n_triples, work)
        out = work / "out"
        checks = "1" if validate else "0"
        full = _child("build", str(project), str(out), str(jobs), checks)
        raw = _child("raw", str(out / "graph.nq"))
        store_floor = _child("store", str(out / "store"), str(out / "graph.nq"))
        floor = _child("floor", str(project), str(out / "store"))
        first = sorted((project / "data" / "facts").glob("*.yaml"))[0]
        edit_one_fact(first)
        again = _child("build", str(project), str(out), str(jobs), checks)
        queries = _child("queries", str(out / "store"))
        row_floor = queries.pop(FLOOR_KEY)["us_per_row"]
        tail = tail_params(project)
        on_tail = _child("queries", str(out / "store"), f"params={json.dumps(tail)}")
        on_tail.pop(FLOOR_KEY)
        in_memory = _child("queries", str(out / "store"), "memory") if memory_queries else {}
        in_memory.pop(FLOOR_KEY, None)
        row = {
            "triples": full["triples"],
            "build_s": round(full["seconds"], 2),
            "raw_load_s": round(raw["seconds"], 2),
            "store_load_s": round(store_floor["seconds"], 2),
            "build_cpu_s": round(full["cpu_s"], 2),
            "floor_cpu_s": {
                "yaml": round(floor["yaml_cpu_s"], 2),
                "store": round(store_floor["cpu_s"], 2),
                "store_named_only": round(store_floor["named_only_cpu_s"], 2),
                "turtle_jsonld": round(floor["text_cpu_s"], 2),
            },
            "floor_vs_raw": round(
                (floor["yaml_cpu_s"] + store_floor["cpu_s"] + floor["text_cpu_s"])
                / CORES
                / raw["seconds"],
                2,
            ),
            "peak_mb": round(full["peak_mb"]),
            "rebuild_one_change_s": round(again["seconds"], 2),
            "query_ms": {name: q["ms"] for name, q in queries.items()},
            "query_rows": {name: q["rows"] for name, q in queries.items()},
            "query_floor_us_per_row": row_floor,
            "query_floor_ms": {
                name: round(q["rows"] * row_floor / 1000, 2) for name, q in queries.items()
            },
            "query_ms_in_memory": {name: q["ms"] for name, q in in_memory.items()},
            "query_ms_tail": {name: q["ms"] for name, q in on_tail.items()},
            "query_rows_tail": {name: q["rows"] for name, q in on_tail.items()},
            "tail_params": tail,
            "write_s": round(full["write_s"], 2),
            "rebuild_write_s": round(again["write_s"], 2),
            "raw_load_peak_mb": round(raw["peak_mb"]),
            "facts": facts,
            "files": len(list((project / "data" / "facts").glob("*.yaml"))),
            "jobs": jobs,
            "violations": full["violations"],
            "validated": validate,
        }
        if servers:
            row["servers"] = remote_figures(out, work)
        return row


def report(row: dict) -> str:
    ratio = row["build_s"] / row["raw_load_s"]
    share = row["rebuild_one_change_s"] / row["build_s"]
    worst = max(row["query_ms"].values())
    floor = row["floor_cpu_s"]

    def verdict(ok: bool) -> str:
        return "meets target" if ok else "MISSES target"

    lines = [
        f"{row['triples']:,} triples from {row['facts']:,} facts in {row['files']} files, "
        f"{row['jobs']} jobs",
        f"  full build        {row['build_s']:8.2f} s  (writing outputs {row['write_s']:.2f} s)",
        f"  raw bulk load     {row['raw_load_s']:8.2f} s  pyoxigraph, the baseline",
        f"    build / raw     {ratio:8.1f} x  target <= {TARGETS['build_vs_raw']:.0f} x: "
        f"{verdict(ratio <= TARGETS['build_vs_raw'])}",
        f"  the store alone   {row['store_load_s']:8.2f} s  = "
        f"{row['store_load_s'] / row['raw_load_s']:.1f} x raw: union and named graphs on disk, "
        "compacted",
        f"  the floor         {row['floor_vs_raw']:8.1f} x raw: parsing the files, the store and "
        f"Turtle and JSON-LD, {sum(floor[k] for k in FLOOR_PARTS):.1f} CPU-s on {CORES} cores "
        f"(the build: {row['build_cpu_s']:.1f} CPU-s)",
        f"  peak memory       {row['peak_mb']:8d} MB target <= {TARGETS['peak_mb']} MB: "
        f"{verdict(row['peak_mb'] <= TARGETS['peak_mb'])}",
        f"  rebuild, 1 change {row['rebuild_one_change_s']:8.2f} s  = {share:.0%} of the full "
        f"build; target <= {TARGETS['rebuild_share']:.0%}: "
        f"{verdict(share <= TARGETS['rebuild_share'])}",
        f"  named queries on the embedded store (median ms; target <= 50: "
        f"{verdict(worst <= TARGETS['query_ms'])})",
    ]
    memory = row.get("query_ms_in_memory") or {}
    floors = row["query_floor_ms"]
    for name, ms in row["query_ms"].items():
        copy = f"  ({memory[name]:.2f} ms in memory)" if name in memory else ""
        lines.append(
            f"    {name:18s} {ms:9.2f} ms  {row['query_rows'][name]} rows, floor "
            f"{floors[name]:.1f} ms{copy}"
        )
    tail = row.get("query_ms_tail") or {}
    if tail:
        lines.append(
            "  the same on the long tail's entities ("
            + ", ".join(sorted(set(row["tail_params"].values())))
            + ")"
        )
        for name, ms in tail.items():
            lines.append(f"    {name:18s} {ms:9.2f} ms  {row['query_rows_tail'][name]} rows")
    beyond = [name for name, ms in floors.items() if ms > TARGETS["query_ms"]]
    lines.append(
        f"    the engine's floor: {row['query_floor_us_per_row']:.2f} us a row (one stored "
        f"property, serialised by Oxigraph); above the target by their rows alone: "
        f"{', '.join(beyond) or 'none'}"
    )
    for server, figures in row.get("servers", {}).items():
        if "skipped" in figures:
            lines.append(f"  {server}: skipped ({figures['skipped']})")
            continue
        lines.append(f"  {server}: push {figures['push_s']:.2f} s; named queries (median ms)")
        for name, ms in figures["query_ms"].items():
            lines.append(f"    {name:18s} {ms:9.1f} ms")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=100_000, help="graph size (default 100k)")
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="extraction processes (default: the number of cores)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--servers", action="store_true", help="also push to and query Oxigraph server and Virtuoso"
    )
    parser.add_argument(
        "--no-validate",
        action="store_true",
        help="build without the shape checks (build(..., validate=False)), to see their share",
    )
    parser.add_argument(
        "--memory-queries",
        action="store_true",
        help="also time the named queries on an in-memory copy of the store (the engine "
        "without RocksDB; no command reads such a copy)",
    )
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "build":
            validate = rest[3:] != ["0"]
            answer = child_build(Path(rest[0]), Path(rest[1]), int(rest[2]), validate)
        elif kind == "raw":
            answer = child_raw_load(Path(rest[0]))
        elif kind == "store":
            answer = child_store_load(Path(rest[0]), Path(rest[1]))
        elif kind == "floor":
            answer = child_floor(Path(rest[0]), Path(rest[1]))
        else:
            given = [arg.removeprefix("params=") for arg in rest[1:] if arg.startswith("params=")]
            answer = child_queries(
                Path(rest[0]),
                in_memory="memory" in rest[1:],
                params=json.loads(given[0]) if given else None,
            )
        print(json.dumps(answer))
        return
    row = measure(
        args.triples,
        args.jobs,
        args.servers,
        validate=not args.no_validate,
        memory_queries=args.memory_queries,
    )
    if args.json:
        print(
            json.dumps(
                {
                    k: row[k]
                    for k in (
                        "triples",
                        "build_s",
                        "raw_load_s",
                        "peak_mb",
                        "rebuild_one_change_s",
                        "query_ms",
                    )
                }
                | {k: v for k, v in row.items() if k not in ("query_rows", "query_rows_tail")}
            )
        )
    else:
        print(report(row))


if __name__ == "__main__":
    main()
