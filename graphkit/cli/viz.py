"""graphkit viz: an interactive page for a part of the graph."""

from __future__ import annotations

import os
import sys
import webbrowser
from pathlib import Path

import click
from rdflib import RDFS

from ..files import write_atomic
from ..network import to_network
from ..query.named import find_entity
from ..viz.data import CORE_LIMIT
from ..viz.render import render_html
from ..viz.sparql import sparql_addon
from ..viz.story import load_story, story_addon
from ..viz.style import FAMILY_ORDER
from ..viz.subset import subset
from ..vocab import RELATIONS
from .common import graph_options, handle_errors, log
from .options import output_option, type_option

RELATION_CHOICES = sorted(RELATIONS) + list(FAMILY_ORDER)


def _year(ctx, param, value):
    if value is None:
        return None
    head = value[:4]
    if len(value) not in (4, 7, 10) or not head.isdigit():
        raise click.BadParameter(f"{value!r} is not a year (2019) or date (2019-07, 2019-07-18)")
    return int(head)


@click.command()
@click.option(
    "--focus", metavar="ENTITY", help="Draw only what is near this entity (id, label or alias)."
)
@click.option(
    "--depth",
    type=click.IntRange(0, 10),
    default=1,
    show_default=True,
    help="Steps from --focus, following relationships in either direction.",
)
@type_option("Keep entities of this type (repeatable).")
@click.option(
    "--relation",
    "relations",
    multiple=True,
    type=click.Choice(RELATION_CHOICES),
    help="Keep this relation or family: business, stance, structure (repeatable).",
)
@click.option(
    "--since",
    callback=_year,
    metavar="YEAR",
    help="Keep facts true in or after this year (undated facts stay).",
)
@click.option(
    "--until",
    callback=_year,
    metavar="YEAR",
    help="Keep facts true in or before this year (undated facts stay).",
)
@output_option("The page to write.", default=Path("network.html"))
@click.option(
    "--story",
    "story_path",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Walk the reader through this story (YAML, e.g. data/stories/*.yaml) step by step.",
)
@click.option(
    "--sparql",
    is_flag=True,
    help="Add the offline query panel: the whole graph and a SPARQL engine inside the page.",
)
@click.option(
    "--open",
    "open_page",
    is_flag=True,
    help="Open the page in a web browser where there is one, else print its path.",
)
@graph_options
@handle_errors
def viz(focus, depth, types, relations, since, until, output, story_path, sparql, open_page, graph):
    """Write an interactive network page for the graph or a part of it.

    The page is one HTML file that works offline, laid out when it is written (the same
    picture on every run). It draws one line per pair of entities and relation family,
    standing for all their facts; click an entity or a line to see the facts and citations,
    search names and aliases, filter by type, relation, year and confidence, show contracts
    and contracting offices as entities. `graphkit build` writes the whole graph's page as
    output/graph.html.

    --story FILE opens the page on step 1 of an author's story (next/previous buttons, arrow
    keys, a step list); every step's facts are checked against the graph before anything is
    written. --sparql adds the query panel, which answers SPARQL with no server.

    Example:

    \b
        graphkit viz --focus ICE --depth 2 --relation business --since 2018 -o ice.html
        graphkit viz --story data/stories/amazon-rekognition-ice.yaml -o story.html
        graphkit viz --focus Palantir --sparql -o palantir.html
    """
    if since is not None and until is not None and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}", param_hint="--since")
    g = graph()
    centre = find_entity(g, focus) if focus else None
    net = subset(
        to_network(g),
        focus=str(centre) if focus else None,
        depth=depth,
        types=types,
        relations=relations,
        since=since,
        until=until,
    )
    around = f"around {g.value(centre, RDFS.label)} (depth {depth})" if focus else ""
    parts = [around, ", ".join(types), ", ".join(relations), _period(since, until)]
    title = "graphkit network" + "".join(f" · {p}" for p in parts if p)
    addons = []
    if story_path is not None:
        story = load_story(story_path, net)  # every problem reported before a page is written
        addons.append(story_addon(story))
        title = story.title
    if sparql:
        addons.append(sparql_addon(g))
    # A story page draws every entity, so no step names one left out of a large graph's core.
    limit = max(CORE_LIMIT, net.number_of_nodes()) if story_path is not None else CORE_LIMIT
    write_atomic(output, render_html(net, title=title, core_limit=limit, addons=tuple(addons)))
    log(
        f"{_count(net.number_of_nodes(), 'entity', 'entities')}, "
        f"{_count(net.number_of_edges(), 'relationship', 'relationships')}"
    )
    if open_page and _has_browser() and webbrowser.open(output.resolve().as_uri()):
        log(f"opened {output} in a browser")
    elif open_page:
        log("no web browser here; open the page yourself:")
    click.echo(str(output))


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _period(since, until) -> str:
    if since is None and until is None:
        return ""
    return f"{since if since is not None else '…'}–{until if until is not None else '…'}"


def _has_browser() -> bool:
    """A graphical browser can be opened: not on a display-less Linux or BSD machine."""
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


COMMANDS = [viz]
