"""graphkit build."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import click

from ..build.outputs import write_outputs
from ..build.pipeline import build as build_graph
from ..config import SourceSpec
from ..extractors import check_sources
from ..extractors.run import default_jobs
from ..generation import output_lock
from ..rdf.store import DEFAULT_STORE, STORES
from .common import (
    CACHE_DIR,
    handle_errors,
    log,
    out_dir,
    progress_printer,
    project_config,
    report_problems,
    require_inputs,
)
from .options import config_option


def _setting(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise click.BadParameter(
            f"{text!r}: write NAME=VALUE, e.g. data=freezer.csv", param_hint="--set"
        )
    return name.strip(), value.strip()


@click.command()
@config_option
@click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the graph files and report.json (default: output/).",
)
@click.option(
    "--source",
    "sources",
    multiple=True,
    metavar="KIND:PATH",
    help="Add a source to those in graphkit.toml, e.g. facts:more/. Repeatable.",
)
@click.option(
    "--set",
    "settings",
    multiple=True,
    metavar="NAME=VALUE",
    help="An option for the --source sources of this run, e.g. data=downloads/freezer.csv "
    "(the data file of a mapping, relative to the project). Repeatable.",
)
@click.option("--strict", is_flag=True, help="Stop at the first bad entry instead of skipping it.")
@click.option(
    "--store",
    type=click.Choice(STORES),
    default=DEFAULT_STORE,
    help="The rdflib graph that validation and library callers read: over the build's "
    "Oxigraph store (the default) or a copy in rdflib's memory store. The outputs are the same.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Extraction processes to run at once (default: the number of cores).",
)
@click.option(
    "--wait",
    is_flag=True,
    help="If another build is writing the same output folder, wait for it to finish "
    "instead of stopping with an error.",
)
@handle_errors
def build(config_path, out, sources, settings, strict, store, jobs, wait):
    """Build the graph from the registry and every source, validate it, write the outputs.

    Bad entries are reported with file:line and skipped; the rest still builds, and the exit
    status is 1. The same inputs give byte-identical files. Besides the files, the output
    folder gets store/ (an Oxigraph store that query, show, path and viz open directly: each
    source document's named graph, and their union in the default graph) and .cache/ (each
    input file's extraction, so a rebuild reads only the files that changed). A rebuild
    starts from the current store and replaces only the named graphs that changed; the
    result is the same as a clean build's.

    All outputs are written as a new generation beside the current one and swapped in at
    once: readers see the old graph or the new one, never a mix, and a build that is killed
    leaves the old one in use. One build at a time writes a folder; a second one stops with
    an error, or waits with --wait.

    Example:

    \b
        graphkit build --source facts:more-facts/ --out output/
        graphkit build --jobs 4 --store memory
        graphkit build --wait
        graphkit build --source mapping:examples/torn-apart-freezer.yaml --set data=freezer.csv
    """
    config = project_config(config_path)
    if settings and not sources:
        raise click.UsageError("--set applies to the sources given with --source")
    options = tuple(sorted(_setting(s) for s in settings))
    extra = [replace(SourceSpec.parse(s, Path.cwd()), options=options) for s in sources]
    require_inputs(config, extra)
    check_sources([*config.sources, *extra])  # a config error leaves the output folder as it is
    target = out_dir(config, out)
    with output_lock(target, wait=wait):
        result = build_graph(
            config,
            extra_sources=extra,
            strict=strict,
            progress=progress_printer(),
            jobs=jobs or default_jobs(),
            cache_dir=target / CACHE_DIR,
            store=store,
            out=target,
        )
        written = write_outputs(result, target)
    report_problems(result)
    counts = result.report["counts"]
    log(
        f"built {counts['entities']} entities, {counts['relationships']} relationships, "
        f"{counts['citations']} citations from {counts['sources']} sources"
    )
    log(
        "validation: "
        + ("conforms" if not result.violations else f"{len(result.violations)} violations")
    )
    for path in written:
        click.echo(str(path))
    if counts["disputed"]:
        # Disputes are findings, not errors: every claim is in the graph.
        log(f"{counts['disputed']} disputed facts, each claim kept; see `graphkit conflicts`")
    if result.problems:
        log(f"{len(result.problems)} entries skipped; see {target / 'report.json'}")
    if not result.ok:
        raise SystemExit(1)


COMMANDS = [build]
