"""Rebuilds start from the previous build's store and replace only the named graphs that changed;
every output and the store come out as a clean build's, byte for byte."""

import gc
import json
import threading
import weakref
from pathlib import Path

import pyoxigraph as ox
import pytest
from support import MINI, copy_project

from graphkit.build.outputs import LAYOUT_FILE, OUTPUT_FILES, write_outputs
from graphkit.build.pipeline import CHECKS_MEMO, build
from graphkit.config import load_config
from graphkit.rdf import forked, serializers, text_files, update
from graphkit.rdf.serializers import OUTPUTS as OUTPUT_TEXT
from graphkit.rdf.update import MANIFEST

COMPARED = (*OUTPUT_FILES, MANIFEST, LAYOUT_FILE, CHECKS_MEMO)
NEW_FILE = """\
- subject: palantir
  relation: hosts
  object: amazon
  citations:
    - source: cnet-orlando-rekognition
      locator: paragraph 9
- subject: palantir
  relation: supplies
  object: ice
  amount: 1234.50
  currency: USD
  citations:
    - source: 404media-elite
      locator: paragraph 3
      quote: 'a "quoted" line \\ with a backslash'
"""


def built(project: Path, out: Path):
    result = build(load_config(project / "graphkit.toml"), out=out)
    write_outputs(result, out)
    return result


def store_content(out: Path) -> tuple[list[str], list[str]]:
    """Every quad of the store as sorted N-Quads lines, and its named graphs."""
    store = ox.Store.read_only(str(out / "store"))
    lines = sorted(store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8").splitlines())
    return lines, sorted(str(g) for g in store.named_graphs())


def assert_same_as_clean_build(project: Path, out: Path, tmp_path: Path, name: str) -> None:
    clean = tmp_path / f"clean-{name}"
    built(project, clean)
    for file in COMPARED:
        assert (out / "current" / file).read_bytes() == (clean / "current" / file).read_bytes(), (
            file
        )
    assert store_content(out) == store_content(clean)


WRONG_RANGE = """\
- subject: ice
  relation: develops
  object: palantir
  citations:
    - source: 404media-elite
      locator: paragraph 3
"""


def edit(project: Path, step: str) -> None:
    facts = project / "data" / "facts"
    if step == "broken":  # a fact the shapes forbid: an agency developing a company
        (facts / "wrong.yaml").write_text(WRONG_RANGE, encoding="utf-8")
    elif step == "healed":
        (facts / "wrong.yaml").unlink()
    elif step == "changed":
        text = (facts / "amazon.yaml").read_text(encoding="utf-8")
        (facts / "amazon.yaml").write_text(text.replace("paragraph 4", "paragraph 5"))
    elif step == "added":
        (facts / "more.yaml").write_text(NEW_FILE, encoding="utf-8")
    else:
        (facts / "ice.yaml").unlink()


@pytest.mark.parametrize("bulk", [False, True], ids=["transaction", "bulk"])
def test_a_rebuild_after_a_changed_an_added_and_a_removed_file_equals_a_clean_build(
    tmp_path, monkeypatch, bulk
):
    """The changed graphs go into the store in one transaction, or, when they are many, through
    the bulk loader: the same store either way."""
    if bulk:
        monkeypatch.setattr(update, "_BULK_FROM", 0)
    project = copy_project(MINI, tmp_path / "project")
    out = tmp_path / "out"
    first = built(project, out)
    assert first.built.reused is None  # nothing to start from: loaded whole
    graphs = first.report["counts"]["named_graphs"]
    assert _how(first) == {"graph.ttl": "whole", "graph.jsonld": "whole"}
    for step in ("changed", "added", "removed"):
        edit(project, step)
        result = built(project, out)
        # Only the graphs of the documents the edit touched were loaded again, and only the
        # subjects they name written again in Turtle and JSON-LD.
        assert result.built.reused is not None
        assert 0 < len(result.built.reused) < graphs, step
        assert _how(result) == {"graph.ttl": "spliced", "graph.jsonld": "spliced"}, step
        assert_same_as_clean_build(project, out, tmp_path, step)


def test_a_rebuild_that_changes_most_graphs_loads_its_store_whole(tmp_path, monkeypatch):
    """Dropping and loading most of the graphs quad by quad costs more than a bulk load (at
    100,000 triples, 5.2 s against 1.6 after an edit to every file): the store is loaded whole,
    and equals a clean build's. (A small graph's store is always updated: the floor is lifted.)"""
    monkeypatch.setattr(text_files, "_REUSE_BYTES", 0)
    project = copy_project(MINI, tmp_path / "project")
    out = tmp_path / "out"
    built(project, out)
    for path in sorted((project / "data" / "facts").glob("*.yaml")):  # every citation's locator
        path.write_text(path.read_text(encoding="utf-8").replace("paragraph ", "paragraph 1"))
    result = built(project, out)
    assert result.built.reused is None
    assert_same_as_clean_build(project, out, tmp_path, "every-file")


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "here"])
def test_a_rebuild_splices_whether_its_text_is_made_in_a_child_or_here(tmp_path, monkeypatch, fork):
    """Where the text cannot be made in a forked child, the build's process makes it and is
    told the changes the same way: the rebuild splices and equals a clean build."""
    monkeypatch.setattr(forked, "can_fork", lambda: fork)
    project = copy_project(MINI, tmp_path / "project")
    out = tmp_path / "out"
    built(project, out)
    edit(project, "added")
    result = built(project, out)
    assert _how(result) == {"graph.ttl": "spliced", "graph.jsonld": "spliced"}
    assert_same_as_clean_build(project, out, tmp_path, "added")


