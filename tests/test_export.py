"""graphkit export: GraphML, GEXF, CSV, JSON-LD, N-Quads and Cypher; round trips and escaping."""

import csv
import io
import re
import subprocess
import sys

import networkx as nx
import pytest
from rdflib.compare import isomorphic
from support import TESTS, invoke

from graphkit.export.cypher import literal, relationship_type, to_cypher
from graphkit.export.network import EXPORT_FORMATS, export, flat_network, to_csv, to_graphml
from graphkit.network import to_network
from graphkit.rdf.store import load_graph, new_dataset, new_graph

EXPLAIN = TESTS / "fixtures" / "explain"
ENT = "https://w3id.org/techgov/id/"
NASTY = 'O\'Brien "Data" \\ Co <b>&amp;</b> `tick`\nline two\ttab ☃'


@pytest.fixture(scope="module")
def built(explain_output):
    graph = load_graph(explain_output / "graph.ttl")
    return explain_output / "graph.ttl", graph, to_network(graph)


@pytest.fixture
def nasty_net():
    """A network whose text holds everything an exporter must escape."""
    net = nx.MultiDiGraph()
    net.add_node(ENT + "a", type="Company", label=NASTY, aliases=["A; one", "it's"])
    net.add_node(ENT + "b", type="GovernmentAgency", label="B", aliases=[])
    net.add_edge(
        ENT + "a",
        ENT + "b",
        key=ENT + "rel/r1",
        relation="awardedContract",
        family="business",
        start="2019-02",
        end=None,
        amount="1234.5",
        currency="USD",
        status="alleged",
        product=None,
        role=NASTY,
        citations=[{"url": "https://example.org/?q='x'&y=\"z\"", "title": NASTY, "date": "2020"}],
    )
    return net


def _xml_round_trip(flat, data: bytes, reader):
    back = reader(io.BytesIO(data))
    assert sorted(back.nodes) == sorted(flat.nodes)
    for node, attrs in flat.nodes(data=True):
        got = dict(back.nodes[node])
        got.pop("id", None)
        assert got == attrs, node
    if not back.is_multigraph():  # networkx reads GEXF without parallel edges as a DiGraph
        multi = nx.MultiDiGraph()
        multi.add_nodes_from(back.nodes(data=True))
        multi.add_edges_from((s, t, d["id"], d) for s, t, d in back.edges(data=True))
        back = multi
    want = sorted((s, t, k) for s, t, k in flat.edges(keys=True))
    assert sorted((s, t, k) for s, t, k in back.edges(keys=True)) == want
    for source, target, key, attrs in flat.edges(keys=True, data=True):
        got = dict(back.edges[source, target, key])
        for extra in ("id", "label"):  # GEXF keeps the edge id and label (the relation) apart
            if extra not in attrs:
                got.pop(extra, None)
        assert got == attrs, key


def test_graphml_round_trips_through_networkx(built):
    _, graph, net = built
    flat = flat_network(net)
    data = export(graph, "graphml", net)["graph.graphml"]
    _xml_round_trip(flat, data, lambda f: nx.read_graphml(f, force_multigraph=True))
    edge = flat.edges["clearview-ai", "ice", "0e8d9750ae70d7fcba84"]
    assert edge == {
        "relation": "supplies",
        "family": "business",
        "start_date": "2020-08",
        "amount": "224000",
        "currency": "USD",
        "amount_USD": 224000.0,
        "status": "reported",
        "citations": 1,
        "sources": 1,
        "source_url": "https://techcrunch.com/2020/08/14/clearview-ai-ice-hsi-contract-2020/",
        "source_title": "Clearview AI landed a new facial recognition contract with ICE",
        "source_date": "2020-08-14",
    }
    assert flat.nodes["aws"] == {
        "label": "Amazon Web Services",
        "type": "Company",
        "aliases": "AWS",
        "facts": 2,
        "iri": ENT + "aws",
    }


