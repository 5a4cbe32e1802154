"""The command line as users meet it: help, README coverage, show, stats, validate, errors."""

import importlib
import json
import re
import subprocess
import sys

import click
import pytest
from support import MINI, REPO, copy_project, invoke

from graphkit import __version__
from graphkit.cli import COMMAND_MODULES, cli
from graphkit.cli.options import OUTPUT_FORMATS


def test_version_and_short_help():
    assert invoke("--version").stdout == f"graphkit, version {__version__}\n"
    assert invoke("-h").stdout.startswith("Usage: graphkit [OPTIONS] COMMAND [ARGS]...")


@pytest.mark.parametrize("name", sorted(COMMAND_MODULES))
def test_every_command_has_help_with_an_example_and_is_in_the_readme(name):
    result = invoke(name, "-h")
    assert result.exit_code == 0
    assert "Example" in result.stdout, f"{name} --help has no example"
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"graphkit {re.escape(name)}\b", readme), (
        f"README does not show `graphkit {name}`"
    )


def test_every_command_is_found_in_the_module_that_defines_it():
    defined = {}
    for module in set(COMMAND_MODULES.values()):
        for command in importlib.import_module(f"graphkit.cli.{module}").COMMANDS:
            defined[command.name] = module
    assert defined == COMMAND_MODULES
    assert invoke("no-such-command").exit_code == 2
    mistyped = invoke("buil")
    assert mistyped.exit_code == 2
    assert mistyped.stderr.endswith("Error: No such command 'buil'. Did you mean 'build'?\n")
    listed = invoke("-h").stdout.split("Commands:\n", 1)[1].splitlines()
    assert [line.split()[0] for line in listed] == sorted(COMMAND_MODULES)


def _loaded_while(project, args: list[str], modules: set[str]) -> tuple[str, list[str]]:
    """Run `graphkit ARGS` in a process of its own: its output, and which of `modules` it
    imported."""
    script = (
        "import json, sys\n"
        "from graphkit.cli import cli\n"
        f"cli.main({args!r}, standalone_mode=False)\n"
        f"print('loaded:', json.dumps(sorted(set({sorted(modules)!r}) & set(sys.modules))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=project
    )
    assert done.returncode == 0, done.stderr
    output, _, loaded = done.stdout.rstrip().rpartition("loaded: ")
    return output, json.loads(loaded)


def test_a_query_starts_without_loading_the_build(mini_output, tmp_path):
    """`graphkit query` loads what answering needs, not the build's libraries: in a process of
    its own, it answers from the project's built store, and the build's pipeline and the
    page's network and layout libraries were never imported."""
    project = copy_project(MINI, tmp_path / "p")
    config = project / "graphkit.toml"
    config.write_text(config.read_text() + f"\n[build]\nout = {str(mini_output)!r}\n")
    build_libraries = {"graphkit.build.pipeline", "networkx", "igraph"}
    output, loaded = _loaded_while(
        project, ["query", "opposition", "--format", "csv"], build_libraries
    )
    assert output.startswith("opponent,"), output
    assert loaded == []


def test_a_rebuild_loads_no_library_it_does_not_use(tmp_path):
    """A rebuild after an edit that moves no entity keeps the page's layout and finds no partOf
    loop: it never imports networkx, igraph or rdflib's SPARQL parser (half a second of every
    `graphkit build` was spent importing them), and its outputs are still a full build's."""
    project = copy_project(MINI, tmp_path / "p")
    first = subprocess.run(
        [sys.executable, "-m", "graphkit", "build"], capture_output=True, text=True, cwd=project
    )
    assert first.returncode == 0, first.stderr
    page = (project / "output" / "graph.html").read_bytes()
    unused = {"networkx", "igraph", "rdflib.plugins.sparql", "pyparsing"}
    assert _loaded_while(project, ["build"], unused)[1] == []
    assert (project / "output" / "graph.html").read_bytes() == page


def test_misuse_exits_2_with_usage():
    result = invoke("build", "--no-such-option")
    assert result.exit_code == 2
    assert "Error: No such option '--no-such-option'" in result.stderr
    assert invoke("show").exit_code == 2


@pytest.fixture(scope="module")
def graph_file(mini_output):
    return mini_output / "graph.ttl"


def test_show_prints_facts_grouped_by_relation_with_citations(graph_file):
    result = invoke("show", "Palantir", "--graph", graph_file)
    assert result.exit_code == 0
    assert result.stdout == (
        "Palantir Technologies  (Company, palantir)\n"
        "  also known as: Palantir\n"
        "\n"
        "develops (1)\n"
        "  ELITE\n"
        "    - 404 Media, 2026-01-15: 'ELITE': The Palantir App ICE Uses to Find Neighborhoods to Raid "
        "<https://www.404media.co/elite-the-palantir-app-ice-uses-to-find-neighborhoods-to-raid/> (paragraph 18)\n"
        "\n"
        "supplies (1)\n"
        "  U.S. Immigration and Customs Enforcement\n"
        "    - xpmethod: Torn Apart / Separados: ICE contract awards FY2013-2018 (award HSCETC14C00002)\n"
        '      "Web-Enabled Investigating Case Management (ICM) System"\n'
        "    - 404 Media, 2026-01-15: 'ELITE': The Palantir App ICE Uses to Find Neighborhoods to Raid "
        "<https://www.404media.co/elite-the-palantir-app-ice-uses-to-find-neighborhoods-to-raid/> (paragraph 1)\n"
    )


