"""Records read at their edges: initialisms that end like a legal form, decisions that merge
departments and sub-agencies at once, a comma before a word that splits names."""

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
    )
    spec = (
        "subject: {column: vendor, type: Company}\nrelation: supplies\n"
        "object: {column: agency, type: GovernmentAgency}\ncitation: {url: url}\n"
    )
    result = build_with(("mapping", mapping_of(tmp_path, rows, spec)), config=config)
    supplied = sorted((r.subject, r.object) for r in relationships(result, "supplies"))
    assert ("canon-u-s-a", "dhs") in supplied
    assert ("leonardo", "dhs") in supplied  # a dotted form after a name still goes
    [(citibank, agency)] = [pair for pair in supplied if pair[0].startswith("citibank")]
    assert citibank == "citibank" and agency != "nasa"
    assert not result.problems


OFFICES = (
    "vendor,agency,scope,url\n"
    "Vendor One,Department of the Treasury,,https://example.org/row/1\n"
    'Vendor Two,"Treasury, Department of the",,https://example.org/row/2\n'
    "Vendor One,Office of Inspector General,Department of the Treasury,https://example.org/row/3\n"
    'Vendor Two,Office of Inspector General,"Treasury, Department of the",'
    "https://example.org/row/4\n"
    'Vendor Three,Treasury Office of Inspector General,"Treasury, Department of the",'
    "https://example.org/row/5\n"
)
SCOPED = (
    "subject: {column: vendor, type: Company}\nrelation: supplies\n"
    "object: {column: agency, type: GovernmentAgency, scope: {column: scope}}\n"
    "citation: {url: url}\n"
)
OIG = "office-of-inspector-general-department-of-the-treasury"
OIG_2 = "office-of-inspector-general-treasury-department-of-the"
TREASURY_OIG = "treasury-office-of-inspector-general-treasury-department-of-the"


@pytest.mark.parametrize("apart", [False, True])
def test_a_unit_a_decision_merged_follows_it_when_departments_merge(tmp_path, apart):
    """Two spellings of the Treasury judged `same`, and the Office of Inspector General within
    one judged the same as "Treasury Office of Inspector General": the build crashed with a
    KeyError. Now all three offices are one; judged `different` from the first, the second
    office and what was merged into it stay apart."""
    config = registry_project(tmp_path, "")
    decisions = [
        "- same: [department-of-the-treasury, treasury-department-of-the]\n",
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
