"""graphkit timeline: dated facts in order of valid time, reporting date beside, undated after."""

import json

import pytest
from support import EXPLAIN, MINI, built_graph, invoke

from graphkit.build.outputs import write_outputs
from graphkit.build.pipeline import build
from graphkit.config import load_config


@pytest.fixture(scope="module")
def explain_graph(tmp_path_factory):
    return built_graph(EXPLAIN, tmp_path_factory.mktemp("explain"))


def test_ice_timeline_text(explain_graph):
    result = invoke("timeline", "ICE", "--graph", explain_graph)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "U.S. Immigration and Customs Enforcement (GovernmentAgency, ice): 2 dated, 2 undated\n"
        "\n"
        "valid time       fact  (reported)\n"
        "2020-08 onwards  U.S. Immigration and Customs Enforcement supplied by Clearview AI  "
        "[224,000 USD]  (reported 2020-08-14, TechCrunch)\n"
        "2025-09 onwards  U.S. Immigration and Customs Enforcement supplied by Palantir "
        "Technologies  [29,900,000 USD; product: ELITE; role: contract addendum for configuration "
        "and engineering services]  (reported 2026-01-15, 404 Media)\n"
        "\n"
        "undated:\n"
        "  U.S. Immigration and Customs Enforcement part of U.S. Department of Homeland Security"
        "  (reported 2020-08-14, TechCrunch)\n"
        "  U.S. Immigration and Customs Enforcement uses ELITE  (reported 2026-01-15, 404 Media)\n"
    )


def test_valid_time_and_reporting_time_stay_apart_in_json(explain_graph):
    result = invoke("timeline", "palantir", "--format", "json", "--graph", explain_graph)
    assert result.exit_code == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["entity"] == {
        "id": "palantir",
        "label": "Palantir Technologies",
        "type": "Company",
    }
    dated = [
        (f["start"], f["relation"], f["direction"], f["other"]["id"], f["reported"])
        for f in answer["dated"]
    ]
    # Amazon employees opposed Palantir from 2018-06, reported in 2019-07.
    assert dated == [
        ("2018-06", "opposes", "in", "amazon-employees", "2019-07"),
        ("2025-09", "supplies", "out", "ice", "2026-01-15"),
    ]
    undated = [(f["relation"], f["direction"], f["other"]["id"]) for f in answer["undated"]]
    assert undated == [("hosts", "in", "aws"), ("develops", "out", "elite")]


def test_dates_of_different_precision_sort_coarse_first_and_end_only_facts_use_their_end(tmp_path):
    write_outputs(build(load_config(MINI / "graphkit.toml")), tmp_path)
    result = invoke("timeline", "Orlando Police Department", "--graph", tmp_path / "graph.ttl")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert (
        lines[0] == "Orlando Police Department (GovernmentAgency, orlando-police-department): "
        "2 dated, 0 undated"
    )
    assert lines[3].startswith(
        "2018-10 to 2019-07  Orlando Police Department uses Amazon "
        "Rekognition  [ended]  (reported 2019-07-18, CNET)"
    )
    assert lines[4].startswith("until 2019-07       Orlando Police Department supplied by Amazon")


def test_unknown_entity_is_an_error(explain_graph):
    result = invoke("timeline", "Nobody at all", "--graph", explain_graph)
    assert result.exit_code == 1
    assert result.stderr == "Error: no entity called 'Nobody at all' in the graph\n"
