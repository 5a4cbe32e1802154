"""Records read at their edges: initialisms that end like a legal form, decisions that merge
departments and sub-agencies at once, a comma before a word that splits names, an agency
written after its department."""

import pytest
from records_support import build_with, mapping_of, registry_project, relationships

NASA = """- id: nasa
  label: National Aeronautics and Space Administration
  type: GovernmentAgency
  aliases: [NASA, N.A.S.A.]
"""


def test_an_initialism_ending_in_a_dotted_form_keeps_its_letters(tmp_path):
    """ "S.A." and "N.A." after a name are legal forms, but not after a lone letter: "Canon
    U.S.A., Inc." became `canon-u` (the id every decision about it names changed), and a row
    whose agency is "N/A" met the registry's N.A.S.A., both with exit 0."""
    config = registry_project(tmp_path, NASA)
    rows = (
        "vendor,agency,url\n"
        '"Canon U.S.A., Inc.",DHS,https://example.org/row/1\n'
        '"Citibank, N.A.",N/A,https://example.org/row/2\n'
        "Leonardo S.p.A.,DHS,https://example.org/row/3\n"
        '"Citibank, N.A.",DHS,https://example.org/row/4\n'
    )
    spec = (
        "subject: {column: vendor, type: Company}\nrelation: supplies\n"
        "object: {column: agency, type: GovernmentAgency}\ncitation: {url: url}\n"
    )
    result = build_with(("mapping", mapping_of(tmp_path, rows, spec)), config=config)
    supplied = sorted((r.subject, r.object) for r in relationships(result, "supplies"))
    assert ("canon-u-s-a", "dhs") in supplied
    assert ("leonardo", "dhs") in supplied  # a dotted form after a name still goes
    assert ("citibank", "dhs") in supplied
    # "N/A" is what a table writes for no agency: neither NASA nor a new agency called "N/A"
    assert [p for p in supplied if p[0].startswith(("citibank", "canon", "leonardo"))] == [
        ("canon-u-s-a", "dhs"),
        ("citibank", "dhs"),
        ("leonardo", "dhs"),
    ]
    [problem] = result.problems
    assert (problem.line, problem.field) == (3, "agency")
    assert problem.message.startswith("object 'N/A' names no one; the row is skipped")


OFFICES = (
    "vendor,agency,scope,url\n"
    "Vendor One,Department of the Treasury,,https://example.org/row/1\n"
    "Vendor Two,Treasury Department,,https://example.org/row/2\n"
    "Vendor One,Office of Inspector General,Department of the Treasury,https://example.org/row/3\n"
    "Vendor Two,Office of Inspector General,Treasury Department,https://example.org/row/4\n"
    "Vendor Three,Treasury Office of Inspector General,Treasury Department,"
    "https://example.org/row/5\n"
)
SCOPED = (
    "subject: {column: vendor, type: Company}\nrelation: supplies\n"
    "object: {column: agency, type: GovernmentAgency, scope: {column: scope}}\n"
    "citation: {url: url}\n"
)
OIG = "office-of-inspector-general-department-of-the-treasury"
OIG_2 = "office-of-inspector-general-treasury-department"
TREASURY_OIG = "treasury-office-of-inspector-general-treasury-department"


@pytest.mark.parametrize("apart", [False, True])
def test_a_unit_a_decision_merged_follows_it_when_departments_merge(tmp_path, apart):
    """Two spellings of the Treasury judged `same`, and the Office of Inspector General within
    one judged the same as "Treasury Office of Inspector General": the build crashed with a
    KeyError. Now all three offices are one; judged `different` from the first, the second
    office and what was merged into it stay apart."""
    config = registry_project(tmp_path, "")
    decisions = [
        "- same: [department-of-the-treasury, treasury-department]\n",
        f"- same: [{OIG_2}, {TREASURY_OIG}]\n",
    ]
    if apart:
        decisions.append(f"- different: [{OIG}, {TREASURY_OIG}]\n")
    (config.parent / "data" / "decisions.yaml").write_text("".join(decisions), encoding="utf-8")
    result = build_with(("mapping", mapping_of(tmp_path, OFFICES, SCOPED)), config=config)
    offices = {
        r.subject: r.object for r in relationships(result, "supplies") if "inspector" in r.object
    }
    if apart:
        assert offices == {"vendor-one": OIG, "vendor-two": OIG_2, "vendor-three": OIG_2}
    else:
        assert offices == {"vendor-one": OIG, "vendor-two": OIG, "vendor-three": OIG}
    assert not result.problems


