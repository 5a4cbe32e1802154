"""A fact table's header as a spreadsheet writes it: in any case, with spaces around its names,
after a byte-order mark, quoted. Columns that are one column so are refused, naming both."""

from __future__ import annotations

import pytest
from support import build_with_facts, invoke

ROW = "Clearview AI,supplies,ICE,224000,USD,https://example.org/a,A title,2020-08-14,para 2\n"


def build(tmp_path, name: str, data: bytes):
    return build_with_facts(tmp_path, {name: data})


def clearview_supplies(tmp_path) -> list[str]:
    ran = invoke("show", "clearview-ai", "--graph", tmp_path / "out" / "graph.ttl")
    return [line for line in ran.stdout.splitlines() if "example.org/a" in line]


@pytest.mark.parametrize(
    "header",
    [
        "Subject,Relation,Object,Amount,Currency,URL,Title,Date,Locator",
        "SUBJECT,RELATION,OBJECT,AMOUNT,CURRENCY,URL,TITLE,DATE,LOCATOR",
        " subject , relation ,object,amount,currency,url,title,date,locator",
        '"Subject","Relation","Object","Amount","Currency","Url","Title","Date","Locator"',
        "\ufeffSubject,Relation,Object,Amount,Currency,URL,Title,Date,Locator",
    ],
)
def test_a_header_in_any_case_or_with_spaces_reads_every_row(tmp_path, header):
    ran, report = build(tmp_path, "mine.csv", (header + "\n" + ROW).encode("utf-8"))
    assert report["skipped"] == []
    assert ran.exit_code == 0, ran.stderr
    assert clearview_supplies(tmp_path), "the fact is in the graph, cited to its row"


def test_a_tsv_header_in_capitals_reads_too(tmp_path):
    header = "Subject\tRelation\tObject\tAmount\tCurrency\tURL\tTitle\tDate\tLocator\n"
    ran, report = build(tmp_path, "mine.tsv", (header + ROW.replace(",", "\t")).encode())
    assert (ran.exit_code, report["skipped"]) == (0, [])


def test_two_columns_that_are_one_without_case_are_refused_naming_both(tmp_path):
    header = "subject,relation,object,Subject,url,title,date,locator\n"
    row = "clearview-ai,supplies,ICE,palantir,https://example.org/a,A title,2020-08-14,para 2\n"
    ran, report = build(tmp_path, "mine.csv", (header + row).encode())
    assert ran.exit_code == 1
    assert report["skipped"] == [
        {
            "file": "data/facts/mine.csv",
            "line": 1,
            "field": "Subject",
            "message": "column 'Subject' (column 4) is column 'subject' (column 1) again: a row "
            "would keep one of its cells and drop the other; remove or rename one",
        }
    ]
    assert "skipped: data/facts/mine.csv:1 [Subject]: column 'Subject'" in ran.stderr


def test_an_unknown_column_is_named_as_the_file_spells_it(tmp_path):
    header = "Subject,Relation,Object,Vendor Name,URL,Title,Date,Locator\n"
    ran, report = build(tmp_path, "mine.csv", (header + ROW).encode())
    assert ran.exit_code == 1
    ((entry),) = report["skipped"]
    assert (entry["file"], entry["line"], entry["field"]) == (
        "data/facts/mine.csv",
        1,
        "Vendor Name",
    )
    assert entry["message"].startswith("unknown column 'Vendor Name'; columns are amount,")


def test_cells_read_as_a_record_table_s_are_read(tmp_path):
    # a spreadsheet's text mark before a date or a number, curly quotes around a name, a
    # zero-width space pasted from a web page: what record tables pass over, fact tables too
    header = "subject,relation,object,start,amount,currency,url,title,locator\n"
    row = (
        "\u201cClearview AI\u201d,supplies,ICE,'2021-05-07,'224000,USD,"
        "https://example.org/a,A title\u200b,para 2\n"
    )
    ran, report = build(tmp_path, "mine.csv", (header + row).encode("utf-8"))
    assert (ran.exit_code, report["skipped"]) == (0, [])
    (cited,) = clearview_supplies(tmp_path)
    assert cited.strip() == "- A title <https://example.org/a> (para 2)"
    shown = invoke("show", "clearview-ai", "--graph", tmp_path / "out" / "graph.ttl").stdout
    assert "[2021-05-07 onwards, end not known; 224,000 USD]" in shown
