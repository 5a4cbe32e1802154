"""Amounts in currencies beyond the commonest, as users' tables write them: an ISO code or a
sign that names one currency is that currency, never dollars, in the graph and in the
`contracts` query; letters that are no code ("R", "KSh", a typo "USDD") are refused at their
line and field, saying which code to write."""

from __future__ import annotations

import csv
import io

import pytest
import records_support as rs
from support import build_with_facts, invoke

SPEC = (
    "subject: {column: Vendor, type: Company}\nrelation: supplies\n"
    "object: {value: City of Springfield, type: GovernmentAgency}\n"
    "qualifiers: {amount: Amount, currency: Currency, contract: PO}\n"
    "citation:\n  source: {url: 'https://springfield.example/po.csv', title: POs}\n"
    "  locator: 'PO {PO}'\n"
)


def _mapped(tmp_path, *rows: tuple[str, str]):
    table = "Vendor,Amount,Currency,PO\n" + "".join(
        f'Vendor {n},"{amount}",{currency},PO-{n}\n' for n, (amount, currency) in enumerate(rows)
    )
    return rs.build_with(("mapping", rs.mapping_of(tmp_path, table, SPEC)))


def test_an_amount_with_a_code_or_sign_of_another_currency_keeps_that_currency(tmp_path):
    """ "KES 1,500,000", "NGN 5,000" or "₱250,000" were refused as "not an amount in one
    currency" or "not a number": only two dozen currencies were known beside an amount."""
    result = _mapped(
        tmp_path,
        ("KES 1,500,000", ""),
        ("₱250,000", ""),
        ("5,000", "NGN"),
        ("₦7,500", ""),
        ("8,000", "€"),
    )
    assert rs.problems(result) == []
    supplied = rs.relationships(result, "supplies", obj="city-of-springfield")
    assert sorted((r.contract, str(r.amount), r.currency) for r in supplied) == [
        ("po-0", "1500000", "KES"),
        ("po-1", "250000", "PHP"),
        ("po-2", "5000", "NGN"),
        ("po-3", "7500", "NGN"),
        ("po-4", "8000", "EUR"),
    ]


@pytest.mark.parametrize(
    ("amount", "currency", "field", "message"),
    [
        (
            "5,000",
            "USDD",
            "Currency",
            "'USDD' is no ISO 4217 currency code; did you mean USD (United States dollar)?",
        ),
        (
            "5,000 USDD",
            "",
            "Amount",
            "'5,000 USDD': 'USDD' is no ISO 4217 currency code; did you mean USD (United States "
            "dollar)?",
        ),
        (
            "R 12,000",
            "",
            "Amount",
            "'R 12,000': 'R' is no currency code: write the currency's ISO 4217 code (ZAR)",
        ),
        (
            "Ksh 1,500",
            "",
            "Amount",
            "'Ksh 1,500': 'Ksh' is no currency code: write the currency's ISO 4217 code (KES)",
        ),
        (
            "5,000 XYZ",
            "",
            "Amount",
            "'5,000 XYZ': 'XYZ' is no ISO 4217 currency code such as USD",
        ),
        (
            "5,000",
            "$",
            "Currency",
            "'$' is the sign of many currencies (dollars, pesos): write the code, e.g. USD",
        ),
        ("KES 5,000", "USD", "Amount", "'KES 5,000' is in KES, and the mapping's currency is USD"),
    ],
)
def test_a_currency_no_code_says_is_refused_at_its_line_saying_what_to_write(
    tmp_path, amount, currency, field, message
):
    result = _mapped(tmp_path, ("100", "USD"), (amount, currency))
    assert rs.problems(result) == [("awards.csv", 3, field, message)]
    [kept] = rs.relationships(result, "supplies", obj="city-of-springfield")
    assert (str(kept.amount), kept.currency) == ("100", "USD")


def _contracts(tmp_path, table: str) -> list[dict]:
    """The `contracts` query's rows for the city, of the mapped `table` (SPEC's columns)."""
    project = rs.registry_project(tmp_path, "").parent
    (project / "awards.csv").write_text(table, encoding="utf-8")
    (project / "awards.yaml").write_text("data: awards.csv\n" + SPEC, encoding="utf-8")
    with open(project / "graphkit.toml", "a", encoding="utf-8") as config:
        config.write('\n[[sources]]\nkind = "mapping"\npath = "awards.yaml"\n')
    out = tmp_path / "out"
    assert invoke("build", "--config", project / "graphkit.toml", "--out", out).exit_code == 0
    ran = invoke(
        "query",
        "contracts",
        "-p",
        "agency=City of Springfield",
        "--graph",
        out / "graph.ttl",
        "--format",
        "csv",
    )
    assert ran.exit_code == 0, ran.output
    return list(csv.DictReader(io.StringIO(ran.stdout)))


