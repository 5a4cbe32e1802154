"""`graphkit export` holds every fact `show`, `connections` and `path` give: a disputed fact that
one source's claim gives other ends (Torn Apart's "American Toner & Ink" for the award
USAspending gives "JEREMY MEYER") has an edge for those ends too, with the claim's figures and
citations and `claimed` naming whose claim it is. The exports left it out, so the firm was a node
of no edge (facts 0) while `entities` counted 2, with exit 0. A node's `facts` counts each fact
once, as `entities` does, and so does `rank`'s: a subcontract a firm reported to itself counted
twice, and `rank` gave the firm a claim names 0."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from records_support import (
    HAVE_FREEZER,
    NO_FREEZER,
    TRACKER,
    cli_build,
    freezer_build,
    mapping_of,
    prime_rows,
    tracker_claims,
)
from support import invoke

AWARD = "TEST0007"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A download's award to WEST PUBLISHING CORPORATION at TEST OFFICE ALPHA, and a tracker's
    sheet naming Meridian Toner & Ink its supplier, at another office, for 80.50 USD."""
    folder = tmp_path_factory.mktemp("export-claims")
    [row] = [r for r in prime_rows() if r["award_id_piid"] == AWARD]
    return tracker_claims(folder, [row], f"Meridian Toner & Ink,TEST OFFICE BETA,80.50,{AWARD}\n")


def _tables(out, tmp_path) -> tuple[list[dict], list[dict]]:
    result = invoke("export", "--format", "csv", "-o", tmp_path, "--graph", out / "graph.ttl")
    assert result.exit_code == 0, result.stderr
    read = [
        list(csv.DictReader(io.StringIO((tmp_path / n).read_text())))
        for n in ("nodes.csv", "edges.csv")
    ]
    return read[0], read[1]


def test_csv_has_the_edges_a_claim_gives_the_firm(built, tmp_path):
    nodes, edges = _tables(built, tmp_path)
    firm = [e for e in edges if e["source"] == "meridian-toner-and-ink"]
    assert sorted((e["relation"], e["target"]) for e in firm) == [
        ("awardedContract", "cont-awd-test0007-7012-none-none"),
        ("supplies", "test-office-beta-7012"),
    ]
    [supply] = [e for e in firm if e["relation"] == "supplies"]
    # The tracker's figure, status and citation alone: the record's office, dates and
    # permalink are about WEST PUBLISHING CORPORATION's supply.
    [record] = [e for e in edges if e["id"] == supply["id"].rsplit("-", 1)[0]]
    assert record["source"] == "west-publishing" and record["claimed"] == ""
    assert (supply["amount"], supply["currency"], supply["status"]) == ("80.50", "USD", "confirmed")
    assert (supply["start_date"], supply["end_date"]) == ("", "")
    assert (supply["citations"], supply["sources"], supply["source_url"]) == ("1", "1", TRACKER)
    assert supply["claimed"] == "Tracker"
    assert supply["disputed"] == record["disputed"] == "amount object subject"
    # Its figure is written, but not as a number to add up: the award's is the record's edge's,
    # and a sum of both counted the award twice.
    assert supply["amount_USD"] == ""
    assert record["amount_USD"] == record["amount"] == "75.25"


def test_nodes_count_facts_as_entities_does(built, tmp_path):
    nodes, _edges = _tables(built, tmp_path)
    listed = invoke("entities", "--graph", built / "graph.ttl", "--format", "json")
    counted = {e["id"]: e["facts"] for e in json.loads(listed.stdout)}
    assert {n["id"]: int(n["facts"]) for n in nodes} == counted
    facts = {n["id"]: n["facts"] for n in nodes}
    assert (facts["meridian-toner-and-ink"], facts["test-office-beta-7012"]) == ("2", "1")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_files_have_the_claimed_edge(built, tmp_path, fmt):
    target = tmp_path / f"graph.{fmt}"
    result = invoke("export", "--format", fmt, "-o", target, "--graph", built / "graph.ttl")
    assert result.exit_code == 0, result.stderr
    if fmt == "graphml":
        back = nx.read_graphml(target, force_multigraph=True)
    else:
        back = nx.read_gexf(target, relabel=False)
    [supply] = [
        d
        for s, t, d in back.edges(data=True)
        if (s, t) == ("meridian-toner-and-ink", "test-office-beta-7012")
    ]
    assert (supply["claimed"], supply["amount"], supply["status"]) == (
        "Tracker",
        "80.50",
        "confirmed",
    )
    assert "amount_USD" not in supply


