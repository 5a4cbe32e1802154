"""Files and stores that fail a command: a clear `Error: …` and exit 1, never a traceback, and
outputs written through links, devices and pipes rather than over them."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest
from support import MINI, copy_project, invoke, run_graphkit


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """The mini project, built."""
    folder = copy_project(MINI, tmp_path_factory.mktemp("errors") / "p")
    assert invoke("build", "--config", folder / "graphkit.toml").exit_code == 0
    return folder


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("command", [("stats",), ("show", "palantir"), ("query", "opposition")])
def test_a_full_disk_under_standard_output_is_an_error_not_a_traceback(project, command):
    with open("/dev/full", "w") as full:
        done = run_graphkit(*command, cwd=project, stdout=full)
    assert done.returncode == 1
    assert done.stderr == "Error: standard output: No space left on device\n"


def test_an_output_where_a_folder_or_a_file_is_in_the_way_is_an_error(project, tmp_path):
    (tmp_path / "folder").mkdir()
    (tmp_path / "file").write_text("kept")
    config = project / "graphkit.toml"
    into_folder = invoke(
        "export", "--config", config, "--format", "nquads", "-o", tmp_path / "folder"
    )
    assert into_folder.exit_code == 1
    assert into_folder.stderr == f"Error: {tmp_path / 'folder'}: a folder is there, not a file\n"
    under_file = invoke("export", "--config", config, "--format", "gexf", "-o", tmp_path / "file/g")
    assert under_file.exit_code == 1
    assert under_file.stderr == f"Error: {tmp_path / 'file/g'}: Not a directory\n"
    assert (tmp_path / "file").read_text() == "kept"


def test_an_output_through_a_link_replaces_the_file_it_names_and_keeps_the_link(project, tmp_path):
    (tmp_path / "real.nq").write_text("old")
    (tmp_path / "link.nq").symlink_to("real.nq")
    config = project / "graphkit.toml"
    result = invoke("export", "--config", config, "--format", "nquads", "-o", tmp_path / "link.nq")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "link.nq").is_symlink()
    exported = invoke("export", "--config", config, "--format", "nquads").stdout_bytes
    assert (tmp_path / "real.nq").read_bytes() == exported


def test_an_output_into_a_pipe_reaches_its_reader(project, tmp_path):
    pipe = tmp_path / "pipe.nq"
    os.mkfifo(pipe)
    read: list[bytes] = []
    reader = threading.Thread(target=lambda: read.append(pipe.read_bytes()))
    reader.start()
    config = project / "graphkit.toml"
    result = invoke("export", "--config", config, "--format", "nquads", "-o", pipe)
    reader.join(timeout=60)
    assert result.exit_code == 0, result.stderr
    assert pipe.is_fifo()
    assert read == [invoke("export", "--config", config, "--format", "nquads").stdout_bytes]


def test_a_damaged_store_says_so_and_how_to_mend_it(project, tmp_path):
    damaged = tmp_path / "damaged"
    shutil.copytree(project, damaged, symlinks=True)
    store = (damaged / "output" / "current").resolve() / "store"
    sorted(store.glob("*.sst"))[-1].unlink()
    for command in (
        ("stats",),
        ("show", "palantir"),
        ("query", "opposition"),
        ("export", "--format", "nquads"),
    ):
        done = run_graphkit(*command, cwd=damaged)
        assert done.returncode == 1, command
        assert "Traceback" not in done.stderr
        assert done.stderr.startswith(f"Error: {store}: the store is damaged (Corruption"), (
            done.stderr
        )
        assert done.stderr.endswith("run `graphkit build` again to make it anew\n")


@pytest.mark.parametrize(
    "command", [("stats",), ("query", "-e", "ASK { ?s ?p ?o }"), ("show", "palantir"), ("build",)]
)
def test_a_command_outside_any_project_says_so_and_builds_nothing(tmp_path, command):
    done = run_graphkit(*command, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith(f"Error: nothing to build in {tmp_path}: no graphkit.toml")
    assert done.stdout == ""
    assert list(tmp_path.iterdir()) == []  # no empty output/ answered from


def test_diff_against_a_project_file_that_lists_nothing_says_so(tmp_path, project):
    (tmp_path / "empty.toml").write_text("# nothing listed\n", encoding="utf-8")
    graph = project / "output" / "graph.ttl"
    done = run_graphkit("diff", graph, tmp_path / "empty.toml", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith(f"Error: nothing to build in {tmp_path}")
    assert done.stdout == ""


def test_a_source_given_on_the_command_line_builds_outside_a_project(tmp_path):
    facts = MINI / "data" / "facts"
    done = run_graphkit("build", "--source", f"facts:{facts}", cwd=tmp_path)
    assert "nothing to build" not in done.stderr
    assert (tmp_path / "output" / "graph.ttl").is_file()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ("[[sources]]", "[[source]]"),
            "unknown table 'source'; did you mean 'sources'? tables are registry, sources, build",
        ),
        (
            ("entities =", "entitie ="),
            "[entitie]: unknown registry key 'entitie'; did you mean 'entities'? registry keys "
            "are entities, documents",
        ),
        (
            ("[registry]", "[build]\nmin_confidense = 0.9\n\n[registry]"),
            "[min_confidense]: unknown build key 'min_confidense'; did you mean "
            "'min_confidence'? build keys are out, min_confidence",
        ),
        (
            ("[registry]", "[build]\nmin_confidence = true\n\n[registry]"),
            "[min_confidence]: build.min_confidence must be a number from 0 to 1",
        ),
        (
            ('kind = "facts"', 'kind = "fact"'),
            "[kind]: unknown source kind 'fact' (did you mean 'facts'?)",
        ),
        (
            ('kind = "facts"', 'kind = "facts"\ndata = "more.csv"'),
            "[data]: a facts source has no option 'data'; it takes no options",
        ),
    ],
)
def test_a_misspelt_project_file_is_an_error_not_an_empty_graph(tmp_path, change, message):
    # Passed over, `[[source]]` or `entitie` built an empty graph and exited 0.
    folder = copy_project(MINI, tmp_path / "p")
    config = folder / "graphkit.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(*change), encoding="utf-8")
    done = run_graphkit("build", cwd=folder)
    assert done.returncode == 1
    assert done.stderr.startswith(f"Error: {config}"), done.stderr
    assert message in done.stderr, done.stderr
    assert not (folder / "output").exists()  # found before any output is touched
    # at the line that writes the table or key at fault
    lines = config.read_text(encoding="utf-8").splitlines()
    written = [w for w in change[1].splitlines() if w not in ("", "[build]", "[registry]")]
    wrong = [w for w in written if w not in change[0].splitlines()][-1]
    line = next(n for n, text in enumerate(lines, 1) if text.startswith(wrong))
    assert done.stderr.startswith(f"Error: {config}:{line} ["), done.stderr


@pytest.mark.parametrize(
    "command", [("query", "suppliers"), ("show", "palantir"), ("stats",), ("validate",)]
)
def test_a_reading_command_reports_a_config_error_alone(tmp_path, command):
    """With no built graph, a reading command said "no built graph …; building it first"
    before the config error that stopped it: the error is now the only line."""
    folder = copy_project(MINI, tmp_path / "p")
    config = folder / "graphkit.toml"
    config.write_text(
        config.read_text(encoding="utf-8").replace('kind = "facts"', 'kind = "fact"'),
        encoding="utf-8",
    )
    done = run_graphkit(*command, cwd=folder)
    assert done.returncode == 1
    assert done.stderr == (
        f"Error: {config}:6 [kind]: unknown source kind 'fact' (did you mean 'facts'?); "
        "kinds are article, atlas, facts, mapping, review, usaspending\n"
    )
    assert not (folder / "output").exists()


def test_a_config_error_leaves_the_previous_builds_outputs_in_use(tmp_path):
    folder = copy_project(MINI, tmp_path / "p")
    assert run_graphkit("build", cwd=folder).returncode == 0
    out = folder / "output"
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    current = os.readlink(out / "current")
    config = folder / "graphkit.toml"
    config.write_text(
        config.read_text(encoding="utf-8") + '\n[[sources]]\nkind = "nope"\npath = "data"\n',
        encoding="utf-8",
    )
    done = run_graphkit("build", cwd=folder)
    assert done.returncode == 1
    assert "unknown source kind 'nope'" in done.stderr
    assert os.readlink(out / "current") == current
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before  # not a file of the previous build changed, nor one added


def test_a_broken_registry_leaves_the_output_folder_as_it_was(tmp_path):
    """A registry YAML cannot parse stops the build before it writes: on a fresh project it
    left `output/.lock` in an output folder of nothing; now there is no output folder, and a
    built project's folder keeps every file as it was."""
    folder = copy_project(MINI, tmp_path / "p")
    entities = folder / "data" / "entities.yaml"
    whole = entities.read_text(encoding="utf-8")
    entities.write_text(whole + "- id: [broken\n", encoding="utf-8")
    done = run_graphkit("build", cwd=folder)
    assert done.returncode == 1
    assert done.stderr.startswith("Error: data/entities.yaml:"), done.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["data", "graphkit.toml"]
    entities.write_text(whole, encoding="utf-8")
    assert run_graphkit("build", cwd=folder).returncode == 0
    out = folder / "output"
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    entities.write_text(whole + "- id: [broken\n", encoding="utf-8")
    assert run_graphkit("build", cwd=folder).returncode == 1
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before


