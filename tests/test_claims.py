"""The claim model: disputed facts keep every source's claim, copies are not corroboration,
status follows the source, unknown ends stay unknown, one award is one relationship."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Literal
from records_support import mapping_of
from support import MINI, TESTS, built_graph, copy_project, invoke

from graphkit.build.pipeline import build
from graphkit.config import SourceSpec, load_config
from graphkit.model import Fact
from graphkit.network import to_network
from graphkit.query.named import get_query, run, to_table
from graphkit.rdf.store import load_graph
from graphkit.resolve.merge import merge
from graphkit.resolve.provenance import Provenance
from graphkit.sources.catalog import load_catalog
from graphkit.viz.data import page_data
from graphkit.vocab import REL, TG

CLAIMS = TESTS / "fixtures" / "claims"
PRIME = TESTS / "fixtures" / "records" / "prime_awards.csv"
FACTS = "data/facts/claims.yaml"


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    out = tmp_path_factory.mktemp("claims")
    return built_graph(CLAIMS, out)


@pytest.fixture(scope="module")
def result():
    return build(load_config(CLAIMS / "graphkit.toml"))


def _rel(result, subject, relation, obj):
    [rel] = [
        r
        for r in result.relationships
        if (r.subject, r.relation, r.object) == (subject, relation, obj)
    ]
    return rel


# --- disagreement --------------------------------------------------------------------------


def test_two_amounts_and_a_denial_are_three_claims_of_one_disputed_relationship(result):
    rel = _rel(result, "clearview-ai", "supplies", "ice")
    assert rel.disputed and rel.disputed_fields == ["amount", "denied"]
    assert [(c.amount, c.denied, c.citations[0].source.id) for c in rel.claims] == [
        (Decimal(224000), False, "outlet-a-224k"),
        (Decimal(250000), False, "outlet-b-250k"),
        (None, True, "clearview-statement"),
    ]
    assert len(rel.citations) == 3  # nothing dropped
    assert rel.independent_sources == 2  # the denial does not count as support
    assert result.report["counts"]["disputed"] == 1
    assert result.report["disputed"] == [
        {
            "claims": 3,
            "fields": ["amount", "denied"],
            "id": rel.id,
            "object": "ice",
            "relation": "supplies",
            "subject": "clearview-ai",
        }
    ]


def test_the_graph_marks_the_relationship_disputed_and_lists_each_claim_with_its_citation(
    result,
):
    rel = _rel(result, "clearview-ai", "supplies", "ice")
    graph, node = result.graph, REL[rel.id]
    assert graph.value(node, TG.disputed) == Literal(True)
    assert graph.value(node, TG.independentSources) == Literal(2)
    claims = sorted(graph.objects(node, TG.claim))
    assert len(claims) == 3
    said = sorted(
        (
            str(graph.value(c, TG.amount)),
            str(graph.value(c, TG.status)),
            str(graph.value(graph.value(graph.value(c, TG.citation), TG.source), TG.title)),
        )
        for c in claims
    )
    assert said == [
        ("224000.0", "reported", "TEST Clearview AI wins a $224,000 ICE contract"),
        ("250000.0", "reported", "TEST Clearview AI's ICE deal is worth $250,000"),
        ("None", "denied", "TEST Statement on reports of an ICE contract"),
    ]
    # Agreeing relationships say so too, so a reader can filter on the flag.
    letter = _rel(result, "amazon-employees", "opposes", "palantir")
    assert graph.value(REL[letter.id], TG.disputed) == Literal(False)
    assert result.violations == []


def test_each_claim_sits_in_the_named_graph_of_the_source_that_makes_it(result):
    from graphkit.rdf.iris import source_iri

    rel = _rel(result, "clearview-ai", "supplies", "ice")
    denial = rel.claims[2]
    graph = result.dataset.graph(source_iri(denial.citations[0].source))
    [claim] = graph.objects(REL[rel.id], TG.claim)
    assert graph.value(claim, TG.denied) == Literal(True)


def test_conflicts_lists_every_claim_and_its_source_side_by_side(claims):
    shown = invoke("conflicts", "--graph", claims)
    assert shown.exit_code == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0].startswith(
        "⚠ Clearview AI supplies U.S. Immigration and Customs Enforcement  "
        "(disputed: amount, denied; relationship "
    )
    assert lines[1].split() == [
        "claim", "buyer", "valid", "time", "amount", "product", "status", "sources",
    ]  # fmt: skip
    assert "2020-08 onwards, end not known  224,000 USD" in lines[2]
    # each source with the file and line that cite it
    assert lines[2].endswith(
        "reported   TEST Outlet A <https://news-a.example.org/clearview-ice-224000> "
        "(data/facts/claims.yaml:9)"
    )
    assert "250,000 USD" in lines[3] and "TEST Outlet B" in lines[3]
    assert lines[4].split()[:3] == ["3", "denies", "it"]
    assert lines[4].endswith(
        "TEST Clearview AI <https://clearview.example.com/statement-on-ice> "
        "(data/facts/claims.yaml:27)"
    )
    assert len(lines) == 5


def test_conflicts_json_and_a_filter_on_one_entity(claims):
    shown = invoke("conflicts", "Clearview", "--graph", claims, "--format", "json")
    [dispute] = json.loads(shown.stdout)
    assert (dispute["kind"], dispute["fields"]) == ("relationship", ["amount", "denied"])
    assert [(c["amount"], c["denied"], c["source"], c["lines"]) for c in dispute["claims"]] == [
        ("224000", False, "TEST Clearview AI wins a $224,000 ICE contract", [FACTS + ":9"]),
        ("250000", False, "TEST Clearview AI's ICE deal is worth $250,000", [FACTS + ":19"]),
        (None, True, "TEST Statement on reports of an ICE contract", [FACTS + ":27"]),
    ]
    none = invoke("conflicts", "amazon", "--graph", claims)
    assert none.stdout == "no disputed facts: where sources state a fact, they agree\n"


def test_show_marks_the_disputed_fact_and_prints_each_claim(claims):
    text = invoke("show", "clearview-ai", "--graph", claims).stdout
    assert (
        "  U.S. Immigration and Customs Enforcement  [⚠ disputed: amount, denied; "
        "2020-08 onwards, end not known; 224,000 USD]\n"
        "    ⚠ claim: 2020-08 onwards, end not known; 224,000 USD; reported — TEST Outlet A\n"
        "    ⚠ claim: 2020-08 onwards, end not known; 250,000 USD; reported — TEST Outlet B\n"
        "    ⚠ claim: denies it — TEST Clearview AI\n"
    ) in text
    info = json.loads(invoke("show", "clearview-ai", "--graph", claims, "--format", "json").stdout)
    [fact] = info["relations"]["supplies"]
    assert (fact["disputed"], fact["corroboration"], len(fact["claims"])) == (True, 2, 3)
    [develops] = info["relations"]["develops"]
    assert (develops["disputed"], develops["corroboration"], develops["claims"]) == (False, 1, [])


def test_single_source_lists_the_disputed_fact_and_the_letter_reported_three_times(claims):
    table = to_table(run(load_graph(claims), get_query("single-source").text), ("sources",))
    rows = {(str(r[0]), str(r[1]), str(r[2])): (int(r[5]), r[6].toPython()) for r in table.rows}
    assert rows[("Clearview AI", "supplies", "U.S. Immigration and Customs Enforcement")] == (
        2,
        True,
    )  # two outlets, but they disagree: not corroborated
    assert rows[("Amazon employees", "opposes", "Palantir Technologies")] == (1, False)


def test_the_page_carries_the_dispute_and_each_claim_as_data(claims):
    data = page_data(to_network(load_graph(claims)))
    [edge] = [e for e in data["edges"] if e["disputed"]]
    assert [(c["amount"], c["denied"], c["source"], c["url"]) for c in edge["claims"]] == [
        (
            "224000",
            False,
            "TEST Clearview AI wins a $224,000 ICE contract",
            "https://news-a.example.org/clearview-ice-224000",
        ),
        (
            "250000",
            False,
            "TEST Clearview AI's ICE deal is worth $250,000",
            "https://news-b.example.org/clearview-ice-250000",
        ),
        (
            None,
            True,
            "TEST Statement on reports of an ICE contract",
            "https://clearview.example.com/statement-on-ice",
        ),
    ]
    assert all(e["claims"] == [] for e in data["edges"] if not e["disputed"])


# --- independence and status ---------------------------------------------------------------


def test_copies_of_one_letter_are_one_independent_source_and_the_fact_is_alleged(result):
    rel = _rel(result, "amazon-employees", "opposes", "palantir")
    assert len({c.source.key for c in rel.citations}) == 4
    assert rel.independent_sources == 1
    assert rel.status == "alleged"
    graph = result.graph
    assert (
        REL[rel.id],
        TG.independentSources,
        Literal(1),
    ) in graph
    outlet_c = [c.source for c in rel.citations if c.source.id == "outlet-c-letter"][0]
    from graphkit.rdf.iris import source_iri

    chain = list(graph.transitive_objects(source_iri(outlet_c), TG.derivedFrom))
    assert [str(graph.value(s, TG.title)) for s in chain[1:]] == [
        "TEST Amazon workers' letter",
        "TEST Letter from Amazon employees to the CEO",
    ]


def test_status_follows_the_kind_of_source(result):
    assert _rel(result, "ice", "partOf", "dhs").status == "confirmed"  # a record
    assert _rel(result, "amazon", "hosts", "palantir").status == "reported"  # a news article
    counts = result.report["counts"]
    assert counts["by_status"] == {"alleged": 1, "confirmed": 2, "reported": 4}
    assert counts["single_source"] == 6


# --- time ----------------------------------------------------------------------------------


def test_an_unknown_end_is_not_ongoing(claims, result):
    hosting = _rel(result, "amazon", "hosts", "palantir")
    assert hosting.ongoing is True
    assert result.graph.value(REL[hosting.id], TG.ongoing) == Literal(True)
    letter = _rel(result, "amazon-employees", "opposes", "palantir")
    assert letter.ongoing is None
    assert result.graph.value(REL[letter.id], TG.ongoing) is None
    text = invoke("timeline", "palantir", "--graph", claims).stdout
    assert "2018-06 onwards, end not known     Palantir Technologies opposed by" in text
    assert "2019-07 to present (ongoing)       Palantir Technologies hosted by Amazon" in text


def test_an_ongoing_fact_with_an_end_is_refused(tmp_path):
    project = copy_project(CLAIMS, tmp_path / "p")
    facts = project / "data" / "facts" / "claims.yaml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace(
            "  ongoing: true\n", "  ongoing: true\n  end: 2020-01\n"
        ),
        encoding="utf-8",
    )
    problems = build(load_config(project / "graphkit.toml")).problems
    assert [(p.line, p.field, p.message) for p in problems] == [
        (60, "ongoing", "a fact that ended 2020-01 is not ongoing")
    ]


# --- products-in-use -----------------------------------------------------------------------


def test_products_in_use_prints_a_developer_name_as_written(claims):
    shown = invoke("query", "products-in-use", "--graph", claims, "--format", "csv")
    assert shown.stdout.splitlines()[1].split(",")[5] == "Clearview AI"


# --- one award, one relationship -----------------------------------------------------------


@pytest.fixture(scope="module")
def with_record():
    return build(
        load_config(CLAIMS / "graphkit.toml"), extra_sources=[SourceSpec("usaspending", PRIME)]
    )


def test_a_curated_award_and_its_record_are_one_relationship(with_record):
    [rel] = [
        r for r in with_record.relationships if r.subject == "palantir" and r.relation == "supplies"
    ]
    assert rel.contract == "cont-awd-test0003-7012-none-none"
    assert rel.amount == Decimal(42000000)
    assert rel.role == "case management"
    assert sorted(c.extractor for c in rel.citations) == ["facts", "usaspending"]
    # The curated catalogue entry and the record's permalink are one document, one witness.
    assert rel.independent_sources == 1 and rel.status == "confirmed"
    assert not rel.disputed


def test_an_award_id_written_two_ways_is_reported_with_file_and_line(with_record):
    [warning] = [w for w in with_record.warnings if "award id" in w.message]
    assert (Path(warning.path).name, warning.line, warning.field) == ("claims.yaml", 45, "contract")
    assert warning.message == (
        "award id 'TEST-0003' is written 'TEST0003' in this fact's permalink or record; "
        "both are read as one award, write it one way"
    )


@pytest.mark.parametrize("subcontract_first", [True, False])
def test_a_denial_finds_the_subcontract_it_denies_whatever_the_order(subcontract_first):
    """A subcontract cited by its prime award's number, and a denial of it: the denial disputes
    the subcontract, never the prime award, and the order the facts come in changes nothing."""
    sub = Fact("amazon", "supplies", "palantir", award="X")
    prime = Fact("palantir", "supplies", "ice", award="X")
    denial = Fact("amazon", "supplies", "palantir", status="denied")
    facts = [sub, prime, denial] if subcontract_first else [prime, sub, denial]
    relationships, _ = merge(facts)
    found = {(r.subject, r.object): r.disputed for r in relationships}
    assert found == {("amazon", "palantir"): True, ("palantir", "ice"): False}


def test_a_parent_denying_its_units_award_disputes_it():
    relationships, _ = merge(
        [
            Fact("palantir-usg", "supplies", "ice", award="X"),
            Fact("palantir", "supplies", "ice", award="X", status="denied"),
            Fact("palantir-usg", "partOf", "palantir"),
        ]
    )
    [award] = [r for r in relationships if r.relation == "supplies"]
    assert award.disputed and "denied" in award.disputed_fields


def test_a_subcontract_or_another_firms_denial_citing_an_award_is_not_the_award(tmp_path):
    """One award is one relationship whoever a source names as its supplier, but a fact whose
    buyer is the award's supplier states a subcontract, and a firm that denies the award of
    itself denies nothing of the award's supplier: each stays a relationship of its own."""
    project = copy_project(MINI, tmp_path / "p")
    facts = project / "data" / "facts" / "ice.yaml"
    cite = "  citations:\n    - title: {t}\n      url: https://example.org/{u}\n"
    cite += "      locator: award HSCETC14C00002\n"
    facts.write_text(
        facts.read_text(encoding="utf-8")
        + "- subject: amazon\n  relation: supplies\n  object: palantir\n"
        + cite.format(t="Amazon hosts Palantir's ICM", u="amazon-icm")
        + "- subject: clearview-ai\n  relation: supplies\n  object: ice\n  status: denied\n"
        + cite.format(t="Clearview statement", u="clearview-statement"),
        encoding="utf-8",
    )
    result = build(load_config(project / "graphkit.toml"))
    supplies = {(r.subject, r.object): r for r in result.relationships if r.relation == "supplies"}
    assert not supplies["palantir", "ice"].disputed
    assert supplies["amazon", "palantir"].status != "denied"
    denied = [
        r for r in result.relationships if r.subject == "clearview-ai" and r.status == "denied"
    ]
    assert len(denied) == 1


