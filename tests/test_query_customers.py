"""`graphkit query customers`: a company's customers are its group's, each row saying which
firm of the group serves it. Amazon's listed none of those Amazon Web Services supplies."""

from __future__ import annotations

import pytest
from records_support import cli_build, registry_project
from support import invoke

SUBSIDIARIES = """\
- id: aws
  label: Amazon Web Services
  type: Company
  parent: amazon
  source: cnet-orlando-rekognition
- id: aws-govcloud
  label: AWS GovCloud
  type: Company
  parent: aws
  source: cnet-orlando-rekognition
"""

SALES = """\
- subject: aws
  relation: supplies
  object: hsi
  citations:
    - source: cnet-orlando-rekognition
      locator: paragraph 5
- subject: aws-govcloud
  relation: supplies
  object: ice
  amount: 1200000
  currency: USD
  citations:
    - source: techcrunch-clearview-ice
      locator: paragraph 9
"""


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    folder = tmp_path_factory.mktemp("customers")
    config = registry_project(folder, SUBSIDIARIES)
    (config.parent / "data" / "facts" / "group.yaml").write_text(SALES, encoding="utf-8")
    result = cli_build(folder / "out", config=config)
    assert result.exit_code == 0, result.stderr
    return folder / "out" / "graph.ttl"


def _rows(graph, company: str, fmt: str = "csv") -> list[list[str]]:
    asked = invoke(
        "query", "customers", "-p", f"company={company}", "--graph", graph, "--format", fmt
    )
    assert asked.exit_code == 0, asked.stderr
    return [line.split(",") for line in asked.stdout.splitlines()]


def test_a_company_s_customers_include_its_subsidiaries_at_any_depth(graph):
    rows = _rows(graph, "Amazon")
    assert rows[0][:3] == ["customer", "supplier", "product"]
    assert [r[:4] for r in rows[1:]] == [
        ["Homeland Security Investigations", "Amazon Web Services", "", ""],
        ["Orlando Police Department", "Amazon", "Amazon Rekognition", ""],
        ["U.S. Immigration and Customs Enforcement", "AWS GovCloud", "", "1200000"],
    ]


def test_a_subsidiary_s_customers_are_not_its_parent_s(graph):
    assert [r[:2] for r in _rows(graph, "aws")[1:]] == [
        ["Homeland Security Investigations", "Amazon Web Services"],
        ["U.S. Immigration and Customs Enforcement", "AWS GovCloud"],
    ]
    assert [r[:2] for r in _rows(graph, "AWS GovCloud")[1:]] == [
        ["U.S. Immigration and Customs Enforcement", "AWS GovCloud"],
    ]
