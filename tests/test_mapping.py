"""The declarative mapping extractor: CSV and nested JSON, lookups, templates, the shipped
examples over the real files, and clear messages for bad mappings and bad rows."""

import csv
import json
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest
from records_support import (
    DATASETS,
    RECORDS,
    build_unvalidated,
    build_with,
    mapping_of,
    problems,
    relationships,
)

from graphkit.names import name_key
from graphkit.vocab import ENTITY_TYPES

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def awards():
    return build_with(("mapping", RECORDS / "awards.yaml"))


def test_columns_become_facts_with_lookup_qualifiers_and_citation(awards):
    [rel] = [
        r
        for r in relationships(awards, "supplies", "test-vendor", "ice")
        if str(r.start) == "2021-03-04"
    ]
    assert (rel.amount, rel.currency, str(rel.start)) == (Decimal("1200.50"), "USD", "2021-03-04")
    [citation] = rel.citations
    assert (
        citation.source.url
        == "https://www.usaspending.gov/award/CONT_AWD_TEST0001_7012_-NONE-_-NONE-/"
    )
    assert citation.source.title == "Test award Test Vendor Inc"
    assert citation.locator == "row 2"
    # "Test Vendor Incorporated" is the same company once legal suffixes are set aside; one
    # row spells it so and one "Test Vendor Inc": the longer is its label
    vendor = awards.registry.get("test-vendor")
    assert (vendor.label, vendor.aliases) == ("Test Vendor Incorporated", ("Test Vendor Inc",))
    assert relationships(awards, "partOf", "test-vendor", "test-holdings")


def test_bad_rows_name_line_and_column(awards):
    assert problems(awards) == [
        ("awards.csv", 4, "vendor", "missing subject; the row is skipped"),
        ("awards.csv", 5, "relation_kind", "'lobbies' gives no relation; add it to the lookup"),
        ("awards.csv", 6, "value", "'lots' is not a number"),
        ("awards.csv", 7, "link", "no http(s) URL to cite (''); the row is skipped"),
    ]
    assert not awards.violations


def test_nested_geojson_records_and_repeated_awards_count_once():
    result = build_with(("mapping", RECORDS / "awards_geo.yaml"))
    rels = relationships(result, "supplies", "test-geo-vendor", "ice")
    assert sorted((r.contract, r.amount) for r in rels) == [("testgeo1", 100), ("testgeo2", 200)]
    assert [len(r.citations) for r in rels] == [1, 1]
    assert relationships(result, "awardedContract", "test-geo-vendor", "testgeo1")
    assert relationships(result, "partOf", "ice", "dhs")
    assert not result.problems and not result.violations


def test_a_json_record_is_named_by_the_line_it_starts_on(tmp_path):
    """A problem in the third award of a GeoJSON file names the file's line, as a CSV row's
    does, not the record's number; so does each fact's place."""
    feature = (
        ' {{"type": "Feature", "properties": {{"awards": [\n'
        '   {{"recipient": "Line Vendor", "subAgency": "ICE", "agency": "DHS", "amount": {a},'
        ' "awardId": "LINE{n}", "startDate": "2021-0{n}-01",'
        ' "url": "https://example.org/award/{n}"}}]}}}}'
    )
    features = ",\n".join(feature.format(a=a, n=n) for n, a in ((1, 10), (2, 20), (3, '"12x"')))
    (tmp_path / "awards.geojson").write_text(
        '{"type": "FeatureCollection",\n "features": [\n' + features + "\n]}\n",
        encoding="utf-8",
    )
    mapping = (RECORDS / "awards_geo.yaml").read_text(encoding="utf-8")
    (tmp_path / "awards.yaml").write_text(mapping, encoding="utf-8")
    result = build_with(("mapping", tmp_path / "awards.yaml"))
    assert [(p.line, p.field) for p in result.problems] == [(8, "amount")]
    vendor = relationships(result, "supplies", "line-vendor")
    lines = sorted(where.line for r in vendor for where in r.where)
    assert lines == [4, 6]


