"""A violation of the shapes names where the fact that broke it was read: the file and line of
each citation of the facts that made the offending node, and the field at fault, as every
other input error does, in the build's messages, report.json and `graphkit validate`."""

from __future__ import annotations

import json

from support import MINI, build_with_facts, copy_project, invoke

BAD = """\
- subject: ice
  relation: develops
  object: palantir
  citations:
    - source: techcrunch-clearview-ice
      locator: paragraph 9
- subject: palantir
  relation: supplies
  object: ice
  product: aclu
  citations:
    - source: techcrunch-clearview-ice
      locator: paragraph 9
"""
ROWS = """\
subject,relation,object,url,title,locator
aclu,worksFor,ice,https://example.org/a,A title,para 1
Palantir,develops,elite,https://example.org/a,A title,para 2
palantir,worksFor,ice,https://example.org/a,A title,para 3
"""

EXPECTED = [
    "data/facts/bad.yaml:12 [product]: Palantir Technologies supplies U.S. Immigration and "
    "Customs Enforcement — product — the product of a relationship must be a Product or a Program",
    "data/facts/bad.yaml:5 [object]: Palantir Technologies — develops — develops: what is "
    "developed must be a Product or a Program",
    "data/facts/rows.csv:2 [subject]: American Civil Liberties Union — worksFor — worksFor: the "
    "worker must be a Person or an EmployeeGroup",
    "data/facts/rows.csv:4 [subject]: Palantir Technologies — worksFor — worksFor: the worker "
    "must be a Person or an EmployeeGroup",
]


def project(tmp_path):
    project = copy_project(MINI, tmp_path / "p")
    (project / "data" / "facts" / "bad.yaml").write_text(BAD, encoding="utf-8")
    (project / "data" / "facts" / "rows.csv").write_text(ROWS, encoding="utf-8")
    return project


def test_the_build_names_the_file_line_and_field_of_each_violation(tmp_path):
    out = tmp_path / "out"
    ran = invoke("build", "--config", project(tmp_path) / "graphkit.toml", "--out", out)
    assert ran.exit_code == 1
    invalid = [line for line in ran.stderr.splitlines() if line.startswith("invalid: ")]
    assert sorted(invalid) == sorted(f"invalid: {line}" for line in EXPECTED)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert sorted(report["validation"]["violations"]) == sorted(EXPECTED)


def test_validate_and_validate_shacl_name_them_too(tmp_path):
    out = tmp_path / "out"
    invoke("build", "--config", project(tmp_path) / "graphkit.toml", "--out", out)
    for engine in ((), ("--shacl",)):
        ran = invoke("validate", "--graph", out / "graph.nq", *engine)
        assert ran.exit_code == 1
        assert sorted(ran.stdout.splitlines()) == sorted(EXPECTED), engine


def test_a_fact_stated_in_several_places_names_each_place(tmp_path):
    more = ROWS.splitlines()[0] + "\n" + "aclu,worksFor,ice,https://example.org/b,B,para 9\n"
    root = project(tmp_path)
    (root / "data" / "facts" / "more.csv").write_text(more, encoding="utf-8")
    out = tmp_path / "out"
    invoke("build", "--config", root / "graphkit.toml", "--out", out)
    ran = invoke("validate", "--graph", out / "graph.nq")
    assert (
        "data/facts/more.csv:2 [subject], data/facts/rows.csv:2 [subject]: American Civil "
        "Liberties Union — worksFor — worksFor: the worker must be a Person or an EmployeeGroup"
    ) in ran.stdout.splitlines()


def test_a_source_given_two_titles_names_the_citations_that_gave_them(tmp_path):
    cited = (
        "- subject: palantir\n  relation: supplies\n  object: {object}\n  citations:\n"
        "    - url: https://example.org/same\n      title: {title}\n      locator: p1\n"
    )
    facts = cited.format(object="hsi", title="First") + cited.format(object="dhs", title="Two")
    ran, report = build_with_facts(tmp_path, {"titles.yaml": facts})
    assert ran.exit_code == 1
    assert report["validation"]["violations"] == [
        "data/facts/titles.yaml:5 [title], data/facts/titles.yaml:12 [title]: First — title — "
        "a source has at most one title"
    ]