def test_gexf_round_trips_through_networkx_without_a_date_stamp(built):
    _, graph, net = built
    data = export(graph, "gexf", net)["graph.gexf"]
    _xml_round_trip(flat_network(net), data, lambda f: nx.read_gexf(f, relabel=False))
    assert b"lastmodifieddate" not in data
    assert b"<creator>graphkit " in data
    back = nx.read_gexf(io.BytesIO(data))
    assert back.edges["clearview-ai", "ice"]["label"] == "supplies"
    assert back.edges["clearview-ai", "ice"]["id"] == "0e8d9750ae70d7fcba84"


def test_xml_exports_escape_source_text(nasty_net):
    flat = flat_network(nasty_net)
    from graphkit.export.network import to_gexf, to_graphml

    _xml_round_trip(flat, to_graphml(flat), lambda f: nx.read_graphml(f, force_multigraph=True))
    _xml_round_trip(flat, to_gexf(flat), lambda f: nx.read_gexf(f, relabel=False))
    assert flat.nodes["a"]["aliases"] == "A; one; it's"


def test_xml_exports_are_well_formed_with_control_characters_in_source_text(nasty_net):
    # A spreadsheet cell's vertical tab (Word's line break pasted into Excel) or a bell reaches
    # the graph from a CSV; written as it was, the GraphML and GEXF files were not well-formed
    # and Gephi and Cytoscape refused them whole, after an export that said nothing.
    from graphkit.export.network import to_gexf  # noqa: PLC0415

    nasty_net.nodes[ENT + "a"]["label"] = "Acme\x0bAnalytics\x07"
    nasty_net.edges[ENT + "a", ENT + "b", ENT + "rel/r1"]["role"] = "line\x0cbreak \ud800"
    flat = flat_network(nasty_net)
    graphml = nx.read_graphml(io.BytesIO(to_graphml(flat)), force_multigraph=True)
    gexf = nx.read_gexf(io.BytesIO(to_gexf(flat)), relabel=False)
    for back in (graphml, gexf):
        assert back.nodes["a"]["label"] == "Acme\nAnalytics\ufffd"
        [role] = [d["role"] for _, _, d in back.edges(data=True)]
        assert role == "line\nbreak \ufffd"


def test_csv_nodes_and_edges(built, tmp_path):
    graph_file, _, _ = built
    result = invoke("export", "--format", "csv", "-o", tmp_path / "csv", "--graph", graph_file)
    assert result.exit_code == 0, result.stderr
    with (tmp_path / "csv" / "nodes.csv").open(encoding="utf-8") as file:
        nodes = list(csv.DictReader(file))
    with (tmp_path / "csv" / "edges.csv").open(encoding="utf-8") as file:
        edges = list(csv.DictReader(file))
    assert [n["id"] for n in nodes] == sorted(n["id"] for n in nodes)
    assert len(nodes) == 8 and len(edges) == 9
    [row] = [e for e in edges if e["source"] == "clearview-ai"]
    assert row == {
        "id": "0e8d9750ae70d7fcba84",
        "source": "clearview-ai",
        "target": "ice",
        "relation": "supplies",
        "family": "business",
        "start_date": "2020-08",
        "end_date": "",
        "amount": "224000",
        "currency": "USD",
        "product": "",
        "contract": "",
        "role": "",
        "status": "reported",
        "disputed": "",
        "citations": "1",
        "sources": "1",
        "source_url": "https://techcrunch.com/2020/08/14/clearview-ai-ice-hsi-contract-2020/",
        "source_title": "Clearview AI landed a new facial recognition contract with ICE",
        "source_date": "2020-08-14",
        "claimed": "",
        "amount_USD": "224000",
    }
    assert result.stderr.splitlines() == [
        f"wrote {tmp_path / 'csv' / 'nodes.csv'}",
        f"wrote {tmp_path / 'csv' / 'edges.csv'}",
    ]


