"""Amounts in a fact file as people and spreadsheets write them: with the currency beside
them, read; a figure a spreadsheet rounded, one whose point may separate thousands, one in
millions or another currency than the fact's, refused at its line, never read wrong."""

from __future__ import annotations

import pytest
from support import build_with_facts, invoke

HEADER = "subject,relation,object,amount,currency,url,title,locator\n"
FACT = "- subject: microsoft\n  relation: supplies\n  object: hsi\n  amount: {amount}\n{currency}"
CITED = "  citations:\n    - url: https://example.org/a\n      title: A title\n"


def row(amount: str, currency: str = "USD") -> str:
    return f'microsoft,supplies,hsi,"{amount}",{currency},https://example.org/a,A title,p1\n'


def shown_amounts(tmp_path) -> list[str]:
    ran = invoke("show", "microsoft", "--graph", tmp_path / "out" / "graph.ttl")
    lines = ran.stdout.splitlines()
    at = [i for i, line in enumerate(lines) if "Homeland Security Investigations" in line]
    return [lines[i].split("[", 1)[1].rstrip("]") for i in at]


@pytest.mark.parametrize(
    ("amount", "currency", "shown"),
    [
        ("USD 5,000", "USD", "5,000 USD"),
        ("5000 USD", "", "5,000 USD"),
        ("€1,500.50", "", "1,500.50 EUR"),
        ("$1,500", "USD", "1,500 USD"),
        ("$1,500", "CAD", "1,500 CAD"),
    ],
)
def test_an_amount_written_with_its_currency_reads(tmp_path, amount, currency, shown):
    ran, report = build_with_facts(tmp_path, {"f.csv": HEADER + row(amount, currency)})
    assert (ran.exit_code, report["skipped"]) == (0, [])
    assert shown_amounts(tmp_path) == [shown]


@pytest.mark.parametrize(
    ("amount", "currency", "message"),
    [
        (
            "1.23457E+11",
            "USD",
            "'1.23457E+11' is a number a spreadsheet saved in scientific notation: its last "
            "digits are lost; the row is skipped (format the column as text, or as a number "
            "with all its digits, and save the file again)",
        ),
        (
            "12.500",
            "EUR",
            "'12.500' may be thousands written with a point or a decimal with three places: "
            "write it without the point if it is thousands (12500), or with two decimal "
            "places (12.50)",
        ),
        (
            "1 500",
            "EUR",
            "'1 500' separates its thousands with spaces, and its decimals may follow a comma: "
            "write it 1234.50",
        ),
        ("€1,500", "USD", "'€1,500' is in EUR, and the fact's currency is USD"),
        ("$1,500", "EUR", "'$1,500' is in dollars, and the fact's currency is EUR"),
        (
            "1.5M",
            "USD",
            "'1.5M' is not a number: write the amount in full (1500000), not in thousands or "
            "millions",
        ),
        ("$1,500", "", "an amount needs a currency (e.g. currency: USD)"),
    ],
)
def test_an_amount_that_cannot_be_read_as_written_is_refused_at_its_line(
    tmp_path, amount, currency, message
):
    ran, report = build_with_facts(tmp_path, {"f.csv": HEADER + row(amount, currency)})
    assert ran.exit_code == 1
    field = "currency" if message.startswith("an amount needs") else "amount"
    assert [(p["file"], p["line"], p["field"], p["message"]) for p in report["skipped"]] == [
        ("data/facts/f.csv", 2, field, message)
    ]
    assert shown_amounts(tmp_path) == []


def test_a_yaml_amount_reads_as_the_table_s_would_but_a_number_with_an_exponent(tmp_path):
    fact = FACT.format(amount="12.500", currency="  currency: EUR\n") + CITED
    ran, report = build_with_facts(tmp_path, {"f.yaml": fact})
    assert ran.exit_code == 1
    assert [(p["line"], p["field"]) for p in report["skipped"]] == [(4, "amount")]
    written = FACT.format(amount="2.5e+6", currency="  currency: USD\n") + CITED
    ran, report = build_with_facts(tmp_path / "b", {"f.yaml": written})
    assert (ran.exit_code, report["skipped"]) == (0, [])
    assert shown_amounts(tmp_path / "b") == ["2,500,000 USD"]
