"""One passage of one document is one citation, however many inputs cite it.

A registry entry's `parent` (with its `source:` and `locator:`) is a partOf fact cited by that
document and place; a fact file stating the same partOf, citing the same document at the same
place with the sentence, made the built fact two citations of one passage: `graphkit show
fugitive-operations-unit` printed "(paragraph 7)" twice, once bare and once with the quote,
and `connections`, `show --format json`, the exports, the page and report.json counted two
citations. So did two fact files citing one paragraph, one with a quote and one without. Now
they are one citation with the quote; places, documents and sentences that differ stay apart.

The project is tests/fixtures/cited-once.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil

import pytest
from support import REPO, TESTS, copy_project, invoke

PROJECT = TESTS / "fixtures" / "cited-once"
ELITE = "https://www.404media.co/elite-the-palantir-app-ice-uses-to-find-neighborhoods-to-raid/"
TECHCRUNCH = "https://techcrunch.com/2020/08/14/clearview-ai-ice-hsi-contract-2020/"
ELITE_HEAD = f"    - 404 Media, 2026-01-15: 'ELITE': The Palantir App ICE Uses to Find Neighborhoods to Raid <{ELITE}>"  # noqa: E501
TECHCRUNCH_HEAD = (
    "    - TechCrunch, 2020-08-14: Clearview AI landed a new facial recognition contract with "
    f"ICE <{TECHCRUNCH}>"
)


def _build(project, out):
    ran = invoke("build", "--config", project / "graphkit.toml", "--out", out)
    assert ran.exit_code == 0, ran.stderr
    return out


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return _build(PROJECT, tmp_path_factory.mktemp("cited-once") / "out")


def _show(out, name: str, *args: str):
    ran = invoke("show", name, "--graph", out / "graph.nq", *args)
    assert ran.exit_code == 0, ran.stderr
    return ran.stdout


def _block(text: str, heading: str) -> list[str]:
    """The lines under `heading` in `show`'s text, up to the next blank line."""
    lines = text.splitlines()
    start = lines.index(heading) + 1
    end = lines.index("", start) if "" in lines[start:] else len(lines)
    return lines[start:end]


def test_show_cites_a_registry_parent_once_with_its_quote(out):
    # "(paragraph 7) "a deportation officer …"" and a bare "(paragraph 7)" beneath it.
    assert _block(_show(out, "Fugitive Operations Unit"), "part of (1)") == [
        "  U.S. Immigration and Customs Enforcement",
        f"{ELITE_HEAD} (paragraph 7)",
        '      "a deportation officer with ICE’s Fugitive Operations Unit"',
    ]
    assert _block(_show(out, "HSI"), "part of (1)") == [
        "  U.S. Immigration and Customs Enforcement",
        f"{TECHCRUNCH_HEAD} (paragraph 2)",
        '      "Homeland Security Investigations (HSI), a division within ICE"',
    ]


def test_show_cites_a_paragraph_two_fact_files_cite_once_with_its_quote(out):
    # One file quotes the paragraph and the other cites it bare, in either order.
    shown = _show(out, "ELITE")
    assert _block(shown, "developed by (1)") == [
        "  Palantir Technologies",
        f"{ELITE_HEAD} (paragraph 18)",
        '      "Palantir built ELITE for ICE"',
    ]
    assert _block(shown, "used by (1)") == [
        "  U.S. Immigration and Customs Enforcement",
        f"{ELITE_HEAD} (paragraph 1)",
        '      "ELITE, a tool ICE uses to find neighborhoods to raid"',
    ]


def test_other_places_documents_and_sentences_stay_apart(out):
    assert _block(_show(out, "Clearview AI"), "supplies (1)") == [
        "  U.S. Immigration and Customs Enforcement",
        TECHCRUNCH_HEAD,
        '      (paragraph 2) "Clearview AI landed a new contract with ICE"',
        '      (paragraph 2) "the new contract is worth $224,000"',
        "      (paragraph 3)",
        f"{ELITE_HEAD} (paragraph 2)",
    ]


