"""Two USAspending assistance downloads of one grant: an earlier one (250,000 obligated, to end
2024-08-31) and its update (400,000, to 2025-08-31, its latest action a year later), given as
two files or joined into one. The grant had no node, and its `funds` fact kept the first row
read (the download's `award_latest_action_date` was not read), so the order the files came in
decided the figure shown, with exit 0. The grant is now an award node as a contract is: it
shows the later record's figures whatever the order, is disputed on what its records disagree
on, and keeps each row's description as a claim citing that row."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from records_support import RECORDS, build_with, problems, relationships
from support import MINI, invoke

from graphkit.rdf.validation import validate_graph
from graphkit.vocab import ENT, REL, TG

EARLIER = RECORDS / "assistance_awards.csv"
LATER = RECORDS / "assistance_awards_later.csv"
SUBGRANTS = RECORDS / "subgrants.csv"
GRANT = ENT["asst-non-emwtest0001-7022"]
AGREED = ENT["asst-non-15pbjatest02-1550"]  # in both downloads, alike
KEY = "ASST_NON_EMWTEST0001_7022"
OUTPUTS = ("graph.nq", "graph.ttl", "graph.jsonld", "graph.html", "report.json")
BAD_ROW = [("assistance_awards.csv", 8, "total_obligated_amount", "'12x' is not an amount")]


def _lines_of(graph, node) -> list[str]:
    """The files and lines (file name only) citing a claim."""
    return sorted(
        f"{Path(str(where).rsplit(':', 1)[0]).name}:{str(where).rsplit(':', 1)[1]}"
        for cite in graph.objects(node, TG.citation)
        for where in graph.objects(cite, TG.inputFile)
    )


def _shown(graph) -> tuple:
    """What the grant states of itself: its obligated amount, latest action date and end,
    whether it is disputed, and on which properties."""
    return (
        [Decimal(str(v)) for v in graph.objects(GRANT, TG.obligatedAmount)],
        [str(v) for v in graph.objects(GRANT, TG.latestActionDate)],
        [str(v) for v in graph.objects(GRANT, TG.performanceEnd)],
        graph.value(GRANT, TG.disputed),
        sorted(str(v) for v in graph.objects(GRANT, TG.disputedField)),
    )


def _claims(graph) -> list[tuple]:
    """(obligated, latest action date, end, the rows citing it) of each claim of the grant."""
    return sorted(
        (
            Decimal(str(graph.value(claim, TG.obligatedAmount))),
            str(graph.value(claim, TG.latestActionDate)),
            str(graph.value(claim, TG.performanceEnd)),
            _lines_of(graph, claim),
        )
        for claim in graph.objects(GRANT, TG.claim)
    )


def _funds(result):
    [rel] = relationships(result, "funds", obj="city-of-brandle-falls")
    return rel


def test_the_later_download_is_shown_whichever_comes_first_and_each_row_is_a_claim():
    for order in ((EARLIER, LATER), (LATER, EARLIER)):
        result = build_with(*(("usaspending", f) for f in order))
        assert problems(result) == BAD_ROW and not result.violations
        graph = result.graph
        assert _shown(graph) == (
            [Decimal("400000.00")],
            ["2022-09-01"],
            ["2025-08-31"],
            graph.value(GRANT, TG.disputed).__class__(True),
            ["latestActionDate", "obligatedAmount", "performanceEnd"],
        )
        # one claim per row: the earlier download's two rows of the grant (one without its
        # description) and the later one's, each citing its own row and the grant's permalink
        assert _claims(graph) == [
            (Decimal("250000.00"), "2021-09-01", "2024-08-31", ["assistance_awards.csv:2"]),
            (Decimal("250000.00"), "2021-09-01", "2024-08-31", ["assistance_awards.csv:3"]),
            (Decimal("400000.00"), "2022-09-01", "2025-08-31", ["assistance_awards_later.csv:2"]),
        ]
        for claim in graph.objects(GRANT, TG.claim):
            [cite] = graph.objects(claim, TG.citation)
            assert str(graph.value(cite, TG.locator)) == "EMWTEST0001"
            assert str(graph.value(graph.value(cite, TG.source), TG.url)).endswith(f"/{KEY}/")
        assert str(graph.value(GRANT, TG.awardType)) == "PROJECT GRANT (B)"
        assert str(graph.value(GRANT, TG.awardId)) == KEY
        # The office's funds fact shows the same figure by the same rule, both as claims.
        rel = _funds(result)
        assert (rel.amount, str(rel.end), rel.contract) == (
            Decimal("400000.00"),
            "2025-08-31",
            "asst-non-emwtest0001-7022",
        )
        assert rel.disputed_fields == ["amount", "end"]
        assert sorted(
            (Decimal(str(graph.value(c, TG.amount))), _lines_of(graph, c))
            for c in graph.objects(REL[rel.id], TG.claim)
        ) == [
            (Decimal("250000.00"), ["assistance_awards.csv:2"]),
            (Decimal("400000.00"), ["assistance_awards_later.csv:2"]),
        ]
        # the city holds the grant, as a contract's recipient holds it
        [held] = relationships(result, "awardedContract", "city-of-brandle-falls")
        assert held.object == "asst-non-emwtest0001-7022"
        # a grant both downloads give alike is no dispute
        assert graph.value(AGREED, TG.disputed).toPython() is False
        assert list(graph.objects(AGREED, TG.claim)) == []
        assert validate_graph(graph, "shacl") == validate_graph(graph) == []


def _build(out: Path, *files: Path):
    sources = [arg for f in files for arg in ("--source", f"usaspending:{f}")]
    return invoke("build", "--config", MINI / "graphkit.toml", "--out", out, *sources)


def test_the_two_downloads_in_either_order_build_the_same_bytes(tmp_path):
    one = _build(tmp_path / "one", EARLIER, LATER)
    other = _build(tmp_path / "other", LATER, EARLIER)
    assert one.exit_code == other.exit_code == 1  # the earlier download's bad row
    for name in OUTPUTS:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "other" / name).read_bytes()


def _rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def _joined(path: Path, rows: list[dict[str, str]], header: list[str]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def _graph_lines(result) -> list[str]:
    """The graph's N-Triples lines, less the file lines citations name (which sorting moves)."""
    text = result.graph.serialize(format="nt")
    return sorted(line for line in text.splitlines() if str(TG.inputFile) not in line)


