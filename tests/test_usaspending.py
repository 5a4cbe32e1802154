"""USAspending prime award and subaward downloads: facts, contracts, resolution, bad rows, and
totals of the real files checked against sums computed here from the CSV."""

import csv
import re
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF
from rdflib.namespace import XSD
from records_support import (
    DATASETS,
    ENT,
    RECORDS,
    TG,
    Literal,
    build_with,
    decimal,
    in_record_graph,
    label,
    mapping_of,
    prime_rows,
    problems,
    relationships,
    write_rows,
)

from graphkit.build.outputs import write_outputs
from graphkit.extractors import usaspending, usaspending_agencies
from graphkit.extractors.usaspending_columns import COLUMNS_READ
from graphkit.model import SourceDoc
from graphkit.query.named import bind_params, get_query, run
from graphkit.rdf.iris import source_iri
from graphkit.rdf.model_records import model_relationships
from graphkit.rdf.records import read_relationships
from graphkit.rdf.store import load_graph

PRIME = RECORDS / "prime_awards.csv"
SUBS = RECORDS / "subawards.csv"
LINK = "https://www.usaspending.gov/award/CONT_AWD_{}_7012_-NONE-_-NONE-/"


@pytest.fixture(scope="module")
def prime():
    return build_with(("usaspending", PRIME))


def _award(result, piid):
    contract = f"cont-awd-{piid.lower()}-7012-none-none"
    return [r for r in relationships(result, "supplies") if r.contract == contract]


def test_bad_rows_are_reported_with_line_and_column_and_the_rest_imports(prime):
    assert problems(prime) == [
        ("prime_awards.csv", 6, "total_obligated_amount", "'12,3x' is not an amount"),
        ("prime_awards.csv", 7, "recipient_name", "missing recipient; the row is skipped"),
        (
            "prime_awards.csv",
            8,
            "award_base_action_date",
            "'2021-13-45' is not a date (expected YYYY-MM-DD, M/D/YYYY or 7 May 2021)",
        ),
    ]
    assert not prime.violations


def test_recipient_supplies_the_office_under_its_contract_with_the_obligated_amount(prime):
    [rel] = _award(prime, "TEST0001")  # its two rows' figures, the larger shown (one date)
    assert (rel.amount, rel.currency) == (Decimal("1500.00"), "USD")
    assert (str(rel.start), str(rel.end)) == ("2020-01-15", "2022-12-31")
    [citation] = rel.citations
    assert citation.source.url == LINK.format("TEST0001")
    assert citation.locator == "TEST0001"
    assert citation.extractor == "usaspending"


def test_a_later_figure_for_the_same_award_is_never_added_and_is_kept_as_a_claim(prime):
    [rel] = _award(prime, "TEST0001")
    # not 2500.50; the two rows give one latest action date: the larger figure, whichever
    # row comes first (the first read was shown)
    assert rel.amount == Decimal("1500.00")
    assert rel.disputed and rel.disputed_fields == ["amount"]
    assert [(c.amount, str(c.where[0].line)) for c in rel.claims] == [
        (Decimal("1500.00"), "10"),
        (Decimal("1000.50"), "2"),
    ]


def test_the_contract_keeps_obligated_and_potential_apart_in_the_record_graph(prime):
    contract = ENT["cont-awd-test0001-7012-none-none"]
    url = LINK.format("TEST0001")
    expected = [
        (contract, RDF.type, TG.Contract),
        (contract, TG.awardId, Literal("CONT_AWD_TEST0001_7012_-NONE-_-NONE-")),
        (contract, TG.piid, Literal("TEST0001")),
        (contract, TG.naicsCode, Literal("519190")),
        (contract, TG.pscCode, Literal("D317")),
        (contract, TG.baseActionDate, Literal("2020-01-15", datatype=XSD.date)),
        (contract, TG.performanceEnd, Literal("2022-12-31", datatype=XSD.date)),
        (contract, TG.describedBy, source_iri(SourceDoc(url=url))),
    ]
    for triple in expected:
        assert in_record_graph(prime, url, triple), triple
    # its two rows' figures, each a claim; the one shown by the rule of the relationship's
    assert decimal(prime.graph.value(contract, TG.obligatedAmount)) == Decimal("1500.00")
    assert prime.graph.value(contract, TG.disputed) == Literal(True)
    assert decimal(prime.graph.value(contract, TG.potentialValue)) == Decimal("5000.00")
    assert label(prime, "cont-awd-test0001-7012-none-none") == "TEST0001"


