"""The code's layout: the stages of README's code map, imported one way, in small modules."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from support import REPO

PACKAGE = REPO / "graphkit"
MAX_LINES = 400
# Longer today; an entry goes when its module is split.
LONG_MODULES: set[str] = set()


def code_map() -> list[str]:
    """The entries of README's code map, top to bottom, as paths under graphkit/."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Code map\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^- `graphkit/([^`]+)`", section, flags=re.M)


def stage_of(module: str) -> str:
    """`graphkit.rdf.store` -> `rdf/`; `graphkit.vocab` -> `vocab.py`; `graphkit` -> `__init__.py`."""
    parts = module.split(".")[1:]
    if not parts:
        return "__init__.py"
    if (PACKAGE / parts[0]).is_dir():
        return parts[0] + "/"
    return parts[0] + ".py"


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """(line, absolute module) of every graphkit module that `path` imports."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if target == "graphkit":  # `from .. import __version__` or a sub-package
                found += [(node.lineno, f"graphkit.{alias.name}") for alias in node.names]
            elif target.startswith("graphkit."):
                found.append((node.lineno, target))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("graphkit")]
    return found


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_the_code_map_lists_every_top_level_module_and_package_once():
    listed = code_map()
    assert len(listed) == len(set(listed)), "an entry is listed twice"
    tree = {p.name for p in PACKAGE.glob("*.py")}
    tree |= {p.parent.name + "/" for p in PACKAGE.glob("*/__init__.py")}
    assert set(listed) == tree


def test_imports_only_go_to_earlier_stages():
    order = {stage: rank for rank, stage in enumerate(code_map())}
    wrong = []
    for path in modules():
        stage = stage_of(module_name(path))
        for line, target in imported_modules(path):
            if target == "graphkit.__version__":
                target = "graphkit"
            if order[stage_of(target)] > order[stage]:
                wrong.append(f"{path.relative_to(REPO)}:{line} imports {target}")
    assert wrong == []


def test_the_import_reader_sees_relative_and_absolute_imports():
    # The order test means something only if the reader finds imports of every form.
    found = dict((t, n) for n, t in imported_modules(PACKAGE / "cli" / "common.py"))
    assert "graphkit.build.pipeline" in found
    assert "graphkit.exc" in found
    assert "graphkit.cli" in {t for _, t in imported_modules(PACKAGE / "__main__.py")}


def test_no_module_is_longer_than_the_limit():
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert set(long) <= LONG_MODULES, long


def test_only_the_cli_prints_or_imports_click():
    wrong = []
    for path in modules():
        if path.is_relative_to(PACKAGE / "cli"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print":
                wrong.append(f"{path.relative_to(REPO)}:{node.lineno} prints")
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module or ""]
            if any(n == "click" or n.startswith("click.") for n in names):
                wrong.append(f"{path.relative_to(REPO)}:{node.lineno} imports click")
    assert wrong == []
