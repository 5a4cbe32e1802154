"""Synthetic graphkit projects of any size, in the curated fact format, for benchmarks.

`generate(n_facts, out_dir, seed)` writes a project like the bundled one:

    out_dir/graphkit.toml
    out_dir/data/entities.yaml      companies, agencies, products, advocacy groups, people
    out_dir/data/sources.yaml       one catalogue entry per synthetic document (example.org URLs)
    out_dir/data/facts/facts-0000.yaml ...   1,000 facts per file, each with one or two citations

Every fact respects the ontology's domains and ranges (companies supply agencies, agencies use
products, people lead organisations ...), so the project builds and validates. Ends are drawn
with a skew, so a few hubs gather many facts, as in real data. The same (n_facts, seed) gives
byte-identical files.

Command line:

    python bench/synthetic.py 10000 /tmp/synthetic-10k [--seed 0]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

FACTS_PER_FILE = 1000
# Share of entities per type; the rest of the generator relies on each type being present.
TYPE_SHARES = (
    ("Company", 0.40),
    ("GovernmentAgency", 0.20),
    ("Product", 0.22),
    ("AdvocacyGroup", 0.10),
    ("Person", 0.08),
)
# (subject type, relation, object type, weight): valid under ontology/shapes.ttl.
PATTERNS = (
    ("Company", "supplies", "GovernmentAgency", 30),
    ("Company", "develops", "Product", 15),
    ("GovernmentAgency", "uses", "Product", 15),
    ("Company", "hosts", "Company", 8),
    ("Company", "partOf", "Company", 5),
    ("GovernmentAgency", "partOf", "GovernmentAgency", 5),
    ("AdvocacyGroup", "opposes", "Company", 8),
    ("AdvocacyGroup", "opposes", "Product", 4),
    ("Person", "leads", "Company", 4),
    ("Company", "funds", "AdvocacyGroup", 2),
    ("AdvocacyGroup", "investigates", "GovernmentAgency", 4),
)
_SYLLABLES = (
    "ka",
    "lo",
    "mi",
    "ra",
    "ten",
    "vo",
    "zu",
    "pe",
    "dri",
    "no",
    "sa",
    "qui",
    "ber",
    "tal",
    "on",
    "ex",
    "ly",
    "cor",
    "fin",
    "gra",
)
_SUFFIX = {
    "Company": "Inc.",
    "GovernmentAgency": "Agency",
    "Product": "Platform",
    "AdvocacyGroup": "Watch",
    "Person": "",
}
_PUBLISHERS = ("Example Times", "Sample Ledger", "Placeholder Post", "Demo Daily", "Test Tribune")


def generate(n_facts: int, out_dir: Path, seed: int = 0) -> Path:
    """Write a project with `n_facts` cited facts into `out_dir`; return the project directory."""
    if n_facts < 1:
        raise ValueError("n_facts must be at least 1")
    rng = random.Random(seed)
    out_dir = Path(out_dir)
    facts_dir = out_dir / "data" / "facts"
    facts_dir.mkdir(parents=True, exist_ok=True)
    entities = _entities(max(30, n_facts // 5), rng)
    sources = [f"doc-{i:06d}" for i in range(max(10, n_facts // 10))]

    (out_dir / "graphkit.toml").write_text(
        '[registry]\nentities = ["data/entities.yaml"]\ndocuments = ["data/sources.yaml"]\n\n'
        '[[sources]]\nkind = "facts"\npath = "data/facts"\n\n[build]\nout = "output"\n',
        encoding="utf-8",
    )
    _write_entities(out_dir / "data" / "entities.yaml", entities)
    _write_sources(out_dir / "data" / "sources.yaml", sources, rng)
    by_type: dict[str, list[str]] = {}
    for entity_id, _label, kind in entities:
        by_type.setdefault(kind, []).append(entity_id)
    weights = [p[3] for p in PATTERNS]
    for start in range(0, n_facts, FACTS_PER_FILE):
        lines = [f"# Synthetic facts {start} to {min(start + FACTS_PER_FILE, n_facts) - 1}."]
        for _ in range(min(FACTS_PER_FILE, n_facts - start)):
            subject_type, relation, object_type, _w = rng.choices(PATTERNS, weights)[0]
            subject = _skewed(by_type[subject_type], rng)
            obj = _skewed(by_type[object_type], rng)
            while obj == subject:
                obj = rng.choice(by_type[object_type])
            if relation == "partOf":
                # A hierarchy: units belong to units listed before them, so no partOf cycle.
                order = by_type[subject_type].index
                subject, obj = sorted((subject, obj), key=order, reverse=True)
            lines += _fact_lines(subject, relation, obj, sources, rng)
        (facts_dir / f"facts-{start // FACTS_PER_FILE:04d}.yaml").write_text(
            "\n".join(lines) + "\n", encoding="utf-8"
        )
    return out_dir


def _entities(count: int, rng: random.Random) -> list[tuple[str, str, str]]:
    entities = []
    for kind, share in TYPE_SHARES:
        slug = {"GovernmentAgency": "agency", "AdvocacyGroup": "group"}.get(kind, kind.lower())
        for i in range(max(3, int(count * share))):
            name = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).title()
            label = f"{name} {i} {_SUFFIX[kind]}".strip()
            entities.append((f"{slug}-{i:06d}", label, kind))
    return entities


def _skewed(items: list[str], rng: random.Random) -> str:
    """Mostly the first items: a few hubs, a long tail."""
    return items[int(len(items) * rng.random() ** 2.5)]


def _write_entities(path: Path, entities) -> None:
    lines = ["# Synthetic registry."]
    for entity_id, label, kind in entities:
        lines += [f"- id: {entity_id}", f'  label: "{label}"', f"  type: {kind}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _write_sources(path: Path, sources: list[str], rng: random.Random) -> None:
    lines = ["# Synthetic documents; example.org is reserved for examples."]
    for source in sources:
        year, month = rng.randint(2012, 2025), rng.randint(1, 12)
        lines += [
            f"- id: {source}",
            f"  url: https://example.org/synthetic/{source}",
            f'  title: "Synthetic report {source}"',
            f'  publisher: "{rng.choice(_PUBLISHERS)}"',
            f"  date: {year}-{month:02d}",
            "  kind: article",
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _fact_lines(
    subject: str, relation: str, obj: str, sources: list[str], rng: random.Random
) -> list[str]:
    lines = [f"- subject: {subject}", f"  relation: {relation}", f"  object: {obj}"]
    if rng.random() < 0.6:
        year = rng.randint(2005, 2024)
        month = f"-{rng.randint(1, 12):02d}" if rng.random() < 0.5 else ""
        lines.append(f"  start: {year}{month}")
        if rng.random() < 0.2:
            lines += [f"  end: {year + rng.randint(1, 4)}", "  status: ended"]
    if relation == "supplies" and rng.random() < 0.5:
        lines += [f"  amount: {rng.randint(10, 50_000) * 1000}", "  currency: USD"]
    lines.append("  citations:")
    for source in sorted(set(rng.sample(sources, 2 if rng.random() < 0.2 else 1))):
        lines += [f"    - source: {source}", f"      locator: paragraph {rng.randint(1, 40)}"]
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write a synthetic graphkit project.")
    parser.add_argument("n_facts", type=int, help="number of facts to write")
    parser.add_argument("out_dir", type=Path, help="project directory to create")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    project = generate(args.n_facts, args.out_dir, args.seed)
    print(project / "graphkit.toml")


if __name__ == "__main__":
    main()
