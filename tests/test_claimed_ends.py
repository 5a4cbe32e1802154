"""A firm or an office that one source names only in its claim of a disputed fact (a report
giving an award a record gives another supplier, as Torn Apart's "American Toner & Ink" for the
award USAspending gives "JEREMY MEYER") is in that fact: `show` and `timeline` list it under the
entity, `conflicts ENTITY` lists the dispute, and the build does not call the entity unused.
Each said "no facts", "no disputed facts" and "appears in no fact", with exit 0."""

from __future__ import annotations

import csv
import io
import json

import pytest
from records_support import cli_build, mapping_of, prime_rows, write_rows
from support import invoke

AWARD = "TEST0007"
PERMALINK = "https://www.usaspending.gov/award/CONT_AWD_TEST0007_7012_-NONE-_-NONE-/"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A download's award to WEST PUBLISHING CORPORATION at TEST OFFICE ALPHA, and a tracker's sheet
    naming Meridian Toner & Ink as its supplier, and another office as its buyer."""
    folder = tmp_path_factory.mktemp("claimed")
    [row] = [r for r in prime_rows() if r["award_id_piid"] == AWARD]
    prime = write_rows(folder / "prime.csv", [row])
    mapping = mapping_of(
        folder,
        f"vendor,office,value,award\nMeridian Toner & Ink,TEST OFFICE BETA,75.25,{AWARD}\n",
        "subject: {column: vendor, type: Company}\n"
        "relation: supplies\n"
        "object: {column: office, type: GovernmentAgency, scope: {value: '7012'}}\n"
        "qualifiers: {amount: value, currency: {value: USD}, contract: award}\n"
        "citation:\n"
        "  source: {url: 'https://tracker.example/awards.csv', title: Tracker}\n"
        "  locator: 'award {award}'\n",
    )
    out = folder / "out"
    result = cli_build(out, ("usaspending", prime), ("mapping", mapping))
    assert result.exit_code == 0, result.stderr
    return result, out


@pytest.mark.parametrize("graph", ["graph.ttl", "graph.nq"])
def test_conflicts_of_a_firm_a_claim_names_lists_the_dispute(built, graph):
    _result, out = built
    shown = invoke("conflicts", "Meridian Toner & Ink", "--graph", out / graph)
    assert shown.exit_code == 0, shown.stderr
    heads = [line for line in shown.stdout.splitlines() if line.startswith("⚠")]
    assert heads == [
        f"⚠ WEST PUBLISHING CORPORATION awardedContract {AWARD}  (disputed: subject; "
        + heads[0].rsplit("; ", 1)[1],
        "⚠ WEST PUBLISHING CORPORATION supplies TEST OFFICE ALPHA  (disputed: object, subject; "
        + heads[1].rsplit("; ", 1)[1],
    ]
    assert "Meridian Toner & Ink → TEST OFFICE BETA" in shown.stdout
    # Each table's second column is named for what its claims name: the award's holders, the
    # supply's suppliers and buyers (the award's column was headed "buyer").
    lines = shown.stdout.splitlines()
    heading = [lines[lines.index(head) + 1].split("  ")[1:3] for head in heads]
    assert heading == [["claim", "holder → award"], ["claim", "supplier → buyer"]]
    # The office a claim names as the buyer has the dispute too.
    office = invoke("conflicts", "TEST OFFICE BETA", "--graph", out / graph)
    assert [line for line in office.stdout.splitlines() if line.startswith("⚠")] == heads[1:]


def test_show_lists_the_facts_a_claim_names_the_firm_in_from_its_side(built):
    _result, out = built
    shown = invoke("show", "Meridian Toner & Ink", "--graph", out / "graph.ttl")
    assert shown.exit_code == 0, shown.stderr
    assert "no facts" not in shown.stdout
    lines = shown.stdout.splitlines()
    assert "awarded contract (1)" in lines and "supplies (1)" in lines
    # From the firm's side, with the office the tracker names: the record's office was shown,
    # "Meridian Toner & Ink supplies TEST OFFICE ALPHA", which no source says.
    fact = lines[lines.index("supplies (1)") + 1]
    assert fact.startswith("  TEST OFFICE BETA  [⚠ disputed: object, subject;")
    assert fact.endswith("(named only in claims of Tracker)")
    assert any("by Meridian Toner & Ink; to TEST OFFICE BETA" in line for line in lines)
    data = json.loads(
        invoke(
            "show", "Meridian Toner & Ink", "--graph", out / "graph.ttl", "--format", "json"
        ).stdout
    )
    [supplies] = data["relations"]["supplies"]
    assert supplies["claimed"] and supplies["direction"] == "out"
    assert supplies["other"] == {"id": "test-office-beta-7012", "label": "TEST OFFICE BETA"}
    # The record's own supplier keeps its facts, not marked.
    vendor = json.loads(
        invoke(
            "show", "WEST PUBLISHING CORPORATION", "--graph", out / "graph.ttl", "--format", "json"
        ).stdout
    )
    assert not vendor["relations"]["supplies"][0]["claimed"]
    # The office named only as a claim's buyer reads the fact backwards.
    office = invoke("show", "TEST OFFICE BETA", "--graph", out / "graph.ttl")
    assert "supplied by (1)" in office.stdout.splitlines()
    assert "  Meridian Toner & Ink  [⚠ disputed" in office.stdout


def test_timeline_lists_them_too(built):
    _result, out = built
    shown = invoke("timeline", "Meridian Toner & Ink", "--graph", out / "graph.ttl")
    assert shown.exit_code == 0, shown.stderr
    # Undated, as the tracker gives them: the record's dates are its own supplier's.
    assert shown.stdout.splitlines()[0].endswith("): 0 dated, 2 undated")
    assert "Meridian Toner & Ink supplies TEST OFFICE BETA" in shown.stdout
    office = invoke("timeline", "TEST OFFICE BETA", "--graph", out / "graph.ttl")
    assert "TEST OFFICE BETA supplied by Meridian Toner & Ink" in office.stdout
    assert shown.stdout.count("(named only in claims of ") == 2


def test_the_build_does_not_call_the_firm_unused(built):
    result, out = built
    assert "appears in no fact" not in result.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert not [w for w in report["warnings"] if "appears in no fact" in w["message"]]


def test_entities_counts_the_facts_a_claim_names_the_firm_in(built):
    _result, out = built
    listed = invoke("entities", "--graph", out / "graph.ttl", "--format", "csv")
    assert listed.exit_code == 0, listed.stderr
    rows = {r.split(",")[2]: r.rsplit(",", 1)[1] for r in listed.stdout.splitlines()}
    assert rows["Meridian Toner & Ink"] == "2"
    assert rows["TEST OFFICE BETA"] == "1"


def test_connections_lists_them_marked_claimed(built):
    """Each with the other end, dates and sources the claim gives: the record's office
    (TEST OFFICE ALPHA), dates and citations were shown, which no source pairs with the firm."""
    _result, out = built
    asked = invoke(
        "query", "connections", "-p", "entity=Meridian Toner & Ink",
        "--graph", out / "graph.ttl", "--format", "csv",
    )  # fmt: skip
    assert asked.exit_code == 0, asked.stderr
    rows = list(csv.DictReader(io.StringIO(asked.stdout)))
    assert list(rows[0])[-1] == "claimed"
    assert [
        (r["direction"], r["relation"], r["other"], r["start"], r["citations"], r["sources"])
        for r in rows
    ] == [
        ("out", "awardedContract", AWARD, "", "1", "https://tracker.example/awards.csv"),
        ("out", "supplies", "TEST OFFICE BETA", "", "1", "https://tracker.example/awards.csv"),
    ]
    assert {r["claimed"] for r in rows} == {"true"}
    office = invoke(
        "query", "connections", "-p", "entity=TEST OFFICE BETA",
        "--graph", out / "graph.ttl", "--format", "csv",
    )  # fmt: skip
    assert [r.split(",")[:3] for r in office.stdout.splitlines()[1:]] == [
        ["in", "supplies", "Meridian Toner & Ink"]
    ]


def _paths(graph, source: str, target: str) -> dict:
    shown = invoke("path", source, target, "--graph", graph, "--format", "json")
    assert shown.exit_code == 0, shown.stderr
    return json.loads(shown.stdout)


def test_path_walks_from_the_firm_on_the_claim_and_says_so(built):
    _result, out = built
    shown = invoke("path", "Meridian Toner & Ink", "TEST OFFICE BETA", "--graph", out / "graph.ttl")
    assert shown.exit_code == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0].startswith("Meridian Toner & Ink to TEST OFFICE BETA: 1 path ")
    assert lines[3] == "Path 1: Meridian Toner & Ink → TEST OFFICE BETA"
    assert lines[5] == "   rests on one source's claim (hop 1): its record names other ends"
    assert lines[6].startswith("  1. Meridian Toner & Ink —supplies→ TEST OFFICE BETA  [")
    assert lines[6].endswith("(named only in the claim of Tracker)")
    # The hop is as strong as the tracker's claim, and cites the tracker alone.
    assert lines[7] == "     one source, confirmed, disputed"
    assert lines[8].startswith("     - Tracker <https://tracker.example/awards.csv>")
    answer = _paths(out / "graph.nq", "Meridian Toner & Ink", "TEST OFFICE ALPHA")
    # The firm reaches the record's office through the award the tracker says it holds.
    [first] = answer["paths"]
    assert [h["to"]["label"] for h in first["hops"]] == [
        AWARD, "WEST PUBLISHING CORPORATION", "TEST OFFICE ALPHA",
    ]  # fmt: skip
    assert first["claimed"] == [1]
    [fact] = first["hops"][0]["facts"]
    assert fact["claimed"] == ["Tracker"] and fact["direction"] == "forward"
    assert [c["url"] for c in fact["citations"]] == ["https://tracker.example/awards.csv"]
    assert first["hops"][2]["facts"][0]["claimed"] is None


def test_a_path_on_the_records_comes_before_one_on_a_claim(built):
    _result, out = built
    answer = _paths(out / "graph.ttl", "WEST PUBLISHING CORPORATION", "TEST OFFICE ALPHA")
    first = answer["paths"][0]
    assert first["claimed"] == [] and first["length"] == 1
    assert first["hops"][0]["facts"][0]["claimed"] is None
    # The office a claim names as the buyer is reached on that claim, marked.
    office = invoke(
        "path", "TEST OFFICE BETA", "WEST PUBLISHING CORPORATION", "--graph", out / "graph.ttl"
    )
    assert office.exit_code == 0, office.stderr
    assert "rests on one source's claim (hops 1, 2)" in office.stdout
    assert "  1. TEST OFFICE BETA ←supplies— Meridian Toner & Ink  [" in office.stdout


def test_customers_lists_the_supply_a_claim_names_the_firm_in(built):
    """`customers` of a firm only a claim names gave 0 rows; it gives the claim's customer,
    figures and source, marked claimed, and the record's firm keeps its own row alone."""
    _result, out = built
    for graph in ("graph.ttl", "graph.nq"):
        asked = invoke(
            "query", "customers", "-p", "company=Meridian Toner & Ink",
            "--graph", out / graph, "--format", "csv",
        )  # fmt: skip
        assert asked.exit_code == 0, asked.stderr
        rows = list(csv.DictReader(io.StringIO(asked.stdout)))
        assert [(r["customer"], r["supplier"], r["amount"], r["start"]) for r in rows] == [
            ("TEST OFFICE BETA", "Meridian Toner & Ink", "75.25", "")
        ]
        [row] = rows
        assert (row["disputed"], row["claimed"]) == ("true", "true")
        assert row["award"] == "CONT_AWD_TEST0007_7012_-NONE-_-NONE-"
        assert row["sources"] == "https://tracker.example/awards.csv"
    west = invoke(
        "query", "customers", "-p", "company=WEST PUBLISHING CORPORATION",
        "--graph", out / "graph.ttl", "--format", "csv",
    )  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(west.stdout)))
    assert [(r["customer"], r["claimed"]) for r in rows] == [("TEST OFFICE ALPHA", "false")]