def test_text_with_form_feeds_and_line_separators_in_a_changed_graph(tmp_path):
    """Literals keep characters that some readers take for line ends (a form feed, U+2028):
    the old lines of a changed graph are read at its "\n"s only, and the rebuild splices."""
    project = copy_project(MINI, tmp_path / "project")
    out = tmp_path / "out"
    facts = project / "data" / "facts" / "amazon.yaml"
    text = facts.read_text(encoding="utf-8")
    odd = 'locator: "para\\fx\\fgraph 2 \\L and \\u2029"'
    facts.write_text(text.replace("locator: paragraph 2", odd), encoding="utf-8")
    built(project, out)
    assert "\f" in (out / "graph.nq").read_text(encoding="utf-8")
    edit(project, "changed")
    result = built(project, out)
    assert _how(result) == {"graph.ttl": "spliced", "graph.jsonld": "spliced"}
    assert_same_as_clean_build(project, out, tmp_path, "odd")


def test_a_dropped_build_leaves_no_folder_behind_without_a_collection(tmp_path):
    """Nothing the build starts (its writers, their children) keeps the built graph alive:
    dropped, its private folder and store go at once, not at some later collection."""
    project = copy_project(MINI, tmp_path / "project")
    out = tmp_path / "out"
    built(project, out)
    edit(project, "changed")
    gc.disable()
    try:
        result = built(project, out)
        folder, kept = result.built.folder, weakref.ref(result.built)
        assert folder.exists()
        for thread in threading.enumerate():  # its work done: the store's, the text's
            if thread.name in ("graphkit-store", "graphkit-text"):
                thread.join()
        del result
        assert kept() is None
        assert not folder.exists()
    finally:
        gc.enable()


