"""Curated fact files: what is read, and how bad entries are reported and skipped."""

from decimal import Decimal
from pathlib import Path

import pytest
from support import MINI

from graphkit.exc import InputError, Location
from graphkit.extractors import get_extractor
from graphkit.extractors.base import ExtractContext
from graphkit.extractors.run import extract_path
from graphkit.model import PartialDate
from graphkit.sources.catalog import load_catalog


def context(tmp_path: Path, strict: bool = False) -> ExtractContext:
    catalog, problems = load_catalog([MINI / "data" / "sources.yaml"])
    assert problems == []
    return ExtractContext(catalog=catalog, root=tmp_path, strict=strict)


def extract(tmp_path: Path, name: str, text: str, strict: bool = False):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    ctx = context(tmp_path, strict)
    facts = list(extract_path(get_extractor("facts"), path, ctx))
    return facts, ctx.problems


def test_a_yaml_fact_keeps_qualifiers_and_catalogue_citation(tmp_path):
    facts, problems = extract(
        tmp_path,
        "f.yaml",
        """
- subject: clearview-ai
  relation: supplies
  object: ICE
  amount: 224000
  currency: USD
  start: 2020-08
  citations:
    - source: techcrunch-clearview-ice
      locator: paragraph 2
      quote: "the new contract   is worth $224,000"
""",
    )
    assert problems == []
    (fact,) = facts
    assert (fact.subject, fact.relation, fact.object) == ("clearview-ai", "supplies", "ICE")
    assert fact.amount == Decimal(224000) and fact.currency == "USD"
    assert fact.start == PartialDate(2020, 8)
    (cite,) = fact.citations
    assert (
        cite.source.url == "https://techcrunch.com/2020/08/14/clearview-ai-ice-hsi-contract-2020/"
    )
    assert cite.source.publisher == "TechCrunch"
    assert cite.quote == "the new contract is worth $224,000"
    assert cite.where == Location("f.yaml", 9)
    assert fact.where == Location("f.yaml", 2)


def test_a_csv_row_is_one_fact_with_one_citation(tmp_path):
    facts, problems = extract(
        tmp_path,
        "f.csv",
        (
            "subject,relation,object,start,url,title,publisher,date,locator\n"
            "palantir,supplies,ice,2014,https://example.org/a,A title,Example News,2019-05-02,para 3\n"
            "palantir,suplies,ice,2014,https://example.org/a,A title,Example News,2019-05-02,para 3\n"
        ),
    )
    (fact,) = facts
    assert fact.start == PartialDate(2014)
    assert fact.citations[0].source.published == PartialDate(2019, 5, 2)
    assert fact.where == Location("f.csv", 2)
    (problem,) = problems
    assert str(problem) == (
        "f.csv:3 [relation]: unknown relation 'suplies'; did you mean 'supplies'? relations are "
        "develops, supplies, uses, hosts, funds, partOf, leads, worksFor, opposes, supports, "
        "investigates, awardedContract"
    )


