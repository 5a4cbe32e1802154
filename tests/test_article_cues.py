"""The cue lexicon the article extractor reads: data, checked when read, inflected by rule."""

from __future__ import annotations

import pytest

from graphkit.exc import InputError
from graphkit.extractors.article.cues import lexicon_path, read_cues, verb_forms
from graphkit.vocab import RELATIONS


def test_the_shipped_lexicon_reads_and_covers_every_relation_it_extracts():
    cues = read_cues(lexicon_path())
    assert {c.relation for c in cues} == set(RELATIONS) - {"awardedContract"}
    # "a contract with" does not say who supplies whom: the types decide
    contract = next(
        c
        for c in cues
        if c.words == ("contract",) and c.kind == "noun" and c.relation == "supplies"
    )
    assert contract.either


def test_a_malformed_lexicon_line_names_file_and_line(tmp_path):
    path = tmp_path / "relations.tsv"
    path.write_text("# comment\nsupplies\tverb\tsell\tagent\tto\nsupplys\tverb\tvend\tagent\n")
    with pytest.raises(InputError) as err:
        read_cues(path)
    assert (err.value.path, err.value.line) == (str(path), 3)


def test_an_unknown_option_is_refused(tmp_path):
    path = tmp_path / "relations.tsv"
    path.write_text("supplies\tverb\tsell\tagent\tto\tsometimes\n")
    with pytest.raises(InputError, match="unknown option 'sometimes'"):
        read_cues(path)


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("sell", {"sells", "sold", "selling"}),
        ("supply", {"supplies", "supplied", "supplying"}),
        ("license", {"licenses", "licensed", "licensing"}),
        ("tap", {"taps", "tapped", "tapping"}),
        ("pitch", {"pitches", "pitched", "pitching"}),
        ("leave", {"leaves", "left", "leaving"}),
    ],
)
def test_verbs_are_inflected_by_rule(lemma, forms):
    assert forms <= set(verb_forms(lemma))
