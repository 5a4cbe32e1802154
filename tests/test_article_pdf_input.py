"""A PDF's source (its catalogue entry, its own metadata) and PDFs that give no text:
encrypted, scanned, damaged, not a PDF, too long. Each is reported by name; the rest builds."""

from __future__ import annotations

import json
import random
import re

import pypdfium2
import pytest
from fpdf import FPDF
from pdf_support import MADE, Report, xmp_packet
from PIL import Image
from support import MINI, copy_project, invoke
from test_article_pdf import PARAGRAPHS, long_body, report

from graphkit.exc import InputError
from graphkit.extractors.article import pdf
from graphkit.extractors.article.document import read_document
from graphkit.model import PartialDate, SourceDoc

URL = "https://civicsightlines.org/reports/contracts-2024.pdf"


def read(path, catalog=None):
    return read_document(path, path.name, catalog)


def short(tmp_path, name="report.pdf", **save) -> object:
    return Report(numbers=None).body(PARAGRAPHS).save(tmp_path / name, **save)


# Where the source comes from


def test_title_author_and_date_come_from_the_pdfs_own_metadata(tmp_path):
    doc = read(short(tmp_path, title="Surveillance Contracts 2024", author="Civic Sightlines"))
    assert doc.source == SourceDoc(
        title="Surveillance Contracts 2024",
        publisher="Civic Sightlines",
        published=PartialDate(2024, 3, 12),
        kind="report",
    )


def test_xmp_metadata_comes_before_the_document_information(tmp_path):
    path = short(
        tmp_path,
        title="Old title",
        author="Someone",
        xmp=xmp_packet(title="Contracts &amp; Vendors", creator="Civic Sightlines", date="2024-02"),
    )
    source = read(path).source
    assert (source.title, source.publisher, source.published) == (
        "Contracts & Vendors",
        "Civic Sightlines",
        PartialDate(2024, 2),
    )


def test_a_url_in_the_xmp_metadata_cites_the_pdf(tmp_path):
    doc = read(short(tmp_path, xmp=xmp_packet(source=URL)))
    assert doc.source.url == URL and doc.notices == ()


@pytest.mark.parametrize(
    "title", ["Microsoft Word - final_v3.docx", "report.pdf", "Untitled", "Slide 1"]
)
def test_a_title_a_program_wrote_is_no_title(tmp_path, title):
    assert read(short(tmp_path, title=title)).source.title == "report.pdf"


def test_a_page_printed_from_a_browser_has_no_date_of_its_own(tmp_path):
    # The day it was printed is not the day it was published
    doc = read(short(tmp_path, producer="Skia/PDF m120", title="A news story"))
    assert doc.source.published is None and doc.source.title == "A news story"


def test_the_catalogue_entry_named_after_the_file_is_its_source(tmp_path):
    entry = SourceDoc(
        id="contracts-2024",
        url=URL,
        title="Surveillance Contracts 2024",
        publisher="Civic Sightlines",
        published=PartialDate(2024, 3, 14),
        kind="report",
    )
    by_id = short(tmp_path, "contracts-2024.pdf", title="Draft")
    assert read(by_id, {"contracts-2024": entry}).source is entry
    # or the file keeps the name it was downloaded under, the end of the entry's URL
    downloaded = short(tmp_path, "Contracts-2024.PDF", title="Draft")
    assert read(downloaded, {"civic-2024": entry}).source is entry


def test_two_catalogue_urls_ending_in_the_files_name_choose_neither(tmp_path):
    catalog = {
        "a": SourceDoc(id="a", url="https://a.example/report.pdf", title="A", publisher="A"),
        "b": SourceDoc(id="b", url="https://b.example/report.pdf", title="B", publisher="B"),
    }
    doc = read(short(tmp_path), catalog)
    assert doc.source.url is None
    assert doc.notices == (
        "several catalogue entries have a URL ending in this file's name (a, b), so none is "
        "taken; rename the file after the entry's id (a.pdf)",
    )


