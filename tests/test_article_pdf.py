"""PDF reports read as a reader reads them: columns, pages, running headers and footers, page
numbers, footnotes, hyphens at line ends; the facts they state, each on its page."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from pdf_support import UNICODE_FONT, Report

from graphkit.extractors.article import candidates
from graphkit.extractors.article.document import read_document

HEADER = "Civic Sightlines - Surveillance Contracts 2024"
FOOTER = "civicsightlines.org"
PARAGRAPHS = [
    "Civic Sightlines reviewed the contracts that police departments and federal agencies "
    "signed with surveillance vendors between 2019 and 2023.",
    "Palantir Technologies holds a contract with U.S. Immigration and Customs Enforcement for "
    "its investigative case management system, and the agency has renewed it every year "
    "since 2014.",
    "Clearview AI sold facial recognition licenses to the Yorvik Police Department, which ran "
    "more than 400 searches with the tool in its first year.",
    "Amazon Web Services hosts Palantir's platform for the Department of Homeland Security. "
    "The Electronic Frontier Foundation criticized the arrangement in a letter to Congress.",
    "Axon Enterprise supplies body cameras to the Brandle Falls Police Department, whose "
    "officers began wearing them in 2021. The city council approved a second contract with "
    "Axon in 2023 after a short debate about costs and retention rules.",
]
FACTS = {
    ("Palantir Technologies", "supplies", "U.S. Immigration and Customs Enforcement"),
    ("Clearview AI", "supplies", "Yorvik Police Department"),
    ("Amazon Web Services", "hosts", "Palantir Technologies"),
    ("Axon Enterprise", "supplies", "Brandle Falls Police Department"),
}
VENDORS = ["Skyward Drones", "Brightline Analytics", "Cobalt Vision", "Delta Sensing"]
TOWNS = [
    *("Ashford", "Corrin", "Dunmore", "Elmstead", "Fenwick", "Garston", "Holloway", "Kelso"),
    *("Lanark", "Marlow", "Norbury", "Oakham", "Penrith", "Redmire", "Selby", "Thirsk"),
    *("Ulverston", "Ventnor", "Whitby", "Yarm", "Zennor", "Alnwick", "Bampton", "Cheadle"),
]
# Paragraphs of one sentence each, stating a fact of its own, to fill pages: [(text, fact)]
FILLER = [
    (
        f"{VENDORS[i % len(VENDORS)]} sold surveillance drones to the {town} Police Department "
        f"in {2000 + i}, according to purchase records that also show officers flying them over "
        "protests and public events without any review by the city council.",
        (VENDORS[i % len(VENDORS)], "supplies", f"{town} Police Department"),
    )
    for i, town in enumerate(TOWNS)
]


def report(**kwargs) -> Report:
    return Report(header=HEADER, footer=FOOTER, **kwargs).title_page(
        ("Surveillance Contracts 2024", 24), ("Who sells what to whom", 14), ("March 2024", 12)
    )


def facts(path) -> set[tuple[str, str, str]]:
    return {(c.subject, c.relation, c.object) for c in candidates(path)}


def body(path) -> str:
    return read_document(path).text


def long_body() -> list[str]:
    """Three pages of paragraphs in one column, each stating a fact of its own."""
    return PARAGRAPHS + [p for p, _ in FILLER] + PARAGRAPHS[:2]


def test_a_report_gives_its_facts_and_none_of_its_page_furniture(tmp_path):
    path = report().body(long_body()).save(tmp_path / "report.pdf")
    text = body(path)
    assert FACTS | {fact for _, fact in FILLER} <= facts(path)
    for furniture in (HEADER, FOOTER, "Page 2", "Page 3"):
        assert furniture not in text
    # The title page's lines are paragraphs of their own, not the first sentence's opening
    assert text.startswith(
        "Surveillance Contracts 2024\n\nWho sells what to whom\n\nMarch 2024\n\nCivic Sightlines"
    )
    assert text.split("\n\n")[3:] == long_body()  # each paragraph whole, its lines joined


def test_a_sentence_runs_on_across_a_page_and_is_cited_on_both(tmp_path):
    path = report().body(long_body()).save(tmp_path / "report.pdf")
    found = candidates(path)
    assert {"page 2", "page 3", "pages 2-3"} <= {c.page for c in found}
    (across,) = [c for c in found if c.page == "pages 2-3"]
    assert across.evidence in long_body()  # the sentence the page break cuts, whole


@pytest.mark.parametrize("columns", [2, 3])
def test_columns_are_read_one_after_the_other(tmp_path, columns):
    path = report().body(long_body(), columns=columns).save(tmp_path / "columns.pdf")
    assert body(path).split("\n\n")[3:] == long_body()
    assert FACTS | {fact for _, fact in FILLER} <= facts(path)


def test_columns_drawn_a_row_at_a_time_read_as_columns(tmp_path):
    layout = report().body(long_body(), columns=2)
    in_order = body(layout.save(tmp_path / "columns.pdf"))
    by_rows = body(layout.save(tmp_path / "rows.pdf", rows=True, furniture_last=True))
    assert by_rows == in_order


def test_words_placed_one_by_one_read_as_a_line(tmp_path):
    justified = report(words_apart=True).body(long_body(), columns=2)
    plain = report().body(long_body(), columns=2)
    assert body(justified.save(tmp_path / "apart.pdf")) == body(plain.save(tmp_path / "plain.pdf"))


def test_a_word_broken_at_a_line_end_is_joined_and_a_compound_keeps_its_hyphen(tmp_path):
    path = (
        report()
        .body(
            [
                "The records show that ICE paid $95.9 million for the Palantir-\nbuilt "
                "software, and that the department's surveil-\nlance unit ran most searches "
                "without a warrant. Officers called it the anti-\nICE provision.",
                "Palantir said the software was built for case management.",
            ]
        )
        .save(tmp_path / "hyphens.pdf")
    )
    text = body(path)
    assert "the Palantir-built software" in text
    assert "department's surveillance unit" in text
    assert "the anti-ICE provision" in text
    assert "surveil-" not in text


def test_a_word_broken_by_the_layout_reads_whole(tmp_path):
    # Long words broken wherever the column ends, three letters or more on each side
    words = "Administration Immigration Enforcement Investigations surveillance"
    paragraphs = [f"{words} {i} " * 3 for i in range(30)]
    path = report().body(paragraphs, columns=3).save(tmp_path / "narrow.pdf")
    text = body(path)
    assert "-" not in text
    assert text.split("\n\n")[3:] == [" ".join(p.split()) for p in paragraphs]


def test_footnote_marks_leave_the_words_and_notes_follow_the_body(tmp_path):
    paragraphs = [
        "The records show that ICE paid $95.9 million for the software in 2022.^records "
        "Palantir^company declined to comment.",
        *PARAGRAPHS,
    ]
    notes = {
        "records": "Records obtained by Civic Sightlines under a public records request.",
        "company": "Email to Civic Sightlines, 4 March 2024.",
    }
    path = report().body(paragraphs * 2, notes=notes).save(tmp_path / "notes.pdf")
    text = body(path)
    assert text.count("in 2022. Palantir declined to comment.") == 2
    assert text.endswith(
        "1 Records obtained by Civic Sightlines under a public records request.\n\n"
        "2 Email to Civic Sightlines, 4 March 2024.\n\n"
        "3 Records obtained by Civic Sightlines under a public records request.\n\n"
        "4 Email to Civic Sightlines, 4 March 2024."
    )
    assert text.count(PARAGRAPHS[4]) == 2  # the notes of a page do not cut its last sentence


def test_page_numbers_alone_are_dropped_even_on_one_page(tmp_path):
    path = Report(numbers="- {n} -").body(PARAGRAPHS).save(tmp_path / "one.pdf")
    text = body(path)
    assert "- 1 -" not in text and text.endswith(PARAGRAPHS[-1])


def test_a_margin_line_that_repeats_nowhere_is_kept(tmp_path):
    layout = Report(numbers=None).body(PARAGRAPHS)
    layout.texts.append(layout.texts[0].__class__(1, 56, 812, 8, "Draft for comment."))
    text = body(layout.save(tmp_path / "draft.pdf"))
    assert text.endswith("Draft for comment.")


def test_a_line_its_writer_ended_ends_its_sentence(tmp_path):
    letter = [
        "We ask the council to end the contract with Clearview AI.\n"
        "Jane Roe, Director of the Privacy League\n"
        "She has written to the council twice this year about the searches.",
        *PARAGRAPHS,
    ]
    text = body(Report(numbers=None).body(letter).save(tmp_path / "letter.pdf"))
    assert text.startswith(
        "We ask the council to end the contract with Clearview AI.\n\n"
        "Jane Roe, Director of the Privacy League\n"
        "She has written to the council twice this year about the searches."
    )


def test_offsets_point_into_the_extracted_text(tmp_path):
    path = report().body(long_body(), columns=2).save(tmp_path / "report.pdf")
    text = body(path)
    found = candidates(path)
    assert found
    for cand in found:
        assert cand.evidence == " ".join(text[cand.start : cand.end].split())


def test_the_same_pdf_gives_the_same_text_and_facts(tmp_path):
    layout = report().body(long_body(), columns=2)
    first, second = layout.save(tmp_path / "a.pdf"), layout.save(tmp_path / "b.pdf")
    assert first.read_bytes() == second.read_bytes()
    assert body(first) == body(second)
    named = {"file": None, "title": None}  # the files' own names
    dicts = [[c.as_dict() | named for c in candidates(p)] for p in (first, second)]
    assert dicts[0] == dicts[1]


@pytest.mark.skipif(UNICODE_FONT is None, reason="no DejaVu Sans font (fonts-dejavu-core)")
def test_ligatures_odd_spaces_soft_hyphens_and_superscript_marks_read_as_letters(tmp_path):
    path = (
        Report(unicode=True)
        .body(
            [
                "The Oﬃce of the Inspector General¹ ﬁled its ﬁndings on the\u00a0contract: "
                "the con\u00adtract with Palantir was ﬂawed, and the surveil\u00ad\nlance data "
                "ﬂowed to ICE.",
            ]
        )
        .save(tmp_path / "letters.pdf")
    )
    text = body(path)
    assert text == (
        "The Office of the Inspector General filed its findings on the contract: the contract "
        "with Palantir was flawed, and the surveillance data flowed to ICE."
    )


def test_a_page_turned_by_its_rotate_entry_reads_as_shown(tmp_path):
    layout = report().body(long_body(), columns=2)
    turned = layout.save(tmp_path / "turned.pdf", turned=True)
    assert body(turned) == body(layout.save(tmp_path / "upright.pdf"))


@pytest.mark.slow
def test_extract_prints_the_same_facts_under_any_hash_seed(tmp_path):
    report().body(long_body(), columns=2).save(tmp_path / "report.pdf")
    outputs = set()
    for seed in ("1", "2"):
        run = subprocess.run(
            [sys.executable, "-m", "graphkit", "extract", "report.pdf", "--format", "jsonl"],
            capture_output=True,
            text=True,
            env=dict(os.environ, PYTHONHASHSEED=seed),
            cwd=tmp_path,
            check=True,
        )
        outputs.add(run.stdout)
    (output,) = outputs
    assert len(output.splitlines()) >= len(FACTS) + len(FILLER)