# --- decisions ------------------------------------------------------------------------------


def test_a_decision_about_a_one_off_import_is_kept_and_reported_once_as_inactive(tmp_path):
    plain = build(load_config(CLAIMS / "graphkit.toml"))
    assert plain.ok
    [inactive] = [w for w in plain.warnings if "inactive" in w.message]
    assert (inactive.line, inactive.field) == (2, "different")
    shown = invoke("build", "--config", CLAIMS / "graphkit.toml", "--out", tmp_path / "out")
    assert shown.exit_code == 0, shown.stderr
    assert shown.stderr.count("inactive") == 1
    with_import = build(
        load_config(CLAIMS / "graphkit.toml"), extra_sources=[SourceSpec("usaspending", PRIME)]
    )
    assert not [w for w in with_import.warnings if "inactive" in w.message]


# --- derived_from input errors -------------------------------------------------------------


def test_unknown_and_circular_derived_from_are_reported_and_the_build_goes_on(tmp_path):
    project = copy_project(CLAIMS, tmp_path / "p")
    sources = project / "data" / "sources.yaml"
    text = sources.read_text(encoding="utf-8")
    text = text.replace("  derived_from: employee-letter\n", "  derived_from: no-such-letter\n", 1)
    text = text.replace("  kind: letter\n", "  kind: letter\n  derived_from: outlet-c-letter\n")
    sources.write_text(text, encoding="utf-8")
    result = build(load_config(project / "graphkit.toml"))
    assert [(Path(p.path).name, p.line, p.field, p.message) for p in result.problems] == [
        (
            "sources.yaml",
            38,
            "derived_from",
            "derived_from names unknown source 'no-such-letter'; give a source id from this "
            "catalogue or the original's URL",
        ),
        (
            "sources.yaml",
            31,
            "derived_from",
            "derived_from makes a cycle (employee-letter -> outlet-c-letter -> outlet-b-letter "
            "-> employee-letter); a source cannot report itself, so this row's derived_from is "
            "ignored",
        ),
    ]
    assert len(result.relationships) == 7 and result.violations == []