def test_csv_needs_a_folder(built):
    result = invoke("export", "--format", "csv", "--graph", built[0])
    assert result.exit_code == 2
    assert "give -o FOLDER" in result.stderr


def test_jsonld_and_nquads_round_trip_into_isomorphic_graphs(built, tmp_path):
    graph_file, graph, _ = built
    for fmt, suffix in (("jsonld", ".jsonld"), ("nquads", ".nq")):
        target = tmp_path / f"export{suffix}"
        result = invoke("export", "--format", fmt, "-o", target, "--graph", graph_file)
        assert result.exit_code == 0, result.stderr
        assert isomorphic(load_graph(target), graph), fmt


def test_nquads_put_each_statement_in_the_graph_of_its_source(built):
    _, graph, _ = built
    data = export(graph, "nquads")["graph.nquads"].decode("utf-8")
    dataset = new_dataset()
    dataset.parse(data=data, format="nquads")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert "https://w3id.org/techgov/graph/registry" in names
    assert "https://w3id.org/techgov/id/source/techcrunch-2020-clearview-ice" in names
    techcrunch = dataset.graph(
        next(
            g.identifier
            for g in dataset.graphs()
            if str(g.identifier).endswith("techcrunch-2020-clearview-ice")
        )
    )
    assert (None, None, None) in techcrunch
    union = new_graph()
    for triple in dataset.triples((None, None, None)):
        union.add(triple)
    assert isomorphic(union, graph)
    assert data.splitlines() == sorted(data.splitlines()) and "\n\n" not in data


def test_cypher_statements_structure(built):
    _, graph, net = built
    lines = export(graph, "cypher", net)["graph.cypher"].decode("utf-8").splitlines()
    assert lines[0] == "// graphkit 0.1.0: 8 entities, 9 relationships"
    assert lines[1] == (
        "CREATE CONSTRAINT graphkit_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;"
    )
    assert all(line.endswith(";") for line in lines[1:])
    nodes = [line for line in lines if line.startswith("MERGE (n:Entity")]
    edges = [line for line in lines if line.startswith("MATCH ")]
    assert len(nodes) == 8 and len(edges) == 9
    assert nodes[0] == (
        "MERGE (n:Entity {id: 'amazon'}) SET n:`Company`, n += {`aliases`: "
        "'Amazon.com', `facts`: 2, `iri`: 'https://w3id.org/techgov/id/amazon', "
        "`label`: 'Amazon'};"
    )
    [clearview] = [e for e in edges if "'clearview-ai'" in e]
    assert clearview.startswith(
        "MATCH (a:Entity {id: 'clearview-ai'}), (b:Entity {id: 'ice'}) "
        "MERGE (a)-[r:`SUPPLIES` {id: '0e8d9750ae70d7fcba84'}]->(b) "
        "SET r += {`amount`: '224000', `amount_USD`: 224000.0, `citations`: 1, "
    )
    types = {re.search(r"\[r:`(\w+)`", e).group(1) for e in edges}
    assert types == {"DEVELOPS", "HOSTS", "OPPOSES", "PART_OF", "SUPPLIES", "USES", "WORKS_FOR"}


_CYPHER_STRING = re.compile(r"'((?:[^'\\]|\\.)*)'")
_UNESCAPE = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}


def _cypher_unquote(body: str) -> str:
    """Read a Cypher string literal's body back, as Neo4j would."""
    out, i = [], 0
    while i < len(body):
        if body[i] == "\\":
            if body[i + 1] == "u":
                out.append(chr(int(body[i + 2 : i + 6], 16)))
                i += 6
                continue
            out.append(_UNESCAPE[body[i + 1]])
            i += 2
            continue
        out.append(body[i])
        i += 1
    return "".join(out)


