"""A mapped name whose record leaves its scope empty: placed as the file's other records place
it, refused where they disagree, known by its name alone (said) where none places it."""

import json

from records_support import build_with, mapping_of, problems, relationships, warnings

# surveillance-radar's awards, as procurement-awards.geojson lists them, with their mapping
GEO_MAPPING = (
    "data: awards.geojson\nrecords: features.properties.awards\n"
    "subject: {column: recipient, type: Company}\nrelation: supplies\n"
    "object: {column: subAgency, type: GovernmentAgency, scope: {column: agency}}\n"
    "qualifiers: {amount: amount, currency: {value: USD}, contract: awardId}\n"
    'citation: {url: url, title: "USAspending.gov award {awardId}", locator: "{awardId}"}\n'
    "also:\n"
    "  - subject: {column: subAgency, type: GovernmentAgency, scope: {column: agency}}\n"
    "    relation: partOf\n"
    "    object: {column: agency, type: GovernmentAgency}\n"
    "    once: true\n"
)
OBD = "Offices, Boards and Divisions"


def _award(n: int, vendor: str, **fields) -> dict:
    award = {"vendor": vendor, "awardId": f"DJJ{n}", "recipient": vendor.upper(), "amount": n}
    award |= {"agency": "Department of Justice", "subAgency": OBD} | fields
    return award | {"url": f"https://www.usaspending.gov/award/CONT_AWD_DJJ{n}_1501_-NONE-_-NONE-"}


def _geojson(folder, awards: list[dict]):
    features = [
        {"type": "Feature", "geometry": None, "properties": {"state": "DC", "awards": [award]}}
        for award in awards
    ]
    lines = ",\n".join(map(json.dumps, features))  # a feature a line: line 2 is the first's
    text = '{"type": "FeatureCollection", "features": [\n' + lines + "\n]}\n"
    (folder / "awards.geojson").write_text(text, encoding="utf-8")
    (folder / "awards.yaml").write_text(GEO_MAPPING, encoding="utf-8")
    return build_with(("mapping", folder / "awards.yaml"))


def test_an_award_without_its_agency_is_the_sub_agency_its_other_awards_place(tmp_path):
    """An award whose `agency` a user deleted, or emptied, supplied
    `offices-boards-and-divisions`, a second entity beside the file's
    `offices-boards-and-divisions-department-of-justice`, with exit 0."""
    awards = [
        _award(1, "Palantir"),
        _award(2, "Axon Enterprise"),
        _award(3, "Cellebrite"),
        _award(4, "Grayshift", agency=""),
    ]
    del awards[1]["agency"]
    result = _geojson(tmp_path, awards)
    unit = "offices-boards-and-divisions-department-of-justice"
    sold = [r for r in relationships(result, "supplies") if r.where[0].file.endswith("geojson")]
    assert [r.object for r in sold] == [unit] * 4
    assert "offices-boards-and-divisions" not in result.registry
    assert not problems(result)
    [said] = [w for w in warnings(result) if w[2] == "agency"]
    assert said[:3] == ("awards.geojson", 3, "agency")
    assert said[3] == (
        "2 records give no agency (lines 3, 5), the scope a name is known within: each name "
        "is placed as the file's other records place it ('Offices, Boards and Divisions' "
        "within 'Department of Justice')"
    )


ROWS_MAPPING = (
    "subject: {column: Vendor, type: Company}\nrelation: supplies\n"
    "object: {column: Office, type: GovernmentAgency, scope: {column: Department}}\n"
    "citation: {url: Link}\n"
)


def test_a_name_other_rows_place_within_two_scopes_is_refused_at_its_row(tmp_path):
    """Read without its department, "Office of Inspector General" would be both departments'
    at once: the row is refused, naming the scopes the file gives; the rest imports."""
    rows = (
        "Vendor,Office,Department,Link\n"
        "Acme Inc,Office of Inspector General,Department of Justice,https://e.org/1\n"
        "Beta LLC,Office of Inspector General,Department of Homeland Security,https://e.org/2\n"
        "Gamma Corp,Office of Inspector General,,https://e.org/3\n"
        "Delta Inc,Bureau of Prisons,Department of Justice,https://e.org/4\n"
        "Eps Inc,Bureau of Prisons,N/A,https://e.org/5\n"
    )
    result = build_with(("mapping", mapping_of(tmp_path, rows, ROWS_MAPPING)))
    assert problems(result) == [
        (
            "awards.csv",
            4,
            "Department",
            "Department is empty, and other records place 'Office of Inspector General' within "
            "2 scopes ('Department of Justice' on line 2, 'Department of Homeland Security' on "
            "line 3): which one is meant is unknown, and read without one it would be all of "
            "them; the row is skipped (fill in Department)",
        )
    ]
    assert not relationships(result, "supplies", "gamma")
    # "N/A" is no department either: Bureau of Prisons is placed as line 4 places it
    [eps] = relationships(result, "supplies", "eps")
    assert eps.object == "bureau-of-prisons-department-of-justice"
    assert [w[1:] for w in warnings(result) if w[2] == "Department"] == [
        (
            6,
            "Department",
            "1 record gives no Department (line 6), the scope a name is known within: each "
            "name is placed as the file's other records place it ('Bureau of Prisons' within "
            "'Department of Justice')",
        )
    ]


def test_a_name_no_other_row_places_is_known_by_its_name_and_said(tmp_path):
    """A retyped header ("department") is read as the mapping's column, and the warning names
    the column as the file spells it; scopes that name one registry agency agree."""
    rows = (
        "Vendor,Office,department,Link\n"
        "Acme Inc,Mission Support,DHS,https://e.org/1\n"
        "Beta LLC,Mission Support,,https://e.org/2\n"
        "Gamma Corp,Mission Support,Department of Homeland Security,https://e.org/3\n"
        "Delta Inc,Field Office,,https://e.org/4\n"
    )
    result = build_with(("mapping", mapping_of(tmp_path, rows, ROWS_MAPPING)))
    assert not problems(result)
    [beta] = relationships(result, "supplies", "beta")
    [acme] = relationships(result, "supplies", "acme")
    assert beta.object == acme.object == "mission-support-department-of-homeland-security"
    [delta] = relationships(result, "supplies", "delta")
    assert delta.object == "field-office"
    assert [w[1:] for w in warnings(result) if w[2] == "department"] == [
        (
            3,
            "department",
            "2 records give no department (lines 3, 5), the scope a name is known within: each "
            "name is placed as the file's other records place it ('Mission Support' within "
            "'DHS'); no other record places 'Field Office', known by the name alone, apart "
            "from the same name within a scope (fill in department to place it)",
        )
    ]


def test_a_registry_agency_placed_within_two_states_is_read_without_one(tmp_path):
    """ICE is the registry's within whichever state a row gives: a row without one was refused
    as naming it within two scopes, though read it is ICE either way."""
    spec = (
        "subject: {column: Vendor, type: Company}\nrelation: supplies\n"
        "object: {column: Agency, type: GovernmentAgency, scope: {column: State}}\n"
        "citation: {url: Link}\n"
    )
    held = [("Acme Inc", "TX"), ("Beta LLC", "MN"), ("Gamma Corp", "")]
    rows = "Vendor,Agency,State,Link\n" + "".join(
        f"{vendor},ICE,{state},https://e.org/{n}\n" for n, (vendor, state) in enumerate(held)
    )
    result = build_with(("mapping", mapping_of(tmp_path, rows, spec)))
    assert not problems(result)
    assert relationships(result, "supplies", "gamma", "ice")
    assert not [w for w in warnings(result) if w[2] == "State"]