def test_same_uei_is_one_company_with_every_spelling_as_alias(prime):
    west = prime.registry.get("west-publishing")
    assert west.label == "WEST PUBLISHING CORPORATION"
    assert west.aliases == ("West Publishing Corp",)
    assert dict(west.identifiers) == {"cage": "TST01", "uei": "TESTWESTPUB1"}
    assert str(prime.graph.value(ENT["west-publishing"], TG.uei)) == "TESTWESTPUB1"


def test_same_name_with_another_uei_stays_a_separate_entity(prime):
    other = prime.registry.get("west-publishing-2")
    assert dict(other.identifiers) == {"uei": "TESTWESTPUB2"}
    assert relationships(prime, "supplies", "west-publishing-2")


def test_each_parent_is_cited_by_the_rows_that_state_it(prime):
    [markets] = relationships(prime, "partOf", "west-publishing", "thomson-reuters-markets")
    [news] = relationships(prime, "partOf", "west-publishing", "reuters-news-and-media")
    assert [c.source.url for c in markets.citations] == [LINK.format("TEST0001")]
    assert [c.source.url for c in news.citations] == [LINK.format("TEST0002")]


def test_registry_names_resolve_after_normalisation(prime):
    # "PALANTIR TECHNOLOGIES INC." is the registry's Palantir; the sub-agency is ICE, whose
    # code (7012) tells the office apart from others of its name
    [rel] = _award(prime, "TEST0003")
    assert (rel.subject, rel.object) == ("palantir", "test-office-alpha-7012")
    assert len(rel.citations) == 1  # the exact repeat on line 5 counts once
    assert relationships(prime, "partOf", "test-office-alpha-7012", "ice")
    assert relationships(prime, "partOf", "ice", "dhs")
    assert not [e for e in prime.registry if e.id.startswith("immigration-and-customs-enforcement")]


def test_us_dates_from_spreadsheets_are_read(prime):
    [other] = _award(prime, "TEST0002")
    assert other.subject == "west-publishing"
    assert (str(other.start), str(other.end)) == ("2021-03-05", "2022-03-04")


def test_contracts_and_suppliers_queries_answer_over_records(prime):
    rows = list(run(prime.graph, get_query("contracts").text, {"agency": ENT["ice"]}))
    found = {(str(r.supplier), str(r.contract), str(r.amount)) for r in rows}
    assert ("WEST PUBLISHING CORPORATION", "TEST0001", "1500.0") in found  # canonical decimal
    assert ("Palantir Technologies", "TEST0003", "42000000.0") in found or (
        "Palantir Technologies",
        "TEST0003",
        "42000000",
    ) in found
    suppliers = {
        str(r.supplier)
        for r in run(prime.graph, get_query("suppliers").text, {"agency": ENT["ice"]})
    }
    assert {"WEST PUBLISHING CORPORATION", "Palantir Technologies"} <= suppliers


def test_unresolved_names_are_in_the_report(prime):
    unresolved = {e["id"]: e for e in prime.report["unresolved"]}
    assert unresolved["west-publishing"]["aliases"] == ["West Publishing Corp"]
    # of the rows that spell it so (2 and 10, of one date and as many cells), the one the
    # rule of row_rank.py picks by content, whatever the order they are read in
    assert unresolved["west-publishing"]["where"].endswith("prime_awards.csv:10")
    assert "palantir" not in unresolved
    assert not any(e["type"] == "Contract" for e in unresolved.values())


# --- subawards ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def subs():
    return build_with(("usaspending", PRIME), ("usaspending", SUBS))


def test_subawardee_supplies_the_prime_awardee_under_the_prime_contract(subs):
    found = relationships(subs, "supplies", "test-subcontractor", "west-publishing")
    [rel] = [r for r in found if str(r.start) == "2021-02-03"]
    assert rel.contract == "cont-awd-test0001-7012-none-none"
    assert (rel.amount, str(rel.start), rel.role) == (
        Decimal("300.00"),
        "2021-02-03",
        "subcontractor",
    )
    # line 3 repeats line 2 exactly; line 4 is a later report of the same subaward
    assert sorted(c.locator for c in rel.citations) == [
        "TEST0001 subaward SUB-1 (report TEST-REPORT-1)",
        "TEST0001 subaward SUB-1 (report TEST-REPORT-2)",
    ]


