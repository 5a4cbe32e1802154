"""An award two records describe differently: two Contracts downloads of different date ranges,
joined into one file or given as two files, hold one award with 1000 obligated in the first and
1500 in the later. The Contract stated 1000, the first row read, as if it were the only figure,
with exit 0. It now shows the later record's figures, says it is disputed and on what, and keeps
each record's figures as a claim citing its own row, as a disputed relationship does; which
figure it shows never depends on the order the rows were read in."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from rdflib import Literal
from records_support import build_with, prime_rows, problems, relationships, write_rows

from graphkit.model import Citation, ContractDetails, Entity, PartialDate, SourceDoc
from graphkit.query.named import get_query, run
from graphkit.rdf.validation import validate_graph
from graphkit.resolve.award_records import combine
from graphkit.vocab import ENT, REL, TG

KEY = "CONT_AWD_ACME0001_7012_-NONE-_-NONE-"
CONTRACT = ENT["cont-awd-acme0001-7012-none-none"]


def _award(amount: str, latest: str) -> dict:
    [template] = [row for row in prime_rows() if row["award_id_piid"] == "TEST0003"][:1]
    return template | {
        "contract_award_unique_key": KEY,
        "award_id_piid": "ACME0001",
        "recipient_name": "ACME, INC.",
        "recipient_uei": "ACMEUEI00001",
        "recipient_parent_name": "",
        "recipient_parent_uei": "",
        "total_obligated_amount": amount,
        "award_latest_action_date": latest,
        "usaspending_permalink": f"https://www.usaspending.gov/award/{KEY}/",
    }


def _downloads(folder: Path) -> tuple[Path, Path]:
    """The first download (2020-09-30: 1000) and the later one (2021-03-31: 1500)."""
    first = write_rows(folder / "first.csv", [_award("1000", "2020-09-30")])
    later = write_rows(folder / "later.csv", [_award("1500", "2021-03-31")])
    return first, later


def _joined(folder: Path, *parts: Path) -> Path:
    joined = folder / "joined.csv"
    joined.write_text("".join(p.read_text(encoding="utf-8") for p in parts), encoding="utf-8")
    return joined


def _rows(graph, claim) -> list[str]:
    """The rows (file name and line) citing a claim."""
    return sorted(
        Path(str(where)).name
        for cite in graph.objects(claim, TG.citation)
        for where in graph.objects(cite, TG.inputFile)
    )


def _claims(graph) -> list[tuple[Decimal, str, list[str]]]:
    """(obligated amount, latest action date, the rows citing it) of each claim of the award."""
    found = []
    for claim in graph.objects(CONTRACT, TG.claim):
        amount = Decimal(str(graph.value(claim, TG.obligatedAmount)))
        found.append((amount, str(graph.value(claim, TG.latestActionDate)), _rows(graph, claim)))
    return sorted(found)


def _shown(graph) -> tuple:
    """What the Contract states of itself: one obligated amount and one latest action date,
    whether it is disputed, and on which properties."""
    return (
        [Decimal(str(v)) for v in graph.objects(CONTRACT, TG.obligatedAmount)],
        [str(v) for v in graph.objects(CONTRACT, TG.latestActionDate)],
        graph.value(CONTRACT, TG.disputed),
        sorted(str(v) for v in graph.objects(CONTRACT, TG.disputedField)),
    )


DISPUTED = (
    [Decimal("1500")],
    ["2021-03-31"],
    Literal(True),
    ["latestActionDate", "obligatedAmount"],
)


def _supplies(result):
    [rel] = [r for r in relationships(result, "supplies") if r.contract == CONTRACT[len(ENT) :]]
    return rel


def test_an_award_two_joined_downloads_give_two_figures_is_disputed_with_both(tmp_path):
    first, later = _downloads(tmp_path)
    result = build_with(("usaspending", _joined(tmp_path, first, later)))
    assert not problems(result) and not result.violations
    graph = result.graph
    assert _shown(graph) == DISPUTED
    # each figure cites its own row: the first download's (line 2), the later one's (line 4,
    # below the second header)
    assert _claims(graph) == [
        (Decimal("1000"), "2020-09-30", ["joined.csv:2"]),
        (Decimal("1500"), "2021-03-31", ["joined.csv:4"]),
    ]
    for claim in graph.objects(CONTRACT, TG.claim):
        [cite] = graph.objects(claim, TG.citation)
        assert str(graph.value(graph.value(cite, TG.source), TG.url)).endswith(f"/{KEY}/")
    # The relationship of the award shows the same figure by the same rule, both as claims.
    rel = _supplies(result)
    assert rel.amount == Decimal("1500") and rel.disputed_fields == ["amount"]
    assert sorted(c.amount for c in rel.claims) == [Decimal("1000"), Decimal("1500")]
    # Both engines read the graph as conforming.
    assert validate_graph(graph, "shacl") == validate_graph(graph) == []
    [row] = [
        r
        for r in run(graph, get_query("contracts").text, {"agency": ENT["ice"]})
        if str(r["award"]) == KEY
    ]
    assert (Decimal(str(row["amount"])), row["disputed"]) == (Decimal("1500"), Literal(True))


def _relationship_claims(graph, rel_id: str) -> list[tuple[Decimal, list[str]]]:
    """(amount, the rows citing it) of each claim of a relationship, read from the graph."""
    return sorted(
        (Decimal(str(graph.value(claim, TG.amount))), _rows(graph, claim))
        for claim in graph.objects(REL[rel_id], TG.claim)
    )


def test_each_claim_of_the_award_relationship_cites_the_row_that_says_it(tmp_path):
    """The relationship's two claims shared one citation node (one permalink, one locator),
    and it named the first row read: the claim of 1500 was cited by the row that says 1000.
    Each claim now cites its own row, as the Contract's claims do, in either order."""
    first, later = _downloads(tmp_path)
    for name, parts, lines in (("a", (first, later), (2, 4)), ("b", (later, first), (4, 2))):
        (tmp_path / name).mkdir()
        result = build_with(("usaspending", _joined(tmp_path / name, *parts)))
        assert not problems(result) and not result.violations
        graph = result.graph
        assert _relationship_claims(graph, _supplies(result).id) == [
            (Decimal("1000"), [f"joined.csv:{lines[0]}"]),
            (Decimal("1500"), [f"joined.csv:{lines[1]}"]),
        ]
        for claim in graph.objects(REL[_supplies(result).id], TG.claim):
            [cite] = graph.objects(claim, TG.citation)
            assert str(graph.value(cite, TG.locator)) == "ACME0001"
            assert str(graph.value(graph.value(cite, TG.source), TG.url)).endswith(f"/{KEY}/")
        assert validate_graph(graph, "shacl") == validate_graph(graph) == []


