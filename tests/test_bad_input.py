"""Input that is not whole or not possible is reported with file:line and left out; the rest
of the build goes on, and nothing wrong reaches the graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from support import MINI, copy_project, invoke, run_graphkit

from graphkit.build.outputs import write_outputs
from graphkit.build.pipeline import build
from graphkit.config import SourceSpec, load_config
from graphkit.vocab import TG

CSV_HEADER = "subject,relation,object,amount,currency,source,locator\n"
WHOLE_ROW = "palantir,supplies,ice,7000000,USD,404media-elite,paragraph 3\n"
FACT = """\
- subject: palantir
  relation: supplies
  object: hsi
{extra}  citations:
    - source: 404media-elite
      locator: paragraph 4
"""


def built_with(tmp_path, name: str, content: str | bytes):
    project = copy_project(MINI, tmp_path / "p")
    path = project / "data" / "facts" / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return build(load_config(project / "graphkit.toml"))


def problems(result):
    return [(p.path, p.line, p.field, p.message) for p in result.problems]


def amounts(result) -> set[str]:
    return {str(r.amount) for r in result.relationships if r.amount is not None}


def test_a_csv_cut_off_in_its_last_row_is_refused_not_read_short(tmp_path):
    result = built_with(tmp_path, "cut.csv", CSV_HEADER + WHOLE_ROW + "palantir,supplies,hsi,7")
    assert problems(result) == [
        (
            "data/facts/cut.csv",
            3,
            None,
            "the row has 4 columns, the header has 7: the file looks truncated "
            "(cut off in this row)",
        )
    ]
    # A last row cut inside a quoted cell: a reader that is not strict takes the cell as whole.
    header = "subject,relation,object,currency,source,amount,locator\n"
    row = 'palantir,supplies,ice,USD,404media-elite,7000000,"paragraph 3, second sentence"\n'
    result = built_with(tmp_path / "b", "cut.csv", header + row + row.replace("ice", "hsi")[:-12])
    assert problems(result) == [
        (
            "data/facts/cut.csv",
            3,
            None,
            "the last row ends inside a quoted cell (its quote is never closed): the file "
            "looks truncated",
        )
    ]
    assert from_file(result, "cut.csv") == {("ice", "7000000")}


def test_a_csv_whose_last_row_has_no_line_end_is_read_whole(tmp_path):
    """Spreadsheets and portals end a file without a final line end: its last row was refused
    as "the last row has no line end", and its fact lost."""
    rows = WHOLE_ROW + WHOLE_ROW.replace("ice", "hsi").replace("paragraph 3", '"paragraph 4"')
    for end in ("", "\r"):  # a lone CR ends the lines of Excel for Mac's "CSV (Macintosh)"
        text = CSV_HEADER + rows.rstrip("\n").replace("\n", end or "\n") + end
        result = built_with(tmp_path / f"e{len(end)}", "whole.csv", text)
        assert problems(result) == []
        assert from_file(result, "whole.csv") == {("ice", "7000000"), ("hsi", "7000000")}


def from_file(result, name: str) -> set[tuple[str, str]]:
    """(object, amount) of the relationships a fact file states."""
    return {
        (r.object, str(r.amount))
        for r in result.relationships
        if any(w.file.endswith(name) for w in r.where)
    }


def test_a_csv_row_with_too_few_fields_is_refused(tmp_path):
    result = built_with(
        tmp_path, "short.csv", CSV_HEADER + "palantir,supplies,hsi,700,USD\n" + WHOLE_ROW
    )
    assert problems(result) == [
        (
            "data/facts/short.csv",
            2,
            None,
            "the row has 5 columns, the header has 7: a separator or quote is probably missing "
            "or extra",
        )
    ]
    assert "700" not in amounts(result)


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("-5000", "amount -5000 is negative; an amount is a sum paid"),
        ("1e400", "'1e400' is too large for an amount (10^15 or more); check the value"),
        # As written, not as YAML's float (inf): the message names what the file says.
        ("1.0e+400", "'1.0e+400' is too large for an amount (10^15 or more); check the value"),
    ],
)
def test_negative_and_overflowing_amounts_are_refused(tmp_path, amount, message):
    result = built_with(
        tmp_path, "x.yaml", FACT.format(extra=f"  amount: {amount}\n  currency: USD\n")
    )
    assert [p[:3] for p in problems(result)] == [("data/facts/x.yaml", 4, "amount")]
    assert problems(result)[0][3].endswith(message)


def test_an_impossible_unquoted_date_is_reported_and_the_build_goes_on(tmp_path):
    result = built_with(tmp_path, "x.yaml", FACT.format(extra="  start: 2020-13-01\n"))
    assert problems(result) == [
        (
            "data/facts/x.yaml",
            4,
            "start",
            "'2020-13-01' is not a date (month must be in 1..12); write YYYY, YYYY-MM or "
            "YYYY-MM-DD",
        )
    ]
    assert len(result.relationships) > 10  # every other file still built


def test_a_control_character_in_yaml_is_reported_with_its_line(tmp_path):
    text = FACT.format(extra="  role: pilot\x01\n")
    result = built_with(tmp_path, "x.yaml", text)
    assert problems(result) == [
        (
            "data/facts/x.yaml",
            4,
            None,
            "character U+0001 is not allowed in YAML (a control character); remove it",
        )
    ]
    assert len(result.relationships) > 10


def test_yaml_aliases_are_refused_so_a_small_file_cannot_expand(tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(9)
    )
    result = built_with(
        tmp_path,
        "bomb.yaml",
        f"- subject: palantir\n  note:\n    {bomb.replace(chr(10), chr(10) + '    ')}",
    )
    assert [p[:3] for p in problems(result)] == [("data/facts/bomb.yaml", 4, "b")]
    assert "YAML aliases (*name) and merges (<<) are not accepted" in problems(result)[0][3]
    result = built_with(
        tmp_path / "b", "merge.yaml", "- &f\n  subject: palantir\n- <<: *f\n  relation: uses\n"
    )
    assert problems(result)[0][0] == "data/facts/merge.yaml"
    assert "YAML aliases (*name) and merges (<<) are not accepted" in problems(result)[0][3]


def test_a_list_as_a_mapping_key_is_reported_not_a_crash(tmp_path):
    result = built_with(tmp_path, "x.yaml", "- subject: palantir\n  ? [relation, object]\n  : x\n")
    assert problems(result) == [("data/facts/x.yaml", 2, None, "YAML syntax: found unhashable key")]
    assert len(result.relationships) > 10


def test_a_key_without_its_colon_is_reported_at_its_own_line(tmp_path):
    result = built_with(
        tmp_path,
        "x.yaml",
        "- subject: palantir\n  relation: supplies\n  object hsi\n  citations: []\n",
    )
    assert problems(result) == [
        ("data/facts/x.yaml", 3, None, "YAML syntax: could not find expected ':'")
    ]


def _hsi_with_homepage(tmp_path, written: str):
    """The mini project with HSI's registry row given `homepage: <written>`, built."""
    project = copy_project(MINI, tmp_path / "p")
    registry = project / "data" / "entities.yaml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(
        text.replace("  aliases: [HSI]\n", f"  aliases: [HSI]\n  homepage: {written}\n"),
        encoding="utf-8",
    )
    return build(load_config(project / "graphkit.toml"))