def test_an_article_naming_its_original_in_front_matter_is_not_a_second_witness(tmp_path):
    project = copy_project(CLAIMS, tmp_path / "p")
    articles = project / "articles"
    articles.mkdir()
    (articles / "copy.md").write_text(
        "---\n"
        "url: https://news-d.example.org/amazon-letter\n"
        "title: TEST Amazon workers write again\n"
        "publisher: TEST Outlet D\n"
        "date: 2018-06-23\n"
        "derived_from: employee-letter\n"
        "---\n\n"
        "Amazon employees oppose Palantir, the letter says.\n",
        encoding="utf-8",
    )
    (articles / "bad.md").write_text(
        "---\n"
        "url: https://news-e.example.org/amazon-letter\n"
        "title: TEST Another copy\n"
        "derived_from: no-such-source\n"
        "---\n\n"
        "Amazon employees oppose Palantir.\n",
        encoding="utf-8",
    )
    result = build(
        load_config(project / "graphkit.toml"), extra_sources=[SourceSpec("article", articles)]
    )
    [rel] = [
        r
        for r in result.relationships
        if r.relation == "opposes" and r.start is None  # the articles give no date
    ]
    assert sorted(c.source.title for c in rel.citations) == [
        "TEST Amazon workers write again",
        "TEST Another copy",
    ]
    # Outlet D reports the letter (one original, which alleges); the bad reference leaves the
    # other copy counted as its own original, and says so.
    assert rel.independent_sources == 2
    assert rel.status == "reported"
    letter_only = [c for c in rel.citations if c.source.title.endswith("again")]
    assert Provenance(result_catalog(project)).status(c.source for c in letter_only) == "alleged"
    [problem] = [p for p in result.problems if p.field == "derived_from"]
    assert Path(problem.path).name == "bad.md"
    assert "unknown source 'no-such-source'" in problem.message


