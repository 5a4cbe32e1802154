"""The extractor contract: every registered kind is a module the runner can drive alike."""

import inspect

import pytest
from support import TESTS

from graphkit.exc import InputError
from graphkit.extractors import EXTRACTORS, get_extractor
from graphkit.extractors.base import ExtractContext, Extractor
from graphkit.extractors.run import extract_one, extract_path
from graphkit.model import Fact
from graphkit.resolve.entities import resolve_records


@pytest.mark.parametrize("kind", sorted(EXTRACTORS))
def test_every_extractor_meets_the_contract(kind):
    module = get_extractor(kind)
    for name in Extractor.__annotations__:
        assert getattr(module, name, None), f"{kind} lacks {name}"
    assert kind == module.NAME
    assert all(s.startswith(".") and s == s.lower() for s in module.SUFFIXES)
    assert len(inspect.signature(module.extract).parameters) == 2  # (one file, context)


def test_an_error_that_stops_a_file_is_located_and_keeps_what_was_read(tmp_path):
    bad = tmp_path / "atlas.csv"
    bad.write_text("Agency,Vendor\nSomewhere PD,Acme\n", encoding="utf-8")
    items, problems, error = extract_one(
        ExtractContext(root=tmp_path), get_extractor("atlas"), bad, {}
    )
    assert items == [] and problems == []
    assert isinstance(error, InputError)
    assert (error.path, error.line, error.field) == ("atlas.csv", 1, "technology")


def test_a_records_file_gives_names_as_written_and_the_resolve_stage_makes_its_entities():
    context = ExtractContext(root=TESTS)
    path = TESTS / "fixtures" / "records" / "atlas.csv"
    facts = list(extract_path(get_extractor("atlas"), path, context))
    assert facts and all(isinstance(f, Fact) and f.hints for f in facts)
    assert "Testville Police Department" in {f.subject for f in facts}  # as the row writes it
    resolved, made = resolve_records(facts, context.registry)
    assert made and not any(f.hints for f in resolved)
    named = {f.subject for f in resolved} | {f.object for f in resolved}
    assert named <= {e.id for e in made}
    assert "Testville Police Department" in {e.label for e in made}


class _FaultyExtractor:
    """An extractor with a fault: it fails on any file after yielding one fact."""

    NAME = "faulty"
    VERSION = "1"
    SUFFIXES = (".txt",)

    @staticmethod
    def extract(file, context):
        yield Fact(subject="A", relation="supplies", object="B")
        raise KeyError("no such cue")


def test_a_fault_of_an_extractor_stops_only_its_file_and_names_it(tmp_path):
    (tmp_path / "one.txt").write_text("text", encoding="utf-8")
    (tmp_path / "two.txt").write_text("text", encoding="utf-8")
    context = ExtractContext(root=tmp_path)
    facts = list(extract_path(_FaultyExtractor, tmp_path, context))
    assert len(facts) == 2  # each file's fact before the fault is kept
    assert [str(e) for e in context.problems] == [
        f"{name}: the faulty extractor failed on this file (KeyError: 'no such cue'); "
        "its facts are left out"
        for name in ("one.txt", "two.txt")
    ]