def test_a_homepage_that_is_no_web_address_is_reported(tmp_path):
    result = _hsi_with_homepage(tmp_path, "https://www.ice.gov/about hsi")
    lines = (MINI / "data" / "entities.yaml").read_text(encoding="utf-8").splitlines()
    line = lines.index("  aliases: [HSI]") + 2  # the line written after HSI's aliases
    assert problems(result)[0] == (
        "data/entities.yaml",
        line,
        "homepage",
        "homepage 'https://www.ice.gov/about hsi' is not a web address like https://example.org/",
    )


@pytest.mark.parametrize(
    "homepage",
    ["https://www.ice.gov/%zz", "https://www.ice.gov/a\u0001b", "https://[www.ice.gov/"],
)
def test_a_homepage_no_store_would_read_is_reported_and_the_rest_is_built(tmp_path, homepage):
    # Each passes a look at its characters but is no IRI: the store's own parser says so.
    shown = homepage.replace("\u0001", "\\x01")
    result = _hsi_with_homepage(tmp_path, f'"{shown}"')
    (where, _line, field, message) = problems(result)[0]
    assert (where, field) == ("data/entities.yaml", "homepage")
    assert message.startswith(f"homepage {homepage!r} is not a web address")
    # The row is left out as any bad row is; the rest of the graph is built and readable.
    store = result.built.store
    ice = "https://w3id.org/techgov/id/ice"
    assert store.query(f"ASK {{ <{ice}> a <{TG.GovernmentAgency}> }}")
    assert not store.query(f"ASK {{ ?entity <{TG.homepage}> ?address }}")


