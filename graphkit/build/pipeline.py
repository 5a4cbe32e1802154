"""From configured sources to the built graph; writing it out is `outputs.py`'s work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph

from .. import __version__
from ..collector import collector_paused
from ..config import Config
from ..exc import InputError, Notice
from ..extractors import check_sources, extractor_for
from ..extractors.base import ExtractContext, files_under
from ..extractors.run import extract_inputs
from ..extractors.shared_sources import cite_settled, settled_sources
from ..generation import current_generation
from ..model import Citation, Entity, Fact
from ..rdf.built import BuiltGraph
from ..rdf.check_focus import ChecksMemo, recheck
from ..rdf.checks import Violation
from ..rdf.quads import graph_quads
from ..rdf.store import DEFAULT_STORE
from ..rdf.update import GraphChanges
from ..resolve.award_records import combine
from ..resolve.awards import assign_awards
from ..resolve.decisions import (
    DECISIONS_FILE,
    InactiveDecision,
    apply_merges,
    decided_pairs,
    load_decisions,
    merge_map,
    scope_merges,
)
from ..resolve.entities import resolve_fact, resolve_records
from ..resolve.merge import Relationship, merge
from ..resolve.parent_spans import span_parents
from ..resolve.provenance import Provenance, publisher_name, publishers
from ..sources.registry import Registry
from .cycles import refuse_part_of_cycles
from .registry_cache import load_sources
from .report import make_report
from .self_ties import one_entity_at_both_ends

if TYPE_CHECKING:
    from rdflib import Dataset, Graph

Progress = Callable[[str, int, int], None]
CHECKS_MEMO = "checks.json"  # in a generation: its checks' findings, where the next starts from


@dataclass
class BuildResult:
    built: BuiltGraph  # the quads as files and an Oxigraph store
    registry: Registry
    relationships: list[Relationship]
    provenance: Provenance = field(default_factory=Provenance)  # what the sources derive from
    problems: list[InputError] = field(default_factory=list)  # skipped input
    warnings: list[InputError] = field(default_factory=list)  # built, but worth a look
    held_out: list[Fact] = field(default_factory=list)  # below the confidence threshold
    # report.json's list of names that made new entities, and the merges applied.
    unresolved: list[dict] = field(default_factory=list)
    merged: dict[str, str] = field(default_factory=dict)
    _report: dict | None = field(default=None, repr=False)

    @property
    def violations(self) -> list[Violation]:
        """The shapes' violations (waits for the checks, which run as the store fills)."""
        checked = self.built.after_load_result()
        return checked[0] if checked else []

    @property
    def checks_memo(self) -> ChecksMemo | None:
        """The checks' findings by node, for the next build's checks (None: not validated)."""
        checked = self.built.after_load_result()
        return checked[1] if checked else None

    @property
    def report(self) -> dict:
        """Counts, skipped input, warnings and the validation outcome, as report.json holds
        them (made on first use: it waits for the checks)."""
        if self._report is None:
            self._report = make_report(self)
            self._report["unresolved"] = self.unresolved
            self._report["merged"] = self.merged
        return self._report

    @property
    def store(self) -> pyoxigraph.Store:
        """Each source's named graph, and their union in the default graph."""
        return self.built.store

    @property
    def graph(self) -> Graph:
        """The union as an rdflib Graph (over the store, or in memory with store="memory")."""
        return self.built.graph

    @property
    def dataset(self) -> Dataset:
        """The named graphs as an rdflib Dataset."""
        return self.built.dataset

    @property
    def ok(self) -> bool:
        return not self.problems and not self.violations


def build(
    config: Config,
    *,
    extra_sources=(),
    strict: bool = False,
    progress: Progress | None = None,
    jobs: int = 1,
    cache_dir: Path | None = None,
    store: str = DEFAULT_STORE,
    validate: bool = True,
    out: Path | None = None,
) -> BuildResult:
    """Read every source, resolve names, merge facts and make the graph and its store.

    Writes no output (that is `outputs.write_outputs`). `jobs` extraction processes run at
    once; with `cache_dir`, files whose extraction inputs are unchanged are not read again (the
    folder is one project's: a finished build deletes the entries it did not use).
    Neither changes the result. `store` is the kind of rdflib graph `result.graph` gives:
    oxigraph (over the build's store) or memory (rdflib's own). `validate=False` skips the
    shape checks, which take minutes on the largest record files. With `out`, the output
    folder the result will be written to, the build's private files go there (removed when
    the result goes) and its store starts from the current generation's, replacing only the
    named graphs that changed.
    """
    check_sources([*config.sources, *extra_sources])  # before anything is made in `out`
    with collector_paused():  # see collector.py: half the time otherwise, at a million triples
        return _build(
            config, extra_sources, strict, progress, jobs, cache_dir, store, validate, out
        )


