"""The embedded store: Oxigraph behind rdflib's API by default, rdflib's memory store on
request, the persistent on-disk store reading commands open, the build's loading of it, and
VALUES-block parameters."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import XSD, Graph, Literal, URIRef
from support import MINI, invoke

from graphkit.exc import GraphkitError, QueryError
from graphkit.query.named import bind_values, format_table, get_query, named_queries, run, to_table
from graphkit.query.native import load_store
from graphkit.rdf import store as store_module
from graphkit.rdf.store import (
    is_oxigraph,
    load_graph,
    load_in_pieces,
    new_dataset,
    new_graph,
    open_store,
)
from graphkit.vocab import ENT, TG

FILES = ["graph.html", "graph.jsonld", "graph.nq", "graph.ttl", "report.json"]


def test_graphs_live_in_oxigraph_unless_memory_is_chosen(tmp_path):
    assert is_oxigraph(new_graph()) and is_oxigraph(new_dataset())
    assert not is_oxigraph(new_graph("memory"))
    assert not is_oxigraph(new_dataset("memory"))
    assert is_oxigraph(new_graph())  # choosing a kind once leaves no trace
    (tmp_path / "g.ttl").write_text("<http://e/a> <http://e/p> <http://e/b> .\n")
    assert not is_oxigraph(load_graph(tmp_path / "g.ttl", "memory"))
    assert is_oxigraph(load_graph(tmp_path / "g.ttl"))
    with pytest.raises(GraphkitError, match="unknown store 'disk'; use one of oxigraph, memory"):
        new_graph("disk")


def test_plain_and_decimal_literals_read_back_as_written():
    for kind in ("oxigraph", "memory"):
        graph = new_graph(kind)
        graph.add((ENT.x, TG.title, Literal("plain")))
        graph.add((ENT.x, TG.confidence, Literal("1.0", datatype=XSD.decimal)))
        assert graph.value(ENT.x, TG.title) == Literal("plain")
        assert graph.value(ENT.x, TG.title).datatype is None
        assert str(graph.value(ENT.x, TG.confidence)) == "1.0"
        rows = list(graph.query(f"SELECT ?t WHERE {{ ?s <{TG.title}> ?t }}"))
        assert rows[0][0] == Literal("plain") and rows[0][0].datatype is None, kind


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    outs = {}
    for store in ("oxigraph", "memory"):
        out = tmp_path_factory.mktemp(store)
        result = invoke(
            "build",
            "--config",
            MINI / "graphkit.toml",
            "--out",
            out,
            "--store",
            store,
            "--jobs",
            "1",
        )
        assert result.exit_code == 0, result.stderr
        outs[store] = out
    return outs


def test_both_stores_build_byte_identical_outputs(builds):
    for name in FILES:
        assert (builds["oxigraph"] / name).read_bytes() == (builds["memory"] / name).read_bytes(), (
            name
        )


def test_the_build_leaves_a_store_holding_the_graph(builds):
    for out in builds.values():
        stored = open_store(out / "store")
        parsed = Graph().parse(out / "graph.ttl")
        assert set(stored) == set(parsed)
        assert len(stored) == len(parsed)


def test_reading_commands_open_the_store_not_the_turtle(tmp_path):
    project = tmp_path / "project"
    out = tmp_path / "out"
    project.mkdir()
    (project / "graphkit.toml").write_text(
        (MINI / "graphkit.toml")
        .read_text()
        .replace('path = "data/facts"', f'path = "{MINI}/data/facts"')
        .replace('"data/entities.yaml"', f'"{MINI}/data/entities.yaml"')
        .replace('"data/sources.yaml"', f'"{MINI}/data/sources.yaml"')
        + f'\n[build]\nout = "{out}"\n'
    )
    assert invoke("build", "--config", project / "graphkit.toml").exit_code == 0
    expected = invoke(
        "query", "suppliers", "-p", "agency=ICE", "--wide", "--config", project / "graphkit.toml"
    ).stdout
    (out / "graph.ttl").write_text("")  # the Turtle no longer holds anything
    again = invoke(
        "query", "suppliers", "-p", "agency=ICE", "--wide", "--config", project / "graphkit.toml"
    )
    assert again.exit_code == 0, again.stderr
    assert again.stdout == expected and "Palantir Technologies" in expected
    shown = invoke("show", "ICE", "--config", project / "graphkit.toml")
    assert shown.exit_code == 0 and "Homeland Security Investigations" in shown.stdout


HOSTILE = [
    'x" } ; DROP ALL ; SELECT * WHERE { "',
    "x' } UNION { ?s ?p ?o } #",
    'a\\" } }\n#',
    '"""} ; CLEAR ALL #',
    "> } <http://evil/>",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_string_parameters_stay_literals_on_both_stores(builds, hostile):
    text = "SELECT ?label WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    for store, out in builds.items():
        graph = load_graph(out / "graph.ttl", store)
        before = len(graph)
        rows = list(run(graph, text, {"label": Literal(hostile)}))
        assert rows == [], store  # no entity has that label; nothing else happened
        assert len(graph) == before
        rows = list(run(graph, text, {"label": Literal("Microsoft")}))
        assert [str(r[0]) for r in rows] == ["Microsoft"], store