def test_json_and_connections_count_one_citation_per_passage(out):
    [part_of] = json.loads(_show(out, "fugitive-operations-unit", "--format", "json"))["relations"][
        "part of"
    ]
    assert [(c["locator"], c["quote"]) for c in part_of["citations"]] == [
        ("paragraph 7", "a deportation officer with ICE’s Fugitive Operations Unit")
    ]
    assert part_of["corroboration"] == 1
    for name, relation, count in [
        ("fugitive-operations-unit", "partOf", "1"),
        ("hsi", "partOf", "1"),
        ("elite", "develops", "1"),
        ("elite", "uses", "1"),
        ("clearview-ai", "supplies", "4"),
    ]:
        args = ["query", "connections", "-p", f"entity={name}", "--format", "csv"]
        ran = invoke(*args, "--graph", out / "graph.nq")
        assert ran.exit_code == 0, ran.stderr
        rows = list(csv.DictReader(io.StringIO(ran.stdout)))
        assert [r["citations"] for r in rows if r["relation"] == relation] == [count]


def test_the_report_the_exports_and_the_page_agree(out, tmp_path):
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["counts"]["citations"] == 8  # 1 + 1 + 1 + 1 + 4, was 12
    tables = tmp_path / "tables"
    ran = invoke("export", "--graph", out / "graph.nq", "--format", "csv", "-o", tables)
    assert ran.exit_code == 0, ran.stderr
    rows = csv.DictReader(io.StringIO((tables / "edges.csv").read_text(encoding="utf-8")))
    counts = {(r["source"], r["target"], r["relation"]): r["citations"] for r in rows}
    assert counts == {
        ("fugitive-operations-unit", "ice", "partOf"): "1",
        ("hsi", "ice", "partOf"): "1",
        ("palantir", "elite", "develops"): "1",
        ("ice", "elite", "uses"): "1",
        ("clearview-ai", "ice", "supplies"): "4",
    }
    # The page's evidence panel: one citation of paragraph 7, with its quote.
    html = (out / "graph.html").read_text(encoding="utf-8")
    found = re.search(r'<script id="graph-data" type="application/json">(.*?)</script>', html, re.S)
    data = json.loads(found.group(1))
    keys = [node["key"] for node in data["nodes"]]
    [edge] = [e for e in data["edges"] if keys[e["from"]] == "fugitive-operations-unit"]
    assert [(c.get("locator"), c.get("quote")) for c in edge["citations"]] == [
        ("paragraph 7", "a deportation officer with ICE’s Fugitive Operations Unit")
    ]


def test_the_citation_kept_does_not_depend_on_which_file_is_read_first(out, tmp_path):
    # The bare citations read first instead of second: the same graph, but for the input line
    # the quoted citation names (its file renamed).
    project = copy_project(PROJECT, tmp_path / "project")
    facts = project / "data" / "facts"
    shutil.move(facts / "a-units.yaml", facts / "c-units.yaml")
    again = _build(project, tmp_path / "out")

    def statements(path):
        text = path.read_text(encoding="utf-8").replace("a-units.yaml", "c-units.yaml")
        return sorted(text.splitlines())

    assert statements(again / "graph.nq") == statements(out / "graph.nq")


_BARE_BESIDE_QUOTED = """
SELECT ?rel ?bare WHERE {
  ?rel a tg:Relationship ; tg:citation ?bare, ?quoted .
  ?bare tg:source ?doc ; tg:locator ?at .
  ?quoted tg:source ?doc ; tg:locator ?at ; tg:quote ?quote .
  FILTER NOT EXISTS { ?bare tg:quote ?any }
}
"""


def test_the_bundled_units_cite_their_paragraph_once(bundled_output):
    # Fugitive Operations Unit, Enforcement and Removal Operations, HSI and the Coast Guard
    # each printed their registry parent's paragraph twice.
    if not (REPO / "data" / "entities.yaml").is_file():
        pytest.skip("the bundled data (data/entities.yaml) is not in this checkout")
    graph = bundled_output / "graph.nq"
    for name, place in [
        ("fugitive-operations-unit", "(paragraph 7)"),
        ("ero", "(section U.S. Immigration and Customs Enforcement (ICE))"),
        ("hsi", "(paragraph 2)"),
        ("uscg", "(paragraph 2)"),
    ]:
        block = _block(_show(bundled_output, name), "part of (1)")
        assert sum(line.count(place) for line in block) == 1, block
    ran = invoke("query", "-e", _BARE_BESIDE_QUOTED, "--graph", graph, "--format", "csv")
    assert ran.exit_code == 0, ran.stderr
    assert ran.stdout.splitlines() == ["rel,bare"]