def test_a_comma_before_and_splits_once(tmp_path):
    """Split at "," and " and ", "DHS, CBP, and ICE" gave an agency named "and ICE", and
    "Acme, Inc., and Beta LLC" a company "and Beta LLC", with exit 0: the comma took the space
    the word needs before it. Now a comma and the word after it are one separator."""
    rows = (
        "vendor,agencies,url\n"
        '"Acme, Inc., and Beta LLC","DHS, CBP, and ICE",https://example.org/row/1\n'
    )
    spec = (
        "subject: {column: vendor, type: Company, split: [',', ' and ']}\nrelation: supplies\n"
        "object: {column: agencies, type: GovernmentAgency, split: [',', ' and ']}\n"
        "citation: {url: url}\n"
    )
    result = build_with(("mapping", mapping_of(tmp_path, rows, spec)))
    mine = [r for r in relationships(result, "supplies") if r.citations[0].extractor == "mapping"]
    assert sorted((r.subject, r.object) for r in mine) == [
        ("acme", "cbp"),
        ("acme", "dhs"),
        ("acme", "ice"),
        ("beta", "cbp"),
        ("beta", "dhs"),
        ("beta", "ice"),
    ]
    assert not result.problems


def test_what_tables_write_for_no_name_is_no_party(tmp_path):
    """A vendor column saying "Unknown" or "N/A" made one company that supplied every agency
    whose vendor was not known. Now such a cell is reported (the main rule) or states nothing
    (a part of a split cell, an `also:` rule, a value the end ignores), and `keep:` makes it a
    name where it is one."""
    config = registry_project(tmp_path, "")
    rows = (
        "vendor,agency,maker,url\n"
        "Unknown,DHS,Acme,https://example.org/row/1\n"
        "Vendor One; N/A,DHS,-,https://example.org/row/2\n"
        "NA,DHS,None,https://example.org/row/3\n"
        "Vendor Two,DHS,Acme,https://example.org/row/4\n"
    )
    spec = (
        "subject: {column: vendor, type: Company, split: ';'}\nrelation: supplies\n"
        "object: {column: agency, type: GovernmentAgency}\ncitation: {url: url}\n"
        "also:\n  - subject: {column: maker, type: Company}\n    relation: develops\n"
        "    object: {value: Widget, type: Product}\n"
    )
    result = build_with(("mapping", mapping_of(tmp_path, rows, spec)), config=config)
    suppliers = sorted(r.subject for r in relationships(result, "supplies") if r.object == "dhs")
    assert suppliers == ["vendor-one", "vendor-two"]  # "NA" on line 4 is reported too
    makers = sorted(r.subject for r in relationships(result, "develops") if r.object == "widget")
    assert makers == ["acme"]
    assert [(p.line, p.field, p.message) for p in result.problems] == [
        (
            2,
            "vendor",
            "subject 'Unknown' names no one; the row is skipped (list it in the "
            "subject's ignore: to pass such rows over)",
        ),
        (
            4,
            "vendor",
            "subject 'NA' names no one; the row is skipped (list it in the "
            "subject's ignore: to pass such rows over)",
        ),
    ]
    kept = spec.replace("split: ';'}", "split: ';', keep: [NA]}")
    result = build_with(("mapping", mapping_of(tmp_path, rows, kept)), config=config)
    suppliers = sorted(r.subject for r in relationships(result, "supplies") if r.object == "dhs")
    assert suppliers == ["na", "vendor-one", "vendor-two"]
    ignored = spec.replace("split: ';'}", "split: ';', ignore: [Unknown, NA]}")
    result = build_with(("mapping", mapping_of(tmp_path, rows, ignored)), config=config)
    suppliers = sorted(r.subject for r in relationships(result, "supplies") if r.object == "dhs")
    assert suppliers == ["vendor-one", "vendor-two"]
    assert not result.problems
    # split at "/", "N/A" is still no one, not the companies "N" and "A"
    slashed = rows.replace("Vendor One; N/A", "Vendor One/Vendor Three").replace("NA,", "N/A,")
    result = build_with(
        ("mapping", mapping_of(tmp_path, slashed, spec.replace("split: ';'", "split: /"))),
        config=config,
    )
    suppliers = sorted(r.subject for r in relationships(result, "supplies") if r.object == "dhs")
    assert suppliers == ["vendor-one", "vendor-three", "vendor-two"]
    assert [(p.line, p.message[:22]) for p in result.problems] == [
        (2, "subject 'Unknown' name"),
        (4, "subject 'N/A' names no"),
    ]
    # a kept name given as one text, not a list, is kept whole
    kept_text = spec.replace("split: ';'}", "split: ' and ', keep: Ernst and Young}")
    rows_and = "vendor,agency,maker,url\nErnst and Young,DHS,,https://example.org/row/1\n"
    result = build_with(("mapping", mapping_of(tmp_path, rows_and, kept_text)), config=config)
    assert [r.subject for r in relationships(result, "supplies") if r.object == "dhs"] == [
        "ernst-and-young"
    ]