def test_iri_parameters_with_syntax_in_them_are_refused():
    with pytest.raises(QueryError, match="not an IRI"):
        bind_values("SELECT * WHERE { ?s ?p ?o }", {"s": URIRef("http://x/> } ; DROP ALL #")})


def test_the_values_block_goes_first_in_the_where_group():
    text = (
        "PREFIX a: <http://a/#WHERE{>  # WHERE { in a comment\n"
        'SELECT ?x ("WHERE {" AS ?y) WHERE { ?x ?p ?o }'
    )
    bound = bind_values(text, {"x": URIRef("http://e/1"), "n": Literal(2)})
    assert bound.endswith(
        'WHERE { VALUES (?n ?x) { ("2"^^<http://www.w3.org/2001/XMLSchema#integer> '
        "<http://e/1>) }  ?x ?p ?o }"
    )
    assert bind_values("ASK { ?s ?p ?o }", {"s": URIRef("http://e/1")}).startswith(
        "ASK { VALUES (?s) { (<http://e/1>) }"
    )
    assert bind_values(text, {}) == text


def test_named_queries_with_parameters_answer_alike_on_both_stores(builds):
    query = get_query("suppliers")
    answers = []
    for store, out in builds.items():
        graph = load_graph(out / "graph.ttl", store)
        table = to_table(run(graph, query.text, {"agency": ENT.ice}), query.lists)
        answers.append([[str(c) if c is not None else None for c in row] for row in table.rows])
    assert answers[0] == answers[1]
    assert len(answers[0]) == 3


# Each named query with the entities it is asked about in the mini project, if any.
ASKED_OF_MINI = {
    "suppliers": {"agency": ENT.ice},
    "customers": {"company": ENT.palantir},
    "connections": {"entity": ENT.amazon},
    "contracts": {"agency": ENT.ice},
    "subagencies": {"agency": ENT.dhs},
}


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_answers_alike_through_rdflib_and_oxigraph(builds, name):
    """rdflib's own engine (the memory store) evaluates the same query text, sorts included."""
    query = get_query(name)
    bindings = ASKED_OF_MINI.get(name, {})
    tables = [
        format_table(
            to_table(run(load_graph(out / "graph.ttl", store), query.text, bindings), query.lists),
            "csv",
        )
        for store, out in builds.items()
    ]
    assert tables[0] == tables[1]