def test_json_amounts_keep_every_digit_as_written(tmp_path):
    # JSON numbers with a fraction read as floats would keep 17 digits of the amount.
    (tmp_path / "awards.json").write_text(
        '{"awards": [{"recipient": "Precise Vendor", "office": "Precise Office",'
        ' "amount": 123456789012.123456, "url": "https://example.org/award/1"},'
        ' {"recipient": "Precise Vendor", "office": "Exponent Office",'
        ' "amount": 1.5e3, "url": "https://example.org/award/2"}]}',
        encoding="utf-8",
    )
    (tmp_path / "awards.yaml").write_text(
        "data: awards.json\nformat: json\nrecords: awards\n"
        "subject: {column: recipient, type: Company}\nrelation: supplies\n"
        "object: {column: office, type: GovernmentAgency}\n"
        "qualifiers: {amount: amount, currency: {value: USD}}\n"
        'citation: {url: url, title: "Award", locator: "{url}"}\n',
        encoding="utf-8",
    )
    result = build_with(("mapping", tmp_path / "awards.yaml"))
    assert not result.problems
    [precise] = relationships(result, "supplies", "precise-vendor", "precise-office")
    [exponent] = relationships(result, "supplies", "precise-vendor", "exponent-office")
    assert (precise.amount, exponent.amount) == (Decimal("123456789012.123456"), 1500)
    written = result.graph.serialize(format="nt")
    assert '"123456789012.123456"^^<http://www.w3.org/2001/XMLSchema#decimal>' in written


BASE = (
    "data: awards.csv\nsubject: {column: vendor}\nrelation: supplies\nobject: {value: ICE}\n"
    "citation: {url: link}\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "data: awards.csv\nsubject: {column: vendor}\nrelation: sells\nobject: {value: ICE}\n"
            "citation: {url: link}\n",
            (
                3,
                "relation",
                "unknown relation 'sells'; relations are "
                "develops, supplies, uses, hosts, funds, partOf, leads, worksFor, "
                "opposes, supports, investigates, awardedContract",
            ),
        ),
        (
            "data: awards.csv\nsubject: vendor\nrelation: supplies\nobject: {value: ICE}\n"
            "citation: {url: link}\n",
            (2, "subject", "subject needs {column: NAME} or {value: TEXT}, and a type"),
        ),
        (
            "data: awards.csv\nsubject: {column: vendor}\nrelation: supplies\nobject: {value: ICE}\n",
            (1, "citation", "missing citation"),
        ),
        (
            "data: nowhere.csv\nsubject: {column: vendor}\nrelation: supplies\nobject: {value: ICE}\n"
            "citation: {url: link}\n",
            (None, None, "no such data file (the path is relative to the mapping file)"),
        ),
        (  # a type the model lacks would otherwise reach the writer
            "data: awards.csv\nsubject: {column: vendor}\nrelation: supplies\nobject: {value: ICE}\n"
            "citation: {url: link}\nqualifiers: {product: {column: vendor, type: Gadget}}\n",
            (6, "product", "unknown type 'Gadget'; types are " + ", ".join(ENTITY_TYPES)),
        ),
        # Each of these stopped the file with the extractor's own fault (AttributeError …).
        (
            BASE + "also: {subject: {column: vendor}, relation: partOf, object: {value: X}}\n",
            (6, "also", "also is a list of rules, each with its own keys"),
        ),
        (
            BASE + "also:\n  - subject: {column: vendor}\n    object: {column: parent}\n",
            (7, "relation", "missing relation"),
        ),
        (
            BASE + "qualifiers: [value]\n",
            (6, "qualifiers", "qualifiers map each qualifier to its column"),
        ),
        (
            BASE.replace("relation: supplies", "relation: {column: relation_kind, lookup: [a]}"),
            (3, "relation", "relation is a relation, or {column: NAME, lookup: {TEXT: RELATION}}"),
        ),
        (
            BASE.replace("{column: vendor}", "{column: vendor, type: [Company]}"),
            (2, "subject", "unknown type ['Company']; types are " + ", ".join(ENTITY_TYPES)),
        ),
        (
            BASE.replace("citation: {url: link}", "citation: link"),
            (5, "citation", "citation needs url (a column or a list of them) or source: {url: …}"),
        ),
    ],
)
def test_bad_mappings_are_one_clear_message(tmp_path, text, expected):
    (tmp_path / "awards.csv").write_bytes((RECORDS / "awards.csv").read_bytes())
    (tmp_path / "m.yaml").write_text(text, encoding="utf-8")
    result = build_with(("mapping", tmp_path / "m.yaml"))
    [(_, line, field, message)] = problems(result)
    assert (line, field, message) == expected


# --- the shipped examples over the real files --------------------------------------------------

FREEZER = DATASETS / "torn-apart" / "freezer.csv"
RADAR = DATASETS / "surveillance-radar" / "procurement-awards.geojson"
ALPR = DATASETS / "surveillance-radar" / "eff-data-driven-alpr-2016-2017.csv"


