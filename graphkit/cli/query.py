"""graphkit query and graphkit queries."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
from rdflib import Graph

from ..exc import ParameterError, QueryError
from ..generation import hold_path, release
from ..query.named import (
    AD_HOC_PREFIXES,
    NamedQuery,
    bind_params,
    bind_values,
    check_read_only,
    get_query,
    named_queries,
    parse_query_file,
    read_query_file,
)
from ..query.native import execute, load_store, store_of, triples_graph
from ..query.stream import write_rows
from ..rdf.remote import Server, remote_names, remote_query
from ..terminal import turtle_for_terminal
from .common import handle_errors, load_built_graph
from .options import credentials, format_option, graph_loading_options, wide_option

TRIPLE_COLUMNS = ("subject", "predicate", "object")  # a graph's answer in the table formats


def _param(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise click.BadParameter(
            f"{text!r}: write NAME=VALUE, e.g. agency=ICE", param_hint="--param"
        )
    return name.strip(), value.strip()


def _query_store(graph_path: Path | None, config_path: Path | None):
    """The Oxigraph store to query, and what must stay referenced while it is read: the --graph
    file loaded into memory, or the project's built store (built first if missing), held."""
    if graph_path is None:
        graph = load_built_graph(None, config_path)  # holds its generation while referenced
        return store_of(graph), graph
    real = hold_path(graph_path)
    try:
        return load_store(real), None
    finally:
        release(real.parent)


@click.command()
@click.argument("name", required=False)
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A parameter of the named query (or of a query whose header declares it), e.g. "
    "agency=ICE. Repeatable.",
)
@click.option(
    "-e", "--expr", "expr", metavar="SPARQL", help="Run this SPARQL text instead of a named query."
)
@click.option(
    "--file",
    "query_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Run the SPARQL in this file instead of a named query; its header's # list: and "
    "# param: lines are read as a named query's.",
)
@format_option(
    "text",
    "csv",
    "tsv",
    "json",
    "jsonl",
    help="text is a table for people; json is the SPARQL 1.1 Query Results JSON format; jsonl "
    "one line per row, each bound column's term as in json.",
)
@click.option(
    "--endpoint",
    metavar="URL",
    help="Ask this SPARQL endpoint instead of the built graph, e.g. http://127.0.0.1:7878/query.",
)
@wide_option
@credentials
@graph_loading_options(_query_store)
@handle_errors
def query(name, params, expr, query_file, fmt, endpoint, user, password, graph, width):
    """Answer a named query (see `graphkit queries`) or ad hoc SPARQL over the built graph.

    Parameters accept an entity's id, label or alias and are bound as RDF terms, never pasted
    into the query text. SPARQL Update is refused. The table fits the terminal (long cells end
    in "…", columns with no room left out and named; --wide prints them whole); amounts read
    as money, URLs without their scheme. csv, tsv, json and jsonl keep every value as the
    graph holds it, and are written row by row as the store answers. ASK prints true or false
    (json: the results format's boolean object); CONSTRUCT and DESCRIBE print Turtle, or in
    csv, tsv, json and jsonl one row per triple with the columns subject, predicate and
    object. A parameter given twice is an error.

    Examples:

    \b
        graphkit query suppliers --param agency=ICE
        graphkit query -e 'SELECT ?s WHERE { ?s a tg:Company }' --format csv
        graphkit query single-source --format jsonl > single-source.jsonl
        graphkit query contracts -p agency=ICE --wide
        graphkit query suppliers -p agency=ICE --endpoint http://127.0.0.1:7878/query
    """
    chosen = [x for x in (name, expr, query_file) if x]
    if len(chosen) != 1:
        raise click.UsageError("give one of: a query NAME, -e SPARQL, or --file PATH")
    pairs = _params(params)
    server = Server(endpoint, user, password) if endpoint else None
    store, held = graph() if server is None else (None, None)
    names = store
    named, head = (get_query(name), "") if name else _ad_hoc(expr, query_file)
    if pairs and not named.params and not name:
        raise click.UsageError(
            "--param goes with a named query, or with a query whose header declares it "
            "(# param: NAME KIND HELP)"
        )
    if server is not None:  # entity parameters resolve against the server's names
        wanted = any(p.kind == "entity" and p.name in pairs for p in named.params)
        names = remote_names(server) if wanted else Graph()
    try:
        bindings = bind_params(names, named, pairs)
    except ParameterError as err:  # the command line's mistake, as --param twice is (exit 2)
        raise click.UsageError(str(err)) from None
    text, lists, flags = named.text, named.lists, named.flags
    try:
        if server is not None:
            _print_remote(remote_query(server, _checked(text, bindings)), named, fmt, width)
            return
        answer = execute(store, text, bindings)
    except QueryError as err:
        raise _at_own_lines(err, head) from None
    if answer.boolean is not None:
        _print_boolean(answer.boolean, fmt)
    elif answer.solutions is None:
        rows = ((t.subject, t.predicate, t.object) for t in answer.triples)
        _print_triples(rows, fmt, width, lambda: triples_graph(answer.triples))
    else:
        rows = answer.solutions
        chunks = write_rows(rows.columns, rows.rows, fmt, lists=lists, width=width, flags=flags)
        for chunk in chunks:
            _echo(chunk)
    del held  # the generation stays held until every row is written


