"""A file given to --source through `..` is named as a mapping's `data:` names it: without the
`..`. The real build's `conflicts` and warnings named USAspending's files
`/work/p/../shared/datasets/…` and the mapped ones `/work/shared/datasets/…`: one folder under
two names, so a reader could not tell they were side by side."""

from __future__ import annotations

from records_support import RECORDS, cli_build, table_rows, write_rows

from graphkit.config import SourceSpec


def test_parsed_source_has_no_dots(tmp_path):
    spec = SourceSpec.parse("usaspending:../shared/awards.csv", tmp_path / "project")
    assert spec.path == tmp_path / "shared" / "awards.csv"


def test_warnings_and_citations_name_the_file_without_dots(tmp_path):
    rows = table_rows(RECORDS / "subawards.csv")[:2]
    for end in ("uei", "name"):  # a row the build warns of, naming its file
        rows[0][f"subawardee_{end}"] = rows[0][f"prime_awardee_{end}"]
    (tmp_path / "project").mkdir()
    (tmp_path / "shared").mkdir()
    path = write_rows(tmp_path / "shared" / "subawards.csv", rows)
    given = tmp_path / "project" / ".." / "shared" / "subawards.csv"
    out = tmp_path / "out"
    built = cli_build(out, ("usaspending", given))
    assert built.exit_code == 0, built.stderr
    assert f"warning: {path}:2 [subawardee_uei]: the subawardee is" in built.stderr
    assert "/../" not in built.stderr
    graph = (out / "graph.ttl").read_text(encoding="utf-8")
    assert str(path) in graph and "/../" not in graph
