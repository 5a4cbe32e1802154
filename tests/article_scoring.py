"""Scoring extracted article facts against hand-annotated gold, with the corpus scorer's rules.

The corpus (`../shared/corpus`) comes with its scorer (`../shared/tools/score_extraction.py`);
our own unseen texts (`tests/fixtures/unseen-articles/`) must be scored without `../shared`, so
the scorer's name folding lives here too, rule for rule: NFKC, curly quotes made straight, case
folded, a leading "the" and a trailing "'s" dropped, punctuation other than "&" made a space.
A predicted fact is correct when its relation is equal and both names map to gold names
through the aliases table (canonical<TAB>variant) after that folding.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType

from graphkit.extractors.article import candidates
from graphkit.sources.registry import Registry

UNSEEN = Path(__file__).resolve().parent / "fixtures" / "unseen-articles"


def norm(name) -> str:
    s = unicodedata.normalize("NFKC", str(name)).replace("\u2019", "'").replace("\u2018", "'")
    s = s.casefold().strip()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"[^\w&]+", " ", s)
    return " ".join(s.split())


def rel(name) -> str:
    s = re.sub(r"(?<=[a-z])([A-Z])", r"_\1", str(name).split("#")[-1].split("/")[-1])
    return s.lower().replace("-", "_")


def load_aliases(path) -> dict[str, set[str]]:
    table = defaultdict(set)
    if path and Path(path).exists():
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                canon_name, alias = line.split("\t")[:2]
                table[norm(alias)].add(canon_name)
                table[norm(canon_name)].add(canon_name)
    return table


def canon(name, table, gold_names) -> set[str]:
    n = norm(name)
    hits = table.get(n, set()) | {g for g in gold_names if norm(g) == n}
    return hits or {name}


def predictions(texts: list[Path]) -> tuple[dict[Path, list], dict[Path, Exception]]:
    """Candidates of each text, and the error of each text the extractor fails on; a failing
    text is scored as yielding nothing, so one failure does not hide the other texts' figures."""
    registry = Registry()
    found, failures = {}, {}
    for path in texts:
        try:
            found[path] = candidates(path, registry)
        except Exception as error:  # noqa: BLE001 - any failure is a finding to report
            found[path], failures[path] = [], error
    return found, failures


def gold_facts(path: Path, fold: ModuleType) -> set[tuple[str, str, str]]:
    gold = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3:
            gold.add((parts[0], fold.rel(parts[1]), parts[2]))
    return gold


def score(found: dict, corpus: Path, fold: ModuleType, floor: float = 0.0, show: bool = False):
    """(totals, per relation) as Counters of tp, fp, fn for `found` (article path → candidates
    with subject, relation, object, confidence) against `corpus`/gold and `corpus`/aliases.tsv,
    counted as the corpus scorer counts: an extra is counted once per folded triple."""
    table = fold.load_aliases(corpus / "aliases.tsv")
    total, by_rel = Counter(), {}
    for path, cands in found.items():
        gold = gold_facts(corpus / "gold" / f"{path.stem}.tsv", fold)
        names = {g[0] for g in gold} | {g[2] for g in gold}
        predicted = set()
        for c in cands:
            if c.confidence < floor:
                continue
            for s in fold.canon(c.subject, table, names):
                for o in fold.canon(c.object, table, names):
                    predicted.add((s, fold.rel(c.relation), o))
        hit = gold & predicted
        wrong = {p for p in predicted if p not in gold}
        total["tp"] += len(hit)
        total["fp"] += len({(fold.norm(p[0]), p[1], fold.norm(p[2])) for p in wrong})
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