def test_cypher_merges_the_claimed_edge(built, tmp_path):
    target = tmp_path / "graph.cypher"
    result = invoke("export", "--format", "cypher", "-o", target, "--graph", built / "graph.ttl")
    assert result.exit_code == 0, result.stderr
    [line] = [
        line
        for line in target.read_text().splitlines()
        if "'meridian-toner-and-ink'" in line and ":`SUPPLIES`" in line
    ]
    assert "(b:Entity {id: 'test-office-beta-7012'})" in line
    assert "`claimed`: 'Tracker'" in line and "`amount_USD`" not in line


def test_a_fact_from_a_firm_to_itself_is_not_stated(tmp_path):
    # A table that names one firm at both ends (a subcontract a firm reported to itself, as a
    # real subawards download does): once counted as one fact, with no word; now said as a
    # warning and not stated, so every count of the firm's facts is 0 alike.
    mapping = mapping_of(
        tmp_path,
        "vendor,buyer\nWEST PUBLISHING CORPORATION,WEST PUBLISHING CORPORATION\n",
        "subject: {column: vendor, type: Company}\nrelation: supplies\n"
        "object: {column: buyer, type: Company}\n"
        f"citation:\n  source: {{url: '{TRACKER}', title: Tracker}}\n  locator: row\n",
    )
    out = tmp_path / "out"
    result = cli_build(out, ("mapping", mapping))
    assert result.exit_code == 0, result.stderr
    assert "awards.csv:2 [object]: the subject and the object are one entity" in result.stderr
    nodes, edges = _tables(out, tmp_path / "csv")
    firm = "west-publishing"
    mine = [e for e in edges if firm in (e["source"], e["target"])]
    listed = invoke("entities", "--graph", out / "graph.ttl", "--format", "json")
    [counted] = [e["facts"] for e in json.loads(listed.stdout) if e["id"] == firm]
    [node] = [n for n in nodes if n["id"] == firm]
    assert int(node["facts"]) == counted == len(mine) == 0
    assert _ranked(out).get(firm, 0) == counted


def _ranked(out) -> dict[str, int]:
    shown = invoke("rank", "--graph", out / "graph.ttl", "--top", "100", "--format", "json")
    assert shown.exit_code == 0, shown.stderr
    return {row["id"]: row["facts"] for row in json.loads(shown.stdout)["entities"]}


def test_rank_counts_facts_as_entities_does(built):
    # `rank` printed the firm a claim names with 0 facts.
    listed = invoke("entities", "--graph", built / "graph.ttl", "--format", "json")
    assert _ranked(built) == {e["id"]: e["facts"] for e in json.loads(listed.stdout)}


@pytest.mark.skipif(not HAVE_FREEZER, reason=NO_FREEZER)
def test_the_real_records_claimed_supplier_has_its_edges(tmp_path):
    # Torn Apart names American Toner & Ink the supplier of HSCEMS17F00072, which USAspending
    # gives JEREMY MEYER: the firm was a node of no edge, "facts" 0.
    out = freezer_build(tmp_path / "out")
    nodes, edges = _tables(out, tmp_path / "csv")
    firm = [e for e in edges if e["source"] == "american-toner-and-ink"]
    assert sorted((e["relation"], e["amount"], e["claimed"]) for e in firm) == [
        ("awardedContract", "", "xpmethod, Columbia University"),
        ("supplies", "23132.85", "xpmethod, Columbia University"),
    ]
    [node] = [n for n in nodes if n["id"] == "american-toner-and-ink"]
    assert node["facts"] == "2"
