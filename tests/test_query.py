"""Named queries return the right rows; parameters are bound as terms; updates are refused."""

import json

import pytest
from support import invoke

from graphkit.query.named import bind_params, named_queries, run, to_table

ISSUE_QUERIES = {
    "suppliers",
    "customers",
    "connections",
    "opposition",
    "products-in-use",
    "contracts",
    "subagencies",
    "single-source",
}


@pytest.fixture(scope="module")
def graph_file(mini_output):
    return mini_output / "graph.ttl"


def rows(graph_file, name, *params, fmt="csv"):
    args = ["query", name, "--graph", graph_file, "--format", fmt]
    for p in params:
        args += ["--param", p]
    result = invoke(*args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_every_named_query_has_a_description_and_documented_parameters():
    queries = named_queries()
    assert set(queries) >= ISSUE_QUERIES
    for query in queries.values():
        assert query.description, query.name
        for param in query.params:
            assert param.help, (query.name, param.name)


def test_suppliers_of_ice_list_product_amount_dates_and_sources(graph_file):
    assert rows(graph_file, "suppliers", "agency=ICE") == (
        "supplier,buyer,product,amount,currency,start,end,status,disputed,sources,funded_by,"
        "contract,award,amounts,undated_tie,claimed\n"
        "Clearview AI,U.S. Immigration and Customs Enforcement,,224000,USD,2020-08,,reported,false,"
        "https://techcrunch.com/2020/08/14/clearview-ai-ice-hsi-contract-2020/,,,,,false,false\n"
        "Microsoft,U.S. Immigration and Customs Enforcement,,19400000,USD,,,reported,false,"
        "https://digital-release.thehill.com/policy/technology/393358-microsoft-employees-dissatisfied-by-"
        "ceo-response-plan-action-against-ice/amp,,,,,false,false\n"
        "Palantir Technologies,U.S. Immigration and Customs Enforcement,,,,,,reported,false,"
        "https://www.404media.co/elite-the-palantir-app-ice-uses-to-find-neighborhoods-to-raid/,,,,,false,false\n"
    )


def test_suppliers_of_a_department_include_suppliers_of_its_units(graph_file):
    by_id = rows(graph_file, "suppliers", "agency=dhs")
    assert by_id.count("U.S. Immigration and Customs Enforcement") == 3


@pytest.mark.parametrize(
    "spelling",
    [
        "ice",
        "ICE",
        "Immigration and Customs Enforcement",
        "u.s. immigration and customs enforcement",
        "ent:ice",  # as the text table shows it: refused before, "no entity called 'ent:ice'"
        "https://w3id.org/techgov/id/ice",  # as csv and json give it
    ],
)
def test_an_entity_parameter_accepts_id_label_or_alias(graph_file, spelling):
    assert rows(graph_file, "suppliers", f"agency={spelling}") == rows(
        graph_file, "suppliers", "agency=ICE"
    )


def test_customers_opposition_products_subagencies_contracts(graph_file):
    assert (
        rows(graph_file, "customers", "company=Microsoft")
        .splitlines()[1]
        .startswith("U.S. Immigration and Customs Enforcement,Microsoft,,19400000,USD,")
    )
    assert [line.split(",")[:3] for line in rows(graph_file, "opposition").splitlines()[1:]] == [
        ["American Civil Liberties Union", "AdvocacyGroup", "Amazon Rekognition"],
        ["Microsoft employees", "EmployeeGroup", "Microsoft"],
    ]
    assert [
        line.split(",")[:2] + line.split(",")[5:6]
        for line in rows(graph_file, "products-in-use").splitlines()[1:]
    ] == [
        ["Amazon Rekognition", "Orlando Police Department", "Amazon"],
        ["ELITE", "U.S. Immigration and Customs Enforcement", "Palantir Technologies"],
    ]
    assert rows(graph_file, "subagencies", "agency=DHS") == (
        "unit,unit_type,parent\n"
        "U.S. Immigration and Customs Enforcement,GovernmentAgency,U.S. Department of Homeland Security\n"
        "Homeland Security Investigations,GovernmentAgency,U.S. Immigration and Customs Enforcement\n"
    )
    amounts = [
        line.split(",")[2] for line in rows(graph_file, "contracts", "agency=ICE").splitlines()[1:]
    ]
    assert amounts == ["19400000", "224000"]


def test_connections_show_both_directions(graph_file):
    lines = rows(graph_file, "connections", "entity=microsoft").splitlines()[1:]
    assert [tuple(line.split(",")[:3]) for line in lines] == [
        ("in", "investigates", "The Hill"),
        ("in", "leads", "Satya Nadella"),
        ("in", "opposes", "Microsoft employees"),
        ("in", "worksFor", "Microsoft employees"),
        ("out", "supplies", "U.S. Immigration and Customs Enforcement"),
    ]


def test_single_source_lists_facts_resting_on_one_document(graph_file):
    text = rows(graph_file, "single-source")
    assert "Palantir Technologies,supplies," not in text  # two sources
    assert "Clearview AI,supplies,U.S. Immigration and Customs Enforcement,TechCrunch," in text


def test_json_output_is_sparql_results_json(graph_file):
    data = json.loads(rows(graph_file, "suppliers", "agency=ICE", fmt="json"))
    assert data["head"]["vars"][0] == "supplier"
    first = data["results"]["bindings"][0]
    assert first["supplier"] == {"type": "literal", "value": "Clearview AI"}
    assert first["amount"]["datatype"] == "http://www.w3.org/2001/XMLSchema#decimal"
    assert "product" not in first  # unbound values are left out


@pytest.mark.parametrize(
    "hostile",
    [
        'ICE" } ?s ?p ?o { "',
        "ICE> } DELETE WHERE { ?s ?p ?o } #",
        "ice\\u0022 . ?x ?y ?z",
    ],
)
def test_parameters_are_bound_as_terms_never_spliced_into_query_text(graph_file, hostile):
    result = invoke("query", "suppliers", "--graph", graph_file, "--param", f"agency={hostile}")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: no entity called {hostile!r} in the graph")


def test_string_parameters_reach_the_query_as_literals(graph_file):
    from graphkit.query.named import parse_query_file
    from graphkit.rdf.store import load_graph

    graph = load_graph(graph_file)
    query = parse_query_file(
        "by-label",
        "# param: name string  a label\n"
        "SELECT ?e WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?name }",
    )
    hostile = 'Palantir Technologies" } UNION { ?e ?p ?o } #'
    assert to_table(run(graph, query.text, bind_params(graph, query, {"name": hostile}))).rows == []
    found = to_table(
        run(graph, query.text, bind_params(graph, query, {"name": "Palantir Technologies"}))
    )
    assert [str(r[0]) for r in found.rows] == ["https://w3id.org/techgov/id/palantir"]


def test_missing_unknown_and_ambiguous_parameters_are_errors(graph_file):
    """A parameter missing or unknown is the command line's mistake, a usage error (exit 2) as
    a parameter given twice or to a query without a header is: it was exit 1, an error of the
    graph's, which a script checking for usage errors did not tell from a failed query."""
    usage = "Usage: graphkit query [OPTIONS] [NAME]\nTry 'graphkit query --help' for help.\n\n"
    missing = invoke("query", "suppliers", "--graph", graph_file)
    assert missing.exit_code == 2
    assert missing.stderr == usage + (
        "Error: query 'suppliers' needs --param agency=…  (The buying agency: an id, "
        "label or alias (e.g. ICE).)\n"
    )
    unknown = invoke(
        "query", "suppliers", "--graph", graph_file, "-p", "agency=ICE", "-p", "year=2018"
    )
    assert unknown.exit_code == 2
    assert unknown.stderr == usage + (
        "Error: query 'suppliers' has no parameter 'year' (parameters: agency)\n"
    )
    nobody = invoke("query", "suppliers", "--graph", graph_file, "-p", "agency=Nobody Corp")
    assert nobody.exit_code == 1  # a name the graph does not hold: the graph's answer
    malformed = invoke("query", "suppliers", "--graph", graph_file, "-p", "agency")
    assert malformed.exit_code == 2
    typo = invoke("query", "supplier", "--graph", graph_file)
    assert (
        typo.stderr
        == "Error: no query named 'supplier'; did you mean 'suppliers'? `graphkit queries` lists them\n"
    )


@pytest.mark.parametrize(
    "update",
    [
        "DELETE WHERE { ?s ?p ?o }",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DROP ALL",
        "CLEAR DEFAULT",
    ],
)
def test_sparql_update_is_refused(graph_file, update):
    result = invoke("query", "-e", update, "--graph", graph_file)
    assert result.exit_code == 1
    assert result.stderr == "Error: UPDATE is refused: graphkit queries never change the graph\n"


def test_ad_hoc_queries_from_text_or_file_with_predeclared_prefixes(graph_file, tmp_path):
    text = "SELECT ?label WHERE { ?c a tg:Person ; rdfs:label ?label }"
    result = invoke("query", "-e", text, "--graph", graph_file, "--format", "tsv")
    assert result.stdout == "label\nSatya Nadella\n"
    path = tmp_path / "ask.rq"
    path.write_text("ASK { ent:palantir tg:supplies ent:ice }")
    assert invoke("query", "--file", path, "--graph", graph_file).stdout == "true\n"
    bad = invoke("query", "-e", "SELECT WHERE {", "--graph", graph_file)
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: SPARQL syntax:")


def test_a_query_file_is_read_as_project_files_are(graph_file, tmp_path):
    """A byte-order mark (Notepad's "UTF-8 with BOM") is dropped, not a SPARQL syntax error;
    a file that is not UTF-8 is an error at its byte, not a traceback."""
    marked = tmp_path / "marked.rq"
    marked.write_bytes(b"\xef\xbb\xbfASK { ent:palantir tg:supplies ent:ice }\n")
    assert invoke("query", "--file", marked, "--graph", graph_file).stdout == "true\n"
    ansi = tmp_path / "ansi.rq"
    ansi.write_bytes(b"# caf\xe9\nASK { ent:palantir tg:supplies ent:ice }\n")
    done = invoke("query", "--file", ansi, "--graph", graph_file)
    assert done.exit_code == 1
    assert done.stderr == (
        f"Error: {ansi}:1: byte 0xE9 ('é' in Windows-1252) at column 6 is not UTF-8: the file "
        "must be UTF-8; save it as UTF-8\n"
    )


def test_ask_answers_in_each_format(graph_file):
    asked = ["query", "-e", "ASK { ent:palantir tg:supplies ent:ice }", "--graph", graph_file]
    assert invoke(*asked, "--format", "csv").stdout == "true\n"
    as_json = invoke(*asked, "--format", "json")
    assert json.loads(as_json.stdout) == {"head": {}, "boolean": True}
    assert json.loads(invoke(*asked, "--format", "jsonl").stdout) == {"boolean": True}
    never = ["query", "-e", "ASK { ent:ice tg:supplies ent:palantir }", "--graph", graph_file]
    assert json.loads(invoke(*never, "--format", "json").stdout)["boolean"] is False


def test_a_graph_answer_is_turtle_as_text_and_a_row_per_triple_otherwise(graph_file):
    text = (
        "CONSTRUCT { ent:palantir tg:supplies ?agency } WHERE { ent:palantir tg:supplies ?agency }"
    )
    asked = ["query", "-e", text, "--graph", graph_file]
    assert "@prefix" in invoke(*asked).stdout
    table = invoke(*asked, "--format", "csv")
    assert table.exit_code == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0] == "subject,predicate,object"
    assert (
        "https://w3id.org/techgov/id/palantir,https://w3id.org/techgov/ontology#supplies,https://w3id.org/techgov/id/ice"
        in lines
    )
    answer = json.loads(invoke(*asked, "--format", "json").stdout)
    assert answer["head"]["vars"] == ["subject", "predicate", "object"]
    objects = {b["object"]["value"] for b in answer["results"]["bindings"]}
    assert "https://w3id.org/techgov/id/ice" in objects
    lines = invoke(*asked, "--format", "jsonl").stdout.splitlines()
    assert len(lines) == len(answer["results"]["bindings"])
    assert (
        json.loads(lines[0])["predicate"]["value"] == "https://w3id.org/techgov/ontology#supplies"
    )


