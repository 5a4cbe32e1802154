"""A fact file edited by hand, with a typo in one entry: that entry is reported at its line and
field and skipped, the file's other facts kept. An impossible date or a key typed twice in one
entry lost every fact of its file, the report naming only that entry; a currency code of three
capitals that is no currency ("UDS") made a fact in a currency of its own, with exit 0."""

from __future__ import annotations

from decimal import Decimal

import pytest
import records_support as rs
from support import MINI, copy_project

from graphkit.build.pipeline import build
from graphkit.config import load_config

FACT = """\
- subject: palantir
  relation: supplies
  object: hsi
{extra}  citations:
    - source: 404media-elite
      locator: paragraph {n}
"""
GOOD = FACT.format(extra="  amount: 777\n  currency: USD\n", n=9)


def _built(tmp_path, text: str):
    project = copy_project(MINI, tmp_path / "p")
    (project / "data" / "facts" / "x.yaml").write_text(text, encoding="utf-8")
    return build(load_config(project / "graphkit.toml"))


def _kept(result) -> list[Decimal]:
    return [r.amount for r in rs.relationships(result, "supplies", "palantir", "hsi") if r.amount]


@pytest.mark.parametrize(
    ("extra", "line", "field", "message"),
    [
        (
            "  start: 2021-02-30\n",
            4,
            "start",
            "'2021-02-30' is not a date (day is out of range for month); write YYYY, YYYY-MM "
            "or YYYY-MM-DD",
        ),
        (
            "  role: reseller\n  role: vendor\n",
            5,
            "role",
            "key 'role' appears twice in one mapping",
        ),
    ],
)
def test_an_entry_that_cannot_be_read_is_skipped_and_the_files_other_facts_kept(
    tmp_path, extra, line, field, message
):
    result = _built(tmp_path, FACT.format(extra=extra, n=4) + GOOD)
    assert [(p.line, p.field, p.message) for p in result.problems] == [(line, field, message)]
    assert _kept(result) == [Decimal(777)]


def test_a_currency_that_is_no_currency_is_refused_naming_the_one_meant(tmp_path):
    result = _built(tmp_path, FACT.format(extra="  amount: 5000\n  currency: UDS\n", n=4) + GOOD)
    assert [(p.line, p.field, p.message) for p in result.problems] == [
        (
            5,
            "currency",
            "'UDS' is no ISO 4217 currency code; did you mean USD (United States dollar)?",
        )
    ]
    assert _kept(result) == [Decimal(777)]


def test_a_mapped_currency_is_read_without_case_and_one_that_is_none_refused(tmp_path):
    spec = rs.CITY_ORDERS.replace("currency: {value: USD}", "currency: Currency")
    rows = (
        "Vendor,Amount,PO,Currency\nAcme Analytics Inc,10.00,PO-1,usd\nBeta Corp,5.00,PO-2,EURO\n"
    )
    result = rs.build_with(("mapping", rs.mapping_of(tmp_path, rows, spec)))
    [order] = rs.relationships(result, obj="city-of-springfield")
    assert (order.subject, order.currency) == ("acme-analytics", "USD")
    assert rs.problems(result) == [
        (
            "awards.csv",
            3,
            "Currency",
            "'EURO' is no ISO 4217 currency code; did you mean EUR (Euro)?",
        )
    ]


@pytest.mark.parametrize("written", ["usd", "Usd", " eur ", "€"])
def test_a_fact_file_reads_a_currency_cell_as_a_mapped_table_does(tmp_path, written):
    """A fact file refused "usd" and "€" ("not an ISO 4217 code like USD") that a mapped table
    read as USD and EUR: one reading of a currency for every reader."""
    header = "subject,relation,object,amount,currency,source,locator\n"
    row = f'palantir,supplies,hsi,5000,"{written}",404media-elite,paragraph 4\n'
    project = copy_project(MINI, tmp_path / "p")
    (project / "data" / "facts" / "x.csv").write_text(header + row, encoding="utf-8")
    result = build(load_config(project / "graphkit.toml"))
    assert result.problems == []
    [fact] = rs.relationships(result, "supplies", "palantir", "hsi")
    expected = "EUR" if written.strip() in ("eur", "€") else "USD"
    assert (fact.amount, fact.currency) == (Decimal(5000), expected)


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("Dollars", "'Dollars' is no currency code: write the currency's ISO 4217 code, e.g. USD"),
        ("$", "'$' is the sign of many currencies (dollars, pesos): write the code, e.g. USD"),
        ("uds", "'uds' is no ISO 4217 currency code; did you mean USD (United States dollar)?"),
    ],
)
def test_a_fact_file_refuses_the_currency_cells_a_mapped_table_refuses(tmp_path, written, message):
    extra = f"  amount: 5000\n  currency: '{written}'\n"
    result = _built(tmp_path, FACT.format(extra=extra, n=4) + GOOD)
    assert [(p.line, p.field, p.message) for p in result.problems] == [(5, "currency", message)]
    assert _kept(result) == [Decimal(777)]