def _ad_hoc(expr: str | None, query_file: Path | None) -> tuple[NamedQuery, str]:
    """An ad hoc query, read with its header as a named query's is: a copy of a named query's
    file prints its lists (`# list:`) as the named query does, not as the raw text the query
    joins them into, and takes the parameters its `# param:` lines declare. With it, the
    prefix declarations put before its text."""
    text = expr if expr else read_query_file(query_file)
    query = parse_query_file(str(query_file.with_suffix("")) if query_file else "-e", text)
    head = _prefixes(text)
    query.text = head + text
    return query, head


# Where a SPARQL parser says a syntax error is: the character, line and column.
_AT = re.compile(r"\(at char (\d+)\), \(line:(\d+), col:(\d+)\)")


def _at_own_lines(err: QueryError, head: str) -> QueryError:
    """The error with its place counted in the text the user wrote, not after the prefix
    declarations put before it: a one-line query's mistake was said to be on line 6."""
    if not head:
        return err
    lines = head.count("\n")

    def own(at: re.Match) -> str:
        char, line = int(at[1]) - len(head), int(at[2]) - lines
        return f"(at char {char}), (line:{line}, col:{at[3]})"

    return QueryError(_AT.sub(own, str(err)))


def _params(given: tuple[str, ...]) -> dict[str, str]:
    """NAME=VALUE pairs; a name given twice is refused rather than one value silently kept."""
    pairs: dict[str, str] = {}
    for text in given:
        name, value = _param(text)
        if name in pairs:
            raise click.BadParameter(
                f"{name} is given twice ({pairs[name]!r}, {value!r}); a parameter takes one value",
                param_hint="--param",
            )
        pairs[name] = value
    return pairs


def _print_boolean(value: bool, fmt: str) -> None:
    """An ASK answer: true or false; json as the SPARQL 1.1 Query Results JSON Format's boolean
    object, jsonl as one such line."""
    if fmt == "json":
        click.echo(json.dumps({"head": {}, "boolean": value}))
    elif fmt == "jsonl":
        click.echo(json.dumps({"boolean": value}))
    else:
        click.echo("true" if value else "false")


def _print_triples(rows, fmt: str, width: int | None, as_graph) -> None:
    """A CONSTRUCT or DESCRIBE answer (`rows`: its triples as (subject, predicate, object)):
    Turtle for people (text), one row per triple with the columns subject, predicate and object
    in the table formats (csv, tsv, json, jsonl)."""
    if fmt == "text":  # for people: the source text in it shown, not obeyed (terminal.py)
        click.echo(turtle_for_terminal(as_graph().serialize(format="turtle")), nl=False)
        return
    for chunk in write_rows(TRIPLE_COLUMNS, rows, fmt, width=width):
        _echo(chunk)


def _echo(chunk: str) -> None:
    """Rows as written: click strips escape sequences from what goes to a pipe or a file, which
    would cut them out of a csv or tsv value (the text table escapes them itself)."""
    click.echo(chunk, nl=False, color=True)


def _checked(text: str, bindings: dict) -> str:
    check_read_only(text)
    return bind_values(text, bindings)


def _print_remote(result, named: NamedQuery, fmt: str, width: int | None) -> None:
    """A server's answer (rdflib terms), printed as the store's would be."""
    lists, flags = named.lists, named.flags
    if result.type == "ASK":
        _print_boolean(bool(result.askAnswer), fmt)
    elif result.type in ("CONSTRUCT", "DESCRIBE"):
        _print_triples(sorted(result.graph), fmt, width, lambda: result.graph)
    else:
        columns = [str(v) for v in result.vars]
        for chunk in write_rows(columns, result, fmt, lists=lists, width=width, flags=flags):
            _echo(chunk)


def _prefixes(text: str) -> str:
    """The declarations of tg:, ent:, rdfs: and xsd: that an ad hoc query leaves out: it may
    use them without declaring them."""
    lowered = text.lower()
    return "".join(
        f"PREFIX {p}: <{iri}>\n"
        for p, iri in AD_HOC_PREFIXES.items()
        if f"prefix {p}:" not in lowered
    )


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