def suppliers_of(project, agency: str) -> list[str]:
    """`graphkit query suppliers` for an agency and its units, as CSV lines."""
    result = invoke(
        "query", "--config", project / "graphkit.toml", "suppliers", "-p", f"agency={agency}"
    )
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


def test_a_part_of_cycle_is_refused_and_does_not_inflate_transitive_answers(tmp_path):
    project = copy_project(MINI, tmp_path / "p")
    before = suppliers_of(project, "HSI")  # builds first
    (project / "data" / "facts" / "loop.yaml").write_text(
        "- subject: ice\n  relation: partOf\n  object: hsi\n  citations:\n"
        "    - source: 404media-elite\n      locator: paragraph 5\n",
        encoding="utf-8",
    )
    built = invoke("build", "--config", project / "graphkit.toml")
    assert built.exit_code == 1
    assert (
        "skipped: data/facts/loop.yaml:1 [object]: partOf cycle ice → hsi → ice: ice partOf hsi "
        "is left out; a unit cannot contain itself" in built.stderr
    )
    line = (project / "data" / "entities.yaml").read_text().splitlines().index("- id: hsi") + 1
    assert (
        f"skipped: data/entities.yaml:{line} [parent]: partOf cycle hsi → ice → hsi: hsi partOf "
        "ice is left out" in built.stderr
    )
    # with the loop, HSI's units would include ICE, and ICE's suppliers would count as HSI's
    assert suppliers_of(project, "HSI") == before


def _published_parse_strictly(result, out) -> None:
    """Every published graph file reads back with every IRI checked."""
    write_outputs(result, out)
    for name, fmt in (
        ("graph.ttl", "TURTLE"),
        ("graph.nq", "N_QUADS"),
        ("graph.jsonld", "JSON_LD"),
    ):
        assert sum(1 for _ in ox.parse(path=str(out / name), format=getattr(ox.RdfFormat, fmt)))


@pytest.mark.parametrize(
    ("field", "row", "message"),
    [
        # spaces and line breaks around a value are no part of it (yamlio.trimmed)
        ("id", '- id: "acme\\nsurveillance"', "id 'acme\\nsurveillance' must be lowercase"),
        ("wikidata", '  wikidata: "Q38\\n84"', "wikidata 'Q38\\n84' is not a QID"),
        ("wikidata", '  wikidata: "Q1٤٢"', "wikidata 'Q1٤٢' is not a QID"),
    ],
)
def test_a_registry_id_or_qid_is_checked_whole(tmp_path, field, row, message):
    # A regular expression's $ also matches before a last line break, and \d any digit.
    project = copy_project(MINI, tmp_path / "p")
    registry = project / "data" / "entities.yaml"
    rows = "- id: acme-surveillance\n  label: Acme Surveillance\n  type: Company\n"
    rows = rows.replace("- id: acme-surveillance", row) if field == "id" else rows + row + "\n"
    registry.write_text(registry.read_text(encoding="utf-8") + rows, encoding="utf-8")
    result = build(load_config(project / "graphkit.toml"))
    ((where, _line, named, said),) = [p for p in problems(result) if p[2] == field]
    assert (where, named) == ("data/entities.yaml", field)
    assert said.startswith(message), said
    _published_parse_strictly(result, tmp_path / "out")


