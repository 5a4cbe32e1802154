"""Extraction of a build's input files: cached, and in parallel processes where that is safe.

Each file's extraction gives items (facts and entities), the problems it reported and perhaps
one error that stopped it. Results are applied in input order whatever order workers finish in,
so a parallel build's output is byte-identical to a serial one.

Extractors that declare `PER_FILE = True` read only their file, the registry files and the
catalogue: they are cached and run in worker processes. The others keep state across files
(one description of a source per URL for the whole build), so they run in order in this
process, every build. No extractor resolves names: the resolve stage does, for every source.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from ..exc import InputError
from ..lifetime import die_with_parent
from ..model import Entity, Fact
from . import get_extractor
from .base import Extractor, files_under
from .cache import (
    ExtractionCache,
    context_fingerprint,
    entry_bytes,
    entry_key,
    file_state,
    staged_path,
    unchanged,
)

Progress = Callable[[str, int, int], None]
_MIN_PARALLEL = 4  # fewer files than this are quicker to read than to hand to workers
# Small files go to workers a few at a time: each task's trip between processes costs about
# half a millisecond of this process's time, as much as reading a small facts file (at 1,000
# files of five facts, a third of the extraction's time). A task holds at most this many files
# and this many bytes (an article or a record file goes alone), and each worker gets at least
# this many tasks, so the last ones still share out evenly.
_MAX_BATCH = 16
_BATCH_BYTES = 32 * 1024
_BATCHES_PER_JOB = 8
_worker_context = None  # the build's context, inherited by forked workers


def default_jobs() -> int:
    return os.cpu_count() or 1


def is_extraction(value) -> bool:
    """Whether `value` has the shape `extract_one` returns: a crafted cache entry may hold
    records of any kind the cache knows, and a citation where a fact goes must be refused
    there, not fail the build later."""
    if type(value) not in (list, tuple) or len(value) != 3:
        return False
    items, problems, error = value
    return (
        type(items) is list
        and all(type(item) in (Fact, Entity) for item in items)
        and type(problems) is list
        and all(isinstance(problem, InputError) for problem in problems)
        and (error is None or isinstance(error, InputError))
    )


def extract_one(context, extractor: Extractor, file: Path, options: dict):
    """(items, problems, error) of one file, reported into a fresh problem list: its notices
    (exc.Notice) after its problems, which `context.report` tells apart when they are
    replayed (and the cache keeps as they are).

    Items are what the extractor yielded before any error stopped the file.
    """
    local = replace(context, options=dict(options), problems=[], notices=[])
    items: list = []
    error = None
    try:
        for item in extractor.extract(file, local):
            items.append(item)
    except InputError as err:
        err.path = err.path or local.display(file)
        error = err
    except Exception as err:  # a fault of an extractor stops its file only
        error = InputError(
            f"the {extractor.NAME} extractor failed on this file ({type(err).__name__}: {err}); "
            "its facts are left out",
            path=local.display(file),
        )
    return items, [*local.problems, *local.notices], error


def extract_path(extractor: Extractor, path: Path, context) -> Iterator:
    """Every file of `path` (a file or a folder) through one extractor, outside a build.

    Problems go to `context.report`, as in a build; files are read in order, serially.
    """
    for file in files_under(Path(path), extractor.SUFFIXES):
        items, problems, error = extract_one(context, extractor, file, context.options)
        for problem in [*problems, *([error] if error else [])]:
            context.report(problem)
        yield from items


# What became of a worker's cache entry: written into the staging folder, left for the build's
# process to write (the disk full, say), or not to be kept (the file changed while read).
STAGED, UNWRITTEN, CHANGED = "staged", "unwritten", "changed"


def _work(kind: str, file: str, options: dict, key: str | None, staging: str | None, state):
    """One file's result and what became of its cache entry (given its key and the file's
    state when the key was made): encoded and written here, in the worker, into the build's
    staging folder, so the build's own process only moves it into the cache at the end."""
    result = extract_one(_worker_context, get_extractor(kind), Path(file), options)
    if key is None:
        return result, None
    if not unchanged(Path(file), state):
        return result, CHANGED
    if staging is None:
        return result, UNWRITTEN
    try:
        # Whole before the build sees the result: no temporary name needed in its own folder.
        entry = entry_bytes(key, result, _worker_context.catalog)
        staged_path(Path(staging), key).write_bytes(entry)
    except OSError:
        return result, UNWRITTEN
    return result, STAGED