def test_show_reads_relations_backwards_with_inverse_labels_and_qualifiers(graph_file):
    text = invoke("show", "Orlando Police Department", "--graph", graph_file).stdout
    assert "supplied by (1)\n  Amazon  [? to 2019-07; product: Amazon Rekognition; ended]\n" in text
    assert "uses (1)\n  Amazon Rekognition  [2018-10 to 2019-07; ended]\n" in text
    ice = invoke("show", "ice", "--graph", graph_file).stdout
    assert "has part (1)\n  Homeland Security Investigations\n" in ice
    assert "part of (1)\n  U.S. Department of Homeland Security\n" in ice
    assert "  Microsoft  [19,400,000 USD]\n" in ice


def test_show_json_is_structured(graph_file):
    data = json.loads(
        invoke("show", "clearview-ai", "--graph", graph_file, "--format", "json").stdout
    )
    (fact,) = data["relations"]["supplies"]
    assert fact["other"] == {"id": "ice", "label": "U.S. Immigration and Customs Enforcement"}
    assert (fact["amount"], fact["currency"], fact["start"]) == ("224000", "USD", "2020-08")
    assert fact["citations"][0]["quote"] == "the new contract is worth $224,000"


def test_show_an_unknown_entity_suggests_close_names(graph_file):
    result = invoke("show", "Palantr Technologies", "--graph", graph_file)
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: no entity called 'Palantr Technologies' in the graph; "
        "did you mean 'Palantir Technologies'?\n"
    )


def test_stats_counts_the_graph(graph_file):
    data = json.loads(invoke("stats", "--graph", graph_file, "--format", "json").stdout)
    assert data["entities"] == 14
    assert data["relationships"] == 15
    assert data["relationships_by_relation"]["supplies"] == 4
    assert data["citations"] == 16
    assert data["most_connected"][0] == {
        "entity": "U.S. Immigration and Customs Enforcement",
        "relationships": 6,
    }
    text = invoke("stats", "--graph", graph_file).stdout
    assert text.startswith("triples        ")
    assert "  supplies             4\n" in text


def test_validate_a_conforming_graph(graph_file):
    result = invoke("validate", "--graph", graph_file)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "conforms\n")


def test_reading_commands_build_the_project_first_when_nothing_is_built(tmp_path, monkeypatch):
    project = copy_project(MINI, tmp_path / "p")
    (project / "graphkit.toml").write_text(
        (project / "graphkit.toml").read_text() + '\n[build]\nout = "built"\n'
    )
    monkeypatch.chdir(project)
    result = invoke("stats", "--format", "json")
    assert result.exit_code == 0
    assert "no built graph at" in result.stderr
    assert (project / "built" / "graph.ttl").is_file()
    assert json.loads(result.stdout)["entities"] == 14


def test_a_missing_graph_file_is_a_clear_error(tmp_path):
    result = invoke("stats", "--graph", tmp_path / "nope.ttl")
    assert result.exit_code == 1
    assert (
        result.stderr
        == f"Error: {tmp_path / 'nope.ttl'}: no such graph file; run `graphkit build` first\n"
    )


def test_a_broken_config_names_the_file(tmp_path):
    config = tmp_path / "graphkit.toml"
    config.write_text("[registry\n")
    result = invoke("build", "--config", config)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {config}: TOML syntax:")
    bad_source = invoke("build", "--config", MINI / "graphkit.toml", "--source", "facts")
    assert (
        bad_source.stderr
        == "Error: <input> [source]: --source 'facts': write KIND:PATH, e.g. facts:more/\n"
    )


def _commands(group=cli, prefix=("graphkit",)):
    context = click.Context(group)
    for name in sorted(group.list_commands(context)):
        command = group.get_command(context, name)
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


@pytest.mark.parametrize(
    "path, command", list(_commands()), ids=lambda v: " ".join(v) if isinstance(v, tuple) else ""
)
def test_every_help_example_is_kept_as_written(path, command):
    # click rewraps a paragraph unless it starts with \b: a wrapped command line is wrong.
    for paragraph in (command.help or "").split("\n\n"):
        lines = [line.strip() for line in paragraph.strip().splitlines()]
        if any(line.startswith("graphkit ") for line in lines):
            assert lines[0] == "\b", f"{' '.join(path)}: example without \\b: {paragraph!r}"


def test_every_format_option_offers_names_from_one_set():
    offered = {}
    for path, command in _commands():
        for param in command.params:
            if param.name == "fmt" and path[-1] != "export":
                offered[" ".join(path)] = set(param.type.choices)
    assert len(offered) >= 8
    for name, choices in offered.items():
        assert choices <= set(OUTPUT_FORMATS), name
    assert all("table" not in c for c in offered.values())


def test_query_format_text_is_the_table_and_table_still_works(mini_output):
    graph = mini_output / "graph.ttl"
    default = invoke("query", "suppliers", "-p", "agency=ICE", "--graph", graph)
    text = invoke("query", "suppliers", "-p", "agency=ICE", "--graph", graph, "--format", "text")
    table = invoke("query", "suppliers", "-p", "agency=ICE", "--graph", graph, "--format", "table")
    assert default.exit_code == text.exit_code == table.exit_code == 0
    assert default.stdout == text.stdout == table.stdout
    assert "Palantir" in text.stdout and text.stdout.splitlines()[1].startswith("---")