def test_a_contract_naming_no_entity_never_reaches_the_graph_as_a_name(tmp_path):
    project = copy_project(MINI, tmp_path / "p")
    facts = project / "data" / "facts" / "ice.yaml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(
        text + "- subject: ice\n  relation: uses\n  object: amazon-rekognition\n"
        '  contract: "HSCETC 14 C00002"\n  citations:\n    - source: 404media-elite\n'
        "      locator: paragraph 7\n",
        encoding="utf-8",
    )
    result = build(load_config(project / "graphkit.toml"))
    (said,) = [w for w in result.warnings if w.field == "contract"]
    assert (said.path, said.line) == ("data/facts/ice.yaml", text.count("\n") + 1)
    assert "'HSCETC 14 C00002'" in said.message and "kept without it" in said.message
    (kept,) = [
        r
        for r in result.relationships
        if (r.subject, r.relation, r.object) == ("ice", "uses", "amazon-rekognition")
    ]
    assert kept.contract is None and not result.violations
    _published_parse_strictly(result, tmp_path / "out")


def test_a_homepage_with_its_scheme_in_capitals_is_a_web_address(tmp_path):
    result = _hsi_with_homepage(tmp_path, "HTTPS://www.ice.gov/hsi")
    assert not [p for p in problems(result) if p[2] == "homepage"]
    hsi = "https://w3id.org/techgov/id/hsi"
    assert result.built.store.query(f"ASK {{ <{hsi}> <{TG.homepage}> ?address }}")


@pytest.mark.parametrize("written", ["12.500,00", "1,5", "1,2345", "12,50,000"])
def test_a_comma_that_does_not_separate_thousands_is_refused_not_misread(tmp_path, written):
    # A decimal comma read as a thousands separator: 12.500,00 EUR became 12.5, 1,5 became 15.
    fact = FACT.format(extra=f'  amount: "{written}"\n  currency: EUR\n')
    row = f'palantir,supplies,hsi,"{written}",EUR,404media-elite,paragraph 4\n'
    for name, text, line in (("x.yaml", fact, 4), ("x.csv", CSV_HEADER + row, 2)):
        result = built_with(tmp_path / name, name, text)
        assert problems(result) == [
            (
                f"data/facts/{name}",
                line,
                "amount",
                f"{written!r} is not a number as written: a comma may only separate thousands "
                "(1,234,567.89); write the decimal part after a point",
            )
        ]
        assert not {r.amount for r in result.relationships if r.currency == "EUR"}


def test_thousands_separators_and_a_dollar_sign_still_read(tmp_path):
    row = 'palantir,supplies,hsi,"$ 1,234,567.5",USD,404media-elite,paragraph 4\n'
    result = built_with(tmp_path, "x.csv", CSV_HEADER + row)
    assert not problems(result)
    assert "1234567.5" in amounts(result)


def test_a_stray_dash_costs_its_own_line_not_the_file(tmp_path):
    # A `-` with nothing after it (a template's last line, copied) stopped the whole file.
    project = copy_project(MINI, tmp_path / "p")
    before = len(build(load_config(project / "graphkit.toml")).relationships)
    for name in ("data/facts/ice.yaml", "data/entities.yaml", "data/sources.yaml"):
        path = project / name
        path.write_text(path.read_text(encoding="utf-8") + "-\n", encoding="utf-8")
    result = build(load_config(project / "graphkit.toml"))
    said = "expected an entry of `key: value` lines, found an empty entry (a '-' with nothing after it)"
    assert sorted(problems(result)) == sorted(
        (name, (project / name).read_text(encoding="utf-8").count("\n"), None, said)
        for name in ("data/facts/ice.yaml", "data/entities.yaml", "data/sources.yaml")
    )
    assert len(result.relationships) == before


@pytest.mark.parametrize(("key", "written"), [("type", "[Company]"), ("label", "{a: b}")])
def test_a_list_where_a_registry_value_belongs_is_reported_not_a_crash(tmp_path, key, written):
    project = copy_project(MINI, tmp_path / "p")
    registry = project / "data" / "entities.yaml"
    row = {"label": "Listed", "type": "Company", key: written}
    text = registry.read_text(encoding="utf-8")
    registry.write_text(
        text + f"- id: listed\n  label: {row['label']}\n  type: {row['type']}\n", encoding="utf-8"
    )
    result = build(load_config(project / "graphkit.toml"))
    line = text.count("\n") + (2 if key == "label" else 3)
    assert problems(result) == [
        ("data/entities.yaml", line, key, f"{key} is one value, not a list or mapping")
    ]
    assert len(result.relationships) > 10


