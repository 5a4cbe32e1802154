"""A copy of a publisher's records (a mapping's `derived_from:`) shows in every output as any
citation does: no output gives the key the page counts a copy's sources by (`witness`)."""

from __future__ import annotations

import json

import pytest
from records_support import (
    COPY,
    HAVE_FREEZER,
    NO_FREEZER,
    cli_build,
    freezer_build,
    mapping_of,
    prime_rows,
    write_rows,
)
from support import invoke

# Every citation's fields in the JSON of `path` and `timeline`, as the README documents them.
FIELDS = ["url", "title", "publisher", "date", "quote", "locator", "extractor", "confidence"]
FIELDS.append("archive")
PALANTIR_AWARD = "TEST OFFICE ALPHA"


@pytest.fixture(scope="module")
def copied(tmp_path_factory):
    """The mini project with Palantir's award TEST0003 from a USAspending download and from a
    tracker's copy of USAspending's records (`derived_from: USAspending.gov`); its output."""
    folder = tmp_path_factory.mktemp("copied")
    prime = write_rows(folder / "prime.csv", [prime_rows()[2]])
    sheet = "vendor,office,value,award\nPalantir Technologies Inc.,TEST OFFICE ALPHA,42000000,TEST0003\n"
    out = folder / "out"
    result = cli_build(out, ("usaspending", prime), ("mapping", mapping_of(folder, sheet, COPY)))
    assert result.exit_code == 0, result.stderr
    return out


def _json(out, *args):
    result = invoke(*args, "--graph", out / "graph.ttl", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert "witness" not in result.stdout
    return json.loads(result.stdout)


def test_path_json_gives_a_copys_citation_as_any_other(copied):
    answer = _json(copied, "path", "Palantir", PALANTIR_AWARD)
    facts = answer["paths"][0]["hops"][0]["facts"]
    award = next(f for f in facts if f["relation"] == "supplies")
    assert [list(c) for c in award["citations"]] == [FIELDS, FIELDS]
    assert sorted(c["url"] for c in award["citations"]) == [
        "https://tracker.example/awards.csv",
        "https://www.usaspending.gov/award/CONT_AWD_TEST0003_7012_-NONE-_-NONE-/",
    ]


def test_timeline_json_gives_a_copys_citation_as_any_other(copied):
    answer = _json(copied, "timeline", "Palantir")
    cited = [c for f in answer["dated"] + answer["undated"] for c in f["citations"]]
    assert "https://tracker.example/awards.csv" in [c["url"] for c in cited]
    assert {tuple(c) for c in cited} == {tuple(FIELDS)}


@pytest.mark.parametrize(
    "args",
    [
        ("show", "Palantir"),
        ("show", PALANTIR_AWARD),
        ("conflicts",),
        ("stats",),
        ("rank",),
        ("communities",),
        ("entities",),
        ("query", "customers", "-p", "company=Palantir"),
        ("query", "connections", "-p", "entity=Palantir"),
        ("query", "single-source"),
    ],
)
def test_no_other_json_output_gives_it(copied, args):
    _json(copied, *args)


def test_diff_json_of_the_copys_citations_does_not_give_it(copied, tmp_path):
    prime = write_rows(tmp_path / "prime.csv", [prime_rows()[2]])
    before = tmp_path / "before"
    assert cli_build(before, ("usaspending", prime)).exit_code == 0
    result = invoke("diff", before / "graph.ttl", copied / "graph.ttl", "--format", "json")
    assert "https://tracker.example/awards.csv" in result.stdout
    assert "witness" not in result.stdout


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "jsonld", "nquads", "cypher"])
def test_no_export_gives_it(copied, fmt):
    result = invoke("export", "--format", fmt, "--graph", copied / "graph.ttl")
    assert result.exit_code == 0, result.stderr
    assert "tracker.example" in result.stdout or fmt in ("graphml", "gexf", "cypher")
    assert "witness" not in result.stdout


def test_the_csv_export_does_not_give_it(copied, tmp_path):
    result = invoke("export", "--format", "csv", "-o", tmp_path, "--graph", copied / "graph.ttl")
    assert result.exit_code == 0, result.stderr
    for name in ("nodes.csv", "edges.csv"):
        assert "witness" not in (tmp_path / name).read_text(encoding="utf-8")


@pytest.mark.skipif(not HAVE_FREEZER, reason=NO_FREEZER)
def test_the_real_freezer_path_and_timeline_the_real_files(tmp_path):
    out = freezer_build(tmp_path / "out")
    # An award Torn Apart's freezer copies from USAspending's records, and one only it names.
    for args in (
        ("path", "WEST PUBLISHING CORPORATION", "U.S. Immigration and Customs Enforcement"),
        ("path", "American Toner & Ink", "U.S. Immigration and Customs Enforcement"),
        ("timeline", "WEST PUBLISHING CORPORATION"),
        ("timeline", "American Toner & Ink"),
    ):
        answer = _json(out, *args)
        assert "xpmethod" in json.dumps(answer)
