"""One document is shown once where citations are listed, however its citations write its URL:
`graphkit show`, `graphkit path`, the exports' counts, `single-source`'s titles and the query
panel of a page drawn around one entity.

The project is test_document_counts's: the mini project, with TechCrunch's article cited again
by another spelling of its URL (with a quote of its own), and Palantir's award cited by its
record and by its page in the site's older form, under another title.
"""

from __future__ import annotations

import csv
import io
import json

from support import invoke
from test_document_counts import AWARD, RECORD, SPELLING, TECHCRUNCH, TITLE, _built
from test_sparql_page_browser import as_multiset, cli_rows


def _show(out, name: str) -> list[str]:
    ran = invoke("show", name, "--graph", out / "graph.ttl")
    assert ran.exit_code == 0, ran.stderr
    return ran.stdout.splitlines()


def _after(lines: list[str], heading: str, count: int) -> list[str]:
    start = lines.index(heading) + 1
    return lines[start : start + count]


def test_show_lists_a_document_once_with_each_of_its_quotes(tmp_path):
    # Each spelling was a source of its own: "- TechCrunch: … <http://www.techcrunch.com/…
    # #contract>" and "- TechCrunch, 2020-08-14: … <https://techcrunch.com/…/> (paragraph 2)".
    out, _ = _built(tmp_path)
    lines = _show(out, "Clearview AI")
    assert lines[lines.index("supplies (1)") + 1 :] == [
        "  U.S. Immigration and Customs Enforcement  [2020-08 onwards, end not known; 224,000 USD]",
        f"    - TechCrunch, 2020-08-14: {TITLE} <{TECHCRUNCH}>",
        '      (#contract) "ICE\'s HSI unit signed the deal"',
        '      (paragraph 2) "the new contract is worth $224,000"',
    ]


def test_show_lists_an_award_cited_by_its_record_and_its_page_once(tmp_path):
    # The fact file's "Palantir's award <…/#/award/…>" was listed above the record's line.
    out, _ = _built(tmp_path)
    record = (
        f"    - USAspending.gov: USAspending.gov award TEST0003 <{RECORD}> (TEST0003) "
        "[usaspending, confidence 1.0]"
    )
    lines = _show(out, "Palantir")
    assert _after(lines, "supplies (2)", 3) == [
        "  TEST OFFICE ALPHA  [2019-09-25 to 2022-12-31; 42,000,000 USD]",
        record,
        "  U.S. Immigration and Customs Enforcement",
    ]
    # --format json keeps every citation as it is written, each naming its document.
    ran = invoke("show", "Palantir", "--graph", out / "graph.ttl", "--format", "json")
    [fact] = [
        f
        for f in json.loads(ran.stdout)["relations"]["supplies"]
        if f["other"]["label"] == "TEST OFFICE ALPHA"
    ]
    assert sorted(c["url"] for c in fact["citations"]) == [AWARD, RECORD]
    assert {c["document"] for c in fact["citations"]} == {
        "https://usaspending.gov/award/CONT_AWD_TEST0003_7012_-NONE-_-NONE-"
    }


# Clearview AI supplies DHS, as TechCrunch's paragraph 1 says, cited by another spelling of its
# URL than the catalogue's, which the registry cites for ICE being part of DHS.
TO_DHS = (
    "- subject: clearview-ai\n  relation: supplies\n  object: dhs\n  citations:\n"
    f"    - url: {SPELLING}\n      title: {TITLE}\n      publisher: TechCrunch\n"
    "      locator: paragraph 1\n"
)


def test_path_prints_a_passage_backing_two_hops_once(tmp_path):
    # The second hop printed the passage again because its citation spelt the URL otherwise.
    out, _ = _built(tmp_path, again=TO_DHS)
    ran = invoke("path", "Clearview AI", "ICE", "--all", "--graph", out / "graph.ttl")
    assert ran.exit_code == 0, ran.stderr
    lines = ran.stdout.splitlines()
    assert lines[-5:] == [
        "     - TechCrunch: " + TITLE + f" <{SPELLING}> (paragraph 1)",
        "  2. U.S. Department of Homeland Security ←partOf— "
        "U.S. Immigration and Customs Enforcement",
        "     (U.S. Department of Homeland Security has part "
        "U.S. Immigration and Customs Enforcement)",
        "     2 sources, confirmed",
        "     - the same citation as hop 1",
    ]


def test_exports_count_the_documents_beside_the_citations(tmp_path):
    # An edge filtered by how many sources back it read "citations: 2" for one article.
    out, _ = _built(tmp_path)
    tables = tmp_path / "tables"
    ran = invoke("export", "--graph", out / "graph.ttl", "--format", "csv", "-o", tables)
    assert ran.exit_code == 0, ran.stderr
    rows = csv.DictReader(io.StringIO((tables / "edges.csv").read_text(encoding="utf-8")))
    counts = {
        (r["source"], r["target"], r["relation"]): (r["citations"], r["sources"]) for r in rows
    }
    assert counts[("clearview-ai", "ice", "supplies")] == ("2", "1")
    assert counts[("palantir", "test-office-alpha-7012", "supplies")] == ("2", "1")
    cypher = tmp_path / "graph.cypher"
    invoke("export", "--graph", out / "graph.ttl", "--format", "cypher", "-o", cypher)
    [line] = [
        x for x in cypher.read_text().splitlines() if "'clearview-ai'" in x and "MERGE (a)" in x
    ]
    assert "`citations`: 2, " in line and "`sources`: 1, " in line


def test_single_source_names_a_document_by_one_title(tmp_path):
    # "Palantir's award | USAspending.gov award TEST0003": two titles, one document.
    out, _ = _built(tmp_path)
    args = ["query", "single-source", "--graph", out / "graph.ttl", "--format", "csv"]
    ran = invoke(*args)
    assert ran.exit_code == 0, ran.stderr
    rows = {(r["subject"], r["object"]): r for r in csv.DictReader(io.StringIO(ran.stdout))}
    award = rows[("Palantir Technologies", "TEST OFFICE ALPHA")]
    assert (award["titles"], award["sources"]) == ("USAspending.gov award TEST0003", RECORD)
    assert rows[("Clearview AI", "U.S. Immigration and Customs Enforcement")]["titles"] == TITLE


def test_a_focused_pages_query_panel_lists_a_document_once(watched, tmp_path):
    # The panel merged spellings only of URLs cited on the page: around Amazon, Clearview AI's
    # article was listed by both spellings, and the award by both titles.
    out, _ = _built(tmp_path)
    page = tmp_path / "amazon.html"
    ran = invoke("viz", "--graph", out / "graph.ttl", "--focus", "Amazon", "--sparql", "-o", page)
    assert ran.exit_code == 0, ran.stderr
    watched.open(page)
    for name, params in (("suppliers", {"agency": "ice"}), ("single-source", {})):
        got = watched.js("([n, p]) => window.graphkit.sparqlNamed(n, p)", [name, params])
        assert as_multiset(got) == cli_rows(out, name, params), name
    assert not watched.errors