def result_catalog(project: Path) -> dict:
    catalog, problems = load_catalog([project / "data" / "sources.yaml"])
    assert problems == []
    return catalog


def test_the_shapes_refuse_a_disputed_relationship_without_its_claims(result):
    from rdflib import Graph

    from graphkit.rdf.validation import validate_graph

    rel = REL[_rel(result, "clearview-ai", "supplies", "ice").id]
    graph = Graph()
    for triple in result.graph:
        graph.add(triple)
    for claim in list(graph.objects(rel, TG.claim))[1:]:
        graph.remove((rel, TG.claim, claim))
    messages = {v.message for v in validate_graph(graph)}
    assert "a disputed relationship lists its competing claims (two or more tg:claim)" in messages
    graph.set((rel, TG.independentSources, Literal(-1)))
    messages = {v.message for v in validate_graph(graph)}
    assert "a relationship counts its independent sources once (a non-negative integer)" in messages


def test_a_mapping_row_and_a_curated_fact_naming_one_award_are_one_relationship(tmp_path):
    mapping = mapping_of(
        tmp_path,
        "recipient,agency,award,amount,start,url\n"
        "PALANTIR TECHNOLOGIES INC.,ICE,TEST0003,42000000,2019-09-25,"
        "https://www.usaspending.gov/award/CONT_AWD_TEST0003_7012_-NONE-_-NONE-/\n",
        "subject: {column: recipient, type: Company}\n"
        "relation: supplies\n"
        "object: {column: agency, type: GovernmentAgency}\n"
        "qualifiers: {amount: amount, currency: {value: USD}, start: start, contract: award}\n"
        "citation: {url: url, title: 'TEST award {award}', publisher: USAspending.gov}\n",
    )
    result = build(
        load_config(CLAIMS / "graphkit.toml"), extra_sources=[SourceSpec("mapping", mapping)]
    )
    [rel] = [
        r for r in result.relationships if r.relation == "supplies" and r.subject == "palantir"
    ]
    assert rel.amount == Decimal(42000000) and not rel.disputed
    assert rel.contract is not None and rel.role == "case management"
    assert sorted(c.extractor for c in rel.citations) == ["facts", "mapping"]
    query = get_query("contracts")
    from graphkit.query.named import bind_params

    table = to_table(
        run(result.graph, query.text, bind_params(result.graph, query, {"agency": "ICE"}))
    )
    assert [str(row[7]) for row in table.rows if str(row[0]) == "Palantir Technologies"] == [
        "TEST0003"
    ]