@pytest.mark.parametrize("step", ["first", "rebuild"])
def test_writers_that_cannot_start_fail_the_build_once_and_cleanly(tmp_path, monkeypatch, step):
    """No process can be started for Turtle and JSON-LD: the build raises that error where
    their files are asked for, and no thread of the build dies with a traceback of its own."""
    project = copy_project(MINI, tmp_path / "project")
    out = tmp_path / "out"
    if step == "rebuild":
        built(project, out)
        edit(project, "changed")
        # A rebuild meant to splice that cannot: its writers start once the union is written.
        monkeypatch.setattr(text_files, "_write_changed_subjects", lambda *args: False)
    monkeypatch.setattr(forked, "can_fork", lambda: True)

    def cannot_start(*args, **kwargs):
        raise OSError("no more processes")

    monkeypatch.setattr(serializers, "start_module", cannot_start)
    died = []
    monkeypatch.setattr(threading, "excepthook", lambda hook: died.append(hook.thread.name))
    with pytest.raises(OSError, match="no more processes"):
        built(project, out)
    for thread in threading.enumerate():
        if thread.name in ("graphkit-store", "graphkit-text"):
            thread.join(timeout=30)
    assert died == []


def _how(result) -> dict[str, str]:
    return {name: how for name, (how, _digest) in result.built.serialized.items()}


def test_a_rebuild_with_nothing_changed_loads_no_graph(tmp_path):
    project = copy_project(MINI, tmp_path / "project")
    out = tmp_path / "out"
    built(project, out)
    again = built(project, out)
    assert again.built.reused == []
    assert _how(again) == {"graph.ttl": "spliced", "graph.jsonld": "spliced"}
    assert_same_as_clean_build(project, out, tmp_path, "same")


def test_a_rebuild_checks_what_changed_and_reports_as_a_clean_build(tmp_path):
    """The checks of a rebuild look only at what its changes reach, and keep the rest from the
    last build's findings: a violation appears, stays while other files change, and goes."""
    project = copy_project(MINI, tmp_path / "project")
    out = tmp_path / "out"
    built(project, out)
    expected = {"broken": 1, "changed": 1, "healed": 0}
    for step in ("broken", "changed", "healed"):
        edit(project, step)
        result = built(project, out)
        assert result.built.reused is not None, step
        assert len(result.violations) == expected[step], step
        assert result.report["validation"]["conforms"] is (expected[step] == 0)
        assert_same_as_clean_build(project, out, tmp_path, step)


def test_a_rebuild_takes_the_findings_of_nodes_its_change_cannot_reach_from_the_memo(tmp_path):
    """A finding planted in the memo for a node the edit does not touch is reported again: the
    rebuild did not check that node (a clean build, checking everything, drops it)."""
    project = copy_project(MINI, tmp_path / "project")
    out = tmp_path / "out"
    built(project, out)
    memo_path = out / "current" / CHECKS_MEMO
    memo = json.loads(memo_path.read_text(encoding="utf-8"))
    focus = "<https://w3id.org/techgov/entity/aclu>"
    memo["findings"][focus] = [[focus, "tg:planted", "a planted finding", "Violation", ""]]
    memo_path.write_text(json.dumps(memo), encoding="utf-8")
    edit(project, "changed")
    result = built(project, out)
    assert [v.message for v in result.violations] == ["a planted finding"]
    clean = built(project, tmp_path / "clean")
    assert clean.violations == []


