"""The bundled registry's Coast Guard is placed within DHS on DHS's own word.

`graphkit show uscg` cited a blog post of nexusstream.org, an anonymous site, for the Coast
Guard being part of the Department of Homeland Security, with no quote. It now cites DHS's own
page, "DHS at 10: The U.S. Coast Guard" (posted by the Commandant), with the sentence that says
so."""

from __future__ import annotations

import json

import pytest
from support import REPO, built_graph, invoke

DHS_PAGE = "https://www.dhs.gov/blog/2013/04/04/dhs-10-us-coast-guard"
QUOTE = "the U.S. Coast Guard (USCG) is proud to be part of the DHS team"


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    if not (REPO / "data" / "entities.yaml").is_file():
        pytest.skip("the bundled data (data/entities.yaml) is not in this checkout")
    return built_graph(REPO, tmp_path_factory.mktemp("registry-citations"))


def test_the_coast_guard_is_part_of_dhs_on_dhss_own_page(graph):
    shown = invoke("show", "uscg", "--format", "json", "--graph", graph)
    assert shown.exit_code == 0, shown.stderr
    assert "nexusstream" not in shown.stdout
    [part_of] = json.loads(shown.stdout)["relations"]["part of"]
    assert part_of["other"]["id"] == "dhs"
    cited = part_of["citations"]
    assert {c["url"] for c in cited} == {DHS_PAGE}
    assert {c["publisher"] for c in cited} == {"U.S. Department of Homeland Security"}
    assert QUOTE in [c["quote"] for c in cited]
