"""`graphkit conflicts` heads each claim table's second column with what its claims name,
by the fact's relation: a host's dispute was headed "buyer" over the firm it hosts."""

from __future__ import annotations

from support import build_with_facts, invoke

HOSTING = """\
- subject: amazon
  relation: hosts
  object: palantir
  citations:
    - source: cnet-orlando-rekognition
      locator: paragraph 8
- subject: amazon
  relation: hosts
  object: palantir
  status: denied
  citations:
    - source: techcrunch-clearview-ice
      locator: paragraph 4
"""


def test_a_hosting_dispute_heads_its_column_hosted(tmp_path):
    ran, _report = build_with_facts(tmp_path, {"hosting.yaml": HOSTING})
    assert ran.exit_code == 0, ran.stderr
    shown = invoke("conflicts", "Palantir", "--graph", tmp_path / "out" / "graph.ttl")
    assert shown.exit_code == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0].startswith("⚠ Amazon hosts Palantir Technologies  (disputed: denied;")
    assert lines[1].split("  ")[:3] == ["", "claim", "hosted"]
    assert lines[2].split()[:3] == ["1", "Palantir", "Technologies"]