@pytest.mark.slow
@pytest.mark.skipif(not FREEZER.is_file(), reason="../shared/datasets/torn-apart is not present")
def test_freezer_example_totals_per_parent_company_match_the_csv():
    result = build_unvalidated(("mapping", EXAMPLES / "torn-apart-freezer.yaml"))
    with FREEZER.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    expected = defaultdict(Decimal)  # by the parent's name once normalised
    for row in rows:
        expected[name_key(row["parent_name"] or row["recipient_name"])] += Decimal(
            row["current_total_value"] or 0
        )
    totals = defaultdict(Decimal)
    for rel in relationships(result, "supplies"):
        if rel.citations[0].extractor != "mapping":
            continue
        line = {c.where for c in rel.citations}
        parents = [
            p
            for p in relationships(result, "partOf", rel.subject)
            if line & {c.where for c in p.citations}
        ]
        owner = parents[0].object if parents else rel.subject
        entity = result.registry.get(owner)
        [key] = {name_key(n) for n in (entity.label, *entity.aliases)} & set(expected)
        totals[key] += rel.amount or 0
    assert dict(totals) == dict(expected)
    assert len({r.contract for r in relationships(result, "supplies") if r.contract}) == len(
        {r["award_id"] for r in rows}
    )
    assert not result.problems


@pytest.mark.skipif(not RADAR.is_file(), reason="../shared/datasets/surveillance-radar absent")
def test_surveillance_radar_example_counts_each_award_once():
    result = build_unvalidated(("mapping", EXAMPLES / "surveillance-radar-awards.yaml"))
    awards = [
        a for f in json.loads(RADAR.read_text())["features"] for a in f["properties"]["awards"]
    ]
    unique = {a["awardId"]: a["amount"] for a in awards}
    rels = [r for r in relationships(result, "supplies") if r.contract]
    assert len(rels) == len(unique) == 425
    assert sum(r.amount for r in rels) == sum(unique.values())
    assert all(
        c.source.url.startswith("https://www.usaspending.gov/award/")
        for r in rels
        for c in r.citations
    )
    assert relationships(result, "supplies", "palantir", "ice")
    assert not result.problems


@pytest.mark.skipif(not ALPR.is_file(), reason="../shared/datasets/surveillance-radar absent")
def test_alpr_example_every_row_is_a_fact_or_a_reported_reason():
    result = build_with(("mapping", EXAMPLES / "eff-alpr-vigilant.yaml"))
    starts = []  # the line each data row starts on (a cell holds a line break)
    with ALPR.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        last = 1
        for row in reader:
            if reader.line_num > 1 and any(c.strip() for c in row):
                starts.append(last + 1)
            last = reader.line_num
    uses = relationships(result, "uses")
    stated = {w.line for r in uses for w in r.where}
    skipped = {p.line for p in result.problems}
    assert stated | skipped == set(starts)
    assert len(starts) == 200
    # Every row: the file ends without a line end, and its last row was
    # refused as maybe cut off (Yakima's police). Five rows linking only their combined detection and hit data
    # (Kansas City, Bell Gardens …) were skipped as citing nothing, their agencies left out.
    assert not skipped
    assert {"Kansas City Police Department", "Bell Gardens Police Department"} <= {
        result.registry.get(r.subject).label for r in uses
    }
    assert len(relationships(result, "supplies", "vigilant-solutions")) == len(stated)


def test_data_may_list_places_and_the_first_existing_file_wins(tmp_path):
    mapping = tmp_path / "maps" / "awards.yaml"
    mapping.parent.mkdir()
    text = (RECORDS / "awards.yaml").read_text(encoding="utf-8")
    listed = f"data: [../downloads/awards.csv, {RECORDS / 'awards.csv'}]"
    mapping.write_text(text.replace("data: awards.csv", listed), encoding="utf-8")
    alone = len(relationships(build_with()))
    from_list = build_with(("mapping", mapping))
    assert not any("no such data file" in str(p) for p in from_list.problems)
    assert len(relationships(from_list)) > alone
    # once the download is in place (here: only its header row), it is the file read
    (tmp_path / "downloads").mkdir()
    header = (RECORDS / "awards.csv").read_text(encoding="utf-8").splitlines()[0]
    (tmp_path / "downloads" / "awards.csv").write_text(header + "\n", encoding="utf-8")
    assert len(relationships(build_with(("mapping", mapping)))) == alone


