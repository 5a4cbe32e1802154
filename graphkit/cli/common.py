"""What several commands share: finding the project, loading the built graph, errors."""

from __future__ import annotations

import functools
import shutil
import sys
from pathlib import Path

import click

from ..build.pipeline import build, write_outputs
from ..config import Config, load_config
from ..exc import GraphkitError
from ..query.display import DEFAULT_WIDTH
from ..rdf.store import STORE_DIR, load_graph, open_store

DEFAULT_OUT = Path("output")
CACHE_DIR = ".cache"  # inside the output folder: each input file's extraction


def config_option(func):
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Project file listing registry and sources (default: ./graphkit.toml).",
    )(func)


def graph_options(func):
    """--graph PATH to read a built file, --config for where to build it if there is none."""

    @click.option(
        "--graph",
        "graph_path",
        type=click.Path(dir_okay=False, path_type=Path),
        help="A built graph file (.ttl, .nq, .jsonld); default: the project's output/graph.ttl.",
    )
    @config_option
    @functools.wraps(func)
    def wrapper(*args, graph_path, config_path, **kwargs):
        return func(*args, graph=lambda: load_built_graph(graph_path, config_path), **kwargs)

    return wrapper


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
    return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns


def handle_errors(func):
    """Library errors become `Error: …` and exit 1."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except GraphkitError as err:
            raise click.ClickException(str(err)) from None

    return wrapper


def project_config(config_path: Path | None) -> Config:
    return load_config(config_path)


def out_dir(config: Config, out: Path | None = None) -> Path:
    return out or config.out or config.root / DEFAULT_OUT


def load_built_graph(graph_path: Path | None, config_path: Path | None):
    """The graph to read; with no --graph, the project's built graph, built first if missing."""
    if graph_path is not None:
        return load_graph(graph_path)
    config = project_config(config_path)
    path = out_dir(config) / "graph.ttl"
    if not path.is_file():
        log(f"no built graph at {path}; building it first")
        result = build(config, progress=progress_printer())
        write_outputs(result, out_dir(config))
        report_problems(result)
    store = out_dir(config) / STORE_DIR
    if (store / "CURRENT").is_file():
        return open_store(store)  # the build's on-disk store: no parsing
    return load_graph(path)


def log(message: str) -> None:
    click.echo(message, err=True)


def progress_printer(threshold: int = 20):
    """A progress callback that draws a bar on stderr once there are many input files."""
    state: dict = {}

    def update(label: str, index: int, total: int) -> None:
        if total < threshold:
            return
        bar = state.get("bar")
        if bar is None:
            bar = state["bar"] = click.progressbar(
                length=total, label="extracting", file=sys.stderr
            )
            bar.__enter__()
        bar.update(1)
        if index == total:
            bar.__exit__(None, None, None)

    return update


def report_problems(result) -> None:
    for err in result.problems:
        log(f"skipped: {err}")
    for err in result.warnings:
        log(f"warning: {err}")
    for violation in result.violations:
        log(f"invalid: {violation}")
