"""One award is one award however a source writes its USAspending address.

A fact file cites the prime awards fixture's Palantir award (TEST0003, $42,000,000) by its
page, as people copy it: without the `www.`, over `http`, with a tab's query or fragment, with
the key in lower case, or in the `usaspending.gov/#/award/…` form the site's links had before
2020. The older form was read as no award: the fact was a second relationship beside the
record's, `suppliers` listing Palantir twice, its $42,000,000 counted twice; the other spellings
joined the award but counted as a second, independent witness to what the record alone says.
"""

from __future__ import annotations

import records_support as rs
from support import MINI, copy_project
from test_records_disputed_answers import _answer

from graphkit.build.outputs import write_outputs
from graphkit.build.pipeline import build
from graphkit.config import SourceSpec, load_config
from graphkit.sources.documents import document_address

KEY = "CONT_AWD_TEST0003_7012_-NONE-_-NONE-"
SPELLINGS = [
    f"https://www.usaspending.gov/#/award/{KEY}",
    f"https://www.usaspending.gov/#/award/{KEY}/",
    f"http://usaspending.gov/award/{KEY.lower()}?fy=2020#transactions",
    f"https://usaspending.gov/award/{KEY}",
    f"https://www.usaspending.gov/award/{KEY}/?tab=transactions",
]


def _fact(url: str, amount: str = "42000000") -> str:
    return (
        f"- subject: palantir\n  relation: supplies\n  object: ice\n  amount: {amount}\n"
        f"  currency: USD\n  citations:\n  - url: '{url}'\n    title: Palantir's award\n"
    )


def _built(tmp_path, facts: str, sources: str = ""):
    project = copy_project(MINI, tmp_path / "project")
    (project / "data" / "facts" / "award.yaml").write_text(facts, encoding="utf-8")
    if sources:
        with (project / "data" / "sources.yaml").open("a", encoding="utf-8") as file:
            file.write(sources)
    specs = [SourceSpec("usaspending", rs.RECORDS / "prime_awards.csv")]
    return build(load_config(project / "graphkit.toml"), extra_sources=specs)


def test_a_fact_citing_the_award_however_its_address_is_written_is_the_award(tmp_path):
    result = _built(tmp_path, "".join(_fact(url) for url in SPELLINGS))
    [award] = [
        r
        for r in result.relationships
        if r.subject == "palantir" and r.relation == "supplies" and r.contract
    ]
    assert award.object == "test-office-alpha-7012"
    # every citation kept, the record and the page being one witness
    assert sorted(c.source.url for c in award.citations) == sorted(
        [*SPELLINGS, f"https://www.usaspending.gov/award/{KEY}/"]
    )
    assert award.independent_sources == 1
    out = tmp_path / "out"
    write_outputs(result, out)
    graph = out / "graph.ttl"
    palantir = [
        row
        for row in _answer(graph, "suppliers", agency="ice")
        if row["supplier"] == "Palantir Technologies" and "usaspending" in row["sources"]
    ]
    assert [(row["buyer"], row["amount"]) for row in palantir] == [
        ("TEST OFFICE ALPHA", "42000000")
    ]
    contracts = [row for row in _answer(graph, "contracts", agency="ice") if row["award"] == KEY]
    assert len(contracts) == 1
    customers = [row for row in _answer(graph, "customers", company="palantir") if row["amount"]]
    assert [row["amount"] for row in customers] == ["42000000"]


def test_a_figure_the_old_form_gives_apart_is_a_claim_of_the_award(tmp_path):
    result = _built(tmp_path, _fact(SPELLINGS[0], amount="40000000"))
    [award] = [
        r
        for r in result.relationships
        if r.subject == "palantir" and r.relation == "supplies" and r.contract
    ]
    assert award.disputed
    assert sorted(c.amount for c in award.claims) == [40000000, 42000000]
    assert not [
        r
        for r in result.relationships
        if (r.subject, r.relation, r.object) == ("palantir", "supplies", "ice") and r.amount
    ]


def test_two_awards_in_the_older_form_are_two_documents(tmp_path):
    # Read as the site's home page, two awards' pages catalogued in the older form were one
    # document catalogued twice, and said so.
    other = KEY.replace("TEST0003", "TEST0002")
    result = _built(
        tmp_path,
        "",
        f"- id: award-three\n  url: https://www.usaspending.gov/#/award/{KEY}\n"
        "  title: Award three\n  publisher: USAspending.gov\n  kind: record\n"
        f"- id: award-two\n  url: https://www.usaspending.gov/#/award/{other}\n"
        "  title: Award two\n  publisher: USAspending.gov\n  kind: record\n",
    )
    assert [w for w in result.warnings if w.field == "url"] == []
    assert [p for p in result.problems if p.path.endswith("sources.yaml")] == []
    assert document_address(SPELLINGS[0]) != document_address(SPELLINGS[0].replace("3", "2"))
    assert len({document_address(url) for url in SPELLINGS}) == 1


def test_a_citation_giving_another_awards_page_beside_a_catalogued_award_is_refused(tmp_path):
    # Read as the site's home page, two awards' older links were one document: the citation
    # naming award three's entry and award two's page was taken as award three, with exit 0.
    other = KEY.replace("TEST0003", "TEST0002")
    catalogue = (
        f"- id: award-three\n  url: https://www.usaspending.gov/#/award/{KEY}\n"
        "  title: Award three\n  publisher: USAspending.gov\n  kind: record\n"
    )
    cites = (
        "- subject: palantir\n  relation: supplies\n  object: ice\n  citations:\n"
        "  - source: award-three\n    url: https://www.usaspending.gov/#/award/{}\n"
    )
    result = _built(tmp_path, cites.format(other), catalogue)
    [refused] = [p for p in result.problems if p.path.endswith("award.yaml")]
    assert (refused.line, refused.field) == (6, "url")
    assert refused.message.startswith("source 'award-three' has url")
    # the same award's page written the current way is the entry's
    result = _built(tmp_path / "again", cites.format(KEY.lower() + "/"), catalogue)
    assert [p for p in result.problems if p.path.endswith(("award.yaml", "sources.yaml"))] == []
