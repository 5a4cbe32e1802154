"""The article extractor on sentences of our own: every relation in the shapes English gives it.

The cases come from templates (`tests/article_behaviour.py`) filled with invented names, so they
test the reading of sentence structure, not knowledge of particular names.
"""

from __future__ import annotations

import pytest
from article_behaviour import TEMPLATES, cases, extracted, invented_words, read
from support import REPO, SHARED

from graphkit.extractors.article.cues import lexicon_path


def test_the_suite_has_at_least_200_sentences_covering_every_relation_and_shape():
    all_cases = cases()
    assert len(all_cases) >= 200
    relations = {fact[1] for case in all_cases for fact in case.expected}
    assert relations >= {"supplies", "develops", "uses", "hosts", "partOf", "leads", "worksFor",
                         "opposes", "supports", "investigates", "funds"}  # fmt: skip
    shapes = {case.shape for case in all_cases}
    assert shapes >= {"plain", "past", "future", "passive", "relative", "apposition",
                      "coordination", "negation", "denial", "doubt"}  # fmt: skip


def test_the_invented_names_appear_in_no_registry_lexicon_or_corpus():
    texts = [lexicon_path().read_text(encoding="utf-8").lower()]
    texts += [p.read_text(encoding="utf-8").lower() for p in (REPO / "data").rglob("*.*")
              if p.suffix in (".yaml", ".yml", ".csv", ".tsv", ".toml")]  # fmt: skip
    corpus = SHARED / "corpus"
    if corpus.is_dir():
        texts += [p.read_text(encoding="utf-8").lower() for p in corpus.rglob("*.t*")]
    words = invented_words()
    assert len(words) > 100
    clashes = sorted(w for w in words if any(w.lower() in text for text in texts))
    assert not clashes


@pytest.mark.parametrize("shape", ["plain"])
def test_every_plain_single_clause_sentence_is_read_exactly(shape):
    wrong = [
        (case.text, sorted(extracted(case.text)))
        for case in cases()
        if case.shape == shape and extracted(case.text) != set(case.expected)
    ]
    assert not wrong


def test_negation_denial_doubt_and_plans_give_no_fact():
    stated = [
        (case.text, sorted(extracted(case.text)))
        for case in cases()
        if case.shape in ("negation", "denial", "doubt", "irrealis")
        and extracted(case.text) != case.expected
    ]
    assert not stated


def test_every_sentence_of_the_suite_is_read_exactly():
    # Each sentence is a reading users rely on, so one gone wrong is a regression, not noise
    # in an average.
    misread = [
        (case.text, sorted(extracted(case.text)), sorted(case.expected))
        for case in cases()
        if extracted(case.text) != case.expected
    ]
    assert not misread, (len(misread), misread[:10])


def test_unseen_names_are_typed_by_their_head_noun_and_role():
    found = {c.subject: c.subject_type for c in read(
        "The Vaskor Coalition condemned Drelvane. The Ulmora Workers Union protested Drelvane. "
        "The Kethry County Sheriff's Office uses Brisket Vision. Senator Ada Quillon questioned "
        "Drelvane. The Pleskor Foundation funds the Vaskor Coalition. The Orlan Transit "
        "Authority, the Ministry of Vask Affairs, the Quorn Privacy League, the Vask Justice "
        "Project and Representative Tomas Vell condemned Drelvane. Drelvane supplies the "
        "Yorvik Police Department."
    )}  # fmt: skip
    expected = {
        "Vaskor Coalition": "AdvocacyGroup",
        "Ulmora Workers Union": "AdvocacyGroup",
        "Kethry County Sheriff's Office": "GovernmentAgency",
        "Ada Quillon": "Person",
        "Pleskor Foundation": "AdvocacyGroup",
        "Orlan Transit Authority": "GovernmentAgency",
        "Ministry of Vask Affairs": "GovernmentAgency",
        "Quorn Privacy League": "AdvocacyGroup",
        "Vask Justice Project": "AdvocacyGroup",
        "Tomas Vell": "Person",
        "Drelvane": "Company",  # its role: it supplies an agency
    }
    assert {name: found.get(name) for name in expected} == expected


def test_an_organisation_of_unknown_kind_is_not_called_a_company():
    (cand,) = read("Tarvessa condemned the Olbrin Police Department.")
    assert cand.relation == "opposes"
    assert cand.subject_type != "Company"


def test_templates_are_unique():
    assert len({t[1] for t in TEMPLATES}) == len(TEMPLATES)