def test_subawardee_spellings_meet_by_uei_and_bad_rows_are_reported(subs):
    sub = subs.registry.get("test-subcontractor")
    assert sub.aliases == ("Test Subcontractor, L.L.C.",)
    assert (
        "subawards.csv",
        5,
        "subawardee_name",
        "missing subawardee; the row is skipped",
    ) in problems(subs)
    assert relationships(subs, "partOf", "test-subcontractor", "test-sub-parent")
    assert relationships(
        subs, "awardedContract", "west-publishing", "cont-awd-test0001-7012-none-none"
    )


def test_subawards_numbered_apart_on_one_day_are_two_relationships(tmp_path):
    """Two subawards of one prime award to one subawardee on one day, numbered apart by the
    prime awardee, are two subawards: each amount counts, and neither disputes the other."""
    with open(SUBS, newline="", encoding="utf-8") as handle:
        header, first = list(csv.reader(handle))[:2]
    column = {name: i for i, name in enumerate(header)}
    rows = []
    for number, amount in (("SUB-7", "100.00"), ("SUB-8", "250.00")):
        row = list(first)
        row[column["subaward_number"]], row[column["subaward_amount"]] = number, amount
        rows.append(row)
    path = tmp_path / "subawards.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([header, *rows])
    result = build_with(("usaspending", PRIME), ("usaspending", path))
    found = relationships(result, "supplies", "test-subcontractor", "west-publishing")
    assert sorted(r.amount for r in found) == [Decimal("100.00"), Decimal("250.00")]
    assert not any(r.disputed for r in found)


# --- files that are not right ------------------------------------------------------------------


