"""graphkit path, rank, communities, timeline, diff and conflicts: explaining the built graph."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..build.pipeline import build
from ..config import CONFIG_NAME, load_config
from ..explain import communities as _communities
from ..explain import conflicts as _conflicts
from ..explain import diff as _diff
from ..explain import path as _paths
from ..explain import rank as _rank
from ..explain import timeline as _timeline
from ..network import to_network
from ..query.named import find_entity
from ..rdf.store import GRAPH_FILE_FORMATS, load_graph
from ..terminal import values_for_terminal
from ..vocab import RELATIONS
from .common import graph_options, handle_errors, log, report_problems, require_inputs
from .options import format_option, type_option

_FORMAT = format_option("text", "json", help="Text for people, JSON for programs.")


def _emit(answer: dict, fmt: str, text) -> None:
    if fmt == "json":
        click.echo(json.dumps(answer, indent=2, ensure_ascii=False))
    else:
        click.echo(text(values_for_terminal(answer)), nl=False)


@click.command()
@click.argument("source")
@click.argument("target")
@click.option(
    "--max-hops",
    type=click.IntRange(1, 20),
    default=_paths.DEFAULT_MAX_HOPS,
    show_default=True,
    help="Longest chain of facts to consider.",
)
@click.option(
    "--relation",
    "relations",
    multiple=True,
    type=click.Choice([*_paths.FAMILY_NAMES, *RELATIONS]),
    metavar="RELATION",
    help="Only walk facts with this relation or family (business, structure, stance); "
    "repeatable. Default: business and structure.",
)
@click.option(
    "--all-relations",
    is_flag=True,
    help="Walk every relation, stances (opposes, supports, investigates) included.",
)
@click.option(
    "--all",
    "all_paths",
    is_flag=True,
    help="Consider every path up to --max-hops, not only those at most two hops longer than "
    "the shortest; show up to 20.",
)
@click.option(
    "--limit",
    type=click.IntRange(1),
    default=None,
    help=f"Most paths to print (default {_paths.DEFAULT_SHOWN}, with --all "
    f"{_paths.DEFAULT_LIMIT}).",
)
@_FORMAT
@graph_options
@handle_errors
def path(source, target, max_hops, relations, all_relations, all_paths, limit, fmt, graph):
    """How is SOURCE tied to TARGET? Chains of cited facts, best supported first.

    SOURCE and TARGET are ids, labels or aliases. Facts tie entities whichever way they are
    stated, and each hop shows its true direction: "Amazon ←partOf— Amazon Web Services" is a
    partOf fact walked backwards. A path is as strong as its weakest hop, and hops are weighed
    by status (confirmed, reported, alleged), whether their sources disagree (⚠ disputed) and
    how many sources state them; the output names the weakest hop. Business and structure
    ties are walked by default; stances only with --relation stance or --all-relations. Each
    hop shows its strongest fact and the quote of its best citation; --format json lists
    every fact and citation.

    Example:

    \b
        graphkit path Amazon ICE
        graphkit path Amazon ICE --all --max-hops 3 --relation hosts --relation supplies
        graphkit path Amazon ICE --relation stance --limit 3
        graphkit path palantir dhs --format json
    """
    g = graph()
    start, end = find_entity(g, source), find_entity(g, target)
    answer = _paths.find_paths(
        to_network(g),
        str(start),
        str(end),
        max_hops=max_hops,
        relations=_paths.expand_relations(tuple(relations), all_relations),
        all_paths=all_paths,
        limit=limit or (_paths.DEFAULT_LIMIT if all_paths else _paths.DEFAULT_SHOWN),
    )
    _emit(answer, fmt, _paths.format_text)
    if not answer["paths"]:
        raise SystemExit(1)


@click.command()
@click.option(
    "--by",
    type=click.Choice(_rank.MEASURES),
    default="degree",
    show_default=True,
    help="degree: entities tied; betweenness: on the most chains between others; "
    "pagerank: pointed at by facts from well-connected entities.",
)
@type_option("Only list entities of this type (repeatable).")
@click.option("--top", type=click.IntRange(1), default=10, show_default=True)
@click.option(
    "--samples",
    type=click.IntRange(1),
    default=None,
    help=f"Estimate betweenness from this many sampled entities (default: exact up to "
    f"{_rank.EXACT_BETWEENNESS_UP_TO} entities, then {_rank.DEFAULT_SAMPLES}).",
)
@_FORMAT
@graph_options
@handle_errors
def rank(by, types, top, samples, fmt, graph):
    """The most central entities, with their scores and fact counts.

    Scores are computed over the whole graph; --type only filters the list. Betweenness on a
    graph of more than a few thousand entities is estimated from a fixed-seed sample of
    entities, and the output says so.

    Example:

    \b
        graphkit rank
        graphkit rank --by betweenness --type Company --top 5
        graphkit rank --by pagerank --format json
    """
    answer = _rank.rank(to_network(graph()), by, types=tuple(types), top=top, samples=samples)
    _emit(answer, fmt, _rank.format_text)


@click.command()
@click.option(
    "--resolution",
    type=click.FloatRange(0, min_open=True),
    default=1.0,
    show_default=True,
    help="Above 1: more, smaller communities; below 1: fewer.",
)
@click.option(
    "--min-size",
    type=click.IntRange(1),
    default=2,
    show_default=True,
    help="Leave out communities with fewer entities.",
)
@click.option("--seed", type=int, default=0, show_default=True)
@_FORMAT
@graph_options
@handle_errors
def communities(resolution, min_size, seed, fmt, graph):
    """Groups of densely tied entities, with their members and the relations that tie them.

    Louvain community detection (networkx) on the network weighted by the number of facts
    between two entities; the fixed seed keeps the grouping the same from run to run.

    Example:

    \b
        graphkit communities
        graphkit communities --resolution 1.5 --format json
    """
    answer = _communities.communities(
        to_network(graph()), resolution=resolution, seed=seed, min_size=min_size
    )
    _emit(answer, fmt, _communities.format_text)


@click.command()
@click.argument("entity")
@_FORMAT
@graph_options
@handle_errors
def timeline(entity, fmt, graph):
    """ENTITY's dated facts in order of valid time, reporting date beside, undated facts after.

    Valid time is when a fact was true (its start and end); the reporting date is the date of
    the earliest source citing it. The two are kept apart.

    Example:

    \b
        graphkit timeline Palantir
        graphkit timeline ice --format json
    """
    g = graph()
    answer = _timeline.timeline(to_network(g), str(find_entity(g, entity)))
    _emit(answer, fmt, _timeline.format_text)


@click.command()
@click.argument("old", type=click.Path(exists=True, path_type=Path))
@click.argument("new", type=click.Path(exists=True, path_type=Path))
@_FORMAT
@handle_errors
def diff(old, new, fmt):
    """What changed from OLD to NEW: relationships and citations added, removed or changed.

    OLD and NEW are built graph files (.ttl, .nq, .jsonld), or a project (its graphkit.toml or
    the folder holding it), which is built in memory from its current data. Lines start with
    + (added), - (removed) or ~ (changed); a summary goes to stderr. Nothing is printed when
    the graphs state the same facts.

    Example:

    \b
        graphkit diff old/graph.ttl output/graph.ttl
        graphkit diff output/graph.ttl graphkit.toml     # built graph vs the current data
    """
    answer = _diff.diff(_load_any(old), _load_any(new))
    if fmt == "json":
        click.echo(json.dumps(answer, indent=2, ensure_ascii=False))
    else:
        click.echo(_diff.format_text(values_for_terminal(answer)), nl=False)
    log(_diff.summary(answer))


def _load_any(path: Path):
    """A built graph file, or a project built in memory."""
    if path.is_dir():
        path = path / CONFIG_NAME
    if path.suffix.lower() == ".toml":
        config = load_config(path)
        require_inputs(config)
        log(f"building {path} in memory")
        result = build(config)
        report_problems(result)
        return result.graph
    if path.suffix.lower() not in GRAPH_FILE_FORMATS:
        raise click.UsageError(
            f"{path}: give a built graph ({', '.join(sorted(GRAPH_FILE_FORMATS))}) or a "
            f"project's {CONFIG_NAME}"
        )
    return load_graph(path)


@click.command()
@click.argument("entity", required=False)
@format_option("text", "json", help="A table of claims per disputed fact, or JSON.")
@graph_options
@handle_errors
def conflicts(entity, fmt, graph):
    """Disputed facts and awards, each source's claim side by side with the file and line
    it was read from; only those about ENTITY if given.

    A fact is disputed when its sources disagree on an amount, dates, a product, a status or
    the buyer, or when one source denies what another states; an award when its records do
    (two downloads of one award: its figure, dates or description), listed as its holder's
    awardedContract. The build keeps every claim with its own citations.

    Example:

    \b
        graphkit conflicts
        graphkit conflicts "Clearview AI" --format json
    """
    g = graph()
    about = find_entity(g, entity) if entity else None
    _emit(_conflicts.conflicts(g, about), fmt, _conflicts.format_text)


COMMANDS = [path, rank, communities, timeline, diff, conflicts]