def _build(config, extra_sources, strict, progress, jobs, cache_dir, store, validate, out):
    # The graph's text is made and written in a forked child, and the store filled and checked
    # in a thread of its own, while the caller goes on (rdf/built.py). Got ready first: a
    # rebuild's Turtle and JSON-LD writers read the previous files while the model is made.
    previous = current_generation(out) if out is not None else None
    checks = partial(_checks, previous) if validate else None
    built = BuiltGraph(None, store, workdir=out, previous=previous, after_load=checks)
    try:
        return _made(built, config, extra_sources, strict, progress, jobs, cache_dir)
    finally:
        built.abandon()  # (once started, it goes on)


def _made(built, config, extra_sources, strict, progress, jobs, cache_dir) -> BuildResult:
    context = ExtractContext(root=config.root, strict=strict)
    cache_warnings: list[InputError] = []
    sources = load_sources(
        config.entities, config.documents, context.display, cache_dir, cache_warnings
    )
    registry, catalog = sources.registry, sources.catalog
    for err in sources.problems + sources.catalog_problems:
        context.report(err)
    sources.remember()  # only now: a strict build that a problem above stopped leaves no entry
    context.catalog = catalog
    context.registry = registry

    facts: list[Fact] = list(_parent_facts(registry, context))
    created: list[Entity] = []  # entities that extractors introduced, not the registry files
    inputs = []
    for spec in list(config.sources) + list(extra_sources):
        extractor = extractor_for(spec)
        try:
            inputs += [
                (spec, extractor, file) for file in files_under(spec.path, extractor.SUFFIXES)
            ]
        except InputError as err:
            err.path = context.display(spec.path)
            context.report(err)
    # Cached and parallel where safe; results come back in input order (extractors/run.py).
    extracted = extract_inputs(
        inputs, context, jobs=jobs, cache_dir=cache_dir, progress=progress, warnings=cache_warnings
    )
    introduced: dict[str, list[Entity]] = {}  # entities the extractors made, by id
    for items in extracted:
        for item in items:
            if isinstance(item, Entity):
                if item.id not in registry:
                    introduced.setdefault(item.id, []).append(item)
            else:
                facts.append(item)
    # Each cited URL's one description, picked by its content once every row has described it
    # (extractors/shared_sources.py), not the first row's.
    chosen = settled_sources(context)
    if chosen:
        facts = cite_settled(facts, chosen)
        introduced = {key: cite_settled(made, chosen) for key, made in introduced.items()}
    for made_alike in introduced.values():
        entity = combine(made_alike)  # an award's records, weighed (resolve/award_records.py)
        registry.add(entity)
        created.append(entity)
    # Records' names first, in input order: they may make entities that other facts name.
    facts, made = resolve_records(facts, registry, context.notices)
    for entity in made:
        registry.add(entity)
    created += made

    registry, facts, merged, inactive = _apply_decisions(config, context, registry, facts, created)
    facts, held_out = split_by_confidence(facts, config.min_confidence)
    resolved: list[Fact] = []
    self_ties: list[InputError] = []  # a record's fact whose two ends are one entity
    for fact in facts:
        try:
            made = resolve_fact(fact, registry)
        except InputError as err:  # a name no entity has, or both ends one entity
            context.report(err)
            continue
        if said := one_entity_at_both_ends(made, registry):
            self_ties.append(said)
        else:
            resolved.append(made)
    registry, resolved, warnings = assign_awards(resolved, registry)
    provenance = Provenance(catalog)
    for err in _unknown_derivations(resolved, provenance):
        context.report(err)
    relationships, merge_warnings = merge(span_parents(resolved), provenance)
    # what the extractors read right but say is worth a look (a file saved day first) first
    warnings = context.notices + self_ties + warnings + merge_warnings + inactive
    relationships, loops = refuse_part_of_cycles(relationships)
    for err in loops:
        context.report(err)
    # An entity one source names only in its claim of a disputed fact (Torn Apart's supplier
    # of an award a record gives another) is in that fact, as `show` and `conflicts` say.
    used = {e for r in relationships for e in (r.subject, r.object, r.product) if e}
    used |= {
        e for r in relationships for c in r.claims for e in (c.subject, c.object, c.product) if e
    }
    built.start(partial(graph_quads, registry, relationships, provenance))
    result = BuildResult(
        built=built,
        registry=registry,
        relationships=relationships,
        provenance=provenance,
        problems=context.problems,
        warnings=warnings,
        held_out=held_out,
    )
    result.warnings[:0] = cache_warnings
    for entity in registry:
        if entity.id not in used:
            result.warnings.append(
                InputError.at(entity.where, f"entity {entity.id!r} appears in no fact", "id")
            )
    # Names that made new entities, for `graphkit entities --unresolved`, and applied merges.
    result.unresolved = [
        {
            "id": e.id,
            "label": e.label,
            "type": e.type,
            "aliases": list(e.aliases),
            "identifiers": dict(e.identifiers),
            "where": str(e.where),
        }
        for e in sorted(created, key=lambda e: e.id)
        if e.id not in merged and e.type != "Contract"  # award ids are records, not names
    ]
    result.merged = dict(sorted(merged.items()))
    return result


