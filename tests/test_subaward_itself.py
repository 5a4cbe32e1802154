"""A subawards report whose subawardee is the prime awardee itself (one UEI: a real ICE award's
report reads "WE HAVE NO SUBCONTRACTOR BUT THE SYSTEM WOULD NOT ALOW ME TO LEAVE THIS PAGE
BLANK") states no subcontract: the build says so as a warning naming the row and column, and
keeps what the row says of the prime award. Read as a subaward, the firm supplied itself as
its own subcontractor (0 USD), and `customers` listed it as its own customer, with exit 0."""

from __future__ import annotations

import csv
import io

import pytest
from records_support import (
    DATASETS,
    RECORDS,
    build_with,
    cli_build,
    other_warnings,
    relationships,
    table_rows,
    write_rows,
)
from support import invoke

from graphkit.names import slugify

SUBAWARDS = DATASETS / "usaspending" / "Contracts_Subawards_ICE_dev.csv"
MESSAGE = (
    "the subawardee is the prime awardee itself (WEST PUBLISHING CORPORATION, uei "
    "TESTWESTPUB1): a firm is not its own subcontractor, so the row states no subaward; the "
    "award it holds is kept"
)


def _own_report(tmp_path):
    """The subawards fixture's first row with its prime awardee as the subawardee, and its
    second row as it is."""
    rows = table_rows(RECORDS / "subawards.csv")[:2]
    for end in ("uei", "name"):
        rows[0][f"subawardee_{end}"] = rows[0][f"prime_awardee_{end}"]
    rows[0]["subawardee_parent_uei"] = rows[0]["subawardee_parent_name"] = ""
    return write_rows(tmp_path / "subawards.csv", rows), rows


def test_no_firm_is_its_own_subcontractor(tmp_path):
    path, rows = _own_report(tmp_path)
    result = build_with(("usaspending", path))
    assert not result.problems
    assert other_warnings(result) == [("subawards.csv", 2, "subawardee_uei", MESSAGE)]
    firm = "west-publishing"
    assert not relationships(result, "supplies", firm, firm)
    # What the row says of the prime award stands: who holds it and whose office bought it.
    assert relationships(
        result, "awardedContract", firm, slugify(rows[0]["prime_award_unique_key"])
    )
    assert [r.role for r in relationships(result, "supplies", firm)] == [None]
    # The other row's subcontract is read as before.
    assert [r.role for r in relationships(result, "supplies", obj=firm)] == ["subcontractor"]


def test_customers_does_not_list_the_firm_itself(tmp_path):
    path, _rows = _own_report(tmp_path)
    out = tmp_path / "out"
    built = cli_build(out, ("usaspending", path))
    assert built.exit_code == 0, built.stderr
    assert f"subawards.csv:2 [subawardee_uei]: {MESSAGE}" in built.stderr
    asked = invoke(
        "query",
        "customers",
        "-p",
        "company=west-publishing",
        "--format",
        "csv",
        "--graph",
        out / "graph.ttl",
    )
    assert asked.exit_code == 0, asked.stderr
    customers = [row["customer"] for row in csv.DictReader(io.StringIO(asked.stdout))]
    assert "WEST PUBLISHING CORPORATION" not in customers and customers


@pytest.mark.skipif(not SUBAWARDS.is_file(), reason="../shared/datasets/usaspending is not here")
def test_the_real_report_of_knowledgebank(tmp_path):
    result = build_with(("usaspending", SUBAWARDS))
    [said] = [w for w in other_warnings(result) if "prime awardee itself" in w[3]]
    assert said[2] == "subawardee_uei"
    assert "(KNOWLEDGEBANK, INC., uei MWMKKLFMK8B4)" in said[3]
    firm = result.registry.by_identifier("uei", "MWMKKLFMK8B4").id
    assert not relationships(result, "supplies", firm, firm)
    assert relationships(result, "supplies", firm)  # its award's office, as the row names it
