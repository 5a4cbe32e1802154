"""The network page with contract records, in a real Chromium: ties, not records; legible labels.

Award counts and totals are computed here from the CSV files themselves, and compared with
what the page shows.
"""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pytest
from support import MINI, REPO, SHARED, invoke

from graphkit.viz.render import render_html

RECORDS = Path(__file__).resolve().parent / "fixtures" / "records"
USASPENDING = SHARED / "datasets" / "usaspending"
ICE = "https://w3id.org/techgov/id/ice"

TIE_PANEL = """() => ({
  summary: document.querySelector('#panel .tie-summary').textContent,
  awards: [...document.querySelectorAll('#panel dl.summary dt')]
    .filter(dt => dt.textContent === 'awards').map(dt => Number(dt.nextSibling.textContent))[0],
  total: Number(document.querySelector('#panel dd[data-currency=USD]').dataset.total),
  facts: [...document.querySelectorAll('#panel .fact')].length,
})"""


def build(out: Path, *sources: str, config: Path = MINI / "graphkit.toml") -> Path:
    args = ["build", "--config", config, "--out", out]
    for source in sources:
        args += ["--source", source]
    result = invoke(*args)
    assert (out / "graph.html").is_file(), result.stderr
    return out / "graph.html"


def awards_by_recipient(*files: Path) -> dict[str, tuple[str, dict[str, float]]]:
    """recipient UEI -> (its first name, {award key: obligated amount}): of an award's rows, the
    figure of the latest action date, then the larger (the rows of one award in these files
    write their dates alike, so their text compares as the dates do)."""
    found: dict[str, tuple[str, dict[str, list[tuple[str, float]]]]] = {}
    for path in files:
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                try:
                    amount = float(row["total_obligated_amount"])
                except ValueError:
                    continue
                if row["recipient_name"]:
                    name, awards = found.setdefault(
                        row["recipient_uei"], (row["recipient_name"], {})
                    )
                    figures = awards.setdefault(row["contract_award_unique_key"], [])
                    figures.append((row["award_latest_action_date"], amount))
    return {
        uei: (name, {key: max(figures)[1] for key, figures in awards.items()})
        for uei, (name, awards) in found.items()
    }


def drawn(watched) -> dict:
    return watched.js("window.graphkit.drawn()")


def assert_one_edge_per_pair_and_family(edges: list[dict]) -> None:
    keys = [(min(e["from"], e["to"]), max(e["from"], e["to"]), e["family"]) for e in edges]
    assert len(keys) == len(set(keys))


def open_tie(watched, a: str, b: str, family: str = "business") -> dict:
    first, second = sorted([a, b])
    assert watched.js("id => window.graphkit.focus(id)", f"{family}|{first}|{second}")
    return watched.js(TIE_PANEL)


def supplier_id(watched, name: str) -> str:
    return watched.js("name => window.graphkit.search(name)[0]", name)