def _apply_decisions(
    config: Config,
    context: ExtractContext,
    registry: Registry,
    facts: list[Fact],
    created: list[Entity],
):
    """Fold entities a person judged `same` (data/decisions.yaml) into one, transitively."""
    path = config.root / DECISIONS_FILE
    decisions, problems = load_decisions(path, context.display(path))
    merged, refused = merge_map(decisions, registry, {e.id for e in created})
    different = decided_pairs(d for d in decisions if d.verdict == "different")
    merged |= scope_merges(registry, created, merged, different)
    inactive = [err for err in refused if isinstance(err, InactiveDecision)]
    for err in problems + refused:
        if not isinstance(err, InactiveDecision):
            context.report(err)
    registry, facts = apply_merges(registry, facts, merged)
    context.registry = registry
    return registry, facts, merged, inactive


def _unknown_derivations(facts: list[Fact], provenance: Provenance) -> list[InputError]:
    """A `derived_from` naming no catalogue id, no URL and no publisher of any document this
    build cites, once per document. An article's is an error; a mapping's, which may copy a
    publisher whose records this build does not read, a warning."""
    cited = {c.source for f in facts for c in f.citations}
    known = {name for source in cited for name in publishers(source)}
    found, seen = [], set()
    for citation in (c for f in facts for c in f.citations):
        if not citation.source.derived_from or citation.source.key in seen:
            continue
        seen.add(citation.source.key)
        for ref in provenance.unknown_references(citation.source):
            if publisher_name(ref) in known:
                continue
            if citation.extractor != "mapping":
                message = (
                    f"derived_from names unknown source {ref!r}; give a source id from the "
                    "catalogue, the original's URL or the publisher of documents this build "
                    "cites (it counts as its own original meanwhile)"
                )
                found.append(InputError.at(citation.where, message, "derived_from"))
                continue
            message = (
                f"derived_from names {ref!r}, which is no source id from the catalogue, no URL "
                "and no publisher of a document this build cites: its facts count as one "
                f"witness, {ref!r}'s records, beside any other source; give the publisher as "
                "its documents name it (their publisher or their site, such as "
                "usaspending.gov), a source id or the original's URL"
            )
            found.append(Notice.at(citation.where, message, "derived_from"))
    return found


def _parent_facts(registry: Registry, context: ExtractContext):
    """A registry entry's `parent` is a partOf fact cited by the entry's `source`."""
    for entity in registry:
        if not entity.parent:
            continue
        if entity.source not in context.catalog:
            context.report(
                InputError.at(
                    entity.where, f"unknown source {entity.source!r} for the parent", "source"
                )
            )
            continue
        yield Fact(
            subject=entity.id,
            relation="partOf",
            object=entity.parent,
            where=entity.where,
            citations=[
                Citation(
                    source=context.catalog[entity.source],
                    locator=entity.locator,
                    extractor="registry",
                    extractor_version=__version__,
                    where=entity.where,
                )
            ],
        )


def _checks(
    previous: Path | None, store: pyoxigraph.Store, changes: GraphChanges | None
) -> tuple[list[Violation], ChecksMemo]:
    """The shapes' checks on the filled store (the one place the build validates).

    A rebuild that replaced some named graphs checks only the nodes its changes can reach and
    takes the other findings from the previous generation's memo (check_focus.py); a store
    loaded whole, or a memo that is missing or was made under other shapes, is checked whole.
    """
    if changes is None:
        return recheck(store, None, (), ())
    memo = ChecksMemo.read(previous / CHECKS_MEMO) if previous is not None else None
    return recheck(store, memo, changes.added, changes.removed, triples=changes.triples)


def split_by_confidence(facts: list[Fact], threshold: float) -> tuple[list[Fact], list[Fact]]:
    """Facts with a citation at or above the threshold, and those held out of the graph.

    Held-out facts are listed in the report, so a person can review them.
    """
    kept, held = [], []
    for fact in facts:
        strong = [c for c in fact.citations if c.confidence >= Decimal(str(threshold))]
        if strong:
            fact.citations = strong
            kept.append(fact)
        else:
            held.append(fact)
    return kept, held
