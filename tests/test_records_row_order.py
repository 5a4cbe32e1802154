"""An Atlas or mapped file sorted, filtered or joined in another order gives the same graph: an
entity spelt apart by its rows is labelled by the spelling most rows give (its other spellings
its aliases), a fact two rows state is cited by the row the rule picks by content, a link two
rows describe apart has one description, and nothing else changes but the cited rows' lines,
which move with their rows."""

import shutil

import pytest
from records_support import DATASETS, RECORDS, build_with, relationships
from row_order_support import ORDERS, built_graph, by_content, cited_rows, reordered, rows_by_line
from support import invoke

ATLAS = RECORDS / "atlas_order.csv"
ORDERS_MAPPING = RECORDS / "orders.yaml"
REAL_ATLAS = DATASETS / "eff-atlas" / "scholars_unders_surveillance_dataset_03-03-2021.csv"

# What the rule gives atlas_order.csv, whatever its rows' order: each entity's label and aliases.
ATLAS_LABELS = {
    # three rows of five say "Acme Police Department", one "ACME POLICE DEPARTMENT"
    "acme-police-department-mn": ("Acme Police Department", ("ACME POLICE DEPARTMENT",)),
    # a row each: the longest
    "flock-safety": ("Flock Safety, Inc.", ("FLOCK SAFETY INC", "Flock Safety")),
    # a row each, as long: the one not in capitals alone
    "beta-county-sheriffs-office-mn": (
        "Beta County Sheriffs Office",
        ("BETA COUNTY SHERIFFS OFFICE",),
    ),
    "automated-license-plate-readers": (
        "Automated License Plate Readers",
        ("automated license plate readers",),
    ),
}


def _atlas_in(tmp_path, order):
    """atlas_order.csv with its rows in `order`, and its rows by line."""
    path = reordered(ATLAS, tmp_path / str(order) / "atlas.csv", order)
    return path, {path.name: rows_by_line(path)}


def test_an_atlas_entity_is_labelled_by_the_spelling_most_rows_give(tmp_path):
    for order in ("as is", *ORDERS):
        path, _ = _atlas_in(tmp_path, order)
        result = build_with(("atlas", path))
        labels = {
            entity: (result.registry.get(entity).label, result.registry.get(entity).aliases)
            for entity in ATLAS_LABELS
        }
        assert labels == ATLAS_LABELS, order
    # the graph states the label, and each other spelling as an alias (tg:alias, which the
    # ontology makes a skos:altLabel)
    built_graph([("atlas", path)], tmp_path / "built")
    found = invoke(
        "query",
        "--graph",
        tmp_path / "built" / "graph.nq",
        "--format",
        "tsv",
        "-e",
        "SELECT ?alias WHERE { ?e rdfs:label 'Flock Safety, Inc.' ; tg:alias ?alias } "
        "ORDER BY ?alias",
    )
    assert found.stdout.splitlines()[1:] == ["FLOCK SAFETY INC", "Flock Safety"]


def test_an_atlas_citation_two_rows_give_is_the_row_that_says_more(tmp_path):
    """Lines 3 and 5 are one record (TESTORD02, one link): the row with its city and county
    cites it, not whichever was read first; the drones story's link, described on line 2 and
    listed bare among line 4's other links, keeps line 2's description."""
    for order in ("as is", *ORDERS):
        path, files = _atlas_in(tmp_path, order)
        result = build_with(("atlas", path))
        [uses] = relationships(
            result, "uses", "acme-police-department-mn", "automated-license-plate-readers"
        )
        cited = {c.source.url: files[path.name][c.where.line] for c in uses.citations}
        assert cited["https://example.org/test-acme-plates"][1:3] == ("Acmeville", "Acme County")
        assert cited["https://example.org/test-acme-drones"][0] == "TESTORD03"
        drones = next(c.source for c in uses.citations if c.source.url.endswith("test-acme-drones"))
        assert (drones.title, str(drones.published), drones.kind) == (
            "Acme Gazette",
            "2020-03-01",
            "News article",
        )


@pytest.mark.parametrize("order", ORDERS)
def test_an_atlas_file_in_another_row_order_gives_the_same_graph(tmp_path, order):
    """The outputs differ in the cited lines only, each following its row."""
    path, files = _atlas_in(tmp_path, "as is")
    before = build_with(("atlas", path))
    graph = by_content(built_graph([("atlas", path)], tmp_path / "a"), [path])
    cited = cited_rows(before, files)
    reordered(ATLAS, path, order)  # the same file, its rows sorted otherwise
    after = build_with(("atlas", path))
    assert cited_rows(after, {path.name: rows_by_line(path)}) == cited
    assert by_content(built_graph([("atlas", path)], tmp_path / "b"), [path]) == graph


def _orders_in(tmp_path, order):
    """orders.yaml over orders.csv with its rows in `order`."""
    folder = tmp_path / str(order)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ORDERS_MAPPING, folder / "orders.yaml")
    data = reordered(RECORDS / "orders.csv", folder / "orders.csv", order)
    return folder / "orders.yaml", data