def test_a_name_two_registry_entities_share_is_reported(tmp_path):
    # Nothing was said: a record naming "HSI" then made a third entity of that name, exit 0.
    project = copy_project(MINI, tmp_path / "p")
    registry = project / "data" / "entities.yaml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(
        text + "- id: hsi-systems\n  label: HSI Systems\n  type: Company\n  aliases: [hsi.]\n",
        encoding="utf-8",
    )
    result = build(load_config(project / "graphkit.toml"))
    hsi = text.splitlines().index("- id: hsi") + 1
    assert problems(result) == [
        (
            "data/entities.yaml",
            text.count("\n") + 1,
            "aliases",
            f"'hsi.' also names hsi (data/entities.yaml:{hsi}): facts naming it are refused as "
            "ambiguous and records naming it make a new entity; keep it on one",
        )
    ]
    assert len(result.relationships) > 10


@pytest.mark.parametrize(
    ("header", "row", "expected"),
    [
        (
            "start,source,locator",
            "2024-02-30,404media-elite,paragraph 4",
            (2, "start", "'2024-02-30' has no day 30 in month 2"),
        ),
        # One of the two cells was dropped without a word.
        (
            "source,locator,locator",
            "404media-elite,paragraph 4,paragraph 5",
            (
                1,
                "locator",
                "column 'locator' appears twice (columns 5 and 6): a row would keep one of its "
                "cells and drop the other; remove or rename one",
            ),
        ),
    ],
)
def test_a_fact_csv_names_what_it_cannot_read(tmp_path, header, row, expected):
    text = f"subject,relation,object,{header}\npalantir,supplies,hsi,{row}\n"
    result = built_with(tmp_path, "x.csv", text)
    assert problems(result) == [("data/facts/x.csv", *expected)]


def test_a_fact_csv_with_unnamed_blank_columns_reads_and_a_stray_cell_is_reported(tmp_path):
    """Spreadsheets save the formatted blank columns after a table as unnamed columns: the
    file was refused whole ("unknown column ''"). Blank, they change nothing; a cell written
    under no column name is reported with its row, not dropped unsaid."""
    text = (
        CSV_HEADER.rstrip("\n")
        + ",,\n"
        + WHOLE_ROW.rstrip("\n")
        + ",,\n"
        + WHOLE_ROW.replace("7000000", "8000000").rstrip("\n")
        + ",,check the date\n"
    )
    result = built_with(tmp_path, "blank.csv", text)
    assert problems(result) == [
        (
            "data/facts/blank.csv",
            3,
            None,
            "a cell under a column without a name ('check the date'): name the column or empty "
            "the cell; the row is skipped",
        )
    ]
    assert "7000000" in amounts(result)
    assert "8000000" not in amounts(result)


# --- files that are not UTF-8 ------------------------------------------------------------------

CAFE = "byte 0xE9 ('é' in Windows-1252) at column {} is not UTF-8: the file must be UTF-8; save it as UTF-8"


def test_a_yaml_fact_file_not_in_utf8_is_refused_at_its_byte(tmp_path):
    """A Windows-1252 export: said by line and column, with the byte and what it was meant to
    be; the file is left out whole and the others build."""
    text = FACT.format(extra="  note: caf\xe9 owner\n") + "- subject: Caf\xe9 Corp\n"
    result = built_with(tmp_path, "cp1252.yaml", text.encode("cp1252"))
    assert problems(result) == [
        ("data/facts/cp1252.yaml", 4, None, CAFE.format(12) + "; 1 more line holds such bytes")
    ]
    assert len(result.relationships) > 10


def test_a_csv_fact_file_not_in_utf8_refuses_its_rows_or_a_header_it_cannot_read(tmp_path):
    rows = CSV_HEADER + WHOLE_ROW + WHOLE_ROW.replace("paragraph 3", "caf\xe9")
    result = built_with(tmp_path, "rows.csv", rows.encode("cp1252"))
    assert problems(result) == [
        (
            "data/facts/rows.csv",
            3,
            "locator",
            "byte 0xE9 ('é' in Windows-1252) is not UTF-8: the file must be UTF-8; save it as "
            "UTF-8 (only this row is skipped)",
        )
    ]
    assert "7000000" in amounts(result)  # the row before it
    # Read as it was, the header's column name held the byte and the build stopped with a
    # traceback while it wrote its report.
    header = CSV_HEADER.replace("locator", "r\xe9f")
    result = built_with(tmp_path / "b", "header.csv", (header + WHOLE_ROW).encode("cp1252"))
    assert problems(result) == [("data/facts/header.csv", 1, None, CAFE.format(49))]