BAD_ENTRIES = [
    (
        "- subject: a\n  relation: uses\n  object: b\n",
        "f.yaml:1 [citations]: a fact needs at least one citation",
    ),
    (
        "- subject: a\n  relation: uses\n  object: b\n  start: 2019-13\n  citations: [{source: 404media-elite}]\n",
        "f.yaml:4 [start]: '2019-13' has no month 13",
    ),
    (
        "- subject: a\n  relation: uses\n  object: b\n  citations:\n    - source: 404-media\n",
        "f.yaml:5 [source]: unknown source '404-media'; did you mean '404media-elite'? add it to the "
        "source catalogue",
    ),
    (
        "- subject: a\n  relation: uses\n  object: b\n  citations:\n    - title: A record\n",
        "f.yaml:5 [url]: a citation needs a source with a url, or a locator",
    ),
    (
        "- subject: a\n  relation: uses\n  object: b\n  citations:\n    - url: javascript:alert(1)\n",
        "f.yaml:5 [url]: 'javascript:alert(1)' is not an http(s) URL",
    ),
    (
        "- subject: a\n  relation: uses\n  object: b\n  amount: 5\n  citations: [{source: 404media-elite}]\n",
        "f.yaml:1 [currency]: an amount needs a currency (e.g. currency: USD)",
    ),
    (
        "- subject: a\n  relation: uses\n  object: b\n  status: rumoured\n  citations: [{source: 404media-elite}]\n",
        "f.yaml:4 [status]: status must be one of confirmed, reported, alleged, denied, ended, planned",
    ),
    (
        "- subject: a\n  relation: uses\n  object: b\n  start: 2020\n  end: 2019\n"
        "  citations: [{source: 404media-elite}]\n",
        "f.yaml:5 [end]: end 2019 is before start 2020",
    ),
    (
        "- subject: a\n  relation: uses\n  object: b\n  citations:\n    - source: 404media-elite\n"
        "      confidence: 1.5\n",
        "f.yaml:6 [confidence]: confidence must be between 0 and 1",
    ),
    (
        "- subject: a\n  relaton: uses\n  object: b\n  citations: [{source: 404media-elite}]\n",
        "f.yaml:2 [relaton]: unknown field 'relaton'; fields are amount, citations, contract, currency, "
        "end, note, object, ongoing, product, relation, role, start, status, subject",
    ),
    (
        "- subject: a\n  relation: uses\n  object: b\n  citations: [{source: 404media-elite\n",
        "f.yaml:5 [None]: YAML syntax",
    ),
]


@pytest.mark.parametrize(("text", "message"), BAD_ENTRIES)
def test_a_bad_entry_is_reported_with_file_line_field_and_skipped(tmp_path, text, message):
    good = "- subject: c\n  relation: uses\n  object: d\n  citations: [{source: 404media-elite}]\n"
    facts, problems = extract(tmp_path, "f.yaml", text + (good if "syntax" not in message else ""))
    (problem,) = problems
    if "syntax" in message:
        assert str(problem).startswith("f.yaml:") and "YAML syntax" in str(problem)
        assert facts == []
    else:
        assert str(problem) == message
        assert [(f.subject, f.object) for f in facts] == [("c", "d")]


def test_strict_mode_stops_at_the_first_bad_entry(tmp_path):
    with pytest.raises(InputError, match=r"f.yaml:1 \[citations\]"):
        extract(tmp_path, "f.yaml", "- subject: a\n  relation: uses\n  object: b\n", strict=True)


def test_a_folder_is_read_in_name_order_skipping_hidden_files(tmp_path):
    fact = (
        "- subject: {0}\n  relation: uses\n  object: b\n  citations: [{{source: 404media-elite}}]\n"
    )
    (tmp_path / "b.yaml").write_text(fact.format("second"))
    (tmp_path / "a.yml").write_text(fact.format("first"))
    (tmp_path / ".draft.yaml").write_text(fact.format("hidden"))
    (tmp_path / "notes.txt").write_text("not a fact file")
    ctx = context(tmp_path)
    facts = list(extract_path(get_extractor("facts"), tmp_path, ctx))
    assert [f.subject for f in facts] == ["first", "second"]


def test_an_unknown_source_kind_lists_the_known_ones():
    from graphkit.exc import ConfigError

    with pytest.raises(ConfigError, match=r"unknown source kind 'fact' \(did you mean 'facts'\?\)"):
        get_extractor("fact")


def test_text_fields_keep_the_text_as_written_where_yaml_reads_a_number_or_a_date(tmp_path):
    facts, problems = extract(
        tmp_path,
        "f.yaml",
        """
- subject: 1984
  relation: opposes
  object: 3.10
  role: yes
  citations:
    - source: cnet-orlando-rekognition
      locator: 2001-12-14 21:59:43.10 -5
      quote: 12.50
""",
    )
    assert problems == []
    (fact,) = facts
    assert (fact.subject, fact.object, fact.role) == ("1984", "3.10", "yes")
    (citation,) = fact.citations
    assert (citation.locator, citation.quote) == ("2001-12-14 21:59:43.10 -5", "12.50")


