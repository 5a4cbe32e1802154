"""An Atlas agency whose State cell is empty: placed in the state its other rows give, refused
where they give two, known by its name alone (said) where none does."""

from records_support import (
    ATLAS_HEADER,
    atlas_row,
    build_with,
    problems,
    relationships,
    warnings,
)


def _atlas(folder, *rows: str):
    path = folder / "atlas.csv"
    path.write_text(ATLAS_HEADER + "".join(rows), encoding="utf-8")
    return build_with(("atlas", path))


def test_an_agency_without_its_state_is_the_agency_its_other_rows_place(tmp_path):
    """A filtered or hand-edited sheet's row without the State (or with 'N/A') made the agency
    `springfield-police-department`, another entity than the file's
    `springfield-police-department-il`, with exit 0."""
    result = _atlas(
        tmp_path,
        atlas_row(1, "Springfield Police Department", "Drones", "DJI", "IL"),
        atlas_row(2, "Springfield Police Department", "Body-worn Cameras", "Axon", ""),
        atlas_row(3, "Springfield Police Department", "Gunshot Detection", "ShotSpotter", "N/A"),
        atlas_row(4, "Nowhere County Sheriff", "Drones", "", ""),
    )
    assert not problems(result)
    agency = "springfield-police-department-il"
    assert {r.object for r in relationships(result, "uses", agency)} == {
        "drones",
        "body-worn-cameras",
        "gunshot-detection",
    }
    assert {r.subject for r in relationships(result, "supplies", obj=agency)} == {
        "dji",
        "axon",
        "shotspotter",
    }
    assert "springfield-police-department" not in result.registry
    assert relationships(result, "uses", "nowhere-county-sheriff", "drones")
    assert [w[1:] for w in warnings(result) if w[2] == "State"] == [
        (
            3,
            "State",
            "3 records give no State (lines 3, 4, 5), the scope a name is known within: each "
            "name is placed as the file's other records place it ('Springfield Police "
            "Department' within 'IL'); no other record places 'Nowhere County Sheriff', known "
            "by the name alone, apart from the same name within a scope (fill in State to "
            "place it)",
        )
    ]


def test_an_agency_the_file_places_in_two_states_is_refused_without_its_state(tmp_path):
    """Read without a state, "Lincoln Police Department" would be Nebraska's and California's
    at once: the row is refused, naming both; the rest imports."""
    result = _atlas(
        tmp_path,
        atlas_row(1, "Lincoln Police Department", "Drones", "DJI", "NE"),
        atlas_row(2, "Lincoln Police Department", "Drones", "Skydio", "CA"),
        atlas_row(3, "Lincoln Police Department", "Body-worn Cameras", "Axon", ""),
    )
    assert problems(result) == [
        (
            "atlas.csv",
            4,
            "State",
            "State is empty, and other records place 'Lincoln Police Department' within 2 "
            "scopes ('NE' on line 2, 'CA' on line 3): which one is meant is unknown, and read "
            "without one it would be all of them; the row is skipped (fill in State)",
        )
    ]
    assert not relationships(result, "supplies", "axon")
    assert relationships(result, "supplies", "dji", "lincoln-police-department-ne")
    assert relationships(result, "supplies", "skydio", "lincoln-police-department-ca")
    assert not [w for w in warnings(result) if w[2] == "State"]


def test_a_registry_agency_listed_under_several_states_needs_none(tmp_path):
    """ICE is the registry's whichever state a row gives, so a row without one is read, and
    nothing is said of it; a state written as its name ('Minnesota') places as 'MN' does."""
    ice = "U.S. Immigration and Customs Enforcement"
    result = _atlas(
        tmp_path,
        atlas_row(1, ice, "Drones", "", "TX"),
        atlas_row(2, ice, "Face Recognition", "", "MN"),
        atlas_row(3, "ICE", "Cell-site Simulator", "KeyW", ""),
        atlas_row(4, "Lincoln Police Department", "Drones", "DJI", "Nebraska"),
        atlas_row(5, "Lincoln Police Department", "Drones", "Skydio", "NE"),
        atlas_row(6, "Lincoln Police Department", "Body-worn Cameras", "Axon", ""),
    )
    assert not problems(result)
    assert relationships(result, "supplies", "keyw", "ice")
    assert relationships(result, "supplies", "axon", "lincoln-police-department-ne")
    [said] = [w[3] for w in warnings(result) if w[2] == "State"]
    assert said.startswith("1 record gives no State (line 7), the scope a name is known within")
    assert "'Lincoln Police Department' within 'Nebraska'" in said
