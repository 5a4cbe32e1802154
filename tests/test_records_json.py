"""Mapped JSON and GeoJSON as tools save it: one value a line, a collection wrapped in another
object, features whose properties are null."""

import json

import pytest
from records_support import build_with, problems, relationships, warnings

# surveillance-radar's procurement-awards.geojson: awards listed inside each state's feature
GEO_MAPPING = (
    "records: features.properties.awards\n"
    "subject: {column: recipient, type: Company}\nrelation: supplies\n"
    "object: {column: subAgency, type: GovernmentAgency, scope: {column: agency}}\n"
    "qualifiers: {amount: amount, currency: {value: USD}, contract: awardId}\n"
    'citation: {url: url, title: "USAspending.gov award {awardId}", locator: "{awardId}"}\n'
)


def _feature(state: str, *vendors: str, geometry: object = None) -> dict:
    awards = [
        {
            "vendor": vendor,
            "awardId": f"{state}{n}",
            "recipient": vendor.upper(),
            "amount": 1000 * n,
            "agency": "Department of Justice",
            "subAgency": "Drug Enforcement Administration",
            "url": f"https://www.usaspending.gov/award/CONT_AWD_{state}{n}_1524_-NONE-_-NONE-",
        }
        for n, vendor in enumerate(vendors, 1)
    ]
    return {
        "type": "Feature",
        "geometry": geometry,
        "properties": {"state": state, "awards": awards},
    }


FEATURES = [
    _feature("DC", "Cellebrite", "Grayshift", geometry={"type": "Point", "coordinates": [0, 0]}),
    _feature("VA", "Magnet Forensics"),
]


def _build(folder, name: str, text: str, mapping: str = GEO_MAPPING):
    (folder / name).write_text(text, encoding="utf-8")
    (folder / "awards.yaml").write_text(f"data: {name}\n" + mapping, encoding="utf-8")
    return build_with(("mapping", folder / "awards.yaml"))


def _sold(result) -> list[tuple[str, str, int]]:
    """(vendor, contract, line) of each award the file's rows state."""
    return sorted(
        (r.subject, r.contract, r.where[0].line)
        for r in relationships(result, "supplies")
        if r.where[0].file.endswith(("json", "jsonl", "geojsons"))
    )


EXPECTED = [
    ("cellebrite", "dc1", 2),
    ("grayshift", "dc2", 2),
    ("magnet-forensics", "va1", 3),
]


@pytest.mark.parametrize("name, mark", [("awards.geojson", ""), ("awards.geojsons", "\x1e")])
def test_geojson_features_one_a_line_are_the_collection_of_them(tmp_path, name, mark):
    """A GeoJSON sequence (GDAL's GeoJSONSeq, a feature a line, RFC 8142's record separator
    before each) was refused whole: `JSON syntax: Extra data`."""
    text = "\n" + "".join(mark + json.dumps(f) + "\n" for f in FEATURES)
    result = _build(tmp_path, name, text)
    assert not problems(result)
    assert _sold(result) == EXPECTED


def test_json_lines_of_records_are_read_record_by_record(tmp_path):
    awards = [a for f in FEATURES for a in f["properties"]["awards"]]
    text = "".join(json.dumps(award) + "\n" for award in awards)
    mapping = GEO_MAPPING.replace("records: features.properties.awards\n", "")
    result = _build(tmp_path, "awards.jsonl", text, mapping)
    assert not problems(result)
    assert _sold(result) == [
        ("cellebrite", "dc1", 1),
        ("grayshift", "dc2", 2),
        ("magnet-forensics", "va1", 3),
    ]


def test_a_collection_wrapped_in_another_object_is_refused_naming_where_its_records_are(tmp_path):
    document = {"status": "ok", "data": {"type": "FeatureCollection", "features": FEATURES}}
    result = _build(tmp_path, "awards.geojson", json.dumps(document))
    assert problems(result) == [
        (
            "awards.yaml",
            2,
            "records",
            f"records: 'features.properties.awards' leads to nothing in {tmp_path}/awards.geojson;"
            " the records are at 'data.features.properties.awards'",
        )
    ]


def test_features_whose_properties_are_null_or_lack_the_path_are_said(tmp_path):
    """A feature whose properties a tool wrote null (or without `awards`) gave no records, and
    the build said nothing, with exit 0."""
    features = [*FEATURES, _feature("MD", "Axon"), _feature("NY", "Genetec")]
    features[2]["properties"] = None
    del features[3]["properties"]["awards"]
    text = '{"type": "FeatureCollection", "features": [\n'
    text += ",\n".join(map(json.dumps, features)) + "\n]}\n"
    result = _build(tmp_path, "awards.geojson", text)
    assert not problems(result)
    assert _sold(result) == EXPECTED
    assert [w for w in warnings(result) if w[0] == "awards.geojson"] == [
        (
            "awards.geojson",
            4,
            "properties",
            "1 of the 4 features holds no 'properties' (it is missing or null; line 4): the "
            "records at 'features.properties.awards' are read from the others, and none from "
            "these",
        ),
        (
            "awards.geojson",
            5,
            "awards",
            "1 of the 3 features.properties holds no 'awards' (it is missing or null; line 5): "
            "the records at 'features.properties.awards' are read from the others, and none "
            "from these",
        ),
    ]


def test_a_data_file_of_no_known_suffix_says_how_to_name_its_format(tmp_path):
    result = _build(tmp_path, "awards.txt", json.dumps(FEATURES))
    [(name, _, field, message)] = problems(result)
    assert (name, field) == ("awards.txt", "format")
    assert message == (
        "no format known for a '.txt' file; formats are csv, tsv, json, geojson (say which "
        "with `format:` in the mapping)"
    )
