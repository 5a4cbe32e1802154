"""Tables for people: they fit the terminal, amounts read as money, --wide and csv keep it all."""

import csv
import io
import re

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from support import MINI, invoke

from graphkit.cli import cli
from graphkit.query.display import fit_widths, money, short_url, text_table


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    out = tmp_path_factory.mktemp("built")
    assert invoke("build", "--config", MINI / "graphkit.toml", "--out", out).exit_code == 0
    return out / "graph.ttl"


def run(*args, columns=None):
    env = {"COLUMNS": str(columns)} if columns else {}
    result = CliRunner().invoke(cli, [str(a) for a in args], env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("columns", [60, 80, 100])
def test_query_tables_fit_the_terminal_width(graph_file, columns):
    text = run("query", "suppliers", "-p", "agency=ICE", "--graph", graph_file, columns=columns)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= columns
    assert any("…" in line for line in lines[2:-1])
    # what does not fit is cut, or its column left out, and the footer says --wide shows it
    assert lines[-1].startswith("(3 rows; ") and "--wide" in lines[-1]


def test_amounts_read_as_money_and_are_never_shortened(graph_file):
    text = run("query", "suppliers", "-p", "agency=ICE", "--graph", graph_file, columns=60)
    header = text.splitlines()[0].split()
    assert "currency" not in header  # folded into the amount
    assert "$19,400,000" in text and "$224,000" in text
    assert "19400000.0" not in text


def test_wide_and_csv_keep_every_value_whole(graph_file):
    wide = run(
        "query", "suppliers", "-p", "agency=ICE", "--graph", graph_file, "--wide", columns=60
    )
    assert "Palantir Technologies" in wide and "…" not in wide
    assert "404media.co/elite-the-palantir-app-ice-uses-to-find-neighborhoods-to-raid" in wide
    assert wide.splitlines()[-1] == "(3 rows)"
    text = run("query", "suppliers", "-p", "agency=ICE", "--graph", graph_file, "--format", "csv")
    row = next(r for r in csv.DictReader(io.StringIO(text)) if r["supplier"] == "Microsoft")
    assert row["amount"] == "19400000" and row["currency"] == "USD"
    assert row["sources"].startswith("https://digital-release.thehill.com/")


def test_entities_table_fits_and_wide_does_not(graph_file):
    narrow = run("entities", "--graph", graph_file, columns=50)
    assert max(len(line) for line in narrow.splitlines()) <= 50
    wide = run("entities", "--graph", graph_file, "--wide", columns=50)
    assert "U.S. Immigration and Customs Enforcement" in wide


def test_money_in_dollars_and_other_currencies():
    assert money("150703825.0", "USD") == "$150,703,825"
    assert money("224000.5", "USD") == "$224,000.50"
    assert money("-1200", "USD") == "-$1,200"
    assert money("9500", "EUR") == "9,500 EUR"
    assert money("9500", None) == "9,500"
    assert money("not a number", "USD") == "not a number"
    # every digit as written: `{:,.2f}` printed 1,500,000.125 as 1,500,000.12
    assert money("1500000.125", "EUR") == "1,500,000.125 EUR"


def test_urls_show_host_and_path_without_scheme():
    assert (
        short_url("https://www.usaspending.gov/award/CONT_AWD_1/")
        == "usaspending.gov/award/CONT_AWD_1"
    )
    assert short_url("http://example.org/a?b=1") == "example.org/a?b=1"
    assert short_url("mailto:x@example.org") == "mailto:x@example.org"


def test_dates_keep_their_precision_and_iris_their_prefix():
    rows = [
        [
            Literal("2014", datatype=XSD.gYear),
            Literal("2022-09-26T00:00:00", datatype=XSD.dateTime),
            URIRef("https://w3id.org/techgov/id/palantir"),
        ],
        [
            Literal("2025-09", datatype=XSD.gYearMonth),
            Literal("2022-09-26", datatype=XSD.date),
            URIRef("https://w3id.org/techgov/ontology#supplies"),
        ],
    ]
    lines = text_table(["start", "at", "who"], rows).splitlines()
    assert lines[2].split() == ["2014", "2022-09-26", "ent:palantir"]
    assert lines[3].split() == ["2025-09", "2022-09-26", "tg:supplies"]


def test_widest_columns_give_way_first_and_figures_never():
    assert fit_widths([10, 50, 12], 100) == [10, 50, 12]
    # room 40 - 4 (gaps) = 36: the 12-wide figure column stays whole, the long one takes the rest
    assert fit_widths([10, 50, 12], 40, whole={2}) == [10, 14, 12]
    assert fit_widths([30, 30], 32) == [15, 15]


def test_bundled_ice_contracts_fit_100_columns_with_dollar_amounts(tmp_path):
    from support import REPO, built_graph

    if not (REPO / "data" / "entities.yaml").is_file():
        pytest.skip("the bundled data (data/entities.yaml) is not in this checkout")
    graph = built_graph(REPO, tmp_path)
    text = run("query", "contracts", "-p", "agency=ICE", "--graph", graph, columns=100)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 100
    rows = lines[2:-1]
    assert rows and all(re.search(r"\$\d{1,3}(,\d{3})+\b", row) for row in rows)
    assert "150703825.0" not in text and "$150,703,825" in text


def test_a_column_no_row_fills_is_left_out_of_the_table_but_not_of_the_data():
    columns = ["supplier", "contract", "amount"]
    rows = [[Literal("Acme Analytics"), None, Literal("12.5", datatype=XSD.decimal)]]
    fitted = text_table(columns, rows, width=100).splitlines()
    assert fitted[0].split() == ["supplier", "amount"]
    whole = text_table(columns, rows, width=None).splitlines()
    assert whole[0].split() == ["supplier", "contract", "amount"]


def test_wide_characters_take_two_columns_and_keep_the_columns_aligned():
    """A label in Japanese or Korean takes two terminal columns a character: counted as one,
    every column after it would shift right."""
    from graphkit.query.display import display_width  # noqa: PLC0415

    rows = [["Zéta Ünïcode 株式会社", "Unit A"], ["Acme", "Agency A"]]
    lines = text_table(["name", "agency"], rows, width=None).splitlines()
    units = ("Unit A", "Agency A")
    starts = {display_width(ln[: ln.index(u)]) for ln, u in zip(lines[2:4], units, strict=True)}
    assert len(starts) == 1
    cut = text_table(["name", "agency"], [[rows[0][0] * 3, "Unit A"]], width=30).splitlines()
    assert all(display_width(line) <= 30 for line in cut[:-1])  # (the row count aside)
