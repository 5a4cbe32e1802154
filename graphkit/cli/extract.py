"""graphkit extract."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..config import load_config
from ..exc import GraphkitError, InputError, Notice
from ..extractors.article import SUFFIXES, candidates
from ..extractors.article.document import read_document
from ..extractors.article.review import dump_review, load_previous, review_rows
from ..extractors.base import files_under
from ..files import write_atomic
from ..model import SourceDoc
from ..query.display import text_table
from ..sources.catalog import load_catalog
from ..sources.registry import Registry, load_registry
from .common import handle_errors, log
from .options import config_option, format_option, output_option, wide_option

_TABLE_COLUMNS = ("subject", "relation", "object", "confidence", "evidence")


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@format_option(
    "text",
    "jsonl",
    "yaml",
    default=None,
    help="text (a table, the default on screen), jsonl (one fact per line) or yaml (a review "
    "file; the default for -o FILE.yaml).",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Leave out facts below this confidence.",
)
@output_option("Write to FILE instead of stdout; a .yaml file is a review file (status: pending).")
@wide_option
@config_option
@handle_errors
def extract(paths, fmt, min_confidence, output, config_path, width):
    """Propose the facts that articles state, each with its sentence.

    Reads .txt/.md articles (header lines url:/title:/date: or YAML front matter), .html
    pages and .pdf reports (a PDF's URL from its entry in the sources catalogue, or its own
    metadata). Names resolve to the project's registry when there is one. Files that cannot
    be read are reported and skipped (exit status 1); the others are still extracted. The
    table fits the terminal (--wide prints whole sentences).

    Example:

    \b
        graphkit extract articles/ --format jsonl
        graphkit extract articles/story.html -o review.yaml
    """
    if fmt is None:
        fmt = "yaml" if output and output.suffix.lower() in (".yaml", ".yml") else "text"
    registry, catalog = _project(config_path)
    found, failed = [], 0
    for path in paths:
        try:
            files = files_under(path, SUFFIXES)
        except InputError as err:
            log(f"skipped: {err}")
            failed += 1
            continue
        for file in files:
            try:
                doc = read_document(file, str(file), catalog)
                for warning in doc.warnings + doc.notices:
                    log(f"warning: {file}: {warning}")
                found += [
                    c
                    for c in candidates(file, registry, str(file), document=doc)
                    if c.confidence >= min_confidence
                ]
            except InputError as err:
                err.path = err.path or str(file)
                log(f"skipped: {err}")
                failed += 1
    rows = [c.as_dict() for c in found]
    if fmt == "yaml":
        text = dump_review(review_rows(rows, load_previous(output) if output else None))
    elif fmt == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
    else:
        text = _table(rows, width)
    if output:
        write_atomic(output, text)
        log(f"wrote {len(rows)} candidate facts to {output}")
    else:
        click.echo(text, nl=False)
    if failed:
        raise SystemExit(1)


def _project(config_path: Path | None) -> tuple[Registry, dict[str, SourceDoc]]:
    """The project's registry and sources catalogue when there is one; empty ones otherwise."""
    try:
        config = load_config(config_path)
    except GraphkitError as err:
        if config_path:
            raise
        log(f"warning: {err}; names are not resolved to registry ids")
        return Registry(), {}
    registry, problems = load_registry(config.entities)
    if problems:
        log(f"warning: {len(problems)} registry entries skipped (run graphkit build for details)")
    catalog, problems = load_catalog(config.documents)
    problems = [p for p in problems if not isinstance(p, Notice)]
    if problems:
        log(f"warning: {len(problems)} catalogue entries skipped (run graphkit build for details)")
    return registry, catalog


def _table(rows: list[dict], width: int | None) -> str:
    if not rows:
        return "no facts found\n"
    cells = [[_cell(r, c) for c in _TABLE_COLUMNS] for r in rows]
    return text_table(list(_TABLE_COLUMNS), cells, width)


def _cell(row: dict, column: str) -> str:
    value = row[column]
    return f"{value:.2f}" if isinstance(value, float) else str(value)


COMMANDS = [extract]
