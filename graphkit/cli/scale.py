"""graphkit push and graphkit serve: publishing the built graph to SPARQL servers."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..exc import GraphkitError
from ..generation import hold_path, release
from ..rdf.remote import DEFAULT_GRAPH_IRI, Server, push
from ..rdf.store import load_graph, new_dataset
from .common import handle_errors, log, out_dir, project_config
from .options import config_option, credentials


def _statements(source: Path | None, config_path: Path | None) -> tuple[bytes, bool]:
    """See _read_statements; the generation read is held only while reading."""
    if source is None:
        source = out_dir(project_config(config_path)) / "graph.nq"  # -> current/graph.nq
    real = hold_path(source)
    try:
        return _read_statements(real)
    finally:
        release(real.parent)


def _read_statements(source: Path) -> tuple[bytes, bool]:
    """What to push and whether it is N-Quads: by default the build's graph.nq, one named
    graph per source document; a .nq or .trig file likewise; any other graph file or a store
    folder as N-Triples."""
    if not source.exists():
        raise GraphkitError(f"{source}: no built graph; run `graphkit build` first")
    if source.is_file() and source.suffix.lower() == ".nq":
        return source.read_bytes(), True
    if source.is_dir():
        import pyoxigraph as ox  # noqa: PLC0415

        try:
            inner = ox.Store.read_only(str(source))
        except OSError as err:
            raise GraphkitError(f"{source}: cannot open the store: {err}") from None
        return inner.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()), False
    if source.suffix.lower() == ".trig":
        dataset = new_dataset()
        dataset.parse(source, format="trig")
        return dataset.serialize(format="nquads", encoding="utf-8"), True
    return load_graph(source).serialize(format="nt", encoding="utf-8"), False


@click.command(name="push")
@click.option(
    "--endpoint",
    required=True,
    metavar="URL",
    help="The server's Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store (Oxigraph) "
    "or http://127.0.0.1:8890/sparql-graph-crud-auth (Virtuoso).",
)
@click.option(
    "--graph",
    "graph_iri",
    default=DEFAULT_GRAPH_IRI,
    show_default=True,
    metavar="IRI",
    help="The named graph that lists what this push put on the server (and holds the triples "
    "when the input has no named graphs).",
)
@click.option(
    "--update",
    "update_url",
    metavar="URL",
    help="The SPARQL Update URL (default: found from --endpoint for Oxigraph and Virtuoso).",
)
@click.option(
    "--from",
    "source",
    type=click.Path(exists=True, path_type=Path),
    help="A built graph file (.nq/.trig keep their named graphs) or store folder "
    "(default: the project's output/graph.nq).",
)
@credentials
@config_option
@handle_errors
def push_command(endpoint, graph_iri, update_url, source, user, password, config_path):
    """Replace what the last push put on a SPARQL server with the built graph.

    The build's graph.nq goes up as it is, one named graph per source document, so a SPARQL
    user there can ask which source says what (GRAPH ?source { … }); the graph named by
    --graph lists them, and the next push replaces exactly those. Everything travels in one
    SPARQL Update request that the server applies as one transaction: if the push fails, is
    cut off, or the server dies, the server keeps the previous data, and nothing
    half-loaded is visible to queries, even with a union default graph. Virtuoso wants HTTP
    digest auth (--user/--password).

    Example:

    \b
        graphkit push --endpoint http://127.0.0.1:7878/store --graph https://example.org/techgov
        graphkit push --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth --user dba
    """
    data, quads = _statements(source, config_path)
    server = Server(endpoint, user, password)
    sent = push(data, server, graph_iri, update_url=update_url, quads=quads)
    log(f"pushed {sent} statements to <{graph_iri}> at {endpoint}")


@click.command()
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=7879,
    show_default=True,
    help="Port on 127.0.0.1 (0: any free port).",
)
@click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="A built store folder (default: the project's output folder, following its rebuilds).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=30.0,
    show_default=True,
    help="Seconds a query may run; past that it is stopped and answered 504.",
)
@click.option(
    "--max-rows",
    type=click.IntRange(min=1),
    default=100_000,
    show_default=True,
    help="Rows (or triples) per answer; longer answers are cut, with a Graphkit-Truncated "
    'header and "truncated": true in JSON results.',
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Queries that run at once (default: the number of cores, at least 2); others wait "
    "up to 10 s, then get 503 with Retry-After.",
)
@config_option
@handle_errors
def serve(port, store_dir, timeout, max_rows, workers, config_path):
    """Serve the built graph read-only over the SPARQL 1.1 Protocol, with its HTML page.

    Queries go to /sparql (GET ?query=… or POST); / is the network page. The server listens
    on 127.0.0.1 only and never changes the graph: updates, LOAD and federated queries
    (SERVICE) are refused with 403. Each query runs in a worker process that is stopped at
    --timeout; answers are cut at --max-rows. Serving the project's output folder, the server
    moves to each new build as soon as it is complete. Stop it with Ctrl-C.

    Example:

    \b
        graphkit serve --port 7879
        graphkit serve --timeout 10 --max-rows 5000 --workers 4
        curl 'http://127.0.0.1:7879/sparql' --data-urlencode 'query=ASK { ?s ?p ?o }'
    """
    from ..query.serve import Limits, make_server  # noqa: PLC0415

    limits = Limits(timeout=timeout, max_rows=max_rows)
    if workers:
        limits = Limits(timeout=timeout, max_rows=max_rows, concurrent=workers)
    if store_dir is None:
        folder = out_dir(project_config(config_path))
        server = make_server(out=folder, port=port, limits=limits)
        shown = folder
    else:
        server = make_server(store_dir, port, store_dir.parent / "graph.html", limits=limits)
        shown = store_dir
    log(f"serving {shown} at {server.url} (SPARQL at {server.url}sparql); Ctrl-C stops")
    click.echo(server.url, nl=True)
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


COMMANDS = [push_command, serve]