def _batches(todo: list[int], inputs: list, jobs: int) -> Iterator[list[int]]:
    """The input indexes of `todo`, in order, cut into workers' tasks."""
    most = max(1, min(_MAX_BATCH, len(todo) // (jobs * _BATCHES_PER_JOB)))
    batch: list[int] = []
    size = 0
    for index in todo:
        with contextlib.suppress(OSError):  # gone since listed: its extraction says so
            size += os.path.getsize(inputs[index][2])
        batch.append(index)
        if len(batch) >= most or size >= _BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _work_batch(tasks: list[tuple]) -> list[tuple]:
    """`_work` for each of a few files, in order."""
    return [_work(*task) for task in tasks]


def extract_inputs(
    inputs: list,
    context,
    *,
    jobs: int = 1,
    cache_dir: Path | None = None,
    progress: Progress | None = None,
    warnings: list[InputError] | None = None,
) -> Iterator[list]:
    """Each input's items, in input order; problems are replayed through context.report.

    The caller applies each file's items (new entities into the registry) before asking for
    the next, which is what files whose extractor is not PER_FILE see. Cache entries found
    wrong are discarded, their files extracted again, and said in `warnings`.
    """
    global _worker_context
    cache = ExtractionCache(cache_dir, context.catalog)
    fingerprint = context_fingerprint(context) if cache_dir is not None else ""
    independent = [getattr(ex, "PER_FILE", False) for _, ex, _ in inputs]
    keys: dict[int, str] = {}
    states: dict[int, tuple] = {}  # each keyed file as its key found it
    cached: dict[int, tuple] = {}
    if cache_dir is not None:
        for index, (spec, extractor, file) in enumerate(inputs):
            if independent[index]:
                try:
                    states[index] = state = file_state(file)
                except OSError:  # gone since listed: its extraction says so, and is not kept
                    continue
                keys[index] = entry_key(
                    fingerprint, extractor, file, dict(spec.options), content=state[1]
                )
                hit = cache.get(keys[index], is_extraction)
                if hit is not None:
                    cached[index] = hit
                elif cache.discarded and warnings is not None:
                    entry, reason = cache.discarded.pop()
                    warnings.append(
                        InputError(
                            f"cached extraction {entry.name} discarded: {reason}; extracted again",
                            path=context.display(file),
                        )
                    )
    todo = [i for i in range(len(inputs)) if independent[i] and i not in cached]
    futures: dict[int, tuple] = {}  # index -> (its batch's future, its place there)
    pool = None
    if jobs > 1 and len(todo) >= _MIN_PARALLEL:
        _worker_context = context
        pool = ProcessPoolExecutor(
            max_workers=min(jobs, len(todo)),
            mp_context=multiprocessing.get_context("fork"),
            initializer=die_with_parent,
            initargs=(os.getpid(),),
        )
        staging = cache.staging()
        for batch in _batches(todo, inputs, jobs):
            tasks = []
            for index in batch:
                spec, extractor, file = inputs[index]
                tasks.append(
                    (
                        extractor.NAME,
                        str(file),
                        dict(spec.options),
                        keys.get(index),
                        None if staging is None else str(staging),
                        states.get(index),
                    )
                )
            future = pool.submit(_work_batch, tasks)
            for position, index in enumerate(batch):
                futures[index] = (future, position)
    try:
        for index, (spec, extractor, file) in enumerate(inputs):
            if progress:
                progress(context.display(file), index + 1, len(inputs))
            if index in cached:
                result = cached[index]
            elif index in futures:
                future, position = futures.pop(index)
                result, entry = future.result()[position]
                if entry == STAGED:
                    cache.put_staged(keys[index])
                elif entry == UNWRITTEN:
                    cache.put(keys[index], result)
                elif entry == CHANGED:
                    _changed_while_read(context, file, warnings)
            else:
                result = extract_one(context, extractor, file, dict(spec.options))
                if index in keys:  # a PER_FILE extractor run here: too few files for workers
                    if unchanged(file, states[index]):
                        cache.put(keys[index], result)
                    else:
                        _changed_while_read(context, file, warnings)
            items, problems, error = result
            for problem in problems:
                context.report(problem)
            if error is not None:
                context.report(error)
            yield items
        cache.save()
        if cache_dir is not None:
            cache.keep_only(set(keys.values()))
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        cache.discard_staging()  # what a build that stopped staged (after saving: nothing)
        _worker_context = None


def _changed_while_read(context, file: Path, warnings: list[InputError] | None) -> None:
    """A file that changed (or went) while it was read: this build used what the extractor
    read, and nothing is cached for it, so the next build reads it again."""
    if warnings is not None:
        warnings.append(
            InputError(
                "changed while it was read; this build used what was read, and the next "
                "build reads it again",
                path=context.display(file),
            )
        )
