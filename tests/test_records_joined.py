"""Record files joined from several exports or broken into pages (the header repeated in the
middle, after a byte-order mark, or in another column order), and cells holding characters no
one sees (a zero-width space pasted from a web page)."""

from decimal import Decimal

from records_support import (
    ATLAS_HEADER,
    CITY_ORDERS,
    atlas_row,
    build_with,
    mapping_of,
    prime_rows,
    problems,
    relationships,
    write_rows,
)

from graphkit.extractors.atlas import vendors

# A city's orders cited by the city's page alone: no column but the vendor's is read.
UNPRICED = CITY_ORDERS.replace("qualifiers: {amount: Amount, currency: {value: USD}}\n", "")


def _supplied(result) -> list[str]:
    return sorted(r.subject for r in relationships(result, obj="city-of-springfield"))


def test_a_header_repeated_in_the_middle_is_no_row(tmp_path):
    """Two exports joined into one file repeat the header (the second after its byte-order
    mark), and so does a report at each page break: the repeated header made a company
    "Vendor" supplying the city, with exit 0. A joined export whose columns come in another
    order had its rows read under the first order: its PO numbers became companies."""
    rows = (
        "Vendor,Amount,PO\n"
        "Acme Analytics Inc,100.00,PO-1\n"
        "\ufeffVendor,Amount,PO\n"
        "Beta Corp,200.00,PO-2\n"
        "Vendor , Amount,PO\n"
        "PO,Vendor,Amount\n"
        "PO-3,Gamma Co,300.00\n"
    )
    result = build_with(("mapping", mapping_of(tmp_path, rows, UNPRICED)))
    assert _supplied(result) == ["acme-analytics", "beta", "gamma"]
    assert not problems(result)
    result = build_with(("mapping", mapping_of(tmp_path, rows, CITY_ORDERS)))
    amounts = {r.subject: r.amount for r in relationships(result, obj="city-of-springfield")}
    assert amounts == {
        "acme-analytics": Decimal("100.00"),
        "beta": Decimal("200.00"),
        "gamma": Decimal("300.00"),
    }
    assert not problems(result)


def test_an_atlas_header_repeated_in_the_middle_is_no_row(tmp_path):
    """Read as a row, the Atlas's repeated header was an agency "Agency" using a product
    "Technology", supplied by a company "Vendor"."""
    path = tmp_path / "atlas.csv"
    rows = [atlas_row(1, "Agency 1 Police Department", "Drones", "Axon")]
    path.write_text(
        ATLAS_HEADER + rows[0] + ATLAS_HEADER + atlas_row(2, "Agency 2 PD", "Drones", "DJI"),
        encoding="utf-8",
    )
    result = build_with(("atlas", path))
    ends = {r.subject for r in result.relationships} | {r.object for r in result.relationships}
    assert not {"agency-state", "agency", "vendor", "technology"} & ends
    assert {"axon", "dji"} <= {r.subject for r in relationships(result, "supplies")}
    assert not problems(result)


def test_a_usaspending_download_joined_with_another(tmp_path):
    """Every row of a second download joined below the first imports; its header is no row
    (it was reported as an award whose amount "total_obligated_amount" is no amount)."""
    rows = [prime_rows()[n] for n in (0, 1, 2, 7)]
    header = {column: column for column in rows[0]}
    path = write_rows(
        tmp_path / "Contracts_PrimeAwardSummaries_joined.csv", [*rows[:2], header, *rows[2:]]
    )
    result = build_with(("usaspending", path))
    awarded = {r.contract for r in relationships(result, "supplies") if r.contract}
    assert {f"cont-awd-test000{n}-7012-none-none" for n in (1, 2, 3, 7)} <= awarded
    assert not problems(result)


def test_invisible_characters_around_a_cell(tmp_path):
    """A zero-width space or a byte-order mark around a cell: "N/A\\u200b" was a company
    supplying the city, and "\\u200b1,234.50" no amount (the row skipped)."""
    rows = (
        "Vendor,Amount,PO\n"
        '"Acme Analytics Inc\u200b","\u200b1,234.50",PO-1\n'
        "N/A\u200b,50.00,PO-2\n"
        "\ufeffBeta Corp,\u00a020.00\u2060,PO-3\n"
    )
    result = build_with(("mapping", mapping_of(tmp_path, rows, CITY_ORDERS)))
    amounts = {r.subject: r.amount for r in relationships(result, obj="city-of-springfield")}
    assert amounts == {"acme-analytics": Decimal("1234.50"), "beta": Decimal("20.00")}
    assert result.registry.get("acme-analytics").label == "Acme Analytics Inc"
    assert [(p[1], p[3][:30]) for p in problems(result)] == [(3, "subject 'N/A' names no one; th")]
    assert vendors("Axon;\u200bN/A") == ["Axon"]
    assert vendors("Axon, N/A") == ["Axon"]


def test_two_contract_exports_joined_count_an_award_once_and_state_its_two_figures(tmp_path):
    """Two Prime Award Summaries downloads of different date ranges, joined: the award both
    hold is one relationship, never added up, its figures (1000 in the first, 1500 in the
    later) two claims of a disputed amount, the later one's shown; its recipient, written
    'ACME, INC.', 'Acme Inc' or 'Acme, Inc' (the last without its UEI), is one company; an
    empty parent column no parent."""
    [template] = [row for row in prime_rows() if row["award_id_piid"] == "TEST0003"][:1]

    def award(n: int, recipient: str, amount: str, uei: str = "ACMEUEI00001", latest="") -> dict:
        key = f"CONT_AWD_ACME{n:04d}_7012_-NONE-_-NONE-"
        return template | {
            "contract_award_unique_key": key,
            "award_id_piid": f"ACME{n:04d}",
            "recipient_name": recipient,
            "recipient_uei": uei,
            "recipient_parent_name": "",
            "recipient_parent_uei": "",
            "total_obligated_amount": amount,
            "award_latest_action_date": latest or template["award_latest_action_date"],
            "usaspending_permalink": f"https://www.usaspending.gov/award/{key}/",
        }

    first = write_rows(tmp_path / "first.csv", [award(1, "ACME, INC.", "1000")])
    later = write_rows(
        tmp_path / "later.csv",
        [award(1, "Acme Inc", "1500", latest="2021-03-31"), award(2, "Acme, Inc", "70", "")],
    )
    joined = tmp_path / "joined.csv"
    joined.write_text(first.read_text() + later.read_text(), encoding="utf-8")
    result = build_with(("usaspending", joined))
    assert not problems(result)
    sold = relationships(result, "supplies", obj="test-office-alpha-7012")
    assert sorted((r.subject, r.contract, r.amount) for r in sold if "acme" in r.contract) == [
        ("acme", "cont-awd-acme0001-7012-none-none", Decimal("1500")),
        ("acme", "cont-awd-acme0002-7012-none-none", Decimal("70")),
    ]
    [award_1] = [r for r in sold if r.contract == "cont-awd-acme0001-7012-none-none"]
    assert award_1.disputed and award_1.disputed_fields == ["amount"]
    assert sorted(c.amount for c in award_1.claims) == [Decimal("1000"), Decimal("1500")]
    assert not relationships(result, "partOf", "acme")
