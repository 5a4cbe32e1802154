"""A parent's `customers` test a subsidiary's facts against a tie of one bound (a firm that
joined a group in 2019 and still belongs; one that left it in 2012), and against each of two
spans that lead a firm into one group, not one span over both: Gamma Data in Summit Group from
2004 to 2008 and again from 2015, its award of 2010 to 2012 is not Summit Group's. A tie of one
bound was not tested (every fact listed), and two spans were read as one (2004 to 2020)."""

from __future__ import annotations

import pytest
from records_support import cli_build
from remote_parity import assert_virtuoso_answers_as_locally
from support import invoke, query_rows

# Who was part of which group, and when (a blank: that bound is not known).
TIES = (
    "firm,group,start,end\n"
    "Alpha Sensors Inc,Orbit Holdings,2019,\n"
    "Beta Mapping LLC,Orbit Holdings,,2012\n"
    "Gamma Data Corp,Summit Group,2004,2008\n"
    "Gamma Data Corp,Summit Group,2015,2020\n"
    "Delta Analytics Inc,Summit Group,2004,2006\n"
    "Delta Analytics Inc,Summit Labs,2018,2020\n"
    "Summit Labs,Summit Group,,\n"
)
TIES_MAP = (
    "data: ties.csv\n"
    "subject: {column: firm, type: Company}\n"
    "relation: partOf\n"
    "object: {column: group, type: Company}\n"
    "qualifiers: {start: start, end: end}\n"
    "citation:\n"
    "  source: {url: 'https://registry.example/groups.csv', title: Groups}\n"
    "  locator: 'row {firm}'\n"
)
# Each firm's supplies to an office of its own name, dated by the sheet (a blank: not known).
SUPPLIES = (
    "firm,office,start,end\n"
    "Alpha Sensors Inc,Alpha Office,2015,2016\n"
    "Alpha Sensors Inc,Alpha Office,2017,2019\n"
    "Alpha Sensors Inc,Alpha Office,2020,2021\n"
    "Alpha Sensors Inc,Alpha Office,2010,\n"
    "Alpha Sensors Inc,Alpha Office,,\n"
    "Beta Mapping LLC,Beta Office,2010,2011\n"
    "Beta Mapping LLC,Beta Office,2014,2014\n"
    "Beta Mapping LLC,Beta Office,,2013\n"
    "Gamma Data Corp,Gamma Office,2005,2005\n"
    "Gamma Data Corp,Gamma Office,2010,2012\n"
    "Gamma Data Corp,Gamma Office,2016,2016\n"
    "Delta Analytics Inc,Delta Office,2005,2005\n"
    "Delta Analytics Inc,Delta Office,2010,2010\n"
    "Delta Analytics Inc,Delta Office,2019,2019\n"
)
SUPPLIES_MAP = (
    "data: supplies.csv\n"
    "subject: {column: firm, type: Company}\n"
    "relation: supplies\n"
    "object: {column: office, type: GovernmentAgency}\n"
    "qualifiers: {start: start, end: end}\n"
    "citation:\n"
    "  source: {url: 'https://tracker.example/supplies.csv', title: Supplies}\n"
    "  locator: 'row {firm} {start}'\n"
)
ASKED = ("Orbit Holdings", "Summit Group", "Summit Labs", "Alpha Sensors Inc")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("parent-spans")
    for name, text in (
        ("ties.csv", TIES),
        ("ties.yaml", TIES_MAP),
        ("supplies.csv", SUPPLIES),
        ("supplies.yaml", SUPPLIES_MAP),
    ):
        (folder / name).write_text(text, encoding="utf-8")
    out = folder / "out"
    result = cli_build(
        out, ("mapping", folder / "ties.yaml"), ("mapping", folder / "supplies.yaml")
    )
    assert result.exit_code == 0, result.stderr
    return out


def _customers(out, company: str) -> list[tuple[str, ...]]:
    rows = query_rows("customers", out / "graph.ttl", company=company)
    return [(r["supplier"], r["start"], r["end"], r["undated_tie"]) for r in rows]


def test_a_tie_with_only_a_start_is_tested_on_it(built):
    alpha = [r for r in _customers(built, "Orbit Holdings") if r[0] == "Alpha Sensors Inc"]
    # Its supply of 2015 to 2016 ended before Alpha joined Orbit in 2019.
    assert alpha == [
        ("Alpha Sensors Inc", "", "", "true"),
        ("Alpha Sensors Inc", "2010", "", "false"),
        ("Alpha Sensors Inc", "2017", "2019", "false"),
        ("Alpha Sensors Inc", "2020", "2021", "false"),
    ]


def test_a_tie_with_only_an_end_is_tested_on_it(built):
    beta = [r for r in _customers(built, "Orbit Holdings") if r[0] == "Beta Mapping LLC"]
    # Its supply of 2014 began after Beta left Orbit in 2012.
    assert beta == [
        ("Beta Mapping LLC", "", "2013", "false"),
        ("Beta Mapping LLC", "2010", "2011", "false"),
    ]


def test_two_spans_in_one_group_stay_two(built):
    summit = _customers(built, "Summit Group")
    # Gamma was out of Summit Group from 2009 to 2014; Delta from 2007 to 2017 (its span in
    # Summit Labs leads it into Summit Group from 2018).
    assert [r for r in summit if r[0] == "Gamma Data Corp"] == [
        ("Gamma Data Corp", "2005", "2005", "false"),
        ("Gamma Data Corp", "2016", "2016", "false"),
    ]
    assert [r for r in summit if r[0] == "Delta Analytics Inc"] == [
        ("Delta Analytics Inc", "2005", "2005", "false"),
        ("Delta Analytics Inc", "2019", "2019", "false"),
    ]
    assert _customers(built, "Summit Labs") == [("Delta Analytics Inc", "2019", "2019", "false")]


def test_the_firm_itself_lists_all_its_own(built):
    assert len(_customers(built, "Alpha Sensors Inc")) == 5


def test_the_graph_names_each_span(built):
    shown = invoke(
        "query", "-e",
        "SELECT ?m WHERE { ?m a tg:GroupMembership ; tg:member ent:gamma-data } ORDER BY ?m",
        "--format", "csv", "--graph", built / "graph.ttl",
    )  # fmt: skip
    assert shown.stdout.splitlines()[1:] == [
        "https://w3id.org/techgov/id/gamma-data/in/summit-group/2004-2008",
        "https://w3id.org/techgov/id/gamma-data/in/summit-group/2015-2020",
    ]


@pytest.mark.server
def test_virtuoso_answers_the_spans_as_oxigraph_does(built, tmp_path_factory):
    calls = [["customers", "-p", f"company={company}"] for company in ASKED]
    assert_virtuoso_answers_as_locally(built / "graph.ttl", tmp_path_factory.mktemp("v"), calls)