def test_an_amount_keeps_every_digit_as_written(tmp_path):
    # YAML reads these as numbers: a float keeps 17 digits, octal-looking text another number.
    facts, problems = extract(
        tmp_path,
        "f.yaml",
        """
- subject: palantir
  relation: supplies
  object: ice
  amount: 123456789012.123456
  currency: USD
  citations: [{source: cnet-orlando-rekognition}]
- subject: palantir
  relation: supplies
  object: dhs
  amount: 0012
  currency: USD
  citations: [{source: cnet-orlando-rekognition}]
""",
    )
    assert problems == []
    assert [fact.amount for fact in facts] == [Decimal("123456789012.123456"), Decimal(12)]


def test_registry_and_catalogue_keep_labels_and_identifiers_as_written(tmp_path):
    from graphkit.sources.registry import load_registry  # noqa: PLC0415

    entities = tmp_path / "entities.yaml"
    entities.write_text(
        "- id: ten\n  label: 3.10\n  type: Company\n  duns: 012345670\n", encoding="utf-8"
    )
    registry, problems = load_registry([entities])
    assert problems == []
    (entity,) = list(registry)
    assert entity.label == "3.10" and dict(entity.identifiers)["duns"] == "012345670"
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        "- id: report\n  url: https://example.org/r\n  title: 2.50\n  publisher: 1e3\n",
        encoding="utf-8",
    )
    catalog, problems = load_catalog([sources])
    assert problems == [] and catalog["report"].title == "2.50"


def test_a_tsv_fact_file_in_a_facts_folder_is_read(tmp_path):
    # A spreadsheet's "Text (tab-delimited)" export: it was passed over unsaid, its facts missing
    # from the graph with exit 0.
    folder = tmp_path / "facts"
    folder.mkdir()
    (folder / "more.tsv").write_text(
        "subject\trelation\tobject\tsource\tlocator\tquote\n"
        'palantir\tsupplies\tice\t404media-elite\tparagraph 1\t"ICE, HSI and CBP"\n',
        encoding="utf-8",
    )
    ctx = context(tmp_path)
    (fact,) = extract_path(get_extractor("facts"), folder, ctx)
    assert ctx.problems == []
    assert (fact.subject, fact.relation, fact.object) == ("palantir", "supplies", "ice")
    assert fact.citations[0].quote == "ICE, HSI and CBP"
    assert fact.where == Location("facts/more.tsv", 2)


def test_a_citation_naming_a_catalogue_entry_and_another_document_is_reported(tmp_path):
    # It was cited to the catalogue entry, the URL and date it gave dropped unsaid (exit 0).
    facts, problems = extract(
        tmp_path,
        "f.yaml",
        """
- subject: clearview-ai
  relation: supplies
  object: ICE
  citations:
    - source: techcrunch-clearview-ice
      url: https://techcrunch.com/2021/01/05/a-follow-up/
- subject: clearview-ai
  relation: supplies
  object: ICE
  citations:
    - source: techcrunch-clearview-ice
      url: http://techcrunch.com/2020/08/14/clearview-ai-ice-hsi-contract-2020
      title: Clearview AI landed a new facial recognition contract with ICE
      date: 2020-08-14
""",
    )
    assert [str(p) for p in problems] == [
        "f.yaml:7 [url]: source 'techcrunch-clearview-ice' has url "
        "'https://techcrunch.com/2020/08/14/clearview-ai-ice-hsi-contract-2020/', this citation "
        "'https://techcrunch.com/2021/01/05/a-follow-up/': give the document by its catalogue id "
        "or inline (url, title, ...), not both"
    ]
    (fact,) = facts  # what agrees with the entry, its URL written another way too, is read
    assert fact.citations[0].source.id == "techcrunch-clearview-ice"
    assert fact.where == Location("f.yaml", 8)
