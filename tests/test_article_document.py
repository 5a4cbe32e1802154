"""Reading articles: header lines, front matter, HTML main text, and hostile input."""

from __future__ import annotations

import pytest
from support import TESTS

from graphkit.exc import InputError
from graphkit.extractors.article import candidates
from graphkit.extractors.article.document import MAX_BYTES, read_document
from graphkit.model import PartialDate

ARTICLES = TESTS / "fixtures" / "articles"


def test_header_lines_give_the_source_and_the_body_start():
    doc = read_document(ARTICLES / "vendor-deal.txt")
    assert doc.source.url == "https://techcrunch.com/2020/08/14/clearview-ai-ice-hsi-contract-2020/"
    assert doc.source.title == "A face search vendor and a border agency"
    assert doc.source.published == PartialDate(2020, 8, 14)
    assert doc.text[doc.body_start :].startswith("Clearview AI has signed")


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("2024-11-19T08:30:00Z", PartialDate(2024, 11, 19)),
        ("2024-11-19T08:30:00+02:00", PartialDate(2024, 11, 19)),
        ("2024/11/19", PartialDate(2024, 11, 19)),
        ("4 March 2025", PartialDate(2025, 3, 4)),
        ("Sept. 12, 2024", PartialDate(2024, 9, 12)),
        ("Friday, 14 July 2023", PartialDate(2023, 7, 14)),
        ("March 3rd, 2025", PartialDate(2025, 3, 3)),
        ("8 janvier 2025", PartialDate(2025, 1, 8)),
        ("March 2025", PartialDate(2025, 3)),
        ("09/10/2024", None),  # September or October: not guessed
        ("30 February 2024", None),  # no such day: not February either
        ("not in text", None),
    ],
)
def test_a_header_date_is_read_however_the_page_writes_it(tmp_path, written, read):
    path = tmp_path / "article.txt"
    path.write_text(
        f"url: https://example.org/a\ntitle: A\ndate: {written}\n\nAcme supplies ICE.\n",
        encoding="utf-8",
    )
    assert read_document(path).source.published == read


def test_front_matter_gives_publisher_and_date():
    doc = read_document(ARTICLES / "employee-letter.md")
    assert doc.source.publisher == "Gizmodo"
    assert doc.source.published == PartialDate(2018, 4, 4)
    assert doc.text[doc.body_start :].startswith("  Engineers push back")


def test_html_main_text_leaves_out_scripts_navigation_and_footer():
    doc = read_document(ARTICLES / "sheriff-pilot.html")
    assert doc.text.startswith("Sheriff ends a face recognition pilot\n\nThe Washington County")
    for junk in ("document.write", "Microsoft supplies ICE", "Subscribe", "color: red", "comment"):
        assert junk not in doc.text
    assert doc.source.url.startswith("https://www.cnet.com/news/amazons-rekognition-program")
    assert doc.source.publisher == "CNET"
    assert doc.source.published == PartialDate(2019, 7, 18)


def test_header_values_that_are_not_urls_or_dates_are_left_out(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "url: not given in the source\ntitle: A title\ndate: not in text (2018)\n\nBody.\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert doc.source.url is None and doc.source.published is None
    assert doc.source.title == "A title"


def test_empty_file_gives_no_facts(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert candidates(path) == []


def test_binary_file_is_a_clear_error(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError) as err:
        read_document(path, "image.txt")
    assert str(err.value) == "image.txt: binary file, not an article (it contains NUL bytes)"


def test_broken_front_matter_names_the_line(tmp_path):
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_document(path, "bad.md")
    assert str(err.value).startswith("bad.md:")
    assert "front matter is not YAML" in str(err.value)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1252"])
def test_odd_encodings_are_read(tmp_path, encoding):
    path = tmp_path / "enc.txt"
    text = "title: Café\n\nThe Tech Workers Coalition criticized Palantir’s contract with DHS.\n"
    if encoding == "cp1252":
        text = text.replace("’", "'")
    path.write_bytes(text.encode(encoding))
    doc = read_document(path)
    assert doc.source.title == "Café"
    found = [(c.subject, c.relation, c.object) for c in candidates(path)]
    assert ("Tech Workers Coalition", "opposes", "Palantir") in found


def test_broken_html_still_gives_its_text(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text(
        "<html><body><div><p>ICE officer Jane Doe <b>works <i>late</p></div><p>"
        "Clearview AI has a contract with ICE.<p><table><tr><td>unclosed",
        encoding="utf-8",
    )
    found = {(c.subject, c.relation, c.object) for c in candidates(path)}
    assert ("Clearview AI", "supplies", "ICE") in found
    assert ("Jane Doe", "worksFor", "ICE") in found


def test_a_huge_file_is_read_up_to_the_limit_with_a_warning(tmp_path):
    path = tmp_path / "huge.txt"
    sentence = "Palantir has a contract with ICE, according to Example News. "
    path.write_text(sentence * (5_000_000 // len(sentence)), encoding="utf-8")
    doc = read_document(path)
    assert len(doc.text) == MAX_BYTES
    assert doc.warnings == (
        f"file is {path.stat().st_size:,} bytes; only the first {MAX_BYTES:,} were read",
    )


def test_text_without_punctuation_is_cut_into_bounded_sentences(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_text("word " * 20_000, encoding="utf-8")
    assert candidates(path) == []


def test_markdown_marks_are_blanked_and_offsets_still_point_into_the_file(tmp_path):
    path = tmp_path / "post.md"
    raw = (
        "---\ntitle: A post\n---\n\n## Contracts\n\n"
        "**Palantir** has a contract with [ICE](https://www.ice.gov/), records show.\n"
    )
    path.write_text(raw, encoding="utf-8")
    (cand,) = candidates(path)
    assert (cand.subject, cand.relation, cand.object) == ("Palantir", "supplies", "ICE")
    assert cand.evidence == "Palantir has a contract with ICE , records show."
    # The sentence starts where its first word does, after the blanked "**".
    assert raw[cand.start : cand.end] == (
        "Palantir** has a contract with [ICE](https://www.ice.gov/), records show."
    )


def test_a_sentence_naming_hundreds_of_entities_is_not_read_as_prose(tmp_path):
    path = tmp_path / "list.txt"
    names = ", ".join(f"Vendor{i} Inc." for i in range(300))
    path.write_text(f"{names} and Palantir have contracts with ICE.\n", encoding="utf-8")
    assert candidates(path) == []
