"""Time record imports: each real file in ../shared/datasets and a synthetic USAspending file.

For every input it prints the full build (extract, resolve, merge, RDF, SHACL validation) with
its stages, beside a baseline measured in the same run: rdflib parsing the N-Triples of the
produced graph. The synthetic 100k-row prime award file is timed through extraction,
resolution and merging (the importer itself), beside the csv module merely reading it;
building and validating the ~6M triples it would make does not fit this machine, so the full
build of the synthetic layout runs at 1k rows.

    python bench/records.py                  # everything
    python bench/records.py --rows 100000    # synthetic size for the importer timing
    python bench/records.py --json
    python bench/records.py --only ICE_MN    # one input (a file name part, or "synthetic")

Figures are for the machine they run on; compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATASETS = REPO.parent / "shared" / "datasets"
FIXTURE = REPO / "tests" / "fixtures" / "records" / "prime_awards.csv"
MINI = REPO / "tests" / "fixtures" / "mini" / "graphkit.toml"
REAL = [
    ("usaspending", DATASETS / "usaspending" / "Contracts_PrimeAwardSummaries_ICE_MN_dev.csv"),
    ("usaspending", DATASETS / "usaspending" / "Contracts_PrimeAwardSummaries_UMN.csv"),
    ("usaspending", DATASETS / "usaspending" / "Contracts_Subawards_ICE_dev.csv"),
    ("atlas", DATASETS / "eff-atlas" / "atlas-of-surveillance.FIRST13ROWS.csv"),
    ("atlas", DATASETS / "eff-atlas" / "scholars_unders_surveillance_dataset_03-03-2021.csv"),
    ("mapping", REPO / "examples" / "torn-apart-freezer.yaml"),
    ("mapping", REPO / "examples" / "surveillance-radar-awards.yaml"),
    ("mapping", REPO / "examples" / "eff-alpr-vigilant.yaml"),
]


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


def synthetic_prime_awards(rows: int, path: Path, seed: int = 0) -> Path:
    """A Prime Award Summaries file in the real 286-column layout, every value made up."""
    columns = next(csv.reader(FIXTURE.open(encoding="utf-8")))
    rng = random.Random(seed)
    parents = [(f"SYNTHETIC PARENT {i} INC", f"SYNP{i:08d}") for i in range(300)]
    recipients = [
        (f"SYNTHETIC VENDOR {i} LLC", f"SYNR{i:08d}", parents[rng.randrange(300)])
        for i in range(3000)
    ]
    offices = [f"SYNTHETIC OFFICE {i}" for i in range(25)]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, lineterminator="\n")
        writer.writeheader()
        for n in range(rows):
            name, uei, (parent, parent_uei) = recipients[min(int(rng.paretovariate(1.2)) - 1, 2999)]
            key = f"CONT_AWD_SYN{n:09d}_7012_-NONE-_-NONE-"
            year, month, day = rng.randrange(2003, 2025), rng.randrange(1, 13), rng.randrange(1, 29)
            obligated = f"{rng.randrange(0, 5_000_000_00) / 100:.2f}"
            writer.writerow(
                {
                    "contract_award_unique_key": key,
                    "award_id_piid": f"SYN{n:09d}",
                    "total_obligated_amount": obligated,
                    "potential_total_value_of_award": obligated if n % 3 else "",
                    "award_base_action_date": f"{year}-{month:02d}-{day:02d}",
                    "period_of_performance_start_date": f"{year}-{month:02d}-{day:02d}",
                    "awarding_agency_name": "Department of Homeland Security",
                    "awarding_sub_agency_name": "U.S. Immigration and Customs Enforcement",
                    "awarding_office_name": offices[n % 25],
                    "recipient_name": name,
                    "recipient_uei": uei,
                    "recipient_parent_name": parent,
                    "recipient_parent_uei": parent_uei,
                    "naics_code": "519190",
                    "prime_award_base_transaction_description": "SYNTHETIC BENCHMARK ROW",
                    "usaspending_permalink": f"https://www.usaspending.gov/award/{key}/",
                }
            )
    return path


def full_build(kind: str, path: Path, repeats: int = 3) -> dict:
    """One build of the mini project plus this source, with stages and the rdflib baseline."""
    from graphkit.build import pipeline as build_mod
    from graphkit.config import SourceSpec, load_config
    from graphkit.rdf.store import new_graph

    stages: dict[str, float] = {}
    checks = build_mod._checks

    def timed_checks(*args):
        result, stages["validate_s"] = _timed(checks, *args)
        return result

    build_mod._checks = timed_checks
    try:
        result, build_s = _timed(
            built, build_mod, load_config(MINI), extra_sources=[SourceSpec(kind, path)]
        )
    finally:
        build_mod._checks = checks
    with tempfile.TemporaryDirectory() as tmp:
        nt = Path(tmp) / "graph.nt"
        result.built.write_ntriples(nt)
        parses = []
        for _ in range(repeats):
            _, seconds = _timed(new_graph().parse, nt, format="nt")
            parses.append(seconds)
    baseline = statistics.median(parses)
    return {
        "input": path.name,
        "kind": kind,
        "triples": result.report["counts"]["triples"],
        "relationships": len(result.relationships),
        "skipped": len(result.problems),
        "build_s": round(build_s, 2),
        "validate_s": round(stages["validate_s"], 2),
        "without_validation_s": round(build_s - stages["validate_s"], 2),
        "baseline_parse_nt_s": round(baseline, 2),
        "build_vs_baseline": round(build_s / baseline, 1),
        "without_validation_vs_baseline": round((build_s - stages["validate_s"]) / baseline, 1),
    }


def importer_only(path: Path) -> dict:
    """Extraction, resolution and merging of one USAspending file: the importer's own cost."""
    from graphkit.config import load_config
    from graphkit.extractors import usaspending
    from graphkit.extractors.base import ExtractContext
    from graphkit.extractors.run import extract_path
    from graphkit.resolve.awards import assign_awards
    from graphkit.resolve.entities import resolve_fact, resolve_records
    from graphkit.resolve.merge import merge
    from graphkit.sources.registry import load_registry

    config = load_config(MINI)
    context = ExtractContext(root=config.root)
    context.registry, _ = load_registry(config.entities, context.display)

    def run():
        facts = []
        for item in extract_path(usaspending, path, context):
            if hasattr(item, "citations"):
                facts.append(item)
            elif item.id not in context.registry:
                context.registry.add(item)
        facts, made = resolve_records(facts, context.registry)
        for entity in made:
            context.registry.add(entity)
        resolved = [resolve_fact(f, context.registry) for f in facts]
        # One award, one relationship: awards are matched across sources before merging.
        context.registry, resolved, _ = assign_awards(resolved, context.registry)
        return merge(resolved)

    (relationships, _), seconds = _timed(run)

    def read_only() -> int:  # the baseline: Python's csv module merely reading the rows
        with path.open(encoding="utf-8", newline="") as handle:
            return sum(1 for _ in csv.reader(handle)) - 1

    rows, baseline = _timed(read_only)
    return {
        "input": path.name,
        "rows": rows,
        "relationships": len(relationships),
        "importer_s": round(seconds, 2),
        "rows_per_s": round(rows / seconds),
        "baseline_csv_read_s": round(baseline, 2),
        "importer_vs_baseline": round(seconds / baseline, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--only", help="inputs whose file name contains this, or 'synthetic'")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))

    def show(row: dict) -> None:
        text = json.dumps(row) if args.json else "  ".join(f"{k}={v}" for k, v in row.items())
        print(text, flush=True)

    for kind, path in REAL:
        if path.is_file() and (not args.only or args.only in path.name):
            show(full_build(kind, path))
    with tempfile.TemporaryDirectory() as tmp:
        if not args.only or args.only == "synthetic":
            for rows in (1000,):
                show(
                    full_build(
                        "usaspending",
                        synthetic_prime_awards(rows, Path(tmp) / f"synthetic-{rows}.csv"),
                    )
                )
            big = synthetic_prime_awards(args.rows, Path(tmp) / f"synthetic-{args.rows}.csv")
            show(importer_only(big))


if __name__ == "__main__":
    main()
