"""An export's supply edge names its award: one firm's awards from one office are told apart.

Torn Apart's freezer gives GEO Group three awards from ICE's Detention Compliance And Removals
with no current value; `graphkit export --format csv` wrote them as three edges alike in every
column but the relationship id, so a reader could not say which award each was. The queries
name each row's award; the export now does too (`contract`, the award's node id in nodes.csv),
in CSV, GraphML, GEXF and Cypher."""

from __future__ import annotations

import csv
import io

import networkx as nx
import pytest
from records_support import RECORDS, cli_build
from support import REPO, SHARED, invoke

FIRM = "test-detention-firm"


def _freezer_project(tmp_path, rows):
    """The freezer's example mapping reading `rows` (a CSV in the freezer's layout) as
    downloads/freezer.csv; the mapping's path."""
    (tmp_path / "examples").mkdir()
    example = (REPO / "examples" / "torn-apart-freezer.yaml").read_text(encoding="utf-8")
    (tmp_path / "examples" / "torn-apart-freezer.yaml").write_text(example, encoding="utf-8")
    (tmp_path / "downloads").mkdir()
    (tmp_path / "downloads" / "freezer.csv").write_text(rows, encoding="utf-8")
    return tmp_path / "examples" / "torn-apart-freezer.yaml"


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export-awards")
    rows = (RECORDS / "freezer_one_office.csv").read_text(encoding="utf-8")
    result = cli_build(folder / "out", ("mapping", _freezer_project(folder, rows)))
    assert result.exit_code == 0, result.stderr
    return folder / "out" / "graph.ttl"


def _supplies(edges: list[dict[str, str]]) -> list[dict[str, str]]:
    return [e for e in edges if e["source"] == FIRM and e["relation"] == "supplies"]


def test_csv_edges_name_each_supplys_award(graph, tmp_path):
    result = invoke("export", "--format", "csv", "-o", tmp_path / "csv", "--graph", graph)
    assert result.exit_code == 0, result.stderr
    text = (tmp_path / "csv" / "edges.csv").read_text(encoding="utf-8")
    supplies = _supplies(list(csv.DictReader(io.StringIO(text))))
    assert sorted(e["contract"] for e in supplies) == ["test0911", "test0912"]
    nodes = (tmp_path / "csv" / "nodes.csv").read_text(encoding="utf-8")
    labels = {n["id"]: n["label"] for n in csv.DictReader(io.StringIO(nodes))}
    assert labels["test0911"] == "TEST0911"  # the contract column joins nodes.csv


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_files_name_each_supplys_award(graph, tmp_path, fmt):
    target = tmp_path / f"graph.{fmt}"
    result = invoke("export", "--format", fmt, "-o", target, "--graph", graph)
    assert result.exit_code == 0, result.stderr
    read = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    net = read(target)
    contracts = sorted(
        d.get("contract")
        for s, _, d in net.edges(data=True)
        if s == FIRM and d.get("relation") == "supplies"
    )
    assert contracts == ["test0911", "test0912"]


def test_cypher_names_each_supplys_award(graph):
    result = invoke("export", "--format", "cypher", "--graph", graph)
    assert result.exit_code == 0, result.stderr
    supplies = [
        line
        for line in result.stdout.splitlines()
        if "[r:`SUPPLIES`" in line and f"(a:Entity {{id: '{FIRM}'}})" in line
    ]
    assert len(supplies) == 2
    assert any("`contract`: 'test0911'" in line for line in supplies)
    assert any("`contract`: 'test0912'" in line for line in supplies)


FREEZER = SHARED / "datasets" / "torn-apart" / "freezer.csv"


@pytest.mark.skipif(not FREEZER.is_file(), reason="../shared/datasets/torn-apart is not here")
def test_geo_groups_awards_from_one_office_are_told_apart_in_the_real_freezer(tmp_path):
    mapping = REPO / "examples" / "torn-apart-freezer.yaml"
    out = tmp_path / "out"
    assert cli_build(out, ("mapping", mapping)).exit_code == 0
    result = invoke(
        "export", "--format", "csv", "-o", tmp_path / "csv", "--graph", out / "graph.ttl"
    )
    assert result.exit_code == 0, result.stderr
    edges = list(csv.DictReader(io.StringIO((tmp_path / "csv" / "edges.csv").read_text())))
    alike = {}
    for edge in edges:
        key = tuple(v for k, v in edge.items() if k != "id")
        alike[key] = alike.get(key, 0) + 1
    assert [k for k, n in alike.items() if n > 1] == []
