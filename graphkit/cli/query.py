"""graphkit query and graphkit queries."""

from __future__ import annotations

from pathlib import Path

import click
from rdflib import Graph

from ..query.named import (
    AD_HOC_PREFIXES,
    bind_params,
    bind_values,
    check_read_only,
    format_table,
    get_query,
    named_queries,
    read_query_file,
    run,
    to_table,
)
from ..rdf.remote import Server, remote_names, remote_query
from .common import graph_options, handle_errors
from .options import credentials, format_option, wide_option


def _param(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise click.BadParameter(
            f"{text!r}: write NAME=VALUE, e.g. agency=ICE", param_hint="--param"
        )
    return name.strip(), value.strip()


@click.command()
@click.argument("name", required=False)
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A parameter of the named query, e.g. agency=ICE. Repeatable.",
)
@click.option(
    "-e", "--expr", "expr", metavar="SPARQL", help="Run this SPARQL text instead of a named query."
)
@click.option(
    "--file",
    "query_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Run the SPARQL in this file instead of a named query.",
)
@format_option(
    "text",
    "csv",
    "tsv",
    "json",
    help="text is a table for people; json is the SPARQL 1.1 Query Results JSON format.",
)
@click.option(
    "--endpoint",
    metavar="URL",
    help="Ask this SPARQL endpoint instead of the built graph, e.g. http://127.0.0.1:7878/query.",
)
@wide_option
@credentials
@graph_options
@handle_errors
def query(name, params, expr, query_file, fmt, endpoint, user, password, graph, width):
    """Answer a named query (see `graphkit queries`) or ad hoc SPARQL over the built graph.

    Parameters accept an entity's id, label or alias and are bound as RDF terms, never pasted
    into the query text. SPARQL Update is refused. The table fits the terminal (long cells end
    in "…", --wide prints them whole); amounts read as money, URLs without their scheme. csv,
    tsv and json keep every value as the graph holds it.

    Examples:

    \b
        graphkit query suppliers --param agency=ICE
        graphkit query -e 'SELECT ?s WHERE { ?s a tg:Company }' --format csv
        graphkit query contracts -p agency=ICE --wide
        graphkit query suppliers -p agency=ICE --endpoint http://127.0.0.1:7878/query
    """
    chosen = [x for x in (name, expr, query_file) if x]
    if len(chosen) != 1:
        raise click.UsageError("give one of: a query NAME, -e SPARQL, or --file PATH")
    pairs = dict(_param(p) for p in params)
    server = Server(endpoint, user, password) if endpoint else None
    g = graph() if server is None else None
    if name:
        named = get_query(name)
        if server is not None:  # entity parameters resolve against the server's names
            wanted = any(p.kind == "entity" and p.name in pairs for p in named.params)
            g = remote_names(server) if wanted else Graph()
        text, lists, bindings = named.text, named.lists, bind_params(g, named, pairs)
    else:
        if pairs:
            raise click.UsageError("--param goes with a named query")
        text = expr if expr else read_query_file(query_file)
        text = _with_prefixes(text)
        lists, bindings = (), {}
    if server is not None:
        check_read_only(text)
        result = remote_query(server, bind_values(text, bindings))
    else:
        result = run(g, text, bindings)
    if result.type == "ASK":
        click.echo("true" if result.askAnswer else "false")
    elif result.type in ("CONSTRUCT", "DESCRIBE"):
        click.echo(result.graph.serialize(format="turtle"), nl=False)
    else:
        click.echo(format_table(to_table(result, lists), fmt, width), nl=False)


def _with_prefixes(text: str) -> str:
    """Ad hoc queries may use tg:, ent:, rdfs: and xsd: without declaring them."""
    lowered = text.lower()
    head = "".join(
        f"PREFIX {p}: <{iri}>\n"
        for p, iri in AD_HOC_PREFIXES.items()
        if f"prefix {p}:" not in lowered
    )
    return head + text


@click.command()
@format_option("text", "json", help="Text for people, JSON for programs.")
def queries(fmt):
    """List the named queries with their parameters.

    Example:

    \b
        graphkit queries
    """
    found = named_queries()
    if fmt == "json":
        import json  # noqa: PLC0415

        data = [
            {
                "name": q.name,
                "description": q.description,
                "params": [
                    {"name": p.name, "kind": p.kind, "optional": p.optional, "help": p.help}
                    for p in q.params
                ],
            }
            for q in found.values()
        ]
        click.echo(json.dumps(data, indent=2))
        return
    for q in found.values():
        click.echo(f"{q.name}: {q.description}")
        for p in q.params:
            flag = " (optional)" if p.optional else ""
            click.echo(f"    --param {p.name}=<{p.kind}>{flag}  {p.help}")


COMMANDS = [query, queries]
