"""`graphkit conflicts` lists disputed awards beside disputed relationships: an award whose
records disagree only on what no relationship carries (its description, its latest action
date) was listed nowhere, so "where do my sources disagree?" was answered "nowhere". Each
record's claim is shown side by side with the file and line it was read from."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from records_support import DATASETS, RECORDS, build_unvalidated, prime_rows, write_rows
from support import MINI, invoke

from graphkit.explain.conflicts import conflicts, format_text
from graphkit.query.named import bind_params, format_table, get_query, run, to_table
from graphkit.rdf.store import load_graph
from graphkit.vocab import ENT, TG

AWARD = "cont-awd-test0003-7012-none-none"
NOTHING = "no disputed facts: where sources state a fact, they agree\n"


def _downloads(folder: Path, **changed: str) -> tuple[Path, Path]:
    """A prime award row (TEST0003) and a later download of it with `changed` cells."""
    row = next(r for r in prime_rows() if r["award_id_piid"] == "TEST0003")
    folder.mkdir(parents=True, exist_ok=True)
    return (
        write_rows(folder / "first.csv", [row]),
        write_rows(folder / "later.csv", [row | changed]),
    )


def _built(folder: Path, *files: Path, status: int = 0) -> Path:
    """The mini project built with `files` as USAspending sources: its graph file."""
    sources = [arg for f in files for arg in ("--source", f"usaspending:{f}")]
    out = folder / "out"
    result = invoke("build", "--config", MINI / "graphkit.toml", "--out", out, *sources)
    assert result.exit_code == status, result.stderr
    return out / "graph.ttl"


@pytest.fixture(scope="module")
def end_moved(tmp_path_factory):
    """Two downloads of one contract, the later with its end moved: a graph file."""
    folder = tmp_path_factory.mktemp("end")
    return _built(folder, *_downloads(folder, period_of_performance_current_end_date="2026-01-31"))


def test_an_award_disputed_on_its_end_date_is_listed_with_both_claims_and_their_lines(
    end_moved,
):
    shown = invoke("conflicts", "--graph", end_moved)
    assert shown.exit_code == 0, shown.stderr
    blocks = shown.stdout.split("\n\n")
    [award] = [b for b in blocks if f"award {AWARD})" in b]
    lines = award.splitlines()
    assert lines[0] == (
        f"⚠ Palantir Technologies awardedContract TEST0003  (disputed: performanceEnd; "
        f"award {AWARD})"
    )
    assert lines[1].split() == ["claim", "latest", "action", "period", "end", "sources"]
    # The one the award shows first (the records tie on their latest action date, on how much
    # they say and on their figure: by their values' text), each with the permalink and the
    # row it was read from.
    assert lines[2].split()[:3] == ["1", "2019-09-25", "2022-12-31"]
    assert lines[2].endswith("first.csv:2)")
    assert lines[3].split()[:3] == ["2", "2019-09-25", "2026-01-31"]
    assert lines[3].endswith("later.csv:2)")
    graph = load_graph(end_moved)
    assert str(graph.value(ENT[AWARD], TG.performanceEnd)) == "2022-12-31"
    for line in lines[2:]:
        assert "USAspending.gov <https://www.usaspending.gov/award/CONT_AWD_TEST0003_" in line
    assert len(lines) == 4
    # The relationships that carry the end are listed as before, each claim with its row.
    assert sum("(disputed: end; relationship " in b for b in blocks) == 2


def test_the_json_says_what_kind_each_dispute_is(end_moved):
    shown = invoke("conflicts", "--graph", end_moved, "--format", "json")
    disputes = json.loads(shown.stdout)
    assert sorted(d["kind"] for d in disputes) == ["award", "relationship", "relationship"]
    [award] = [d for d in disputes if d["kind"] == "award"]
    assert {k: award[k] for k in ("id", "subject", "relation", "object", "fields", "award")} == {
        "id": AWARD,
        "subject": "Palantir Technologies",
        "relation": "awardedContract",
        "object": "TEST0003",
        "fields": ["performanceEnd"],
        "award": "CONT_AWD_TEST0003_7012_-NONE-_-NONE-",
    }
    said = [
        (c["performanceEnd"], c["obligatedAmount"], [Path(x).name for x in c["lines"]])
        for c in award["claims"]
    ]
    assert said == [
        ("2022-12-31", "42000000.0", ["first.csv:2"]),
        ("2026-01-31", "42000000.0", ["later.csv:2"]),
    ]
    assert award["claims"][0]["sources"] == [
        {
            "title": "USAspending.gov award TEST0003",
            "url": "https://www.usaspending.gov/award/CONT_AWD_TEST0003_7012_-NONE-_-NONE-/",
            "publisher": "USAspending.gov",
            "locator": "TEST0003",
        }
    ]
    # a relationship's entry keeps its shape, with its kind and each claim's lines added
    for dispute in disputes:
        if dispute["kind"] == "relationship":
            assert set(dispute) == {
                "kind",
                "id",
                "subject",
                "relation",
                "object",
                "fields",
                "claims",
            }
            assert [len(c["lines"]) for c in dispute["claims"]] == [1, 1]


def test_an_award_is_about_its_holder_its_buyer_and_itself(end_moved):
    for entity in ("Palantir", "TEST OFFICE ALPHA", "TEST0003"):
        shown = invoke("conflicts", entity, "--graph", end_moved, "--format", "json")
        assert shown.exit_code == 0, shown.stderr
        assert [d["id"] for d in json.loads(shown.stdout) if d["kind"] == "award"] == [AWARD]
    other = invoke("conflicts", "Clearview AI", "--graph", end_moved)
    assert other.stdout == NOTHING


def test_an_award_disputed_on_what_no_relationship_carries_is_no_longer_invisible(tmp_path):
    """The later download says more of what the award buys and dates a later action: no
    relationship carries either, and `conflicts` said there was no disputed fact."""
    graph = _built(
        tmp_path,
        *_downloads(
            tmp_path,
            prime_award_base_transaction_description="TEST DATA - SCOPE EXTENDED",
            award_latest_action_date="2020-06-30",
        ),
    )
    [dispute] = json.loads(invoke("conflicts", "--graph", graph, "--format", "json").stdout)
    assert (dispute["kind"], dispute["fields"]) == ("award", ["description", "latestActionDate"])
    assert [(c["description"], c["latestActionDate"]) for c in dispute["claims"]] == [
        ("TEST DATA - SCOPE EXTENDED", "2020-06-30"),
        ("TEST DATA - NOT A REAL AWARD", "2019-09-25"),
    ]
    text = invoke("conflicts", "--graph", graph).stdout.splitlines()
    assert text[1].split() == ["claim", "latest", "action", "description", "sources"]
    assert "2020-06-30     TEST DATA - SCOPE EXTENDED" in text[2]


def test_a_grant_whose_downloads_disagree_is_listed_for_its_recipient(tmp_path):
    earlier, later = RECORDS / "assistance_awards.csv", RECORDS / "assistance_awards_later.csv"
    graph = _built(tmp_path, earlier, later, status=1)  # the earlier download's bad row
    shown = invoke("conflicts", "City of Brandle Falls", "--graph", graph).stdout.splitlines()
    assert shown[0] == (
        "⚠ CITY OF BRANDLE FALLS awardedContract EMWTEST0001  (disputed: latestActionDate, "
        "obligatedAmount, performanceEnd; award asst-non-emwtest0001-7022)"
    )
    assert shown[1].split() == [
        "claim", "latest", "action", "obligated", "period", "end", "sources",
    ]  # fmt: skip
    assert shown[2].split()[:5] == ["1", "2022-09-01", "400,000", "USD", "2025-08-31"]
    assert shown[2].endswith("assistance_awards_later.csv:2)")


def test_the_named_query_answers_alike_on_the_store_and_through_rdflib(end_moved):
    """`graphkit query conflicts` lists the award too, `kind` last; the award itself has one
    relationship disputed (its holder's awardedContract), its holder two (and supplies)."""
    graph = load_graph(end_moved)
    query = get_query("conflicts")
    asked = (
        ({}, ["award", "relationship", "relationship"]),
        ({"entity": "Palantir"}, ["award", "relationship", "relationship"]),
        ({"entity": "TEST0003"}, ["award", "relationship"]),
    )
    for params, kinds in asked:
        table = to_table(run(graph, query.text, bind_params(graph, query, params)), query.lists)
        assert sorted(str(row[-1]) for row in table.rows) == kinds
        for fmt in ("csv", "json", "text"):
            args = ["query", "conflicts", "--graph", end_moved, "--format", fmt, "--wide"]
            args += [arg for k, v in params.items() for arg in ("-p", f"{k}={v}")]
            shown = invoke(*args)
            assert shown.exit_code == 0, shown.stderr
            assert shown.stdout == format_table(table, fmt, None), fmt


REAL = DATASETS / "usaspending"


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/datasets/usaspending is not present")
def test_real_downloads_of_one_award_agree_until_an_update_says_otherwise(tmp_path):
    """The ICE download and the UMN one hold five awards alike, one of them as a spreadsheet
    re-saved it (`5/7/20`, `16000` for `2020-05-07`, `16000.00`): no award is disputed. An
    updated UMN download (one award modified later, its description revised) is listed, each
    record's claim with its own file and line."""
    umn = REAL / "Contracts_PrimeAwardSummaries_UMN.csv"
    ice = REAL / "Contracts_PrimeAwardSummaries_ICE_MN_dev.csv"
    agreed = build_unvalidated(("usaspending", ice), ("usaspending", umn))
    assert [d for d in conflicts(agreed.graph) if d["kind"] == "award"] == []
    with open(umn, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    changed = rows[0] | {
        "award_latest_action_date": "2025-06-30",
        "prime_award_base_transaction_description": "TEST EDIT - SCOPE REVISED",
    }
    updated = write_rows(tmp_path / "updated.csv", [changed, *rows[1:]])
    result = build_unvalidated(("usaspending", umn), ("usaspending", updated))
    [dispute] = [d for d in conflicts(result.graph) if d["kind"] == "award"]
    assert dispute["award"] == rows[0]["contract_award_unique_key"]
    assert dispute["fields"] == ["description", "latestActionDate"]
    assert [
        (c["latestActionDate"], [Path(x).name for x in c["lines"]]) for c in dispute["claims"]
    ] == [
        ("2025-06-30", ["updated.csv:2"]),
        (rows[0]["award_latest_action_date"][:10], ["Contracts_PrimeAwardSummaries_UMN.csv:2"]),
    ]
    assert "TEST EDIT - SCOPE REVISED" in format_text([dispute])