def _palantir_award_naming(tmp_path, contract: str, with_record: bool):
    """The claims project's curated Palantir award (a record's TEST0003) with `contract:` set."""
    project = copy_project(CLAIMS, tmp_path / "claims")
    facts = project / "data" / "facts" / "claims.yaml"
    text = facts.read_text(encoding="utf-8")
    cited = "  role: case management\n  citations:\n  - source: usaspending-TEST0003\n"
    assert cited in text
    named = cited.replace("  citations:\n", f"  contract: {contract}\n  citations:\n")
    facts.write_text(text.replace(cited, named), encoding="utf-8")
    extra = [SourceSpec("usaspending", PRIME)] if with_record else []
    return build(load_config(project / "graphkit.toml"), extra_sources=extra)


@pytest.mark.parametrize("contract", ["TEST-0003", "TEST0003", "ICE", "palantir"])
def test_a_curated_award_s_contract_is_the_award_s_contract_and_folds_nothing_else(
    tmp_path, contract
):
    # Its award id written either way, or a name that is no Contract's: the record's Contract.
    result = _palantir_award_naming(tmp_path, contract, with_record=True)
    award = "cont-awd-test0003-7012-none-none"
    (rel,) = [r for r in result.relationships if r.subject == "palantir" and r.contract == award]
    assert {c.extractor for c in rel.citations} == {"facts", "usaspending"}  # one award, once
    # ICE and Palantir stay themselves: naming them as a contract never folds them into one.
    assert {"ice", "palantir"} <= {e.id for e in result.registry}
    assert any(r.object == "ice" for r in result.relationships)
    assert not [p for p in result.problems if p.field == "contract"]