@pytest.mark.parametrize(
    ("name", "added", "column"),
    [
        ("graphkit.toml", "# caf\xe9 owner\n", 6),
        ("data/entities.yaml", "- id: cafe\n  label: Caf\xe9 Corp\n  type: Company\n", 13),
        ("data/sources.yaml", "- id: cafe\n  title: Caf\xe9 news\n  url: https://x.org/\n", 13),
    ],
)
def test_a_project_file_not_in_utf8_is_an_error_at_its_byte(tmp_path, name, added, column):
    # Read as it was, graphkit.toml stopped with a traceback, the registry and the catalogue
    # with a message that gave no line.
    project = copy_project(MINI, tmp_path / "p")
    path = project / name
    before = path.read_bytes()
    path.write_bytes(before + added.encode("cp1252"))
    line = before.count(b"\n") + added[: added.index("\xe9")].count("\n") + 1
    done = invoke("build", "--config", project / "graphkit.toml")
    assert done.exit_code == 1
    shown = path if name == "graphkit.toml" else name
    assert done.stderr == f"Error: {shown}:{line}: {CAFE.format(column)}\n"


def test_record_and_mapping_files_not_in_utf8_are_reported_at_their_byte(tmp_path):
    """A mapping, its JSON data, and a records table whose header cannot be read: each left
    out with its line and column, the rest built."""
    (tmp_path / "spec").mkdir()
    (tmp_path / "spec" / "m.yaml").write_bytes(
        b"data: d.json\n# caf\xe9\nsubject: {column: a}\nrelation: supplies\n"
    )
    (tmp_path / "json").mkdir()
    (tmp_path / "json" / "m.yaml").write_text(
        "data: d.json\nsubject: {column: a}\nrelation: supplies\nobject: {column: b}\n"
        "citation: {url: u}\n",
        encoding="utf-8",
    )
    (tmp_path / "json" / "d.json").write_bytes(b'[\n  {"a": "Caf\xe9", "b": "ICE", "u": "x"}\n]\n')
    (tmp_path / "atlas.csv").write_bytes(b"Agency,Technolog\xeda,State\nA,B,MN\n")
    (tmp_path / "usaspending.csv").write_bytes(b"contract_award_unique_key,r\xe9cipient\nA,B\n")
    project = copy_project(MINI, tmp_path / "p")
    sources = [
        ("mapping", "spec/m.yaml"),
        ("mapping", "json/m.yaml"),
        ("atlas", "atlas.csv"),
        ("usaspending", "usaspending.csv"),
    ]
    config = load_config(project / "graphkit.toml")
    extra = [SourceSpec(kind, tmp_path / path) for kind, path in sources]
    result = build(config, extra_sources=extra)
    found = sorted((Path(p).name, line, message) for p, line, _, message in problems(result))
    assert found == [
        ("atlas.csv", 1, CAFE.format(17).replace("0xE9 ('é'", "0xED ('í'")),
        ("d.json", 2, CAFE.format(13)),
        ("m.yaml", 2, CAFE.format(6)),
        ("usaspending.csv", 1, CAFE.format(28)),
    ]
    assert len(result.relationships) > 10


