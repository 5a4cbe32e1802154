"""Reading PDF reports: graphkit's reader against the plain text of three PDF libraries.

Usage:
  python bench/pdf_read.py                 # the README's table (bench/README.md)
  python bench/pdf_read.py --pages 200     # a longer report

Reports are written for the run with the tests' layout (`tests/pdf_support.py`, fpdf2 from the
test extra): a title page, then paragraphs in two columns under a running header, with a
footer and page numbers, long words hyphenated at line ends and footnote marks; once drawn
column by column and once a row at a time across the columns, as some programs draw. For each
reader: seconds (the best of three runs), the share of the report's paragraphs its text holds
whole (white space aside), and the running headers, footers and page numbers it leaves in.
pypdf and pdfminer.six are measured where installed (`pip install pypdf pdfminer.six`);
graphkit needs neither.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from pdf_support import Report  # noqa: E402

from graphkit.extractors.article.document import read_document  # noqa: E402

HEADER = "Civic Sightlines - Surveillance Contracts 2024"
FOOTER = "civicsightlines.org"
TOWNS = ("Ashford", "Corrin", "Dunmore", "Elmstead", "Fenwick", "Garston", "Holloway", "Kelso")
TOWNS += ("Lanark", "Marlow")


def paragraphs(count: int) -> list[str]:
    return [
        f"Vendor {i} sold surveillance drones to the {TOWNS[i % len(TOWNS)]} Police Department "
        f"in {2000 + i % 25}, according to purchase records that also show officers flying them "
        "over protests and public events without any review by the city council."
        + ("^n" if i % 3 == 0 else "")  # a footnote to every third paragraph
        for i in range(count)
    ]


def readers() -> dict:
    found = {"graphkit (pypdfium2 + layout)": lambda p: read_document(p).text}
    import pypdfium2

    def pdfium_text(path):
        pdf = pypdfium2.PdfDocument(str(path))
        try:
            return "\n".join(page.get_textpage().get_text_range() for page in pdf)
        finally:
            pdf.close()

    found["pypdfium2 get_text_range"] = pdfium_text
    try:
        from pypdf import PdfReader

        found["pypdf extract_text"] = lambda p: "\n".join(
            page.extract_text() for page in PdfReader(p).pages
        )
    except ImportError:
        pass
    try:
        from pdfminer.high_level import extract_text

        found["pdfminer.six extract_text"] = extract_text
    except ImportError:
        pass
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=60, help="about this many pages")
    args = parser.parse_args()
    written = paragraphs(args.pages * 8)
    layout = Report(header=HEADER, footer=FOOTER).title_page(("Surveillance Contracts", 24))
    layout.body(written, columns=2, notes={"n": "Purchase records, 2024."})
    whole = [" ".join(re.sub(r"\^\w+", "", p).split()) for p in written]
    with tempfile.TemporaryDirectory() as folder:
        for drawn, rows in (("column by column", False), ("a row at a time", True)):
            path = layout.save(Path(folder) / "report.pdf", rows=rows)
            print(f"{layout.pages} pages, drawn {drawn}:")
            for name, read in readers().items():
                seconds = float("inf")
                for _ in range(3):  # the best of three: the machine is shared
                    start = time.perf_counter()
                    text = read(path)
                    seconds = min(seconds, time.perf_counter() - start)
                flat = " ".join(text.split())
                kept = sum(1 for p in whole if p in flat) / len(whole)
                furniture = (
                    flat.count(HEADER) + flat.count(FOOTER) + len(re.findall(r"Page \d+", flat))
                )
                print(
                    f"  {name:30} {seconds:6.2f} s  {kept:6.1%} paragraphs whole  "
                    f"{furniture:4} furniture lines"
                )


if __name__ == "__main__":
    main()
