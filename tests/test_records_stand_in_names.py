"""A firm a row names, whose parent the row gives only by the firm's own DUNS (a subawardee
with no parent name and its own number as its parent's), is labelled by the name the row
writes: the real subawards labelled HSG, LLC, Team Wendy and Skydio "DUNS 019662332", "DUNS
023021525" and "DUNS 080069116", a name no source gives them, in `show`, `connections`,
`suppliers` and the page, with exit 0. The stand-in a parent known only by its number is
named by stays its label where no row names it ("UEI V1CAB89PMJ33")."""

from __future__ import annotations

import csv
import io

import pytest
from records_support import DATASETS, RECORDS, cli_build, table_rows, write_rows
from support import invoke

SUBAWARDS = DATASETS / "usaspending" / "Contracts_Subawards_ICE_dev.csv"


def _subawards(folder, **changed: str):
    row = table_rows(RECORDS / "subawards.csv")[0]
    row.update(subawardee_name="TEST GEAR, LLC", subawardee_uei="TESTGEAR0001")
    row.update(subawardee_duns="019000001", subawardee_parent_duns="019000001")
    row.update(subawardee_parent_name="", subawardee_parent_uei="")
    row.update(changed)
    return write_rows(folder / "subawards.csv", [row])


def _labels(out) -> dict[str, str]:
    asked = invoke(
        "query",
        "-e",
        "SELECT ?e ?label WHERE { ?e rdfs:label ?label }",
        "--graph",
        out / "graph.ttl",
        "--format",
        "csv",
    )
    assert asked.exit_code == 0, asked.stderr
    return {row["e"]: row["label"] for row in csv.DictReader(io.StringIO(asked.stdout))}


def test_a_firm_is_labelled_by_its_name_not_by_its_own_number(tmp_path):
    out = tmp_path / "out"
    built = cli_build(out, ("usaspending", _subawards(tmp_path)))
    assert built.exit_code == 0, built.stderr
    shown = invoke("show", "TEST GEAR, LLC", "--graph", out / "graph.ttl")
    assert shown.exit_code == 0, shown.stderr
    assert shown.stdout.startswith("TEST GEAR, LLC  (Company, ")
    assert "DUNS 019000001" not in shown.stdout  # neither its label nor an alias
    assert "  duns: 019000001" in shown.stdout.splitlines()
    rows = invoke(
        "query", "connections", "-p", "entity=WEST PUBLISHING CORPORATION", "--graph",
        out / "graph.ttl", "--format", "csv",
    )  # fmt: skip
    others = {row["other"] for row in csv.DictReader(io.StringIO(rows.stdout))}
    assert "TEST GEAR, LLC" in others and "DUNS 019000001" not in others


def test_a_parent_known_only_by_its_number_is_still_named_by_it(tmp_path):
    out = tmp_path / "out"
    rows = _subawards(tmp_path, subawardee_parent_duns="", subawardee_parent_uei="TESTPARENT01")
    built = cli_build(out, ("usaspending", rows))
    assert built.exit_code == 0, built.stderr
    assert "UEI TESTPARENT01" in _labels(out).values()


@pytest.mark.skipif(not SUBAWARDS.is_file(), reason="../shared/datasets/usaspending is not here")
def test_the_real_subawardees_are_labelled_by_their_names(tmp_path):
    out = tmp_path / "out"
    built = cli_build(out, ("usaspending", SUBAWARDS))
    assert built.exit_code in (0, 1), built.stderr
    labels = set(_labels(out).values())
    assert {"HSG, LLC", "TEAM WENDY LLC", "SKYDIO, INC"} <= labels
    assert not [label for label in labels if label.startswith("DUNS ")]
    assert "UEI V1CAB89PMJ33" in labels  # NEMIX CORP's parent, which no row names
