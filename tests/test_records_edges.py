"""Records read at their edges: initialisms that end like a legal form."""

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
