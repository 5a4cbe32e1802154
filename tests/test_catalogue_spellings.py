"""A catalogued document cited by its catalogue id and inline by its URL is one source, where
the inline URL writes the entry's characters percent-encoded (`ice%E2%80%99s` for `ice’s`, as
a browser copies a link) or is the entry's Wayback Machine snapshot: `stats`, report.json,
`single-source` and `show` counted two sources (the fact corroborated), with exit 0. Each
citation keeps its URL as written."""

from __future__ import annotations

import csv
import io
import json

import pytest
from support import MINI, copy_project, invoke

PAGE = "https://example.org/reports/ice’s-contracts"
ENCODED = "https://example.org/reports/ice%E2%80%99s-contracts"
SNAPSHOT = f"https://web.archive.org/web/20200101000000/{PAGE}"
ENTRY = (
    "- id: contracts-report\n"
    f"  url: {PAGE}\n"
    "  title: ICE's contracts\n"
    "  publisher: Example Watch\n"
    "  kind: report\n"
)


def _fact(inline: str) -> str:
    """Clearview AI supplies HSI, cited by the entry's id and inline by `inline`."""
    return (
        "- subject: clearview-ai\n  relation: supplies\n  object: hsi\n  citations:\n"
        "    - source: contracts-report\n      locator: paragraph 2\n"
        f"    - url: '{inline}'\n      locator: paragraph 3\n"
    )


def _built(tmp_path, inline: str | None):
    project = copy_project(MINI, tmp_path / "project")
    with (project / "data" / "sources.yaml").open("a", encoding="utf-8") as catalogue:
        catalogue.write(ENTRY)
    facts = _fact(inline) if inline else _fact(PAGE).split("    - url:")[0]
    (project / "data" / "facts" / "report.yaml").write_text(facts, encoding="utf-8")
    out = tmp_path / "out"
    ran = invoke("build", "--config", project / "graphkit.toml", "--out", out)
    assert ran.exit_code == 0, ran.stderr
    return out, ran.stderr


@pytest.fixture(scope="module")
def once(tmp_path_factory):
    """The same project citing the report by its id alone: the counts to match."""
    return _built(tmp_path_factory.mktemp("once"), None)


@pytest.mark.parametrize("inline", [ENCODED, SNAPSHOT], ids=["encoded", "snapshot"])
def test_the_report_stats_and_the_build_count_one_source(tmp_path, once, inline):
    out, said = _built(tmp_path, inline)
    counts = json.loads((out / "report.json").read_text(encoding="utf-8"))["counts"]
    alone = json.loads((once[0] / "report.json").read_text(encoding="utf-8"))["counts"]
    assert (counts["sources"], counts["single_source"]) == (
        alone["sources"],
        alone["single_source"],
    )
    assert f"from {alone['sources']} sources" in said
    stats = invoke("stats", "--graph", out / "graph.ttl", "--format", "json")
    assert json.loads(stats.stdout)["sources"] == alone["sources"]


@pytest.mark.parametrize("inline", [ENCODED, SNAPSHOT], ids=["encoded", "snapshot"])
def test_single_source_and_show_count_one_source(tmp_path, inline):
    out, _ = _built(tmp_path, inline)
    graph = out / "graph.ttl"
    listed = invoke("query", "single-source", "--graph", graph, "--format", "csv")
    rows = [
        r
        for r in csv.DictReader(io.StringIO(listed.stdout))
        if r["subject"] == "Clearview AI" and r["object"] == "Homeland Security Investigations"
    ]
    assert [r["independent"] for r in rows] == ["1"]
    shown = json.loads(invoke("show", "clearview-ai", "--graph", graph, "--format", "json").stdout)
    fact = next(f for f in shown["relations"]["supplies"] if f["other"]["id"] == "hsi")
    assert fact["corroboration"] == 1
    # Each citation keeps its URL as written; both name one document.
    assert sorted(c["url"] for c in fact["citations"]) == sorted([PAGE, inline])
    assert len({c["document"] for c in fact["citations"]}) == 1
    text = invoke("show", "clearview-ai", "--graph", graph).stdout
    assert text.count("ICE's contracts") == 1
