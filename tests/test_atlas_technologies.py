"""An Atlas row whose Technology cell names several technologies ("Drones; Body-worn Cameras",
as a sheet that joined an agency's rows writes them): the agency uses each, and a vendor of
the row supplies the agency without a product, the row not saying which of them it sold.

Read whole, the cell was one product, "Drones; Body-worn Cameras", which `products-in-use` listed
in place of either, and each vendor supplied the agency with it, with exit 0."""

from __future__ import annotations

import csv
import io

from records_support import RECORDS
from support import MINI, copy_project, invoke

AGENCY = "Testville Police Department"


def _atlas(folder, rows: list[tuple[str, str, str]]):
    """The fixture's first row, as each (number, technology, vendor) gives it."""
    with open(RECORDS / "atlas.csv", newline="", encoding="utf-8") as handle:
        header, first = list(csv.reader(handle))[:2]
    written = []
    for number, technology, vendor in rows:
        row = dict(zip(header, first, strict=True))
        row.update({"AOSNUMBER": number, "Technology": technology, "Vendor": vendor})
        written.append([row[column] for column in header])
    path = folder / "atlas.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([header, *written])
    return path


def _built(tmp_path, rows):
    project = copy_project(MINI, tmp_path / "p")
    config = project / "graphkit.toml"
    source = f"atlas:{_atlas(tmp_path, rows)}"
    built = invoke("build", "--config", config, "--source", source)
    assert built.exit_code == 0, built.stderr
    return config


def _answer(config, name: str, *params: str) -> list[dict[str, str]]:
    args = ["query", "--config", config, name, "--format", "csv"]
    for param in params:
        args += ["-p", param]
    result = invoke(*args)
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_each_technology_a_cell_names_is_in_use_and_its_vendors_name_none(tmp_path):
    config = _built(
        tmp_path,
        [
            ("TEST000201", "Drones; Body-worn Cameras", "DJI, Axon"),
            ("TEST000202", "Face Recognition, Drones", "Clearview AI"),
            ("TEST000203", "Drones", "DJI"),
        ],
    )
    in_use = _answer(config, "products-in-use")
    used = sorted(row["product"] for row in in_use if row["used_by"] == AGENCY)
    assert used == ["Body-worn Cameras", "Drones", "Face Recognition"]
    # each vendor supplies the agency: the one technology its row names, else none
    supplied = sorted(
        (row["supplier"], row["product"])
        for row in _answer(config, "suppliers", f"agency={AGENCY}")
    )
    assert supplied == [
        ("Axon", ""),
        ("Clearview AI", ""),
        ("DJI", ""),
        ("DJI", "Drones"),
    ]


def test_a_technology_cell_with_a_part_that_names_nothing_keeps_the_rest(tmp_path):
    config = _built(tmp_path, [("TEST000204", "Drones, N/A", "DJI")])
    used = [row["product"] for row in _answer(config, "products-in-use")]
    assert "Drones" in used and not [p for p in used if "N/A" in p]
    supplied = _answer(config, "suppliers", f"agency={AGENCY}")
    assert [(row["supplier"], row["product"]) for row in supplied] == [("DJI", "Drones")]
