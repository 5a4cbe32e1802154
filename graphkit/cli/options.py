"""Options that several commands share, each declared once: format, output, graph, type, login.

Output formats have one set of names across commands: `text` for people (a table where the
answer is rows), `csv`, `tsv`, `json`, `jsonl` and `yaml` for programs. Each command offers the
ones it can write.
"""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

import click

from ..query.display import DEFAULT_WIDTH
from ..vocab import ENTITY_TYPES

OUTPUT_FORMATS = ("text", "csv", "tsv", "json", "jsonl", "yaml")
# Earlier names that scripts may still pass, and the name they mean now.
_FORMAT_ALIASES = {"table": "text"}


class FormatChoice(click.Choice):
    """A choice of output formats that also accepts a format's earlier name."""

    def convert(self, value, param, ctx):
        return super().convert(_FORMAT_ALIASES.get(value, value), param, ctx)


def format_option(
    *choices: str, default: str | None = "text", required: bool = False, help: str | None = None
):
    """--format, offering `choices` (output formats; `export` passes its file formats)."""
    return click.option(
        "--format",
        "fmt",
        type=FormatChoice(choices),
        default=default,
        required=required,
        show_default=default is not None,
        help=help,
    )


def output_option(help: str, *, default: Path | None = None, folder_ok: bool = False):
    """-o/--output FILE (or a folder where `folder_ok`): where to write instead of stdout."""
    return click.option(
        "-o",
        "--output",
        "output",
        type=click.Path(dir_okay=folder_ok, path_type=Path),
        default=default,
        show_default=default is not None,
        help=help,
    )


def type_option(help: str, *, multiple: bool = True, name: str = "types"):
    """--type TYPE, an entity type of the ontology (Company, GovernmentAgency ...)."""
    return click.option(
        "--type",
        name,
        multiple=multiple,
        type=click.Choice(list(ENTITY_TYPES)),
        metavar="TYPE",
        help=f"{help} Types: {', '.join(ENTITY_TYPES)}.",
    )


def config_option(func):
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Project file listing registry and sources (default: ./graphkit.toml).",
    )(func)


def graph_path_option(func):
    """--graph PATH: a built graph file to read instead of the project's."""
    return click.option(
        "--graph",
        "graph_path",
        type=click.Path(dir_okay=False, path_type=Path),
        help="A built graph file (.ttl, .nq, .jsonld); default: the project's output/graph.ttl.",
    )(func)


def graph_loading_options(load):
    """--graph and --config, handed to the command as `graph`: a call that loads the graph.

    `load(graph_path, config_path)` reads the given file, or the project's built graph.
    """

    def decorate(func):
        @graph_path_option
        @config_option
        @functools.wraps(func)
        def wrapper(*args, graph_path, config_path, **kwargs):
            return func(*args, graph=lambda: load(graph_path, config_path), **kwargs)

        return wrapper

    return decorate


def credentials(func):
    """--user and --password for a SPARQL server, also read from the environment."""
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


def wide_option(func):
    """--wide prints table cells whole; without it tables fit the terminal (`COLUMNS`, else the
    terminal's width, else 100 characters). Passes `width` (None when wide)."""

    @click.option(
        "--wide",
        is_flag=True,
        help="Print every table cell whole instead of fitting the terminal's width.",
    )
    @functools.wraps(func)
    def wrapper(*args, wide, **kwargs):
        return func(*args, width=None if wide else terminal_width(), **kwargs)

    return wrapper


def terminal_width() -> int:
    """`COLUMNS`, else the terminal's width, else the default table width."""
    return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
