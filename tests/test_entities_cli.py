"""graphkit entities: the resolution loop end to end — build, review candidates, decide, rebuild."""

import json

import pytest
from records_support import RECORDS
from support import MINI, copy_project, invoke


@pytest.fixture()
def project(tmp_path):
    root = copy_project(MINI, tmp_path / "project")
    config = root / "graphkit.toml"
    with config.open("a", encoding="utf-8") as handle:
        handle.write(
            f'\n[[sources]]\nkind = "usaspending"\npath = "{RECORDS / "prime_awards.csv"}"\n'
        )
    return root


def _build(root):
    return invoke("build", "--config", root / "graphkit.toml", "--out", root / "output")


def _entities(root, *args):
    return invoke("entities", "--config", root / "graphkit.toml", *args)


def test_lists_entities_with_type_aliases_identifiers_and_fact_count(project):
    assert _build(project).exit_code == 1  # three bad rows in the fixture, the rest built
    result = _entities(project, "--type", "Company", "--format", "csv")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "id,type,label,aliases,identifiers,facts"
    assert (
        "west-publishing,Company,WEST PUBLISHING CORPORATION,West Publishing Corp,"
        "cage:TST01 uei:TESTWESTPUB1,6" in lines
    )
    assert "west-publishing-2,Company,WEST PUBLISHING CORPORATION,,uei:TESTWESTPUB2,2" in lines


def test_type_organization_means_every_kind_of_organisation(project):
    """No entity is typed Organization alone: the filter the help offers lists companies,
    agencies and groups, in `entities` and in `rank`."""
    _build(project)
    listed = _entities(project, "--type", "Organization", "--format", "csv")
    types = {line.split(",")[1] for line in listed.stdout.splitlines()[1:]}
    assert {"Company", "GovernmentAgency"} <= types and "Product" not in types
    ranked = invoke(
        "rank", "--config", project / "graphkit.toml", "--type", "Organization", "--format", "json"
    )
    assert ranked.exit_code == 0
    assert {e["type"] for e in json.loads(ranked.stdout)["entities"]} >= {"GovernmentAgency"}


def test_the_resolution_loop_candidates_decision_rebuild(project):
    _build(project)
    candidates = _entities(project, "--candidates", "--format", "tsv")
    assert candidates.exit_code == 0
    assert candidates.stdout.splitlines()[:2] == [
        "score\ta\tb\tevidence",
        "100.0\twest-publishing\twest-publishing-2\t'WEST PUBLISHING CORPORATION' ~ 'WEST "
        "PUBLISHING CORPORATION' (token_sort_ratio 100); same name once normalised; different "
        "UEI TESTWESTPUB1 / TESTWESTPUB2",
    ]
    decided = _entities(
        project,
        "same",
        "west-publishing",
        "west-publishing-2",
        "--note",
        "one company, two SAM registrations",
    )
    assert decided.exit_code == 0
    assert decided.stdout == ""
    decisions = (project / "data" / "decisions.yaml").read_text(encoding="utf-8")
    assert decisions.endswith(
        '- same: ["west-publishing", "west-publishing-2"]\n'
        '  note: "one company, two SAM registrations"\n'
    )

    _build(project)
    report = json.loads((project / "output" / "report.json").read_text(encoding="utf-8"))
    assert report["merged"] == {"west-publishing-2": "west-publishing"}
    listed = _entities(project, "--type", "Company", "--format", "json")
    west = next(e for e in json.loads(listed.stdout) if e["id"] == "west-publishing")
    assert west["identifiers"] == {"cage": "TST01", "uei": "TESTWESTPUB1"}  # first UEI shown
    assert west["facts"] == 8
    assert "west-publishing-2" not in listed.stdout
    after = _entities(project, "--candidates", "--format", "tsv")
    assert "west-publishing-2" not in after.stdout


def test_different_keeps_a_pair_out_of_the_candidates(project):
    _build(project)
    assert _entities(project, "different", "west-publishing", "west-publishing-2").exit_code == 0
    assert "west-publishing-2" not in _entities(project, "--candidates").stdout
    _build(project)
    assert "west-publishing-2" in _entities(project, "--type", "Company").stdout


def test_unresolved_lists_names_that_made_new_entities(project):
    _build(project)
    result = _entities(project, "--unresolved", "--format", "csv")
    assert result.exit_code == 0
    rows = result.stdout.splitlines()
    assert rows[0] == "id,type,label,aliases,where"
    assert any(
        r.startswith("test-office-alpha-7012,GovernmentAgency,TEST OFFICE ALPHA,,") for r in rows
    )
    assert not any(r.startswith(("palantir,", "ice,")) for r in rows)


def test_deciding_on_an_unknown_id_is_an_error(project):
    _build(project)
    result = _entities(project, "same", "west-publishing", "nobody")
    assert result.exit_code == 1
    assert (
        result.stderr == "Error: no entity with id 'nobody' in the graph; see `graphkit entities`\n"
    )
    assert not (project / "data" / "decisions.yaml").exists()
    usage = _entities(project, "same", "west-publishing")
    assert usage.exit_code == 2


def test_unresolved_without_a_build_says_so(tmp_path):
    root = copy_project(MINI, tmp_path / "fresh")
    result = invoke("entities", "--config", root / "graphkit.toml", "--unresolved")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {root / 'output' / 'report.json'}: no build report; run `graphkit build` first\n"
    )
