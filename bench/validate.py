"""Validation benchmark: the store's checks against pySHACL and pyrudof, at given graph sizes.

For each size N it makes a graph of about N triples, then measures, each in a fresh process:

- pyoxigraph's raw bulk load of the graph's N-Triples (the baseline, as in bench/scale.py),
  timed again in each engine's process just before the engine runs,
- the store's checks (`graphkit.rdf.checks.validate_store`) on the loaded store (median of
  three, by ratio),
- `recheck`: the checks after a change of the store (`graphkit.rdf.check_focus.recheck`, with
  the memo of a full check): the status of RECHECK_CHANGED relationships changed and one
  relationship's citations removed, as a rebuild of one edited file changes it; the time
  covers finding the affected nodes, checking them and naming every violation (median of
  three, by ratio), and the row says how many nodes were checked again,
- pySHACL over the shapes and the ontology (what `graphkit validate --shacl` runs), with the
  time to parse the graph into rdflib apart,
- pyrudof's native SHACL engine (`pip install pyrudof`; left out when it is not installed),
  with its own parse apart.

The graph: a synthetic project (bench/synthetic.py) of about 100k triples built without
validation; a larger N repeats it under renamed identifiers (copy1/, copy2/ ...), so every
copy is a whole, valid graph with the synthetic skew. `--nquads FILE` takes a built graph.nq
instead (named graphs are merged: the checks see the union, as a build's store does).

`--parity` first runs the parity suite's broken graphs (tests/test_validation_parity.py)
through all three engines and counts the graphs where they disagree.

    python bench/validate.py --triples 100000                # a table
    python bench/validate.py --triples 100000 1000000 --json # one JSON object per size
    python bench/validate.py --parity --triples 100000
    python bench/validate.py --engines checks,recheck --triples 100000 1000000
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path[:0] = [str(REPO), str(BENCH), str(REPO / "tests")]

BASE_TRIPLES = 100_000
TRIPLES_PER_FACT = 20  # about, for the synthetic project (bench/synthetic.py)
ID_BASE = "<https://w3id.org/techgov/id/"


def make_graph(n_triples: int, work: Path, nquads: Path | None) -> Path:
    """An N-Triples file of about n_triples valid triples (see the module's note)."""
    import pyoxigraph as ox  # noqa: PLC0415

    out = work / f"graph-{n_triples}.nt"
    if out.exists():
        return out
    if nquads is not None:
        store = ox.Store()
        store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        store.bulk_extend(
            ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
            for q in store.quads_for_pattern(None, None, None, None)
        )
        store.dump(output=str(out), format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        return out
    base = _base_graph(min(n_triples, BASE_TRIPLES), work)
    lines = base.read_text(encoding="utf-8").splitlines(keepends=True)
    copies = max(1, round(n_triples / len(lines)))
    with out.open("w", encoding="utf-8") as sink:
        for copy in range(copies):
            prefix = ID_BASE if copy == 0 else f"{ID_BASE}copy{copy}/"
            sink.writelines(line.replace(ID_BASE, prefix) for line in lines)
    return out


def _base_graph(n_triples: int, work: Path) -> Path:
    import pyoxigraph as ox  # noqa: PLC0415
    import synthetic  # noqa: PLC0415

    from graphkit.build.pipeline import build  # noqa: PLC0415
    from graphkit.config import load_config  # noqa: PLC0415
    from graphkit.rdf.validation import graph_store  # noqa: PLC0415

    out = work / f"base-{n_triples}.nt"
    if not out.exists():
        project = synthetic.generate(max(100, n_triples // TRIPLES_PER_FACT), work / "project")
        result = build(load_config(project / "graphkit.toml"), validate=False)
        store = graph_store(result.graph)
        store.dump(output=str(out), format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return out


# ---- measurements, each run in a child process -------------------------------------------
# Each child first times pyoxigraph's raw load of the same file, so every engine's ratio is to
# a baseline taken moments before it, in the same process, on the same busy machine.


def _raw_load(path: Path):
    import pyoxigraph as ox  # noqa: PLC0415

    start = time.perf_counter()
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
    return store, time.perf_counter() - start


def child_checks(path: Path, repeats: int = 3) -> dict:
    from graphkit.rdf.checks import validate_store  # noqa: PLC0415

    runs = []
    for _ in range(repeats):
        store, raw = _raw_load(path)
        start = time.perf_counter()
        violations = validate_store(store)
        runs.append((time.perf_counter() - start, raw))
        del store
    seconds, raw = sorted(runs, key=lambda run: run[0] / run[1])[len(runs) // 2]
    return {"seconds": seconds, "raw_s": raw, "violations": len(violations)}


RECHECK_CHANGED = 100


def child_recheck(path: Path, repeats: int = 3) -> dict:
    import pyoxigraph as ox  # noqa: PLC0415

    from graphkit.rdf.check_focus import ChecksMemo, affected, recheck  # noqa: PLC0415
    from graphkit.rdf.checks import all_findings, validate_store  # noqa: PLC0415

    runs = []
    for _ in range(repeats):
        store, raw = _raw_load(path)
        memo = ChecksMemo.of(all_findings(store))
        added, removed = _change(store, ox)
        start = time.perf_counter()
        violations, _ = recheck(store, memo, added, removed)
        runs.append((time.perf_counter() - start, raw))
    if violations != validate_store(store):
        raise SystemExit("recheck disagrees with a full check")
    seconds, raw = sorted(runs, key=lambda run: run[0] / run[1])[len(runs) // 2]
    checked = len(affected(store, added, removed))
    return {"seconds": seconds, "raw_s": raw, "violations": len(violations), "checked": checked}


def _change(store, ox) -> tuple[list, list]:
    """Change the store as a rebuild of one file might, returning the triples added and removed:
    the status of some relationships changed, one relationship's citations removed."""
    tg = "https://w3id.org/techgov/ontology#"
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    default = ox.DefaultGraph()
    relationships = sorted(
        (
            q.subject
            for q in store.quads_for_pattern(
                None, rdf_type, ox.NamedNode(tg + "Relationship"), default
            )
        ),
        key=str,
    )[:RECHECK_CHANGED]
    status = ox.NamedNode(tg + "status")
    removed = [
        q.triple for r in relationships for q in store.quads_for_pattern(r, status, None, default)
    ]
    added = [ox.Triple(r, status, ox.Literal("alleged")) for r in relationships]
    citation = ox.NamedNode(tg + "citation")
    removed += [
        q.triple for q in store.quads_for_pattern(relationships[0], citation, None, default)
    ]
    for triple in removed:
        store.remove(ox.Quad(*triple, default))
    for triple in added:
        store.add(ox.Quad(*triple, default))
    return added, removed


def child_pyshacl(path: Path) -> dict:
    from rdflib import Graph  # noqa: PLC0415

    from graphkit.rdf.validation import shacl_findings  # noqa: PLC0415

    return _engine(path, lambda: Graph().parse(path, format="nt"), shacl_findings)


def child_pyrudof(path: Path) -> dict:
    return _engine(path, lambda: _rudof_session(path.read_text(encoding="utf-8")), _rudof_findings)


def _engine(path: Path, parse, findings_of) -> dict:
    """A SHACL engine's time on the graph at `path`: its own parse, then its validation, beside
    a raw load measured in the same process just before."""
    _, raw = _raw_load(path)
    start = time.perf_counter()
    parsed_graph = parse()
    parsed = time.perf_counter()
    findings = findings_of(parsed_graph)
    return {
        "seconds": time.perf_counter() - parsed,
        "raw_s": raw,
        "parse_s": parsed - start,
        "violations": len(findings),
    }


def _count(path: Path) -> int:
    with path.open("rb") as lines:
        return sum(1 for _ in lines)


def _rudof_session(ntriples: str):
    """A pyrudof session holding the data, the ontology (for subclasses) and the shapes."""
    from pyrudof import RDFFormat, Rudof, RudofConfig, ShaclFormat  # noqa: PLC0415

    from graphkit.vocab import ontology_dir  # noqa: PLC0415

    rudof = Rudof(RudofConfig())
    rudof.read_data(ntriples, format=RDFFormat.NTriples)
    rudof.read_data(str(ontology_dir() / "techgov.ttl"), format=RDFFormat.Turtle, merge=True)
    rudof.read_shacl(str(ontology_dir() / "shapes.ttl"), format=ShaclFormat.Turtle)
    return rudof


def _rudof_findings(rudof) -> set:
    """pyrudof's violations in the terms of graphkit's own findings."""
    from pyrudof import ShaclValidationMode  # noqa: PLC0415

    from graphkit.rdf.checks import Finding  # noqa: PLC0415
    from graphkit.rdf.constraints import node_path_text, short_name  # noqa: PLC0415

    report = rudof.validate_shacl(mode=ShaclValidationMode.Native)
    found = set()
    for entry in report.violations:
        focus = str(entry.focus_node)
        path = str(entry.path) if entry.path is not None else None
        found.add(
            Finding(
                focus=focus if focus.startswith(('"', "_:")) else f"<{focus}>",
                path=short_name(path) if path else node_path_text(str(entry.source_shape)),
                message=str(entry.message).strip('"'),
                severity=short_name(str(entry.severity)),
            )
        )
    return found


def parity() -> dict:
    """Broken graphs of the parity suite on which the engines disagree with pySHACL."""
    from rdflib import Graph  # noqa: PLC0415
    from test_validation_parity import (  # noqa: PLC0415
        DERIVED,
        EXTRA,
        GOLDEN,
        NAMED,
        _break_counts,
        _break_values,
        broken,
    )

    from graphkit.rdf.checks import store_findings  # noqa: PLC0415
    from graphkit.rdf.validation import graph_store, shacl_findings  # noqa: PLC0415

    base = Graph()
    base.parse(GOLDEN)
    base.parse(EXTRA)
    cases = {name: edit for name, edit in NAMED.items()}
    for name, (constraint, wrong) in DERIVED.items():
        cases[name] = (
            _break_counts(base, constraint)
            if wrong is None
            else _break_values(base, constraint, wrong)
        )
    cases["unbroken"] = lambda graph: None
    engines = {"checks": lambda graph: store_findings(graph_store(graph))}
    if _rudof_available():
        engines["pyrudof"] = lambda graph: _rudof_findings(
            _rudof_session(graph.serialize(format="nt"))
        )
    disagree = {name: [] for name in engines}
    other_nodes = {name: [] for name in engines}  # not even the same focus nodes and paths
    for case, edit in sorted(cases.items()):
        graph = broken(base, edit)
        reference = shacl_findings(graph)
        for name, engine in engines.items():
            found = engine(graph)
            if found != reference:
                disagree[name].append(case)
            if {(f.focus, f.path) for f in found} != {(f.focus, f.path) for f in reference}:
                other_nodes[name].append(case)
    return {"graphs": len(cases), "disagree": disagree, "other_nodes": other_nodes}


def _rudof_available() -> bool:
    try:
        import pyrudof  # noqa: F401, PLC0415
    except ImportError:
        return False
    return True


CHILDREN = {
    "checks": child_checks,
    "recheck": child_recheck,
    "pyshacl": child_pyshacl,
    "pyrudof": child_pyrudof,
}


def _child(kind: str, path: Path, limit: float) -> dict:
    """One measurement in a fresh interpreter; {"timeout": limit} when it takes longer."""
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--child", kind, str(path)],
            check=True,
            capture_output=True,
            text=True,
            timeout=limit,
        )
    except subprocess.TimeoutExpired:
        return {"timeout": limit}
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(n_triples: int, work: Path, engines: list[str], limit: float, nquads) -> dict:
    path = make_graph(n_triples, work, nquads)
    row = {"triples": _count(path)}
    for engine in engines:
        result = _child(engine, path, limit)
        print(f"{time.strftime('%H:%M:%S')} {n_triples} {engine}: {result}", file=sys.stderr)
        if "timeout" in result:
            row[f"{engine}_s"] = None
            row[f"{engine}_timeout_s"] = limit
            continue
        row[f"{engine}_s"] = round(result["seconds"], 3)
        row[f"{engine}_raw_load_s"] = round(result["raw_s"], 3)
        row[f"{engine}_vs_raw"] = round(result["seconds"] / result["raw_s"], 2)
        row[f"{engine}_violations"] = result["violations"]
        if "checked" in result:
            row[f"{engine}_nodes_checked"] = result["checked"]
        if "parse_s" in result:
            row[f"{engine}_parse_s"] = round(result["parse_s"], 2)
    return row


def report(row: dict, engines: list[str]) -> str:
    lines = [f"{row['triples']:,} triples (ratios to pyoxigraph's raw load in the same process)"]
    for engine in engines:
        seconds = row.get(f"{engine}_s")
        if seconds is None:
            lines.append(f"  {engine:<8} over {row[f'{engine}_timeout_s']:.0f} s")
            continue
        parse = row.get(f"{engine}_parse_s")
        extra = f" (+ {parse:.1f} s to parse)" if parse is not None else ""
        if f"{engine}_nodes_checked" in row:
            extra = f" ({row[f'{engine}_nodes_checked']} nodes checked again)"
        lines.append(
            f"  {engine:<8} {seconds:9.2f} s  {row[f'{engine}_vs_raw']:7.2f}x raw load"
            f" ({row[f'{engine}_raw_load_s']:.2f} s)"
            f"  {row[f'{engine}_violations']} violations{extra}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, nargs="+", default=[BASE_TRIPLES])
    parser.add_argument(
        "--engines",
        default="checks,recheck,pyshacl,pyrudof",
        help="comma-separated: checks, recheck, pyshacl, pyrudof (default: all four)",
    )
    parser.add_argument("--nquads", type=Path, help="a built graph.nq instead of synthetic data")
    parser.add_argument("--limit", type=float, default=1800, help="seconds per measurement")
    parser.add_argument("--work", type=Path, help="folder for the graphs (default: a temp dir)")
    parser.add_argument("--parity", action="store_true", help="compare the engines' answers")
    parser.add_argument("--json", action="store_true", help="print one JSON object per size")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, path = args.child
        print(json.dumps(CHILDREN[kind](Path(path))))
        return
    engines = [e for e in args.engines.split(",") if e != "pyrudof" or _rudof_available()]
    if args.parity:
        print(json.dumps({"parity": parity()}) if args.json else f"parity: {parity()}")
    with tempfile.TemporaryDirectory(prefix="graphkit-validate-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for n in args.triples:
            row = measure(n, work, engines, args.limit, args.nquads)
            print(json.dumps(row) if args.json else report(row, engines), flush=True)


if __name__ == "__main__":
    main()
