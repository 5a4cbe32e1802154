"""One document is one source wherever a count or list of sources is shown, however its URL is
written: the network page's ties, report.json, `graphkit stats` and the named queries' lists.

The mini project's Clearview AI–ICE fact cites TechCrunch's article by its catalogue entry; a
second fact file cites the same article inline as people copy links (over `http`, with `www.`,
without the trailing `/`, with a fragment). The build counts one witness; the page, the report
and `stats` counted two sources, with exit 0. Palantir's award in the prime awards fixture is
cited by its record and by a fact file naming the award's page in the site's older form.
"""

from __future__ import annotations

import csv
import io
import json

import records_support as rs
from rdflib import Graph
from support import MINI, copy_project, invoke
from test_sparql_page_browser import as_multiset, cli_rows

from graphkit.vocab import TG

SPELLING = "http://www.techcrunch.com/2020/08/14/clearview-ai-ice-hsi-contract-2020#contract"
TECHCRUNCH = "https://techcrunch.com/2020/08/14/clearview-ai-ice-hsi-contract-2020/"
RECORD = "https://www.usaspending.gov/award/CONT_AWD_TEST0003_7012_-NONE-_-NONE-/"
AWARD = "https://www.usaspending.gov/#/award/CONT_AWD_TEST0003_7012_-NONE-_-NONE-"
TITLE = "Clearview AI landed a new facial recognition contract with ICE"


def _clearview(amount: str, citation: str) -> str:
    """A fact file's entry: Clearview AI supplies ICE from 2020-08 for `amount`, so cited."""
    return (
        f"- subject: clearview-ai\n  relation: supplies\n  object: ice\n  amount: {amount}\n"
        f"  currency: USD\n  start: 2020-08\n  citations:\n{citation}"
    )


# TechCrunch's article by another spelling of its URL, with a quote of its own.
INLINE = f"    - url: {SPELLING}\n      title: {TITLE}\n      publisher: TechCrunch\n"
AGAIN = _clearview("224000", INLINE + "      quote: ICE's HSI unit signed the deal\n") + (
    "- subject: palantir\n  relation: supplies\n  object: ice\n  amount: 42000000\n"
    f"  currency: USD\n  citations:\n    - url: '{AWARD}'\n      title: Palantir's award\n"
)
ENT = "https://w3id.org/techgov/id/"
# The tie's panel as the user reads it: its summary line and its "sources" row.
TIE_SOURCES = """key => {
  window.graphkit.focus(key);
  const row = [...document.querySelectorAll('#panel dl.summary dt')]
    .find(dt => dt.textContent === 'sources');
  return {
    summary: document.querySelector('#panel .tie-summary').textContent,
    sources: Number(row.nextSibling.textContent),
  };
}"""


def _built(tmp_path, again: str = AGAIN):
    """The mini project with Palantir's award, and `again` in a fact file of its own, built."""
    project = copy_project(MINI, tmp_path / "project")
    (project / "data" / "facts" / "again.yaml").write_text(again, encoding="utf-8")
    out = tmp_path / "out"
    rows = [row for row in rs.prime_rows() if "TEST0003" in row["contract_award_unique_key"]]
    awards = rs.write_rows(tmp_path / "prime_awards.csv", rows)
    source = f"usaspending:{awards}"
    ran = invoke("build", "--config", project / "graphkit.toml", "--out", out, "--source", source)
    assert ran.exit_code == 0, ran.stderr
    return out, ran.stderr


def _tie(watched, page, a: str, b: str) -> dict:
    watched.open(page)
    first, second = sorted([ENT + a, ENT + b])
    return watched.js(TIE_SOURCES, f"business|{first}|{second}")


def test_the_page_counts_an_article_cited_by_two_spellings_of_its_url_once(watched, tmp_path):
    out, _ = _built(tmp_path)
    # Drawn by the build from its model, and by `graphkit viz` from the written graph.
    drawn = tmp_path / "viz.html"
    ran = invoke("viz", "--graph", out / "graph.ttl", "--output", drawn)
    assert ran.exit_code == 0, ran.stderr
    for page in (out / "graph.html", drawn):
        tie = _tie(watched, page, "clearview-ai", "ice")
        assert tie == {"summary": "supplies · $224K · 1 source", "sources": 1}
        assert not watched.errors


def test_the_page_counts_an_award_cited_by_its_record_and_its_page_once(watched, tmp_path):
    out, _ = _built(tmp_path)
    tie = _tie(watched, out / "graph.html", "palantir", "test-office-alpha-7012")
    assert tie["sources"] == 1


def test_the_build_its_report_and_stats_count_documents_not_spellings(tmp_path):
    # Without the facts citing documents again the build cites the same documents.
    once, said_once = _built(tmp_path / "once", again="[]\n")
    again, said_again = _built(tmp_path / "again")
    sources = json.loads((once / "report.json").read_text(encoding="utf-8"))["counts"]["sources"]
    report = json.loads((again / "report.json").read_text(encoding="utf-8"))["counts"]
    assert (report["citations"], report["sources"]) == (22, sources)
    assert f"22 citations from {sources} sources" in said_again
    assert f"from {sources} sources" in said_once
    stats = [
        json.loads(invoke("stats", "--graph", out / "graph.ttl", "--format", "json").stdout)
        for out in (once, again)
    ]
    assert stats[1]["sources"] == stats[0]["sources"]