def test_a_pdf_without_a_url_says_where_to_give_one(tmp_path):
    doc = read(short(tmp_path, "eff-atlas.pdf"))
    assert doc.source.url is None and doc.source.title == "eff-atlas.pdf"
    assert doc.notices == (
        "no URL: neither its metadata nor the sources catalogue gives one, so its facts cite "
        "the file by name; to cite it by URL, add to data/sources.yaml an entry "
        "`id: eff-atlas` with the `url:` it was published at, and its `title:`, `publisher:` "
        "and `date:`",
    )


# PDFs that give no text, or not all of it


def scan(tmp_path, name="scan.pdf", text_pages=0):
    """Two pages that are images only (a scan without OCR), after `text_pages` of text."""
    images = FPDF(unit="pt", format=(595, 842))
    images.set_creation_date(MADE)
    for _ in range(2):
        images.add_page()
        images.image(Image.new("L", (595, 842), 255), 0, 0, 595, 842)
    path = tmp_path / name
    images.output(str(path))
    if text_pages:
        text = Report(numbers=None).body(PARAGRAPHS).save(tmp_path / "text.pdf")
        merged = pypdfium2.PdfDocument(str(text))
        merged.import_pages(pypdfium2.PdfDocument(str(path)))
        merged.save(str(path))
        merged.close()
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda tmp: short(tmp, password="secret"),
            "the PDF is encrypted with a password, so its text cannot be read; save a copy "
            "without the password (or print it to a new PDF) and read that",
        ),
        (
            scan,
            "no text layer: its 2 pages are images (a scan?); run OCR on it (for example "
            "ocrmypdf) and read the PDF that gives",
        ),
        (
            lambda tmp: _write(tmp, (data := short(tmp).read_bytes())[: len(data) // 2]),
            "not a readable PDF: the file is damaged or cut short (PDFium: data format error)",
        ),
        (
            lambda tmp: _write(tmp, b"<!DOCTYPE html><html><body>Access denied</body></html>"),
            "not a PDF: the file does not begin with %PDF- (it is an HTML page: a download "
            "that failed?)",
        ),
        (lambda tmp: _write(tmp, b""), "empty file, not a PDF"),
        (
            lambda tmp: _write(tmp, b"%!PS-Adobe-3.0\n<< /PageSize [595 842] >> setpagedevice"),
            "not a PDF: the file does not begin with %PDF-",
        ),
    ],
    ids=["encrypted", "scanned", "cut short", "html", "empty", "postscript"],
)
def test_a_pdf_that_gives_no_text_is_an_error_naming_it(tmp_path, make, message):
    path = make(tmp_path)
    with pytest.raises(InputError) as err:
        read_document(path, "reports/" + path.name)
    assert str(err.value) == f"reports/{path.name}: {message}"


def _write(tmp_path, data: bytes):
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    return path


def test_a_pdf_damaged_anywhere_is_read_or_reported_never_a_crash(tmp_path):
    data = report().body(long_body(), columns=2).save(tmp_path / "good.pdf").read_bytes()
    chance = random.Random(7)
    read, reported = 0, 0
    for i in range(40):
        damaged = bytearray(data)
        for _ in range(chance.choice([1, 5, 50])):
            damaged[chance.randrange(len(damaged))] = chance.randrange(256)
        if i % 4 == 0:
            damaged = damaged[: chance.randrange(len(damaged))]
        path = _write(tmp_path, bytes(damaged))
        try:
            read_document(path, "damaged.pdf")
            read += 1
        except InputError as err:
            assert str(err).startswith("damaged.pdf: ")
            reported += 1
    assert read and reported


def test_an_owner_password_alone_does_not_keep_the_text_from_being_read(tmp_path):
    path = Report(numbers=None).body(PARAGRAPHS).save(tmp_path / "locked.pdf", restricted=True)
    text = read(path).text
    assert text.startswith(PARAGRAPHS[0])