def test_a_contract_naming_nothing_is_left_out_with_a_warning_and_the_fact_kept(tmp_path):
    result = _palantir_award_naming(tmp_path, '"HSCETC 14 C00002"', with_record=False)
    (warning,) = [w for w in result.warnings if "names no Contract" in w.message]
    assert (warning.path, warning.field) == ("data/facts/claims.yaml", "contract")
    assert "'HSCETC 14 C00002'" in warning.message
    kept = [r for r in result.relationships if r.subject == "palantir" and r.amount == 42000000]
    assert kept and kept[0].contract is None


def _dated(start, amount=None, source="outlet-a-224k", status=None):
    from graphkit.model import Citation, Fact, PartialDate, SourceDoc  # noqa: PLC0415

    return Fact(
        "clearview-ai",
        "supplies",
        "ice",
        [Citation(SourceDoc(id=source, url=f"https://example.org/{source}"), locator="p. 1")],
        start=PartialDate.parse(start) if start else None,
        amount=Decimal(amount) if amount else None,
        currency="USD" if amount else None,
        status=status,
    )


def test_one_fact_given_to_the_month_and_to_the_day_is_one_relationship_counted_once():
    from graphkit.resolve.merge import merge  # noqa: PLC0415

    rels, _ = merge([_dated("2020-08", "224000"), _dated("2020-08-12", "224000", "outlet-b")])
    [rel] = rels
    assert (str(rel.start), rel.amount, len(rel.citations)) == ("2020-08-12", 224000, 2)
    assert not rel.disputed
    # The same in the other order, and with the year alone: one relationship, the same id.
    again, _ = merge(
        [_dated("2020", "224000", "c"), *reversed([_dated("2020-08-12"), _dated("2020-08")])]
    )
    assert [r.id for r in again] == [rel.id]