@pytest.fixture(scope="module")
def records_page(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("records")
    return build(out, f"usaspending:{RECORDS / 'prime_awards.csv'}")


def test_awards_are_ties_with_their_total_and_contracts_only_on_request(watched, records_page):
    watched.open(records_page)
    shown = drawn(watched)
    assert_one_edge_per_pair_and_family(shown["edges"])
    assert not [n for n in shown["nodes"] if n["type"] == "Contract"]
    assert "TEST OFFICE ALPHA" not in {n["label"] for n in shown["nodes"]}  # folded into ICE

    _, expected = awards_by_recipient(RECORDS / "prime_awards.csv")["TESTWESTPUB1"]
    panel = open_tie(watched, ICE, supplier_id(watched, "West Publishing Corporation"))
    # A modification of award 0001 (1,500.00) is never added to its first figure (1,000.50):
    # of one latest action date, the larger is the award's.
    assert (panel["awards"], panel["total"]) == (len(expected), round(sum(expected.values()), 2))
    assert panel["awards"] == 2 and panel["total"] == 1750
    assert panel["summary"] == "supplies · 2 awards · $1.8K obligated"
    text = watched.page.locator("#panel").inner_text()
    assert text.index("1,000.50 USD") < text.index("250 USD")  # the largest amount first
    assert "TEST0001" in text and "TEST0002" in text  # contracts are in the evidence

    contract = "https://w3id.org/techgov/id/cont-awd-test0001-7012-none-none"
    assert watched.js("id => window.graphkit.focusNode(id)", contract) is False
    assert "tick Show contracts" in watched.page.inner_text("#status")  # not "Reset shows it"
    watched.page.locator("#record-toggles input[value=contracts]").check()
    contracts = [n for n in drawn(watched)["nodes"] if n["type"] == "Contract"]
    assert {"TEST0001", "TEST0002", "TEST0007"} <= {n["label"] for n in contracts}
    assert_one_edge_per_pair_and_family(drawn(watched)["edges"])
    watched.page.locator("#record-toggles input[value=offices]").check()
    shown = drawn(watched)
    assert "TEST OFFICE ALPHA" in {n["label"] for n in shown["nodes"]}
    assert_one_edge_per_pair_and_family(shown["edges"])
    assert watched.errors == [] and watched.outside_requests(records_page) == []


def test_labels_of_the_most_connected_are_legible_and_apart(watched, tmp_path):
    """On the bundled graph at the opening view of a 1400×900 window."""
    if not (REPO / "data").is_dir():
        pytest.skip("no bundled data/ in this checkout")
    page = build(tmp_path, config=REPO / "graphkit.toml")
    watched.open(page)
    nodes = drawn(watched)["nodes"]
    top = sorted(nodes, key=lambda n: (-n["degree"], n["id"]))[:20]
    assert all(n["box"] is not None and n["fontPx"] >= 11 for n in top), top
    boxes = [n["box"] for n in nodes if n["box"]]
    for i, (x, y, w, h) in enumerate(boxes):
        for x2, y2, w2, h2 in boxes[i + 1 :]:
            assert x + w <= x2 or x2 + w2 <= x or y + h <= y2 or y2 + h2 <= y
    window = watched.js("[window.innerWidth, window.innerHeight]")
    assert all(n["box"][0] >= 0 and n["box"][0] + n["box"][2] <= window[0] for n in top)
    watched.screenshot(tmp_path, "bundled-page.png")


def test_selecting_an_edge_names_both_ends_and_filters_refit(watched, records_page):
    watched.open(records_page)
    west = supplier_id(watched, "West Publishing Corporation")
    open_tie(watched, ICE, west)
    labelled = {n["id"] for n in drawn(watched)["nodes"] if n["box"]}
    assert {ICE, west} <= labelled
    watched.page.click("#reset")

    before = watched.js("window.graphkit.network.getScale()")
    watched.page.locator("#type-filters input[value=Person]").uncheck()
    watched.page.locator("#type-filters input[value=Product]").uncheck()
    watched.page.locator("#family-filters input[value=stance]").uncheck()
    after = watched.js("window.graphkit.network.getScale()")
    assert after != before  # the view was fitted again to what is left
    inside = watched.js("""() => {
      const g = window.graphkit, net = g.network, box = document.getElementById('network');
      return g.visible().nodes.every(id => { const p = net.canvasToDOM(net.getPositions([id])[id]);
        return p.x >= 0 && p.y >= 0 && p.x <= box.clientWidth && p.y <= box.clientHeight; });
    }""")
    assert inside


def test_highlight_fades_all_but_the_given_facts(watched, records_page):
    watched.open(records_page)
    west = supplier_id(watched, "West Publishing Corporation")
    tie = f"business|{min(ICE, west)}|{max(ICE, west)}"
    facts = watched.js("id => window.graphkit.tie(id).facts", tie)
    assert watched.js("ids => window.graphkit.highlight(ids)", facts[:1]) == [tie]
    faded = watched.js("""window.graphkit.nodes.get({filter: n => !n.hidden})
        .filter(n => String(n.color.background).startsWith('rgba(190')).map(n => n.id)""")
    assert ICE not in faded and west not in faded and faded
    assert watched.js("window.graphkit.highlight(null)") == []
    assert not watched.js("""window.graphkit.nodes.get({filter: n => !n.hidden})
        .some(n => String(n.color.background).startsWith('rgba(190'))""")


@pytest.fixture(scope="module")
def usaspending_page(tmp_path_factory) -> Path:
    if not USASPENDING.is_dir():
        pytest.skip(f"{USASPENDING} not found: the real USAspending downloads are not here")
    out = tmp_path_factory.mktemp("usaspending")
    return build(out, f"usaspending:{USASPENDING}", config=REPO / "graphkit.toml")


def test_usaspending_import_draws_one_tie_per_supplier(watched, usaspending_page, tmp_path):
    watched.open(usaspending_page)
    shown = drawn(watched)
    assert_one_edge_per_pair_and_family(shown["edges"])
    assert not [n for n in shown["nodes"] if n["type"] == "Contract"]
    awards = awards_by_recipient(*USASPENDING.glob("Contracts_PrimeAwardSummaries_ICE*.csv"))
    name, expected = max(awards.values(), key=lambda item: sum(item[1].values()))
    panel = open_tie(watched, ICE, supplier_id(watched, name))
    assert panel["awards"] == len(expected)
    assert panel["total"] == pytest.approx(sum(expected.values()), abs=0.01)
    assert f"{len(expected)} awards" in panel["summary"]
    watched.screenshot(tmp_path, "usaspending-page.png")


def _supplies(
    net,
    key: str,
    amount: str,
    contract: str | None,
    url: str,
    start: str = "2021-01-01",
    extractor: str = "usaspending",
    role: str | None = None,
) -> None:
    net.add_edge(
        "https://w3id.org/techgov/id/acme",
        ICE,
        key=key,
        relation="supplies",
        family="business",
        start=start,
        amount=amount.split()[0],
        currency=amount.split()[-1] if " " in amount else "USD",  # "2000000 EUR"
        role=role,
        contract=contract,
        contract_label=contract and contract.rsplit("/", 1)[1],
        citations=[{"url": url, "title": key, "extractor": extractor, "confidence": 1.0}],
    )


ACME = "https://w3id.org/techgov/id/acme"


def acme_tie(
    watched, tmp_path, facts: list[tuple], extractor: str = "usaspending", role=None
) -> dict:
    """The ICE–Acme tie's panel on a page of these `_supplies` facts (key, amount, contract,
    url, start), each cited by `extractor`, in `role`."""
    net = nx.MultiDiGraph()
    net.add_node(ACME, type="Company", label="Acme")
    net.add_node(ICE, type="GovernmentAgency", label="ICE")
    for key, amount, contract, url, start in facts:
        _supplies(net, key, amount, contract, url, start=start, extractor=extractor, role=role)
    page = tmp_path / "awards.html"
    page.write_text(render_html(net), encoding="utf-8")
    watched.open(page)
    assert [e["facts"] for e in drawn(watched)["edges"]] == [len(facts)]
    return open_tie(watched, ICE, ACME)


def test_facts_under_one_award_are_counted_once_at_their_largest_figure(watched, tmp_path):
    """A record and its modification, both kept as facts, never add up."""
    award, day = "https://w3id.org/techgov/id/award-1", "2021-01-01"
    panel = acme_tie(
        watched,
        tmp_path,
        [
            ("rel/1", "1000", award, "https://example.org/award-1", day),
            ("rel/2", "1500", award, "https://example.org/award-1-mod", day),
            ("rel/3", "200", "https://w3id.org/techgov/id/award-2", "https://example.org/2", day),
        ],
    )
    assert (panel["awards"], panel["total"], panel["facts"]) == (2, 1700, 3)
    assert panel["summary"] == "supplies · 2 awards · $1.7K obligated"


PRIME = "https://w3id.org/techgov/id/award-9"
# Subawards carry their prime award's contract, each on its own date: every one counts, and a
# restatement on the same date still counts once, at its largest figure.
SUBAWARDS = [
    ("rel/1", "1000", PRIME, "https://example.org/sub-1", "2021-01-05"),
    ("rel/2", "1500", PRIME, "https://example.org/sub-1-again", "2021-01-05"),
    ("rel/3", "300", PRIME, "https://example.org/sub-2", "2021-03-09"),
    ("rel/4", "200", PRIME, "https://example.org/sub-3", "2022-07-01"),
]
# The record (dated to the day) and a source's fact of the same contract dated to the year are
# one award, and an undated one too; a subaward of another day stays apart.
RESTATED = [
    ("rel/1", "4000", PRIME, "https://example.org/restated", "2019"),
    ("rel/2", "4200", PRIME, "https://example.org/record", "2019-09-25"),
    ("rel/3", "100", PRIME, "https://example.org/sub", "2020-02-03"),
    ("rel/4", "4100", PRIME, "https://example.org/undated", None),
]


@pytest.mark.parametrize(
    ("facts", "awards", "total"),
    [(SUBAWARDS, 3, 2000), (RESTATED, 2, 4300)],
    ids=["subawards-add-up", "a-restatement-is-the-same-award"],
)
def test_a_contracts_facts_are_one_award_where_their_dates_agree(
    watched, tmp_path, facts, awards, total
):
    panel = acme_tie(watched, tmp_path, facts)
    assert (panel["awards"], panel["total"], panel["facts"]) == (awards, total, len(facts))


def test_a_subawards_actions_of_one_date_each_count(watched, tmp_path):
    """Two actions of one subaward on one date, of two amounts, are two relationships (the
    build joins only the reports of one action): the page counted the larger alone."""
    day = "2021-09-26"
    facts = [
        ("rel/1", "43294.99", PRIME, "https://example.org/sub-1", day),
        ("rel/2", "442174.08", PRIME, "https://example.org/sub-1", day),
    ]
    panel = acme_tie(watched, tmp_path, facts, role="subcontractor")
    assert (panel["awards"], panel["total"]) == (2, pytest.approx(485469.07))


def test_an_award_value_another_source_reports_is_an_amount_not_an_obligation(watched, tmp_path):
    """Only a prime award's figure from USAspending's record is money obligated: a mapping of
    another tracker's "current total value" is summed as an amount, and said to be one."""
    award = "https://w3id.org/techgov/id/award-1"
    facts = [("rel/1", "18300000", award, "https://example.org/freezer-1", "2021-01-01")]
    panel = acme_tie(watched, tmp_path, facts, extractor="mapping")
    assert panel["summary"] == "supplies · 1 award · $18.3M"


def test_an_award_given_in_two_currencies_counts_in_each_and_says_so(watched, tmp_path):
    """A fact file's 1,500,000 USD and a mapped table's 2,000,000 EUR for one award: the tie
    kept the larger number, 2M EUR, as if the two were one currency, and lost the dollars."""
    award, day = "https://w3id.org/techgov/id/award-1", "2021-01-01"
    facts = [
        ("rel/1", "1500000", award, "https://example.org/award-1", day),
        ("rel/2", "2000000 EUR", award, "https://example.org/award-1-eu", day),
        ("rel/3", "1000000 EUR", award, "https://example.org/award-1-eu-first", day),
        ("rel/4", "200", "https://w3id.org/techgov/id/award-2", "https://example.org/2", day),
    ]
    panel = acme_tie(watched, tmp_path, facts, extractor="mapping")
    assert (panel["awards"], panel["total"]) == (2, 1500200)
    assert panel["summary"] == (
        "supplies · 2 awards · 2M EUR + $1.5M · 1 award given in two currencies, counted in each"
    )
    euros = watched.page.locator("#panel dd[data-currency=EUR]").get_attribute("data-total")
    assert euros == "2000000"
    text = watched.page.locator("#panel").inner_text()
    assert "1 award given in two currencies, counted in each" in text
    # the facts listed by currency, each's largest first: no euro figure set against a dollar's
    assert text.index("2,000,000 EUR") < text.index("1,000,000 EUR") < text.index("1,500,000 USD")
