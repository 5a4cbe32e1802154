"""A name that matches no entity is answered with the entities a user most likely meant.

`graphkit show Palantr` suggested "Palantir Gotham" first, before Palantir Technologies: the
labels alone were compared, and the product's shorter label is nearer the typo than the firm's,
whose alias and id, "Palantir", were not looked at. Entities are now ranked by their closest
name (id, label or alias), ties by label, then id, in every command that takes an entity name,
in a story file and in a fact file.
"""

from __future__ import annotations

import json

import pytest
from support import MINI, copy_project, invoke

from graphkit.names import closest_entities, shown_choices

PALANTR = "did you mean 'Palantir Technologies' or 'Palantir employees' or 'Palantir Gotham'?"


@pytest.mark.parametrize(
    "args",
    [
        ["show", "Palantr"],
        ["path", "Palantr", "ICE"],
        ["path", "ICE", "Palantr"],
        ["timeline", "Palantr"],
        ["conflicts", "Palantr"],
        ["query", "customers", "-p", "company=Palantr"],
    ],
)
def test_every_command_taking_a_name_suggests_the_firm_before_its_product(bundled_output, args):
    ran = invoke(*args, "--graph", bundled_output / "graph.nq")
    assert ran.exit_code == 1
    assert ran.stderr == f"Error: no entity called 'Palantr' in the graph; {PALANTR}\n"


def _built(tmp_path, facts: list[tuple[str, str, str]]):
    """The ENTITIES registry and these (subject, relation, object) facts, built by the
    command: its exit status and output folder."""
    project = copy_project(MINI, tmp_path / "p")
    (project / "data" / "entities.yaml").write_text(ENTITIES, encoding="utf-8")
    for name in ("amazon.yaml", "ice.yaml"):
        (project / "data" / "facts" / name).unlink()
    (project / "data" / "facts" / "f.yaml").write_text(
        "".join(
            f"- subject: {a}\n  relation: {r}\n  object: {b}\n"
            "  citations:\n  - url: https://example.org/a\n    title: A\n"
            for a, r, b in facts
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    return invoke("build", "--config", project / "graphkit.toml", "--out", out).exit_code, out


# Added in the order that made the old ranking show the product first and break its ties by
# the later label: "Acme West" before "Acme East".
ENTITIES = """\
- id: palantir-gotham
  label: Palantir Gotham
  type: Product
- id: palantir
  label: Palantir Technologies
  type: Company
- id: acme-west
  label: Acme West
  type: Company
- id: acme-east
  label: Acme East
  type: Company
"""


def test_an_entity_is_as_close_as_its_id_and_ties_go_by_label(tmp_path):
    status, out = _built(
        tmp_path,
        [("palantir", "develops", "palantir-gotham"), ("acme-east", "supplies", "acme-west")],
    )
    assert status == 0
    graph = out / "graph.ttl"
    ran = invoke("show", "Palantr", "--graph", graph)
    assert ran.stderr == (
        "Error: no entity called 'Palantr' in the graph; "
        "did you mean 'Palantir Technologies' or 'Palantir Gotham'?\n"
    )
    ran = invoke("show", "Acme", "--graph", graph)
    assert ran.stderr == (
        "Error: no entity called 'Acme' in the graph; did you mean 'Acme East' or 'Acme West'?\n"
    )


def test_a_fact_file_naming_no_entity_is_told_the_closest_first(tmp_path):
    status, out = _built(
        tmp_path, [("Acme", "supplies", "acme-west"), ("Palantr", "supplies", "acme-west")]
    )
    assert status == 1
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [s["message"] for s in report["skipped"]] == [
        "unknown entity 'Acme'; did you mean acme-east (Acme East) or acme-west (Acme West)?",
        "unknown entity 'Palantr'; did you mean palantir (Palantir Technologies) or "
        "palantir-gotham (Palantir Gotham)?",
    ]


def test_two_entities_of_one_label_are_told_apart_by_id():
    labels = {
        "oig-treasury": "Office of Inspector General",
        "oig-dhs": "Office of Inspector General",
    }
    names = list(labels.items())
    assert closest_entities("Office of Inspector Generl", names, labels) == [
        "oig-dhs",
        "oig-treasury",
    ]
    assert shown_choices(["oig-dhs", "oig-treasury"], labels) == (
        "'Office of Inspector General' (oig-dhs) or 'Office of Inspector General' (oig-treasury)"
    )
    assert closest_entities("nothing alike", names, labels) == []


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        # Offered after Amazon: "Project Maven", through its alias "Maven", three letters of five.
        ("Amazn", "did you mean 'Amazon' or 'Amazon employees'?"),
        ("Amazom", "did you mean 'Amazon' or 'Amazon employees'?"),
        ("Clearveiw", "did you mean 'Clearview AI'?"),  # and the product "CLEAR"
        ("Rekognitoin", "did you mean 'Amazon Rekognition'?"),  # and "Oregon Live"
        ("Microsfot Azure", "did you mean 'Azure Government'?"),  # after MSPAC and Microsoft
        ("Palantir Gothem", "did you mean 'Palantir Gotham'?"),
        # Each was offered the Department of Homeland Security too, by "Department of" alone
        # (and "Department of Justce" the Department of Defense).
        ("Departmnt of Defense", "did you mean 'U.S. Department of Defense'?"),
        ("Department of Defence", "did you mean 'U.S. Department of Defense'?"),
        ("Department of Justce", "did you mean 'U.S. Department of Justice'?"),
        ("Deparment of Homeland Security", "did you mean 'U.S. Department of Homeland Security'?"),
        ("Gogle", "did you mean 'Google' or 'Google employees'?"),
        ("Palantr", PALANTR),
    ],
)
def test_typos_of_registry_names_are_offered_what_they_meant_and_no_stray_alias(
    bundled_output, typed, meant
):
    ran = invoke("show", typed, "--graph", bundled_output / "graph.ttl")
    assert ran.exit_code == 1
    assert ran.stderr == f"Error: no entity called {typed!r} in the graph; {meant}\n"


def test_a_name_like_none_is_offered_nothing(bundled_output):
    # "Oracel" was offered the ACLU and RELX, "Flock Safty" the Falcon TL product.
    for typed in ("Oracel", "Flock Safty"):
        ran = invoke("show", typed, "--graph", bundled_output / "graph.ttl")
        assert ran.stderr == f"Error: no entity called {typed!r} in the graph\n"


def test_a_query_parameter_s_typo_is_offered_the_one_entity_meant(bundled_output):
    ran = invoke(
        "query",
        "suppliers",
        "-p",
        "agency=Department of Justce",
        "--graph",
        bundled_output / "graph.nq",
    )
    assert ran.exit_code == 1
    assert ran.stderr == (
        "Error: no entity called 'Department of Justce' in the graph; "
        "did you mean 'U.S. Department of Justice'?\n"
    )