def test_two_downloads_as_two_files_of_one_project(tmp_path):
    first, later = _downloads(tmp_path)
    result = build_with(("usaspending", later), ("usaspending", first))
    assert not problems(result) and not result.violations
    assert _shown(result.graph) == DISPUTED
    assert _claims(result.graph) == [
        (Decimal("1000"), "2020-09-30", ["first.csv:2"]),
        (Decimal("1500"), "2021-03-31", ["later.csv:2"]),
    ]
    assert _relationship_claims(result.graph, _supplies(result).id) == [
        (Decimal("1000"), ["first.csv:2"]),
        (Decimal("1500"), ["later.csv:2"]),
    ]
    assert _supplies(result).amount == Decimal("1500")


def test_the_same_download_given_twice_is_no_dispute(tmp_path):
    first, _ = _downloads(tmp_path)
    copy = write_rows(tmp_path / "copy.csv", [_award("1000", "2020-09-30")])
    result = build_with(("usaspending", _joined(tmp_path, first, first)), ("usaspending", copy))
    assert not problems(result) and not result.violations
    assert _shown(result.graph) == ([Decimal("1000")], ["2020-09-30"], Literal(False), [])
    assert _claims(result.graph) == []
    rel = _supplies(result)
    assert (rel.amount, rel.disputed) == (Decimal("1000"), False)


def _lines(result) -> list[str]:
    """The graph's N-Triples lines, less the file lines citations name (which sorting moves)."""
    text = result.graph.serialize(format="nt")
    return sorted(line for line in text.splitlines() if str(TG.inputFile) not in line)


def test_sorting_the_rows_changes_no_figure(tmp_path):
    """Read in the other order, the joined file gives the same graph (but the lines its
    citations name): the first row read was the figure shown."""
    first, later = _downloads(tmp_path)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one = build_with(("usaspending", _joined(tmp_path / "a", first, later)))
    other = build_with(("usaspending", _joined(tmp_path / "b", later, first)))
    assert _shown(one.graph) == _shown(other.graph) == DISPUTED
    assert _lines(one) == _lines(other)
    assert _supplies(one).amount == _supplies(other).amount == Decimal("1500")


def _record(amount: str, latest: str | None, line: int, **more) -> Entity:
    citation = Citation(
        SourceDoc(url=f"https://www.usaspending.gov/award/{KEY}/"), where=f"f:{line}"
    )
    details = ContractDetails(
        award_id=KEY,
        citation=citation,
        obligated=Decimal(amount),
        latest_action_date=PartialDate.parse(latest) if latest else None,
        **more,
    )
    return Entity(id="c", label="ACME0001", type="Contract", details=details)


def test_the_figure_shown_follows_the_rule_whatever_the_order():
    """The latest action date's record; of one date, the record that says more, then the
    larger figure; a record without a date after those with one. Each field from the first
    record giving it: the later record's date and amount, the earlier one's potential value."""
    cases = [
        ([_record("1000", "2020-09-30", 1, potential=Decimal(9)), _record("1500", "2021-03-31", 2)],
         (Decimal("1500"), Decimal(9))),
        ([_record("1000", "2021-03-31", 1), _record("1500", "2021-03-31", 2)],
         (Decimal("1500"), None)),
        ([_record("1500", "2021-03-31", 1), _record("1000", "2021-03-31", 2, psc="D317")],
         (Decimal("1000"), None)),
        ([_record("1500", None, 1), _record("1000", "2020-09-30", 2)], (Decimal("1000"), None)),
    ]  # fmt: skip
    for records, (obligated, potential) in cases:
        for order in (records, records[::-1]):
            combined = combine(order)
            assert (combined.details.obligated, combined.details.potential) == (
                obligated,
                potential,
            )
            assert len(combined.records) == 2
            assert combined == combine(records)
    same = [_record("1000", "2020-09-30", 1), _record("1000", "2020-09-30", 2)]
    assert combine(same).records == ()
