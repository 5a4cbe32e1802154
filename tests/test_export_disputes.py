"""An exported edge says what its sources dispute: Clearview AI's contract with ICE, $224,000
in one report, $250,000 in another and denied by the company, was an edge of 224000 and status
`reported` in GraphML, GEXF, CSV and Cypher alike, as if one source gave the only figure."""

from __future__ import annotations

import csv

import networkx as nx
import pytest
from support import TESTS, built_graph, invoke

CLAIMS = TESTS / "fixtures" / "claims"
CONTRACT = "0e8d9750ae70d7fcba84"  # Clearview AI supplies ICE


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    return built_graph(CLAIMS, tmp_path_factory.mktemp("claims") / "out")


def _export(graph_file, fmt, target):
    result = invoke("export", "--format", fmt, "-o", target, "--graph", graph_file)
    assert result.exit_code == 0, result.stderr
    return target


def test_csv_names_the_disputed_fields(graph_file, tmp_path):
    folder = _export(graph_file, "csv", tmp_path / "csv")
    with (folder / "edges.csv").open(encoding="utf-8") as file:
        edges = {e["id"]: e for e in csv.DictReader(file)}
    assert edges[CONTRACT]["disputed"] == "amount denied"
    assert edges[CONTRACT]["amount"] == "224000"
    undisputed = [e for e in edges.values() if e["id"] != CONTRACT]
    assert undisputed and all(e["disputed"] == "" for e in undisputed)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_files_carry_it_on_the_edge(graph_file, tmp_path, fmt):
    target = _export(graph_file, fmt, tmp_path / f"graph.{fmt}")
    net = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(target)
    disputed = [(s, t, d["disputed"]) for s, t, d in net.edges(data=True) if "disputed" in d]
    assert disputed == [("clearview-ai", "ice", "amount denied")]


def test_cypher_sets_it_on_the_relationship(graph_file, tmp_path):
    text = _export(graph_file, "cypher", tmp_path / "graph.cypher").read_text(encoding="utf-8")
    [line] = [line for line in text.splitlines() if f"{{id: '{CONTRACT}'}}" in line]
    assert "`disputed`: 'amount denied'" in line
