"""A registry firm a download names keeps the row's UEI and DUNS: `graphkit show` and the
exports print them, and a second firm of its name under another UEI is another entity. The
registry's Palantir, named by a row with its UEI, showed no identifier, and every firm of the
name was the registry's, whatever its UEI."""

from __future__ import annotations

import csv
import json

import pytest
from records_support import cli_build, prime_rows, write_rows
from support import invoke

PALANTIR = "TESTPALANTR1"
OTHER = "TESTPALOTHR1"


def _rows():
    [row] = [r for r in prime_rows() if r["award_id_piid"] == "TEST0003"][:1]
    other = row | {
        "award_id_piid": "TEST0093",
        "contract_award_unique_key": "CONT_AWD_TEST0093_7012_-NONE-_-NONE-",
        "usaspending_permalink": row["usaspending_permalink"].replace("0003", "0093"),
        "recipient_uei": OTHER,
        "recipient_parent_uei": OTHER,
        "recipient_duns": "",
    }
    return row | {"recipient_duns": "123456789"}, other


@pytest.fixture(scope="module", params=["in order", "reversed"])
def built(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("identified")
    first, second = _rows()
    rows = [first, second] if request.param == "in order" else [second, first]
    out = folder / "out"
    result = cli_build(out, ("usaspending", write_rows(folder / "awards.csv", rows)))
    assert result.exit_code == 0, result.stderr
    return out / "graph.ttl", result.stderr


def test_show_prints_the_identifiers_a_download_gives_a_registry_firm(built):
    graph, _ = built
    shown = invoke("show", "palantir", "--graph", graph)
    assert shown.exit_code == 0, shown.stderr
    assert shown.stdout.splitlines()[2:4] == [f"  uei: {PALANTIR}", "  duns: 123456789"]
    data = json.loads(invoke("show", "palantir", "--graph", graph, "--format", "json").stdout)
    assert data["identifiers"] == {"uei": [PALANTIR], "duns": ["123456789"]}


def test_a_second_firm_of_the_name_is_another_entity_said_once(built):
    graph, stderr = built
    listed = invoke("entities", "--graph", graph, "--format", "json")
    found = {e["id"]: e["identifiers"] for e in json.loads(listed.stdout)}
    assert found["palantir"] == {"uei": PALANTIR, "duns": "123456789"}
    [other] = [i for i, ids in found.items() if ids.get("uei") == OTHER]
    assert other != "palantir"
    assert stderr.count(f"(uei {OTHER}) is another entity than the registry's palantir") == 1


@pytest.mark.parametrize("fmt", ["csv", "graphml", "gexf", "cypher"])
def test_exports_carry_a_firm_s_identifiers(built, tmp_path, fmt):
    graph, _ = built
    out = tmp_path / ("tables" if fmt == "csv" else f"graph.{fmt}")
    assert invoke("export", "--graph", graph, "--format", fmt, "-o", out).exit_code == 0
    if fmt == "csv":
        with open(out / "nodes.csv", encoding="utf-8", newline="") as handle:
            nodes = {row["id"]: row for row in csv.DictReader(handle)}
        assert (nodes["palantir"]["uei"], nodes["palantir"]["duns"]) == (PALANTIR, "123456789")
        assert [n["uei"] for n in nodes.values() if n["uei"] == OTHER] == [OTHER]
        return
    text = out.read_text(encoding="utf-8")
    assert PALANTIR in text and OTHER in text and "123456789" in text


@pytest.mark.parametrize("header", ["recipient_uei", "Recipient UEI"])
def test_the_warning_names_the_column_the_identifier_was_read_from(tmp_path, header):
    """The warning named the field `[uei]`, which no column of the file is called: it names
    the row's column as the file spells it."""
    rows = [{(header if k == "recipient_uei" else k): v for k, v in r.items()} for r in _rows()]
    out = tmp_path / "out"
    result = cli_build(out, ("usaspending", write_rows(tmp_path / "awards.csv", rows)))
    assert result.exit_code == 0, result.stderr
    [line] = [w for w in result.stderr.splitlines() if f"(uei {OTHER}) is another" in w]
    assert line.startswith(f"warning: {tmp_path / 'awards.csv'}:3 [{header}]: ")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    [warning] = [w for w in report["warnings"] if f"(uei {OTHER})" in w["message"]]
    assert (warning["line"], warning["field"]) == (3, header)
