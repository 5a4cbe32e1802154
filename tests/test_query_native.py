"""`graphkit query` on Oxigraph itself: the same answers as through rdflib, written as they come."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil

import pytest
from support import MINI, TESTS, built_graph, invoke

from graphkit.query.named import (
    bind_params,
    format_table,
    get_query,
    named_queries,
    run,
    to_table,
)
from graphkit.query.native import execute, load_store
from graphkit.query.stream import CHUNK_ROWS, write_rows
from graphkit.rdf.store import load_graph

# Every named query, with the parameters it is asked with on the bundled data.
ASKED = [
    ("suppliers", {"agency": "ICE"}),
    ("suppliers", {"agency": "dhs"}),
    ("customers", {"company": "Palantir"}),
    ("customers", {"company": "Microsoft"}),
    ("connections", {"entity": "Amazon"}),
    ("contracts", {"agency": "ICE"}),
    ("subagencies", {"agency": "DHS"}),
    ("opposition", {}),
    ("opposition", {"target": "Amazon"}),
    ("products-in-use", {}),
    ("products-in-use", {"user": "ICE"}),
    ("single-source", {}),
]
# The bundled data has no disputed facts; the claims fixture has.
DISPUTED = [("conflicts", {}), ("conflicts", {"entity": "Clearview"})]
# Nor an award one department made with another's money: test_usaspending_paid_queries.py
# compares these on both engines with a USAspending sheet that has one.
PAID = [("funded-suppliers", {"agency": "ICE"})]
FORMATS = ("csv", "tsv", "json", "jsonl", "text")


@pytest.fixture(scope="module")
def claims_file(tmp_path_factory):
    return built_graph(TESTS / "fixtures" / "claims", tmp_path_factory.mktemp("claims"))


def _cli(graph_file, name, params, fmt):
    args = ["query", name, "--graph", graph_file, "--format", fmt, "--wide"]
    for key, value in params.items():
        args += ["-p", f"{key}={value}"]
    result = invoke(*args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _compare(graph_file, name, params):
    graph = load_graph(graph_file)  # through rdflib (oxrdflib), as other commands read it
    query = get_query(name)
    bindings = bind_params(graph, query, params)
    table = to_table(run(graph, query.text, bindings), query.lists)
    assert table.rows, "a query that answers nothing proves nothing"
    for fmt in FORMATS:
        expected = format_table(table, fmt, None, query.flags)
        assert _cli(graph_file, name, params, fmt) == expected, fmt


@pytest.mark.parametrize(("name", "params"), ASKED, ids=[f"{n}-{p}" for n, p in ASKED])
def test_named_queries_answer_on_the_store_as_through_rdflib(bundled_output, name, params):
    _compare(bundled_output / "graph.ttl", name, params)


@pytest.mark.parametrize(("name", "params"), DISPUTED, ids=[f"{n}-{p}" for n, p in DISPUTED])
def test_disputes_answer_on_the_store_as_through_rdflib(claims_file, name, params):
    _compare(claims_file, name, params)


def test_a_name_holding_a_bar_stays_whole_in_a_list_column(tmp_path):
    # Page titles often hold " | " ("Report | Site"): one title, never two names sorted apart.
    project = tmp_path / "project"
    shutil.copytree(MINI, project)
    with (project / "data" / "sources.yaml").open("a", encoding="utf-8") as sources:
        sources.write(
            "- id: bar-title\n  url: https://example.org/bar\n"
            '  title: "Zeta files | Alpha Site"\n  publisher: "Zeta Media | Alpha"\n'
            "  date: 2021-01-01\n  kind: article\n"
        )
    (project / "data" / "facts" / "bar.yaml").write_text(
        "- subject: palantir\n  relation: supplies\n  object: hsi\n"
        "  citations: [{source: bar-title, locator: paragraph 1}]\n",
        encoding="utf-8",
    )
    graph_file = built_graph(project, tmp_path / "out")
    _compare(graph_file, "single-source", {})
    [row] = [
        r
        for r in csv.reader(io.StringIO(_cli(graph_file, "single-source", {}, "csv")))
        if "https://example.org/bar" in r
    ]
    assert row[3:5] == ["Zeta Media | Alpha", "Zeta files | Alpha Site"]


def test_every_named_query_is_compared():
    assert {name for name, _ in ASKED + DISPUTED + PAID} == set(named_queries())


# A sort key written (CONCAT(?label, "\u0000")) or (CONCAT(STR(?rel), "\u0000")).
_COMPUTED_KEY = re.compile(r'\(CONCAT\((?:STR\((\?\w+)\)|(\?\w+)), "\\u0000"\)\)')


def _sorted_plainly(text: str) -> str:
    """The query sorting on the labels themselves instead of their computed copies."""
    plain, count = _COMPUTED_KEY.subn(lambda m: m.group(1) or m.group(2), text)
    return plain if count else ""


def _answer(graph_file, text, bindings, lists):
    answer = execute(load_store(graph_file), text, bindings)
    return "".join(write_rows(answer.solutions.columns, answer.solutions.rows, "csv", lists=lists))


@pytest.mark.parametrize(("name", "params"), ASKED, ids=[f"{n}-{p}" for n, p in ASKED])
def test_sorting_on_computed_copies_orders_as_the_labels(bundled_output, name, params):
    query = get_query(name)
    plain = _sorted_plainly(query.text)
    if not plain:
        pytest.skip(f"{name} sorts on the labels themselves")
    graph_file = bundled_output / "graph.ttl"
    bindings = bind_params(load_graph(graph_file), query, params)
    assert _answer(graph_file, query.text, bindings, query.lists) == _answer(
        graph_file, plain, bindings, query.lists
    )


def test_labels_that_begin_alike_sort_as_the_labels(tmp_path):
    """Labels that are the start of others, or hold characters below a space: sorting on the
    computed copy puts them where sorting on the labels does."""
    labels = ["Unit", "Unit A", "Unit\tB", "Unit\u0001C", "Unit!", "Unita", "Ünit", "Un"]
    lines = [
        "@prefix tg: <https://w3id.org/techgov/ontology#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "@prefix ent: <https://w3id.org/techgov/id/> .",
        'ent:dept a tg:GovernmentAgency ; rdfs:label "Dept" .',
    ]
    for i, label in enumerate(labels):
        text = json.dumps(label)
        lines.append(
            f"ent:unit{i} a tg:GovernmentAgency ; rdfs:label {text} ; tg:partOf ent:dept ."
        )
    # Offices under "Unit" and "Unit\u0001C": the parents' labels are sorted too.
    for i in (0, 3):
        lines.append(
            f'ent:office{i} a tg:GovernmentAgency ; rdfs:label "Office" ; tg:partOf ent:unit{i} .'
        )
    graph_file = tmp_path / "units.ttl"
    graph_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    query = get_query("subagencies")
    bindings = bind_params(load_graph(graph_file), query, {"agency": "dept"})
    answer = _answer(graph_file, query.text, bindings, query.lists)
    assert answer == _answer(graph_file, _sorted_plainly(query.text), bindings, query.lists)
    rows = [(row[2], row[0]) for row in csv.reader(io.StringIO(answer))][1:]
    assert len(rows) == len(labels) + 2
    assert rows == sorted(rows)  # by parent, then unit, as Python orders text: by code point


@pytest.mark.parametrize(
    "text",
    [
        # typed literals of every kind the graph holds, plain and language-tagged strings
        "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o",
        'SELECT ?x ?y WHERE { VALUES (?x ?y) { ("a"@en 1.50) ("b"^^xsd:string 2e3) (true "") '
        '("2022-09-26T00:00:00Z"^^xsd:dateTime "1.0E-7"^^xsd:double) (-5.0 "007"^^xsd:integer) '
        '("INF"^^xsd:float "2014"^^xsd:gYear) } }',
        "SELECT ?nothing WHERE { ?s tg:noSuchProperty ?nothing }",
    ],
)
def test_ad_hoc_queries_spell_every_term_as_through_rdflib(mini_output, text):
    graph_file = mini_output / "graph.ttl"
    graph = load_graph(graph_file)
    prefixes = "".join(
        f"PREFIX {p}: <{iri}>\n"
        for p, iri in (
            ("tg", "https://w3id.org/techgov/ontology#"),
            ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        )
    )
    table = to_table(run(graph, prefixes + text))
    for fmt in FORMATS:
        result = invoke("query", "-e", text, "--graph", graph_file, "--format", fmt, "--wide")
        assert result.exit_code == 0, result.stderr
        assert result.stdout == format_table(table, fmt, None), fmt


def test_json_is_laid_out_as_the_standard_library_lays_it_out(hostile_output):
    """Escapes, markup and non-ASCII names from the hostile fixture, written row by row."""
    text = "SELECT ?s ?label ?o WHERE { ?s rdfs:label ?label OPTIONAL { ?s a ?o } } ORDER BY ?s ?o"
    out = invoke("query", "-e", text, "--graph", hostile_output / "graph.ttl", "--format", "json")
    assert out.exit_code == 0, out.stderr
    data = json.loads(out.stdout)
    assert len(data["results"]["bindings"]) >= 3
    assert any(
        '"' in b["label"]["value"] or "<" in b["label"]["value"]
        for b in data["results"]["bindings"]
    )
    assert out.stdout == json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def test_jsonl_is_one_binding_per_line_as_in_json(mini_output):
    graph_file = mini_output / "graph.ttl"
    as_json = json.loads(_cli(graph_file, "suppliers", {"agency": "ICE"}, "json"))
    lines = _cli(graph_file, "suppliers", {"agency": "ICE"}, "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == as_json["results"]["bindings"]
    assert len(lines) == 3


def test_rows_are_written_as_they_come_not_gathered_first():
    consumed = 0

    def rows():
        nonlocal consumed
        for i in range(CHUNK_ROWS * 3):
            consumed += 1
            yield (f"row {i}",)

    for fmt in ("csv", "tsv", "json", "jsonl"):
        consumed = 0
        chunks = write_rows(["value"], rows(), fmt)
        first = next(chunks)
        assert consumed == CHUNK_ROWS, fmt  # one chunk's rows read, not the whole answer
        rest = "".join(chunks)
        assert consumed == CHUNK_ROWS * 3
        assert f"row {CHUNK_ROWS * 3 - 1}" in rest and "row 0" in first


def test_the_built_store_answers_as_the_graph_file(mini_output, tmp_path):
    """Without --graph the command reads the build's on-disk store (output/store/)."""
    project = tmp_path / "mini"
    shutil.copytree(MINI, project)
    config = project / "graphkit.toml"
    assert invoke("build", "--config", config).exit_code == 0
    for fmt in ("csv", "json"):
        from_store = invoke(
            "query", "suppliers", "-p", "agency=ICE", "--config", config, "--format", fmt
        )
        assert from_store.exit_code == 0, from_store.stderr
        assert from_store.stdout == _cli(
            mini_output / "graph.ttl", "suppliers", {"agency": "ICE"}, fmt
        )


def test_an_unreadable_graph_file_is_an_error_naming_it(tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text('<urn:a> <urn:b> "unterminated .\n', encoding="utf-8")
    result = invoke("query", "-e", "SELECT * WHERE { ?s ?p ?o }", "--graph", broken)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {broken}: cannot read the graph:")
    assert "line 1" in result.stderr


def test_an_evaluation_error_is_an_error_not_a_traceback(mini_output):
    # Parses, but names a service no store may call.
    text = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    result = invoke("query", "-e", text, "--graph", mini_output / "graph.ttl")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: query failed:")