def test_scanned_pages_among_text_pages_are_a_warning(tmp_path):
    doc = read(scan(tmp_path, "mixed.pdf", text_pages=1))
    assert doc.text.startswith(PARAGRAPHS[0])
    assert doc.warnings == (
        "pages 2, 3 are images with no text layer (scanned?); their text is left out "
        "(OCR would give it)",
    )


def test_a_damaged_page_is_a_warning_and_the_others_are_read(tmp_path):
    path = report().body(long_body()).save(tmp_path / "report.pdf")
    data = path.read_bytes()
    second = [m.start() for m in re.finditer(rb"/Type /Page\n", data)][1]
    path.write_bytes(data[:second] + b"/Type /Pxxx\n" + data[second + 12 :])
    doc = read(path)
    assert doc.warnings == ("page 2 could not be read (damaged); its text is left out",)
    assert doc.text.startswith("Surveillance Contracts 2024\n\nWho sells what to whom")
    assert "Corrin" not in doc.text and doc.text.endswith(long_body()[-1])


def test_pages_past_the_limit_are_not_read_and_it_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "MAX_PAGES", 2)
    doc = read(report().body(long_body()).save(tmp_path / "long.pdf"))
    assert doc.warnings == ("it has 4 pages; only the first 2 were read",)
    assert doc.page_of(len(doc.text) - 1) == 2


# The commands


def test_extract_reads_pdfs_in_a_folder_and_reports_the_ones_it_cannot(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    report().body(long_body()).save(
        tmp_path / "reports" / "contracts.pdf", xmp=xmp_packet(source=URL)
    )
    short(tmp_path / "reports", "locked.pdf", password="secret")
    result = invoke("extract", "reports", "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stderr == (
        "skipped: reports/locked.pdf: the PDF is encrypted with a password, so its text cannot "
        "be read; save a copy without the password (or print it to a new PDF) and read that\n"
    )
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["file"] for r in rows} == {"reports/contracts.pdf"}
    assert {r["source"] for r in rows} == {URL}
    assert rows[0]["page"] == "page 2"


def test_a_build_cites_each_fact_by_its_page_and_goes_on_past_a_bad_pdf(tmp_path, monkeypatch):
    project = copy_project(MINI, tmp_path / "project")
    reports = project / "reports"
    reports.mkdir()
    report().body(long_body()).save(reports / "contracts-2024.pdf")
    scan(reports)
    with open(project / "data" / "sources.yaml", "a", encoding="utf-8") as catalogue:
        catalogue.write(
            f"- id: contracts-2024\n  url: {URL}\n  title: Surveillance Contracts 2024\n"
            "  publisher: Civic Sightlines\n  date: 2024-03-14\n  kind: report\n"
        )
    monkeypatch.chdir(project)
    result = invoke("build", "--source", "article:reports", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert (
        "skipped: reports/scan.pdf: no text layer: its 2 pages are images (a scan?); run OCR "
        "on it (for example ocrmypdf) and read the PDF that gives\n"
    ) in result.stderr
    graph = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "Skyward Drones" in graph and URL in graph
    assert re.search(r'tg:locator "page 3"', graph)


def test_a_pdf_without_a_url_builds_with_a_warning_saying_what_to_add(tmp_path, monkeypatch):
    project = copy_project(MINI, tmp_path / "project")
    (project / "reports").mkdir()
    short(project / "reports", "atlas.pdf")
    monkeypatch.chdir(project)
    result = invoke("build", "--source", "article:reports", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.stderr
    assert (
        "warning: reports/atlas.pdf: no URL: neither its metadata nor the sources catalogue "
        "gives one"
    ) in result.stderr
    graph = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert re.search(r'tg:locator "reports/atlas.pdf, page 1, characters \d+-\d+"', graph)
