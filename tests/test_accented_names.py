"""A name written without its accents names the entity written with them: a download or a
sheet writes "Müller & Söhne GmbH" as "MULLER & SOHNE GMBH", and `graphkit show "cafe
analytics"` is asked by someone without an é on their keyboard. Each made a second firm beside
the registry's (`muller-and-sohne` beside `muller`), or was refused as no entity, with the
right one offered as "did you mean"."""

from __future__ import annotations

import pytest
from records_support import cli_build, mapping_of, registry_project
from support import invoke

from graphkit.names import name_key

REGISTRY = (
    "- {id: muller, label: Müller & Söhne GmbH, type: Company}\n"
    "- {id: cafe, label: Café Analytics, type: Company}\n"
    "- {id: zolty, label: Żółty Dom Sp. z o.o., type: Company}\n"
)


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    folder = tmp_path_factory.mktemp("accents")
    config = registry_project(folder, REGISTRY)
    mapping = mapping_of(
        folder,
        "vendor,po\nMULLER & SOHNE GMBH,1\nCafe Analytics,2\nZOLTY DOM SP. Z O.O.,3\n",
        "subject: {column: vendor, type: Company}\n"
        "relation: supplies\n"
        "object: {value: ICE, type: GovernmentAgency}\n"
        "citation:\n"
        "  source: {url: 'https://city.example/po.csv', title: Purchase orders}\n"
        "  locator: 'PO {po}'\n",
    )
    result = cli_build(folder / "out", ("mapping", mapping), config=config)
    assert result.exit_code == 0, result.stderr
    return folder / "out" / "graph.ttl"


def test_a_record_without_accents_names_the_registry_firm(graph):
    listed = invoke("entities", "--type", "Company", "--graph", graph, "--format", "csv")
    ids = {row.split(",")[0]: row.rsplit(",", 1)[1] for row in listed.stdout.splitlines()[1:]}
    assert ids["muller"] == "1" and ids["cafe"] == "1" and ids["zolty"] == "1"
    assert not {"muller-and-sohne", "cafe-analytics", "zolty-dom"} & set(ids)


@pytest.mark.parametrize(
    ("name", "entity"),
    [("cafe analytics", "cafe"), ("MULLER & SOHNE", "muller"), ("zolty dom sp. z o.o.", "zolty")],
)
def test_show_finds_an_entity_by_its_name_without_accents(graph, name, entity):
    shown = invoke("show", name, "--graph", graph)
    assert shown.exit_code == 0, shown.stderr
    assert shown.stdout.splitlines()[0].endswith(f"(Company, {entity})")
    assert "supplies (1)" in shown.stdout


def test_marks_on_other_scripts_letters_stay():
    assert name_key("Café Analytics") == name_key("CAFE ANALYTICS")
    assert name_key("Søren Data ApS") == name_key("SOREN DATA APS")
    assert name_key("Мой Дом") != name_key("Мои Дом")