def test_set_data_points_a_mapping_at_another_file(tmp_path):
    from support import MINI, invoke

    mapping = tmp_path / "awards.yaml"
    text = (RECORDS / "awards.yaml").read_text(encoding="utf-8")
    mapping.write_text(text.replace("data: awards.csv", "data: nowhere.csv"), encoding="utf-8")
    args = ["build", "--config", MINI / "graphkit.toml", "--out", tmp_path / "out"]
    missing = invoke(*args, "--source", f"mapping:{mapping}")
    assert missing.exit_code == 1 and "nowhere.csv: no such data file" in missing.stderr
    found = invoke(
        *args, "--source", f"mapping:{mapping}", "--set", f"data={RECORDS / 'awards.csv'}"
    )
    assert "no such data file" not in found.stderr and "awards.csv:4 [vendor]" in found.stderr
    assert "Test Vendor Inc" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    misuse = invoke(*args, "--set", "data=awards.csv")
    assert (
        misuse.exit_code == 2
        and "--set applies to the sources given with --source" in misuse.stderr
    )


def test_a_column_the_data_lacks_is_named_at_the_mapping_not_read_as_empty(tmp_path):
    # Read as an empty cell, `amount: valeu` left every fact without its amount, with exit 0.
    (tmp_path / "awards.csv").write_bytes((RECORDS / "awards.csv").read_bytes())
    mapping = (RECORDS / "awards.yaml").read_text(encoding="utf-8")
    (tmp_path / "awards.yaml").write_text(
        mapping.replace("amount: value", "amount: valeu"), encoding="utf-8"
    )
    result = build_with(("mapping", tmp_path / "awards.yaml"))
    columns = "vendor, parent, buyer, relation_kind, value, date, link, note"
    assert problems(result)[0] == (
        "awards.yaml",
        mapping.splitlines().index("qualifiers:") + 1,
        "qualifiers",
        f"column 'valeu' is not in {tmp_path / 'awards.csv'}; did you mean 'value'? its columns "
        f"are {columns}; "
        "the rows are read without it",
    )
    assert relationships(result, "supplies", "test-vendor", "ice")  # the rows still import
    # Without its subject no row makes a fact: one message, not one per row.
    (tmp_path / "awards.yaml").write_text(
        mapping.replace("{column: vendor, type: Company}\nrelation", "{column: vendr}\nrelation"),
        encoding="utf-8",
    )
    result = build_with(("mapping", tmp_path / "awards.yaml"))
    assert problems(result) == [
        (
            "awards.yaml",
            mapping.splitlines().index("subject: {column: vendor, type: Company}") + 1,
            "subject",
            f"column 'vendr' is not in {tmp_path / 'awards.csv'}; did you mean 'vendor'? its "
            f"columns are {columns}",
        )
    ]


def _json_mapping(tmp_path, records: str, rows: list[dict]) -> list:
    # One record a line: the second starts on line 3.
    lines = ",\n".join(json.dumps(row) for row in rows)
    (tmp_path / "awards.json").write_text('{"awards": [\n' + lines + "\n]}\n", encoding="utf-8")
    (tmp_path / "awards.yaml").write_text(
        f"data: awards.json\nrecords: {records}\nsubject: {{column: vendor, type: Company}}\n"
        "relation: supplies\nobject: {value: ICE, type: GovernmentAgency}\ncitation: {url: url}\n",
        encoding="utf-8",
    )
    return build_with(("mapping", tmp_path / "awards.yaml"))


def test_a_records_path_that_leads_nowhere_is_reported_not_an_empty_import(tmp_path):
    rows = [{"vendor": "Path Vendor", "url": "https://example.org/award/1"}]
    result = _json_mapping(tmp_path, "award", rows)
    assert problems(result) == [
        (
            "awards.yaml",
            2,
            "records",
            f"records: 'award' leads to nothing in {tmp_path}/awards.json",
        )
    ]
    assert not _json_mapping(tmp_path, "awards", rows).problems


def test_a_json_list_where_a_name_belongs_is_reported_not_made_a_name(tmp_path):
    # Its Python spelling became one company called "['Delta Inc', 'Eps Inc']".
    rows = [
        {"vendor": "Gamma Vendor", "url": "https://example.org/award/1"},
        {"vendor": ["Delta Inc", "Eps Inc"], "url": "https://example.org/award/2"},
    ]
    result = _json_mapping(tmp_path, "awards", rows)
    assert problems(result) == [
        ("awards.json", 3, "vendor", "vendor holds a list, not a value; the row is skipped")
    ]
    assert not [e for e in result.registry if "[" in e.label]
    assert relationships(result, "supplies", "gamma-vendor", "ice")