def _nquads(count: int, bad_at: int | None = None) -> bytes:
    lines = []
    for i in range(count):
        subject = f"<https://example.org/s{i}>" if i != bad_at else "<not an iri"
        lines.append(
            f'{subject} <https://example.org/p> "value {i}" <https://example.org/g{i % 7}> .'
        )
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_the_store_loads_every_piece_of_the_text(tmp_path, monkeypatch):
    # Small pieces, so that both loading threads take many of them, cut mid-line.
    monkeypatch.setattr(store_module, "LOAD_PIECE", 997)
    monkeypatch.setattr(store_module, "LOAD_WHOLE_UP_TO", 0)
    path = tmp_path / "graph.nq"
    path.write_bytes(_nquads(2000))
    store = ox.Store(str(tmp_path / "store"))
    load_in_pieces(store, path, ox.RdfFormat.N_QUADS)
    assert len(store) == 2000
    assert len(list(store.named_graphs())) == 7


def test_a_bad_piece_of_the_text_stops_the_load_with_its_error(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "LOAD_PIECE", 997)
    monkeypatch.setattr(store_module, "LOAD_WHOLE_UP_TO", 0)
    path = tmp_path / "graph.nq"
    path.write_bytes(_nquads(2000, bad_at=1500))
    store = ox.Store(str(tmp_path / "store"))
    with pytest.raises(SyntaxError):
        load_in_pieces(store, path, ox.RdfFormat.N_QUADS)


@pytest.mark.parametrize("fmt", [ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES])
def test_small_text_loaded_whole_gives_the_store_pieces_give(tmp_path, monkeypatch, fmt):
    text = _nquads(2000)
    if fmt == ox.RdfFormat.N_TRIPLES:  # the union: into the default graph
        text = b"\n".join(line.rsplit(b" <", 1)[0] + b" ." for line in text.splitlines()) + b"\n"
    path = tmp_path / "graph.txt"
    path.write_bytes(text)
    whole = ox.Store(str(tmp_path / "whole"))
    load_in_pieces(whole, path, fmt)
    monkeypatch.setattr(store_module, "LOAD_PIECE", 997)
    monkeypatch.setattr(store_module, "LOAD_WHOLE_UP_TO", 0)
    pieces = ox.Store(str(tmp_path / "pieces"))
    load_in_pieces(pieces, path, fmt)
    assert len(whole) == 2000
    assert set(whole) == set(pieces)


def test_a_bad_line_of_small_text_stops_its_load_with_its_error(tmp_path):
    path = tmp_path / "graph.nq"
    path.write_bytes(_nquads(2000, bad_at=1500))
    with pytest.raises(SyntaxError):
        load_in_pieces(ox.Store(str(tmp_path / "store")), path, ox.RdfFormat.N_QUADS)


@pytest.mark.parametrize("name", ["graph.ttl", "graph.nq", "graph.jsonld"])
def test_a_graph_file_read_by_oxigraph_is_the_graph_rdflib_reads(hostile_output, name, monkeypatch):
    """Oxigraph's parser reads a graph file into the store (ten times sooner than rdflib's at
    a million triples): the same triples and prefixes as rdflib's parser gives."""
    path = hostile_output / name
    native = load_graph(path)
    with monkeypatch.context() as patched:
        patched.setattr(store_module, "read_graph_file", _refuse)
        through_rdflib = load_graph(path)
    assert len(native) > 100
    assert set(native) == set(through_rdflib)
    assert sorted(native.namespaces()) == sorted(through_rdflib.namespaces())


def _refuse(*args):
    raise SyntaxError("refused")


