"""Two firms a download names alike (two registrations of "WEST PUBLISHING CORPORATION", each
with its UEI) are told apart wherever a command names them beside each other: `show`,
`timeline` and `path` printed the same name twice, as if one firm were listed twice."""

from __future__ import annotations

import json

import pytest
from records_support import cli_build, prime_rows, write_rows
from support import invoke

FIRST = "WEST PUBLISHING CORPORATION (uei TESTWESTPUB1, cage TST01)"
SECOND = "WEST PUBLISHING CORPORATION (uei TESTWESTPUB2)"


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    folder = tmp_path_factory.mktemp("told-apart")
    rows = [r for r in prime_rows() if r["award_id_piid"] in ("TEST0001", "TEST0007")]
    prime = write_rows(folder / "prime.csv", rows)
    result = cli_build(folder / "out", ("usaspending", prime))
    assert result.exit_code == 0, result.stderr
    return folder / "out" / "graph.ttl"


def test_show_names_each_firm_by_its_identifier(graph):
    shown = invoke("show", "TEST OFFICE ALPHA", "--graph", graph)
    assert shown.exit_code == 0, shown.stderr
    suppliers = [line for line in shown.stdout.splitlines() if line.startswith("  WEST ")]
    assert [line.split("  [")[0].strip() for line in suppliers] == [FIRST, SECOND]
    # JSON keeps the label as the graph holds it, and says how the text tells them apart.
    data = json.loads(
        invoke("show", "TEST OFFICE ALPHA", "--graph", graph, "--format", "json").stdout
    )
    others = [f["other"] for f in data["relations"]["supplied by"]]
    assert {o["label"] for o in others} == {"WEST PUBLISHING CORPORATION"}
    assert sorted(o["name"] for o in others) == [FIRST, SECOND]


def test_a_label_no_other_entity_shares_is_printed_alone(graph):
    shown = invoke("show", "TEST OFFICE ALPHA", "--graph", graph, "--format", "json")
    data = json.loads(shown.stdout)
    assert all("name" not in f["other"] for f in data["relations"].get("part of", []))


def test_timeline_and_path_name_each_firm_by_its_identifier(graph):
    shown = invoke("timeline", "TEST OFFICE ALPHA", "--graph", graph)
    assert shown.exit_code == 0, shown.stderr
    assert f"TEST OFFICE ALPHA supplied by {FIRST}" in shown.stdout
    assert f"TEST OFFICE ALPHA supplied by {SECOND}" in shown.stdout
    ids = json.loads(
        invoke("show", "TEST OFFICE ALPHA", "--graph", graph, "--format", "json").stdout
    )
    first, second = sorted(
        (f["other"] for f in ids["relations"]["supplied by"]), key=lambda o: o["name"]
    )
    path = invoke("path", first["id"], second["id"], "--graph", graph)
    assert path.exit_code == 0, path.stderr
    assert path.stdout.splitlines()[0].startswith(f"{FIRST} to {SECOND}: ")
