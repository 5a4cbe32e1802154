"""Load on `graphkit serve` while builds swap generations under it.

Builds the mini fixture project, serves its output folder, then runs CLIENTS threads each
sending REQUESTS queries over loopback while `graphkit build` rebuilds the folder again and
again, alternating between two versions of the data. Every answer must count the triples of
one whole version; anything else, and any failed request, is an error.

    python bench/serve_load.py [--clients 20] [--requests 50]

Prints requests per second, p50/p95 latency, errors, and the p50 as a ratio to the same
query answered in this process straight from the store (the baseline, measured in this run).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
MINI = HERE.parent / "tests" / "fixtures" / "mini"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
EXTRA_FACT = """\
- subject: microsoft
  relation: supplies
  object: ice
  citations:
    - source: cnet-orlando-rekognition
      locator: paragraph 9
"""


def ask_count(url: str, timeout: float = 60) -> int:
    query = urllib.parse.urlencode({"query": COUNT})
    request = urllib.request.Request(
        f"{url}sparql?{query}", headers={"Accept": "application/sparql-results+json"}
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        doc = json.loads(response.read())
    return int(doc["results"]["bindings"][0]["n"]["value"])


def run_load(url: str, clients: int, requests: int, allowed: set[int], pause: float = 0.0) -> dict:
    """CLIENTS threads × REQUESTS queries (`pause` seconds apart); latencies, how often each
    answer came, answers outside `allowed`, failures."""
    latencies: list[float] = []
    seen: dict[int, int] = {}
    wrong: list[int] = []
    failures: list[str] = []
    lock = threading.Lock()

    def client() -> None:
        for _ in range(requests):
            started = time.perf_counter()
            try:
                answer = ask_count(url)
            except (urllib.error.URLError, OSError, ValueError) as err:
                with lock:
                    failures.append(repr(err))
                continue
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                seen[answer] = seen.get(answer, 0) + 1
                if answer not in allowed:
                    wrong.append(answer)
            time.sleep(pause)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    ordered = sorted(latencies)
    return {
        "requests": clients * requests,
        "answered": len(latencies),
        "seconds": wall,
        "rps": len(latencies) / wall if wall else 0.0,
        "p50_ms": 1000 * statistics.median(ordered) if ordered else None,
        "p95_ms": 1000 * ordered[int(0.95 * (len(ordered) - 1))] if ordered else None,
        "seen": seen,
        "wrong": wrong,
        "failures": failures,
    }


def rebuild_loop(project: Path, stop: threading.Event, builds: list[int]) -> None:
    """Rebuild the project until told to stop, adding and removing the extra fact each time."""
    extra = project / "data" / "facts" / "extra.yaml"
    extra.write_text(EXTRA_FACT, encoding="utf-8")  # versions() left the new one current
    while not stop.is_set():
        if extra.exists():
            extra.unlink()
        else:
            extra.write_text(EXTRA_FACT, encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-m", "graphkit", "build", "--config", project / "graphkit.toml"]
            + ["--wait"],
            capture_output=True,
            timeout=300,
        )
        builds.append(done.returncode)


def versions(project: Path) -> tuple[int, int]:
    """The triple counts of the data without and with the extra fact."""
    counts = []
    for with_extra in (False, True):
        extra = project / "data" / "facts" / "extra.yaml"
        if with_extra:
            extra.write_text(EXTRA_FACT, encoding="utf-8")
        elif extra.exists():
            extra.unlink()
        subprocess.run(
            [sys.executable, "-m", "graphkit", "build", "--config", project / "graphkit.toml"],
            capture_output=True,
            check=True,
            timeout=300,
        )
        report = json.loads((project / "output" / "report.json").read_text(encoding="utf-8"))
        counts.append(report["counts"]["triples"])
    return counts[0], counts[1]


def baseline_ms(store: Path, repeats: int = 50) -> float:
    """The same query straight from the store in this process, median of `repeats`."""
    import pyoxigraph as ox  # noqa: PLC0415

    opened = ox.Store.read_only(str(store))
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        list(opened.query(COUNT))
        times.append(time.perf_counter() - started)
    return 1000 * statistics.median(times)


def measure(workdir: Path, clients: int, requests: int, pause: float = 0.0) -> dict:
    from graphkit.query.serve import make_server, serve_in_thread  # noqa: PLC0415

    project = workdir / "project"
    shutil.copytree(MINI, project, ignore=shutil.ignore_patterns("output"))
    old, new = versions(project)
    base = baseline_ms(project / "output" / "store")
    server = make_server(out=project / "output")
    serve_in_thread(server)
    stop, builds = threading.Event(), []
    builder = threading.Thread(target=rebuild_loop, args=(project, stop, builds))
    builder.start()
    try:
        stats = run_load(server.url, clients, requests, {old, new}, pause)
    finally:
        stop.set()
        builder.join()
        server.shutdown()
        server.server_close()
    stats.update(builds=len(builds), failed_builds=sum(1 for b in builds if b != 0))
    stats.update(baseline_ms=base, versions=[old, new])
    stats["p50_ratio"] = stats["p50_ms"] / base if stats["p50_ms"] and base else None
    return stats


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument(
        "--pause", type=float, default=0.0, help="seconds between a client's requests"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        stats = measure(Path(tmp), args.clients, args.requests, args.pause)
    errors = len(stats["wrong"]) + len(stats["failures"])
    print(
        f"{stats['requests']} requests from {args.clients} clients during {stats['builds']} "
        f"builds ({stats['failed_builds']} failed)\n"
        f"  {stats['rps']:.0f} requests/s, p50 {stats['p50_ms']:.1f} ms, "
        f"p95 {stats['p95_ms']:.1f} ms, errors {errors} "
        f"({len(stats['wrong'])} wrong answers, {len(stats['failures'])} failed requests)\n"
        f"  answers by triple count: {dict(sorted(stats['seen'].items()))}\n"
        f"  baseline (same query in-process): {stats['baseline_ms']:.2f} ms; "
        f"p50 = {stats['p50_ratio']:.1f}x baseline"
    )


if __name__ == "__main__":
    main()
