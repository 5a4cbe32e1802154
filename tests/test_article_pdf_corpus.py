"""Each article of the annotated corpus set as a two-column report PDF (running header, footer,
page numbers, words hyphenated at line ends) gives the same facts as its text.

The corpus is read where it lies (../shared/corpus), never copied into the project.
"""

from __future__ import annotations

import re

import pytest
from pdf_support import UNICODE_FONT, Report
from support import SHARED

from graphkit.extractors.article import candidates
from graphkit.extractors.article.document import read_document

ARTICLES = SHARED / "corpus" / "articles"
CORPUS = sorted(ARTICLES.glob("*.txt")) if ARTICLES.is_dir() else []
# Words the PDF's text writes otherwise than the article, and why. A compound broken at its
# hyphen reads as one word broken in two when neither half is a word the article uses on its
# own: no rule can tell "contractor-|supplied" from "surveil-|lance" without a dictionary.
JOINED = {"24-lexisnexis-ice-nextgov": {"contractor-supplied": "contractorsupplied"}}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CORPUS, reason="../shared/corpus/articles is not here"),
    pytest.mark.skipif(
        UNICODE_FONT is None, reason="no DejaVu Sans font to set the articles' quotes and dashes"
    ),
]


def as_report(article, tmp_path):
    """The article's body set as a report: its paragraphs flowed in two columns, each line
    break the text makes within a paragraph kept; its title as the running header."""
    doc = read_document(article)
    body = doc.text[doc.body_start :]
    paragraphs = [
        "\n".join(" ".join(line.split()) for line in block.strip().split("\n"))
        for block in body.split("\n\n")
        if block.strip()
    ]
    layout = Report(unicode=True, header=(doc.source.title or "")[:90], footer="Corpus report")
    path = layout.body(paragraphs, columns=2).save(tmp_path / f"{article.stem}.pdf")
    return path, "\n\n".join(paragraphs)


def facts(path) -> set[tuple[str, str, str]]:
    return {(c.subject, c.relation, c.object) for c in candidates(path)}


@pytest.mark.parametrize("article", CORPUS, ids=[a.stem for a in CORPUS])
def test_the_pdf_of_an_article_gives_the_facts_of_its_text(article, tmp_path):
    pdf, written = as_report(article, tmp_path)
    assert facts(pdf) == facts(article)
    text = read_document(pdf).text
    for compound, read in JOINED.get(article.stem, {}).items():
        written = written.replace(compound, read)
    # Word for word; where a paragraph's line break falls at a full line, a reader of the PDF
    # cannot tell it from the column's edge, so the kinds of white space may differ.
    assert re.split(r"\s+", text) == re.split(r"\s+", written)
