"""Claims that name two buyers, one within the other (a tracker's ICE beside a download's ICE
office), are no dispute of the buyer, but each claim line now names its buyer: `timeline ice`
gave ICE's claim and the office's without their buyers (West Publishing's 70CDCR18P00000017 on
the real build: two lines "2017-12-22 to 2021-05-31; 7,391,976 USD; confirmed — USAspending.gov",
one naming ICE, one its office), and said the fact named ICE "only in one source's claim" without whose.
Two claims of one publisher that read alike are one line."""

from __future__ import annotations

import json

import pytest
from records_support import TRACKER, cli_build, mapping_of, prime_rows, write_rows
from support import invoke

from graphkit.explain.wording import claim_lines

AWARD = "TEST0007"  # the download's: WEST PUBLISHING CORPORATION at TEST OFFICE ALPHA, of ICE


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The download's award, and a tracker naming ICE itself its buyer, at another figure."""
    folder = tmp_path_factory.mktemp("claim-buyers")
    [row] = [r for r in prime_rows() if r["award_id_piid"] == AWARD]
    mapping = mapping_of(
        folder,
        f"vendor,agency,value,award\nWest Publishing Corporation,ICE,80.50,{AWARD}\n",
        "subject: {column: vendor, type: Company}\nrelation: supplies\n"
        "object: {column: agency, type: GovernmentAgency}\n"
        "qualifiers: {amount: value, currency: {value: USD}, contract: award}\n"
        f"citation:\n  source: {{url: '{TRACKER}', title: Tracker, publisher: Tracker Group}}\n"
        "  locator: 'award {award}'\n",
    )
    out = folder / "out"
    prime = write_rows(folder / "prime.csv", [row])
    result = cli_build(out, ("usaspending", prime), ("mapping", mapping))
    assert result.exit_code == 0, result.stderr
    return out / "graph.ttl"


def _fact_lines(graph, command: str) -> list[str]:
    result = invoke(command, "ice", "--graph", graph)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if "West Publishing Corporation  [" in line)
    return lines[at : at + 3]


@pytest.mark.parametrize("command", ["timeline", "show"])
def test_each_claim_names_its_buyer(built, command):
    fact, *claims = _fact_lines(built, command)
    assert fact.endswith("(named only in claims of Tracker Group)")
    assert [line.split("claim: ")[1] for line in claims] == [
        "to U.S. Immigration and Customs Enforcement; 80.50 USD; confirmed — Tracker Group",
        "to TEST OFFICE ALPHA; 2021-06-30 to 2022-12-31; 75.25 USD; confirmed — USAspending.gov",
    ]


def test_json_still_marks_the_fact_claimed(built):
    result = invoke("timeline", "ice", "--graph", built, "--format", "json")
    facts = json.loads(result.stdout)["undated"]
    assert [
        f["claimed"] for f in facts if f["other"]["label"] == "West Publishing Corporation"
    ] == [True]


def test_two_claims_read_alike_are_one_line():
    claim = {"object": "ent:ice", "object_label": "ICE", "amount": "10", "currency": "USD"}
    one = {**claim, "sources": [{"publisher": "USAspending.gov"}]}
    fact = {"claims": [one, dict(one)], "disputed_fields": ["amount"]}
    assert claim_lines(fact) == ["10 USD — USAspending.gov"]
    other = {**one, "object": "ent:office", "object_label": "Office"}
    assert claim_lines({"claims": [one, other]}) == [
        "to ICE; 10 USD — USAspending.gov",
        "to Office; 10 USD — USAspending.gov",
    ]
