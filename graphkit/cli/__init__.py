"""The `graphkit` command: one click group; each module here adds a family of commands.

A module is imported only when one of its commands runs (or `--help` lists them all): each
family brings its own libraries, and `graphkit query` should not wait for the build's.
"""

from __future__ import annotations

import difflib
import importlib

import click

from .. import __version__
from ..collector import one_command_process

# Each command and the module (in this package) that defines it; tests/test_cli.py holds this
# to the modules' own COMMANDS lists.
COMMAND_MODULES = {
    "build": "build",
    "query": "query",
    "queries": "query",
    "show": "inspect",
    "validate": "inspect",
    "stats": "inspect",
    "viz": "viz",
    "path": "explain",
    "rank": "explain",
    "communities": "explain",
    "timeline": "explain",
    "diff": "explain",
    "conflicts": "explain",
    "export": "export",
    "extract": "extract",
    "entities": "entities",
    "push": "scale",
    "serve": "scale",
}


class _Commands(click.Group):
    """A group whose commands are found in their modules when asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMAND_MODULES)

    def resolve_command(self, ctx: click.Context, args: list[str]):
        name = args[0] if args else ""
        if name and name not in COMMAND_MODULES and not name.startswith("-"):
            # click suggests from the commands a group holds, and this one holds none.
            close = difflib.get_close_matches(name, COMMAND_MODULES)
            hint = ""
            if len(close) == 1:
                hint = f" Did you mean {close[0]!r}?"
            elif close:
                hint = f" (Possible options: {', '.join(sorted(close))})"
            ctx.fail(f"No such command {name!r}.{hint}")
        return super().resolve_command(ctx, args)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = COMMAND_MODULES.get(cmd_name)
        if module is None:
            return None
        commands = importlib.import_module(f"{__name__}.{module}").COMMANDS
        return next(command for command in commands if command.name == cmd_name)


@click.group(
    name="graphkit",
    cls=_Commands,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, "--version", "-V", prog_name="graphkit")
def cli() -> None:
    """Build a cited knowledge graph of technology companies and governments.

    Every fact names its sources. Start with `graphkit build`, then ask with
    `graphkit query`, `graphkit show` and `graphkit stats`.
    """


def main() -> None:
    one_command_process()  # see collector.py: the process ends with its command
    cli(prog_name="graphkit")
