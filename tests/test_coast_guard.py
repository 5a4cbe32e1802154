"""The Coast Guard is one agency, within DHS, whichever file names it: EFF's vendor directory by
its acronym ("USCG", which `examples/eff-dhs-vendors.yaml` gives in full), surveillance-radar's
awards by its name within its department. The two were two entities: `show "U.S. Coast Guard"`
was refused as ambiguous, and DHS's `suppliers` left out the directory's Elevated
Technologies, its Coast Guard placed nowhere. The bundled registry places it (`uscg`)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from support import REPO, SHARED, invoke

from graphkit.build.outputs import write_outputs
from graphkit.build.pipeline import build
from graphkit.config import SourceSpec, load_config

EXAMPLES = REPO / "examples"
# Rows in the layouts of the two published files, ours.
DIRECTORY = (
    'Ref,Company Name,Federal Agency Contracts\nTECH901,"Test Aerostats, LLC,","DOD, DHS, USCG"\n'
)
AWARD = {
    "recipient": "TEST CUTTER SYSTEMS INC",
    "agency": "Department of Homeland Security",
    "subAgency": "U.S. Coast Guard",
    "amount": 9385.0,
    "startDate": "2019-06-26",
    "endDate": "2019-07-26",
    "awardId": "TESTUSCG0001",
    "url": "https://www.usaspending.gov/award/CONT_AWD_TESTUSCG0001_7008_-NONE-_-NONE-",
}
DATASETS = SHARED / "datasets"
SHARED_FILES = (
    DATASETS / "eff-dhs-vendors" / "surveillance_vendors.FIRST13ROWS.csv",
    DATASETS / "surveillance-radar" / "procurement-awards.geojson",
)


def _build(out, directory, awards):
    specs = [
        SourceSpec("mapping", EXAMPLES / "eff-dhs-vendors.yaml", (("data", str(directory)),)),
        SourceSpec(
            "mapping", EXAMPLES / "surveillance-radar-awards.yaml", (("data", str(awards)),)
        ),
    ]
    result = build(load_config(REPO / "graphkit.toml"), extra_sources=specs)
    write_outputs(result, out)
    return out / "graph.ttl"


@pytest.fixture(scope="module")
def ours(tmp_path_factory):
    folder = tmp_path_factory.mktemp("coast-guard")
    directory = folder / "vendors.csv"
    directory.write_text(DIRECTORY, encoding="utf-8")
    awards = folder / "awards.geojson"
    feature = {"type": "Feature", "geometry": None, "properties": {"awards": [AWARD]}}
    awards.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    return _build(folder / "out", directory, awards)


def _suppliers(graph, agency: str) -> set[str]:
    asked = invoke(
        "query", "suppliers", "-p", f"agency={agency}", "--format", "csv", "--graph", graph
    )
    assert asked.exit_code == 0, asked.stderr
    return {row["supplier"] for row in csv.DictReader(io.StringIO(asked.stdout))}


def test_one_coast_guard_within_dhs(ours):
    shown = invoke("show", "U.S. Coast Guard", "--graph", ours)
    assert shown.exit_code == 0, shown.stderr
    assert shown.stdout.startswith("U.S. Coast Guard  (GovernmentAgency, uscg)\n")
    assert {"Test Aerostats, LLC", "TEST CUTTER SYSTEMS INC"} <= _suppliers(ours, "USCG")
    assert {"Test Aerostats, LLC", "TEST CUTTER SYSTEMS INC"} <= _suppliers(ours, "DHS")


@pytest.mark.skipif(
    not all(p.is_file() for p in SHARED_FILES),
    reason="../shared/datasets (EFF's vendor directory, surveillance-radar's awards) is absent",
)
def test_the_published_files_name_one_coast_guard(tmp_path):
    graph = _build(tmp_path / "out", *SHARED_FILES)
    shown = invoke("show", "U.S. Coast Guard", "--graph", graph)
    assert shown.exit_code == 0, shown.stderr
    # TECH071's "Federal Agency Contracts" lists USCG; the awards name the Coast Guard of DHS.
    assert "Elevated Technologies, LLC" in _suppliers(graph, "DHS")
    assert "Elevated Technologies, LLC" in _suppliers(graph, "uscg")
