"""Every source's names go through one resolver with one rule: the same organisation written
differently in a facts file, an article and a USAspending record is one entity."""

from support import MINI, TESTS, copy_project, invoke

from graphkit.build.pipeline import build
from graphkit.config import load_config
from graphkit.names import name_key
from graphkit.sources.registry import Registry

ARTICLE = """url: https://example.org/2021/palantir-ice-renewal
title: A data firm and an immigration agency
date: 2021-03-02

Palantir Technologies Inc. has signed a contract with U.S. Immigration and Customs Enforcement \
(ICE), according to procurement records.
"""

FACT = """- subject: "PALANTIR TECHNOLOGIES, INC."
  relation: supplies
  object: "U.S. Immigration and Customs Enforcement"
  start: 2014-09
  citations:
    - source: 404media-elite
      locator: paragraph 3
"""


def _project(tmp_path):
    project = copy_project(MINI, tmp_path / "project")
    (project / "data" / "facts" / "palantir.yaml").write_text(FACT, encoding="utf-8")
    (project / "articles").mkdir()
    (project / "articles" / "renewal.txt").write_text(ARTICLE, encoding="utf-8")
    (project / "records").mkdir()
    # The fixture's Palantir award row: "PALANTIR TECHNOLOGIES INC.", UEI TESTPALANTR1.
    lines = (TESTS / "fixtures" / "records" / "prime_awards.csv").read_text("utf-8").splitlines()
    rows = [lines[0], *(line for line in lines if ",TEST0003," in line)]
    (project / "records" / "awards.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    with (project / "graphkit.toml").open("a", encoding="utf-8") as toml:
        toml.write('\n[[sources]]\nkind = "article"\npath = "articles"\n')
        toml.write('\n[[sources]]\nkind = "usaspending"\npath = "records"\n')
    return project


def test_one_organisation_written_three_ways_in_three_sources_is_one_entity(tmp_path):
    result = build(load_config(_project(tmp_path) / "graphkit.toml"))
    assert not result.problems, [str(p) for p in result.problems]
    subjects_by_extractor: dict[str, set[str]] = {}
    for rel in result.relationships:
        for citation in rel.citations:
            subjects_by_extractor.setdefault(citation.extractor, set()).add(rel.subject)
    # "PALANTIR TECHNOLOGIES, INC." (facts), "Palantir Technologies Inc." (article) and
    # "PALANTIR TECHNOLOGIES INC." (the record) all name the registry's Palantir Technologies.
    for extractor in ("facts", "article", "usaspending"):
        assert "palantir" in subjects_by_extractor.get(extractor, set()), extractor
    palantirs = [
        e.id
        for e in result.registry
        if any(name_key(n) == "palantir technologies" for n in (e.label, *e.aliases))
    ]
    assert palantirs == ["palantir"]
    supplies_ice = [
        r for r in result.relationships if (r.subject, r.relation) == ("palantir", "supplies")
    ]
    assert {r.object for r in supplies_ice} >= {"ice"}


def test_show_finds_an_entity_by_any_spelling_the_build_accepts(tmp_path):
    project = _project(tmp_path)
    out = tmp_path / "out"
    assert invoke("build", "--config", project / "graphkit.toml", "--out", out).exit_code in (0, 1)
    shown = invoke("show", "PALANTIR TECHNOLOGIES, INC.", "--graph", out / "graph.ttl")
    assert shown.exit_code == 0, shown.stderr
    assert "Palantir Technologies" in shown.stdout


def test_a_name_matches_its_exact_spelling_before_a_name_that_only_shares_its_key():
    from graphkit.model import Entity

    registry = Registry(
        [Entity("acme", "Acme", "Company"), Entity("acme-inc", "Acme Inc.", "Company")]
    )
    assert registry.resolve("ACME").id == "acme"
    assert registry.resolve("acme, inc").id == "acme-inc"
    assert [e.id for e in registry.candidates("Acme Corporation")] == ["acme", "acme-inc"]