def test_cypher_quotes_untrusted_text_safely(nasty_net):
    text = to_cypher(flat_network(nasty_net)).decode("utf-8")
    lines = text.splitlines()
    assert len(lines) == 5  # comment, constraint, two nodes, one edge: no line broken by \n
    node_a = lines[2]
    strings = [_cypher_unquote(m) for m in _CYPHER_STRING.findall(node_a)]
    assert strings == ["a", "A; one; it's", ENT + "a", NASTY]
    # outside the string literals, nothing of the label leaks into the statement
    skeleton = _CYPHER_STRING.sub("''", node_a)
    assert skeleton == (
        "MERGE (n:Entity {id: ''}) SET n:`Company`, n += {`aliases`: '', "
        "`facts`: 1, `iri`: '', `label`: ''};"
    )
    edge = lines[4]
    assert "[r:`AWARDED_CONTRACT` {id: 'r1'}]" in edge
    assert _CYPHER_STRING.sub("''", edge) == (
        "MATCH (a:Entity {id: ''}), (b:Entity {id: ''}) MERGE (a)-[r:`AWARDED_CONTRACT` "
        "{id: ''}]->(b) SET r += {`amount`: '', `amount_USD`: 1234.5, `citations`: 1, "
        "`currency`: '', "
        "`family`: '', `relation`: '', `role`: '', `source_date`: '', `source_title`: '', "
        "`source_url`: '', `sources`: 1, `start_date`: '', `status`: ''};"
    )
    values = [_cypher_unquote(m) for m in _CYPHER_STRING.findall(edge)]
    assert values[-6:] == [
        NASTY,
        "2020",
        NASTY,
        "https://example.org/?q='x'&y=\"z\"",
        "2019-02",
        "alleged",
    ]


def test_cypher_literals():
    assert literal("a'b\\c\u2028") == "'a\\'b\\\\c\\u2028'"
    assert literal(1.5e20) == "1.5e20"
    assert literal(3) == "3" and literal(True) == "true" and literal(["x", 1]) == "['x', 1]"
    assert relationship_type("awardedContract") == "AWARDED_CONTRACT"
    assert relationship_type("partOf") == "PART_OF"


def test_gexf_to_stdout_and_unknown_format(built):
    result = invoke("export", "--format", "gexf", "--graph", built[0])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("<?xml version='1.0' encoding='utf-8'?>\n<gexf ")
    assert invoke("export", "--format", "dot", "--graph", built[0]).exit_code == 2


@pytest.mark.slow
def test_every_export_is_byte_identical_across_runs_and_hash_seeds(built):
    graph_file = built[0]
    script = (
        "import hashlib, sys; from graphkit.export.network import EXPORT_FORMATS, export; "
        "from graphkit.rdf.store import load_graph; g = load_graph(sys.argv[1]); "
        "print(*[hashlib.sha256(b''.join(export(g, f).values())).hexdigest() for f in EXPORT_FORMATS])"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", script, str(graph_file)],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        ).stdout
        for seed in ("1", "99")
    }
    assert len(runs) == 1
    assert len(runs.pop().split()) == len(EXPORT_FORMATS)


def test_an_amount_with_more_digits_than_a_double_keeps_them(nasty_net):
    """Amounts up to 10^15 with cents have 17 significant digits, two more than a double keeps:
    csv, GraphML and GEXF write the graph's decimal as `amount`, beside `amount_USD`'s double."""
    [(a, b, key)] = list(nasty_net.edges(keys=True))
    nasty_net.edges[a, b, key]["amount"] = "999999999999999.99"
    flat = flat_network(nasty_net)
    edges = to_csv(flat)["edges.csv"].decode("utf-8").splitlines()
    header, row = edges[0].split(","), next(csv.reader(edges[1:2]))
    assert row[header.index("amount")] == "999999999999999.99"
    back = nx.read_graphml(io.BytesIO(to_graphml(flat)))
    [data] = [d for *_, d in back.edges(data=True)]
    assert data["amount"] == "999999999999999.99"
