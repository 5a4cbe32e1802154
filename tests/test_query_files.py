"""A query run from a file, or given with -e, is read with its header as a named query is: a
copy of single-source.rq printed its lists as the raw text the query joins them into
(`https://…\x1eTitle␟https://…`), and suppliers.rq could not be given its agency."""

from __future__ import annotations

from importlib import resources

import pytest
from support import invoke

QUERIES = resources.files("graphkit") / "queries"


@pytest.fixture(scope="module")
def graph_file(mini_output):
    return mini_output / "graph.ttl"


@pytest.mark.parametrize("fmt", ["text", "csv", "jsonl"])
def test_a_named_query_s_file_prints_as_the_named_query(graph_file, tmp_path, fmt):
    copy = tmp_path / "mine.rq"
    copy.write_text((QUERIES / "single-source.rq").read_text(encoding="utf-8"), encoding="utf-8")
    named = invoke("query", "single-source", "--graph", graph_file, "--format", fmt, "--wide")
    from_file = invoke("query", "--file", copy, "--graph", graph_file, "--format", fmt, "--wide")
    assert named.exit_code == from_file.exit_code == 0, from_file.stderr
    assert from_file.stdout == named.stdout
    assert "\x1e" not in from_file.stdout and "\u241f" not in from_file.stdout
    text = copy.read_text(encoding="utf-8")
    given = invoke("query", "-e", text, "--graph", graph_file, "--format", fmt, "--wide")
    assert given.stdout == named.stdout


def test_a_query_file_takes_the_parameters_its_header_declares(graph_file):
    path = QUERIES / "suppliers.rq"
    named = invoke("query", "suppliers", "-p", "agency=ICE", "--graph", graph_file)
    from_file = invoke("query", "--file", path, "-p", "agency=ICE", "--graph", graph_file)
    assert named.exit_code == from_file.exit_code == 0, from_file.stderr
    assert from_file.stdout == named.stdout
    # without it, the query would list every agency's suppliers as ICE's
    missing = invoke("query", "--file", path, "--graph", graph_file)
    assert missing.exit_code == 2
    assert "needs --param agency=" in missing.stderr
    unknown = invoke("query", "--file", path, "-p", "agncy=ICE", "--graph", graph_file)
    assert unknown.exit_code == 2
    assert "has no parameter 'agncy' (parameters: agency)" in unknown.stderr


def test_a_query_without_a_header_takes_no_parameter(graph_file):
    ran = invoke(
        "query", "-e", "SELECT ?s WHERE { ?s a tg:Company }", "-p", "a=b", "--graph", graph_file
    )
    assert ran.exit_code == 2
    assert "--param goes with a named query, or with a query whose header declares it" in (
        ran.stderr
    )


def test_a_query_file_s_header_without_a_kind_is_an_error_not_a_traceback(graph_file, tmp_path):
    path = tmp_path / "mine.rq"
    path.write_text("# param: agency\nSELECT ?x WHERE { BIND(?agency AS ?x) }\n", encoding="utf-8")
    ran = invoke("query", "--file", path, "-p", "agency=ICE", "--graph", graph_file)
    assert ran.exit_code == 1
    assert ran.stderr == (
        f"Error: {tmp_path / 'mine'}.rq: '# param: agency' names no kind; write # param: NAME "
        "KIND [optional] HELP, KIND one of entity, string, integer\n"
    )


@pytest.mark.parametrize("text", ["", "# what ICE buys\n", "PREFIX ex: <https://example.org/>\n"])
def test_an_empty_query_is_called_empty_not_an_update(graph_file, tmp_path, text):
    """An empty file, or one of comments and prefixes, was refused as "UPDATE is refused"."""
    path = tmp_path / "empty.rq"
    path.write_text(text, encoding="utf-8")
    for args in (["--file", path], ["-e", text]) if text else (["--file", path],):
        ran = invoke("query", *args, "--graph", graph_file)
        assert ran.exit_code == 1
        assert ran.stderr == (
            "Error: the query is empty: write a SELECT, ASK, CONSTRUCT or DESCRIBE query\n"
        )


def test_a_syntax_error_is_placed_in_the_text_written(graph_file, tmp_path):
    """The prefixes an ad hoc query may leave out are declared before its text: a one-line
    query's mistake was said to be on line 6, at its character 268."""
    ran = invoke("query", "-e", "SELECT ?s WHERE { ?s ?p ?o } LIMT 3", "--graph", graph_file)
    assert ran.exit_code == 1
    assert ran.stderr.endswith("found 'LIMT'  (at char 29), (line:1, col:30)\n")
    path = tmp_path / "mine.rq"
    path.write_text("# list: sources\nSELECT ?s\nWHERE { ?s ?p ?o } LIMT 3\n", encoding="utf-8")
    ran = invoke("query", "--file", path, "--graph", graph_file)
    assert ran.stderr.endswith("found 'LIMT'  (at char 45), (line:3, col:20)\n")
