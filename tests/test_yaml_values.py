"""Spaces around a value in a fact file, the registry or the catalogue are no part of it, and a
value of spaces alone is no value, as in a fact table's cell: a quoted `"  "` was a role, a
label or a publisher no one sees, with exit 0."""

from __future__ import annotations

import json

from rdflib import Graph
from support import MINI, copy_project, invoke

from graphkit.vocab import ENT, TG

FACT = """\
- subject: " palantir "
  relation: " supplies "
  object: " hsi "
  role: "   "
  citations:
    - source: " 404media-elite "
      locator: paragraph 4
      quote: "  "
- subject: "  "
  relation: supplies
  object: ice
  citations:
    - source: 404media-elite
      locator: paragraph 5
"""
ENTITIES = """\
- id: acme
  label: "  "
  type: Company
- id: acme-two
  label: " Acme Two "
  type: Company
  aliases: ["Acme 2 "]
"""
SOURCES = """\
- id: blank-publisher
  url: https://example.org/blank
  title: A title
  publisher: "   "
  date: 2021-05-01
  kind: article
"""


def build(tmp_path, facts: str, entities: str, sources: str):
    """The mini project with a fact file and entries added to its registry and catalogue,
    built by the command: its result, report.json, and the graph."""
    project = copy_project(MINI, tmp_path / "p")
    (project / "data" / "facts" / "mine.yaml").write_text(facts, encoding="utf-8")
    with (project / "data" / "entities.yaml").open("a", encoding="utf-8") as registry:
        registry.write(entities)
    with (project / "data" / "sources.yaml").open("a", encoding="utf-8") as catalogue:
        catalogue.write(sources)
    out = tmp_path / "out"
    ran = invoke("build", "--config", project / "graphkit.toml", "--out", out)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return ran, report, out


def skipped(report) -> list[tuple]:
    return [(p["file"], p["line"], p["field"], p["message"]) for p in report["skipped"]]


def test_blank_values_are_no_values_and_spaces_around_one_are_not_kept(tmp_path):
    ran, report, out = build(tmp_path, FACT, ENTITIES, SOURCES)
    graph = Graph().parse(out / "graph.ttl")
    assert ran.exit_code == 1
    assert skipped(report) == [
        ("data/entities.yaml", 62, "label", "missing label"),
        ("data/sources.yaml", 28, "publisher", "missing publisher"),
        ("data/facts/mine.yaml", 9, "subject", "missing subject"),
    ]
    (rel,) = [
        r for r in graph.subjects(TG.subject, ENT.palantir) if (r, TG.object, ENT.hsi) in graph
    ]
    assert graph.value(rel, TG.role) is None
    assert all(graph.value(c, TG.quote) is None for c in graph.objects(rel, TG.citation))
    labels = {str(o) for o in graph.objects(ENT["acme-two"], None) if str(o).startswith("Acme")}
    assert labels == {"Acme Two", "Acme 2"}
    assert ENT.acme not in set(graph.subjects())


LISTED = """\
- subject: palantir
  relation: supplies
  object: hsi
  role: [analyst, vendor]
  citations:
    - source: 404media-elite
      locator: paragraph 4
- subject: palantir
  relation: supplies
  object: dhs
  citations:
    - source: 404media-elite
      locator: [12, 13]
- subject: palantir
  relation: develops
  object: elite
  citations:
    - url: https://example.org/z
      title: {a: b}
      locator: p1
"""
LISTED_ENTITY = """\
- id: acme
  label: Acme
  type: Company
  parent: dhs
  source: 404media-elite
  locator: [paragraph 1, paragraph 2]
"""
LISTED_SOURCE = """\
- id: listed-publisher
  url: https://example.org/listed
  title: A title
  publisher: [One, Two]
  kind: article
"""


def test_a_list_or_mapping_where_one_value_belongs_is_refused_not_written_as_text(tmp_path):
    ran, report, out = build(tmp_path, LISTED, LISTED_ENTITY, LISTED_SOURCE)
    assert ran.exit_code == 1
    assert skipped(report) == [
        ("data/entities.yaml", 66, "locator", "locator is one value, not a list or mapping"),
        ("data/sources.yaml", 28, "publisher", "publisher is one value, not a list or mapping"),
        ("data/facts/mine.yaml", 4, "role", "role is one value, not a list or mapping"),
        ("data/facts/mine.yaml", 13, "locator", "locator is one value, not a list or mapping"),
        ("data/facts/mine.yaml", 19, "title", "title is one value, not a list or mapping"),
    ]
    text = (out / "graph.nq").read_text(encoding="utf-8")
    assert "['" not in text and "{'" not in text and "[12" not in text
