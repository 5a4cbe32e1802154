"""A USAspending download sorted, filtered or joined in another order, or given beside another
download in another order, gives the same graph. What a file states on many rows and the graph
records once (an office's place under its sub-agency and department, a subawards file's prime
award and its buyer, a grant's funders on its sub-grants' rows, a recipient's parent given by
two downloads of one award) is cited by the row of the latest action or report, then the one
that says more, never the first row read; a recipient or an office spelt apart is labelled by
the spelling most rows give."""

import csv
from pathlib import Path

import pytest
from records_support import RECORDS, build_with, relationships, write_rows
from row_order_support import ORDERS, built_graph, by_content, cited_rows, reordered, rows_by_line

PRIMES = RECORDS / "prime_awards_order.csv"
# Every kind of download the importer reads, each with facts stated on several rows.
DOWNLOADS = [
    "prime_awards_order.csv",
    "subawards_order.csv",
    "prime_awards.csv",
    "subawards.csv",
    "assistance_awards.csv",
    "subgrants.csv",
    "prime_awards_offices.csv",
]


def _in(tmp_path, name: str, order):
    path = reordered(RECORDS / name, tmp_path / str(order) / name, order)
    return path, {path.name: rows_by_line(path)}


def _row(citation, files) -> dict[str, str]:
    """The row a citation names, by column."""
    rows = files[Path(citation.where.file).name]
    return dict(zip(rows[1], rows[citation.where.line], strict=True))


def _cited(rel, files) -> list[tuple[str, dict[str, str]]]:
    """(locator, row) of each of a relationship's citations that a download gives."""
    return [(c.locator, _row(c, files)) for c in rel.citations if c.extractor == "usaspending"]


def test_prime_awards_cite_the_latest_row_and_label_by_most_rows(tmp_path):
    for order in ("as is", *ORDERS):
        path, files = _in(tmp_path, "prime_awards_order.csv", order)
        result = build_with(("usaspending", path))
        labels = {
            e: (result.registry.get(e).label, result.registry.get(e).aliases)
            for e in ("acme-analytics", "test-office-of-orders-7012")
        }
        assert labels == {
            "acme-analytics": ("ACME ANALYTICS INC", ("Acme Analytics, Inc.",)),
            "test-office-of-orders-7012": ("TEST OFFICE OF ORDERS", ("Test Office Of Orders",)),
        }, order
        # the office's place under ICE, and ICE's under DHS, on every row: the latest cites it
        for child, parent in (("test-office-of-orders-7012", "ice"), ("ice", "dhs")):
            [placed] = relationships(result, "partOf", child, parent)
            [(locator, row)] = _cited(placed, files)
            assert (locator, row["award_latest_action_date"]) == ("TESTO002", "2022-09-30")
        # the parent company: award TESTO001's two rows give one citation, the later row's
        [owned] = relationships(result, "partOf", "acme-analytics", "acme-holdings")
        cited = {locator: row["total_obligated_amount"] for locator, row in _cited(owned, files)}
        assert cited == {"TESTO001": "150", "TESTO002": "200"}


def test_a_subawards_file_states_its_prime_award_from_the_latest_report(tmp_path):
    """Both subaward rows describe award TESTO001 and its buyer alike: the row of the latest
    report (SUB-B, changed 2021-06-01) cites them, whichever comes first."""
    for order in ("as is", "reversed"):
        path, files = _in(tmp_path, "subawards_order.csv", order)
        result = build_with(("usaspending", path))
        sub = result.registry.get("gamma-parts")
        assert (sub.label, sub.aliases) == ("Gamma Parts, LLC", ("GAMMA PARTS LLC",))
        contract = result.registry.get("cont-awd-testo001-7012-none-none")
        assert _row(contract.details.citation, files)["subaward_number"] == "SUB-B"
        [buyer] = relationships(result, "supplies", "acme-analytics", "ice")
        assert [row["subaward_number"] for _, row in _cited(buyer, files)] == ["SUB-B"]


@pytest.mark.parametrize("name", DOWNLOADS)
@pytest.mark.parametrize("order", ORDERS)
def test_a_download_in_another_row_order_gives_the_same_graph(tmp_path, name, order):
    """Labels, citations (by row content, each line following its row) and every other
    triple are the same."""
    path, files = _in(tmp_path, name, "as is")
    cited = cited_rows(build_with(("usaspending", path)), files)
    skipped = name in ("prime_awards.csv", "subawards.csv", "assistance_awards.csv")
    graph = by_content(built_graph([("usaspending", path)], tmp_path / "a", skipped), [path])
    reordered(RECORDS / name, path, order)
    after = build_with(("usaspending", path))
    assert cited_rows(after, {path.name: rows_by_line(path)}) == cited
    assert by_content(built_graph([("usaspending", path)], tmp_path / "b", skipped), [path]) == (
        graph
    )


def test_two_downloads_give_the_same_graph_whichever_is_listed_first(tmp_path):
    """Award TESTO001 downloaded twice, the rows in two files: the same bytes either way."""
    with open(PRIMES, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    early = write_rows(tmp_path / "Contracts_PrimeAwardSummaries_1.csv", [rows[0], rows[3]])
    later = write_rows(tmp_path / "Contracts_PrimeAwardSummaries_2.csv", rows[1:3])
    sources = [("usaspending", early), ("usaspending", later)]
    first = built_graph(sources, tmp_path / "a")
    assert built_graph(sources[::-1], tmp_path / "b") == first
    result = build_with(*sources[::-1])
    [owned] = relationships(result, "partOf", "acme-analytics", "acme-holdings")
    assert {(c.locator, c.where.file.rsplit("/", 1)[-1]) for c in owned.citations} == {
        ("TESTO001", later.name),  # the later download's row, in the later file
        ("TESTO002", later.name),
    }
