"""Quality and speed of the article extractor: corpus P/R/F1, behaviour suite, words per second.

Usage:
  python bench/extract_quality.py                  # every figure (the README's table)
  python bench/extract_quality.py --show A         # misses and extras of half A only

The corpus (`../shared/corpus`) is split in two fixed halves by position in name order: half A
holds the texts at odd positions, half B those at even positions. The extractor was developed
against half A; half B shows what text it was not tuned on gets. Scores use the corpus scorer's
own name folding and aliases (`../shared/tools/score_extraction.py`).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
sys.path.insert(0, str(ROOT / "tests"))

from graphkit.extractors.article import candidates  # noqa: E402
from graphkit.sources.registry import Registry  # noqa: E402

THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.75, 0.8)


def scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score_extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def halves() -> dict[str, list[Path]]:
    texts = sorted((CORPUS / "articles").glob("*.txt"))
    return {"A": texts[1::2], "B": texts[0::2], "all": texts}


def predictions(texts: list[Path]) -> dict[Path, list]:
    registry = Registry()
    return {path: candidates(path, registry) for path in texts}


def score(found: dict[Path, list], floor: float = 0.0, show: bool = False):
    """(tp, fp, fn) overall and per relation, as the corpus scorer counts them."""
    sc = scorer()
    table = sc.load_aliases(CORPUS / "aliases.tsv")
    total, by_rel = Counter(), {}
    for path, cands in found.items():
        gold = set()
        for line in (CORPUS / "gold" / f"{path.stem}.tsv").read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 3:
                gold.add((parts[0], sc.rel(parts[1]), parts[2]))
        names = {g[0] for g in gold} | {g[2] for g in gold}
        predicted = set()
        for c in cands:
            if c.confidence < floor:
                continue
            for s in sc.canon(c.subject, table, names):
                for o in sc.canon(c.object, table, names):
                    predicted.add((s, sc.rel(c.relation), o))
        hit = gold & predicted
        wrong = {p for p in predicted if p not in gold}
        total["tp"] += len(hit)
        total["fp"] += len({(sc.norm(p[0]), p[1], sc.norm(p[2])) for p in wrong})
        total["fn"] += len(gold - hit)
        for g in gold:
            by_rel.setdefault(g[1], Counter())["tp" if g in hit else "fn"] += 1
        for p in wrong:
            by_rel.setdefault(p[1], Counter())["fp"] += 1
        if show:
            print(path.stem)
            for g in sorted(gold - hit):
                print("   miss  ", " | ".join(g))
            for p in sorted(wrong):
                print("   extra ", " | ".join(p))
    return total, by_rel


def prf(counts: Counter) -> tuple[float, float, float]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _row(scores: tuple[float, float, float]) -> str:
    return "{:.2f} | {:.2f} | {:.2f} |".format(*scores)


def behaviour() -> tuple[float, float, float, int]:
    from article_behaviour import cases, extracted  # tests/article_behaviour.py

    counts = Counter()
    all_cases = cases()
    for case in all_cases:
        got = extracted(case.text)
        counts["tp"] += len(got & case.expected)
        counts["fp"] += len(got - case.expected)
        counts["fn"] += len(case.expected - got)
    return (*prf(counts), len(all_cases))


def throughput(texts: list[Path], rounds: int = 3, runs: int = 5) -> float:
    """Words per second on one core: the best of several runs, as load on a shared machine
    only ever slows a run down."""
    registry = Registry()
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in texts) * rounds
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        for _ in range(rounds):
            for path in texts:
                candidates(path, registry)
        best = min(best, time.perf_counter() - start)
    return words / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=("A", "B", "all"), help="list misses and extras")
    args = parser.parse_args()
    if not (CORPUS / "articles").is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    parts = halves()
    if args.show:
        total, _ = score(predictions(parts[args.show]), show=True)
        print("P={:.3f} R={:.3f} F1={:.3f}".format(*prf(total)), dict(total))
        return
    found = {name: predictions(texts) for name, texts in parts.items()}
    print("| texts | facts | P | R | F1 |\n|---|--:|--:|--:|--:|")
    for name, label in (("all", "whole corpus"), ("A", "half A (developed on)"),
                        ("B", "half B (held out)")):  # fmt: skip
        total, _ = score(found[name])
        print(f"| {label} ({len(parts[name])}) | {total['tp'] + total['fn']} | "
              + _row(prf(total)))  # fmt: skip
    total, by_rel = score(found["all"])
    print("\n| relation | gold | P | R | F1 |\n|---|--:|--:|--:|--:|")
    for relation, counts in sorted(by_rel.items()):
        print(f"| {relation} | {counts['tp'] + counts['fn']} | " + _row(prf(counts)))
    print("\n| --min-confidence | P | R | F1 | facts kept |\n|--:|--:|--:|--:|--:|")
    for floor in THRESHOLDS:
        total, _ = score(found["all"], floor)
        print(f"| {floor:.2f} | " + _row(prf(total)) + f" {total['tp'] + total['fp']} |")
    p, r, f1, n = behaviour()
    print(f"\nbehaviour suite: {n} sentences, P={p:.3f} R={r:.3f} F1={f1:.3f}")
    print(f"throughput: {throughput(parts['all']):,.0f} words per second (one core)")


if __name__ == "__main__":
    main()
