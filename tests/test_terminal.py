"""Text from sources printed for people shows its control characters instead of obeying them;
the data formats keep every value as the graph holds it."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import RDFS, Graph, URIRef
from support import invoke

from graphkit.terminal import for_terminal, values_for_terminal

# An escape sequence that recolours the terminal, a carriage return that rewrites the line, a
# line break inside a name and a right-to-left override that shows "gpj.exe" as "exe.jpg".
HOSTILE = "Acme\x1b[31m Corp\rEvil\nInc \u202egpj.exe"
SHOWN = "Acme\\x1b[31m Corp\\rEvil\\nInc \\u202egpj.exe"


@pytest.fixture
def graph_file(tmp_path):
    label = json.dumps(HOSTILE)  # a Turtle string with the same escapes as JSON's
    path = tmp_path / "hostile.ttl"
    path.write_text(
        "@prefix tg: <https://w3id.org/techgov/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        f"<https://w3id.org/techgov/id/acme> a tg:Company ; rdfs:label {label} .\n",
        encoding="utf-8",
    )
    return path


LABEL_QUERY = "SELECT ?label WHERE { ?c a tg:Company ; rdfs:label ?label }"


def test_a_table_cell_shows_control_characters_on_its_own_line(graph_file):
    table = invoke("query", "-e", LABEL_QUERY, "--graph", graph_file, "--wide")
    assert table.exit_code == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[2] == SHOWN
    assert lines[3] == "(1 row)"
    assert "\x1b" not in table.stdout and "\u202e" not in table.stdout


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "jsonl"])
def test_the_data_formats_keep_the_value_as_held(graph_file, fmt):
    """Piped (as here), click would strip an escape sequence from what it prints: a csv cell
    would lose part of its value."""
    answer = invoke("query", "-e", LABEL_QUERY, "--graph", graph_file, "--format", fmt)
    assert answer.exit_code == 0, answer.stderr
    if fmt == "csv":
        value = list(csv.reader(io.StringIO(answer.stdout, newline="")))[1][0]
    elif fmt == "tsv":  # tsv writes the value as it is, quoted where it holds a line break
        value = list(csv.reader(io.StringIO(answer.stdout, newline=""), delimiter="\t"))[1][0]
    elif fmt == "json":
        value = json.loads(answer.stdout)["results"]["bindings"][0]["label"]["value"]
    else:
        value = json.loads(answer.stdout)["label"]["value"]
    assert value == HOSTILE


def test_entities_in_csv_keep_the_value_as_held(graph_file):
    listed = invoke("entities", "--graph", graph_file, "--format", "csv")
    assert listed.exit_code == 0, listed.stderr
    rows = list(csv.reader(io.StringIO(listed.stdout, newline="")))
    assert rows[1][2] == HOSTILE


def test_a_graph_answer_in_turtle_escapes_within_its_strings(graph_file):
    described = invoke("query", "-e", "DESCRIBE ent:acme", "--graph", graph_file)
    assert described.exit_code == 0, described.stderr
    assert "\x1b" not in described.stdout and "\u202e" not in described.stdout
    assert "\r" not in described.stdout
    # Turtle's own escapes: the same label to any Turtle reader.
    read = Graph().parse(data=described.stdout, format="turtle")
    assert str(read.value(URIRef("https://w3id.org/techgov/id/acme"), RDFS.label)) == HOSTILE


def test_show_and_entities_escape_what_they_print(graph_file):
    shown = invoke("show", "acme", "--graph", graph_file)
    assert shown.exit_code == 0, shown.stderr
    assert SHOWN in shown.stdout
    assert "\x1b" not in shown.stdout and "\r" not in shown.stdout
    listed = invoke("entities", "--graph", graph_file, "--wide")
    assert listed.exit_code == 0, listed.stderr
    assert SHOWN in listed.stdout and "\x1b" not in listed.stdout


def test_keys_of_an_answer_are_escaped_as_its_values():
    """stats and show lay out counts and groups under names that come from the graph."""
    answer = values_for_terminal({"sup\x1b[31mplies": ["a\u202eb", {"x\ny": 1}]})
    assert answer == {"sup\\x1b[31mplies": ["a\\u202eb", {"x\\ny": 1}]}


def test_for_terminal_keeps_line_breaks_of_a_block_only_when_asked():
    assert for_terminal("a\nb\x07") == "a\nb\\x07"
    assert for_terminal("a\nb", keep="") == "a\\nb"
    assert for_terminal("plain — ünïcode ✓") == "plain — ünïcode ✓"
    assert for_terminal("\x9b2J") == "\\x9b2J"  # the one-byte CSI of C1
    assert for_terminal("a\u200fb\u2028c") == "a\\u200fb\\u2028c"  # a mark, a separator
