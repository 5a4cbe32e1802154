"""The shipped mappings' agencies are the agencies a USAspending download names, in a project
whose registry does not hold them.

Torn Apart's freezer names ICE's offices, which its example scopes by ICE's sub-agency code so
that they are the download's offices; it placed them under "U.S. Immigration and Customs
Enforcement" known by its name alone, while a download knows ICE within its department. A
project of both held two ICE: `graphkit show` and every query by its name answered that the
name is ambiguous, and each ICE's `contracts` listed only the awards of the offices placed
under it. Scoped by its department, the example's ICE is the download's."""

from __future__ import annotations

import csv
import io

from records_support import RECORDS
from support import REPO, invoke

ICE = "U.S. Immigration and Customs Enforcement"


def _project(tmp_path):
    """A project of its own (no registry): a Prime Award Summaries download and the freezer's
    example mapping, which reads the fixture written in the freezer's layout."""
    (tmp_path / "examples").mkdir()
    example = (REPO / "examples" / "torn-apart-freezer.yaml").read_text(encoding="utf-8")
    (tmp_path / "examples" / "torn-apart-freezer.yaml").write_text(example, encoding="utf-8")
    (tmp_path / "downloads").mkdir()
    freezer = (RECORDS / "freezer.csv").read_text(encoding="utf-8")
    (tmp_path / "downloads" / "freezer.csv").write_text(freezer, encoding="utf-8")
    (tmp_path / "graphkit.toml").write_text(
        f'[[sources]]\nkind = "usaspending"\npath = "{RECORDS / "prime_awards.csv"}"\n\n'
        '[[sources]]\nkind = "mapping"\npath = "examples/torn-apart-freezer.yaml"\n',
        encoding="utf-8",
    )
    built = invoke("build", "--config", tmp_path / "graphkit.toml")
    assert "ambiguous" not in built.stderr
    return tmp_path / "graphkit.toml"


def test_the_freezer_examples_ice_is_the_downloads_ice(tmp_path):
    config = _project(tmp_path)
    shown = invoke("show", "--config", config, ICE)
    assert shown.exit_code == 0, shown.stderr
    answer = invoke(
        "query", "--config", config, "contracts", "-p", f"agency={ICE}", "--format", "csv"
    )
    assert answer.exit_code == 0, answer.stderr
    rows = list(csv.DictReader(io.StringIO(answer.stdout)))
    # the download's awards and the freezer's own award, each once
    contracts = sorted(row["contract"] for row in rows)
    assert contracts == sorted({*contracts}) and {"TEST0002", "TEST0901"} <= {*contracts}
    entities = invoke("entities", "--config", config, "--format", "csv")
    labels = [row["label"] for row in csv.DictReader(io.StringIO(entities.stdout))]
    assert labels.count(ICE) == 1
