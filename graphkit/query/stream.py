"""Result rows written out as they come: csv, tsv, json, jsonl and the text table.

Each writer takes the column names and an iterable of rows (sequences of terms from rdflib or
pyoxigraph, None where unbound) and yields text in chunks of about CHUNK_ROWS rows, so a large
answer is never held whole, except by the text table, which needs every row to size its
columns (it keeps only the cells' display strings).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from json.encoder import encode_basestring

from . import cells
from .display import DEFAULT_WIDTH, money, money_columns, text_table

FORMATS = ("text", "csv", "tsv", "json", "jsonl")
CHUNK_ROWS = 2000


def write_rows(
    columns: Sequence[str],
    rows: Iterable[Sequence[object]],
    fmt: str,
    *,
    lists: Sequence[str] = (),
    width: int | None = DEFAULT_WIDTH,
    flags: Sequence[str] = (),
) -> Iterator[str]:
    """The rows in `fmt` (any other name than csv, tsv, json, jsonl: the text table fitting
    `width`; None prints cells whole). `lists` columns hold GROUP_CONCAT lists, written sorted;
    the table leaves out a `flags` column that no row sets true, as one no row fills."""
    columns = list(columns)
    listed = [i for i, name in enumerate(columns) if name in lists]
    money_at = money_columns(columns)
    programs = fmt in ("csv", "tsv", "json", "jsonl")
    if programs and money_at:
        rows = cells.amounts_written(rows, money_at)
    if amounts_listed := [i for i in listed if i in money_at]:
        spell = cells.amount_with_currency if programs else money
        rows = cells.listed_amounts(rows, amounts_listed, spell)
    if fmt in ("csv", "tsv"):
        return _delimited(columns, rows, "," if fmt == "csv" else "\t", listed)
    if listed:
        rows = _sorting_lists(rows, listed)
    if fmt == "json":
        return _sparql_json(columns, rows)
    if fmt == "jsonl":
        return _json_lines(columns, rows)
    return iter([text_table(columns, list(rows), width, flags)])


def _sorting_lists(rows: Iterable[Sequence[object]], listed: list[int]) -> Iterator[list]:
    for row in rows:
        row = list(row)
        for i in listed:
            if row[i] is not None:
                row[i] = cells.sorted_list(cells.text(row[i]))
        yield row


def _chunks(rows: Iterable, writer, start: str = "") -> Iterator[str]:
    """The text `start` then the rows, CHUNK_ROWS at a time; `writer(buffer)` gives the function
    that writes one row into the buffer."""
    buffer = io.StringIO()
    buffer.write(start)
    write_one = writer(buffer)
    for count, row in enumerate(rows, 1):
        write_one(row)
        if count % CHUNK_ROWS == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _delimited(
    columns: list[str], rows: Iterable, delimiter: str, listed: list[int]
) -> Iterator[str]:
    head = io.StringIO()
    csv.writer(head, delimiter=delimiter, lineterminator="\n").writerow(columns)
    row_text = cells.row_text(len(columns), listed)

    def writer(buffer):
        write = csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerow
        # Rows end in "\n", so the writer quotes a value holding a line feed but not one
        # holding only a carriage return, which readers also take for a line's end.
        quoted = csv.writer(
            buffer, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_ALL
        ).writerow

        def write_row(row) -> None:
            texts = row_text(row)
            if any("\r" in text for text in texts):
                quoted(texts)
            else:
                write(texts)

        return write_row

    return _chunks(rows, writer, head.getvalue())


def _binding(columns: list[str], row: Sequence[object], indent: str) -> str:
    """One solution as json.dumps(binding, indent=2) writes it, its lines after `indent`."""
    members = []
    for name, term in zip(columns, row, strict=True):
        if term is None:
            continue
        inner = [
            f"{indent}    {encode_basestring(key)}: {_json_value(value, indent + '    ')}"
            for key, value in cells.json_term(term).items()
        ]
        members.append(
            f"{indent}  {encode_basestring(name)}: {{\n" + ",\n".join(inner) + f"\n{indent}  }}"
        )
    if not members:
        return f"{indent}{{}}"
    return f"{indent}{{\n" + ",\n".join(members) + f"\n{indent}}}"


def _json_value(value, indent: str) -> str:
    if isinstance(value, str):
        return encode_basestring(value)
    # An RDF-star triple's terms: rare, so the standard library lays them out.
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + indent)


def _sparql_json(columns: list[str], rows: Iterable) -> Iterator[str]:
    """SPARQL 1.1 Query Results JSON, laid out as json.dumps(indent=2) lays it out."""
    names = ",\n".join(f"      {encode_basestring(name)}" for name in columns)
    head = '{\n  "head": {\n    "vars": ' + (f"[\n{names}\n    ]" if columns else "[]")
    head += '\n  },\n  "results": {\n    "bindings": '
    first = True

    def writer(buffer):
        def write_one(row) -> None:
            nonlocal first
            buffer.write("[\n" if first else ",\n")
            first = False
            buffer.write(_binding(columns, row, "      "))

        return write_one

    yield from _chunks(rows, writer, head)
    yield "[]\n  }\n}\n" if first else "\n    ]\n  }\n}\n"


def _json_lines(columns: list[str], rows: Iterable) -> Iterator[str]:
    """One JSON object per solution and line: each bound column's SPARQL JSON term."""

    def writer(buffer):
        def write_one(row) -> None:
            binding = {
                name: cells.json_term(term)
                for name, term in zip(columns, row, strict=True)
                if term is not None
            }
            buffer.write(json.dumps(binding, ensure_ascii=False) + "\n")

        return write_one

    return _chunks(rows, writer)
