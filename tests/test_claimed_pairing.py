"""An award two sources give two suppliers and two buyers, one buyer within the other, is the
fact of the claim put first, its supplier with its own buyer: surveillance-radar gives Cellebrite
three ICE awards that Torn Apart gives Cellebrite USA at Mission Support Dallas, and
`graphkit conflicts` headlined "Cellebrite supplies Mission Support Dallas", as `show Cellebrite`
listed it, a pairing neither source states, with exit 0."""

from __future__ import annotations

import json

import pytest
from records_support import HAVE_RADAR, NO_RADAR, REPO, prime_rows, radar_build, tracker_claims
from support import invoke

ICE = "U.S. Immigration and Customs Enforcement"


def _radar(folder, awards: list[dict]) -> tuple[str, object]:
    """A surveillance-radar file of these awards (recipient, subAgency, amount, awardId), each
    of DHS and dated alike, read through the example mapping; the source to build."""
    folder.mkdir()
    for award in awards:
        award.update(agency="Department of Homeland Security", startDate="2018-04-25")
        award.update(endDate="2019-09-30")
        award.update(url=f"https://www.usaspending.gov/award/CONT_AWD_{award['awardId']}_7012")
    feature = {"type": "Feature", "geometry": None, "properties": {"awards": awards}}
    data = {"type": "FeatureCollection", "features": [feature]}
    (folder / "awards.geojson").write_text(json.dumps(data), encoding="utf-8")
    mapping = (REPO / "examples" / "surveillance-radar-awards.yaml").read_text(encoding="utf-8")
    mapping = "\n".join(x for x in mapping.splitlines() if not x.startswith("data:"))
    (folder / "radar.yaml").write_text("data: awards.geojson\n" + mapping, encoding="utf-8")
    return ("mapping", folder / "radar.yaml")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A download's award at TEST OFFICE ALPHA (within ICE); a radar's award TEST0301 to TEST
    DEVICE LTD at ICE, which a tracker gives TEST DEVICE USA at TEST OFFICE ALPHA."""
    folder = tmp_path_factory.mktemp("pairing")
    radar = _radar(
        folder / "radar",
        [{"recipient": "TEST DEVICE LTD", "subAgency": ICE, "amount": 5000, "awardId": "TEST0301"}],
    )
    prime = [r for r in prime_rows() if r["award_id_piid"] == "TEST0007"]
    return tracker_claims(folder, prime, "TEST DEVICE USA,TEST OFFICE ALPHA,5000,TEST0301\n", radar)


def _heads(out, entity: str) -> list[str]:
    shown = invoke("conflicts", entity, "--graph", out / "graph.ttl")
    assert shown.exit_code == 0, shown.stderr
    return [line.split("  (")[0] for line in shown.stdout.splitlines() if line.startswith("⚠")]


def test_the_headline_pairs_the_supplier_with_its_own_claim_s_buyer(built):
    shown = invoke("conflicts", "TEST DEVICE LTD", "--graph", built / "graph.ttl")
    assert shown.exit_code == 0, shown.stderr
    assert f"⚠ TEST DEVICE LTD supplies {ICE}" in _heads(built, "TEST DEVICE LTD")
    # The dispute and both claims stay listed, each with its own ends.
    assert f"TEST DEVICE LTD → {ICE}" in shown.stdout
    assert "TEST DEVICE USA → TEST OFFICE ALPHA" in shown.stdout
    assert "TEST DEVICE LTD supplies TEST OFFICE ALPHA" not in shown.stdout


def test_show_and_timeline_name_no_pairing_the_sources_do_not_state(built):
    shown = invoke("show", "TEST DEVICE LTD", "--graph", built / "graph.ttl")
    assert shown.exit_code == 0, shown.stderr
    lines = shown.stdout.splitlines()
    fact = lines[lines.index("supplies (1)") + 1]
    assert fact.startswith(f"  {ICE}  [⚠ disputed: subject;")
    timeline = invoke("timeline", "TEST DEVICE LTD", "--graph", built / "graph.ttl")
    assert "TEST DEVICE LTD supplies TEST OFFICE ALPHA" not in timeline.stdout
    # The office the tracker names still has the fact, from the tracker's supplier.
    office = invoke("show", "TEST DEVICE USA", "--graph", built / "graph.ttl")
    assert "  TEST OFFICE ALPHA  [⚠ disputed: subject;" in office.stdout


@pytest.mark.skipif(not HAVE_RADAR, reason=NO_RADAR)
def test_the_real_cellebrite_awards(tmp_path):
    heads = _heads(radar_build(tmp_path / "out"), "Cellebrite")
    supplies = [head for head in heads if " supplies " in head]
    assert supplies == [f"⚠ Cellebrite supplies {ICE}"] * 3