def test_a_column_the_mapping_reads_given_twice_refuses_the_data_file(tmp_path):
    """As USAspending and Atlas files do: a row would keep one of the two cells unsaid. A
    column the mapping does not name may repeat (empty spreadsheet headers)."""
    spec = (
        "subject: {column: vendor, type: Company}\nrelation: supplies\n"
        "object: {column: agency, type: GovernmentAgency}\ncitation: {url: url}\n"
    )
    twice = mapping_of(
        tmp_path,
        "vendor,agency,url,agency,,\nTwice Vendor,Agency A,https://x.org/1,Agency B,,\n",
        spec,
    )
    result = build_with(("mapping", twice))
    assert [p for p in problems(result) if p[0] == "awards.csv"] == [
        (
            "awards.csv",
            1,
            "agency",
            "column 'agency' appears twice (columns 2 and 4): a row would keep one of its "
            "cells and drop the other; remove or rename one",
        )
    ]
    assert not [r for r in result.relationships if r.subject.startswith("twice-vendor")]
    (tmp_path / "blank").mkdir()
    blank = mapping_of(
        tmp_path / "blank",
        "vendor,agency,url,,\nBlank Vendor,Agency A,https://x.org/1,,\n",
        spec,
    )
    result = build_with(("mapping", blank))
    assert [p for p in problems(result) if p[0] == "awards.csv"] == []
    assert [r for r in result.relationships if r.subject.startswith("blank-vendor")]


def test_a_key_a_json_record_gives_twice_skips_the_record_not_one_value(tmp_path):
    """JSON keeps the last of a key given twice, so the first vendor was dropped unsaid (exit
    0), as a CSV column given twice would drop a cell: a key the mapping reads is reported at
    its record's line and the record skipped; a key it does not read may repeat."""
    (tmp_path / "awards.json").write_text(
        '{"awards": [\n'
        '{"vendor": "First Vendor", "note": "a", "vendor": "Second Vendor",'
        ' "url": "https://example.org/award/1"},\n'
        '{"vendor": "Third Vendor", "note": "a", "note": "b", "url": "https://example.org/award/2"},\n'
        '{"vendor": "Sixth Vendor", "properties": {"vendor": "Fourth Vendor",'
        ' "vendor": "Fifth Vendor"}, "url": "https://example.org/award/3"}\n'
        "]}\n",
        encoding="utf-8",
    )
    (tmp_path / "awards.yaml").write_text(
        "data: awards.json\nrecords: awards\nsubject: {column: vendor, type: Company}\n"
        "relation: supplies\nobject: {value: ICE, type: GovernmentAgency}\ncitation: {url: url}\n"
        "also:\n  - {subject: {column: properties.vendor}, relation: partOf, object: {value: DHS}}\n",
        encoding="utf-8",
    )
    result = build_with(("mapping", tmp_path / "awards.yaml"))
    twice = "is given twice in this record: one value would be kept and the other dropped; the row is skipped"
    assert problems(result) == [
        ("awards.json", 2, "vendor", f"vendor {twice}"),
        ("awards.json", 4, "properties.vendor", f"properties.vendor {twice}"),
    ]
    assert relationships(result, "supplies", "third-vendor", "ice")
    assert relationships(result, "supplies", "sixth-vendor", "ice")
    named = {e.label for e in result.registry}
    assert not named & {"First Vendor", "Second Vendor", "Fourth Vendor", "Fifth Vendor"}


def test_a_bad_link_is_reported_at_the_column_it_came_from(tmp_path):
    """A citation read from the first non-empty of several link columns: text that is no URL
    in Link2 (Link1 empty) is Link2's to fix, not Link1's."""
    spec = mapping_of(
        tmp_path,
        "vendor,Link1,Link2\n"
        "Link Vendor One,,see the council minutes\n"
        "Link Vendor Two,not a link,https://example.org/minutes\n"
        "Link Vendor Three,,\n",
        "subject: {column: vendor, type: Company}\nrelation: supplies\n"
        "object: {value: ICE, type: GovernmentAgency}\n"
        "citation: {url: [Link1, Link2]}\n",
    )
    result = build_with(("mapping", spec))
    assert problems(result) == [
        (
            "awards.csv",
            2,
            "Link2",
            "no http(s) URL to cite ('see the council minutes'); the row is skipped",
        ),
        ("awards.csv", 3, "Link1", "no http(s) URL to cite ('not a link'); the row is skipped"),
        ("awards.csv", 4, "Link1", "no http(s) URL to cite (''); the row is skipped"),
    ]
