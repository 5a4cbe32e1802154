"""graphkit build on a small project: outputs, determinism, merging, bad input, validation."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic
from support import MINI, copy_project, invoke

from graphkit.build.outputs import write_outputs
from graphkit.build.pipeline import build
from graphkit.config import load_config
from graphkit.vocab import ENT, TG

OUTPUTS = ["graph.html", "graph.jsonld", "graph.nq", "graph.ttl", "report.json"]
# store/: the on-disk Oxigraph store that reading commands open; current/: the generation that
# every one of them links to (generations/ holds it)
FOLDER = sorted([*OUTPUTS, "store", "current", "generations"])


def built(project: Path, out: Path):
    result = build(load_config(project / "graphkit.toml"))
    write_outputs(result, out)
    return result


def test_build_writes_every_output_and_they_hold_the_same_graph(tmp_path):
    result = built(MINI, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == FOLDER
    ttl = Graph().parse(tmp_path / "graph.ttl")
    jsonld = Graph().parse(tmp_path / "graph.jsonld", format="json-ld")
    quads = Dataset().parse(tmp_path / "graph.nq", format="nquads")
    union = Graph()
    for s, p, o, _ in quads.quads((None, None, None, None)):
        union.add((s, p, o))
    assert isomorphic(ttl, jsonld)
    assert isomorphic(ttl, union)
    assert len(ttl) == result.report["counts"]["triples"]
    assert result.ok


def test_each_source_document_is_one_named_graph_holding_what_it_states(tmp_path):
    built(MINI, tmp_path)
    quads = Dataset().parse(tmp_path / "graph.nq", format="nquads")
    names = {str(g.identifier) for g in quads.graphs() if len(g)}
    assert "https://w3id.org/techgov/graph/registry" in names
    techcrunch = next(
        g
        for g in quads.graphs()
        if len(g)
        and (
            None,
            TG.url,
            Literal(
                "https://techcrunch.com/2020/08/14/clearview-ai-ice-hsi-contract-2020/",
                datatype=TG.url.__class__("http://www.w3.org/2001/XMLSchema#anyURI"),
            ),
        )
        in g
    )
    assert (ENT["clearview-ai"], TG.supplies, ENT.ice) in techcrunch
    assert (ENT.palantir, TG.supplies, ENT.ice) not in techcrunch


@pytest.mark.slow
def test_two_builds_are_byte_identical_whatever_the_hash_seed(tmp_path):
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [
                sys.executable,
                "-m",
                "graphkit",
                "build",
                "--config",
                str(MINI / "graphkit.toml"),
                "--out",
                str(out),
            ],
            check=True,
            env=env,
            capture_output=True,
        )
        outs.append(out)
    for name in OUTPUTS:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_one_fact_from_two_sources_is_one_relationship_with_two_citations(tmp_path):
    result = built(MINI, tmp_path)
    rels = [
        r
        for r in result.relationships
        if (r.subject, r.relation, r.object) == ("palantir", "supplies", "ice")
    ]
    assert len(rels) == 1
    assert len(rels[0].citations) == 2
    graph = Graph().parse(tmp_path / "graph.ttl")
    (node,) = set(graph.subjects(TG.subject, ENT.palantir)) & set(
        graph.subjects(TG.object, ENT.ice)
    )
    assert len(list(graph.objects(node, TG.citation))) == 2
    assert graph.value(node, TG.citationCount).toPython() == 2


def test_relationship_ids_do_not_change_when_files_are_reordered(tmp_path):
    first = {r.id for r in built(MINI, tmp_path / "a").relationships}
    project = copy_project(MINI, tmp_path / "p")
    facts = project / "data" / "facts"
    (facts / "amazon.yaml").rename(facts / "zz-amazon.yaml")
    assert {r.id for r in built(project, tmp_path / "b").relationships} == first


def test_bad_entries_are_skipped_reported_and_the_rest_builds(tmp_path):
    project = copy_project(MINI, tmp_path / "p")
    with (project / "data" / "facts" / "amazon.yaml").open("a") as handle:
        handle.write(
            "- subject: amazon\n  relation: supplies\n  object: Immigration Custom Enforcment\n"
            "  citations: [{source: cnet-orlando-rekognition, locator: p1}]\n"
        )
    result = invoke("build", "--config", project / "graphkit.toml", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert (
        "skipped: data/facts/amazon.yaml:32 [object]: unknown entity 'Immigration Custom "
        "Enforcment'; did you mean ice (U.S. Immigration and Customs Enforcement)?"
    ) in result.stderr
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["skipped"] == [
        {
            "file": "data/facts/amazon.yaml",
            "line": 32,
            "field": "object",
            "message": "unknown entity 'Immigration Custom Enforcment'; did you mean ice "
            "(U.S. Immigration and Customs Enforcement)?",
        }
    ]
    assert report["counts"]["relationships"] == 15
    assert report["validation"]["conforms"] is True


def test_strict_stops_at_the_first_problem_and_writes_nothing(tmp_path):
    project = copy_project(MINI, tmp_path / "p")
    (project / "data" / "facts" / "bad.yaml").write_text("- subject: amazon\n  relation: uses\n")
    result = invoke(
        "build", "--config", project / "graphkit.toml", "--out", tmp_path / "out", "--strict"
    )
    assert result.exit_code == 1
    assert result.stderr == "Error: data/facts/bad.yaml:1 [object]: missing object\n"
    assert not (tmp_path / "out" / "graph.ttl").exists()
    assert not (tmp_path / "out" / "current").exists()


def test_a_domain_violation_is_reported_by_validation(tmp_path):
    project = copy_project(MINI, tmp_path / "p")
    (project / "data" / "facts" / "wrong.yaml").write_text(
        "- subject: amazon-rekognition\n  relation: leads\n  object: amazon\n"
        "  citations: [{source: cnet-orlando-rekognition, locator: paragraph 1}]\n"
    )
    result = invoke("build", "--config", project / "graphkit.toml", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert (
        "invalid: data/facts/wrong.yaml:4 [subject]: Amazon Rekognition — leads — leads: the "
        "leader must be a Person" in result.stderr
    )
    check = invoke("validate", "--graph", tmp_path / "out" / "graph.ttl")
    assert check.exit_code == 1
    assert check.stdout == (
        "data/facts/wrong.yaml:4 [subject]: Amazon Rekognition — leads — leads: the leader must "
        "be a Person\n"
    )


def test_a_registry_parent_is_a_cited_part_of_fact(tmp_path):
    built(MINI, tmp_path)
    graph = Graph().parse(tmp_path / "graph.ttl")
    assert (ENT.hsi, TG.partOf, ENT.ice) in graph
    (rel,) = graph.subjects(TG.subject, ENT.hsi)
    cite = graph.value(rel, TG.citation)
    assert str(graph.value(cite, TG.locator)) == "paragraph 2"
    assert str(graph.value(graph.value(cite, TG.source), TG.publisher)) == "TechCrunch"


def test_an_extra_source_on_the_command_line_is_built_too(tmp_path):
    more = tmp_path / "more"
    more.mkdir()
    (more / "extra.csv").write_text(
        "subject,relation,object,source,locator\nmicrosoft,supplies,dhs,thehill-microsoft-ice,paragraph 9\n"
    )
    result = invoke(
        "build",
        "--config",
        MINI / "graphkit.toml",
        "--out",
        tmp_path / "out",
        "--source",
        f"facts:{more}",
    )
    assert result.exit_code == 0, result.stderr
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert (ENT.microsoft, TG.supplies, ENT.dhs) in graph


def test_outputs_are_replaced_atomically_leaving_no_temporary_files(tmp_path):
    built(MINI, tmp_path)
    built(MINI, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == FOLDER
    assert oct((tmp_path / "graph.ttl").stat().st_mode & 0o777) != "0o600"


def test_a_direct_triple_without_a_cited_relationship_is_a_violation(tmp_path):
    built(MINI, tmp_path)
    graph = Graph().parse(tmp_path / "graph.ttl")
    graph.add((ENT.amazon, TG.supplies, ENT.dhs))  # stated directly, cited nowhere
    graph.serialize(tmp_path / "edited.ttl", format="turtle")
    result = invoke("validate", "--graph", tmp_path / "edited.ttl")
    assert result.exit_code == 1
    assert result.stdout == (
        "Amazon — supplies — no cited relationship states U.S. Department of Homeland Security\n"
    )


def test_registry_text_that_yaml_reads_as_numbers_is_kept_as_written(tmp_path):
    """An alias 1984 or 3.10, a parent's locator 2.10 and a catalogue id 2019 are names, not
    numbers: the graph and the name index hold them as the file spells them."""
    project = copy_project(MINI, tmp_path / "p")
    entities = project / "data" / "entities.yaml"
    text = entities.read_text(encoding="utf-8")
    text = text.replace("aliases: [Palantir]", "aliases: [Palantir, 1984, 3.10, yes, 0x1F, ~, '']")
    text += (
        "- id: unit-210\n  label: Unit 210\n  type: GovernmentAgency\n  parent: ice\n"
        "  source: 2019\n  locator: 2.10\n"
    )
    entities.write_text(text, encoding="utf-8")
    sources = project / "data" / "sources.yaml"
    sources.write_text(
        sources.read_text(encoding="utf-8")
        + "- id: 2019\n  url: https://example.org/org-chart-2019\n  title: Org chart\n"
        "  publisher: Example\n  date: 2019-01-01\n  kind: report\n  derived_from: 0012\n"
        "- id: 0012\n  url: https://example.org/register-0012\n  title: Register\n"
        "  publisher: Example\n  date: 2018-01-01\n  kind: report\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = invoke("build", "--config", project / "graphkit.toml", "--out", out)
    assert "skipped" not in result.stderr, result.stderr
    graph = Graph().parse(out / "graph.ttl")
    aliases = {str(a) for a in graph.objects(ENT.palantir, TG.alias)}
    assert aliases == {"Palantir", "1984", "3.10", "yes", "0x1F"}
    (rel,) = graph.subjects(TG.subject, ENT["unit-210"])
    cite = graph.value(rel, TG.citation)
    assert str(graph.value(cite, TG.locator)) == "2.10"
    chart = graph.value(cite, TG.source)
    assert str(graph.value(graph.value(chart, TG.derivedFrom), TG.title)) == "Register"
    shown = invoke("show", "3.10", "--graph", out / "graph.ttl")
    assert shown.exit_code == 0 and "Palantir Technologies" in shown.stdout