def _one_problem(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    result = build_with(("usaspending", path))
    return problems(result), result


def _prime_text(rows: int = 2) -> str:
    return "".join(PRIME.read_text(encoding="utf-8").splitlines(keepends=True)[: rows + 1])


def _with_header(tmp_path, name: str, renames: dict[str, str]):
    """The prime award fixture with header cells renamed; the built result with it and the
    subaward fixture, and the new header."""
    header, *rows = list(csv.reader(PRIME.read_text(encoding="utf-8").splitlines()))
    header = [renames.get(h, h) for h in header]
    path = tmp_path / name
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerows([header, *rows])
    return build_with(("usaspending", path), ("usaspending", SUBS)), header


def test_a_column_read_given_twice_refuses_the_file_and_the_rest_builds(tmp_path):
    # Read as it was, the row kept the second cell (a trading name) as the recipient's name.
    result, header = _with_header(
        tmp_path, "twice.csv", {"recipient_doing_business_as_name": "recipient_name"}
    )
    first, second = (i + 1 for i, h in enumerate(header) if h == "recipient_name")
    assert [p for p in problems(result) if p[0] == "twice.csv"] == [
        (
            "twice.csv",
            1,
            "recipient_name",
            f"column 'recipient_name' appears twice (columns {first} and {second}): a row would "
            "keep one of its cells and drop the other; remove or rename one",
        )
    ]
    assert not relationships(result, "supplies", "palantir", "test-office-alpha-7012")
    assert relationships(result, "supplies", "test-subcontractor")  # the subaward file's
    assert relationships(result, "supplies", "palantir", "ice")  # the project's own facts


def test_a_repeated_column_no_one_reads_is_no_matter(tmp_path):
    """Spreadsheets write blank columns' headers empty: two of them are not one column read."""
    unread = {"highly_compensated_officer_1_name": "", "highly_compensated_officer_2_name": ""}
    result, _ = _with_header(tmp_path, "blank.csv", unread)
    assert [p for p in problems(result) if p[0] == "blank.csv" and p[1] == 1] == []
    assert relationships(result, "supplies", "west-publishing")
    assert relationships(result, "supplies", "palantir", "test-office-alpha-7012")


def test_every_column_the_extractor_reads_is_one_it_checks_for_repeats():
    """A column read but missing from COLUMNS_READ would be read from one of its two cells."""
    columns = {
        *next(csv.reader(PRIME.read_text(encoding="utf-8").splitlines())),
        *next(csv.reader(SUBS.read_text(encoding="utf-8").splitlines())),
    }
    code = "".join(
        Path(module.__file__).read_text(encoding="utf-8")
        for module in (usaspending, usaspending_agencies)
    )
    named = set(re.findall(r'"([a-z0-9_]+)"', code)) & columns
    assert named
    assert named - COLUMNS_READ == set()


def test_wrong_column_set_is_one_clear_message(tmp_path):
    found, _ = _one_problem(tmp_path, "other.csv", b"name,amount\nACME,12\n")
    assert found == [
        (
            "other.csv",
            1,
            "prime_award_unique_key",
            "not a USAspending Prime Award Summaries or Subawards download: missing "
            "column(s) prime_award_unique_key, prime_award_piid, prime_awardee_uei "
            "and 8 more",
        )
    ]


def test_a_truncated_file_reports_its_last_row_and_imports_the_rest(tmp_path):
    text = _prime_text(3)
    found, result = _one_problem(tmp_path, "cut.csv", text[: len(text) - 200].encode())
    assert found == [
        (
            "cut.csv",
            4,
            None,
            "the row has 158 columns, the header has 286: the file "
            "looks truncated (cut off in this row)",
        )
    ]
    assert relationships(result, "supplies", "west-publishing")


def test_bytes_that_are_not_utf8_skip_only_their_row(tmp_path):
    lines = _prime_text(2).encode().splitlines(keepends=True)
    lines[2] = lines[2].replace(b"West Publishing Corp", b"West Publishing S\xe9rvices")
    found, result = _one_problem(tmp_path, "latin1.csv", b"".join(lines))
    assert found == [
        (
            "latin1.csv",
            3,
            "recipient_name",
            "byte 0xE9 ('é' in Windows-1252) is not UTF-8: the file must be UTF-8; save it as "
            "UTF-8 (only this row is skipped)",
        )
    ]
    assert relationships(result, "supplies", "west-publishing")


def test_utf16_is_read_and_empty_files_are_named(tmp_path):
    found, result = _one_problem(tmp_path, "wide.csv", _prime_text(1).encode("utf-16"))
    assert found == []
    assert relationships(result, "supplies", "west-publishing")
    found, _ = _one_problem(tmp_path, "empty.csv", b"")
    assert found == [("empty.csv", 1, None, "the file is empty")]


# --- the real downloads ------------------------------------------------------------------------

ICE_MN = DATASETS / "usaspending" / "Contracts_PrimeAwardSummaries_ICE_MN_dev.csv"
SUB_ICE = DATASETS / "usaspending" / "Contracts_Subawards_ICE_dev.csv"
needs_real = pytest.mark.skipif(
    not ICE_MN.is_file() or not SUB_ICE.is_file(),
    reason="../shared/datasets/usaspending is not present",
)


@pytest.fixture(scope="module")
def real():
    return build_with(("usaspending", ICE_MN), ("usaspending", SUB_ICE))


def _read(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _owner_totals(result, role):
    """Graph money per parent company UEI: each amount goes to the parent that the same
    record states (the partOf with the same citation), or to the recipient itself."""
    totals, counts = defaultdict(Decimal), defaultdict(int)
    for rel in result.relationships:
        if (
            rel.relation != "supplies"
            or rel.role != role
            or rel.amount is None
            or rel.citations[0].extractor != "usaspending"
        ):
            continue
        cites = {(c.source.url, c.locator) for c in rel.citations}
        parents = {
            p.object
            for p in relationships(result, "partOf", rel.subject)
            if cites & {(c.source.url, c.locator) for c in p.citations}
        }
        owner = parents.pop() if len(parents) == 1 else rel.subject
        uei = dict(result.registry.get(owner).identifiers).get("uei")
        totals[uei] += rel.amount
        counts[uei] += 1
    return dict(totals), dict(counts)


@pytest.mark.slow
@needs_real
def test_real_prime_awards_every_row_becomes_a_contract_and_a_cited_fact(real):
    rows = _read(ICE_MN)
    assert not [p for p in real.problems if p.path.endswith(ICE_MN.name)]
    contracts = {
        e.id
        for e in real.registry
        if e.type == "Contract" and e.details and e.details.obligated is not None
    }
    assert len({r["contract_award_unique_key"] for r in rows}) == 1083
    assert len(contracts) >= 1083
    prime_facts = [
        r
        for r in relationships(real, "supplies")
        if r.role is None and r.citations[0].where.file.endswith(ICE_MN.name)
    ]
    assert len(prime_facts) == 1083
    # the subawards file's 71 prime awards (none of them in the prime file) each name their
    # buyer, an ICE office, without a figure
    primes_of_subawards = [
        r
        for r in relationships(real, "supplies")
        if r.role is None and r.citations[0].where.file.endswith(SUB_ICE.name)
    ]
    assert len(primes_of_subawards) == 71
    assert {r.amount for r in primes_of_subawards} == {None}
    assert all(
        len(r.citations) == 1
        and r.citations[0].source.url.startswith("https://www.usaspending.gov/award/")
        for r in prime_facts
    )
    assert not real.violations


@needs_real
def test_real_prime_award_totals_per_parent_company_match_the_csv(real):
    expected, count = defaultdict(Decimal), defaultdict(int)
    potential = Decimal(0)
    for row in _read(ICE_MN):
        owner = row["recipient_parent_uei"] or row["recipient_uei"]
        expected[owner] += Decimal(row["total_obligated_amount"] or 0)
        count[owner] += 1
        potential += Decimal(row["potential_total_value_of_award"] or 0)
    totals, counts = _owner_totals(real, None)
    assert totals == dict(expected)
    assert counts == dict(count)
    graph_potential = sum(
        e.details.potential or 0
        for e in real.registry
        if e.type == "Contract" and e.details and e.details.obligated is not None
    )
    assert graph_potential == potential
    # the case from the dataset notes: one company under two parent names
    west = real.registry.by_identifier("uei", "L997DB4PEJL8")
    parents = {real.registry.get(r.object).label for r in relationships(real, "partOf", west.id)}
    assert parents == {
        "REUTERS NEWS & MEDIA INC",
        "THOMSON REUTERS (MARKETS) LLC",
        "THE THOMSON COMPANY INC",  # written "THOMSON COMPANY INC, THE"
    }


@needs_real
def test_real_subaward_totals_per_parent_company_match_the_csv(real):
    """Each subaward action counts once: exact repeats and re-reports of one action (same
    prime award, subaward, subawardee, date and amount, in other FSRS reports) are one fact
    cited by each report; a report of another amount, on the same date too, is an action of
    its own, counted. Read as one subaward's corrected figure, five reports of one subaward
    dated 2021-09-26 (43,294.99 to 442,174.08) were one disputed fact showing the largest,
    the other four counted nowhere. A report naming the prime awardee its own subawardee
    (KNOWLEDGEBANK's "we have no subcontractor …") is no subcontract."""
    actions: dict = {}
    for row in _read(SUB_ICE):
        if row["subawardee_uei"] == row["prime_awardee_uei"]:
            continue  # the prime awardee filed as its own subawardee: no subcontract
        key = (
            row["prime_award_unique_key"],
            row["subaward_number"],
            row["subawardee_uei"],
            row["subaward_action_date"],
            Decimal(row["subaward_amount"]),
        )
        actions[key] = row["subawardee_parent_uei"] or row["subawardee_uei"]
    expected, count = defaultdict(Decimal), defaultdict(int)
    for key, owner in actions.items():
        expected[owner] += key[-1]
        count[owner] += 1
    totals, counts = _owner_totals(real, "subcontractor")
    assert totals == dict(expected)
    assert counts == dict(count)
    subs = [r for r in real.relationships if r.role == "subcontractor"]
    assert not [r for r in subs if r.disputed]
    # the reports of one action each cite it: HENRY SCHEIN's 78,624.00 of 2022-10-28, four times
    [refiled] = [r for r in subs if r.amount == Decimal("78624.00")]
    assert len({c.locator for c in refiled.citations}) == 4


# --- what kind of organisation a recipient is ----------------------------------------------

KINDS = RECORDS / "prime_awards_recipients.csv"


def test_recipient_types_follow_the_business_type_columns():
    result = build_with(("usaspending", KINDS))
    types = {e.label: e.type for e in result.registry if e.type != "Contract"}
    assert {k: v for k, v in types.items() if k.startswith(("TEST", "REGENTS"))} == {
        "TEST COUNTY SHERIFFS OFFICE": "GovernmentAgency",  # a county, though marked nonprofit
        "REGENTS OF TEST STATE UNIVERSITY": "ResearchOrganization",  # a state university
        "TEST LEGAL AID SOCIETY": "AdvocacyGroup",
        "TEST SOLUTIONS INC": "Company",
        "TEST OFFICE ALPHA": "GovernmentAgency",
    }
    assert result.violations == []


@needs_real
def test_real_counties_cities_and_universities_are_not_companies(real):
    types = {e.label: e.type for e in real.registry}
    assert types["ANOKA COUNTY"] == "GovernmentAgency"
    assert types["CITY OF COTTAGE GROVE"] == "GovernmentAgency"
    assert types["REGENTS OF THE UNIVERSITY OF MINNESOTA"] == "ResearchOrganization"


def test_the_prime_record_describes_its_contract_whichever_file_comes_first():
    """A subaward row also makes its prime award's Contract, with what it knows of it; read
    before the prime record, it must not keep the record's amounts and codes out."""
    prime_first = build_with(("usaspending", PRIME), ("usaspending", SUBS))
    subs_first = build_with(("usaspending", SUBS), ("usaspending", PRIME))
    contract = "cont-awd-test0001-7012-none-none"
    details = subs_first.registry.get(contract).details
    assert details == prime_first.registry.get(contract).details
    assert details.obligated == Decimal("1500.00") and details.award_type is not None


def test_one_award_named_with_two_suppliers_is_one_disputed_relationship(tmp_path):
    """A report naming another supplier for an award a record describes: one award, listed once
    by `contracts`, disputed on its subject; the record's supplier leads, the report's claim
    keeps the name it gives."""
    mapping = mapping_of(
        tmp_path,
        "vendor,buyer,value,link\n"
        "Westlaw Reporting Co,ICE,1000.50,https://www.usaspending.gov/award/"
        "CONT_AWD_TEST0001_7012_-NONE-_-NONE-/\n",
        "subject: {column: vendor, type: Company}\n"
        "relation: supplies\n"
        "object: {column: buyer, type: GovernmentAgency}\n"
        "qualifiers: {amount: value, currency: {value: USD}}\n"
        "citation: {url: link, title: 'Report of {vendor}', publisher: A Tracker}\n",
    )
    result = build_with(("usaspending", PRIME), ("mapping", mapping))
    [rel] = _award(result, "test0001")
    assert rel.subject == "west-publishing" and "subject" in rel.disputed_fields
    assert sorted(c.subject or "" for c in rel.claims)[-1] == "westlaw-reporting"
    query = get_query("contracts")
    rows = run(result.graph, query.text, bind_params(result.graph, query, {"agency": "ICE"}))
    assert [str(r["award"]) for r in rows].count("CONT_AWD_TEST0001_7012_-NONE-_-NONE-") == 1
    # Read back from the written graph, the claims come in the model's order (they tie on the
    # order the page shows them in), so a page drawn from graph.ttl is the build's page.
    write_outputs(result, tmp_path / "out")
    written = {r.iri: r for r in read_relationships(load_graph(tmp_path / "out" / "graph.ttl"))}
    made = model_relationships(result.registry, result.relationships, result.provenance)
    assert [r for r in made if written[r.iri] != r] == []


def test_a_withheld_or_added_up_recipient_names_no_party(tmp_path):
    """USAspending writes "REDACTED DUE TO PII" for a person it withholds and "MULTIPLE
    RECIPIENTS" for awards it adds up: read as names, each was one company holding every such
    award. Now those rows state nothing (USAspending names no party there by design, so they
    are no problem), "N/A" as a recipient is reported, and a parent written "N/A" is none."""
    rows = prime_rows()
    rows[0]["recipient_name"] = "REDACTED DUE TO PII"
    rows[1]["recipient_name"] = "Multiple  Recipients"
    rows[2]["recipient_parent_name"], rows[2]["recipient_parent_uei"] = "N/A", ""
    rows[3]["recipient_name"] = "N/A"
    path = write_rows(tmp_path / "prime.csv", rows)
    result = build_with(("usaspending", path))
    skipped = [p for p in problems(result) if "names no one" in p[3]]
    assert skipped == [
        ("prime.csv", 5, "recipient_name", "recipient 'N/A' names no one; the row is skipped")
    ]
    names = {label(result, r.subject) for r in relationships(result, "supplies")}
    names |= {label(result, r.object) for r in relationships(result, "partOf")}
    assert not {"REDACTED DUE TO PII", "Multiple  Recipients", "N/A"} & names
