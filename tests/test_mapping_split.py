"""Cells that name several things ("DHS, ICE", "Axon; Motorola Solutions"): a mapping's
`split:` makes one fact per name, `ignore:` drops placeholders ("No data", "and others"), and
the EFF vendor directory example reads its agency column that way."""

import csv
from pathlib import Path

import pytest
from rdflib import RDFS
from records_support import DATASETS, TG, build_with, problems, relationships
from support import MINI, REPO, copy_project

from graphkit.config import SourceSpec, load_config
from graphkit.extractors.atlas import vendors
from graphkit.extractors.base import ExtractContext
from graphkit.extractors.cells import separators_pattern, split_names
from graphkit.extractors.mapping import extract

EXAMPLE = REPO / "examples" / "eff-dhs-vendors.yaml"
DIRECTORY = DATASETS / "eff-dhs-vendors" / "surveillance_vendors.FIRST13ROWS.csv"
# The directory's own header, in its order; the rows below are invented.
HEADER = [
    "Ref",
    "Company Name",
    "Website",
    "Categories of Products/Services",
    "Corporate Summary (Derived from company materials)",
    "AI/ML in Marketing",
    "DHS Prime Contractor",
    "Border Security Expo Exhibitor/Sponsor(2022-2025)",
    "Border Technology Summit 2024-2025",
    "Homeland Security Technology Consortium Member",
    "Additional notes",
    "Parent Company/Alternative Name/DBA",
    "Related Companies (Subsidiaries, Distributors, Strategic Partners, Passthroughs)",
    "Official DHS Programs",
    "Federal Agency Contracts",
    "USASpending.gov Link (DHS)",
    "Federal Procurement Data System Link (DHS)",
    "Related/Source Links",
    "Related/Source Links.1",
    "Related/Source Links.2",
]


def directory(folder: Path, rows: list[dict]) -> Path:
    """A vendor directory CSV in the published layout, with `rows` (by column) filled in."""
    path = folder / "vendors.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, HEADER, restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path


def vendor(ref: str, name: str, agencies: str, **more: str) -> dict:
    link = f"https://example.org/vendor/{ref}"
    return {"Ref": ref, "Company Name": name, "Federal Agency Contracts": agencies} | {
        "Related/Source Links": link,
        **more,
    }


def mapping(folder: Path, rows: list[dict], rule: str) -> Path:
    """A mapping over a directory of `rows`: `rule` (YAML lines for subject, relation, object
    and more), cited by each row's first source link."""
    directory(folder, rows)
    path = folder / "vendors.yaml"
    path.write_text(
        f"data: vendors.csv\n{rule}citation: {{url: Related/Source Links, locator: '{{Ref}}'}}\n",
        encoding="utf-8",
    )
    return path


AGENCIES = (
    "subject: {column: Company Name, type: Company}\n"
    "relation: supplies\n"
    "object: {column: Federal Agency Contracts, type: GovernmentAgency, split: ',',"
    " ignore: [No data, and others]}\n"
)

LABELS = f"""
SELECT DISTINCT ?vendor ?agency WHERE {{
  GRAPH ?g {{ ?v <{TG.supplies}> ?a }}
  GRAPH ?h {{ ?v <{RDFS.label}> ?vendor }}
  GRAPH ?i {{ ?a <{RDFS.label}> ?agency }}
}}
"""


def supplied(result) -> set[tuple[str, str]]:
    """(vendor label, agency label) of every supplies triple, asked of the built store."""
    answers = result.built.store.query(LABELS)
    return {(row["vendor"].value, row["agency"].value) for row in answers}


def test_each_name_in_a_cell_is_its_own_fact_with_the_row_citation(tmp_path):
    rows = [vendor("T1", "Split Vendor", "DHS, ICE, HSI")]
    result = build_with(("mapping", mapping(tmp_path, rows, AGENCIES)))
    assert {a for v, a in supplied(result) if v == "Split Vendor"} == {
        "U.S. Department of Homeland Security",
        "U.S. Immigration and Customs Enforcement",
        "Homeland Security Investigations",
    }
    rels = relationships(result, "supplies", "split-vendor")
    assert {c.source.url for r in rels for c in r.citations} == {"https://example.org/vendor/T1"}
    assert {c.locator for r in rels for c in r.citations} == {"T1"}
    assert not [e.label for e in result.registry if ", " in e.label]
    assert not result.problems


