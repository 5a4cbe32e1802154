"""What several commands share: finding the project, loading the built graph, errors."""

from __future__ import annotations

import functools
import sys
import weakref
from pathlib import Path

import click

from ..config import CONFIG_NAME, Config, load_config
from ..exc import GraphkitError
from ..generation import hold_path, open_current, release
from ..rdf.store import REBUILD, STORE_DAMAGE, STORE_DIR, load_graph, open_store
from ..terminal import for_terminal
from .options import graph_loading_options

DEFAULT_OUT = Path("output")
CACHE_DIR = ".cache"  # inside the output folder: each input file's extraction


def handle_errors(func):
    """Library errors, and files that cannot be written or read (a full disk, a folder where a
    file goes, a missing folder), become `Error: …` and exit 1, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            answer = func(*args, **kwargs)
            sys.stdout.flush()  # here, so a full disk is reported, not met at exit
            return answer
        except GraphkitError as err:
            raise click.ClickException(for_terminal(str(err))) from None
        except BrokenPipeError:
            raise  # the reader went away (`| head`): click ends quietly
        except OSError as err:
            where = err.filename if err.filename is not None else "standard output"
            raise click.ClickException(f"{where}: {err.strerror or err}") from None
        except RuntimeError as err:
            # What Oxigraph raises for a store it finds damaged while reading it.
            if not str(err).startswith(STORE_DAMAGE):
                raise
            raise click.ClickException(f"the store is damaged ({err}); {REBUILD}") from None

    return wrapper


def project_config(config_path: Path | None) -> Config:
    return load_config(config_path)


def require_inputs(config: Config, extra_sources=()) -> None:
    """Refuse to build from nothing: outside a project a command would otherwise write an
    empty graph and answer from it as if the project had no facts."""
    if config.has_inputs or extra_sources:
        return
    raise click.ClickException(
        f"nothing to build in {config.root}: no {CONFIG_NAME} listing sources and no data/ "
        "folder (entities.yaml, sources.yaml, facts/); run graphkit in a project's folder, or "
        "give --config FILE or --source KIND:PATH"
    )


def out_dir(config: Config, out: Path | None = None) -> Path:
    return out or config.out or config.root / DEFAULT_OUT


def load_built_graph(graph_path: Path | None, config_path: Path | None):
    """The graph to read; with no --graph, the project's built graph, built first if missing."""
    if graph_path is not None:
        real = hold_path(graph_path)  # a link into a generation: that one, to the end of reading
        try:
            return load_graph(real)
        finally:
            release(real.parent)
    config = project_config(config_path)
    out = out_dir(config)
    if not (out / "graph.ttl").is_file():
        require_inputs(config)
        # Only here: a command that reads a built graph does not load the build's machinery.
        from ..build.outputs import write_outputs  # noqa: PLC0415
        from ..build.pipeline import build  # noqa: PLC0415
        from ..extractors import check_sources  # noqa: PLC0415

        check_sources(config.sources)  # a config error is said alone, not after "building"
        log(f"no built graph at {out / 'graph.ttl'}; building it first")
        result = build(config, progress=progress_printer())
        write_outputs(result, out, wait=True)
        report_problems(result)
    generation = open_current(out)  # held while the graph is in use, whatever builds do
    store = generation / STORE_DIR
    if (store / "CURRENT").is_file():
        graph = open_store(store)  # the build's on-disk store: no parsing
    else:
        graph = load_graph(generation / "graph.ttl")
    weakref.finalize(graph, release, generation)
    return graph


# --graph and --config on the commands that read the built graph: it is built first if missing.
graph_options = graph_loading_options(load_built_graph)


def log(message: str) -> None:
    """A message for people on standard error (it may quote source text: see terminal.py)."""
    click.echo(for_terminal(message), err=True)


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