@pytest.mark.parametrize(
    "damage", ["manifest", "store", "layout", "checks", "turtle", "nquads", "writer"]
)
def test_a_damaged_previous_build_is_not_trusted(tmp_path, damage):
    project = copy_project(MINI, tmp_path / "project")
    out = tmp_path / "out"
    built(project, out)
    current = (out / "current").resolve()
    if damage == "manifest":
        (current / MANIFEST).write_text("{not json", encoding="utf-8")
    elif damage == "layout":
        (current / LAYOUT_FILE).write_text("{not json", encoding="utf-8")
    elif damage == "checks":  # the memo unreadable: everything is checked again
        (current / CHECKS_MEMO).write_text("{not json", encoding="utf-8")
    elif damage == "turtle":  # not the file the manifest records: written whole, not spliced
        turtle = current / "graph.ttl"
        turtle.write_bytes(turtle.read_bytes().replace(b"Amazon", b"Amazom"))
    elif damage == "writer":  # written by another Oxigraph, or other prefixes: both whole
        manifest = json.loads((current / MANIFEST).read_text(encoding="utf-8"))
        manifest["outputs"]["writer"] = "pyoxigraph 0.4.0 {}"
        (current / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    elif damage == "nquads":  # the changed graph's old lines cannot be trusted: both whole
        nquads = current / "graph.nq"
        nquads.write_bytes(nquads.read_bytes().replace(b"paragraph 4", b"paragraph 7"))
    else:  # a quad gone from a graph the edit does not touch: the counts no longer add up
        store = ox.Store(str(current / "store"))
        registry = ox.NamedNode("https://w3id.org/techgov/graph/registry")
        store.remove(next(iter(store.quads_for_pattern(None, None, None, registry))))
        store.flush()
        del store
    edit(project, "changed")
    result = built(project, out)
    if damage in ("manifest", "store"):
        assert result.built.reused is None  # loaded from scratch
    whole = {"turtle": {"graph.ttl"}, "manifest": set(OUTPUT_TEXT)}
    whole |= {"nquads": set(OUTPUT_TEXT), "writer": set(OUTPUT_TEXT)}
    assert _how(result) == {
        name: "whole" if name in whole.get(damage, ()) else "spliced" for name in OUTPUT_TEXT
    }
    assert_same_as_clean_build(project, out, tmp_path, damage)


def test_a_rebuild_whose_ties_did_not_change_draws_with_the_kept_layout(tmp_path):
    """An edited citation changes no tie: the page takes the layout the last build computed
    (here moved on purpose, to see that it is the kept one and not a new computation)."""
    project = copy_project(MINI, tmp_path / "project")
    out = tmp_path / "out"
    built(project, out)
    kept = out / "current" / LAYOUT_FILE
    memo = json.loads(kept.read_text(encoding="utf-8"))
    assert len(memo) == 2  # the layout, and its top labels pushed apart
    moved = {
        key: {node: [x + 1234.0, y] for node, (x, y) in positions.items()}
        for key, positions in memo.items()
    }
    kept.write_text(json.dumps(moved), encoding="utf-8")
    edit(project, "changed")
    built(project, out)
    page = (out / "current" / "graph.html").read_text(encoding="utf-8")
    after = json.loads((out / "current" / LAYOUT_FILE).read_text(encoding="utf-8"))
    # The layout is the kept one, moved; its labels are pushed apart again from there.
    ((key, positions),) = [(k, p) for k, p in after.items() if k in memo]
    assert positions == moved[key] and len(after) == 2
    clean = tmp_path / "clean"
    built(project, clean)
    assert page != (clean / "current" / "graph.html").read_text(encoding="utf-8")
    # A change of ties (a new file adds facts) lays the page out afresh.
    edit(project, "added")
    built(project, out)
    assert key not in json.loads((out / "current" / LAYOUT_FILE).read_text(encoding="utf-8"))


def test_a_rebuild_that_keeps_the_layout_and_its_labels_draws_a_clean_builds_page(tmp_path):
    """Both kept (an edited citation moves no entity): the page is byte for byte a clean
    build's, and the memo holds the same two entries as before."""
    project = copy_project(MINI, tmp_path / "project")
    out = tmp_path / "out"
    built(project, out)
    memo = json.loads((out / "current" / LAYOUT_FILE).read_text(encoding="utf-8"))
    edit(project, "changed")
    built(project, out)
    assert json.loads((out / "current" / LAYOUT_FILE).read_text(encoding="utf-8")) == memo
    clean = tmp_path / "clean"
    built(project, clean)
    for name in ("graph.html", LAYOUT_FILE):
        assert (out / "current" / name).read_bytes() == (clean / "current" / name).read_bytes()
