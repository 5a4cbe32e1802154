"""A copy of a publisher's records (a mapping citation with `derived_from:`) counts with its
original everywhere: `stats` counts the documents the build read, not the publisher's records
the copy stands for; the page's ties and the network export's `sources` count originals, as
`single-source`, `stats`, `show` and report.json do."""

from __future__ import annotations

import csv
import json

import pytest
from records_support import (
    COPY,
    FREEZER,
    ICE_PRIME,
    NO_FREEZER,
    cli_build,
    mapping_of,
    prime_rows,
    write_rows,
)
from support import REPO, invoke

# TEST0003 is in the download too; TEST0042 only in the sheet.
SHEET = (
    "vendor,office,value,award\n"
    "Palantir Technologies Inc.,TEST OFFICE ALPHA,42000000,TEST0003\n"
    "Palantir Technologies Inc.,TEST OFFICE ALPHA,5000,TEST0042\n"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("copied-originals")
    prime = write_rows(folder / "prime.csv", [prime_rows()[2]])  # TEST0003, Palantir's
    mapping = mapping_of(folder, SHEET, COPY)
    out = folder / "out"
    result = cli_build(out, ("usaspending", prime), ("mapping", mapping))
    assert result.exit_code == 0, result.stderr
    return out


def test_stats_counts_the_documents_the_build_read(built):
    stats = invoke("stats", "--graph", built / "graph.ttl", "--format", "json")
    assert stats.exit_code == 0, stats.stderr
    report = json.loads((built / "report.json").read_text(encoding="utf-8"))
    assert json.loads(stats.stdout)["sources"] == report["counts"]["sources"]
    # The publisher's records the copy stands for are in the graph, as what they are.
    asked = invoke(
        "query", "--graph", built / "graph.ttl", "--format", "csv", "-e",
        "SELECT ?title WHERE { ?records a tg:PublisherRecords ; tg:title ?title . "
        "FILTER NOT EXISTS { ?records a tg:Source } }",
    )  # fmt: skip
    assert asked.stdout.splitlines() == ["title", "USAspending.gov"]


def test_validation_accepts_the_publisher_s_records(built):
    checked = invoke("validate", "--graph", built / "graph.ttl")
    assert checked.exit_code == 0, checked.stdout + checked.stderr


@pytest.mark.skipif(not (ICE_PRIME.is_file() and FREEZER.is_file()), reason=NO_FREEZER)
def test_stats_counts_the_real_documents(tmp_path):
    mapping = REPO / "examples" / "torn-apart-freezer.yaml"
    out = tmp_path / "out"
    result = cli_build(out, ("usaspending", ICE_PRIME), ("mapping", mapping))
    assert result.exit_code == 0, result.stderr
    stats = json.loads(invoke("stats", "--graph", out / "graph.ttl", "--format", "json").stdout)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert stats["sources"] == report["counts"]["sources"]


def _edges(out) -> dict[str, dict[str, str]]:
    """The network export's edges, by their contract column."""
    exported = invoke("export", "--graph", out / "graph.ttl", "--format", "csv", "-o", out / "t")
    assert exported.exit_code == 0, exported.stderr
    with open(out / "t" / "edges.csv", encoding="utf-8", newline="") as handle:
        return {row["contract"]: row for row in csv.DictReader(handle) if row["contract"]}


def test_the_export_counts_a_copy_with_its_original(built):
    edges = _edges(built)
    [recorded] = [row for key, row in edges.items() if "test0003" in key]
    [copied] = [row for key, row in edges.items() if "test0042" in key]
    # The download's record and the sheet that copies it: two documents, one original.
    assert (recorded["citations"], recorded["sources"]) == ("2", "1")
    assert (copied["citations"], copied["sources"]) == ("1", "1")


ENT = "https://w3id.org/techgov/id/"
# The tie's panel as the user reads it: its summary line and its "sources" row.
TIE_SOURCES = """key => {
  window.graphkit.focus(key);
  const row = [...document.querySelectorAll('#panel dl.summary dt')]
    .find(dt => dt.textContent === 'sources');
  return Number(row.nextSibling.textContent);
}"""


def test_the_page_counts_a_copy_with_its_original(watched, tmp_path):
    prime = write_rows(tmp_path / "prime.csv", [prime_rows()[2]])  # TEST0003, Palantir's
    mapping = mapping_of(tmp_path, SHEET.splitlines()[0] + "\n" + SHEET.splitlines()[1], COPY)
    out = tmp_path / "out"
    result = cli_build(out, ("usaspending", prime), ("mapping", mapping))
    assert result.exit_code == 0, result.stderr
    # Drawn by the build from its model, and by `graphkit viz` from the written graph.
    drawn = tmp_path / "viz.html"
    ran = invoke("viz", "--graph", out / "graph.ttl", "--output", drawn)
    assert ran.exit_code == 0, ran.stderr
    first, second = sorted([ENT + "palantir", ENT + "test-office-alpha-7012"])
    for page in (out / "graph.html", drawn):
        watched.open(page)
        # The download's record and the sheet that copies it: one original (it said 2).
        assert watched.js(TIE_SOURCES, f"business|{first}|{second}") == 1
        assert not watched.errors
