"""One award, one relationship: the bundled curated awards together with the real imports of
the same awards list each award once, and the money per agency is the records' own."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from support import MINI, REPO, SHARED, copy_project, invoke

from graphkit.build.pipeline import build
from graphkit.config import SourceSpec, load_config
from graphkit.query.named import bind_params, get_query, run, to_table

RADAR = SHARED / "datasets" / "surveillance-radar" / "procurement-awards.geojson"
ICE_MN = SHARED / "datasets" / "usaspending" / "Contracts_PrimeAwardSummaries_ICE_MN_dev.csv"


def _contracts(result, agency: str) -> list[dict]:
    query = get_query("contracts")
    table = to_table(
        run(result.graph, query.text, bind_params(result.graph, query, {"agency": agency}))
    )
    return [
        {
            name: (None if cell is None else cell.toPython())
            for name, cell in zip(table.columns, row, strict=True)
        }
        for row in table.rows
    ]


def _bundled_with(kind: str, path):
    """The bundled project (data/) built with one more source, as `build --source` does."""
    return build(load_config(REPO / "graphkit.toml"), extra_sources=[SourceSpec(kind, path)])


def _listed_once(rows: list[dict], column: str) -> None:
    counts = Counter(r[column] for r in rows if r[column])
    assert [a for a, n in counts.items() if n > 1] == []


@pytest.fixture(scope="module")
def radar():
    return _bundled_with("mapping", REPO / "examples" / "surveillance-radar-awards.yaml")


@pytest.mark.skipif(not RADAR.is_file(), reason="../shared/datasets/surveillance-radar absent")
def test_curated_palantir_awards_and_the_radar_rows_are_listed_once(radar):
    rows = _contracts(radar, "DHS")
    _listed_once(rows, "contract")
    palantir = [r for r in rows if r["supplier"] == "Palantir Technologies" and r["contract"]]
    # The curated fact keeps its product; the record's row gives the award.
    falcon = [r for r in palantir if r["contract"] == "HSCETC15C00001"]
    assert [(r["amount"], r["product"]) for r in falcon] == [(Decimal(39340901), "FALCON")]
    # Every award in the file for DHS is in the table once, with the file's amount.
    records = {}
    for feature in json.loads(RADAR.read_text(encoding="utf-8"))["features"]:
        for award in feature["properties"]["awards"]:
            if award["agency"] == "Department of Homeland Security":
                records[award["url"]] = award
    expected = sum(Decimal(str(a["amount"])) for a in records.values())
    piids = {a["awardId"] for a in records.values()}
    listed = [r for r in rows if r["contract"] in piids]
    assert len(listed) == len(records)
    assert sum(r["amount"] for r in listed) == expected


@pytest.fixture(scope="module")
def ice_mn():
    return _bundled_with("usaspending", ICE_MN)


@pytest.mark.skipif(not ICE_MN.is_file(), reason="../shared/datasets/usaspending absent")
def test_curated_west_publishing_awards_and_the_ice_records_are_listed_once(ice_mn):
    rows = _contracts(ice_mn, "ICE")
    _listed_once(rows, "award")
    west = [r for r in rows if r["supplier"] == "West Publishing Corporation"]
    curated = {"70CDCR18P00000017", "HSCECR14F00017", "HSCECR12F00030", "70CMSD24FR0000178"}
    for piid in curated:
        [row] = [r for r in west if r["contract"] == piid]
        assert row["award"].startswith(f"CONT_AWD_{piid}_")
    [clear] = [r for r in west if r["contract"] == "HSCECR14F00017"]
    assert clear["product"] == "CLEAR"  # the curated fact's product joins the record's award
    # Money per sub-agency equals the file's, each award counted once.
    with ICE_MN.open(encoding="utf-8-sig", newline="") as handle:
        records = {
            r["contract_award_unique_key"]: Decimal(r["total_obligated_amount"] or 0)
            for r in csv.DictReader(handle)
            if r["awarding_sub_agency_name"] == "U.S. Immigration and Customs Enforcement"
        }
    listed = [r for r in rows if r["award"] in records]
    assert len(listed) == len(records)
    assert sum(r["amount"] for r in listed) == sum(records.values())


FREEZER = SHARED / "datasets" / "torn-apart" / "freezer.csv"


def _both(project: Path, *sources: str):
    """`project` built with each `kind:path` source, and its `contracts -p agency=ICE` rows."""
    args = ["build", "--config", project / "graphkit.toml", "--out", project / "out"]
    for source in sources:
        args += ["--source", source]
    ran = invoke(*args)
    assert ran.exit_code == 0, ran.stderr
    listed = invoke(
        "query",
        "contracts",
        "-p",
        "agency=ICE",
        "--graph",
        project / "out" / "graph.ttl",
        "--format",
        "csv",
    )
    return list(csv.DictReader(io.StringIO(listed.stdout)))


# A fact citing an award's USAspending page, and a spreadsheet row naming only its PIID.
PAGE = "https://www.usaspending.gov/award/CONT_AWD_TEST0042_7012_-NONE-_-NONE-/"
CITED = (
    "- subject: palantir\n  relation: supplies\n  object: ice\n  amount: 1000\n"
    "  currency: USD\n  start: 2020-08\n  citations:\n"
    f"    - url: {PAGE}\n      title: Palantir's award\n"
)
SHEET = "vendor,agency,value,piid\nPalantir,ICE,1000,TEST0042\n"
SHEET_MAPPING = """data: awards.csv
subject: {column: vendor, type: Company}
relation: supplies
object: {column: agency, type: GovernmentAgency}
qualifiers:
  amount: value
  currency: {value: USD}
  contract: piid
citation:
  source:
    url: https://example.org/awards-sheet
    title: An awards sheet
  locator: "award {piid}"
"""


def test_an_award_named_by_its_piid_joins_the_one_its_page_names(tmp_path):
    # Without a USAspending download of the award the row was a second relationship: the
    # award listed twice by `contracts` and its money counted twice, with exit 0.
    project = copy_project(MINI, tmp_path / "project")
    (project / "data" / "facts" / "award.yaml").write_text(CITED, encoding="utf-8")
    (project / "awards.csv").write_text(SHEET, encoding="utf-8")
    (project / "awards.yaml").write_text(SHEET_MAPPING, encoding="utf-8")
    rows = _both(project, f"mapping:{project / 'awards.yaml'}")
    [award] = [r for r in rows if r["contract"] == "TEST0042"]
    assert (award["amount"], award["sources"]) == (
        "1000",
        f"https://example.org/awards-sheet {PAGE}",
    )


@pytest.mark.skipif(
    not (RADAR.is_file() and FREEZER.is_file()), reason="../shared/datasets files absent"
)
def test_torn_apart_and_the_radar_rows_list_each_ice_award_once(tmp_path):
    # 70CMSD18FR0000094 and HSCETC15C00001 were each listed twice: the radar's row by its page,
    # Torn Apart's by its PIID under the ICE office that awarded it.
    examples = REPO / "examples"
    project = copy_project(MINI, tmp_path / "project")
    rows = _both(
        project,
        f"mapping:{examples / 'surveillance-radar-awards.yaml'}",
        f"mapping:{examples / 'torn-apart-freezer.yaml'}",
    )
    _listed_once(rows, "contract")
    [falcon] = [r for r in rows if r["contract"] == "HSCETC15C00001"]
    # 39,340,901, and Torn Apart's 39,340,900.82 that it rounds: one amount, to the cent
    assert (falcon["disputed"], falcon["amount"]) == ("false", "39340900.82")