def test_placeholders_and_empty_parts_are_dropped_and_a_name_counts_once(tmp_path):
    rows = [
        vendor("T1", "Listing Vendor", "ICE, , DHS and others, ice,"),
        vendor("T2", "Quiet Vendor", "NO DATA"),  # ignored values compare without case
        vendor("T3", "Other Vendor", "DHS, and Others"),
    ]
    result = build_with(("mapping", mapping(tmp_path, rows, AGENCIES)))
    assert sorted(supplied(result) - supplied(build_with())) == [
        ("Listing Vendor", "U.S. Department of Homeland Security"),
        ("Listing Vendor", "U.S. Immigration and Customs Enforcement"),
        ("Other Vendor", "U.S. Department of Homeland Security"),
    ]
    # "ice" again in the cell is the same fact, cited once
    [ice] = relationships(result, "supplies", "listing-vendor", "ice")
    assert len(ice.citations) == 1
    # "No data" states no contract: nothing made of it, and nothing to report
    agencies = [e.label.casefold() for e in result.registry if e.type == "GovernmentAgency"]
    assert not [a for a in agencies if "data" in a or "other" in a]
    assert not result.problems


def test_an_empty_cell_is_still_reported_where_a_placeholder_is_not(tmp_path):
    rows = [vendor("T1", "Blank Vendor", ""), vendor("T2", "Stated Vendor", "No data")]
    result = build_with(("mapping", mapping(tmp_path, rows, AGENCIES)))
    assert problems(result) == [
        ("vendors.csv", 2, "Federal Agency Contracts", "missing object; the row is skipped")
    ]


def test_the_extractor_gives_the_facts_in_the_cell_order(tmp_path):
    rows = [vendor("T1", "Ordered Vendor", "HSI, DHS, ICE, dhs")]
    path = mapping(tmp_path, rows, AGENCIES)
    context = ExtractContext(root=tmp_path)
    facts = list(extract(path, context))
    assert [(f.subject, f.object) for f in facts] == [
        ("Ordered Vendor", "HSI"),
        ("Ordered Vendor", "DHS"),
        ("Ordered Vendor", "ICE"),
    ]
    assert not context.problems


def test_names_keep_the_cell_order_and_a_legal_form_stays_with_its_name():
    commas = separators_pattern([","])
    assert split_names("ICE, DHS, HSI, ICE", commas).names == ["ICE", "DHS", "HSI"]
    cell = "Axon Enterprise, Inc., Motorola Solutions, Elevated Technologies, LLC,"
    assert split_names(cell, commas).names == [
        "Axon Enterprise, Inc.",
        "Motorola Solutions",
        "Elevated Technologies, LLC",
    ]
    # a separator written with spaces around it needs them in the cell
    assert split_names("A/B Corp / C Corp", separators_pattern([" / "])).names == [
        "A/B Corp",
        "C Corp",
    ]


def test_a_quoted_name_holding_the_separator_is_one_name(tmp_path):
    """A name a cell quotes because it holds the separator stays whole, without its quotes,
    rather than becoming the entities '"Smith' and 'Jones & Co"'."""
    rule = (
        "subject: {column: Company Name, type: Company, split: ','}\n"
        "relation: supplies\n"
        "object: {column: Federal Agency Contracts, type: GovernmentAgency, split: ','}\n"
    )
    rows = [
        vendor(
            "T1",
            '"Smith, Jones & Co", Quoteless Vendor',
            "DHS, \u201cBureau of Alcohol, Tobacco, Firearms and Explosives\u201d",
        )
    ]
    result = build_with(("mapping", mapping(tmp_path, rows, rule)))
    assert {p for p in supplied(result) if p[0] != "Amazon"} >= {
        ("Smith, Jones & Co", "U.S. Department of Homeland Security"),
        ("Quoteless Vendor", "U.S. Department of Homeland Security"),
        ("Smith, Jones & Co", "Bureau of Alcohol, Tobacco, Firearms and Explosives"),
    }
    assert not [e for e in result.registry if '"' in e.label or e.label == "Jones & Co"]
    assert split_names('"A, B" , C', separators_pattern([","])).names == ["A, B", "C"]
    # a quote that is never closed splits as if it were not there
    assert split_names('"A, B', separators_pattern([","])).names == ['"A', "B"]


@pytest.mark.parametrize(
    "cell, names",
    [
        ("DJI, Yuneec", ["DJI", "Yuneec"]),
        ("Axon Enterprise, Inc.", ["Axon Enterprise, Inc."]),
        ("Motorola Solutions, Inc.; Axon", ["Motorola Solutions, Inc.", "Axon"]),
        ("Unknown, Axon Enterprise, Inc.", ["Axon Enterprise, Inc."]),
        ("N/A", []),
        ("Skydio / Parrot", ["Skydio", "Parrot"]),
        ("", []),
    ],
)
def test_the_atlas_reads_its_vendor_cells_through_the_same_rules(cell, names):
    """The Atlas's vendor cells are split_names with its separators and unnamed values."""
    assert vendors(cell) == names