def test_the_contracts_query_shows_each_amount_in_its_own_currency(tmp_path):
    """A shilling amount beside a dollar one is shown in shillings, never as dollars."""
    table = 'Vendor,Amount,Currency,PO\nAcme,"KES 1,500,000",,PO-1\nAcme,"$2,000",USD,PO-2\n'
    rows = _contracts(tmp_path, table)
    amounts = sorted((row["contract"], row["amount"], row["currency"]) for row in rows)
    assert amounts == [("PO-1", "1500000", "KES"), ("PO-2", "2000", "USD")]


def test_the_contracts_query_ranks_amounts_within_their_currency(tmp_path):
    """ "Largest amount first" set 3,000 USD above 2,000 EUR above 1,500 USD, as if one
    currency: each currency's amounts are ranked among themselves."""
    table = (
        "Vendor,Amount,Currency,PO\nAcme,1500,USD,PO-1\nAcme,2000,EUR,PO-2\nAcme,3000,USD,PO-3\n"
    )
    rows = _contracts(tmp_path, table)
    assert [(row["amount"], row["currency"]) for row in rows] == [
        ("2000", "EUR"),
        ("3000", "USD"),
        ("1500", "USD"),
    ]


def test_a_fact_file_amount_in_another_currency_gives_the_fact_its_currency(tmp_path):
    header = "subject,relation,object,amount,currency,url,title,locator\n"
    row = 'microsoft,supplies,hsi,"KES 5,000",,https://example.org/a,A title,p1\n'
    ran, report = build_with_facts(tmp_path, {"f.csv": header + row})
    assert (ran.exit_code, report["skipped"]) == (0, [])
    shown = invoke("show", "microsoft", "--graph", tmp_path / "out" / "graph.ttl").stdout
    assert "5,000 KES" in shown


def test_a_usaspending_amount_in_another_currency_is_refused_saying_which(tmp_path):
    rows = rs.prime_rows()[:1]
    rows[0]["total_obligated_amount"] = "KES 5,000"
    path = rs.write_rows(tmp_path / "Contracts_PrimeAwardSummaries_kes.csv", rows)
    result = rs.build_with(("usaspending", path))
    assert [(p[1], p[2], p[3]) for p in rs.problems(result)] == [
        (2, "total_obligated_amount", "'KES 5,000' is in KES, not USD")
    ]


def test_a_mapping_s_own_currency_that_is_none_is_refused_once_at_its_line(tmp_path):
    """`currency: {value: USDD}` skipped every row, each at the data's line with no field."""
    result = rs.city_orders(tmp_path, rs.CITY_ORDERS.replace("{value: USD}", "{value: USDD}"))
    typo = "'USDD' is no ISO 4217 currency code; did you mean USD (United States dollar)?"
    assert rs.problems(result) == [("awards.yaml", 5, "qualifiers", f"qualifier currency: {typo}")]
    assert rs.relationships(result, "supplies", obj="city-of-springfield") == []


AWARD_SPEC = SPEC.replace("City of Springfield", "ICE")
AWARD_FACT = """\
- subject: palantir
  relation: supplies
  object: ice
  contract: PO-7
  amount: 1500000
  currency: USD
  citations:
    - source: 404media-elite
      locator: paragraph 3
"""


def _award_in_two_files(tmp_path, row: str):
    """A fact file's PO-7 of 1,500,000 USD and a mapped table's row of it (a record, which
    outranks the article)."""
    config = rs.registry_project(tmp_path, "")
    (config.parent / "data" / "facts" / "award.yaml").write_text(AWARD_FACT, encoding="utf-8")
    table = "Vendor,Amount,Currency,PO\n" + row
    mapping = rs.mapping_of(tmp_path, table, AWARD_SPEC)
    result = rs.build_with(("mapping", mapping), config=config)
    return [r for r in rs.relationships(result, "supplies", "palantir", "ice") if r.contract]


def test_a_currency_given_without_an_amount_is_lent_to_no_other_claim_s_amount(tmp_path):
    """A record that names the award's currency but no amount (EUR, its amount cell empty)
    made the article's 1,500,000 USD read 1,500,000 EUR, disputed on its currency."""
    [award] = _award_in_two_files(tmp_path, "Palantir,,EUR,PO-7\n")
    assert (str(award.amount), award.currency, award.disputed) == ("1500000", "USD", False)


def test_an_award_given_in_two_currencies_shows_each_claim_in_its_own(tmp_path):
    [award] = _award_in_two_files(tmp_path, 'Palantir,"2,000,000",EUR,PO-7\n')
    assert (str(award.amount), award.currency) == ("2000000", "EUR")  # the record's
    assert award.disputed_fields == ["amount", "currency"]
    claimed = {(str(c.amount), c.currency) for c in award.claims if c.amount is not None}
    assert claimed == {("2000000", "EUR"), ("1500000", "USD")}