def test_two_rows_of_one_file_sorted_either_way_give_one_graph(tmp_path):
    """One file joining the two downloads' rows of the grant: the row read first was the
    figure shown, so sorting the file changed it."""
    header, earlier = _rows(EARLIER)
    _, later = _rows(LATER)
    rows = [earlier[0], later[0]]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one = build_with(("usaspending", _joined(tmp_path / "a" / "grants.csv", rows, header)))
    other = build_with(("usaspending", _joined(tmp_path / "b" / "grants.csv", rows[::-1], header)))
    assert _graph_lines(one) == _graph_lines(other)
    assert _funds(one).amount == _funds(other).amount == Decimal("400000.00")
    assert _shown(one.graph)[0] == [Decimal("400000.00")]
    assert [c[3] for c in _claims(one.graph)] == [["grants.csv:2"], ["grants.csv:3"]]
    assert [c[3] for c in _claims(other.graph)] == [["grants.csv:3"], ["grants.csv:2"]]


def test_a_subgrant_row_describes_its_prime_grant():
    """A sub-grant row names its prime award: the prime awardee holds it and its funder's fact
    is under it, its figure left to the grant's own record."""
    result = build_with(("usaspending", SUBGRANTS))
    prime = ENT["asst-non-emwtest0007-7022"]
    graph = result.graph
    assert str(graph.value(prime, TG.awardId)) == "ASST_NON_EMWTEST0007_7022"
    assert str(graph.value(prime, TG.performanceEnd)) == "2024-08-31"
    assert graph.value(prime, TG.obligatedAmount) is None
    [held] = relationships(result, "awardedContract", "state-of-testland")
    assert held.object == "asst-non-emwtest0007-7022"
    [funded] = relationships(result, "funds", obj="state-of-testland")
    assert funded.contract == "asst-non-emwtest0007-7022" and funded.amount is None
    assert problems(result) == [] and not result.violations