def test_both_ends_split_give_every_pair(tmp_path):
    rule = (
        "subject: {column: Company Name, type: Company, split: [';', ',']}\n"
        "relation: supplies\n"
        "object: {column: Federal Agency Contracts, type: GovernmentAgency, split: ','}\n"
    )
    rows = [vendor("T1", "Pair One Inc; Pair Two, Inc.", "DHS, ICE")]
    result = build_with(("mapping", mapping(tmp_path, rows, rule)))
    assert {(r.subject, r.object) for r in relationships(result, "supplies")} >= {
        ("pair-one", "dhs"),
        ("pair-one", "ice"),
        ("pair-two", "dhs"),
        ("pair-two", "ice"),
    }
    assert result.registry.get("pair-two").label == "Pair Two, Inc."


def test_also_rules_split_too_and_keep_the_qualifiers(tmp_path):
    rule = (
        "subject: {column: Company Name, type: Company}\n"
        "relation: supplies\n"
        "object: {value: DHS, type: GovernmentAgency}\n"
        "also:\n"
        "  - subject: {column: Company Name, type: Company}\n"
        "    relation: supplies\n"
        "    object: {column: Federal Agency Contracts, type: GovernmentAgency, split: ','}\n"
        "    qualifiers: {product: Official DHS Programs}\n"
    )
    rows = [vendor("T1", "Also Vendor", "ICE, HSI", **{"Official DHS Programs": "Towers"})]
    result = build_with(("mapping", mapping(tmp_path, rows, rule)))
    for agency in ("ice", "hsi"):
        [rel] = relationships(result, "supplies", "also-vendor", agency)
        assert result.registry.get(rel.product).label == "Towers"
        assert [c.locator for c in rel.citations] == ["T1"]


def test_a_json_list_cell_gives_each_item_as_a_name(tmp_path):
    """With split, a JSON record's list is its names, each item read as a cell is; without
    split, a list is still refused rather than made one name."""
    (tmp_path / "awards.json").write_text(
        '[{"vendor": ["Axon Enterprise, Inc.", "Listed One; Listed Two", "N/A"],'
        ' "url": "https://example.org/award/1"},\n'
        ' {"vendor": "Listed Three", "url": "https://example.org/award/2"}]\n',
        encoding="utf-8",
    )
    rule = "data: awards.json\nrelation: supplies\nobject: {value: DHS}\ncitation: {url: url}\n"
    spec = tmp_path / "awards.yaml"
    spec.write_text(
        rule + "subject: {column: vendor, type: Company, split: ';', ignore: [N/A]}\n",
        encoding="utf-8",
    )
    result = build_with(("mapping", spec))
    assert {v for v, a in supplied(result) if a == "U.S. Department of Homeland Security"} >= {
        "Axon Enterprise, Inc.",
        "Listed One",
        "Listed Two",
        "Listed Three",
    }
    assert not problems(result)
    spec.write_text(rule + "subject: {column: vendor, type: Company}\n", encoding="utf-8")
    result = build_with(("mapping", spec))
    assert problems(result) == [
        (
            "awards.json",
            1,
            "vendor",
            "vendor holds a list, not a value; the row is skipped",
        )
    ]


def test_a_legal_form_after_a_comma_stays_with_its_name(tmp_path):
    """ "Citibank, N.A." split at commas was two companies, "Citibank" and "N.A."; so was every
    name whose legal form is dotted or foreign ("S.A.", "S.p.A.", "Pty Ltd")."""
    rule = (
        "subject: {column: Company Name, type: Company, split: ','}\n"
        "relation: supplies\n"
        "object: {value: DHS, type: GovernmentAgency}\n"
    )
    cell = "Citibank, N.A., Banco Ejemplo, S.A., Leonardo Ejemplo, S.p.A., Acme Ejemplo, Pty Ltd"
    result = build_with(("mapping", mapping(tmp_path, [vendor("T1", cell, "")], rule)))
    assert {v for v, a in supplied(result) if a == "U.S. Department of Homeland Security"} >= {
        "Citibank, N.A.",
        "Banco Ejemplo, S.A.",
        "Leonardo Ejemplo, S.p.A.",
        "Acme Ejemplo, Pty Ltd",
    }
    labels = {e.label for e in result.registry}
    assert not labels & {"N.A.", "S.A.", "S.p.A.", "Pty Ltd"}
    assert not result.problems
    # "SAS" is a firm as well as a form: a name of its own after a comma
    assert split_names("Palantir, SAS", separators_pattern([","])).names == ["Palantir", "SAS"]