def test_csv_quotes_a_carriage_return_and_writes_blank_nodes_as_such(graph_file):
    import csv  # noqa: PLC0415
    import io  # noqa: PLC0415

    text = 'SELECT ?name ?node WHERE { VALUES ?name { "Watch\\rAgency" } BIND(BNODE() AS ?node) }'
    answer = invoke("query", "-e", text, "--graph", graph_file, "--format", "csv")
    rows = list(csv.reader(io.StringIO(answer.stdout, newline="")))
    assert len(rows) == 2 and rows[1][0] == "Watch\rAgency"
    assert rows[1][1].startswith("_:")


def test_a_parameter_given_twice_is_refused(graph_file):
    twice = invoke(
        "query", "suppliers", "--graph", graph_file, "-p", "agency=ICE", "-p", "agency=DHS"
    )
    assert twice.exit_code == 2
    assert "agency is given twice ('ICE', 'DHS')" in twice.stderr
    assert twice.stdout == ""


def test_table_format_is_aligned_with_a_row_count(graph_file):
    text = rows(graph_file, "subagencies", "agency=ICE", fmt="table")
    assert text.splitlines()[0].split() == ["unit", "unit_type", "parent"]
    assert text.endswith("(1 row)\n")


def test_queries_command_lists_names_and_parameters():
    result = invoke("queries")
    assert "suppliers: Organisations that supply an agency" in result.stdout
    assert (
        "    --param agency=<entity>  The buying agency: an id, label or alias (e.g. ICE)."
        in result.stdout
    )
    assert "    --param target=<entity> (optional)" in result.stdout


def test_the_nquads_and_jsonld_files_answer_like_the_turtle(graph_file):
    expected = rows(graph_file, "suppliers", "agency=ICE")
    assert len(expected.splitlines()) >= 3 and "Palantir" in expected  # a header and suppliers
    for name in ("graph.nq", "graph.jsonld"):
        assert rows(graph_file.parent / name, "suppliers", "agency=ICE") == expected