def _agencies_supplied(tmp_path, agencies: list[str]):
    """The build of a sheet in which "Vendor n" supplies the n-th of `agencies`, and the
    agency each vendor supplies, in order."""
    rows = "vendor,agency,url\n" + "".join(
        f"Vendor {n},{agency},https://example.org/row/{n}\n" for n, agency in enumerate(agencies)
    )
    spec = (
        "subject: {column: vendor, type: Company}\nrelation: supplies\n"
        "object: {column: agency, type: GovernmentAgency}\ncitation: {url: url}\n"
    )
    result = build_with(("mapping", mapping_of(tmp_path, rows, spec)))
    supplied = sorted((r.subject, r.object) for r in relationships(result, "supplies"))
    return result, [agency for vendor, agency in supplied if vendor.startswith("vendor")]


def test_an_agency_written_after_the_agency_above_it_is_that_agency(tmp_path):
    """Agencies' exports write a component after its department: "DHS - ICE" was a new agency
    apart from both, so ICE's suppliers left out every such row. Both must be registry
    agencies, the first above the second; other pairs stay one new name."""
    result, supplied = _agencies_supplied(
        tmp_path, ["DHS - ICE", "DHS/ICE", "DHS-HSI", "ICE \u2013 HSI", "ICE - DHS", "DHS - Acme"]
    )
    assert supplied == ["ice", "ice", "hsi", "hsi", "ice-dhs", "dhs-acme"]
    assert not result.problems


def test_an_agency_written_after_its_department_and_agency_is_that_unit(tmp_path):
    """ "DHS/ICE/HSI", as exports write a unit two levels down, was a new agency apart from
    HSI, missing from HSI's and ICE's suppliers; each unit must still be below the one
    before it ("ICE/DHS/HSI" stays a name of its own)."""
    result, supplied = _agencies_supplied(
        tmp_path,
        [
            "DHS/ICE/HSI",
            "DHS - ICE - HSI",
            "Department of Homeland Security/ICE/Homeland Security Investigations",
            "ICE/DHS/HSI",
        ],
    )
    assert supplied == ["hsi", "hsi", "hsi", "ice-dhs-hsi"]
    assert not result.problems


def test_an_agency_written_inverted_is_the_registry_department(tmp_path):
    """Federal lists write departments inverted: "Homeland Security, Department of",
    "Justice, Department of", "Defense, Department of (DOD)" were each a new agency, apart
    from the registry's department, with exit 0. An inverted name the registry lacks is one
    entity with its natural spelling, labelled so; "Citibank, N.A." and "Smith, John" are
    read as written."""
    config = registry_project(
        tmp_path,
        "- id: doj\n  label: U.S. Department of Justice\n  type: GovernmentAgency\n"
        "  aliases: [DOJ, Department of Justice]\n"
        "- id: dod\n  label: U.S. Department of Defense\n  type: GovernmentAgency\n"
        "  aliases: [DOD, Department of Defense]\n",
    )
    agencies = ["Homeland Security, Department of", "JUSTICE, DEPARTMENT OF"]
    agencies += ["Defense, Department of (DOD)", "Agriculture, Department of"]
    agencies += ["Department of Agriculture", "Smith, John", "Citibank, N.A."]
    rows = "vendor,agency,url\n" + "".join(
        f'Vendor {n},"{agency}",https://example.org/row/{n}\n' for n, agency in enumerate(agencies)
    )
    spec = (
        "subject: {column: vendor, type: Company}\nrelation: supplies\n"
        "object: {column: agency, type: GovernmentAgency}\ncitation: {url: url}\n"
    )
    result = build_with(("mapping", mapping_of(tmp_path, rows, spec)), config=config)
    supplied = sorted((r.subject, r.object) for r in relationships(result, "supplies"))
    assert [agency for vendor, agency in supplied if vendor.startswith("vendor")] == [
        "dhs",
        "doj",
        "dod",
        "department-of-agriculture",
        "department-of-agriculture",
        "smith-john",
        "citibank",
    ]
    agriculture = result.registry.get("department-of-agriculture")
    assert agriculture.label == "Department of Agriculture"
    assert "Agriculture, Department of" in agriculture.aliases
    assert not result.problems