def _registry_project(tmp_path, entities: str) -> Path:
    """The mini project with `entities` (YAML entries) added to its registry; its config."""
    project = copy_project(MINI, tmp_path / "project")
    with (project / "data" / "entities.yaml").open("a", encoding="utf-8") as registry:
        registry.write(entities)
    return project / "graphkit.toml"


FIRMS = (
    "subject: {column: Company Name, type: Company, split: [',', ' and ']%s}\n"
    "relation: supplies\n"
    "object: {value: DHS, type: GovernmentAgency}\n"
)


def test_a_name_the_registry_knows_or_the_mapping_keeps_is_not_split(tmp_path):
    """Split at " and ", "Procter and Gamble" was two companies, "Procter" and "Gamble". A run of
    parts that is a name the registry knows (by name_key: "&" is "and") stays one name, as does
    one the end's `keep:` lists; other parts of the cell still split."""
    config = _registry_project(
        tmp_path, "- id: procter-gamble\n  label: Procter & Gamble\n  type: Company\n"
    )
    rows = [
        vendor("T1", "Procter and Gamble", ""),
        vendor("T2", "Acme Widgets and Procter and Gamble, Johnson and Johnson and Beta Tools", ""),
    ]
    spec = mapping(tmp_path, rows, FIRMS % ", keep: [Johnson & Johnson]")
    result = build_with(("mapping", spec), config=config)
    assert sorted(r.subject for r in relationships(result, "supplies", obj="dhs")) == [
        "acme-widgets",
        "beta-tools",
        "johnson-and-johnson",
        "procter-gamble",
    ]
    assert not {"procter", "gamble", "johnson"} & {e.id for e in result.registry}
    [both] = relationships(result, "supplies", "procter-gamble", "dhs")
    assert sorted(c.locator for c in both.citations) == ["T1", "T2"]
    assert not result.problems
    # without keep, a name the registry lacks splits: keep is what says otherwise
    result = build_with(("mapping", mapping(tmp_path, rows[1:], FIRMS % "")), config=config)
    assert {"johnson", "procter-gamble"} <= {r.subject for r in relationships(result, "supplies")}


def test_the_atlas_keeps_a_vendor_the_registry_knows_whole(tmp_path):
    config = _registry_project(
        tmp_path, "- id: smith-jones\n  label: Smith, Jones and Partners\n  type: Company\n"
    )
    (tmp_path / "atlas.csv").write_text(
        '"AOSNUMBER","State","Agency","Technology","Vendor","Link 1"\n'
        '"T1","MN","Lakeside Police Department","Drones","Smith, Jones and Partners; DJI",'
        '"https://example.org/atlas/1"\n',
        encoding="utf-8",
    )
    result = build_with(("atlas", tmp_path / "atlas.csv"), config=config)
    assert {r.subject for r in relationships(result, "supplies")} >= {"smith-jones", "dji"}
    assert "jones-and-partners" not in {e.id for e in result.registry}


ROWS = [vendor("T1", "Any Vendor", "DHS")]


