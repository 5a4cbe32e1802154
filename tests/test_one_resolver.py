"""Every source's names go through one resolver with one rule: the same organisation written
differently in a facts file, an article and a USAspending record is one entity."""

from records_support import build_with
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
    subjects_by_file: dict[str, set[str]] = {}
    for rel in result.relationships:
        for citation in rel.citations:
            name = citation.where.file.rsplit("/", 1)[-1]
            subjects_by_file.setdefault(name, set()).add(rel.subject)
    # "PALANTIR TECHNOLOGIES, INC." (facts), "Palantir Technologies Inc." (article) and
    # "PALANTIR TECHNOLOGIES INC." (the record) all name the registry's Palantir Technologies.
    for written_in in ("palantir.yaml", "renewal.txt", "awards.csv"):
        assert "palantir" in subjects_by_file.get(written_in, set()), written_in
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


def _atlas_file(path, state: str, agency: str):
    path.write_text(
        '"AOSNUMBER","State","Agency","Technology","Vendor","Link 1"\n'
        f'"TEST{state}","{state}","{agency}","Drones","DJI","https://atlasofsurveillance.org/"\n',
        encoding="utf-8",
    )
    return path


def test_a_records_name_is_one_entity_across_files_within_its_scope_and_two_across_scopes(
    tmp_path,
):
    first = _atlas_file(tmp_path / "mn.csv", "MN", "Lakeside Police Department")
    again = _atlas_file(tmp_path / "mn-again.csv", "MN", "LAKESIDE POLICE DEPARTMENT")
    other = _atlas_file(tmp_path / "wi.csv", "WI", "Lakeside Police Department")
    result = build_with(("atlas", first), ("atlas", again), ("atlas", other))
    agencies = {
        e.id: e.aliases
        for e in result.registry
        if name_key(e.label) == "lakeside police department"
    }
    # Two states' Lakeside police are two agencies; the Minnesota one, written two ways in two
    # files, is one, with both spellings.
    assert agencies == {
        "lakeside-police-department-mn": ("LAKESIDE POLICE DEPARTMENT",),
        "lakeside-police-department-wi": (),
    }
    supplied = {
        r.object for r in result.relationships if (r.subject, r.relation) == ("dji", "supplies")
    }
    assert supplied == set(agencies)


def test_a_record_naming_its_recipient_as_its_own_parent_states_no_part_of():
    from graphkit.model import Fact, NameHint
    from graphkit.resolve.entities import resolve_records

    same = NameHint("Company", (("uei", "ACMEWIDGETS1"),))
    facts = [
        Fact("ACME WIDGETS INC", "partOf", "Acme Widgets Holdings", hints={"subject": same}),
        Fact("ACME WIDGETS INC", "partOf", "Widget Trust", hints={"subject": same, "object": same}),
    ]
    facts[0].hints["object"] = NameHint("Company", (("uei", "ACMEHOLDING1"),))
    resolved, made = resolve_records(facts, Registry())
    assert [(f.subject, f.object) for f in resolved] == [("acme-widgets", "acme-widgets-holdings")]
    assert {e.id: e.aliases for e in made}["acme-widgets"] == ("Widget Trust",)