def test_a_byte_not_utf8_skips_its_row_in_a_column_no_fact_is_read_from_too_and_says_so(
    tmp_path,
):
    """A Windows-1252 export's byte in a column no fact comes from (a note) skips its row as
    one in a name does: the file is not UTF-8 as a whole, and which rows import must not hang
    on which columns a mapping reads. The message said only "(only this row is skipped)" at a
    column the user knows is not read, as if its cell were wrong; it now says why."""
    rows = (
        "vendor,agency,note,url\n"
        "Kept Vendor,ICE,plain,https://example.org/1\n"
        "Noted Vendor,ICE,caf\xe9 meeting,https://example.org/2\n"
        "Caf\xe9 Vendor,ICE,plain,https://example.org/3\n"
    )
    (tmp_path / "rows.csv").write_bytes(rows.encode("cp1252"))
    (tmp_path / "rows.yaml").write_text(
        "data: rows.csv\nsubject: {column: vendor, type: Company}\nrelation: supplies\n"
        "object: {column: agency, type: GovernmentAgency}\ncitation: {url: url}\n",
        encoding="utf-8",
    )
    project = copy_project(MINI, tmp_path / "p")
    spec = SourceSpec("mapping", tmp_path / "rows.yaml")
    result = build(load_config(project / "graphkit.toml"), extra_sources=[spec])
    said = "byte 0xE9 ('é' in Windows-1252) is not UTF-8: the file must be UTF-8; save it as UTF-8"
    assert [
        (Path(p).name, line, field, message) for p, line, field, message in problems(result)
    ] == [
        (
            "rows.csv",
            3,
            "note",
            said + " (only this row is skipped, though no fact is read from this column: a row "
            "is read only when all of it is UTF-8)",
        ),
        ("rows.csv", 4, "vendor", said + " (only this row is skipped)"),
    ]
    mapped = [r for r in result.relationships if r.citations[0].extractor == "mapping"]
    assert [r.subject for r in mapped] == ["kept-vendor"]


def test_a_csv_header_not_in_utf8_is_reported_by_the_command_not_a_traceback(tmp_path):
    # Read as it was, the header's column name held the undecodable byte, and writing the
    # problem to the build's cache stopped the command with a UnicodeEncodeError.
    project = copy_project(MINI, tmp_path / "p")
    header = CSV_HEADER.replace("locator", "r\xe9f")
    (project / "data" / "facts" / "header.csv").write_bytes((header + WHOLE_ROW).encode("cp1252"))
    done = run_graphkit("build", cwd=project)
    assert done.returncode == 1
    assert f"skipped: data/facts/header.csv:1: {CAFE.format(49)}\n" in done.stderr
    assert "Traceback" not in done.stderr


def test_utf16_without_its_mark_and_a_nul_byte_are_never_made_names(tmp_path):
    """UTF-16 without a byte-order mark (as some database exports write it) reads as UTF-8 with
    a NUL byte after every letter: a table so written is read as UTF-16 (tables.table_text), a
    YAML file refused whole, rather than making an agency of every row. A NUL byte in one row
    of a UTF-8 file skips that row."""
    atlas = "Agency,Technology,State\nUtf Sixteen Police Department,Drones,MN\n"
    (tmp_path / "le.csv").write_bytes(atlas.encode("utf-16-le"))
    (tmp_path / "be.csv").write_bytes(atlas.encode("utf-16-be"))
    (tmp_path / "le.yaml").write_bytes(FACT.format(extra="").encode("utf-16-le"))
    nul = "Agency,Technology,State\nNul\x00 Police Department,Drones,MN\nKept PD,Drones,MN\n"
    (tmp_path / "nul.csv").write_text(nul, encoding="utf-8")
    (tmp_path / "head.csv").write_text(nul.replace("State", "St\x00ate"), encoding="utf-8")
    project = copy_project(MINI, tmp_path / "p")
    sources = [("atlas", n) for n in ("le.csv", "be.csv", "nul.csv", "head.csv")]
    sources.append(("facts", "le.yaml"))
    config = load_config(project / "graphkit.toml")
    extra = [SourceSpec(kind, tmp_path / path) for kind, path in sources]
    result = build(config, extra_sources=extra)
    utf16 = "the file is UTF-16 without a byte-order mark; save it as UTF-8"
    assert sorted((Path(p).name, line, field, m) for p, line, field, m in problems(result)) == [
        ("head.csv", 1, None, "the header holds a NUL byte: the file must be UTF-8 text"),
        ("le.yaml", 1, None, utf16),
        (
            "nul.csv",
            2,
            "Agency",
            "a NUL byte (0x00) is not text: the file must be UTF-8 text (only this row is skipped)",
        ),
    ]
    labels = {e.label for e in result.registry}
    assert {"Kept PD", "Utf Sixteen Police Department"} <= labels
    assert not [label for label in labels if "\x00" in label]