def test_a_mapped_fact_stated_once_is_cited_by_the_row_that_says_more(tmp_path):
    """The department's `once: true` part of the city, on three rows, is cited by the one
    that fills the most cells (PO-1's second line, with its note), and so is PO-1, which two
    rows cite alike; the vendor two rows spell "Acme Towing Co" is labelled so."""
    for order in ("as is", *ORDERS):
        mapping, data = _orders_in(tmp_path, order)
        rows = rows_by_line(data)
        result = build_with(("mapping", mapping))
        vendor = result.registry.get("acme-towing")
        assert (vendor.label, vendor.aliases) == ("Acme Towing Co", ("ACME TOWING CO.",))
        [part] = relationships(result, "partOf", "testburg-police-department", "city-of-testburg")
        [citation] = part.citations
        assert rows[citation.where.line][-1] == "TEST DATA: the second line of PO-1"
        [supplies] = relationships(result, "supplies", "acme-towing", "city-of-testburg")
        cited = {c.locator: rows[c.where.line] for c in supplies.citations}
        assert cited["PO PO-1"][-1] == "TEST DATA: the second line of PO-1"
        assert cited["PO PO-2"][1] == "ACME TOWING CO."


@pytest.mark.parametrize("order", ORDERS)
def test_a_mapped_file_in_another_row_order_gives_the_same_graph(tmp_path, order):
    mapping, data = _orders_in(tmp_path, "as is")
    files = {data.name: rows_by_line(data)}
    cited = cited_rows(build_with(("mapping", mapping)), files)
    graph = by_content(built_graph([("mapping", mapping)], tmp_path / "a"), [data])
    reordered(RECORDS / "orders.csv", data, order)
    after = build_with(("mapping", mapping))
    assert cited_rows(after, {data.name: rows_by_line(data)}) == cited
    assert by_content(built_graph([("mapping", mapping)], tmp_path / "b"), [data]) == graph


needs_atlas = pytest.mark.skipif(
    not REAL_ATLAS.is_file(), reason="../shared/datasets/eff-atlas is not present"
)


@needs_atlas
def test_the_real_atlas_file_reversed_gives_the_same_graph(tmp_path):
    """The scholars' Atlas file spells two agencies two ways (one row each), and describes
    links apart on two rows: each label and description was the first row's."""
    path = reordered(REAL_ATLAS, tmp_path / "atlas.csv", "as is")
    result = build_with(("atlas", path))
    boulder = result.registry.get("university-of-colorado-boulder-police-department-co")
    assert (boulder.label, boulder.aliases) == (
        "University of Colorado, Boulder Police Department",
        ("University of Colorado Boulder Police Department",),
    )
    files = {path.name: rows_by_line(path)}
    cited = cited_rows(result, files)
    # (five of its link dates and links cannot be read, and are reported)
    graph = by_content(built_graph([("atlas", path)], tmp_path / "a", skipped=True), [path])
    reordered(REAL_ATLAS, path, "reversed")
    after = build_with(("atlas", path))
    assert after.registry.get(boulder.id).label == boulder.label
    assert cited_rows(after, {path.name: rows_by_line(path)}) == cited
    reversed_graph = built_graph([("atlas", path)], tmp_path / "b", skipped=True)
    assert by_content(reversed_graph, [path]) == graph


ALPR = DATASETS / "surveillance-radar" / "eff-data-driven-alpr-2016-2017.csv"
REPORTS = (
    "subject: {column: Agency, type: GovernmentAgency}\nrelation: uses\n"
    "object: {value: Licence plate readers, type: Product}\n"
    "citation:\n  url: Report\n  title: 'Sharing report: {Agency}'\n  locator: '{Agency}'\n"
)


def test_a_url_two_rows_title_apart_is_cited_without_either_title(tmp_path):
    """A title is the document's: two agencies' rows linking one report under a title of
    each row's agency cited the report, for both, by the one that says most (Alpha's)."""
    from records_support import mapping_of, warnings

    shared = "https://example.org/report-beta.html"
    rows = (
        "Agency,Report\n"
        f"Alpha Police Department,{shared}\n"
        f"Beta Police Department,{shared}\n"
        "Gamma Police Department,https://example.org/report-gamma.html\n"
    )
    result = build_with(("mapping", mapping_of(tmp_path, rows, REPORTS)))
    cited = {
        c.locator: (c.source.url, c.source.title)
        for r in relationships(result, "uses")
        for c in r.citations
        if c.extractor == "mapping"
    }
    assert cited == {
        "Alpha Police Department": (shared, None),
        "Beta Police Department": (shared, None),
        "Gamma Police Department": (
            "https://example.org/report-gamma.html",
            "Sharing report: Gamma Police Department",
        ),
    }
    assert warnings(result) == [
        (
            "awards.csv",
            2,
            "title",
            f"rows cite {shared} under 2 titles: 'Sharing report: Alpha Police Department' "
            "(line 2), 'Sharing report: Beta Police Department' (line 3); a document has one "
            "title, so it is cited without one, each row by its own locator (write a title "
            "that names the document, not the row: a fixed one, or a column that holds each "
            "document's)",
        )
    ]
    assert not result.problems


@pytest.mark.skipif(not ALPR.is_file(), reason="../shared/datasets/surveillance-radar absent")
def test_the_alpr_examples_sosink_row_cites_no_other_agencys_title():
    """EFF's licence-plate reader file links SOSINK's data sharing report from Cincinnati's
    row too: SOSINK's row cited "Vigilant ALPR report: Cincinnati Police Department"."""
    from support import REPO

    result = build_with(("mapping", REPO / "examples" / "eff-alpr-vigilant.yaml"))
    for rel in relationships(result, "uses"):
        agency = result.registry.get(rel.subject).label
        for citation in (c for c in rel.citations if c.extractor == "mapping"):
            assert citation.source.title in (None, f"Vigilant ALPR report: {agency}")
    [sosink] = [r for r in relationships(result, "uses") if r.subject.startswith("sosink")]
    assert [c.source.title for c in sosink.citations] == [None]
