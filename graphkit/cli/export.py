"""graphkit export: the graph for Gephi, Cytoscape, Neo4j and RDF stores."""

from __future__ import annotations

import click

from ..export.network import EXPORT_FORMATS
from ..export.network import export as _export
from ..files import write_atomic
from .common import graph_options, handle_errors, log
from .options import format_option, output_option


@click.command()
@format_option(
    *EXPORT_FORMATS,
    default=None,
    required=True,
    help="graphml, gexf (Gephi, Cytoscape), csv (nodes.csv + edges.csv), jsonld, "
    "nquads (one named graph per source), cypher (Neo4j).",
)
@output_option("File to write (for csv: a folder); default: stdout.", folder_ok=True)
@graph_options
@handle_errors
def export(fmt, output, graph):
    """Write the graph in a format other tools open. The same graph gives the same bytes.

    GraphML and GEXF carry node type and label, and per edge the relation, valid dates, amount,
    currency, product, status, number of citations and first source URL. CSV writes nodes.csv
    and edges.csv into a folder. Cypher is MERGE statements for `cypher-shell -f`: entity types
    as labels, relations as relationship types (PART_OF, SUPPLIES ...), with properties.

    Example:

    \b
        graphkit export --format gexf -o graph.gexf
        graphkit export --format csv -o for-cytoscape/
        graphkit export --format cypher > graph.cypher
    """
    if fmt == "csv" and output is None:
        raise click.UsageError("csv writes two files (nodes.csv, edges.csv); give -o FOLDER")
    files = _export(graph(), fmt)
    if output is None:
        for content in files.values():
            click.echo(content, nl=False)  # bytes go to the binary stream, as written
        return
    if fmt == "csv":
        if output.exists() and not output.is_dir():
            raise click.UsageError(f"{output} is a file; csv needs a folder for -o")
        targets = {output / name: content for name, content in files.items()}
    else:
        targets = {output: next(iter(files.values()))}
    for target, content in targets.items():
        write_atomic(target, content)
        log(f"wrote {target}")


COMMANDS = [export]
