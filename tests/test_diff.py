"""graphkit diff: relationships and citations added, removed or changed between two graphs."""

import json
import shutil

import pytest
from support import REPO, TESTS, invoke

from graphkit.build.outputs import write_outputs
from graphkit.build.pipeline import build
from graphkit.config import load_config
from graphkit.explain.diff import diff, is_empty
from graphkit.rdf.store import load_graph

EXPLAIN = TESTS / "fixtures" / "explain"
CLEARVIEW = "0e8d9750ae70d7fcba84"  # clearview-ai supplies ice, from 2020-08


@pytest.fixture
def project(tmp_path):
    """A writable copy of the explain fixture, and its graph built before any edit."""
    copy = tmp_path / "project"
    shutil.copytree(EXPLAIN, copy)
    write_outputs(build(load_config(copy / "graphkit.toml")), tmp_path / "old")
    return copy, tmp_path / "old" / "graph.ttl"


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_graph_against_itself_is_empty_in_any_serialisation(project):
    _, graph = project
    result = invoke("diff", graph, graph)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "no differences\n")
    result = invoke("diff", graph, graph.with_suffix(".nq"), "--format", "json")
    assert json.loads(result.stdout) == {
        "added": [],
        "removed": [],
        "changed": [],
        "counts": {"added": 0, "removed": 0, "changed": 0},
    }


def test_editing_one_amount_shows_exactly_that_change(project):
    copy, graph = project
    edit(copy / "data" / "facts" / "chain.yaml", "amount: 224000", "amount: 250000")
    result = invoke("diff", graph, copy)  # a built graph against the current data
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        f"~ Clearview AI —supplies→ U.S. Immigration and Customs Enforcement  (rel {CLEARVIEW})\n"
        "    amount: '224000' → '250000'\n"
    )
    assert result.stderr.splitlines()[-1] == "0 relationships added, 0 removed, 1 changed"


def test_added_removed_and_citation_changes_in_json(project):
    copy, graph = project
    facts = copy / "data" / "facts" / "chain.yaml"
    # a second citation for the Clearview contract
    edit(
        facts,
        "      quote: the new contract is worth $224,000\n",
        "      quote: the new contract is worth $224,000\n"
        "    - source: 404media-2026-elite\n      locator: paragraph 3\n",
    )
    # the develops fact goes, a uses fact of Clearview's comes
    edit(
        facts,
        "- subject: palantir\n  relation: develops\n  object: elite\n",
        "- subject: dhs\n  relation: uses\n  object: elite\n",
    )
    result = invoke("diff", graph, copy / "graphkit.toml", "--format", "json")
    assert result.exit_code == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["counts"] == {"added": 1, "removed": 1, "changed": 1}
    [added], [removed], [changed] = answer["added"], answer["removed"], answer["changed"]
    assert (added["subject"]["id"], added["relation"], added["object"]["id"]) == (
        "dhs",
        "uses",
        "elite",
    )
    assert [c["locator"] for c in added["citations"]] == ["paragraph 18"]
    assert (removed["subject"]["id"], removed["relation"], removed["object"]["id"]) == (
        "palantir",
        "develops",
        "elite",
    )
    # A second source: the fact now rests on two independent originals.
    assert changed["id"] == CLEARVIEW
    assert changed["fields"] == {"independent sources": {"old": 1, "new": 2}}
    assert [c["locator"] for c in changed["citations"]["added"]] == ["paragraph 3"]
    assert changed["citations"]["removed"] == [] and changed["citations"]["changed"] == []


def test_changed_source_details_show_as_citation_changes(project):
    copy, graph = project
    edit(copy / "data" / "sources.yaml", "publisher: TechCrunch", "publisher: TechCrunch Inc.")
    answer = diff(*(_graphs(graph, copy)))
    assert answer["counts"] == {"added": 0, "removed": 0, "changed": 2}  # the two cited facts
    for change in answer["changed"]:
        [cite] = change["citations"]["changed"]
        assert cite["fields"] == {"publisher": {"old": "TechCrunch", "new": "TechCrunch Inc."}}


def _plain_role(line: str) -> bool:
    """A `role:` line holding a plain one-line scalar, safe to append words to."""
    head, _, value = line.strip().partition("role: ")
    return head == "" and value[:1].isalnum() and "#" not in value


def _graphs(graph_file, copy):
    return load_graph(graph_file), build(load_config(copy / "graphkit.toml")).graph


def test_a_file_that_is_neither_graph_nor_project_is_misuse(project, tmp_path):
    _, graph = project
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    result = invoke("diff", graph, other)
    assert result.exit_code == 2
    assert "give a built graph" in result.stderr


@pytest.mark.slow
@pytest.mark.skipif(
    not (REPO / "data" / "entities.yaml").is_file(),
    reason="the bundled data (data/entities.yaml) is not in this checkout",
)
def test_bundled_data_diff_with_itself_is_empty_and_one_edit_is_one_change(
    tmp_path, bundled_output
):
    copy = tmp_path / "repo"
    copy.mkdir()
    shutil.copy(REPO / "graphkit.toml", copy / "graphkit.toml")
    shutil.copytree(REPO / "data", copy / "data")
    old = load_graph(bundled_output / "graph.ttl")
    assert len(old) > 1000 and is_empty(diff(old, old))
    assert invoke("diff", bundled_output / "graph.ttl", copy).stdout == ""
    # Edit the first fact that has a role: only that relationship changes, only in its role.
    for path in sorted((copy / "data" / "facts").glob("*.yaml")):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        hit = next((i for i, line in enumerate(lines) if _plain_role(line)), None)
        if hit is not None:
            lines[hit] = lines[hit].rstrip("\n") + " (edited)\n"
            path.write_text("".join(lines), encoding="utf-8")
            break
    else:
        pytest.skip("no fact with a role in the bundled data")
    answer = diff(old, build(load_config(copy / "graphkit.toml")).graph)
    assert answer["counts"] == {"added": 0, "removed": 0, "changed": 1}
    [change] = answer["changed"]
    assert list(change["fields"]) == ["role"]
    assert change["fields"]["role"]["new"] == change["fields"]["role"]["old"] + " (edited)"
    assert change["citations"] == {"added": [], "removed": [], "changed": []}


def test_a_changed_claim_or_ongoing_flag_is_a_difference(project):
    """What sources say of a fact that becomes disputed, and a fact said to still hold, are the
    graph's statements too: a diff that reads only the relationship's own fields misses them."""
    copy, graph = project
    facts = copy / "data" / "facts" / "chain.yaml"
    edit(facts, "  start: 2020-08\n", "  start: 2020-08\n  ongoing: true\n")
    other = (
        "- subject: clearview-ai\n  relation: supplies\n  object: ice\n  start: 2020-08\n"
        "  amount: 300000\n  currency: USD\n  citations:\n"
        "    - source: 404media-2026-elite\n      locator: paragraph 40\n"
    )
    facts.write_text(facts.read_text(encoding="utf-8") + other, encoding="utf-8")
    answer = diff(*(_graphs(graph, copy)))
    [changed] = [fact for fact in answer["changed"] if fact["id"] == CLEARVIEW]
    assert changed["fields"]["ongoing"] == {"old": None, "new": True}
    assert changed["fields"]["disputed"] == {"old": None, "new": "amount"}
    claims = changed["fields"]["claims"]["new"]
    assert len(claims) == 2 and any("300,000 USD" in line for line in claims)
