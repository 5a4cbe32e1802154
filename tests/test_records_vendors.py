"""EFF's Border-Homeland Security vendor directory mapped as the README shows a user: each
company supplies each agency its "Federal Agency Contracts" cell lists."""

from records_support import build_with, mapping_of, problems, relationships

# Rows in the directory's layout (Ref, Company Name, …, Federal Agency Contracts), ours.
ROWS = (
    "Ref,Company Name,Federal Agency Contracts,Related/Source Links\n"
    'TECH901,Test Radar Corp,"DOD, DHS, DOJ, GSA, DOS and others",https://e.org/radar\n'
    'TECH902,Test Towers LLC,"DHS, DOD, DOJ, DOS, and others",https://e.org/towers\n'
    'TECH903,Test Aerostat Inc,"DOD, DHS, USCG etc.",https://e.org/aerostat\n'
    'TECH904,Test Brothers Inc,"Others Bureau, DHS",https://e.org/brothers\n'
)
# what a user writes from the README's example, without an `ignore:` list
MAPPING = (
    "subject: {column: Company Name, type: Company}\nrelation: supplies\n"
    'object: {column: Federal Agency Contracts, type: GovernmentAgency, split: ","}\n'
    'citation: {url: Related/Source Links, locator: "{Ref}"}\n'
)


def _buyers(result, vendor: str) -> list[str]:
    return sorted(r.object for r in relationships(result, "supplies", vendor))


def test_a_lists_and_others_names_no_agency(tmp_path):
    """Split at commas, "DOS and others" was an agency of that name and ", and others" one
    called "and others", each supplied by the company, with exit 0."""
    result = build_with(("mapping", mapping_of(tmp_path, ROWS, MAPPING)))
    assert not problems(result)
    assert _buyers(result, "test-radar") == ["dhs", "dod", "doj", "dos", "gsa"]
    assert _buyers(result, "test-towers") == ["dhs", "dod", "doj", "dos"]
    assert _buyers(result, "test-aerostat") == ["dhs", "dod", "uscg"]
    # a name that only starts with "Others" is a name
    assert _buyers(result, "test-brothers") == ["dhs", "others-bureau"]
    made = {e.id for e in result.registry if e.type == "GovernmentAgency"}
    assert not {"and-others", "dos-and-others", "uscg-etc"} & made
