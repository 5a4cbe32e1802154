"""graphkit entities: list entities, review likely duplicates, record same/different decisions."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..exc import GraphkitError
from ..explain.entities import decision_entry, entity_rows, load_report
from ..files import read_text, write_atomic
from ..query.named import Table, format_table
from ..resolve.decisions import (
    CANDIDATE_THRESHOLD,
    DECISIONS_FILE,
    decided_pairs,
    find_candidates,
    load_decisions,
)
from .common import handle_errors, load_built_graph, log, out_dir, project_config
from .options import config_option, format_option, graph_path_option, type_option, wide_option


@click.group(invoke_without_command=True)
@type_option("Only entities of this type.", multiple=False, name="type_")
@click.option(
    "--candidates",
    is_flag=True,
    help="List likely duplicates with a score and the evidence, best first.",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 100),
    default=CANDIDATE_THRESHOLD,
    show_default=True,
    help="Lowest similarity score (0-100) for --candidates.",
)
@click.option(
    "--unresolved", is_flag=True, help="List names that created new entities in the last build."
)
@format_option("text", "csv", "tsv", "json", help="Text for people; csv, tsv or json for programs.")
@graph_path_option
@wide_option
@config_option
@click.pass_context
@handle_errors
def entities(ctx, type_, candidates, threshold, unresolved, fmt, graph_path, config_path, width):
    """List the graph's entities with type, aliases, identifiers and number of facts.

    With --candidates, list pairs that may be one entity (fuzzy name similarity, with the
    evidence). Nothing is merged until a person decides: `graphkit entities same A B` or
    `graphkit entities different A B` writes data/decisions.yaml, and the next build applies
    it, transitively. With --unresolved, list the names that created new entities in the last
    build (those no registry id, alias or identifier matched).

    Example:

    \b
        graphkit entities --type Company
        graphkit entities --candidates
        graphkit entities same west-publishing west-publishing-corporation
        graphkit entities --unresolved --format csv
    """
    ctx.ensure_object(dict)
    ctx.obj["config_path"] = config_path
    ctx.obj["graph_path"] = graph_path
    if ctx.invoked_subcommand is not None:
        return
    if unresolved:
        report = graph_path.parent if graph_path else out_dir(project_config(config_path))
        rows = load_report(report / "report.json").get("unresolved", [])
        rows = [r for r in rows if not type_ or r["type"] == type_]
        _emit(
            ["id", "type", "label", "aliases", "where"],
            [[r["id"], r["type"], r["label"], " | ".join(r["aliases"]), r["where"]] for r in rows],
            rows,
            fmt,
            width,
        )
        return
    found = entity_rows(load_built_graph(graph_path, config_path), type_)
    if candidates:
        decided = decided_pairs(_decisions(config_path)[0])
        pairs = find_candidates([r.as_entity() for r in found], decided, threshold)
        _emit(
            ["score", "a", "b", "evidence"],
            [[f"{c.score:.1f}", c.a, c.b, c.evidence] for c in pairs],
            [c.__dict__ for c in pairs],
            fmt,
            width,
        )
        if pairs and fmt == "text":
            log("decide with: graphkit entities same A B   or   graphkit entities different A B")
        return
    _emit(
        ["id", "type", "label", "aliases", "identifiers", "facts"],
        [
            [
                r.id,
                r.type,
                r.label,
                " | ".join(r.aliases),
                " ".join(f"{s}:{v}" for s, v in r.identifiers),
                str(r.facts),
            ]
            for r in found
        ],
        [{**r.__dict__, "identifiers": dict(r.identifiers)} for r in found],
        fmt,
        width,
    )


def _emit(
    columns: list[str], rows: list[list[str]], records: list, fmt: str, width: int | None
) -> None:
    if fmt == "json":
        click.echo(json.dumps(records, indent=2, ensure_ascii=False))
    else:
        # color=True: click would cut escape sequences out of a csv or tsv value piped on (the
        # text table escapes them itself).
        click.echo(format_table(Table(columns, rows), fmt, width), nl=False, color=True)


def _decisions(config_path: Path | None):
    path = project_config(config_path).root / DECISIONS_FILE
    return load_decisions(path)[0], path


def _decide(verdict: str):
    @click.command(name=verdict)
    @click.argument("ids", nargs=-1, required=True)
    @click.option("--note", default="", help="Why: the evidence you checked.")
    @click.pass_context
    @handle_errors
    def command(ctx, ids, note):
        graph_path, config_path = ctx.obj["graph_path"], ctx.obj["config_path"]
        if len(set(ids)) < 2:
            raise click.UsageError("name two or more different entity ids")
        known = {r.id for r in entity_rows(load_built_graph(graph_path, config_path))}
        unknown = [i for i in ids if i not in known]
        if unknown:
            raise GraphkitError(
                f"no entity with id {unknown[0]!r} in the graph; see `graphkit entities`"
            )
        _, path = _decisions(config_path)
        old = (
            read_text(path, str(path))
            if path.is_file()
            else (
                "# Judgements on entities that may be one: `same` merges them (transitively) in\n"
                "# the next build, `different` keeps them apart and out of --candidates.\n"
            )
        )
        if old and not old.endswith("\n"):
            old += "\n"
        write_atomic(path, old + decision_entry(verdict, list(ids), note))
        log(f"recorded {verdict}: {', '.join(ids)} in {path}; rebuild to apply")

    command.__doc__ = (
        f"Record that the entity IDS are {'one entity' if verdict == 'same' else 'different'}.\n\n"
        "The judgement is appended to the project's data/decisions.yaml; the next build "
        f"{'merges them' if verdict == 'same' else 'keeps them apart'}.\n\n"
        f"Example:\n\n    graphkit entities {verdict} west-publishing thomson-reuters-markets\n"
    )
    return command


entities.add_command(_decide("same"))
entities.add_command(_decide("different"))

COMMANDS = [entities]