def test_an_option_that_is_no_path_is_an_error_before_the_outputs(tmp_path):
    """A list of places is the mapping's own way to give `data:`; in graphkit.toml it was read
    as one path spelt "['a.csv', 'b.csv']", the source skipped and the outputs replaced."""
    folder = copy_project(MINI, tmp_path / "p")
    assert run_graphkit("build", cwd=folder).returncode == 0
    current = os.readlink(folder / "output" / "current")
    config = folder / "graphkit.toml"
    config.write_text(
        config.read_text(encoding="utf-8")
        + '\n[[sources]]\nkind = "mapping"\npath = "m.yaml"\ndata = ["a.csv", "b.csv"]\n',
        encoding="utf-8",
    )
    done = run_graphkit("build", cwd=folder)
    assert done.returncode == 1
    line = config.read_text(encoding="utf-8").splitlines().index('data = ["a.csv", "b.csv"]') + 1
    assert done.stderr == (
        f"Error: {config}:{line} [data]: a mapping source's option data is a "
        "path, written as a text, not ['a.csv', 'b.csv']\n"
    )
    assert os.readlink(folder / "output" / "current") == current


def test_a_misspelt_option_of_a_source_on_the_command_line_is_an_error(tmp_path):
    facts = MINI / "data" / "facts"
    done = run_graphkit("build", "--source", f"mapping:{facts}", "--set", "dta=x.csv", cwd=tmp_path)
    assert done.returncode == 1
    assert list(tmp_path.iterdir()) == []  # no output/ made for a build that could not start
    assert done.stderr == (
        f"Error: --source mapping:{facts} [dta]: a mapping source has no option 'dta'; "
        "did you mean 'data'? its options are data\n"
    )
