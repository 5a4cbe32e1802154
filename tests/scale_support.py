"""A project of many small facts files, made from the mini fixture, for cache and job tests."""

from __future__ import annotations

from pathlib import Path

import yaml
from support import MINI, copy_project

BAD = """\
- subject: microsoft
  relation: supplies
  object: ice
  citations:
    - source: no-such-source
      locator: paragraph 1
"""


def many_files_project(target: Path) -> Path:
    """The mini project with one facts file per fact, plus two files with a bad entry each."""
    project = copy_project(MINI, target)
    facts = project / "data" / "facts"
    count = 0
    for path in sorted(facts.glob("*.yaml")):
        for fact in yaml.safe_load(path.read_text(encoding="utf-8")):
            count += 1
            text = yaml.safe_dump([fact], sort_keys=False, allow_unicode=True)
            (facts / f"{path.stem}-{count:02d}.yaml").write_text(text, encoding="utf-8")
        path.unlink()
    (facts / "bad-a.yaml").write_text(BAD, encoding="utf-8")
    (facts / "bad-b.yaml").write_text(
        BAD.replace("no-such-source", "unknown-doc"), encoding="utf-8"
    )
    return project