def test_a_path_hop_says_disputed_once(built):
    _result, out = built
    shown = invoke("path", "Meridian Toner & Ink", "TEST OFFICE BETA", "--graph", out / "graph.ttl")
    assert shown.exit_code == 0, shown.stderr
    hop = shown.stdout.splitlines()[6]
    assert hop.count("disputed") == 1, hop
    assert hop.startswith("  1. Meridian Toner & Ink —supplies→ TEST OFFICE BETA  [⚠ disputed: ")


def test_a_fact_a_claim_alone_names_the_firm_in_carries_that_claim_s_own_dates_and_sources(
    built,
):
    """show and timeline gave the firm the tracker names the record's dates and sources,
    which are the record's own supplier's: the tracker gives no dates."""
    _result, out = built
    graph = out / "graph.ttl"
    shown = json.loads(
        invoke("show", "Meridian Toner & Ink", "--graph", graph, "--format", "json").stdout
    )
    for heading in ("supplies", "awarded contract"):
        [fact] = shown["relations"][heading]
        assert (fact["start"], fact["end"]) == (None, None), heading
        assert [c["url"] for c in fact["citations"]] == ["https://tracker.example/awards.csv"]
        assert fact["corroboration"] == 1
    assert shown["relations"]["supplies"][0]["amount"] == "75.25"
    text = invoke("show", "Meridian Toner & Ink", "--graph", graph).stdout
    assert "2021-06-30" not in text.split("⚠ claim")[0]
    assert "usaspending.gov" not in "".join(
        line for line in text.splitlines() if line.startswith("    - ")
    )
    timeline = json.loads(
        invoke("timeline", "Meridian Toner & Ink", "--graph", graph, "--format", "json").stdout
    )
    assert timeline["dated"] == []
    for fact in timeline["undated"]:
        assert [c["url"] for c in fact["citations"]] == ["https://tracker.example/awards.csv"]
    # The record's own supplier keeps the record's dates and sources.
    west = json.loads(
        invoke(
            "timeline", "WEST PUBLISHING CORPORATION", "--graph", graph, "--format", "json"
        ).stdout
    )
    assert {f["start"] for f in west["dated"]} == {"2021-06-30"}
