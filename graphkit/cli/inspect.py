"""graphkit show, validate and stats: reading one built graph."""

from __future__ import annotations

import json

import click

from ..explain.show import describe
from ..explain.show import format_text as show_text
from ..explain.stats import format_text as stats_text
from ..explain.stats import graph_stats
from ..query.named import find_entity
from ..rdf.validation import validate_graph
from ..terminal import for_terminal, values_for_terminal
from .common import graph_options, handle_errors
from .options import format_option

_FORMAT = format_option("text", "json", help="Text for people, JSON for programs.")


@click.command()
@click.argument("entity")
@_FORMAT
@graph_options
@handle_errors
def show(entity, fmt, graph):
    """Print everything the graph knows about ENTITY (an id, label or alias), grouped by relation.

    Each fact is listed with its qualifiers and every citation: publisher, date, title, URL,
    locator and quote.

    Example:

    \b
        graphkit show Palantir
    """
    g = graph()
    info = describe(g, find_entity(g, entity))
    if fmt == "json":
        click.echo(json.dumps(info, indent=2, ensure_ascii=False))
    else:
        click.echo(show_text(values_for_terminal(info)), nl=False)


@click.command()
@click.option(
    "--shacl",
    is_flag=True,
    help="Run the full SHACL engine (pySHACL) instead of the store's checks: the slow reference.",
)
@graph_options
@handle_errors
def validate(shacl, graph):
    """Check the graph against its SHACL shapes and the rule that every fact is cited.

    Prints one "file:line [field]: entity — property — message" line per violation (where
    the facts at fault were read, when they were read from files) and exits 1 if there is any.
    By default the shapes run as SPARQL checks on the store, as every build runs them;
    --shacl runs the full SHACL engine over the same shapes, which reports the same
    violations in far more time.

    Example:

    \b
        graphkit validate
        graphkit validate --graph output/graph.ttl --shacl
    """
    g = graph()
    violations = validate_graph(g, engine="shacl" if shacl else "checks")
    for violation in violations:
        click.echo(for_terminal(str(violation), keep=""))
    if violations:
        click.echo(f"{len(violations)} violations", err=True)
        raise SystemExit(1)
    click.echo("conforms", err=True)


@click.command()
@_FORMAT
@graph_options
@handle_errors
def stats(fmt, graph):
    """Count entities by type, relationships by relation, citations and sources.

    Example:

    \b
        graphkit stats --format json
    """
    data = graph_stats(graph())
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        click.echo(stats_text(values_for_terminal(data)), nl=False)


COMMANDS = [show, validate, stats]