def test_a_file_only_rdflib_reads_is_read_by_rdflib(tmp_path, monkeypatch):
    """A foreign file Oxigraph's parser refuses goes to rdflib's, which reads it as before."""
    path = tmp_path / "foreign.ttl"
    path.write_text('@prefix ex: <http://example.org/> .\nex:a ex:b "c" .\n', encoding="utf-8")
    monkeypatch.setattr(store_module, "read_graph_file", _refuse)
    graph = load_graph(path)
    assert set(graph) == {
        (URIRef("http://example.org/a"), URIRef("http://example.org/b"), Literal("c"))
    }
    assert ("ex", URIRef("http://example.org/")) in set(graph.namespaces())


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_a_malformed_graph_file_is_an_error_naming_it_and_its_line(tmp_path, store):
    """A reading command given a broken file says which file and where, and exits 1."""
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b .\n", encoding="utf-8")
    with pytest.raises(GraphkitError, match=r"broken.ttl: cannot read the graph: .*line 2"):
        load_graph(broken, store=store)
    result = invoke("rank", "--graph", broken)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {broken}: cannot read the graph:"), result.stderr
    assert "Traceback" not in result.stderr and "line 2" in result.stderr


@pytest.mark.parametrize("suffix", [".ttl", ".nt"])
def test_a_literal_longer_than_oxigraphs_parser_takes_is_read_by_rdflib(tmp_path, suffix):
    """Oxigraph's parser refuses a term of over 16 MB (MemoryError): rdflib's reads the file,
    in a moment for N-Triples too (through its Turtle parser)."""
    path = tmp_path / f"long{suffix}"
    text = "x" * (17 << 20)
    path.write_text(f'<http://example.org/a> <http://example.org/b> "{text}" .\n', encoding="utf-8")
    graph = load_graph(path)
    ((_, _, value),) = list(graph)
    assert str(value) == text
    assert len(load_store(path)) == 1  # what `graphkit query --graph` reads


def test_relative_iris_resolve_against_the_file_as_named(tmp_path, monkeypatch):
    """A relative IRI resolves against the file's own name, a link's included, as rdflib's
    parser resolves it."""
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "data.ttl"
    target.write_text("<thing> <http://example.org/p> <other#part> .\n", encoding="utf-8")
    link = tmp_path / "link.ttl"
    link.symlink_to(target)
    native = set(load_graph(link))
    monkeypatch.setattr(store_module, "read_graph_file", _refuse)
    assert native == set(load_graph(link))
    ((subject, _, _),) = native
    assert str(subject) == (tmp_path / "thing").as_uri()


def test_a_graph_file_holding_triple_terms_is_an_error_naming_it(tmp_path):
    """RDF 1.2 triple terms, which rdflib has no term for: refused with the file's name, where
    they once made later commands fail; "<<" inside a literal is only text."""
    starred = tmp_path / "starred.ttl"
    starred.write_text(
        '@prefix ex: <http://example.org/> .\n<< ex:a ex:b ex:c >> ex:says "yes" .\n',
        encoding="utf-8",
    )
    with pytest.raises(GraphkitError, match=r"starred.ttl: cannot read the graph: .*triple terms"):
        load_graph(starred)
    result = invoke("export", "--graph", starred, "--format", "nquads", "-o", tmp_path / "x")
    assert result.exit_code == 1 and "triple terms" in result.stderr, result.stderr
    quoted = tmp_path / "quoted.ttl"
    quoted.write_text('<http://example.org/a> <http://example.org/b> "<< not a term >>" .\n')
    assert len(load_graph(quoted)) == 1
    # Turtle 1.2's reifier and annotation make triple terms without "<<": refused as well.
    for name, text in (
        (
            "reified.ttl",
            "<http://example.org/a> <http://example.org/b> <http://example.org/c> ~ <http://example.org/r> .\n",
        ),
        (
            "annotated.ttl",
            '<http://example.org/a> <http://example.org/b> <http://example.org/c> {| <http://example.org/d> "e" |} .\n',
        ),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
        result = invoke("export", "--graph", tmp_path / name, "--format", "jsonld")
        assert result.exit_code == 1 and f"{name}: cannot read the graph" in result.stderr, name
    tilde = tmp_path / "tilde.ttl"  # a "~" in an IRI is only text
    tilde.write_text("<http://example.org/~a> <http://example.org/b> <http://example.org/c> .\n")
    assert len(load_graph(tilde)) == 1