@pytest.mark.parametrize(
    "rule, expected",
    [
        (
            AGENCIES.replace("split: ','", "split: 5"),
            (
                4,
                "object",
                'split is a separator or a list of them, such as split: "," or split: [",", ";"]',
            ),
        ),
        (
            AGENCIES.replace("split: ','", "split: []"),
            (
                4,
                "object",
                'split is a separator or a list of them, such as split: "," or split: [",", ";"]',
            ),
        ),
        (
            AGENCIES.replace("ignore: [No data, and others]", "ignore: {No data: x}"),
            (
                4,
                "object",
                'ignore is a value or a list of them, such as ignore: ["No data", "N/A"]',
            ),
        ),
        (
            AGENCIES.replace("ignore: [No data, and others]", "keep: {Acme: x}"),
            (4, "object", 'keep is a name or a list of them, such as keep: ["Procter and Gamble"]'),
        ),
        (  # a misspelt key read as nothing would make "DHS, ICE" one agency on every row
            AGENCIES.replace("split:", "spilt:"),
            (
                4,
                "object",
                "unknown key 'spilt' in object; keys are column, ignore, keep, names, scope, split, "
                "type, value",
            ),
        ),
        (
            "subject: {column: Company Name}\nrelation: supplies\n"
            "object: {value: DHS}\nqualifiers:\n  product: {column: Official DHS Programs, "
            "split: ','}\n",
            (
                5,
                "qualifiers",
                "qualifier product holds one value: 'split' is not one of its keys; split is for "
                "subject and object",
            ),
        ),
        (  # "Axon; Motorola" with the award's amount: each given all of it, counted twice
            "subject: {column: Company Name, split: ';'}\nrelation: supplies\n"
            "object: {value: DHS}\nqualifiers:\n  amount: Amount\n  currency: {value: USD}\n",
            (
                5,
                "qualifiers",
                "an amount cannot go with subject's split: each name would be given the whole "
                "amount; state the amount in a rule whose ends are one name each",
            ),
        ),
        (  # one award has one holder and one buyer: each name made a dispute with the others
            "subject: {column: Company Name}\nrelation: supplies\n"
            "object: {column: Federal Agency Contracts, split: ','}\nqualifiers:\n"
            "  contract: Ref\n",
            (
                5,
                "qualifiers",
                "a contract cannot go with object's split: an award has one holder and one buyer, "
                "so each name would dispute the others; state the contract in a rule whose ends "
                "are one name each",
            ),
        ),
        (  # a rule's own citation was read as nothing: its facts cited the mapping's source
            AGENCIES + "also:\n  - subject: {column: Company Name}\n    relation: supplies\n"
            "    object: {value: ICE}\n    citation: {url: USASpending.gov Link (DHS)}\n",
            (
                9,
                "citation",
                "citation is the whole mapping's, given once at the top, not in a rule of also",
            ),
        ),
    ],
)
def test_a_wrong_option_is_one_message_at_the_mapping_line(tmp_path, rule, expected):
    result = build_with(("mapping", mapping(tmp_path, ROWS, rule)))
    [(name, line, field, message)] = problems(result)
    assert (name, line, field, message) == ("vendors.yaml", *expected)


# --- the EFF vendor directory example ----------------------------------------------------------


def build_example(data: Path):
    """The project's own registry (DHS, CBP, ICE, DOD …) with the example over `data`."""
    spec = SourceSpec("mapping", EXAMPLE, options=(("data", str(data)),))
    from graphkit.build.pipeline import build  # noqa: PLC0415

    return build(load_config(REPO / "graphkit.toml"), extra_sources=[spec])


def mine(result) -> list:
    return [r for r in result.relationships if r.citations[0].extractor == "mapping"]


def test_the_example_reads_an_agency_list_as_agencies(tmp_path):
    rows = [
        vendor("TECH1", "Tower Vendor", "DHS, CBP, DOD,"),
        vendor("TECH2", "Listed Vendor", "No data"),
        vendor("TECH3", "Broad Vendor", "DOD, DHS, DOJ, GSA and others"),
    ]
    result = build_example(directory(tmp_path, rows))
    assert sorted((r.subject, r.object) for r in mine(result)) == [
        ("broad-vendor", "dhs"),
        ("broad-vendor", "dod"),
        ("broad-vendor", "doj"),
        ("broad-vendor", "general-services-administration"),  # GSA, by the example's names:
        ("tower-vendor", "cbp"),
        ("tower-vendor", "dhs"),
        ("tower-vendor", "dod"),
    ]
    [cbp] = relationships(result, "supplies", "tower-vendor", "cbp")
    [citation] = cbp.citations
    assert citation.source.publisher == "Electronic Frontier Foundation"
    assert citation.locator == "Vendor Profiles TECH1 (Tower Vendor), Federal Agency Contracts"
    assert not result.problems


@pytest.mark.skipif(not DIRECTORY.is_file(), reason="../shared/datasets/eff-dhs-vendors is absent")
def test_the_example_on_the_published_directory_rows():
    result = build_example(DIRECTORY)
    with DIRECTORY.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    agencies = {r.object for r in mine(result)}
    assert not [a for a in agencies if ", " in result.registry.get(a).label], (
        "a split column gave an entity named by a list"
    )
    assert relationships(result, "supplies", "anduril", "cbp")
    assert relationships(result, "supplies", "anduril", "dhs")
    assert relationships(result, "supplies", "janteq", "ice")
    # every agency the rows list, each row's "… and others" and "No data" giving none
    listed = {
        (row["Company Name"], part.strip().removesuffix(" and others"))
        for row in rows
        for part in row["Federal Agency Contracts"].split(",")
        if part.strip() and part.strip() not in ("No data", "and others")
    }
    assert len(mine(result)) == len(listed) == 39
    assert {r.relation for r in mine(result)} == {"supplies"}
    axis = [r for r in mine(result) if r.subject.startswith("axis")]
    assert not axis and not result.problems