def _listed(out, name: str, **params: str) -> dict[str, str]:
    """`graphkit query NAME`'s sources column by supplier or subject, as csv writes it."""
    args = ["query", name, "--graph", out / "graph.ttl", "--format", "csv"]
    for key, value in params.items():
        args += ["-p", f"{key}={value}"]
    ran = invoke(*args)
    assert ran.exit_code == 0, ran.stderr
    rows = csv.DictReader(io.StringIO(ran.stdout))
    return {
        (row.get("supplier") or row["subject"], row.get("buyer")): row["sources"] for row in rows
    }


def test_named_queries_list_a_document_once_by_its_plainest_spelling(watched, tmp_path):
    # Both spellings were listed: `techcrunch.com/2020/…/clearview-ai-ice-hsi-contract-2020`
    # twice in the text table, the award as `usaspending.gov` (its older form, cut at its
    # fragment) beside its record's address.
    out, _ = _built(tmp_path)
    suppliers = _listed(out, "suppliers", agency="ice")
    assert suppliers[("Clearview AI", "U.S. Immigration and Customs Enforcement")] == TECHCRUNCH
    assert suppliers[("Palantir Technologies", "TEST OFFICE ALPHA")] == RECORD
    single = _listed(out, "single-source")
    assert single[("Clearview AI", None)] == TECHCRUNCH
    # The page's query panel lists them as the command line does.
    watched.open(out / "graph.html")
    for name, params in (("suppliers", {"agency": "ice"}), ("single-source", {})):
        got = watched.js("([n, p]) => window.graphkit.sparqlNamed(n, p)", [name, params])
        assert as_multiset(got) == cli_rows(out, name, params), name
    assert not watched.errors


def test_path_counts_documents_in_a_graph_without_the_builds_count(tmp_path):
    # A graph written without tg:independentSources (by another tool, or edited) is counted
    # from its citations: the article cited by two spellings of its URL was "2 sources".
    out, _ = _built(tmp_path)
    graph = Graph()
    graph.parse(out / "graph.ttl")
    graph.remove((None, TG.independentSources, None))
    edited = tmp_path / "edited.ttl"
    graph.serialize(edited, format="turtle")
    ran = invoke("path", "Clearview AI", "ICE", "--graph", edited)
    assert ran.exit_code == 0, ran.stderr
    assert "   weakest hop: one source, reported" in ran.stdout.splitlines()


# The article's claim, and 404 Media's figure apart from it.
DISPUTED = _clearview("224000", INLINE) + _clearview("250000", "    - source: 404media-elite\n")
CLAIMS = (
    """() => [...document.querySelectorAll('#panel .fact li.claim')].map(li => li.textContent)"""
)


def test_a_claim_names_each_document_once(watched, tmp_path):
    # The claim TechCrunch's article makes, cited by two spellings of its URL, read
    # "TechCrunch <…>; TechCrunch <…>" in `conflicts` and "… and 1 more" on the page.
    out, _ = _built(tmp_path, again=DISPUTED)
    ran = invoke("conflicts", "Clearview AI", "--graph", out / "graph.ttl")
    assert ran.exit_code == 0, ran.stderr
    [claim] = [line for line in ran.stdout.splitlines() if "224,000 USD" in line]
    assert claim.count("TechCrunch") == 1
    assert claim.endswith("(data/facts/again.yaml:8, data/facts/ice.yaml:8)")
    watched.open(out / "graph.html")
    first, second = sorted([ENT + "clearview-ai", ENT + "ice"])
    watched.js(TIE_SOURCES, f"business|{first}|{second}")
    claims = watched.js(CLAIMS)
    assert [c for c in claims if "224,000" in c] == [
        "2020-08 – end not known; 224,000 USD; reported — " + TITLE
    ]


# Each cited document in the open panel's facts: its title, and the quotes beneath it.
CITATIONS = """() => [...document.querySelectorAll('#panel li.citation')].map(li => ({
  title: li.querySelector(':scope > a, :scope > .title').textContent,
  quotes: [...li.querySelectorAll('blockquote')].map(q => q.textContent),
}))"""


def test_a_document_cited_by_two_spellings_is_listed_once_with_each_quote(watched, tmp_path):
    # It was listed twice, once per spelling of its URL.
    out, _ = _built(tmp_path)
    watched.open(out / "graph.html")
    first, second = sorted([ENT + "clearview-ai", ENT + "ice"])
    watched.js(TIE_SOURCES, f"business|{first}|{second}")
    assert watched.js(CITATIONS) == [
        {
            "title": TITLE,
            "quotes": ["“ICE's HSI unit signed the deal”", "“the new contract is worth $224,000”"],
        }
    ]
    assert watched.page.inner_text("#panel .fact > .source-meta") == "2 citations"


def test_an_award_cited_only_by_its_older_address_is_shown_as_that_award(tmp_path):
    # Cut at its fragment, every award's page in the site's older form read `usaspending.gov`.
    out, _ = _built(tmp_path, again=AGAIN.replace("TEST0003", "TEST0099"))
    ran = invoke("query", "suppliers", "-p", "agency=ice", "--graph", out / "graph.ttl", "--wide")
    assert ran.exit_code == 0, ran.stderr
    [palantir] = [line for line in ran.stdout.splitlines() if "TEST0099" in line]
    # its last cell: the empty columns after it print nothing, the flags no row sets not at all
    assert palantir.split()[-1] == "usaspending.gov/#/award/CONT_AWD_TEST0099_7012_-NONE-_-NONE-"