def test_a_date_that_agrees_with_two_facts_stays_apart_and_a_dated_denial_denies_its_own():
    from graphkit.resolve.merge import merge  # noqa: PLC0415

    rels, _ = merge(
        [_dated("2020-08"), _dated("2020-09", source="b"), _dated("2020", source="c"),
         _dated("2020-08", source="statement", status="denied")]
    )  # fmt: skip
    by_start = {str(r.start): r for r in rels}
    assert sorted(by_start) == ["2020", "2020-08", "2020-09"]
    disputed = sorted(start for start, r in by_start.items() if r.disputed)
    assert disputed == ["2020-08"]  # not "2020", which may be September's


def test_a_dated_denial_is_read_against_the_start_a_fact_is_known_by_in_any_order():
    from graphkit.resolve.merge import merge  # noqa: PLC0415

    stated = [_dated("2020-08"), _dated("2020-08-12", source="b")]
    for facts in (stated, stated[::-1]):
        # The 20th is not the 12th, which the month-dated source also means.
        other_day = _dated("2020-08-20", source="statement", status="denied")
        rels, _ = merge([*facts, other_day])
        assert sorted((str(r.start), r.disputed) for r in rels) == [
            ("2020-08-12", False),
            ("2020-08-20", False),
        ]
        # A denial of the month denies the fact of that month, known to the day.
        month = _dated("2020-08", source="statement", status="denied")
        [rel] = merge([*facts, month])[0]
        assert rel.disputed and str(rel.start) == "2020-08-12"
    # A denial of one day never denies a fact known only to the year.
    rels, _ = merge(
        [_dated("2020-08-12"), _dated("2020-09-01", source="b"), _dated("2020", source="c"),
         _dated("2020-08-12", source="statement", status="denied")]
    )  # fmt: skip
    assert sorted(str(r.start) for r in rels if r.disputed) == ["2020-08-12"]


def test_conflicts_lists_the_contested_fields_sorted_on_the_store_and_on_every_graph_file(
    tmp_path,
):
    """The `fields` column is one sorted list whichever engine ran the query: the store, or a
    graph file read into memory, may meet a fact's disputed fields in another order."""
    project = copy_project(CLAIMS, tmp_path / "project")
    config = project / "graphkit.toml"
    assert invoke("build", "--config", config).exit_code in (0, 1)  # (its fixture warns)
    answers = []
    for given in ([], *(["--graph", project / "output" / f] for f in ("graph.ttl", "graph.nq"))):
        result = invoke("query", "conflicts", "--config", config, "--format", "jsonl", *given)
        assert result.exit_code == 0, result.stderr
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        answers.append({row["rel"]["value"]: row["fields"]["value"] for row in rows})
    assert answers[0] == answers[1] == answers[2]
    assert "amount | denied" in answers[0].values()
