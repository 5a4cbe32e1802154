"""The `graphkit` command: one click group; each module here adds a family of commands."""

from __future__ import annotations

import click

from .. import __version__
from ..collector import one_command_process
from . import build as _build
from . import entities as _entities
from . import explain as _explain
from . import export as _export
from . import extract as _extract
from . import inspect as _inspect
from . import query as _query
from . import scale as _scale
from . import viz as _viz


@click.group(
    name="graphkit",
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, "--version", "-V", prog_name="graphkit")
def cli() -> None:
    """Build a cited knowledge graph of technology companies and governments.

    Every fact names its sources. Start with `graphkit build`, then ask with
    `graphkit query`, `graphkit show` and `graphkit stats`.
    """


for module in (_build, _query, _inspect, _viz, _explain, _export, _extract, _entities, _scale):
    for command in module.COMMANDS:
        cli.add_command(command)


def main() -> None:
    one_command_process()  # see collector.py: the process ends with its command
    cli(prog_name="graphkit")
