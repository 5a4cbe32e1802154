"""Incremental builds: each facts file's extraction is cached by content, extractor version,
options and the registry; a rebuild reads only changed files and gives the same outputs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from scale_support import many_files_project
from support import MINI, copy_project, invoke

import graphkit
from graphkit.build import pipeline
from graphkit.build.registry_cache import SOURCES, load_sources
from graphkit.config import load_config
from graphkit.extractors import cache
from graphkit.extractors.cache import ExtractionCache, entry_key
from graphkit.sources.catalog import load_catalog
from graphkit.sources.registry import load_registry

FILES = ["graph.html", "graph.jsonld", "graph.nq", "graph.ttl", "report.json"]


def _build(project, out, *args):
    return invoke("build", "--config", project / "graphkit.toml", "--out", out, *args)


def _entries(out):
    return sorted((out / ".cache").glob("*.json"))


def test_a_rebuild_uses_the_cache_and_matches_a_fresh_build(tmp_path):
    project = many_files_project(tmp_path / "project")
    out = tmp_path / "out"
    first = _build(project, out, "--jobs", "2")
    files = len(list((project / "data" / "facts").glob("*.yaml")))
    assert len(_entries(out)) == files
    before = {name: (out / name).read_bytes() for name in FILES}
    again = _build(project, out, "--jobs", "2")
    assert again.stderr == first.stderr
    assert {name: (out / name).read_bytes() for name in FILES} == before
    assert len(_entries(out)) == files  # nothing new to remember


def test_the_cache_answers_for_unchanged_files(tmp_path):
    project = many_files_project(tmp_path / "project")
    out = tmp_path / "out"
    _build(project, out, "--jobs", "1")
    assert "tg:opposes" in (out / "graph.ttl").read_text()
    # An entry stands in for its file: emptied, the rebuild no longer has that file's facts.
    emptied = 0
    catalogue, _ = load_catalog(load_config(project / "graphkit.toml").documents)
    cache = ExtractionCache(out / ".cache", catalogue)
    for entry in _entries(out):
        key = entry.stem
        items, problems, error = cache.get(key)
        if any(getattr(i, "relation", None) == "opposes" for i in items):
            cache.put(key, ([], problems, error))
            emptied += 1
    assert emptied >= 1
    cache.save()
    _build(project, out, "--jobs", "1")
    assert "tg:opposes" not in (out / "graph.ttl").read_text()


def test_changing_one_file_redoes_only_that_file(tmp_path):
    project = many_files_project(tmp_path / "project")
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    _build(project, out, "--jobs", "2")
    entries = set(_entries(out))
    changed = sorted((project / "data" / "facts").glob("ice-*.yaml"))[0]
    changed.write_text(changed.read_text().replace("224000", "225000"))
    result = _build(project, out, "--jobs", "2")
    assert result.exit_code == 1  # the two bad entries, still reported from the cache
    assert result.stderr.count("skipped: data/facts/bad-") == 2
    assert len(set(_entries(out)) - entries) == 1
    assert "tg:amount 225000.0 ;" in (out / "graph.ttl").read_text()
    _build(project, fresh, "--jobs", "1")  # a build with an empty cache
    for name in FILES:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def test_changing_the_registry_invalidates_every_entry(tmp_path):
    project = many_files_project(tmp_path / "project")
    out = tmp_path / "out"
    _build(project, out, "--jobs", "1")
    entries = set(_entries(out))
    registry = project / "data" / "entities.yaml"
    registry.write_text(registry.read_text().replace("label: Microsoft", "label: Microsoft Corp"))
    _build(project, out, "--jobs", "1")
    assert len(set(_entries(out)) - entries) == len(entries)
    assert len(_entries(out)) == len(entries)  # the stale ones are gone, not kept for good
    assert "Microsoft Corp" in (out / "graph.ttl").read_text()


def test_the_key_follows_extractor_version_options_and_content(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("- x\n")
    v1 = SimpleNamespace(NAME="facts", VERSION="1", __name__="facts")
    v2 = SimpleNamespace(NAME="facts", VERSION="2", __name__="facts")
    key = entry_key("fp", v1, path, {})
    assert entry_key("fp", v1, path, {}) == key
    assert entry_key("fp", v2, path, {}) != key
    assert entry_key("fp", v1, path, {"min_confidence": 0.5}) != key
    assert entry_key("other", v1, path, {}) != key
    path.write_text("- y\n")
    assert entry_key("fp", v1, path, {}) != key


def test_a_change_to_the_code_is_not_answered_from_entries_the_old_code_made(tmp_path):
    # graphkit run from a copy of its package, as a checkout between two releases is: the same
    # version number, other code. An edit to an extractor's module makes every entry new.
    package = tmp_path / "code" / "graphkit"
    shutil.copytree(
        Path(graphkit.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__")
    )
    project = copy_project(MINI, tmp_path / "project")
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(package.parent)}

    def build():
        done = subprocess.run(
            [sys.executable, "-m", "graphkit", "build", "--out", str(out)],
            cwd=project, env=env, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return {path.name for path in _entries(out)}, (out / "graph.ttl").read_bytes()

    first, graph = build()
    assert first and build() == (first, graph)  # the same code: every entry answers
    facts = package / "extractors" / "facts.py"
    facts.write_text(facts.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    again, same_graph = build()
    assert again and not again & first  # every file read again by the new code
    assert same_graph == graph


def _opposes_entry(project, out):
    """The cache file of the one input that gives an `opposes` fact, and any other entry."""
    catalogue, _ = load_catalog(load_config(project / "graphkit.toml").documents)
    cache = ExtractionCache(out / ".cache", catalogue)
    entries = _entries(out)
    for entry in entries:
        items, _, _ = cache.get(entry.stem)
        if any(getattr(i, "relation", None) == "opposes" for i in items):
            return entry, next(e for e in entries if e != entry)
    raise AssertionError("no entry holds the opposes fact")


def _header(entry) -> dict:
    return json.loads(entry.read_bytes().partition(b"\n")[0])


def _with_checksum(header: dict, payload: bytes) -> bytes:
    import hashlib  # noqa: PLC0415

    header = {**header, "sha256": hashlib.sha256(payload).hexdigest()}
    return json.dumps(header).encode() + b"\n" + payload


CORRUPTIONS = {
    # a whole, valid entry written for another input file
    "another input's entry": lambda entry, other: other.read_bytes(),
    "truncated": lambda entry, other: entry.read_bytes()[: len(entry.read_bytes()) // 2],
    "one byte changed": lambda entry, other: entry.read_bytes().replace(b"opposes", b"opposed"),
    "empty": lambda entry, other: b"",
    "not JSON": lambda entry, other: b"\x80\x05garbage\n\x00\xff",
    "a pickle": lambda entry, other: (
        b"\x80\x04\x95\x1c\x00\x00\x00\x00\x00\x00\x00\x8c\x02os\x8c\x06system\x93\x8c\x04true\x85R."
    ),
    # checksum and key right, but the payload names a class the cache does not know
    "an unknown class": lambda entry, other: _with_checksum(
        _header(entry), b'[[{"$record": "Popen", "args": "true"}], [], null]'
    ),
    "a field the record lacks": lambda entry, other: _with_checksum(
        _header(entry), b'[[{"$record": "Fact", "subject": "a", "evil": 1}], [], null]'
    ),
    "a tag the cache does not know": lambda entry, other: _with_checksum(
        _header(entry), b'[[{"$Popen": ["true"]}], [], null]'
    ),
    "a record with a field too many": lambda entry, other: _with_checksum(
        _header(entry), b'[[{"$PartialDate": [2020, 1, 1, "evil"]}], [], null]'
    ),
    # a document cited by an id the catalogue lacks, or as a number
    "a document the catalogue lacks": lambda entry, other: _with_checksum(
        _header(entry),
        b'[[{"$Citation": ["no-such-document", null, null, null, null, "facts", "1", "1",'
        b" null]}], [], null]",
    ),
    "a number for a document": lambda entry, other: _with_checksum(
        _header(entry),
        b'[[{"$Citation": [5, null, null, null, null, "facts", "1", "1", null]}], [], null]',
    ),
    # records the cache knows, where the reading of a file gives none of their kind
    "an item that is no fact": lambda entry, other: _with_checksum(
        _header(entry), b'[[{"$record": "Citation", "source": "x"}], [], null]'
    ),
    "a problem that is no error": lambda entry, other: _with_checksum(
        _header(entry), b'[[], ["a problem"], null]'
    ),
    "two parts of three": lambda entry, other: _with_checksum(_header(entry), b"[[], []]"),
    "a place that is no text": lambda entry, other: _with_checksum(
        _header(entry),
        b'[[{"$record": "Fact", "subject": "a", "relation": "b", "object": "c", "where": 5}],'
        b" [], null]",
    ),
}


def test_a_wrong_cache_entry_is_discarded_with_a_warning_and_the_file_extracted_again(tmp_path):
    project = many_files_project(tmp_path / "project")
    fresh = tmp_path / "fresh"
    expected = _build(project, fresh, "--jobs", "1")
    for name, corrupt in CORRUPTIONS.items():
        out = tmp_path / name.replace(" ", "-").replace("'", "")
        _build(project, out, "--jobs", "1")
        entry, other = _opposes_entry(project, out)
        entry.write_bytes(corrupt(entry, other))
        result = _build(project, out, "--jobs", "1")
        assert result.exit_code == expected.exit_code, name
        warnings = [line for line in result.stderr.splitlines() if "cached extraction" in line]
        assert len(warnings) == 1, (name, result.stderr)
        assert f"cached extraction {entry.name} discarded" in warnings[0], name
        assert warnings[0].endswith("; extracted again"), name
        assert "tg:opposes" in (out / "graph.ttl").read_text(), name
        for file in FILES:
            if file != "report.json":
                assert (out / file).read_bytes() == (fresh / file).read_bytes(), (name, file)
        again = _build(project, out, "--jobs", "1")  # the entry was written anew
        assert "cached extraction" not in again.stderr, name


def test_old_pickled_entries_are_never_read(tmp_path):
    project = many_files_project(tmp_path / "project")
    out = tmp_path / "out"
    _build(project, out, "--jobs", "1")
    marker = tmp_path / "ran"
    payload = (
        b"\x80\x04\x95\x00\x00\x00\x00\x00\x00\x00\x00\x8c\x02os\x8c\x06system\x93"
        + b"\x8c"
        + bytes([len(f"touch {marker}")])
        + f"touch {marker}".encode()
        + b"\x85R."
    )
    for entry in _entries(out):
        entry.with_suffix(".pickle").write_bytes(payload)
    (project / "data" / "facts" / "new.yaml").write_text("[]\n", encoding="utf-8")
    _build(project, out, "--jobs", "1")
    assert not marker.exists()
    assert list((out / ".cache").glob("*.pickle")) == []  # removed with the next new entry


class _Text(str):
    """Text of a subclass of str, as a library might hand an extractor."""


def test_every_kind_of_record_reads_back_from_its_cache_entry_as_it_was_written():
    from decimal import Decimal  # noqa: PLC0415

    from graphkit.exc import InputError, Location  # noqa: PLC0415
    from graphkit.extractors.cache import _read_entry, entry_bytes  # noqa: PLC0415
    from graphkit.model import (  # noqa: PLC0415
        Citation,
        ContractDetails,
        Entity,
        Fact,
        NameHint,
        PartialDate,
        SourceDoc,
    )

    source = SourceDoc(
        url="https://example.org/award/1",
        title=_Text("Award 1"),
        published=PartialDate(2021, 3, 4),
        derived_from=("usaspending",),
    )
    citation = Citation(source, locator="row 2", quote="ICE paid", confidence=Decimal("0.85"))
    details = ContractDetails(
        award_id="70CMSD21C00000001",
        citation=citation,
        obligated=Decimal("1250000.50"),
        performance_start=PartialDate(2021),
    )
    contract = Entity(
        id="contract-1", label="Award 1", type="Contract", details=details,
        where=Location("records.csv", 2, "award_id"), identifiers=(("piid", "70CMSD21C00000001"),),
    )  # fmt: skip
    fact = Fact(
        "acme", "supplies", "ice", [citation, Citation(source, locator="row 3")],
        start=PartialDate(2021, 3), amount=Decimal("1250000.50"), currency="USD",
        contract="contract-1", ongoing=True, where=Location("records.csv", 2),
        hints={"subject": NameHint("Company", (("uei", "L997DB4PEJL8"),), scope="MN")},
    )  # fmt: skip
    error = InputError("amount is not a number", path="records.csv", line=5, field="amount")
    result = ([contract, fact], [error], None)

    key = "k" * 64
    read = _read_entry(entry_bytes(key, result), key)
    assert read[0] == [contract, fact] and read[2] is None
    assert [(type(e), str(e), e.line, e.field) for e in read[1]] == [
        (InputError, str(error), 5, "amount")
    ]
    assert read[0][1].citations[0].source is read[0][1].citations[1].source  # one document
    assert entry_bytes(key, read) == entry_bytes(key, result)  # written again: the same bytes


def test_a_record_with_fields_left_out_or_a_place_as_text_is_made_by_its_class():
    """The cache writes every field of a record, each in its kind's form; a record written by
    its field names (by hand, or by the writer for a value no kind describes), with fields left
    out and its place as text, still reads as the class makes it."""
    import json  # noqa: PLC0415
    from decimal import Decimal  # noqa: PLC0415

    from graphkit.exc import Location  # noqa: PLC0415
    from graphkit.extractors.codec import loads  # noqa: PLC0415
    from graphkit.model import Fact  # noqa: PLC0415

    written = {
        "$record": "Fact",
        "subject": "acme",
        "relation": "supplies",
        "object": "ice",
        "amount": {"$decimal": "12.50"},
        "where": "facts.yaml:3",
    }
    read = loads(json.dumps(written))
    assert read == Fact(
        "acme", "supplies", "ice", amount=Decimal("12.50"), where=Location("facts.yaml", 3)
    )
    assert read.ongoing is None and isinstance(read.where, Location)


def test_a_value_no_kind_describes_is_written_by_name_and_reads_back_as_it_was():
    """A library may hand an extractor a float where a Decimal goes, or text where a date goes:
    the record holding it is written by its field names, each value tagged, and reads back as
    it was, while the records beside it keep the compact form."""
    from graphkit.exc import Location  # noqa: PLC0415
    from graphkit.extractors.cache import _read_entry, entry_bytes  # noqa: PLC0415
    from graphkit.model import Citation, Fact, PartialDate, SourceDoc  # noqa: PLC0415

    source = SourceDoc(url="https://example.org/a", published=PartialDate(2020, 1))
    odd = Citation(source, locator="p. 2", confidence=0.5, where=Location("a.yaml", 4))
    fact = Fact("acme", "supplies", "ice", [odd], start="2021", where=Location("a.yaml", 2))
    plain = Fact("acme", "develops", "eye", [Citation(source)], start=PartialDate(2019))

    key = "k" * 64
    entry = entry_bytes(key, [fact, plain])
    read = _read_entry(entry, key)
    assert read == [fact, plain]
    assert type(read[0].citations[0].confidence) is float and read[0].start == "2021"
    assert read[0].citations[0].source is read[1].citations[0].source  # one document
    assert b'"$record":"Fact"' in entry and b'{"$Fact":["acme","develops"' in entry
    assert entry_bytes(key, read) == entry


def test_a_catalogue_document_is_written_by_its_id_and_read_back_as_the_catalogues_own():
    """A fact file's citations cite the catalogue: the entry names each such document by its
    id, and reads back the object the catalogue holds. A document that differs from the
    catalogue's entry of its id is written whole; an id the catalogue lacks, or read with no
    catalogue, is refused, and the file is extracted again."""
    from graphkit.extractors.cache import CacheEntryError, _read_entry, entry_bytes  # noqa: PLC0415
    from graphkit.model import Citation, Fact, PartialDate, SourceDoc  # noqa: PLC0415

    report = SourceDoc(url="https://example.org/r", title="A report", id="report", kind="report")
    catalogue = {"report": report}
    edited = SourceDoc(url="https://example.org/r", title="Another title", id="report")
    facts = [
        Fact("acme", "supplies", "ice", [Citation(report, locator="p. 2")]),
        Fact("acme", "develops", "eye", [Citation(edited, locator="p. 3")]),
    ]
    key = "k" * 64
    entry = entry_bytes(key, facts, catalogue)
    assert entry.count(b"https://example.org/r") == 1  # the edited one, whole
    read = _read_entry(entry, key, {"report": SourceDoc(url=report.url, id="report")})
    assert read[0].citations[0].source == SourceDoc(url=report.url, id="report")
    read = _read_entry(entry, key, dict(catalogue))
    assert read == facts and read[0].citations[0].source is report
    assert read[1].citations[0].source == edited
    for lacking, said in (({}, " is not in the catalogue"), (None, ", read with no catalogue")):
        with pytest.raises(CacheEntryError) as refused:
            _read_entry(entry, key, lacking)
        assert str(refused.value) == f"undecodable payload: document 'report' cited by id{said}"
    assert entry_bytes(key, facts) != entry  # with no catalogue: each document whole
    assert _read_entry(entry_bytes(key, facts), key, catalogue) == facts
    unused = PartialDate(2020)  # a date inside a document whole: still the compact form
    dated = SourceDoc(url="https://example.org/d", published=unused, id="dated")
    assert _read_entry(entry_bytes(key, [dated], {}), key) == [dated]


def _sources_entries(out):
    return sorted((out / ".cache" / SOURCES).glob("*.json"))


def _edit(path, change):
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")


def _with_bad_rows(project):
    """A registry row and a catalogue row each with a problem, at the end of their files."""
    row = "- id: acme-surveillance\n  label: Acme Surveillance\n  type: Company\n  colour: blue\n"
    _edit(project / "data" / "entities.yaml", lambda text: text + row)
    note = "- id: undated-note\n  title: A note\n  kind: memo\n"
    _edit(project / "data" / "sources.yaml", lambda text: text + note)


def test_a_rebuild_reads_the_registry_and_catalogue_back_with_the_problems_they_had(tmp_path):
    project = copy_project(MINI, tmp_path / "project")
    _with_bad_rows(project)
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    first = _build(project, out)
    assert "[colour]" in first.stderr and "[url]: missing url" in first.stderr
    assert len(_sources_entries(out)) == 1
    again = _build(project, out)
    assert again.stderr == first.stderr  # each problem again, at its file, line and field
    assert len(_sources_entries(out)) == 1  # read back: nothing new to remember
    _build(project, fresh)
    for name in FILES:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name
    # An edited registry is read again.
    renamed = "label: Amazon.com Inc\n"
    _edit(project / "data" / "entities.yaml", lambda text: text.replace("label: Amazon\n", renamed))
    _build(project, out)
    assert len(_sources_entries(out)) == 1  # the new one; the stale one is gone
    assert '"Amazon.com Inc"' in (out / "graph.ttl").read_text(encoding="utf-8")


def test_the_registry_and_catalogue_read_back_are_those_read_from_their_files(tmp_path):
    project = copy_project(MINI, tmp_path / "project")
    _with_bad_rows(project)
    # Two entities holding one identifier: the first added keeps it, read back too.
    rows = "".join(
        f"- id: acme-{x}\n  label: Acme {x}\n  type: Company\n  uei: ABCDEFGH1234\n" for x in "ab"
    )
    _edit(project / "data" / "entities.yaml", lambda text: text + rows)
    config = load_config(project / "graphkit.toml")
    read = (config.entities, config.documents, str)
    direct = (*load_registry(config.entities, str), *load_catalog(config.documents, str))
    for _ in range(2):  # written to the cache, then read back from it
        sources = load_sources(*read, tmp_path / "c")
        sources.remember()
        registry_read, problems, catalog, catalog_problems, _ = sources
        assert registry_read.as_added() == direct[0].as_added()
        assert registry_read.by_identifier("uei", "ABCDEFGH1234").id == "acme-a"
        assert list(catalog.items()) == list(direct[2].items())
        for got, expected in ((problems, direct[1]), (catalog_problems, direct[3])):
            assert [_described(p) for p in got] == [_described(p) for p in expected] != []
    assert len(list((tmp_path / "c" / SOURCES).glob("*.json"))) == 1


def _described(problem):
    return type(problem), problem.message, problem.path, problem.line, problem.field


def test_a_strict_build_stopped_by_a_registry_problem_leaves_no_entry(tmp_path):
    project = copy_project(MINI, tmp_path / "project")
    _with_bad_rows(project)
    out = tmp_path / "out"
    assert _build(project, out, "--strict").exit_code != 0
    assert _sources_entries(out) == []
    _build(project, out)
    assert len(_sources_entries(out)) == 1


def test_a_wrong_registry_entry_is_discarded_with_a_warning_and_the_files_read_again(tmp_path):
    project = copy_project(MINI, tmp_path / "project")
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    _build(project, out)
    (entry,) = _sources_entries(out)
    entry.write_bytes(entry.read_bytes().replace(b'"Amazon"', b'"Amazing"'))
    result = _build(project, out)
    warnings = [line for line in result.stderr.splitlines() if "cached registry" in line]
    assert len(warnings) == 1 and f"{entry.name} discarded" in warnings[0], result.stderr
    assert warnings[0].endswith("; read again")
    _build(project, fresh)
    for name in FILES:
        if name != "report.json":
            assert (out / name).read_bytes() == (fresh / name).read_bytes(), name
    assert "cached registry" not in _build(project, out).stderr  # written anew


def test_an_input_removed_takes_its_entry_with_it(tmp_path):
    project = many_files_project(tmp_path / "project")
    out = tmp_path / "out"
    _build(project, out, "--jobs", "1")
    entries = set(_entries(out))
    gone = sorted((project / "data" / "facts").glob("ice-*.yaml"))[0]
    gone.unlink()
    foreign = out / ".cache" / "notes.json"  # not an entry: left alone
    foreign.write_text("{}", encoding="utf-8")
    _build(project, out, "--jobs", "1")
    kept = set(_entries(out)) - {foreign}
    assert len(entries - kept) == 1 and kept < entries and foreign.exists()


def _saved_while_read(project):
    """A facts file of the project and its text with one citation's locator changed."""
    target = sorted((project / "data" / "facts").glob("amazon-*.yaml"))[0]
    text = target.read_text(encoding="utf-8")
    assert "locator: paragraph 1\n" in text
    return target, text, text.replace("locator: paragraph 1\n", "locator: paragraph 77\n", 1)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_saved_while_the_build_reads_it_is_not_cached_under_its_old_bytes(
    tmp_path, monkeypatch, jobs
):
    project = many_files_project(tmp_path / "project")
    target, original, edited = _saved_while_read(project)
    hashed = cache.file_digest

    def saved_just_after_hashing(path):  # as an editor saving while the build runs
        digest = hashed(path)
        if Path(path) == target and target.read_text(encoding="utf-8") == original:
            target.write_text(edited, encoding="utf-8")
        return digest

    out = tmp_path / "out"
    with monkeypatch.context() as patched:
        patched.setattr(cache, "file_digest", saved_just_after_hashing)
        first = _build(project, out, "--jobs", jobs)
    assert f"{target.name}: changed while it was read" in first.stderr
    assert '"paragraph 77"' in (out / "graph.ttl").read_text(encoding="utf-8")  # what was read
    target.write_text(original, encoding="utf-8")  # the edit undone: the old bytes again
    again = _build(project, out, "--jobs", jobs)
    clean = _build(project, tmp_path / "clean", "--jobs", jobs)
    assert again.exit_code == clean.exit_code and "changed while" not in again.stderr
    for name in FILES:
        assert (out / name).read_bytes() == (tmp_path / "clean" / name).read_bytes(), name


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_gone_while_the_build_reads_it_is_read_again_once_back(tmp_path, monkeypatch, jobs):
    project = many_files_project(tmp_path / "project")
    target, original, _ = _saved_while_read(project)
    hashed = cache.file_digest

    def removed_just_after_hashing(path):  # a checkout of another branch, say
        digest = hashed(path)
        if Path(path) == target:
            target.unlink()
        return digest

    out = tmp_path / "out"
    with monkeypatch.context() as patched:
        patched.setattr(cache, "file_digest", removed_just_after_hashing)
        first = _build(project, out, "--jobs", jobs)
    assert first.exit_code == 1 and f"{target.name}: the facts extractor failed" in first.stderr
    target.write_text(original, encoding="utf-8")  # back
    again = _build(project, out, "--jobs", jobs)
    clean = _build(project, tmp_path / "clean", "--jobs", jobs)
    assert again.exit_code == clean.exit_code
    assert "failed on this file" not in again.stderr
    for name in FILES:
        assert (out / name).read_bytes() == (tmp_path / "clean" / name).read_bytes(), name


def test_a_file_gone_between_listing_and_reading_is_reported_not_a_traceback(tmp_path, monkeypatch):
    project = many_files_project(tmp_path / "project")
    target, original, _ = _saved_while_read(project)
    listed = pipeline.files_under

    def listed_then_removed(path, suffixes):
        files = listed(path, suffixes)
        target.unlink(missing_ok=True)
        return files

    with monkeypatch.context() as patched:
        patched.setattr(pipeline, "files_under", listed_then_removed)
        result = _build(project, tmp_path / "out", "--jobs", "1")
    assert result.exit_code == 1
    assert f"{target.name}: the facts extractor failed on this file (FileNotFoundError" in (
        result.stderr
    )
