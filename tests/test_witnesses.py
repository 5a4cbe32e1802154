"""One document is one witness however its URL is written or catalogued: corroboration counts
documents, not spellings of their addresses."""

from __future__ import annotations

from support import MINI, copy_project

from graphkit.build.pipeline import build
from graphkit.config import load_config
from graphkit.sources.documents import document_address

TECHCRUNCH = "https://techcrunch.com/2020/08/14/clearview-ai-ice-hsi-contract-2020/"


def _built(tmp_path, facts: str, sources: str = ""):
    project = copy_project(MINI, tmp_path / "project")
    if sources:
        with (project / "data" / "sources.yaml").open("a", encoding="utf-8") as file:
            file.write(sources)
    (project / "data" / "facts" / "more.yaml").write_text(facts, encoding="utf-8")
    return build(load_config(project / "graphkit.toml"))


def _clearview_ice(result):
    [rel] = [
        r
        for r in result.relationships
        if (r.subject, r.relation, r.object) == ("clearview-ai", "supplies", "ice")
    ]
    return rel


def test_a_page_catalogued_under_two_ids_is_one_source_and_said(tmp_path):
    # Before, the fact citing both ids was corroborated by two independent sources, and
    # `single-source` did not list it, with exit 0.
    result = _built(
        tmp_path,
        "- subject: clearview-ai\n  relation: supplies\n  object: ice\n  amount: 224000\n"
        "  currency: USD\n  start: 2020-08\n  citations:\n  - source: clearview-again\n",
        f"- id: clearview-again\n  url: {TECHCRUNCH}\n  title: Clearview AI and ICE\n  publisher: TechCrunch\n"
        "  kind: article\n",
    )
    assert _clearview_ice(result).independent_sources == 1
    [notice] = [n for n in result.warnings if n.field == "url"]
    assert str(notice) == (
        "data/sources.yaml:26 [url]: source 'clearview-again' is the document of "
        "'techcrunch-clearview-ice' (data/sources.yaml:7): its URL names the same page, so "
        "facts citing both count one source; cite one id"
    )
    assert result.problems == []


def test_a_catalogued_page_cited_inline_by_another_spelling_of_its_url_is_one_source(tmp_path):
    spellings = [
        TECHCRUNCH.rstrip("/"),
        TECHCRUNCH + "#:~:text=ICE",  # a browser's "copy link to highlight"
        TECHCRUNCH + "?utm_source=twitter&utm_medium=social",
        TECHCRUNCH.replace("https://", "http://www."),
        TECHCRUNCH.replace("https://techcrunch.com", "HTTPS://TechCrunch.com"),
    ]
    citations = "".join(f"  - url: {url}\n    title: Clearview and ICE\n" for url in spellings)
    result = _built(
        tmp_path,
        "- subject: clearview-ai\n  relation: supplies\n  object: ice\n  amount: 224000\n"
        f"  currency: USD\n  start: 2020-08\n  citations:\n{citations}",
    )
    rel = _clearview_ice(result)
    assert len(rel.citations) == 6
    assert rel.independent_sources == 1
    assert result.problems == []


def test_an_upper_case_scheme_is_read_as_its_lower_case(tmp_path):
    # "HTTPS://…" was accepted, then failed validation against the shapes with no file named.
    result = _built(
        tmp_path,
        "- subject: clearview-ai\n  relation: supplies\n  object: ice\n  citations:\n"
        "  - url: HTTPS://Example.org/Story\n    title: A story\n",
    )
    urls = {c.source.url for r in result.relationships for c in r.citations}
    assert "https://Example.org/Story" in urls
    assert result.problems == []


def test_two_pages_stay_two_sources():
    assert document_address("https://example.org/a?id=1") != document_address(
        "https://example.org/a?id=2"
    )
    assert document_address("https://example.org/a") != document_address("https://example.org/b")
    assert document_address("https://example.org:8080/a") != document_address(
        "https://example.org/a"
    )
