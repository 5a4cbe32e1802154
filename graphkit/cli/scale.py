"""graphkit push and graphkit serve: publishing the built graph to SPARQL servers."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..build.generation import hold_path, open_current
from ..exc import GraphkitError
from ..rdf.remote import CHUNK_TRIPLES, DEFAULT_GRAPH_IRI, Server, push
from ..rdf.store import STORE_DIR, load_graph
from .common import config_option, handle_errors, log, out_dir, project_config


def _ntriples(source: Path | None, config_path: Path | None) -> bytes:
    """The built graph as N-Triples: from the store folder if there is one, else the file."""
    if source is None:
        generation = open_current(out_dir(project_config(config_path)))
        store = generation / STORE_DIR
        source = store if (store / "CURRENT").is_file() else generation / "graph.ttl"
    else:
        source = hold_path(source)
    if Path(source).is_dir():
        import pyoxigraph as ox  # noqa: PLC0415

        try:
            inner = ox.Store.read_only(str(source))
        except OSError as err:
            raise GraphkitError(f"{source}: cannot open the store: {err}") from None
        return inner.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return load_graph(source).serialize(format="nt", encoding="utf-8")


def credentials(func):
    func = click.option(
        "--password",
        envvar="GRAPHKIT_PASSWORD",
        metavar="PASSWORD",
        help="Password for --user (or the GRAPHKIT_PASSWORD environment variable).",
    )(func)
    return click.option(
        "--user",
        envvar="GRAPHKIT_USER",
        metavar="NAME",
        help="User name for HTTP digest or basic auth (or GRAPHKIT_USER).",
    )(func)


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
    help="The named graph to replace.",
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
    help="A built graph file or store folder (default: the project's output/store).",
)
@click.option(
    "--chunk",
    type=click.IntRange(min=1),
    default=CHUNK_TRIPLES,
    show_default=True,
    help="Triples per request.",
)
@credentials
@config_option
@handle_errors
def push_command(endpoint, graph_iri, update_url, source, chunk, user, password, config_path):
    """Replace a named graph on a SPARQL server with the built graph.

    The triples go in chunks to a staging graph (SPARQL 1.1 Graph Store HTTP Protocol), then
    one SPARQL Update MOVE puts them in place: if anything fails on the way, the graph on the
    server stays as it was. Virtuoso wants HTTP digest auth (--user/--password).

    Example:

        graphkit push --endpoint http://127.0.0.1:7878/store --graph https://example.org/techgov
    """
    data = _ntriples(source, config_path)
    server = Server(endpoint, user, password)
    total = data.count(b"\n")
    with click.progressbar(length=total, label="pushing", file=sys.stderr) as bar:
        done = [0]

        def advance(sent: int, _total: int) -> None:
            bar.update(sent - done[0])
            done[0] = sent

        sent = push(
            data, server, graph_iri, update_url=update_url, chunk_triples=chunk, progress=advance
        )
    log(f"pushed {sent} triples to <{graph_iri}> at {endpoint}")


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
    help="A built store folder (default: the project's output/store).",
)
@config_option
@handle_errors
def serve(port, store_dir, config_path):
    """Serve the built graph read-only over the SPARQL 1.1 Protocol, with its HTML page.

    Queries go to /sparql (GET ?query=… or POST); / is the network page. The server listens
    on 127.0.0.1 only and never changes the graph. Stop it with Ctrl-C.

    Example:

        graphkit serve --port 7879

        curl 'http://127.0.0.1:7879/sparql' --data-urlencode 'query=ASK { ?s ?p ?o }'
    """
    from ..query.serve import make_server  # noqa: PLC0415

    page = None
    if store_dir is None:
        folder = out_dir(project_config(config_path))
        store_dir, page = folder / STORE_DIR, folder / "graph.html"
    else:
        page = store_dir.parent / "graph.html"
    server = make_server(store_dir, port, page)
    log(f"serving {store_dir} at {server.url} (SPARQL at {server.url}sparql); Ctrl-C stops")
    click.echo(server.url, nl=True)
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


COMMANDS = [push_command, serve]
